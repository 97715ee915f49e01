import { alternation, Candidate, matchesOf, sentenceAlternation } from './candidate';
import { nameLexicon } from './name-lexicon';
import { FAMOUS_PEOPLE, NOT_A_PERSON } from './not-a-person';

/**
 * PERSON_NAME: a person's name, found two ways.
 * - After a cue people use to give a name ("heter", "heitir", "heet", "s'appelle", "heißt", "nimeni on",
 *   "kertoi olevansa", "calls himself"): the capitalised word or words that follow.
 * - As a first name followed by a surname, the first name from the lexicon and the surname from it or by its
 *   shape (-sen, -sson, -dóttir, -nen, -ainen; "de Vries", "van der Berg").
 * A first name on its own is not a finding: "Steve", "Alex", "Mario" are game characters as often as boys.
 */

/** Capitalised word: "Kari", "Jean-Pierre", "O'Neill", "Þórður". */
const CAP = String.raw`\p{Lu}[\p{Ll}\p{M}]+(?:['’-]\p{Lu}?[\p{Ll}\p{M}]+)?`;
/** Particles inside a surname. */
const PARTICLES = ['van', 'van de', 'van der', 'van den', 'de', 'der', 'den', 'de la', 'du', 'des', 'le', 'la', 'von',
  'von der', 'zu', 'af', 'av', 'ten', 'ter', "van 't", 'di', 'da', 'del', 'dos', 'mac', 'mc', 'st.'];
const PARTICLE = `(?:${alternation(PARTICLES)})`;
const WHOLE_PARTICLE = new RegExp(`^${PARTICLE}$`, 'iu');
const PARTICLE_GAP = new RegExp(String.raw`^\s+${PARTICLE}\s+$`, 'iu');

/** Cues after which any capitalised word is taken for a name. */
const STRONG_CUES = [
  // nb, nn
  'heter', 'han het', 'hun het', 'ho het', 'hen het', 'som het', 'jenta het', 'jenten het', 'gutten het', 'guten het',
  'venninna het', 'venninnen het', 'kompisen het', 'vennen het', 'broren het', 'søstera het', 'søsteren het', 'heiter', 'heitte', 'kaller seg', 'kalte seg', 'kallar seg', 'kalla seg', 'navnet hans er',
  'navnet hennes er', 'navnet hans var', 'navnet hennes var', 'namnet hans er', 'namnet hennar er', 'navnet er',
  'namnet er', 'ved navn', 'ved namn', 'presenterte seg som', 'presenterte seg sjølv som', 'sa at han het',
  'sa at hun het', 'sa han het', 'sa hun het', 'fornavnet er', 'fornavnet hans er', 'fornavnet hennes er',
  'etternavnet er', 'etternavnet hans er', 'etternavnet hennes er', 'førenamnet hans er', 'etternamnet er',
  // is
  'heitir', 'hét', 'heiti', 'kallar sig', 'kallaði sig', 'nafnið hans er', 'nafnið hennar er', 'nafn hans er',
  'nafn hennar er', 'kynnti sig sem', 'sagðist heita', 'sagði að hann héti', 'sagði að hún héti', 'sem heitir',
  'sem hét', 'að nafni', 'skírður', 'skírð',
  // nl
  'heet', 'heette', 'noemt zich', 'noemde zich', 'noemt zichzelf', 'zijn naam is', 'haar naam is', 'zijn naam was',
  'haar naam was', 'stelde zich voor als', 'zei dat hij heette', 'zei dat ze heette', 'zijn voornaam is',
  'haar voornaam is', 'zijn achternaam is', 'haar achternaam is', 'met de naam', 'genaamd',
  // fr
  "s'appelle", "s'appelait", "m'appelle", 'se nomme', 'se nommait', 'se prénomme', 'son prénom est',
  'son nom est', "son prénom c'est", "son nom c'est", 'se présente comme', "s'est présenté comme",
  "s'est présentée comme", 'dit se nommer', "dit s'appeler", 'prénommé', 'prénommée', 'dénommé', 'dénommée',
  // de
  'heißt', 'heisst', 'hieß', 'hiess', 'nennt sich', 'nannte sich', 'sein name ist', 'ihr name ist',
  'sein name war', 'ihr name war', 'namens', 'stellte sich vor als', 'stellte sich als', 'sein vorname ist',
  'ihr vorname ist', 'sein nachname ist', 'ihr nachname ist', 'mit namen',
  // fi
  'nimeni on', 'nimensä on', 'nimi on', 'hänen nimensä on', 'hänen nimensä oli', 'nimensä oli',
  'kertoi olevansa', 'sanoi olevansa', 'kertoi nimekseen', 'sanoi nimekseen', 'kertoi nimensä olevan',
  'sanoi nimensä olevan', 'esittäytyi', 'esittäytyi nimellä', 'nimeltään', 'nimeltä', 'etunimi on',
  'etunimensä on', 'sukunimi on', 'sukunimensä on', 'kutsuu itseään',
  // sv
  'hette', 'kallar sig', 'kallade sig', 'hans namn är', 'hennes namn är', 'hans namn var', 'hennes namn var',
  'vid namn', 'presenterade sig som', 'sa att han heter', 'sa att hon heter', 'förnamnet är', 'efternamnet är',
  // en
  'his name is', 'her name is', 'their name is', 'his name was', 'her name was', 'their name was', "name's",
  'calls himself', 'calls herself', 'calls themselves', 'called himself', 'called herself', 'goes by',
  'went by', 'introduced himself as', 'introduced herself as', 'said his name was', 'said her name was',
  'said his name is', 'said her name is', 'his first name is', 'her first name is', 'his surname is',
  'her surname is', 'his last name is', 'her last name is', 'is called', 'was called', 'is named', 'was named',
];

/** Cues that also introduce things ("a game called Fortnite"): the word after must be a known first name. */
const WEAK_CUES = ['named', 'called', 'kalt', 'kaldt', 'kalla', 'appelé', 'appelée', 'nommé', 'nommée', 'genannt',
  'som', 'sem'];

/** Words that may stand between a cue and the name ("heiter visst Sindre", "heißt wohl Jonas", "is apparently Tom"). */
const HEDGES = ['visst', 'visstnok', 'vistnok', 'faktisk', 'egentlig', 'eigentleg', 'kanskje', 'wohl', 'eigentlich',
  'angeblich', 'vermutlich', 'echt', 'eigenlijk', 'blijkbaar', 'zogenaamd', 'vraiment', 'apparemment', 'soi-disant',
  'paraît-il', 'kuulemma', 'muka', 'oikeasti', 'ilmeisesti', 'víst', 'reyndar', 'tydligen', 'egentligen', 'visst',
  'apparently', 'supposedly', 'actually', 'really', 'allegedly', 'just', 'bare', 'bara', 'gewoon', 'juste', 'nur',
  'vain', 'bara', 'også', 'ook', 'auch', 'aussi', 'myös', 'líka', 'också', 'also'];

/** The cue alone, whatever the case ("Sein Vorname ist", "HEITIR"); the name after it is matched case-sensitively. */
const CUE = new RegExp(
  String.raw`(?<![\p{L}\p{N}_])(?:(?<strong>${alternation(STRONG_CUES)})|(?<weak>${alternation(WEAK_CUES)}))(?![\p{L}\p{N}_])`,
  'giu',
);
const NAME_AFTER_CUE = new RegExp(
  String.raw`(?:\s+(?:${alternation(HEDGES)}))?\s*:?\s*["«“„']?(?<name>${CAP}(?:\s+(?:${PARTICLE}\s+)?${CAP}){0,2}|\p{Ll}[\p{Ll}\p{M}]+)`,
  'uy',
);

/** A relative or friend named in apposition: "Mor til gutten, Tone Kristiansen", "Her brother, Noah Jensen". */
const RELATIVES = ['mor', 'moren', 'mora', 'mamma', 'mammaen', 'far', 'faren', 'pappa', 'pappaen', 'bror', 'broren', 'broa',
  'søster', 'søsteren', 'søstera', 'syster', 'systera', 'systern', 'kompis', 'kompisen', 'venn', 'vennen', 'venninne',
  'venninna', 'venninnen', 'ven', 'venen', 'veninne', 'kjæreste', 'kjæresten', 'stefar', 'stemor', 'onkel', 'tante',
  'bestemor', 'bestefar', 'kusine', 'fetter', 'móðir', 'mamma', 'faðir', 'pabbi', 'bróðir', 'systir', 'vinur',
  'vinkona', 'kærasti', 'kærasta', 'frændi', 'frænka', 'moeder', 'vader', 'broer', 'broertje', 'zus', 'zusje',
  'zuster', 'vriend', 'vriendin', 'vriendje', 'neef', 'nicht', 'oom', 'tante', 'mère', 'père', 'frère', 'sœur',
  'soeur', 'ami', 'amie', 'copain', 'copine', 'cousin', 'cousine', 'oncle', 'mutter', 'vater', 'bruder', 'schwester',
  'freund', 'freundin', 'cousin', 'onkel', 'äiti', 'isä', 'veli', 'pikkuveli', 'isoveli', 'sisko', 'isosisko',
  'pikkusisko', 'kaveri', 'ystävä', 'serkku', 'setä', 'täti', 'poikaystävä', 'tyttöystävä', 'mor', 'far', 'bror',
  'syster', 'lillebror', 'storebror', 'lillasyster', 'storasyster', 'kompis', 'vän', 'väninna', 'pojkvän',
  'flickvän', 'kusin', 'mother', 'father', 'mum', 'mom', 'dad', 'brother', 'sister', 'friend', 'boyfriend',
  'girlfriend', 'boy', 'girl', 'kid', 'teen', 'teenager', 'youngster', 'player', 'victim', 'gutten', 'guten', 'jenta',
  'ungdommen', 'eleven', 'spilleren', 'spelaren', 'offeret', 'drengurinn', 'strákurinn', 'stelpan', 'stúlkan', 'jongen', 'meisje',
  'speler', 'slachtoffer', 'garçon', 'fille', 'jeune', 'joueur', 'victime', 'junge', 'mädchen', 'jugendliche', 'spieler', 'opfer',
  'poika', 'tyttö', 'nuori', 'pelaaja', 'uhri', 'pojken', 'flickan', 'ungdomen', 'offret', 'cousin', 'uncle', 'aunt', 'stepfather', 'stepmother', 'classmate', 'klassekamerat', 'klassevenninne',
  'klasgenoot', 'camarade', 'klassenkamerad', 'luokkakaveri', 'klasskamrat', 'bekkjarfélagi'];
const RELATIVE_NAMED = new RegExp(
  String.raw`(?<![\p{L}])(?:${sentenceAlternation(RELATIVES)})(?:\s+(?:hans|hennes|hennar|hennar|deira|deres|til\s+\p{L}+|hans|zijn|haar|van\s+\p{L}+|sa|son|de\s+\p{L}+|du\s+\p{L}+|seine?|ihre?|des\s+\p{L}+|der\s+\p{L}+|hänen|pojan|tytön|nuoren|his|her|their|of\s+the\s+\p{L}+|hans|hennes|sin|sinn|sín|hennar)){0,2}\s*,\s*(?<name>${CAP}(?:\s+(?:${PARTICLE}\s+)?${CAP}){1,2})`,
  'gu',
);

/** "Matti-niminen poika", "a boy by the name of" come before or around the name. */
const NAME_BEFORE_CUE = new RegExp(String.raw`(?<name>${CAP})-nimi(?:nen|sen|stä|selle|sellä)`, 'gu');

/** Things that "heter" too ("Serveren heter Hypixel"): with one of them just before the cue, the word is no name. */
const THING_BEFORE =
  /(?:server|serveren|servern|serveur|kanal|kanalen|kanaal|channel|salon|spillet|spelet|spel|spiel|game|jeu|peli|pelin|leikurinn|leikur|gruppa|gruppe|gruppen|groep|groupe|group|ryhmä|klan|klanen|clan|klaani|guild|team|teamet|laget|équipe|joukkue|map|mappen|kartan|kortet|world|verden|världen|maailma|app|appen|sovellus|skin|skinnet|skinn|karakteren|karakter|personage|personnage|figur|hahmo|hahmon|avatar|bot|boten|botti|pet|hunden|katten|hund|hond|kat|chien|chat|katze|koira|kissa|hundurinn|kötturinn|stream|kampanjen|campaign|song|sangen|låten|film|filmen|serie|serien|bok|boka|boken|book|livre|buch|kirja|bókin|youtuber|streamer|streameren|rapper|artist|band|bandet|cat|dog|horse|hesten|hest)\S{0,3}\s+(?:\S+\s+){0,2}$/iu;

/** Surnames recognised by their shape alone (Nordic patronymics and Finnish -nen names), inflected forms included. */
const STRONG_SURNAME_SHAPE =
  /(?:sen|ssen|son|sson|sons|ssons|syni|sonar|dóttir|dottir|dóttur|dottur|dóttur|dotter|ainen|äinen|aisen|äisen|nen|sen|selle|sella|sellä|sesta|sestä|stad|rud|heim|haug|bakken|lien|vik|dal|dahl|berg|lund|ström|strøm|qvist|kvist|gren|holm|vries|jong|boer|bakker|visser|smit|meijer|mulder|dijk|huis|hout|veld|mans|aerts|aert|ens|mann|maier|meier|müller|schmidt|schneider|fischer|weber|wagner|becker|hoffmann|koch|richter|klein|wolf|neumann|schulz|dupont|durand|lefebvre|lambert|dubois|martin|bernard|petit|leroy|moreau|simon|laurent|michel|garcia|peeters|janssens|maes|jacobs|mertens|willems|claes|goossens|wouters|lä|la)$/iu;

function isNotAPerson(phrase: string): boolean {
  const lower = phrase.toLowerCase().replace(/\s+/g, ' ');
  return NOT_A_PERSON.has(lower) || (NOT_A_PERSON.has(lower.split(' ')[0]) && !lower.includes(' ')) || isFamous(phrase);
}

const FAMOUS = FAMOUS_PEOPLE.map((name) => name.split(' '));

/** Two words are the same name when they differ only in a case ending ("Markkanen", "Markkasesta"; "Gylfi", "Gylfa"). */
function sameName(written: string, known: string): boolean {
  let common = 0;
  while (common < written.length && common < known.length && written[common] === known[common]) common++;
  return common === known.length || (common >= 4 && common >= Math.min(written.length, known.length) - 3);
}

/** A famous person, also inflected: "Lauri Markkasesta", "Gylfa Sigurðsson", "Kevin De Bruyne". */
function isFamous(phrase: string): boolean {
  const words = phrase.toLowerCase().split(/\s+/);
  if (words.length === 1) return FAMOUS.some((known) => known.length === 1 && known[0] === words[0]);
  return FAMOUS.some(
    (known) =>
      known.length >= words.length &&
      words.length >= Math.min(2, known.length) &&
      words.every((w, i) => sameName(w, known[i])),
  );
}

/** Tries a word as written and without the case endings of Finnish and Icelandic ("Matille", "Guðrúnu"). */
const CASE_ENDINGS = ['ille', 'lle', 'lla', 'llä', 'lta', 'ltä', 'ssa', 'ssä', 'sta', 'stä', 'ksi', 'ineen', 'na', 'nä',
  'n', 'a', 'ä', 'u', 'i', 'ur', 'ar', 's', 'ar', 'ir', 'e'];
function isFirstName(word: string, firstNames: ReadonlySet<string>): boolean {
  const lower = word.toLowerCase();
  if (firstNames.has(lower)) return true;
  if (lower.length < 4) return false;
  for (const ending of CASE_ENDINGS) {
    if (!lower.endsWith(ending) || lower.length - ending.length < 3) continue;
    const stem = lower.slice(0, -ending.length);
    if (firstNames.has(stem)) return true;
    // Finnish gradation: "Matin" is Matti's, "Pekan" Pekka's.
    const doubled = stem.replace(/([ptk])([aeiouyäö])$/u, '$1$1$2');
    if (doubled !== stem && firstNames.has(doubled)) return true;
    if (firstNames.has(stem + 'i') || firstNames.has(stem + 'a') || firstNames.has(stem + 'ä')) return true;
  }
  return false;
}

function isSurname(word: string, surnames: ReadonlySet<string>): boolean {
  return surnames.has(word.toLowerCase()) || (word.length >= 5 && STRONG_SURNAME_SHAPE.test(word));
}

/** Words that start a sentence and are capitalised only for that ("Ikke", "Niet"): never a name after a cue. */
const FUNCTION_WORDS = new Set(
  ('ikke ikkje not niet nicht pas ei ekki inte noe noko något something iets quelque etwas jotain eitthvað ' +
    'det den han hun ho hen hann hún það he she it they er ze hij zij il elle er sie hän se hon de ' +
    'unknown ukjent ukjend onbekend inconnu unbekannt tuntematon óþekkt okänd sånn slik so such hva what wat quoi ' +
    'was mikä hvað vad the een une ein eine yksi einn ett en et og and en und ja och og mais maar aber mutta en men').split(' '),
);

const NAME_WORD = new RegExp(CAP, 'gu');
const PATRONYMIC_PAIR = new RegExp(
  String.raw`(?<![\p{L}\p{N}_])(?<first>${CAP})\s+(?<second>\p{Lu}[\p{Ll}\p{M}]{2,}(?:dóttir|dóttur|dottir|dottur|dotter|sson|ssen|sen|son|ainen|äinen|aisen|äisen|aiselle|äiselle|nen))(?![\p{L}\p{N}_-])`,
  'gu',
);
/** Words that end like a patronymic but are none ("Person", "Season", "Maison", "Essen"). */
const NOT_PATRONYMIC = new Set(
  'person persoon personen season saison reason lesson poison maison chanson garçon raison frisson unisson hessen essen wissen wesen besen ofen nissen jensen-saken samen hansen-saken'.split(' '),
);
const PARTICLE_WORD = /^(?:Van|De|Der|Den|Du|Des|Le|La|Von|Ten|Ter|Di|Da|Del|Af)$/u;

export function findNames(text: string): Candidate[] {
  const { firstNames, surnames } = nameLexicon();
  const found: Candidate[] = [];

  for (const cue of matchesOf(CUE, text)) {
    NAME_AFTER_CUE.lastIndex = cue.index + cue[0].length;
    const after = NAME_AFTER_CUE.exec(text);
    if (!after) continue;
    const m = { index: cue.index, 0: cue[0] + after[0] } as const;
    const groups: { strong?: string; weak?: string; name?: string } = { ...cue.groups, name: after.groups?.name };
    let name = groups.name ?? '';
    if (FUNCTION_WORDS.has(name.toLowerCase().split(/\s+/)[0])) continue;
    const start = m.index + m[0].length - name.length;
    const lowerCase = /^\p{Ll}/u.test(name);
    if (lowerCase && (groups.weak !== undefined || !firstNames.has(name.toLowerCase()))) continue;
    // Only the words that look like a name: "Kari og" stops at "og", "Lucas Dupont Il" is not three names.
    const words = name.split(/\s+/);
    const kept = [words[0]];
    for (let i = 1; i < words.length; i++) {
      const w = words[i];
      const isParticle = WHOLE_PARTICLE.test(w);
      const next = words[i + 1];
      if (isParticle && next) {
        kept.push(w, next);
        i++;
      } else if (isFirstName(w, firstNames) || isSurname(w, surnames) || i === 1) kept.push(w);
      else break;
    }
    name = kept.join(' ');
    if (isNotAPerson(name) || FUNCTION_WORDS.has(name.toLowerCase())) continue;
    if (groups.weak !== undefined) {
      if (!isFirstName(words[0], firstNames) && !(words[1] && isSurname(words[1], surnames))) continue;
    } else if (!isFirstName(words[0], firstNames) && THING_BEFORE.test(text.slice(Math.max(0, m.index - 40), m.index))) {
      continue;
    }
    // With one word after a cue, a trailing second word only belongs when it is a surname ("Kari Hansen", not "Kari Hun").
    const parts = name.split(/\s+/);
    if (parts.length === 2 && !isSurname(parts[1], surnames) && !isFirstName(parts[1], firstNames)) name = parts[0];
    found.push({ kind: 'PERSON_NAME', start, end: start + name.length });
  }

  for (const m of matchesOf(RELATIVE_NAMED, text)) {
    const name = m.groups?.name ?? '';
    if (isNotAPerson(name) || isFamous(name)) continue;
    const start = m.index + m[0].length - name.length;
    found.push({ kind: 'PERSON_NAME', start, end: start + name.length });
  }

  for (const m of matchesOf(NAME_BEFORE_CUE, text)) {
    const name = m.groups?.name ?? '';
    if (!isNotAPerson(name)) found.push({ kind: 'PERSON_NAME', start: m.index, end: m.index + name.length });
  }

  // Any capitalised word before a patronymic or a Finnish -nen name: "Jóhönnu Sigurðardóttur", "Pekan Virtasen".
  for (const m of matchesOf(PATRONYMIC_PAIR, text)) {
    const [first, second] = [m.groups?.first ?? '', m.groups?.second ?? ''];
    if (FUNCTION_WORDS.has(first.toLowerCase()) || NOT_A_PERSON.has(first.toLowerCase())) continue;
    if (NOT_PATRONYMIC.has(second.toLowerCase()) || isNotAPerson(`${first} ${second}`)) continue;
    found.push({ kind: 'PERSON_NAME', start: m.index, end: m.index + m[0].length });
  }

  // First name + surname.
  const words = [...matchesOf(NAME_WORD, text)].map((m) => ({ word: m[0], start: m.index, end: m.index + m[0].length }));
  for (let i = 0; i < words.length - 1; i++) {
    const first = words[i];
    if (!isFirstName(first.word, firstNames) && !firstNames.has(first.word.split('-')[0].toLowerCase())) continue;
    let j = i + 1;
    let end = first.end;
    let matched = false;
    while (j < words.length) {
      const gap = text.slice(end, words[j].start);
      const viaParticle = PARTICLE_GAP.test(gap);
      if (!/^\s+$/u.test(gap) && !viaParticle) break;
      const w = words[j].word;
      const particle = PARTICLE_WORD.test(w) && j + 1 < words.length && /^\s+$/u.test(text.slice(words[j].end, words[j + 1].start));
      if (particle) {
        end = words[j + 1].end;
        matched = true;
        j += 2;
        continue;
      }
      if (viaParticle || isSurname(w, surnames) || (isFirstName(w, firstNames) && j + 1 < words.length && /^\s+$/.test(text.slice(words[j].end, words[j + 1].start)) && isSurname(words[j + 1].word, surnames))) {
        end = words[j].end;
        matched = true;
        j++;
      } else break;
    }
    if (!matched) continue;
    const phrase = text.slice(first.start, end);
    if (isNotAPerson(phrase) || NOT_A_PERSON.has(first.word.toLowerCase()) && NOT_A_PERSON.has(words[i + 1].word.toLowerCase())) continue;
    if (NOT_A_PERSON.has(words[i + 1].word.toLowerCase())) continue;
    found.push({ kind: 'PERSON_NAME', start: first.start, end });
    i = j - 1;
  }
  return found;
}
