import { clean, CorpusNote, withIds } from './corpus-note';

/**
 * Round twenty-three: written blind, before the detector was run on it. The notes are about code-switching and
 * cross-border situations on joint patrols: an officer writes in one language and quotes a young person in another,
 * identifiers come in the other country's format (a Swedish mobile in a Norwegian note, a Finnish henkilötunnus in a
 * Swedish note, a Belgian rijksregisternummer in a Dutch note, German and Danish phones, a UK postcode), English words
 * for identifiers stand inside other languages, and the names are those of immigrant families. The clean notes keep
 * the same mix with famous people of immigrant background, foreign towns and countries, quoted phrases and numbers
 * that are not identifiers.
 */
export const ROUND_TWENTY_THREE: Readonly<Record<string, readonly CorpusNote[]>> = {
  en: [
    withIds(
      'Joint patrol with the Norwegian team on Fortnite: the boy said "jeg heter Yusuf Ahmadi" and that he lives in Drammen; we went through his privacy settings with him',
      'Yusuf Ahmadi',
    ),
    withIds(
      'Dutch colleague translated for us: the girl wrote "mijn nummer is 06-41827395" in open chat before we could stop her, we asked her to delete it',
      '06-41827395',
    ),
    withIds(
      'The lad in the Roblox lobby had a Belgian mobile, +32 478 61 29 04, in his bio; advised him to take it down',
      '+32 478 61 29 04',
    ),
    withIds(
      'He gave his address as 27 Elm Grove, LS6 2QP and said his cousin Hamza stays there at weekends',
      '27 Elm Grove, LS6 2QP',
      'Hamza',
    ),
    withIds(
      'Norwegian girl said "snappen min er noor_xo_2011" and that she is in 8C at Tøyen skole, the Oslo officer explained why that should stay private',
      'noor_xo_2011',
      '8C at Tøyen skole',
    ),
    withIds(
      'He pasted his Swedish personnummer 100412-2386 because a "giveaway" asked for it, and his email too: mateusz dot kowalski at outlook dot com',
      '100412-2386',
      'mateusz dot kowalski at outlook dot com',
    ),
    clean(
      'Chatted with a group of Dutch kids on Minecraft; they kept saying "echt niet normaal" about the update and asked if Virgil van Dijk plays Fortnite',
    ),
    clean(
      'A boy from Bergen, 14, asked whether Erling Haaland has a Discord; we explained verified badges and played two rounds on the EU West server',
    ),
    clean(
      'Kid from Rotterdam had saved €25 for V-Bucks; we talked about free-skin scams and gave him the Kindertelefoon number 0800-0432',
    ),
    clean(
      'Norwegian teens said "det er helt sykt" about the match where Bukayo Saka scored twice; squad at level 37, no concerns',
    ),
    clean(
      'Talked to a 13-year-old in a Belgian Roblox lobby about grooming signs; she asked if Romelu Lukaku and Jérémy Doku are friends. Pointed her to Child Focus on 116 000',
    ),
    clean(
      'Two brothers from Gdańsk now living in Oslo switched between Polish and Norwegian, watched Robert Lewandowski highlights and were Diamond 2; advised on two-factor login',
    ),
  ],
  nb: [
    withIds(
      'Snakket med en svensk gutt på Fortnite som sa «jag heter Ali Hussein och bor i Malmö». Han ville ha tips om personverninnstillinger.',
      'Ali Hussein',
    ),
    withIds(
      'Jenta skrev «ring mig på 070-482 19 63» i åpen chat, vi ba henne slette meldingen med en gang.',
      '070-482 19 63',
    ),
    withIds(
      'Gutten sa at hans username er DarkEmir_07 og at lillesøsteren Leyla også spiller på samme konto.',
      'DarkEmir_07',
      'Leyla',
    ),
    withIds(
      'Hun oppga fødselsnummeret sitt, 140310 51267, fordi en «gratis skins»-side ba om det. Vi forklarte at det er svindel.',
      '140310 51267',
    ),
    withIds(
      'Gutten bor i Storgata 41B i Drammen sammen med kusinen Aisha, sa han, og hun har et dansk nummer, +45 31 72 84 05.',
      'Storgata 41B',
      'Aisha',
      '+45 31 72 84 05',
    ),
    withIds(
      'Hennes insta er aleksandra.nowak.11 og hun går i 9A på Hovseter skole, fortalte hun på en blanding av polsk og norsk.',
      'aleksandra.nowak.11',
      '9A på Hovseter skole',
    ),
    clean(
      'Svenske ungdommer i Minecraft-lobbyen sa «det är skitbra» om oppdateringen og spurte om Zlatan spiller FIFA. Ingen bekymringer.',
    ),
    clean(
      'En gutt fra Göteborg, 13 år, hadde brukt 349 kronor på Robux. Vi snakket om svindel og ga ham nummeret til BRIS, 116 111.',
    ),
    clean(
      'Patruljerte sammen med svensk kollega på Discord-serveren «Norden Gaming» fra kl. 19.00 til 21.30; 48 brukere pålogget.',
    ),
    clean('Jentene snakket om Karpe og Unge Ferrari og lurte på om politiet hører på rap. Vi svarte ja.'),
    clean(
      'En 15-åring fra Stockholm sa at han var «helt slut» etter turneringen. Nivå 52, laget kom på 3. plass.',
    ),
    clean(
      'Gutten har familie i Somalia og Sverige og spurte hvordan man sier fra om trakassering; vi viste ham rapportknappen og tipssiden til Kripos.',
    ),
  ],
  nn: [
    withIds(
      'Snakka med ein gut frå Stavanger som sa at han heiter Mateusz Kowalski og at mora kjem frå Gdańsk.',
      'Mateusz Kowalski',
    ),
    withIds(
      'Jenta skreiv «my snap is fatima.osman09» midt i den norske praten og sa at ho går i 9B på Årstad skule. Vi bad ho fjerne det.',
      'fatima.osman09',
      '9B på Årstad skule',
    ),
    withIds(
      'Han gav oss det tyske mobilnummeret sitt, 0151 24683917, fordi han bur halve året hjå faren i Hamburg.',
      '0151 24683917',
    ),
    withIds(
      'Ho fortalde at ho bur i Haugevegen 12 på Voss saman med veslebroren Ayaan.',
      'Haugevegen 12',
      'Ayaan',
    ),
    withIds(
      'Guten skreiv e-posten sin med ord: dawit punkt haile krøllalfa gmail punkt com. Vi forklarte kvifor det ikkje er lurt.',
      'dawit punkt haile krøllalfa gmail punkt com',
    ),
    withIds(
      'Ho limte inn fødselsnummeret 02110956374 i chatten etter ein falsk «Vipps-gevinst».',
      '02110956374',
    ),
    clean(
      "Tre gutar frå Bergen snakka engelsk og norsk om kvarandre, «that's so sus», og spurde om Martin Ødegaard spelar Fortnite.",
    ),
    clean(
      'Ei jente på 14 år frå Førde spurde kva ho skal gjere når nokon sender ho ekle meldingar. Vi gav ho Alarmtelefonen for barn og unge, 116 111.',
    ),
    clean(
      'Patruljerte på Roblox med ein dansk kollega frå kl. 18.30. Ungdomane synest det var rart å høyre «hyggeligt at møde jer» frå politiet.',
    ),
    clean(
      'Guten har familie i Eritrea og vil bli like god som Mohamed Salah. Han er på nivå 61 og har 2300 trofé.',
    ),
    clean(
      'Ein gjeng frå Ålesund heia på Bodø/Glimt og song på arabisk og norsk i voicechatten. Ingen bekymringar.',
    ),
    clean(
      'Vi forklarte korleis ein rapporterer brukarar. Ungdomane hadde betalt 99 kroner for battle pass og spelte på EU-serveren til 22.15.',
    ),
  ],
  nl: [
    withIds(
      "Gesprek met een Franstalige jongen uit Brussel die zei « je m'appelle Amir Yilmaz » en vroeg of we echte agenten zijn.",
      'Amir Yilmaz',
    ),
    withIds(
      "Haar insta is noor.haile_ en ze zei erbij « c'est privé hein ». We hebben uitgelegd waarom dat niet zo is.",
      'noor.haile_',
    ),
    withIds(
      'Hij gaf zijn Belgisch gsm-nummer 0479 36 52 18 in de chat, omdat hij bij zijn moeder in Hasselt woont.',
      '0479 36 52 18',
    ),
    withIds(
      'Het meisje woont in de Kerkstraat 17 in Genk, samen met haar nicht Fatima, vertelde ze in het Frans.',
      'Kerkstraat 17',
      'Fatima',
    ),
    withIds(
      'Hij plakte zijn rijksregisternummer 10.03.17-123.15 in een « formulaire » van een nepwebsite voor gratis skins.',
      '10.03.17-123.15',
    ),
    withIds(
      'Zijn BSN 274183067 stond op een foto van zijn zorgpas die hij in de Discord had gezet, en hij zit in 2B op het Erasmus College.',
      '274183067',
      '2B op het Erasmus College',
    ),
    clean(
      "Franstalige jongeren uit Luik zeiden « c'est trop stylé » over de nieuwe map en vroegen of Romelu Lukaku ook Fortnite speelt.",
    ),
    clean(
      'Een meisje van 13 uit Antwerpen vroeg wat ze moet doen bij chantage; we gaven haar het nummer van Awel, 102, en van de Kindertelefoon, 0800-0432.',
    ),
    clean(
      'Samen met een Waalse collega gepatrouilleerd in Roblox van 19.00 tot 21.00 uur; 64 spelers op de server, niets verontrustends.',
    ),
    clean(
      'De jongens praatten Turks en Nederlands door elkaar en waren fan van Arda Güler en Hakim Ziyech; ze zaten op rank Platinum 3.',
    ),
    clean(
      "Een jongen uit Maastricht had € 45 uitgegeven aan skins en zei « j'ai été arnaqué »; we legden uit hoe je aangifte doet via politie.nl.",
    ),
    clean(
      'Meisje met familie in Marokko en Frankrijk vroeg of Stromae echt uit Brussel komt; daarna samen een potje Among Us gespeeld.',
    ),
  ],
  fr: [
    withIds(
      "Un jeune Flamand de Gand m'a dit « ik heet Emir Demir » en rigolant, il voulait savoir si on était de vrais policiers.",
      'Emir Demir',
    ),
    withIds(
      "Son discord c'est zainab.osman12, elle l'a tapé dans le chat public sans réfléchir.",
      'zainab.osman12',
    ),
    withIds(
      "Il a donné son numéro néerlandais, 06 2739 4851, parce qu'il vit à Maastricht chez son père une semaine sur deux.",
      '06 2739 4851',
    ),
    withIds(
      'La fille habite rue des Tanneurs 58 à Bruxelles avec son cousin Yusuf, nous a-t-elle dit en néerlandais.',
      'rue des Tanneurs 58',
      'Yusuf',
    ),
    withIds(
      'Il a écrit son adresse mail en toutes lettres : hamza point ahmadi arobase hotmail point be.',
      'hamza point ahmadi arobase hotmail point be',
    ),
    withIds(
      "Elle a recopié son numéro de registre national 11.09.05-284.83 sur un faux site de « cartes cadeaux » et nous a dit qu'elle est en 2e secondaire à l'Athénée Royal d'Uccle.",
      '11.09.05-284.83',
      "2e secondaire à l'Athénée Royal d'Uccle",
    ),
    clean(
      "Des ados d'Anvers parlaient flamand entre eux, « dat is zot », et m'ont demandé si Jérémy Doku joue à FIFA.",
    ),
    clean(
      "Une fille de 14 ans de Namur m'a demandé quoi faire contre le harcèlement ; je lui ai donné le 103 d'Écoute-Enfants.",
    ),
    clean(
      'Patrouille commune avec un collègue de Maastricht sur Roblox de 20h à 22h ; 37 joueurs sur le serveur, rien à signaler.',
    ),
    clean(
      'Les garçons parlaient arabe et français et écoutaient Damso et Stromae ; ils étaient au niveau 48.',
    ),
    clean(
      'Un gamin de Liège avait payé 19,99 € pour un pass et répétait « het was oplichting » ; on lui a expliqué comment porter plainte.',
    ),
    clean(
      'Elle a de la famille au Congo et en Turquie et rêve de jouer comme Romelu Lukaku ; on a fait deux parties de Rocket League.',
    ),
  ],
  de: [
    withIds(
      "Ein Junge aus Eupen sagte « moi c'est Nikola Popescu » und fragte, ob wir echte Polizisten sind.",
      'Nikola Popescu',
    ),
    withIds('Sein Handle ist ArdaKing_2010, das hat er im öffentlichen Chat gepostet.', 'ArdaKing_2010'),
    withIds(
      "Sie gab ihre belgische Handynummer 0485 27 93 61 an, « pour qu'on puisse l'appeler », wie sie sagte.",
      '0485 27 93 61',
    ),
    withIds(
      'Er wohnt in der Hauptstraße 23 in Raeren, zusammen mit seinem Cousin Dawit, erzählte er halb auf Französisch.',
      'Hauptstraße 23',
      'Dawit',
    ),
    withIds(
      'Seine deutsche Nummer +49 176 38291047 stand in seiner Bio, weil er in Aachen in die 8b am Pius-Gymnasium geht.',
      '+49 176 38291047',
      '8b am Pius-Gymnasium',
    ),
    withIds(
      'Sie hat ihre Nationalregisternummer 09112207149 in ein « formulaire » auf einer Fake-Seite eingetragen, dazu die Mail oskar punkt nowak at gmx punkt de ihres Bruders.',
      '09112207149',
      'oskar punkt nowak at gmx punkt de',
    ),
    clean(
      "Jugendliche aus Sankt Vith redeten Deutsch und Französisch durcheinander, « c'est ouf », und wollten wissen, ob Kylian Mbappé Fortnite spielt.",
    ),
    clean(
      'Ein 13-jähriges Mädchen aus Kelmis fragte, was sie bei Erpressung tun kann; wir nannten ihr die Nummer gegen Kummer 116 111 und Écoute-Enfants 103.',
    ),
    clean(
      'Gemeinsame Streife mit der Polizeizone Weser-Göhl auf Roblox von 18 bis 20 Uhr; 52 Spieler online, nichts Auffälliges.',
    ),
    clean(
      'Die Jungs hörten Capital Bra und Stromae und waren auf Level 74; sie fanden es « trop bizarre », dass die Polizei mitspielt.',
    ),
    clean(
      'Ein Junge aus Lüttich hatte 24,99 € für Skins ausgegeben und wurde betrogen; wir erklärten, wie man Anzeige erstattet.',
    ),
    clean(
      'Sie hat Familie in Syrien und in der Türkei und ist Fan von İlkay Gündoğan; wir spielten zwei Runden Among Us.',
    ),
  ],
  is: [
    withIds('Strákurinn sagði „my name is Ali Osman“ á ensku og sagðist búa í Breiðholti.', 'Ali Osman'),
    withIds(
      'Stelpan skrifaði „add me on snap, aisha.demir10“ í opna spjallið og við báðum hana að eyða því.',
      'aisha.demir10',
    ),
    withIds(
      "Hann gaf upp símanúmerið sitt, 862 4719, í spjallinu þegar einhver spurði „what's your number bro“.",
      '862 4719',
    ),
    withIds(
      'Hún sagðist búa á Hringbraut 84 ásamt Yusuf frænda sínum, sem er líka með danskt númer, +45 28 61 93 07.',
      'Hringbraut 84',
      'Yusuf',
      '+45 28 61 93 07',
    ),
    withIds(
      'Hann setti kennitöluna sína, 140310-3440, inn á falska síðu sem lofaði „free V-Bucks“.',
      '140310-3440',
    ),
    withIds(
      'Hún sagði að gamertaggið sitt væri NoorGamerIS og að hún væri í 8. bekk í Hólabrekkuskóla.',
      'NoorGamerIS',
      '8. bekk í Hólabrekkuskóla',
    ),
    clean('Strákarnir sögðu „GG, easy win“ eftir leikinn og spurðu hvort Erling Haaland spili Fortnite.'),
    clean(
      'Þrettán ára stelpa frá Reykjanesbæ spurði hvað hún ætti að gera ef einhver hótar henni; við bentum henni á Hjálparsíma Rauða krossins, 1717.',
    ),
    clean(
      'Sameiginleg eftirlitsferð með norskum lögreglumanni á Roblox frá kl. 20 til 22; 41 spilari á þjóninum, ekkert athugavert.',
    ),
    clean('Krakkarnir töluðu pólsku og íslensku til skiptis og horfa á Kai Cenat; þau voru á stigi 33.'),
    clean(
      'Strákur frá Akureyri hafði eytt 4.990 krónum í skins og sagði „I got scammed“; við útskýrðum hvernig á að tilkynna svik.',
    ),
    clean(
      'Hún á fjölskyldu í Sýrlandi og Póllandi og heldur mikið upp á Mohamed Salah; við spiluðum tvo leiki í Rocket League.',
    ),
  ],
  fi: [
    withIds(
      'Juttelin vaasalaisen pojan kanssa, joka sanoi ruotsiksi ”jag heter Oskar Nowak” ja kysyi, olemmeko oikeita poliiseja.',
      'Oskar Nowak',
    ),
    withIds('Hänen snapinsa on leyla.haile11, sen hän kirjoitti julkiseen chattiin.', 'leyla.haile11'),
    withIds(
      'Tyttö antoi ruotsalaisen numeronsa +46 73 518 26 40 ja sanoi ”ring om du vill”, koska hän asuu osan vuotta Haaparannalla.',
      '+46 73 518 26 40',
    ),
    withIds(
      'Hän kertoi asuvansa osoitteessa Mannerheimintie 112, ja hänen serkkunsa Hamza asuu samassa asunnossa.',
      'Mannerheimintie 112',
      'Hamza',
    ),
    withIds(
      'Poika liitti henkilötunnuksensa 120310A468U valesivulle, joka lupasi ”gratis skins”. Hänen numeronsa 040 738 2915 oli myös profiilissa.',
      '120310A468U',
      '040 738 2915',
    ),
    withIds(
      'Hänen sähköpostinsa on mohammed piste hussein ät gmail piste com, ja hän on 8B-luokalla Kallion yläkoulussa.',
      'mohammed piste hussein ät gmail piste com',
      '8B-luokalla Kallion yläkoulussa',
    ),
    clean(
      'Vaasalaiset nuoret puhuivat sekaisin suomea ja ruotsia, ”det är så sjukt”, ja kysyivät, pelaako Zlatan Ibrahimović Fortnitea.',
    ),
    clean(
      '13-vuotias tyttö Oulusta kysyi, mitä tehdä, jos joku kiristää häntä; annoimme hänelle Lasten ja nuorten puhelimen numeron 116 111.',
    ),
    clean(
      'Yhteispartio ruotsalaisen kollegan kanssa Robloxissa klo 19–21; palvelimella 58 pelaajaa, ei huomautettavaa.',
    ),
    clean(
      'Pojat kuuntelivat Gettomasaa ja Yasinia ja olivat tasolla 66; heidän mielestään oli ”helt galet”, että poliisi pelaa.',
    ),
    clean(
      'Espoolainen poika oli maksanut 29,90 € skineistä ja tuli huijatuksi; neuvoimme, miten rikosilmoitus tehdään netissä.',
    ),
    clean(
      'Tytöllä on sukua Somaliassa ja Ruotsissa, ja hän ihailee Glen Kamaraa; pelasimme kaksi erää Among Usia.',
    ),
  ],
  sv: [
    withIds(
      'Pratade med en pojke från Esbo som sade ”mä oon Ayaan Osman” och frågade om vi är riktiga poliser.',
      'Ayaan Osman',
    ),
    withIds('Hennes insta är fatima_ahmadi.09, det skrev hon i den öppna chatten.', 'fatima_ahmadi.09'),
    withIds('Pojken gav sitt nummer 050 462 8173 och sade ”soita jos haluut”.', '050 462 8173'),
    withIds(
      'Han klistrade in sin henkilötunnus 050911A732X på en falsk sida som lovade ”ilmaisia skinejä”.',
      '050911A732X',
    ),
    withIds(
      'Flickan bor på Handelsesplanaden 14 i Vasa tillsammans med sin kusin Zainab, berättade hon på finska.',
      'Handelsesplanaden 14',
      'Zainab',
    ),
    withIds(
      'Han har också ett svenskt personnummer, 110623-4576, eftersom han bodde i Göteborg, och går nu i 8C i Kungsvägens skola.',
      '110623-4576',
      '8C i Kungsvägens skola',
    ),
    clean(
      'Ungdomar från Helsingfors pratade finska och svenska om vartannat, ”ihan sama”, och frågade om Zlatan spelar FIFA.',
    ),
    clean(
      'En 14-årig flicka från Jakobstad frågade vad hon ska göra om någon hotar henne; vi gav henne numret till Barn- och ungdomstelefonen, 116 111.',
    ),
    clean(
      'Gemensam patrull med en norsk kollega i Minecraft kl. 18–20; 44 spelare på servern, inget att anmärka.',
    ),
    clean(
      'Pojkarna lyssnade på Yasin och Einár och var på nivå 57; de tyckte det var ”tosi outoa” att polisen spelar.',
    ),
    clean(
      'En pojke från Åbo hade betalat 14,99 € för ett battle pass och blev lurad; vi förklarade hur man gör en brottsanmälan på nätet.',
    ),
    clean(
      'Hon har släkt i Irak och Turkiet och är ett fan av Alexander Isak; vi spelade två matcher Rocket League.',
    ),
  ],
};
