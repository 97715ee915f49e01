import { norwegianNationalId } from '../interactions/national-ids.test-factory';
import { findPersonalData } from '../interactions/personal-data';
import { BUNDLED_NAME_LEXICON } from '../personal-data-lexicon';
import hostileTexts from './hostile-texts.json';
import { hasNameLexicon, nameLexiconOf, registerNameLexicon } from './name-lexicon';

/** Texts written to make a pattern backtrack, shared with the bench's scenario 6. */
const HOSTILE_TEXTS: readonly { what: string; unit: string; times: number }[] = hostileTexts;

const found = (text: string, options?: Parameters<typeof findPersonalData>[1]) =>
  findPersonalData(text, options).map((f) => [f.kind, text.slice(f.start, f.end)]);

describe('findPersonalData: names, addresses, schools and contacts in words', () => {
  afterEach(() => registerNameLexicon(BUNDLED_NAME_LEXICON));

  it('finds a name after a cue and a first-name + surname pair', () => {
    expect(found('Ze heet Sanne de Vries.')).toEqual([['PERSON_NAME', 'Sanne de Vries']]);
    expect(found('Hún heitir Guðrún Jónsdóttir.')).toEqual([['PERSON_NAME', 'Guðrún Jónsdóttir']]);
    expect(found('Matti Virtanen kirjoitti chattiin.')).toEqual([['PERSON_NAME', 'Matti Virtanen']]);
  });

  it('finds a first name standing alone inside a sentence, with no cue, in any position', () => {
    expect(found('Me gav Siggi eit kort og snakka lenge.')).toEqual([['PERSON_NAME', 'Siggi']]);
    expect(found('We told Liam to block the account.')).toEqual([['PERSON_NAME', 'Liam']]);
    expect(found('Elle a bloqué Chloé sur Discord.')).toEqual([['PERSON_NAME', 'Chloé']]);
    expect(found('Autoimme Mattia tekemään ilmoituksen.')).toEqual([['PERSON_NAME', 'Mattia']]);
    // Not a town in a list, a rank, a German noun, a star beside another star, or a name part of a word.
    expect(found('Vi ga spillerne fra Molde og Alta råd om å blokkere ukjente.')).toEqual([]);
    expect(found('One rose to Diamond rank in Rocket League.')).toEqual([]);
    expect(found('Sie fragte, ob Thomas Müller noch spielt, und wir redeten über Müllers Tore.')).toEqual([]);
    expect(found('Jenta likte Sigrid (artisten) og Aurora.')).toEqual([]);
    expect(found('Ein Junge aus Eupen schaute MontanaBlack und Papaplatte.')).toEqual([]);
    expect(found('He moved from Preston to Lincoln last year.')).toEqual([]);
  });

  it('finds two first names in small letters, a name repeated in small letters, and a surname no list holds', () => {
    expect(found('we gaven mohamed en lotte tips, lotte wist niet dat')).toEqual([
      ['PERSON_NAME', 'mohamed'],
      ['PERSON_NAME', 'lotte'],
      ['PERSON_NAME', 'lotte'],
    ]);
    expect(found('visade ilyas och wilma hur man anmäler')).toEqual([
      ['PERSON_NAME', 'ilyas'],
      ['PERSON_NAME', 'wilma'],
    ]);
    expect(found('Ben und Aylin Yılmaz haben uns von einem Betrug erzählt.')).toEqual([
      ['PERSON_NAME', 'Aylin Yılmaz'],
    ]);
    expect(found('Met Bram en Yasmina El Amrani gesproken.')).toEqual([
      ['PERSON_NAME', 'Bram'],
      ['PERSON_NAME', 'Yasmina El Amrani'],
    ]);
    // A run of capitals is a title or a star; a lower-case verb is no first name.
    expect(found('Ze speelden op de server Lage Landen Craft.')).toEqual([]);
    expect(found('comments about the Travis Scott Astronomical event')).toEqual([]);
    expect(found('Ilta oli rauhallinen: Roblox-palvelimella juteltiin.')).toEqual([]);
  });

  it('finds a first name with a surname initial; leaves pets and the characters of a story the note names alone', () => {
    expect(found('Le suspect, un certain Kevin M., utilise un autre pseudo.')).toEqual([
      ['PERSON_NAME', 'Kevin M.'],
    ]);
    expect(found('de verdachte is bekend als Ricardo S. uit Tilburg')).toEqual([
      ['PERSON_NAME', 'Ricardo S.'],
    ]);
    expect(found('A girl said her dog Bella had puppies; koira Bella söi makkarat.')).toEqual([]);
    expect(found('TikTok-live om Harry Potter. De ville veta om Hermione är smartare än Harry.')).toEqual([]);
    expect(found('She named them Elsa, Anna and Olaf after Frozen.')).toEqual([]);
    // Without the story's title, a Harry is a boy.
    expect(found('We told Harry to block the account.')).toEqual([['PERSON_NAME', 'Harry']]);
  });

  it('finds a patronymic of a first name, a surname with a genitive, a capitalised particle and a double name in the genitive', () => {
    expect(found('Emil Eliassen bor i Steinkjer.')).toEqual([['PERSON_NAME', 'Emil Eliassen']]);
    expect(found('Lukas Schröders Schilderung war der ernsteste Fall.')).toEqual([
      ['PERSON_NAME', 'Lukas Schröders'],
    ]);
    expect(found('zegt dat Emma De Smet hem pest.')).toEqual([['PERSON_NAME', 'Emma De Smet']]);
    expect(found('Anne-Sofies bror kom bort til oss.')).toEqual([['PERSON_NAME', 'Anne-Sofies']]);
    expect(found('Die Klassen sind voll, Adressen fehlen.')).toEqual([]);
  });

  it('finds a class named with a capital or in a Finnish case at a school, and a French year with its level', () => {
    expect(found('"im Callum, Year 9 at St Aidan\'s innit"')).toEqual([
      ['PERSON_NAME', 'Callum'],
      ['SCHOOL', "Year 9 at St Aidan's"],
    ]);
    expect(found('Tyttö käy Kalliolan koulun luokkaa 6B; hänen')).toEqual([
      ['SCHOOL', 'Kalliolan koulun luokkaa 6B'],
    ]);
    expect(found('In Year 9 the pupils learn about online safety at school.')).toEqual([]);
  });

  it("finds what everyone or a child's friends call the child, and a street after a word for an address", () => {
    expect(found('en gutt som alle på serveren kaller Kråka, sa at')).toEqual([['PERSON_NAME', 'Kråka']]);
    expect(found('un garçon que tout le monde appelle Titou raconte')).toEqual([['PERSON_NAME', 'Titou']]);
    expect(found('ein Junge, den alle auf dem Server Flocke nennen, erzählte')).toEqual([
      ['PERSON_NAME', 'Flocke'],
    ]);
    expect(found('ei jente som venene kallar Vesla, fortalde')).toEqual([['PERSON_NAME', 'Vesla']]);
    expect(found('og birt heimilisfangið hans, Hraunbæ 102, í opna spjallinu')).toEqual([
      ['STREET_ADDRESS', 'Hraunbæ 102'],
    ]);
  });

  it('finds a first name in a logged fragment with an age code or a bare age', () => {
    expect(found('G13 Emil – mobbet pga skins')).toEqual([['PERSON_NAME', 'Emil']]);
    expect(found('ingrid 13 – utestengd frå gruppa')).toEqual([['PERSON_NAME', 'ingrid']]);
    expect(found('G13 – mobbet pga skins; Roblox 14 – svindel; august 13 – ferie')).toEqual([]);
  });

  it('leaves adults in public roles alone, before or after their role and wherever the note repeats them', () => {
    expect(
      found('Justisminister Marte Berg besøkte studioet og snakket med Europol-kontakt Pieter Janssens.'),
    ).toEqual([]);
    expect(found('Sjef for Kripos, Tor Olav Brekke, takket lagene. Brekke var fornøyd.')).toEqual([]);
    expect(found('Marieke de Vos, stjórnandi EMPACT-aðgerðarinnar, þakkaði fyrir samstarfið.')).toEqual([]);
    expect(
      found(
        'La journaliste Sophie Lambert (RTBF) a suivi notre patrouille; Sophie Lambert a écrit un article.',
      ),
    ).toEqual([]);
    // A child beside them is still a child.
    expect(found('Dr. Julia Hartmann bat um Beispiele; sein Klassenkamerad Jonas wird gemobbt.')).toEqual([
      ['PERSON_NAME', 'Jonas'],
    ]);
  });

  it('finds an Icelandic genitive of a first name after a relative', () => {
    expect(found('strákur sem sagðist vera bróðir Jóns, og hann sagði')).toEqual([['PERSON_NAME', 'Jóns']]);
    expect(found('Prata med to gutar. Den eine, sindre, fortalde at')).toEqual([['PERSON_NAME', 'sindre']]);
    expect(found('tyttö kirjoitti: "mä oon Neppis ja käyn koulua". Pyysimme')).toEqual([
      ['PERSON_NAME', 'Neppis'],
    ]);
    expect(found('«kæm e du? æ e Tuppen, add mæ på Discord»')).toEqual([['PERSON_NAME', 'Tuppen']]);
    expect(found('"im English btw", "je suis Belge.", "i am Fine.", «jeg er Kripos, du»')).toEqual([]);
    expect(found("un garçon explique qu'Ayoub, un garçon de sa classe, reçoit des menaces")).toEqual([
      ['PERSON_NAME', 'Ayoub'],
    ]);
    expect(found('ein gut blir kalla «feit» og «taper»; memes av Adolf Hitler')).toEqual([]);
  });

  it('keeps game characters, famous people, police units and towns unflagged', () => {
    expect(
      found('Han spilte som Steve med Herobrine, snakket om Erling Haaland, Kripos og Tampere.'),
    ).toEqual([]);
    expect(found('Paljon kysymyksiä Lauri Markkasesta.')).toEqual([]);
  });

  it('keeps stars, characters of a show and players named with a star unflagged, not children named so', () => {
    expect(found('Noen spurte om Noora og William fra Skam.')).toEqual([]);
    expect(found('De pratade om Zlatan och Isak efter matchen.')).toEqual([]);
    expect(found('Me prata om Aurora og Sigrid, dei beste artistane.')).toEqual([]);
    // Without a word about music, sport or stars, "Sigrid" is a girl like any other.
    expect(found('Vi gav Sigrid og Mohamed råd om å blokkera kontoen.')).toEqual([
      ['PERSON_NAME', 'Sigrid'],
      ['PERSON_NAME', 'Mohamed'],
    ]);
    expect(found('Samtal om Pippi och Emil i Lönneberga.')).toEqual([]);
    expect(found('Erling og Martin scoret igjen; Edgar er best i Brawl Stars.')).toEqual([]);
    expect(found('Phil Foden is better; Foden scored twice.')).toEqual([]);
    // A first name that is no word names someone at a sentence's start too.
    expect(found('Liam from Roblox sent him a link.')).toEqual([['PERSON_NAME', 'Liam']]);
    expect(found('Emma fra Kongsberg var redd.')).toEqual([['PERSON_NAME', 'Emma']]);
    expect(found('Onni ja Elias ovat samalla luokalla.')).toEqual([
      ['PERSON_NAME', 'Onni'],
      ['PERSON_NAME', 'Elias'],
    ]);
    expect(found('Kerroin Matille asiasta.')).toEqual([['PERSON_NAME', 'Matille']]);
  });

  it('finds a user name by its shape alone, said with the underscore in words, and leaves files, versions and dates', () => {
    expect(found('zei dat zn vriend daan_2011 door een man wordt benaderd')).toEqual([
      ['HANDLE', 'daan_2011'],
    ]);
    expect(found('son pote lucas.dbx_09 reçoit des msgs')).toEqual([['HANDLE', 'lucas.dbx_09']]);
    expect(found('vinur hans, aron.thor07, fékk skilaboð')).toEqual([['HANDLE', 'aron.thor07']]);
    expect(found('hun heter visst emma.dubois.2011 der')).toEqual([['HANDLE', 'emma.dubois.2011']]);
    expect(found('gamertaggen är hugo underscore gbg 11, sa han')).toEqual([
      ['GAMER_TAG', 'hugo underscore gbg 11'],
    ]);
    expect(found('pelinimi on oliver.x.fi ja äidin numero')).toEqual([['GAMER_TAG', 'oliver.x.fi']]);
    expect(
      found(
        'see screenshot_01.png and slettmeg.no; version 1.20.4, v2.3, kl.19.30, 15.jan.2024, e.g. z.B. bl.a.',
      ),
    ).toEqual([]);
    expect(found('Profilen Politiet_Kripos fikk 4 venneforespørsler; it costs 4.99, 3.5km, nr.12.')).toEqual(
      [],
    );
  });

  it('finds a relative named in small letters, a name in the Finnish partitive and a farm surname', () => {
    expect(found('haar zus noor zit ook in die groep')).toEqual([['PERSON_NAME', 'noor']]);
    expect(found('ihr bruder jonas wird erpresst')).toEqual([['PERSON_NAME', 'jonas']]);
    expect(found('says her sister kayleigh gets the same')).toEqual([['PERSON_NAME', 'kayleigh']]);
    expect(found('hänen pikkusiskoaan Ellaa kiristetään')).toEqual([['PERSON_NAME', 'Ellaa']]);
    expect(found('Emilie Haugland blir mobba i en snapgruppe')).toEqual([['PERSON_NAME', 'Emilie Haugland']]);
    expect(found('Nathan nous a parlé en vocal sur Fortnite')).toEqual([['PERSON_NAME', 'Nathan']]);
    expect(found('his brother will be there; mamma mia was playing; hennes bror har en ny mobil')).toEqual(
      [],
    );
    expect(found('Paljon juttua Mariosta ja Sonicista.')).toEqual([]);
    expect(found('Strákar frá Hveragerði töluðu um Gylfa og Albert Guðmundsson.')).toEqual([]);
    expect(found('Patrouille sur Minecraft de 18h à 20h30.')).toEqual([]);
  });

  it('finds names young people write in chat, quoted nicknames and where they say they live', () => {
    expect(found('"det er ingrid, bestevenninna mi"')).toEqual([['PERSON_NAME', 'ingrid']]);
    expect(found('« moi c lucas, ajoute-moi »')).toEqual([['PERSON_NAME', 'lucas']]);
    expect(found('"im noah btw and this is ethan"')).toEqual([
      ['PERSON_NAME', 'noah'],
      ['PERSON_NAME', 'ethan'],
    ]);
    expect(found('"ich bin der leon aus eupen"')).toEqual([['PERSON_NAME', 'leon']]);
    expect(found('"Tassen" (kallenavn, gutt i parallellklassen) truer henne')).toEqual([
      ['PERSON_NAME', 'Tassen'],
    ]);
    expect(found('the boy doing it goes by "Bugsy".')).toEqual([['PERSON_NAME', 'Bugsy']]);
    expect(found('ida gråt da vi snakket om det')).toEqual([['PERSON_NAME', 'ida']]);
    expect(found('„ég bý á hraunbæ 14 í reykjavík“')).toEqual([['STREET_ADDRESS', 'hraunbæ 14']]);
    expect(found('"im fine", "c\'est clair", "ik ben moe", "det er greit"; han bor i oslo 2 år til')).toEqual(
      [],
    );
    expect(
      found('Spørsmål om Erling og Martin på landslaget; gebabbel over Kevin en Romelu (Rode Duivels).'),
    ).toEqual([]);
    expect(found('Sie hat den Ernst der Lage verstanden.')).toEqual([]);
  });

  it('finds an Icelandic name with its vowel changed by the case, and leaves a team, an age limit and a plural platform alone', () => {
    expect(found('Stelpa hafði áhyggjur af vinkonu sinni, Kötlu, sem hefur fengið hótanir.')).toEqual([
      ['PERSON_NAME', 'Kötlu'],
    ]);
    expect(found("twee collega's van het Team High Tech Crime keken mee")).toEqual([]);
    expect(found('Frågorna gällde 13-årsgränsen på TikTok.')).toEqual([]);
    expect(found('Signalen van deze week: meerdere jongeren van 14 en 15 jaar')).toEqual([]);
  });

  it('finds parents by title and surname, initials with a birth date, lists written surname first, and a street with a postcode', () => {
    expect(
      found('Mother (Mrs Okafor) informed; le père, M. Renard, informé; Herr Vik (far) varsla.'),
    ).toEqual([
      ['PERSON_NAME', 'Okafor'],
      ['PERSON_NAME', 'M. Renard'],
      ['PERSON_NAME', 'Vik'],
    ]);
    expect(found('Jenta (A.K.H., f. 08.06.2012) ble meldt; initials D.M. passed on')).toEqual([
      ['PERSON_NAME', 'A.K.H.'],
      ['PERSON_NAME', 'D.M.'],
    ]);
    expect(found('Gutten: LARSEN, Emil, ble meldt.')).toEqual([['PERSON_NAME', 'LARSEN, Emil']]);
    expect(found('signalement antérieur concernant Inès Haddad (dossier 2025/0932)')).toEqual([
      ['PERSON_NAME', 'Inès Haddad'],
    ]);
    expect(found('Heimilisfang: Hrísmóar 9, 210 Garðabær.')).toEqual([
      ['STREET_ADDRESS', 'Hrísmóar 9, 210 Garðabær'],
    ]);
    expect(
      found('Eine Frau Mitte 40 schrieb; een meneer van de GGD belde; Þau hlustuðu á Herra Hnetusmjör.'),
    ).toEqual([]);
    expect(
      found('Boy, 13, safe at home. No further action; U.S. and E.U. servers, e.g. z.B. P.S. later.'),
    ).toEqual([]);
    expect(found('opgevangen in het Wilhelmina Kinderziekenhuis')).toEqual([]);
  });

  it('finds names quoted in guidance: a relative of someone named, a name in brackets, a Finnish genitive, a surname before a town', () => {
    expect(found('de mama van Lotte typte het')).toEqual([['PERSON_NAME', 'Lotte']]);
    expect(found('jenta (Ingrid, 7B) la ut nummeret')).toEqual([['PERSON_NAME', 'Ingrid']]);
    expect(found('Vi skrev at Emil (gamertag hidden) ble kontaktet')).toEqual([['PERSON_NAME', 'Emil']]);
    expect(found('Ainon äiti kirjoitti')).toEqual([['PERSON_NAME', 'Ainon']]);
    expect(found('„Lena Kreusch aus Kelmis wurde angeschrieben“')).toEqual([['PERSON_NAME', 'Lena Kreusch']]);
    expect(found('replied with his full name, Callum Whitford, and')).toEqual([
      ['PERSON_NAME', 'Callum Whitford'],
    ]);
    expect(found('Wilma i åk 7 fick meddelanden')).toEqual([['PERSON_NAME', 'Wilma']]);
    expect(found('über die Polizeischule; námi við Háskólann á Akureyri')).toEqual([]);
  });

  it("finds a character's name after a cue and a friend after a Finnish possessive, and leaves verbs, servers and singers alone", () => {
    expect(found('Sie heißt Lara Schmetz und geht in die 6b.')).toEqual([['PERSON_NAME', 'Lara Schmetz']]);
    expect(found('hänen kaverinsa Onni saa uhkausviestejä')).toEqual([['PERSON_NAME', 'Onni']]);
    expect(found('mamma hennar veit af málinu; dina vänner vet')).toEqual([]);
    expect(found('Discord-þjón sem heitir „Íslenskir Spilarar“')).toEqual([]);
    expect(found('savoir si Angèle Van Laeken joue à Fortnite')).toEqual([]);
  });

  it('finds what chat-style and group notes say of one young person', () => {
    expect(found('spilte m/ jonas ca 20 min på fortnite')).toEqual([['PERSON_NAME', 'jonas']]);
    expect(found('hun går i 7c på lakkegata, sa hun')).toEqual([['SCHOOL', '7c på lakkegata']]);
    expect(found('xdaanzz_ gooide zn nummer in de chat')).toEqual([['HANDLE', 'xdaanzz_']]);
    expect(found('pelasin fortnitee eliaksen kanssa ca 20min')).toEqual([['PERSON_NAME', 'eliaksen']]);
    expect(found('og Jonas, som var 14, fortalte at han var lurt')).toEqual([['PERSON_NAME', 'Jonas']]);
    expect(found('Une des filles a collé son tag #P8QJ2LVY dans le chat.')).toEqual([
      ['GAMER_TAG', '#P8QJ2LVY'],
    ]);
    expect(found('fortalte at gamertaggen hans, Frost Bjørn 88, var hacket')).toEqual([
      ['GAMER_TAG', 'Frost Bjørn 88'],
    ]);
    expect(found('Dei andre kalla den minste for «Tassen» heile tida.')).toEqual([['PERSON_NAME', 'Tassen']]);
    expect(
      found(
        'jenta (13) er lvl50 i roblox; spilte med tre gutter; Dei kalla han «tapar»; Er nannte ihn „Opfer“.',
      ),
    ).toEqual([]);
    expect(
      found('Han sa navnet sitt, men det er ikke notert; Hún var í 9. bekk í fyrra; kanal #general'),
    ).toEqual([]);
  });

  it('finds a name again wherever the note repeats it, nicknames after a verb of calling, and names of families from elsewhere', () => {
    expect(found('Gutten heter Jonathan Berg, men kompisene kaller ham Jonte. Vi ga Jonte et kort.')).toEqual(
      [
        ['PERSON_NAME', 'Jonathan Berg'],
        ['PERSON_NAME', 'Jonte'],
        ['PERSON_NAME', 'Jonte'],
      ],
    );
    expect(found('Priya told us about it. We advised Priya to tell a teacher.')).toEqual([
      ['PERSON_NAME', 'Priya'],
      ['PERSON_NAME', 'Priya'],
    ]);
    expect(found('Er wohnt in Raeren, zusammen mit seinem Cousin Dawit.')).toEqual([
      ['PERSON_NAME', 'Dawit'],
    ]);
    expect(found("Ein Junge sagte « moi c'est Nikola Popescu » und fragte")).toEqual([
      ['PERSON_NAME', 'Nikola Popescu'],
    ]);
    expect(found('Leon Hoffmann aus der 7b der Gesamtschule Kalk')).toEqual([
      ['PERSON_NAME', 'Leon Hoffmann'],
      ['SCHOOL', '7b der Gesamtschule'],
    ]);
    expect(
      found('Er kommt aus Amel, sein Cousin aus Kelmis. Er geht in die 3. Klasse der Sekundarschule.'),
    ).toEqual([]);
    expect(found("Two girls asked if Harry Kane's transfer was real; we chatted about Kane.")).toEqual([]);
  });

  it('finds a user name after a word for a user or an account, and a home in Icelandic after "búa á"', () => {
    expect(found('Jenta ville anmelde brukeren NordlysKatten07 i Roblox.')).toEqual([
      ['GAMER_TAG', 'NordlysKatten07'],
    ]);
    expect(found('the account xXMoonPetalXx keeps messaging her')).toEqual([['GAMER_TAG', 'xXMoonPetalXx']]);
    expect(found('Strákur sagðist búa á Hraunbæ 52 í Árbæ.')).toEqual([['STREET_ADDRESS', 'Hraunbæ 52']]);
    expect(
      found(
        'Brukeren Politiet_Nettpatrulje svarte på 12 meldinger; the account was locked; le compte est bloqué.',
      ),
    ).toEqual([]);
  });

  it('finds names typed without their special letters, and leaves stars typed so alone', () => {
    expect(found('Strakurinn sagdi ad vinur hans Thordur vaeri ad fa hotanir')).toEqual([
      ['PERSON_NAME', 'Thordur'],
    ]);
    expect(found('Poika sanoi, etta hanen kaverinsa Vaino saa uhkausviesteja')).toEqual([
      ['PERSON_NAME', 'Vaino'],
    ]);
    expect(found('Ho sa at veninna Aase Kvaalen vart mobba')).toEqual([['PERSON_NAME', 'Aase Kvaalen']]);
    expect(found('Gespraech ueber Thomas Mueller; Taladi um Gylfa Sigurdsson og landslidid.')).toEqual([]);
  });

  it('finds a school with a word between the school word and its name', () => {
    expect(found("en 3e secondaire à l'athénée royal de Namur")).toEqual([
      ['SCHOOL', "3e secondaire à l'athénée royal de Namur"],
    ]);
  });

  it('finds a name that talked or was talked with, an Icelandic name in another case, a phone number after a compound cue', () => {
    expect(found('Nora snakket om at hun blir mobbet.')).toEqual([['PERSON_NAME', 'Nora']]);
    expect(found('we chatten met Sanne over pesten')).toEqual([['PERSON_NAME', 'Sanne']]);
    expect(found('We had a chat with Emma about it.')).toEqual([['PERSON_NAME', 'Emma']]);
    expect(found('við spjölluðum við Birki um leikinn')).toEqual([['PERSON_NAME', 'Birki']]);
    expect(found('Telefonnummer 0170 9876543')).toEqual([['PHONE', '0170 9876543']]);
  });

  it('keeps a club playing another club unflagged', () => {
    expect(found('Vi snakket om Lyn mot Vålerenga.')).toEqual([]);
    expect(found('KR vann Val 2-1; þeir töluðu um leikinn.')).toEqual([]);
  });

  it('treats help lines as no one’s number, also where they look like a subscriber number', () => {
    expect(found('Tips: Kirkens SOS 22 40 00 40, Giftinformasjonen 22 59 13 00, Píeta 552 2218.')).toEqual(
      [],
    );
    expect(found('Nummeret hans er 412 34 112.')).toEqual([['PHONE', '412 34 112']]);
  });

  it('does not flag the blue profiles named in allowedNames', () => {
    const text = 'Poliisi Nettipartio Mikko Laine vastasi. Kaveri Mikko Laine?';
    expect(found(text)).not.toEqual([]);
    expect(
      found('Poliisi Mikko Laine vastasi kysymyksiin.', { allowedNames: ['Poliisi Mikko Laine'] }),
    ).toEqual([]);
    expect(found('@politiet.nettpatrulje svarte.', { allowedNames: ['politiet.nettpatrulje'] })).toEqual([]);
  });

  it('without name lists still finds cued names and patronymics, not pairs of plain names', () => {
    registerNameLexicon(nameLexiconOf('', '', BUNDLED_NAME_LEXICON.detectors));
    expect(hasNameLexicon()).toBe(true);
    expect(found('Hún heitir Guðrún Jónsdóttir.')).toEqual([['PERSON_NAME', 'Guðrún Jónsdóttir']]);
    expect(found('Sanne Smit schreef in de chat.')).toEqual([]);
  });

  it('finds a first name talked about and a double name in small letters, whole', () => {
    expect(found('vi snakket om Ingrid som har fått meldinger')).toEqual([['PERSON_NAME', 'Ingrid']]);
    expect(found('Eirik og kameraten spela saman')).toEqual([['PERSON_NAME', 'Eirik']]);
    expect(found('kristoffer-andré var med i chatten')).toEqual([['PERSON_NAME', 'kristoffer-andré']]);
    expect(found('Ungdommen spurte om Karl Johans gate er stengt i mai-juni, og om Fortnite.')).toEqual([]);
  });

  it('flags a number after an identity-number word even when a typo breaks its check digits, not a case number', () => {
    const typo = norwegianNationalId('2010-06-15').replace(/\d$/, (d) => String((Number(d) + 1) % 10));
    expect(found(`fnr ${typo.slice(0, 6)} ${typo.slice(6)}`)).toEqual([
      ['NATIONAL_ID', `${typo.slice(0, 6)} ${typo.slice(6)}`],
    ]);
    expect(found('kennitala: 120310-2389, hetu 120310A123B')).toEqual([
      ['NATIONAL_ID', '120310-2389'],
      ['NATIONAL_ID', '120310A123B'],
    ]);
    expect(found(`Saksnummer ${typo}`)).toEqual([]);
  });

  it('finds a nickname in quotes, a real name in small letters, a name with a friend or a class', () => {
    expect(found('lad called himself "tommo" on xbox, real name tom wright')).toEqual([
      ['PERSON_NAME', 'tommo'],
      ['PERSON_NAME', 'tom wright'],
    ]);
    expect(found('Liam’s mate Josh was also there')).toEqual([
      ['PERSON_NAME', 'Liam'],
      ['PERSON_NAME', 'Josh'],
    ]);
    expect(found('Noor uit groep 7 zei dat haar naam op tiktok noortje.xo is')).toEqual([
      ['PERSON_NAME', 'Noor'],
      ['HANDLE', 'noortje.xo'],
    ]);
    expect(
      found(
        'Die Kinder sprachen über Max und Moritz, about Jordan 1 sneakers and Fortnite V-Bucks-oplichting.',
      ),
    ).toEqual([]);
    expect(found('Emma og Nora snakket sammen; Jonas bror var der')).toEqual([
      ['PERSON_NAME', 'Emma'],
      ['PERSON_NAME', 'Nora'],
      ['PERSON_NAME', 'Jonas'],
    ]);
    expect(
      found(
        'Romeo og Julie ble nevnt, Tom and Jerry too; stengt juni-juli; spurte om Siri på iPhonen kan høre alt',
      ),
    ).toEqual([]);
  });

  it('finds a school named after "går på" and a square after "woont op de", not a shop, a platform or a region', () => {
    expect(found('hun går på Sundby')).toEqual([['SCHOOL', 'Sundby']]);
    expect(found('ze woont op de Dam')).toEqual([['STREET_ADDRESS', 'Dam']]);
    expect(found('han går på Kiwi etter skolen, de går på Discord; ze woont op de Veluwe')).toEqual([]);
  });

  it('finds streets and schools in small letters where someone lives or goes', () => {
    expect(found('bor i storgata 12b på Hamar')).toEqual([['STREET_ADDRESS', 'storgata 12b']]);
    expect(found('lives at 14 elm grove near the park')).toEqual([['STREET_ADDRESS', '14 elm grove']]);
    expect(found('går i 7b på huseby skole')).toEqual([['SCHOOL', '7b på huseby skole']]);
    expect(found('går på samme skole som broren; we had to investigate 2 accounts')).toEqual([]);
  });

  it('finds a user name said with spaces or straight after an owned platform, and foreign phones after a phone word', () => {
    expect(found('his discord is shadow wolf 77 (with spaces)')).toEqual([['HANDLE', 'shadow wolf 77']]);
    expect(found('hänen tiktok lily.rose')).toEqual([['HANDLE', 'lily.rose']]);
    expect(found('her snap is from 2020, her tiktok videos are funny')).toEqual([]);
    expect(found('handy 0171 23 45 678')).toEqual([['PHONE', '0171 23 45 678']]);
    expect(found("mum's mobile oh seven seven double one 234 567")).toEqual([
      ['PHONE', 'oh seven seven double one 234 567'],
    ]);
    expect(found('ring 0800 1111 for hjelp')).toEqual([]);
  });

  it('finds addresses with a house number, not a street on its own', () => {
    expect(found('Kerkstraat 12, 3511 LX Utrecht')).toEqual([
      ['STREET_ADDRESS', 'Kerkstraat 12, 3511 LX Utrecht'],
    ]);
    expect(found('Il habite 12 rue de la Station.')).toEqual([['STREET_ADDRESS', '12 rue de la Station']]);
    expect(found('Er fragte, ob die Hauptstraße gesperrt ist.')).toEqual([]);
  });

  it('finds a school with a class, not school in general', () => {
    expect(found('Han går i 8b på Ullern skole.')).toEqual([['SCHOOL', '8b på Ullern skole']]);
    expect(found('Skolen hans har nettvett-uke. En skole i Bergen.')).toEqual([]);
  });

  it('finds e-mails and handles written in words', () => {
    expect(found('lotte.jansen11 apenstaartje hotmail punt com')).toEqual([
      ['EMAIL', 'lotte.jansen11 apenstaartje hotmail punt com'],
    ]);
    expect(found('Tytön Snapchat on ella_virtanen10')).toEqual([['HANDLE', 'ella_virtanen10']]);
    expect(found('His Snap is private and Discord is down.')).toEqual([]);
    expect(found('He was at school. Dot com bubble.')).toEqual([]);
  });

  it('finds spaced numbers and leaves help lines alone', () => {
    expect(found('9 1 2 3 4 5 6 7')).toEqual([['PHONE', '9 1 2 3 4 5 6 7']]);
    expect(found('06 – 123 456 78')).toEqual([['PHONE', '06 – 123 456 78']]);
    expect(found('Ring 116 111, 116 123, 1717 eller 800 33 321.')).toEqual([]);
  });

  it('finds numbers written in words in any of the languages, not counts or scores', () => {
    expect(found('nummeret: ni en to tre fire fem seks sju')).toEqual([
      ['PHONE', 'ni en to tre fire fem seks sju'],
    ]);
    expect(found('zéro six douze trente-quatre cinquante-six soixante-dix-huit')).toEqual([
      ['PHONE', 'zéro six douze trente-quatre cinquante-six soixante-dix-huit'],
    ]);
    expect(found('nummer noll sju tre, ett två tre, fyrtiofem sextiosju', { countries: ['SE'] })).toEqual([
      ['PHONE', 'noll sju tre, ett två tre, fyrtiofem sextiosju'],
    ]);
    expect(found('zéro quatre septante-deux douze trente-quatre cinquante-six')).toEqual([
      ['PHONE', 'zéro quatre septante-deux douze trente-quatre cinquante-six'],
    ]);
    expect(found('Vi var fire fem seks stykker, to til tre timer.')).toEqual([]);
    expect(found('The scores were nine to one, two to three, four to five.')).toEqual([]);
    expect(found('De telte: en to tre fire fem seks sju åtte ni ti.')).toEqual([]);
  });

  it('finds an identity number typed with its date written as a date', () => {
    const id = norwegianNationalId('2011-06-21', 41);
    const dotted = `${id.slice(0, 2)}.${id.slice(2, 4)}.${id.slice(4, 6)} ${id.slice(6)}`;
    expect(found(`fødselsnr ${dotted}`)).toEqual([['NATIONAL_ID', dotted]]);
    expect(found('Vi møttes 21.06.11 kl 18 og spilte 54288 runder.')).toEqual([]);
  });

  it('finds e-mails to a known mail host without the ending or run together', () => {
    expect(found('jonasatgmaildotcom')).toEqual([['EMAIL', 'jonasatgmaildotcom']]);
    expect(found('skriv til jonas99 at gmail')).toEqual([['EMAIL', 'jonas99 at gmail']]);
    expect(found('kristian.b på gmail punktum com')).toEqual([['EMAIL', 'kristian.b på gmail punktum com']]);
  });

  it('takes a plain word for a user name where the sentence says whose account it is or what it is called', () => {
    expect(found('his discord is shadowwolf')).toEqual([['HANDLE', 'shadowwolf']]);
    expect(found('auf Discord heißt er Nachtfalke')).toEqual([['HANDLE', 'Nachtfalke']]);
    expect(found('gebruikersnaam is stoerejongen')).toEqual([['GAMER_TAG', 'stoerejongen']]);
    expect(found('Snapchat is popular and Discord is a chat app. Her Snap is locked.')).toEqual([]);
    expect(found('Her Snap is basically her diary. Sein Benutzername ist geheim.')).toEqual([]);
    expect(found('la til gutten på snap (mathias_2010), kari_2011 på Snap')).toEqual([
      ['HANDLE', 'mathias_2010'],
      ['HANDLE', 'kari_2011'],
    ]);
    expect(found('snap (privat), Kl.20 på Discord, v2.1 on Steam')).toEqual([]);
  });

  it('finds a single first name where the sentence makes it a person, and names in small letters', () => {
    expect(found('Gutten, Mathias, ville ha hjelp.')).toEqual([['PERSON_NAME', 'Mathias']]);
    expect(found('Kerroin Matille, että asia ilmoitetaan.')).toEqual([['PERSON_NAME', 'Matille']]);
    expect(found('talked to emma johansen today')).toEqual([['PERSON_NAME', 'emma johansen']]);
    expect(found('Emma (14) said she was scared.')).toEqual([['PERSON_NAME', 'Emma']]);
    expect(found('kompisen Jonas var også med')).toEqual([['PERSON_NAME', 'Jonas']]);
    expect(found('Sofie ble kontaktet av en voksen. Emma was scared.')).toEqual([
      ['PERSON_NAME', 'Sofie'],
      ['PERSON_NAME', 'Emma'],
    ]);
    expect(found('hun heter Alex og er 13')).toEqual([['PERSON_NAME', 'Alex']]);
    expect(found('Jeg snakket med Sondre og Sigurd.')).toEqual([
      ['PERSON_NAME', 'Sondre'],
      ['PERSON_NAME', 'Sigurd'],
    ]);
    expect(
      found('played with Steve and Alex, talked with Kripos and Europol, med Aurora Aksnes på radio'),
    ).toEqual([]);
    expect(
      found('Skinnet hans heter Leon. Santa Claus was a topic. Jett is a Valorant agent. Will you stop?'),
    ).toEqual([]);
    expect(found('He said Main Street in the game was busy. The server is called Suomi Craft.')).toEqual([]);
    expect(found('Hans bror Ole Brumm er en figur. Klaanin nimi on Suden Lapset.')).toEqual([]);
  });

  it('finds a first name in small letters that is no word, and leaves the words that are names too', () => {
    expect(found('forklarte eirik korleis ein rapporterer i roblox')).toEqual([['PERSON_NAME', 'eirik']]);
    expect(found('sano et veeti ja jere myy nuuskaa')).toEqual([
      ['PERSON_NAME', 'veeti'],
      ['PERSON_NAME', 'jere'],
    ]);
    expect(found('problème : lucas de sa classe publie ses photos')).toEqual([['PERSON_NAME', 'lucas']]);
    // "lin", "per", "onni", "asia", "fran" (från typed without its ring) and "come" (Côme so typed) are words.
    expect(
      found(
        'spurte per melding om lin og ull; onni oli matkassa, asia selvä; en pojke fran Jakobstad; come on',
      ),
    ).toEqual([]);
    // A first name with an age written after it is the name even when it is a word: "liv (16)", "onni 13v".
    expect(found('snakka med liv (16) på tiktok')).toEqual([['PERSON_NAME', 'liv']]);
    expect(found('onni 13v fortnitessa kertoi')).toEqual([['PERSON_NAME', 'onni']]);
    expect(found('20 krakkar á aldrinum 11 til 15 ára')).toEqual([]);
  });

  it('finds an unknown name after a word for kin or in apposition with one, and a star first name with another surname', () => {
    expect(found('Kompisen Kjelle hadde gjort det same.')).toEqual([['PERSON_NAME', 'Kjelle']]);
    expect(found('Aya, la petite sœur du garçon, a été menacée.')).toEqual([['PERSON_NAME', 'Aya']]);
    expect(found('Der Junge sagt, sein Klassenkamerad Leon Reuter wird gemobbt.')).toEqual([
      ['PERSON_NAME', 'Leon'],
    ]);
    expect(found('Sehr offenes Gespräch: Lena Kreusch trifft sich mit einem 24-Jährigen.')).toEqual([
      ['PERSON_NAME', 'Lena Kreusch'],
    ]);
    // The star's own surname in a case still names the star; a brand, a street and a team named after someone no one.
    expect(found('Pojat puhuivat Teemu Pukista ja Lauri Markkasesta.')).toEqual([]);
    expect(found('de Albert Heijn; Karl Johans gate er stengt; Tre Kronor vann')).toEqual([]);
    // A boy's name is his in a note about football; a game's character only in a note that names the game.
    expect(found('Liam Hargreaves is 17 and plays at the same football club.')).toEqual([
      ['PERSON_NAME', 'Liam Hargreaves'],
    ]);
    expect(found('Vi spilte Minecraft som Steve og Alex.')).toEqual([]);
    expect(found('Vi snakket med Steve om mobbing.')).toEqual([['PERSON_NAME', 'Steve']]);
  });

  it('finds two people at the start of a sentence, a nickname in quotes after a grown-up and a teacher by surname', () => {
    expect(found('Hugo och Ludvig Pettersson hade gjort samma sak.')).toEqual([
      ['PERSON_NAME', 'Hugo'],
      ['PERSON_NAME', 'Ludvig Pettersson'],
    ]);
    expect(found('Femke en Xaviera Pinas maken elkaar zwart.')).toEqual([
      ['PERSON_NAME', 'Femke'],
      ['PERSON_NAME', 'Xaviera Pinas'],
    ]);
    expect(found('Kanalen drivs av en vuxen, "Farbror Frost". Kompis: Wilma.')).toEqual([
      ['PERSON_NAME', 'Farbror Frost'],
      ['PERSON_NAME', 'Wilma'],
    ]);
    expect(found('Lærer Haugland har snakket med klassen.')).toEqual([['PERSON_NAME', 'Haugland']]);
    // Myths, places and a German phrase with a noun after the teacher's word are no one.
    expect(
      found(
        'Ask og Embla i norrøn mytologi. Sogn og Fjordane. Er sagte dem Lehrer Bescheid. A man, "Free Robux" in chat.',
      ),
    ).toEqual([]);
  });

  it("finds a name no list holds owning kin, a grown-up's nickname, a name in a case at a sentence's start", () => {
    expect(found("Idunns mor vet ikke. Rang Oluwaseun's aunt back.")).toEqual([
      ['PERSON_NAME', 'Idunns'],
      ['PERSON_NAME', 'Oluwaseun'],
    ]);
    expect(found("ein erwachsener 'onkel ralf' will sich treffen")).toEqual([['PERSON_NAME', 'onkel ralf']]);
    expect(found('Janille maksetaan MobilePay-tilille.')).toEqual([['PERSON_NAME', 'Janille']]);
    // A place, a month and a word with a case ending are no one; nor an insult a player was called.
    expect(
      found(
        "Helsingissä satoi. Ainoa asia oli se. Er nannte einen anderen Spieler „Opfer“. Kripos' leder snakket.",
      ),
    ).toEqual([]);
    expect(found('avenue Louis Bertrand (numéro inconnu); Ola Nordmann er et eksempelnavn')).toEqual([]);
  });

  it('finds Finnish genitives before kin, user names in quotes after "namens", and streets of more shapes', () => {
    expect(found('Nikon äidille ei ole kerrottu. Korhosen äiti soitti.')).toEqual([
      ['PERSON_NAME', 'Nikon'],
      ['PERSON_NAME', 'Korhosen'],
    ]);
    expect(found('Helsingin poliisilaitoksen numero on 0295. Tampereen kaveri.')).toEqual([]);
    expect(found('Ein Nutzer namens „DerNetteOnkel82“ schreibt ihr.')).toEqual([
      ['GAMER_TAG', 'DerNetteOnkel82'],
    ]);
    expect(found('segist gista í Hraunbæ 102 hjá eldri vini')).toEqual([['STREET_ADDRESS', 'Hraunbæ 102']]);
    expect(found("she's at a friend's, 27 hollybush lane, tonight")).toEqual([
      ['STREET_ADDRESS', '27 hollybush lane'],
    ]);
    expect(found('we played 2 big drive ways and 3 games on the road')).toEqual([]);
  });

  it('finds Finnish surnames in a case, sized nicknames and nicknames in quotes beside a name', () => {
    expect(found('Palvelimen ylläpitäjälle, Mäkiselle, on tehty ilmoitus.')).toEqual([
      ['PERSON_NAME', 'Mäkiselle'],
    ]);
    expect(found('Hän muutti Salosta Lahteen viime keväänä.')).toEqual([]);
    expect(found('Taustalla on kuulemma Iso-Mika, noin 25-vuotias.')).toEqual([['PERSON_NAME', 'Iso-Mika']]);
    expect(found('En äldre kille, Amir "Kingen" Hadžić, har rekryterat honom.')).toEqual([
      ['PERSON_NAME', 'Amir'],
      ['PERSON_NAME', 'Kingen'],
    ]);
  });

  it("leaves game characters in a note about characters, famous people named as such and offices' own lines alone", () => {
    expect(found('Spielfiguren wie Steve oder Jonesy sind keine Personendaten.')).toEqual([]);
    expect(found('kjende personar som Aurora eller Kygo; þekkt fólk eins og Björk')).toEqual([]);
    expect(found('Rückfragen über die Zentrale der Polizeizone Eifel, 080 28 02 00.')).toEqual([]);
    expect(
      found(
        'Málanúmer LÖKE 007-2024-061233 til 007-2024-061240; RI-numerot 5500/R/0031877/24 – 5500/R/0031889/24.',
      ),
    ).toEqual([]);
    // A young person's mobile is still one after an office is named in another sentence.
    expect(found('Skrifstofan var lokuð. Hún gaf upp símann sinn: 867 4120.')).toEqual([
      ['PHONE', '867 4120'],
    ]);
  });

  it('finds a full name set off by commas or before an age, and a Norwegian or Icelandic mobile in two groups after a phone word', () => {
    expect(found('ein gut i klassen, Eirik Vik Myklebust, har lagt ut bilete')).toEqual([
      ['PERSON_NAME', 'Eirik Vik Myklebust'],
    ]);
    expect(found('Sigve Aa (15) tok kontakt via Snapchat.')).toEqual([['PERSON_NAME', 'Sigve Aa']]);
    expect(found('Spurte om Erling Haaland, Martin Ødegaard, og Kygo.')).toEqual([]);
    expect(found('Mobilen hennar: 4712 9035, men den er avslått.')).toEqual([['PHONE', '4712 9035']]);
    expect(found('Saken har nummer 2024 1234 i systemet.')).toEqual([]);
  });

  it('reads a henkilötunnus with letters O for its zeros, and two one-name stars in a case as stars', () => {
    expect(found('nollat oli kirjoitettu O-kirjaimina: 29O9O9A735O. Näitä ei kirjata.')).toEqual([
      ['NATIONAL_ID', '29O9O9A735O'],
    ]);
    expect(found('Margir spurðu um Laufeyju og Björk.')).toEqual([]);
  });

  it('leaves case-number ranges, Swish numbers, three-letter names of bands and units and police regions alone', () => {
    expect(found('Saksnumre i BL: 24-1190021 til 24-1190034.')).toEqual([]);
    expect(found('13 500 V-Bucks för 149 kr via Swish till 123 456 78 90.')).toEqual([]);
    expect(found('pratade om KAJ och NOA; Polisregion Nord var med till 22.')).toEqual([]);
  });

  it('finds two words joined by a dot where one is a first name, and no case number inside a longer code', () => {
    expect(found('an account posing as a girl, mia.lovesu, got a video')).toEqual([['HANDLE', 'mia.lovesu']]);
    expect(found('see node.js, vg.no and politi.no')).toEqual([]);
    expect(found('Skráð í vikuskýrslu, mál 007-2024-45112; pv-nummer volgt.')).toEqual([]);
  });

  it('takes the name a few words after a role for an official, not a child named later in the sentence', () => {
    expect(
      found('Lögreglustjórinn á Suðurnesjum staðfestir að mál Jóns Þórs Einarssonar hafi verið skráð.'),
    ).toEqual([['PERSON_NAME', 'Jóns Þórs Einarssonar']]);
    expect(found('Le chargé de presse de Kripos, Henrik Tangen, a relu l’article.')).toEqual([]);
    expect(found('Europols sambandsman Jonas Vermeer läser upp resultaten.')).toEqual([]);
  });

  it('finds a class at a named school and where someone lives without a house number', () => {
    expect(found('går i 8B på Sundby')).toEqual([['SCHOOL', '8B på Sundby']]);
    expect(found('zit op De Wegwijzer')).toEqual([['SCHOOL', 'zit op De Wegwijzer']]);
    expect(found('gutten går på Hundsund i 9. klasse')).toEqual([['SCHOOL', 'på Hundsund i 9. klasse']]);
    expect(found('woont in de Kerkstraat')).toEqual([['STREET_ADDRESS', 'Kerkstraat']]);
    expect(found('Helsingin koulun oppilaat olivat mukana. Han bor i Bergen.')).toEqual([]);
  });

  it('takes a school for an identifier only where the sentence names someone with it', () => {
    expect(found('Jenta (14) går på Ullern skole.')).toEqual([['SCHOOL', 'Ullern skole']]);
    expect(found('Fortnite: hún er í 8. B í Hagaskóla.')).toEqual([['SCHOOL', 'Hagaskóla']]);
    expect(found('Venla on 9C:llä Kalevan yhtenäiskoulussa.')).toEqual([
      ['PERSON_NAME', 'Venla'],
      ['SCHOOL', '9C:llä Kalevan yhtenäiskoulussa'],
    ]);
    // A school and nobody: "no pupils' names", a help line's name, a school named after someone.
    expect(
      found(
        'Discord-server ca 450 medlemmar, mest Luleå. Örnässkolan nämnd, inga elevnamn. 3 frågor om nätmobbning.',
      ),
    ).toEqual([]);
    expect(found("Athénée Royal de Mons cité, aucun nom d'élève. 3 questions sur le harcèlement.")).toEqual(
      [],
    );
    expect(
      found('Sint-Jozefcollege Aalst genoemd, geen namen. 3 meldingen naar Child Focus 116 000.'),
    ).toEqual([]);
    expect(found('Pater-Damian-Sekundarschule genannt, keine Schülernamen.')).toEqual([]);
    expect(found('TikTok: 3 tjejer, 12–13 år, Västerås. Ingen skola nämnd.')).toEqual([]);
  });

  it('finds kin named after a copula or "our", a name opening a quotation, and a name set off before a verb', () => {
    expect(found('äiti on Hodan Warsame.')).toEqual([['PERSON_NAME', 'Hodan Warsame']]);
    expect(found('her mum is Anna and she is nice')).toEqual([['PERSON_NAME', 'Anna']]);
    expect(found('Jente 14 skreiv: «treneren vår Arnfinn sender rare meldingar»')).toEqual([
      ['PERSON_NAME', 'Arnfinn'],
    ]);
    expect(found('Jente 14 skreiv: «Tobias på laget har fått det same».')).toEqual([
      ['PERSON_NAME', 'Tobias'],
    ]);
    expect(found('Stelpa (13): „Freyja vinkona mín fékk líka skilaboð“')).toEqual([
      ['PERSON_NAME', 'Freyja'],
    ]);
    expect(found('Schüler aus Eupen, Noah, hat Screenshots geschickt.')).toEqual([['PERSON_NAME', 'Noah']]);
    expect(found('Slachtoffer: Sanne Bakker, 13.')).toEqual([['PERSON_NAME', 'Sanne Bakker']]);
    // Not a place after kin, nor a word for a young person on the next line.
    expect(found('äiti on Suomessa.')).toEqual([]);
    expect(found('Siiri Lahtinen (12) ja hänen pikkusiskonsa\nPoika asuu Vantaalla.')).toEqual([
      ['PERSON_NAME', 'Siiri Lahtinen'],
    ]);
  });

  it('finds someone "certain" in quotes, a quoted name with digits, step-family, double names and Icelandic cases', () => {
    expect(found("un certain 'dylan' lui a demandé son num")).toEqual([['PERSON_NAME', 'dylan']]);
    expect(found("snap, nån 'robban' frågade efter personnr")).toEqual([['PERSON_NAME', 'robban']]);
    expect(found('ein Mann, der sich „Bärchen77“ nennt')).toEqual([['HANDLE', 'Bärchen77']]);
    expect(found('mistenkt voksen bruker «snillonkel47» på Snapchat')).toEqual([['HANDLE', 'snillonkel47']]);
    expect(
      found('Zwei Geschwister (10 und 12) aus Kelmis. Der Stiefvater Ralf kontrolliert ihre Nachrichten.'),
    ).toEqual([['PERSON_NAME', 'Ralf']]);
    expect(found('Fullt navn oppgitt i samtalen: Sara Oluwaseun Adeyemi.')).toEqual([
      ['PERSON_NAME', 'Sara Oluwaseun'],
    ]);
    expect(found('Meisje (13), naam volgens het gesprek Noor Bakker-El Amrani; haar BSN')).toEqual([
      ['PERSON_NAME', 'Noor Bakker-El Amrani'],
    ]);
    expect(found('Strákur (13) spilar mest með Gunnari og Hrafnhildi.')).toEqual([
      ['PERSON_NAME', 'Gunnari'],
      ['PERSON_NAME', 'Hrafnhildi'],
    ]);
    // Not a game in quotes, "median", a film named after a star, a street called by a name, a pet or a character.
    expect(found('Han spilte "FIFA23" og "Fortnite".')).toEqual([]);
    expect(found('Reported ages ranged from 9 to 17, median 13.')).toEqual([]);
    expect(found('Liv og røre i klassen etter at de så Liv Ullmann-filmen i Norsk.')).toEqual([]);
    expect(found('Gutten henger mye på Karl Johan i helgene.')).toEqual([]);
    expect(found('Meisje (10) vertelde over haar hond Sanne en de poes Guus.')).toEqual([]);
    expect(found('Mädchen (10) erzählte von ihrer Katze Mia. Sonst viel über Elsa und Olaf.')).toEqual([]);
    expect(found('Stelpa (10) sagði frá hundinum sínum Tinna og kettinum Brandi.')).toEqual([]);
  });

  it('finds a name that is a word after kin, its Finnish cases once found, platform names, surname labels and "he\'s"', () => {
    expect(found('onnin kaveri veeti kiusaa onnia voicessa. sen kaveri onni antoi numeronsa.')).toEqual([
      ['PERSON_NAME', 'onnin'],
      ['PERSON_NAME', 'veeti'],
      ['PERSON_NAME', 'onnia'],
      ['PERSON_NAME', 'onni'],
    ]);
    expect(found('epic-mailen hans: mats punktum eide krøll-alfa hotmail punktum no.')).toEqual([
      ['EMAIL', 'mats punktum eide krøll-alfa hotmail punktum no'],
    ]);
    expect(found('Hún sagði að gamertaggið sitt væri NoorGamerIS.')).toEqual([['GAMER_TAG', 'NoorGamerIS']]);
    expect(found('the boy gave himself (Snapchat name bjornebass).')).toEqual([['GAMER_TAG', 'bjornebass']]);
    expect(found('Prénom donné: Rose.')).toEqual([['PERSON_NAME', 'Rose']]);
    expect(found("boy says he's Liam and plays every night")).toEqual([['PERSON_NAME', 'Liam']]);
    // Not a verb after kin, nor a nationality after "he is".
    expect(found('her sister may come later. hun er Norsk. il est Belge. Hij is Nederlander.')).toEqual([]);
  });

  it('finds nicknames with their real name, and user names of capitalised words run together with a first name', () => {
    expect(found('„Bubi“ heißt eigentlich Ben Schröder.')).toEqual([
      ['PERSON_NAME', 'Bubi'],
      ['PERSON_NAME', 'Ben Schröder'],
    ]);
    expect(found('Enligt de andra heter ”Myran” egentligen Amina Mehmedović.')).toEqual([
      ['PERSON_NAME', 'Myran'],
      ['PERSON_NAME', 'Amina Mehmedović'],
    ]);
    expect(found('Leur copain surnommé « Kiki » avait donné son numéro.')).toEqual([['PERSON_NAME', 'Kiki']]);
    expect(found('ein eldre spelar, «VikingBjørn», har invitert heile troppen.')).toEqual([
      ['HANDLE', 'VikingBjørn'],
    ]);
    expect(found('Aðgangurinn „HeklaOgTumi“ er sameiginlegur.')).toEqual([['HANDLE', 'HeklaOgTumi']]);
    // Not a quoted word before "egentlig", a brand, a star or a surname's own capitals.
    expect(found('Han sa «nei» egentlig, og vi snakket videre.')).toEqual([]);
    expect(
      found('Ein Junge schaute MontanaBlack. SpongeBob, PlayStation, YouTube, McDonald, DeBruyne, LeBron.'),
    ).toEqual([]);
  });

  it('finds identity numbers and phones typed with letters between the groups or split over two messages', () => {
    expect(found('med bokstaver mellom gruppene: 03 09 10 A 634 B 32. Ba moderator slette.')).toEqual([
      ['NATIONAL_ID', '03 09 10 A 634 B 32'],
    ]);
    expect(found('henkilötunnuksensa suluilla: 050612 (A) 719 (B). Pyysimme.')).toEqual([
      ['NATIONAL_ID', '050612 (A) 719 (B)'],
    ]);
    expect(found('his personal ID: 230911-A372X (with an extra dash).')).toEqual([
      ['NATIONAL_ID', '230911-A372X'],
    ]);
    expect(found('typte zijn BSN in de chat: 2364.815.99. Gezegd.')).toEqual([
      ['NATIONAL_ID', '2364.815.99'],
    ]);
    expect(found('i to meldingar. Fyrst 270612. Så 648 71. Bad henne slette det.')).toEqual([
      ['NATIONAL_ID', '270612'],
      ['NATIONAL_ID', '648 71'],
    ]);
    expect(found("en deux fois. D'abord « 12.11.30 ». Puis « 074-63 ».")).toEqual([
      ['NATIONAL_ID', '12.11.30'],
      ['NATIONAL_ID', '074-63'],
    ]);
    expect(found('in zwei Nachrichten. Erst: 0478. Dann: 21 63 90. Er wollte.')).toEqual([
      ['PHONE', '0478'],
      ['PHONE', '21 63 90'],
    ]);
    // Not help lines, times and ranges in a row, nor a case number.
    expect(found('Ryhmälle (13–15 v.) kerrottiin 116 111 ja sivusta mll.fi; hätänumero on 112.')).toEqual([]);
    expect(found('Hänvisade till Självmordslinjen 90101. Samtalet avslutades sedan 21.05.')).toEqual([]);
    expect(
      found('Registrert i BL som 24-1184772. Barnevernvakten kan nås på 55 56 87 00 hele døgnet.'),
    ).toEqual([]);
    expect(found('Lögreglan á höfuðborgarsvæðinu: 444 1000.')).toEqual([]);
  });

  it('finds a first name opening a bracket, set off before a verb, after a coach compound or a guardian, and a Swedish postcode', () => {
    expect(found('Boyfriend is 19 (Jere, works at the harbour), met him on Snapchat.')).toEqual([
      ['PERSON_NAME', 'Jere'],
    ]);
    expect(found('Hun trainer van de voetbal, Erik, zou rare appjes sturen.')).toEqual([
      ['PERSON_NAME', 'Erik'],
    ]);
    expect(found('Le coach de foot, Hakim, leur enverrait des messages la nuit.')).toEqual([
      ['PERSON_NAME', 'Hakim'],
    ]);
    expect(found('Fotbollstränaren Robban skickar sms på nätterna.')).toEqual([['PERSON_NAME', 'Robban']]);
    expect(found('Übernachtet oft bei Sophies Eltern.')).toEqual([['PERSON_NAME', 'Sophies']]);
    expect(found('«snakket med Ole-Petter (12) fra Fauske»')).toEqual([['PERSON_NAME', 'Ole-Petter']]);
    expect(found('Le suspect se présentait sous le nom de Kevin Dethier.')).toEqual([
      ['PERSON_NAME', 'Kevin Dethier'],
    ]);
    expect(found('Ungdom: bor på Storgatan 19 B, 981 31 Kiruna.')).toEqual([
      ['STREET_ADDRESS', 'Storgatan 19 B, 981 31 Kiruna'],
    ]);
    expect(found('She gave her own handle as lilja.bjorkvik and her number.')).toEqual([
      ['GAMER_TAG', 'lilja.bjorkvik'],
    ]);
    // Not towns or characters in brackets, an app's settings, a help line after "foreldre:", a school when nobody is named.
    expect(found('(Oslo, Bergen og Molde) (Mario, Luigi)')).toEqual([]);
    expect(
      found('- Xbox: appen Xbox Family Settings. Tips til foreldre: Kors på halsen 800 33 321.'),
    ).toEqual([]);
    expect(found('Elever från Katedralskolan i Lund pratade om Mario Kart; inga namn nämndes.')).toEqual([]);
    expect(
      found('Mál sent til Kripos, Jóna lögreglufulltrúi fylgir því eftir. Styttu af Jóni Sigurðssyni.'),
    ).toEqual([]);
    expect(
      found(
        'map codes (e.g. 4826-1937-5560). TikTok: 16-vuotias kysyi. Registratienummer 2025-0317-044. server code 48213907',
      ),
    ).toEqual([]);
  });

  it('finds quoted user names of capitalised words, neighbours, known-as nicknames, lower-case repeats and odd separators', () => {
    expect(found("een man die zich 'DeVriendelijkeOom' noemt")).toEqual([['HANDLE', 'DeVriendelijkeOom']]);
    expect(found('Naboen deres, Ole-Petter, gir dem V-Bucks mot bilder.')).toEqual([
      ['PERSON_NAME', 'Ole-Petter'],
    ]);
    expect(found("One of them said Saku's stepdad takes their phones at ten.")).toEqual([
      ['PERSON_NAME', 'Saku'],
    ]);
    expect(found('yhdessä Onnin kanssa. onnin äiti on hänen valmentajansa.')).toEqual([
      ['PERSON_NAME', 'Onnin'],
      ['PERSON_NAME', 'onnin'],
    ]);
    expect(found('jente mobbes av ei fra klassen, «Linnea S.», begge i 5B.')).toEqual([
      ['PERSON_NAME', 'Linnea S.'],
    ]);
    expect(found('ein älterer Spieler, den er nur als „Vlad“ kennt')).toEqual([['PERSON_NAME', 'Vlad']]);
    expect(found('nummeret begynner på 4 1 5. Resten er 6 2 8 9 0. Vi ringte ikke.')).toEqual([
      ['PHONE', '4 1 5'],
      ['PHONE', '6 2 8 9 0'],
    ]);
    expect(found('Nationalregisternummer: O9 12 O5 · 463 · 77. Gelöscht.')).toEqual([
      ['NATIONAL_ID', 'O9 12 O5 · 463 · 77'],
    ]);
    expect(found('He also shared his Switch friend code SW-4829-1047-3365.')).toEqual([
      ['USER_ID', 'SW-4829-1047-3365'],
    ]);
    // Not a server's name in quotes, young people after a platform, approximations, numbers at a sentence's start,
    // a game's money, particles repeated, or numbers before words.
    expect(found('Minecraft server "CraftNordic" – griefing complaint.')).toEqual([]);
    expect(
      found('Discord: kille (16) från Lund förlorade 300 kr. discord – kurz. tiktok live ca 35 ungdomar.'),
    ).toEqual([]);
    expect(found('Tre spurde korleis ein melder brukarar. Fem frågade hur man anmäler.')).toEqual([]);
    expect(found('Een man noemt hem Robux aanbiedt. Ronja Røverdatter og Solan Gundersen.')).toEqual([]);
    expect(found('En av killarna har 35 000 troféer, de andra sparar 170 ädelstenar.')).toEqual([]);
  });

  it('finds a phone typed with a few digit words among its digits, but not times with a word after them', () => {
    expect(
      found('He wrote his number as 4 eight 1 – 2 two – 9 0 7 so the filter would not catch it.'),
    ).toEqual([['PHONE', '4 eight 1 – 2 two – 9 0 7']]);
    expect(found("Noor's number: 06 - 4 8 1 7 - 2 six 0 3. Both deleted.")).toEqual([
      ['PHONE', '06 - 4 8 1 7 - 2 six 0 3'],
    ]);
    expect(found("son numéro : zéro quatre septante-cinq / 61 / 28 / 40. Elle l'a bloqué.")).toEqual([
      ['PHONE', 'zéro quatre septante-cinq / 61 / 28 / 40'],
    ]);
    expect(
      found(
        'Fortnite, kl. 19.00–20.15. Fem ungdommer fra Bodø. Kl. 19 - 20 en 21 - 22 waren er 14 tot 16 kinderen.',
      ),
    ).toEqual([]);
  });

  it('finds every pair of words in small letters, quoted nicknames with an age or after "zich … noemt", and streets in small letters', () => {
    expect(found('kid 12 name oskar lindqvist, lives in umeå')).toEqual([['PERSON_NAME', 'oskar lindqvist']]);
    expect(found('en naam youssef el amrani erbij.')).toEqual([['PERSON_NAME', 'youssef el amrani']]);
    expect(found('Einer, „Basti“ (15), meinte, ein Random hätte seine Klasse gepostet.')).toEqual([
      ['PERSON_NAME', 'Basti'],
    ]);
    expect(found('en vuxen man som kallar sig ”stockholmsnisse” vill ha bilder.')).toEqual([
      ['PERSON_NAME', 'stockholmsnisse'],
    ]);
    expect(found("een jongen die zich 'Jayden' noemt")).toEqual([['PERSON_NAME', 'Jayden']]);
    expect(found('adresse donnée spontanément rue de la gare 45')).toEqual([
      ['STREET_ADDRESS', 'rue de la gare 45'],
    ]);
    expect(found('junge 15 wohnt laut ihm aachener str. 31, st. vith.')).toEqual([
      ['STREET_ADDRESS', 'aachener str. 31'],
    ]);
    expect(found('sem veit heimilisfangið hamraborg 14, 200 kópavogur.')).toEqual([
      ['STREET_ADDRESS', 'hamraborg 14, 200 kópavogur'],
    ]);
    // Not a count after a square, nor a price.
    expect(
      found('la réunion a lieu place du marché 3 fois par semaine. Han brukte 1 299 kr på Robux.'),
    ).toEqual([]);
  });

  it('leaves police colleagues, ranks and stars beside one-name stars alone', () => {
    expect(found('Kollega Ingrid Fossheim (Kripos) tek over Discord.')).toEqual([]);
    expect(found('Ylikonstaapeli Virtanen jatkaa huomenna klo 17.')).toEqual([]);
    expect(found('krakkarnir spurðu hvort Gunnar Nelson og Laufey væru á Discord haha.')).toEqual([]);
    expect(found('le professeur Thomas Gérard (Université de Liège)')).toEqual([]);
    expect(found('Poika puhui Teemu Pukista ja Lauri Markkasesta.')).toEqual([]);
    expect(found('en enhjørning hun har kalt «Bella». Sie zeigten ein Einhorn namens Karl.')).toEqual([]);
    expect(
      found('Deras mamma visste ingenting. Spurde om Sivert Høyem er politi. Frågor om Jocke & Jonna.'),
    ).toEqual([]);
    expect(
      found('Kveldsoppsummering 18–22. Jonesy finns på riktigt. 40 minuter. Prochain live jeudi 19h.'),
    ).toEqual([]);
    expect(
      found("L'inspecteur principal Lambert a pris le relais. Ils ont demandé si le roi Philippe joue."),
    ).toEqual([]);
    expect(found('Note from Sgt. Jonas Lindqvist to the Swedish team.')).toEqual([]);
    expect(
      found("L'Athénée Royal de Namur peut être cité pour la visite du 3 décembre, sans élève nommé."),
    ).toEqual([]);
    expect(found('gast noemt zich "kebab.koning", echte naam Emre Yıldız')).toEqual([
      ['GAMER_TAG', 'kebab.koning'],
      ['PERSON_NAME', 'Emre Yıldız'],
    ]);
  });

  it('finds user names run together with digits, a Dutch postcode after its word and a house number after "no."', () => {
    expect(found('een man die zich GamerDaddy88 noemt')).toEqual([['HANDLE', 'GamerDaddy88']]);
    expect(found('heet Bram volgens eigen zeggen (BramTheMan2010).')).toEqual([
      ['PERSON_NAME', 'Bram'],
      ['HANDLE', 'BramTheMan2010'],
    ]);
    expect(found('in Eindhoven, postcode 5612 AB')).toEqual([['STREET_ADDRESS', 'postcode 5612 AB']]);
    expect(found('lives on the corner of Pijlstraat, no. 22, 2nd floor.')).toEqual([
      ['STREET_ADDRESS', 'Pijlstraat, no. 22'],
    ]);
    // Not a product with one digit, the police's own profile, megabytes, a time or a reference after a word.
    expect(found('Han fikk en PlayStation5 og spilte FIFA23.')).toEqual([]);
    expect(found('Profilen Politiet_Kripos fikk 4 venneforespørsler.')).toEqual([]);
    expect(found('Download 1500 MB of data, code 1234 AB.')).toEqual([]);
    expect(found('Oppdatering 22:40 til notat kl 21:05. Registratie 2025-0148-PP.')).toEqual([]);
  });

  it('finds an initial with a surname, a street abbreviated or with a comma before its number, and Belgian and Finnish classes', () => {
    expect(found('Jenta fortel at K. Haugland, ein vaksen trenar, sender meldingar.')).toEqual([
      ['PERSON_NAME', 'K. Haugland'],
    ]);
    expect(found('Tyttö kertoi, että J. Korhonen lähettää viestejä.')).toEqual([
      ['PERSON_NAME', 'J. Korhonen'],
    ]);
    expect(found('han bor i Thorvald Meyers gt. 47 og er redd')).toEqual([
      ['STREET_ADDRESS', 'Thorvald Meyers gt. 47'],
    ]);
    expect(found('ho bur i Hafstadv. 34, 6800 Førde, og')).toEqual([
      ['STREET_ADDRESS', 'Hafstadv. 34, 6800 Førde'],
    ]);
    expect(found('she lives at Thereses gate, 22 in Oslo.')).toEqual([
      ['STREET_ADDRESS', 'Thereses gate, 22'],
    ]);
    expect(found("deux garçons en 2e secondaire à l'athénée royal de jambes se font harceler")).toEqual([
      ['SCHOOL', "2e secondaire à l'athénée royal"],
    ]);
    expect(
      found(
        "plusieurs élèves de 1re B de l'Athénée royal d'Uccle disent qu'Inès Lambert reçoit des menaces.",
      ),
    ).toEqual([
      ['SCHOOL', "1re B de l'Athénée royal d'Uccle"],
      ['PERSON_NAME', 'Inès Lambert'],
    ]);
    expect(found('tyttö 14 on 8c:llä kalevan koulussa')).toEqual([['SCHOOL', '8c:llä kalevan koulussa']]);
    expect(found('kaks tyttöä 7b luokalta kalevan koulusta')).toEqual([
      ['SCHOOL', '7b luokalta kalevan koulusta'],
    ]);
    expect(found('3 jongens uit klas 1c van het stedelijk lyceum')).toEqual([
      ['SCHOOL', 'klas 1c van het stedelijk lyceum'],
    ]);
    // Not an officer with their rank, a football team's group, a street with a count after its comma, a case number.
    expect(
      found('Hoofdagent R. Bakker (Team Digitale Wijkagent Rotterdam) stelt voor extra te bemensen.'),
    ).toEqual([]);
    expect(found('De jongen speelt in groep 8 van de voetbalclub. Geen naam genoemd.')).toEqual([]);
    expect(found('På Storgata, 12 ungdommer samlet seg i går.')).toEqual([]);
    expect(found('Kindertelefoon 0800-0432. Registratie 2024-PJO-0512.')).toEqual([]);
  });

  it('reads a phone split by "og så", and no service number dialled from abroad or a police line after a comma', () => {
    expect(found('nummeret: 4 9 3 5 og så 6 7 8 2. Han har betalt.')).toEqual([
      ['PHONE', '4 9 3 5'],
      ['PHONE', '6 7 8 2'],
    ]);
    expect(found('Saken er meldt til Øst politidistrikt, og mora hennes kan nås på 482 19 330.')).toEqual([
      ['PHONE', '482 19 330'],
    ]);
    expect(found('Ring Kors på halsen on +47 800 33 321.')).toEqual([]);
    expect(found('Bentum á 112 og Lögregluna 444 1000.')).toEqual([]);
  });

  it('takes no game town, server, region adjective, site or denied name for a person', () => {
    expect(found('«eg har bygd ein heil by som heiter Nyheim med 300 hus»')).toEqual([]);
    expect(found('„serverinn heitir Víkingaheimar og það eru 40 manns á honum“')).toEqual([]);
    expect(found('”servern heter Mumindalen och vi har byggt ett slott”')).toEqual([]);
    expect(found('Vlaams meisje zei dat een school een roddelaccount heeft.')).toEqual([]);
    expect(found('Serveur Minecraft play.funcraft.net : un garçon de 12 ans.')).toEqual([]);
    expect(found('„bin doch kein kevin lol“')).toEqual([]);
    // A man who calls himself something is still named after "by".
    expect(found('A boy was contacted by a man who calls himself Ole.')).toEqual([['PERSON_NAME', 'Ole']]);
  });

  it('finds a first name joined to a full name, before it or past its town, and a double first name in small letters', () => {
    expect(found('dass Ayşe und Murat Yılmaz ihn erpressen')).toEqual([
      ['PERSON_NAME', 'Ayşe'],
      ['PERSON_NAME', 'Murat Yılmaz'],
    ]);
    expect(found('sa att Oskar Mäkelä från Borgå och Anton ber om bilder')).toEqual([
      ['PERSON_NAME', 'Oskar Mäkelä'],
      ['PERSON_NAME', 'Anton'],
    ]);
    expect(found('en voksen mann ved navn tor-erik haugland har sendt penger')).toEqual([
      ['PERSON_NAME', 'tor-erik haugland'],
    ]);
    expect(found('nummeret byrja på fire sju, og så 33 21 08.')).toEqual([
      ['PHONE', 'fire sju, og så 33 21 08'],
    ]);
    expect(found('snappen hans er «mats under strek lie null ni»')).toEqual([
      ['GAMER_TAG', 'mats under strek lie'],
    ]);
    // Not a town before "and", nor a police dog, wherever the note names it again.
    expect(found('Vi snakket om Bergen og Emma Hansen.')).toEqual([['PERSON_NAME', 'Emma Hansen']]);
    expect(found('onko poliisikoiran nimi Toivo. On, ja toivo on, että he muistavat.')).toEqual([]);
    expect(found('ungene spurte om politihunden vår heter Storm')).toEqual([]);
    expect(found('les enfants demandaient si notre chien policier s’appelle Rose.')).toEqual([]);
  });

  it('takes no report number, help line, school of a town, star or verb "to be" for an identifier', () => {
    expect(found('Snap-svindel meldt via politiet.no, anmeldelse 24137815 opprettet kl. 21:05.')).toEqual([]);
    expect(found('Tipsade om Barnens och ungas telefon 0800 96 116 och om 112.')).toEqual([]);
    expect(found("Elle parlera à l'infirmière d'une école de Mons.")).toEqual([]);
    expect(found('Eine Schule in St. Vith war in unserem Discord.')).toEqual([]);
    expect(found('Tyttö (12) eräästä Lahden koulusta kysyi neuvoa.')).toEqual([]);
    expect(found('kysymyksiä poliisin työstä ja teemu pukista. ei henk.tietoja')).toEqual([]);
    expect(found('Stúlka (12) spurði hvort hún megi segjast vera 13 ára.')).toEqual([]);
    expect(found('gutten lurte på om det er lov å kalle noen stygg')).toEqual([]);
  });

  it('finds a coach by first name, a title with a surname after an article, a person set off after a town, and a class at an abbreviated school', () => {
    expect(found('The boy says their football coach Jari messages the younger players.')).toEqual([
      ['PERSON_NAME', 'Jari'],
    ]);
    expect(found('Der Trainer, ein Herr Wagner, schreibt nachts.')).toEqual([['PERSON_NAME', 'Wagner']]);
    expect(found('een oudere jongen uit Antwerpen, Bram, vroeg om hun nummer')).toEqual([
      ['PERSON_NAME', 'Bram'],
    ]);
    expect(found('Stelpurnar fá hótanir frá Daníel, þjálfaranum sínum.')).toEqual([
      ['PERSON_NAME', 'Daníel'],
    ]);
    expect(found("Le garçon (13), élève de 1re C à l'IND, a donné son adresse.")).toEqual([
      ['SCHOOL', "1re C à l'IND"],
    ]);
    expect(found('seine Nummer: plus vier neun 151 2398 4417, und')).toEqual([
      ['PHONE', 'vier neun 151 2398 4417'],
    ]);
    expect(found('hún sendi myndir og Anna hló.')).toEqual([['PERSON_NAME', 'Anna']]);
    // Not a woman after an article, a list of towns, a note's language that makes a name no word.
    expect(found('Eine Frau Mitte 40 schrieb ihr.')).toEqual([]);
    expect(found('Vi kjørte fra Bodø, Hamar, Alta og Molde.')).toEqual([]);
  });

  it('takes no star written surname first or in small letters, police dog, room, version or police profile for a person', () => {
    expect(found('Snakket med tre jenter om Ødegaard, Martin og om Arsenal.')).toEqual([]);
    expect(found('Gespräch über Musiala, Jamal und Wirtz, Florian.')).toEqual([]);
    expect(found('Jenta spurde kva Ruud, Casper et før kampane.')).toEqual([]);
    expect(found('juttelin pojan kanssa Teemu Pukista ja turnauksesta.')).toEqual([]);
    expect(found('flicka tittade på klipp med zara larsson och mådde dåligt.')).toEqual([]);
    expect(found('de pratade om alexander isak och dejan kulusevski.')).toEqual([]);
    expect(found('Twitch: ei jente spurde om Aurora og kvifor ho ikkje strøymer.')).toEqual([]);
    expect(found('vi fortalde om Storm og Bella i hundetenesta.')).toEqual([]);
    expect(found('One asked about Storm, the police dog, and the CS2 update 1.39.5.2.')).toEqual([]);
    expect(found("Habbo, kamer 'Berg en Dal Chillen': meisje van 11 vroeg iets.")).toEqual([]);
    expect(found('Unser Profil heißt Polizei Ostbelgien Online.')).toEqual([]);
    expect(found('Þrjú systkini töluðu um Mario, Luigi og Björk.')).toEqual([]);
    expect(found('Spjall í Minecraft um Laufey og Hatara; engar spurningar.')).toEqual([]);
    expect(
      found("vroegen of je gearresteerd wordt als je in het spel iemand 'besteelt'. Uitgelegd: nee."),
    ).toEqual([]);
    expect(found('Fortnite: 1:4 gegen drei Jungs verloren.')).toEqual([]);
    // Someone so called who does something is named all the same.
    expect(found("kille 14, nån 'robban' frågade efter personnr")).toEqual([['PERSON_NAME', 'robban']]);
  });

  it('reads numbers typed to slip past a filter: letters for digits, stars, spaced dots, halves in two quoted messages', () => {
    expect(found('mobilen sin: 4 l 2 . 8 8 . 3 O 6. Sa at')).toEqual([['PHONE', '4 l 2 . 8 8 . 3 O 6']]);
    expect(found('nummeret slik han gav det: ni-null-tre / 4 4 / 7 l 8.')).toEqual([
      ['PHONE', 'ni-null-tre / 4 4 / 7 l 8'],
    ]);
    expect(found('en deux fois, « zéro quatre sept cinq » puis « 3 1 . 8 8 . 4 2 ». Elle')).toEqual([
      ['PHONE', 'zéro quatre sept cinq » puis « 3 1 . 8 8 . 4 2'],
    ]);
    expect(found('först ”noll fyra fem” och sen ”8 8 * 3 1 * 2 0 7”.')).toEqual([
      ['PHONE', 'noll fyra fem” och sen ”8 8 * 3 1 * 2 0 7'],
    ]);
    expect(found('sterretjes ertussen: 10*06*04*218*40. Aangeraden')).toEqual([
      ['NATIONAL_ID', '10*06*04*218*40'],
    ]);
    expect(found('han har nummeret 9one2 34 567 sa han.')).toEqual([['PHONE', '9one2 34 567']]);
    expect(found('der heiter han bgutten91. Ho har blokkert han.')).toEqual([['GAMER_TAG', 'bgutten91']]);
    expect(found('ein kar bad han kome til Kaigaten fjorten i Bergen.')).toEqual([
      ['STREET_ADDRESS', 'Kaigaten fjorten'],
    ]);
    expect(found('gepest door iemand uit zn klas, 2de middelbaar sint-barbaracollege. via discord')).toEqual([
      ['SCHOOL', '2de middelbaar sint-barbaracollege'],
    ]);
    // Not an order number, an island code, a code with capitals, a big server's name, a digit and "I" in a sentence.
    expect(found('Ordrenummeret var 4O7-12-9O5-33, og hun betalte 349 kr.')).toEqual([]);
    expect(found('Dei ville ha koden til øya vår, 2 2 9 1 – 4 0 7 0 – 1 2 3 4, og spurde.')).toEqual([]);
    expect(found('the order number on the fake receipt was RBX-0470-12-34-56.')).toEqual([]);
    expect(found('pöntunarnúmerið var 552-10-98/IS og hún borgaði.')).toEqual([]);
    expect(found('Minecraft auf GommeHD, vier Jungs.')).toEqual([]);
    expect(found('At 7 I called 112 and then at 8 I called 113.')).toEqual([]);
  });

  it('takes no word asked about, streamer watched, scam account, game update or star in a case for a person', () => {
    expect(found('En jente spurte hva Storm betyr på Minecraft-serveren.')).toEqual([]);
    expect(found('Stelpa spurði hvað Storm þýðir í Fortnite.')).toEqual([]);
    expect(found('Er spielt EA FC und schaut MontanaBlack auf Twitch.')).toEqual([]);
    expect(found('88 Nachrichten zum Juni-Update von Brawl Stars und zu Will Smith.')).toEqual([]);
    expect(found('Hän pelaa CS2:ta ja kuuntelee Isac Elliotia.')).toEqual([]);
    expect(found("a 'Storm Giveaway' account promised her 10,000 V-Bucks.")).toEqual([]);
    // A boy so called is named all the same, and a school in the genitive after a class is one.
    expect(found('Gutten heter Storm og er 12 år.')).toEqual([['PERSON_NAME', 'Storm']]);
    expect(
      found('dass Noah Kreusch aus der 3. Klasse des Robert-Schuman-Instituts fertiggemacht wird'),
    ).toEqual([
      ['PERSON_NAME', 'Noah Kreusch'],
      ['SCHOOL', '3. Klasse des Robert-Schuman-Instituts'],
    ]);
  });

  it('finds a name in small letters after "under the name", a player named like a user name, and an identity code', () => {
    expect(found('mobba av ein som skriv under namnet nordfjordkongen, og ho')).toEqual([
      ['PERSON_NAME', 'nordfjordkongen'],
    ]);
    expect(found('Xboxilla pelaaja tunnuksella VantaanVasara uhkasi.')).toEqual([
      ['GAMER_TAG', 'VantaanVasara'],
    ]);
    expect(found('På Xbox hotade spelaren EsboKniven att knivhugga.')).toEqual([['GAMER_TAG', 'EsboKniven']]);
    expect(found('her personal identity code 120811A4374 so we could find her.')).toEqual([
      ['NATIONAL_ID', '120811A4374'],
    ]);
    // Not a label denied, a session code after a label, a young person after a platform's colon, an insult in quotes.
    expect(found('Ingen namn eller brukarnamn er noterte.')).toEqual([]);
    expect(found('Twitch-lähetys tunnuksella FI-AW26-04, 90 minuuttia.')).toEqual([]);
    expect(found('Snapchat: Nuori (16) vihjasi viiltelevänsä.')).toEqual([]);
    expect(found('Er nannte einen anderen Spieler „Opfer“.')).toEqual([]);
  });

  it('finds a name after "calling himself" and "Herrn", and takes no names of pets, servers, characters or history for people', () => {
    expect(found('an adult calling himself Tor Haugland keeps offering him Robux')).toEqual([
      ['PERSON_NAME', 'Tor Haugland'],
    ]);
    expect(found('jetzt droht der Mann, sie Herrn Weber zu schicken.')).toEqual([['PERSON_NAME', 'Weber']]);
    expect(found('Hann heitir Aron Einarsson og spilar Fortnite.')).toEqual([
      ['PERSON_NAME', 'Aron Einarsson'],
    ]);
    expect(found('guten (10) fortalde at Bjørn og Ulv er namna på kjæledyra hans i spelet.')).toEqual([]);
    expect(found("Minecraft-server 'LageLanden', 16:45. Drie kinderen speelden.")).toEqual([]);
    expect(found('question sur Tintin, Milou et le capitaine Haddock.')).toEqual([]);
    expect(found('Sie erzählt von ihrer Katze Mimi und dem Hamster Herr Müller.')).toEqual([]);
    expect(found('Girl asked whether police dogs like Rex and Luna live at home.')).toEqual([]);
    expect(found('spurningar um Ingólf Arnarson og Leif heppna fyrir sögupróf.')).toEqual([]);
  });

  it('finds British postcodes and Eircodes, the postcode after a street in small letters, and a class before its school', () => {
    expect(found('She gave her address, 27 Orchard Road, Swindon SN2 1DQ, to a stranger.')).toEqual([
      ['STREET_ADDRESS', '27 Orchard Road, Swindon SN2 1DQ'],
    ]);
    expect(found('Her Eircode is D02 X285 apparently.')).toEqual([['STREET_ADDRESS', 'D02 X285']]);
    expect(found('junge 14 hat lindenstraße 7 in 04109 leipzig gepostet')).toEqual([
      ['STREET_ADDRESS', 'lindenstraße 7 in 04109 leipzig'],
    ]);
    expect(found('kertoi asuvansa koulukatu 5 b 12, 70100 kuopio.')).toEqual([
      ['STREET_ADDRESS', 'koulukatu 5 b 12, 70100 kuopio'],
    ]);
    expect(found('Sunna Björk Jónsdóttir í 8. bekk B í Hagaskóla sé lögð í einelti.')).toEqual([
      ['PERSON_NAME', 'Sunna Björk Jónsdóttir'],
      ['SCHOOL', '8. bekk B í Hagaskóla'],
    ]);
    expect(found('his mate cian walsh from st patricks ns 6th class')).toEqual([
      ['PERSON_NAME', 'cian walsh'],
      ['SCHOOL', 'st patricks ns'],
    ]);
    // Not a console, a code or a map; not a sentence that goes on from "where you live" to a help line.
    expect(found('He plays on a PS5, has 2FA on, level 3 in CS2, his M25 1v1 map.')).toEqual([]);
    expect(
      found('Talked about never giving out where you live and about ringing 112 in an emergency.'),
    ).toEqual([]);
    expect(found('Gepraat over niet zeggen waar je woont en over 112 bellen als het dringend is.')).toEqual(
      [],
    );
  });

  it('finds a name after "nennt sich im Chat", and takes no school of the next sentence, month or Icelandic noun for a person', () => {
    expect(found('Junge, 13, nennt sich im Chat Maxi und wohnt in Dresden.')).toEqual([
      ['PERSON_NAME', 'Maxi'],
    ]);
    expect(found('Elle parle de son chat Minou.')).toEqual([]);
    // A sentence ends after "it.": the school of the next one is named with nobody.
    expect(
      found(
        "Told him to keep the receipts and report it. St Patrick's College runs a safety talk next month.",
      ),
    ).toEqual([]);
    expect(found('Fragen zu Herobrine. Das Gymnasium Schkeuditz macht im Mai einen Medientag.')).toEqual([]);
    expect(found('strákur 11 sagðist hafa byggt hús úr steini við stóra björk í leiknum lol.')).toEqual([]);
  });

  it("reads what is typed to slip past a filter: spelled out letter by letter, dotted digit by digit, halves of a number, guests' mobiles", () => {
    expect(found('stavet brukernavnet sitt bokstav for bokstav, m-a-g-n-u-s-x-1-1, så ingen bot')).toEqual([
      ['HANDLE', 'm-a-g-n-u-s-x-1-1'],
    ]);
    expect(found('schrieb seinen Nutzernamen mit Leerzeichen, d a r k w o l f 2 0 1 0, und bat uns')).toEqual(
      [['HANDLE', 'd a r k w o l f 2 0 1 0']],
    );
    expect(found('a épelé son pseudo lettre par lettre : T-O-M-Y-G-A-M-E-R-9-9.')).toEqual([
      ['HANDLE', 'T-O-M-Y-G-A-M-E-R-9-9'],
    ]);
    // "1 0 5" is a help line only typed as the whole number.
    expect(found('med punktum mellom kvart siffer, 2.3.0.9.1.0.5.1.2.4.9, fordi')).toEqual([
      ['NATIONAL_ID', '2.3.0.9.1.0.5.1.2.4.9'],
    ]);
    expect(found('først 9123 og så 4567 i neste melding')).toEqual([
      ['PHONE', '9123'],
      ['PHONE', '4567'],
    ]);
    expect(found('One sent half of his number, 07700, and the rest, 900 461, in a second message.')).toEqual([
      ['PHONE', '07700'],
      ['PHONE', '900 461'],
    ]);
    expect(found('he typed 07700 90 0417 so we could call')).toEqual([['PHONE', '07700 90 0417']]);
    expect(found('his mobile is 087 123 4567 he said')).toEqual([['PHONE', '087 123 4567']]);
    // Capitals spelled out, an answer spelled out, a version and a formation are none.
    expect(
      found(
        'Vi besøkte K R I P O S sin stand. Han sa n-e-i og skrev l-o-l. Versjon 1.20.4, formasjon 4-4-2-1.',
      ),
    ).toEqual([]);
  });

  it('finds who spoke after a quote and a verb of saying, a class and an Irish school, and takes no chat message or streamer for a nickname', () => {
    expect(found('”Ostettiin peli isän kortilla”, myönsi Onni, nuorin.')).toEqual([['PERSON_NAME', 'Onni']]);
    expect(found('Ostettiin peli, sanoi Eetu.')).toEqual([['PERSON_NAME', 'Eetu']]);
    expect(found('Ellie said she is in 6th class at Scoil Iognáid.')).toEqual([
      ['PERSON_NAME', 'Ellie'],
      ['SCHOOL', '6th class at Scoil Iognáid'],
    ]);
    expect(
      found('The houses are Hope, Grace and Faith; she is in Grace and says Faith always wins.'),
    ).toEqual([]);
    expect(
      found('Mädchen, die sich „Noob“ und „Bot“ nannten und nach jeder Runde „GG EZ 💀“ schrieben.'),
    ).toEqual([]);
    expect(found('Stream von MontanaBlack. Ein 15-Jähriger schrieb „Monte ist der GOAT“.')).toEqual([]);
  });

  it('finds a patronymic in small letters and a postcode past "woont"; takes no game server, square, holiday, year or area for an identifier', () => {
    expect(found('hjá ömmu sinni, sigrúnu ólafsdóttur, og systur hans')).toEqual([
      ['PERSON_NAME', 'sigrúnu ólafsdóttur'],
    ]);
    expect(found('dat ze in de Kerkstraat 27 woont, 9000 Gent, vlak bij')).toEqual([
      ['STREET_ADDRESS', 'Kerkstraat 27 woont, 9000 Gent'],
    ]);
    expect(found('he pasted his IP 83.84.117.203 into the lobby chat')).toEqual([
      ['IP_ADDRESS', '83.84.117.203'],
    ]);
    expect(found('strákur spurði hvort gylfi sigurðsson sé bestur lol.')).toEqual([]);
    expect(found('De spilte på en åpen server, 185.107.96.12:27015, og hadde turnering.')).toEqual([]);
    expect(found('Minecraft, serveur public 51.75.60.12. Trois garçons.')).toEqual([]);
    expect(found('They had seen our posters on Eyre Square.')).toEqual([]);
    expect(found('Partie de Fortnite pendant les vacances de la Toussaint.')).toEqual([]);
    expect(found('Four kids who all live in the 9008 area of Tromsø.')).toEqual([]);
    expect(found('TikTok-live með stelpum fæddum 2011.')).toEqual([]);
    expect(found('Pratade om spelberoende och om Stödlinjen, 020-819 100.')).toEqual([]);
  });

  it('finds a name before "heißt" in a clause, between dashes after an age, a user name "in the game", a British mobile digit by digit', () => {
    expect(found('Ein Junge, der Finn heißt, wurde beleidigt.')).toEqual([['PERSON_NAME', 'Finn']]);
    expect(found('Een meisje dat Noor heet zit in groep 8.')).toEqual([['PERSON_NAME', 'Noor']]);
    expect(found('gutt ca 11 – Mathias – blir mobba av noen i klassen.')).toEqual([
      ['PERSON_NAME', 'Mathias'],
    ]);
    expect(found('brukarnamnet hans i spelet er regnbogelaksen44, og den vaksne la han til')).toEqual([
      ['GAMER_TAG', 'regnbogelaksen44'],
    ]);
    expect(found('posted his mobile digit by digit: 0 7 8 1 2 4 5 6 7 3 9. Explained.')).toEqual([
      ['PHONE', '0 7 8 1 2 4 5 6 7 3 9'],
    ]);
    expect(found('Card Stop 078 170 170 blocks a card.')).toEqual([]);
    // The police's own profile after "logged in as", counts, compounds with a star, a clause of a game.
    expect(found('20:15 Joined the chat on Twitch as PoliceScotland_Cyber. 20:21 Viewer, 15, asks.')).toEqual(
      [],
    );
    expect(found('16h00 connecté sur Roblox comme Police Fédérale – Cyber. 16h06 garçon de 12 ans.')).toEqual(
      [],
    );
    expect(
      found('Klo 17.00 kirjauduin Discordiin nimellä Poliisi – Nettipoliisi. 17.06 poika (13) kysyi.'),
    ).toEqual([]);
    expect(found('He joined as Tobias_2011.')).toEqual([['HANDLE', 'Tobias_2011']]);
    expect(found('22.27 to andre (16) spør om VAC-ban kan bli politisak.')).toEqual([]);
    expect(found('spørsmål om hvorfor MrBeast-giveaways på TikTok er svindel.')).toEqual([]);
    expect(found('Thema Fake-Gewinnspiele im Namen von MrBeast.')).toEqual([]);
    expect(found('Roblox: två systrar på 9 och 11 från Närpes förlorade 1 000 Robux.')).toEqual([]);
    expect(found('Das Spiel, das Fortnite heißt, ist beliebt.')).toEqual([]);
    expect(found('She was referred to the Garda Síochána online profile.')).toEqual([]);
  });

  it('finds a French social security number, a name in brackets after kin, a coach in football talk, a name in a case after kin', () => {
    expect(
      found('elle a posté son numéro de sécurité sociale, 2 11 05 75 056 123 75, pour prouver son âge'),
    ).toEqual([['NATIONAL_ID', '2 11 05 75 056 123 75']]);
    expect(found('son numéro de sécu avec des points partout, 1.11.04.75.056.123.12, parce que')).toEqual([
      ['NATIONAL_ID', '1.11.04.75.056.123.12'],
    ]);
    expect(found('lives with his mum and her partner (Tomasz) and says things are tense')).toEqual([
      ['PERSON_NAME', 'Tomasz'],
    ]);
    expect(found('Han nemnde at fotballtreneren Eirik skal køyra han til cup.')).toEqual([
      ['PERSON_NAME', 'Eirik'],
    ]);
    expect(found('speelt met zijn beste vriend sem en diens zus noor.')).toEqual([
      ['PERSON_NAME', 'sem'],
      ['PERSON_NAME', 'noor'],
    ]);
    expect(found('roblox, poika 11v, pelaa siskonsa aadan kanssa.')).toEqual([['PERSON_NAME', 'aadan']]);
    // A key that does not hold, groups inside a longer run, a word before an age of a boy, the police's own handle.
    expect(found('une capture avec le numéro 2 12 03 69 123 017 12, la clé ne correspond pas.')).toEqual([]);
    expect(found('Pöntunarnúmer 4471-9920-3318 var það eina sem 16 ára strákur átti eftir.')).toEqual([]);
    expect(found('Gewezen op ons politieprofiel @PolitieGaming en het nummer 0900-8844.')).toEqual([]);
    expect(found('Minecraft-netþjónn grunnskóla í Reykjanesbæ, nemendur í 7. og 8. bekk.')).toEqual([]);
  });

  it("keeps an identity number with a help line among its groups, and takes no office's address, unnamed label or platform for an identifier", () => {
    expect(found('une photo de sa carte Vitale, numéro 2 11 04 75 113 042 79, à un compte')).toEqual([
      ['NATIONAL_ID', '2 11 04 75 113 042 79'],
    ]);
    expect(
      found('Doorgestuurd naar de lokale politie Gent, Antonie Triestlaan 12: een meisje van 15 meldde'),
    ).toEqual([]);
    expect(
      found('Siirretty Helsingin poliisilaitokselle, Ratapihantie 11: kaksi 12-vuotiasta poikaa.'),
    ).toEqual([]);
    expect(
      found(
        'Til helsesykepleier ved en ungdomsskole i Trondheim, uten navn: flere elever har fått en lenke.',
      ),
    ).toEqual([]);
    expect(found('Point de situation : le compte TikTok signalé a été supprimé.')).toEqual([]);
    // Where someone lives after the police were called is an address.
    expect(found('Vi ringte politiet, og hun bor i Storgata 5, 0150 Oslo.')).toEqual([
      ['STREET_ADDRESS', 'Storgata 5, 0150 Oslo'],
    ]);
  });

  // How fast it returns is the bench's to measure (npm run bench, scenario 6, as a ratio to an ordinary note): here,
  // that it finishes at all on 4,000 characters written to make a pattern backtrack (a hang times the test out), and
  // that whatever it reports lies inside the text.
  it.each(HOSTILE_TEXTS.map((t) => [t.what, t.unit.repeat(t.times)]))(
    'finishes on 4,000 characters of %s',
    (_what, text) => {
      for (const f of findPersonalData(text)) {
        expect(f.start).toBeGreaterThanOrEqual(0);
        expect(f.end).toBeLessThanOrEqual(text.length);
        expect(f.end).toBeGreaterThan(f.start);
      }
    },
  );
});
