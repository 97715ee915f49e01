/**
 * Round sixty-seven: written blind, before the detector was run on it.
 * Short issue-tracker-style notes, each built around one identifier as a young person gave it (e-mail in words, handle
 * after a platform, spaced or dashed ID number, grouped phone, address with postcode, school and class); clean notes just as short.
 */
import { clean, CorpusNote, withIds } from './corpus-note';

export const ROUND_SIXTY_SEVEN: Readonly<Record<string, readonly CorpusNote[]>> = {
  en: [
    withIds(
      'Boy (13) from Tromsø gave his email as jonas.strand09 at hotmail dot com.',
      'jonas.strand09 at hotmail dot com',
    ),
    withIds(
      'Girl (11) on Roblox said her TikTok is @zaynab.rose_x; the adult who messaged her uses Mark_1987uk.',
      '@zaynab.rose_x',
      'Mark_1987uk',
    ),
    withIds('Dutch boy typed his BSN as 306 192 743 in the Discord chat; message removed.', '306 192 743'),
    withIds('Finnish girl asked us to call her mum on 040 718 2295.', '040 718 2295'),
    withIds(
      'Boy said he is Aleksander Nowak in 7B at Hovseter skole, Oslo.',
      'Aleksander Nowak',
      '7B at Hovseter skole',
    ),
    clean(
      'Patrol 2 on Fortnite from 18:00 to 21:30, talked with about 14 kids aged 11–15, no incidents. Case 24/1187 sent to Kripos.',
    ),
    clean(
      'Kids in Reykjavík asked if MrBeast is real and whether Steve from Minecraft can die; told them to call 112 if in danger.',
    ),
    clean(
      'Boy (12) in Espoo showed the private server code 48213907 for a Roblox horror game; nothing of concern.',
    ),
    clean(
      'Girl (10) from Ghent named her hamster Charlie and her Minecraft world Rose Garden. She is in 5th grade.',
    ),
    clean(
      'Sergeant Lindqvist and Inspector Peeters covered Twitch 20:00–23:00; 3 chats, all referred to 116 111.',
    ),
  ],
  nb: [
    withIds(
      'Gutten (12) oppga e-posten sin som mathias.berhe10 alfakrøll gmail punktum com.',
      'mathias.berhe10 alfakrøll gmail punktum com',
    ),
    withIds(
      'Jentas Snapchat er mariam.hx, sa hun på Roblox. Mannen som skrev til henne kalte seg «onkel_tor».',
      'mariam.hx',
      'onkel_tor',
    ),
    withIds(
      'Gutt (12) skrev fødselsnummeret sitt i Fortnite-chatten: 14 02 12 534 81. Meldingen er slettet.',
      '14 02 12 534 81',
    ),
    withIds('Gutten ba oss ringe faren hans på 9 2 4 1 7 3 0 8.', '9 2 4 1 7 3 0 8'),
    withIds(
      'Jenta heter Thea Nguyen (11) og bor i Trondheimsveien 182, 0570 Oslo.',
      'Thea Nguyen',
      'Trondheimsveien 182, 0570 Oslo',
    ),
    clean('Patrulje på Discord kl. 19–22, snakket med 23 ungdommer mellom 10 og 16 år. Ingen saker.'),
    clean(
      'Gutt (13) fra Bodø spurte om Erling Haaland spiller Fortnite. Henvist til Alarmtelefonen 116 111.',
    ),
    clean('Jente (15) delte Fortnite-koden 4826-1937-5502 til banen hun har laget. Ikke noe å følge opp.'),
    clean('Sak 24-118734 opprettet etter tips fra Nettpatruljen. Politibetjent Solberg følger opp.'),
    clean(
      'Tre gutter fra Lillestrøm i 8. klasse spurte hvordan man blir politi. Svarte på spørsmål i 45 minutter.',
    ),
  ],
  nn: [
    withIds(
      'Guten heiter Eirik Tveit og går i 9B på Voss ungdomsskule, sa han på Discord.',
      'Eirik Tveit',
      '9B på Voss ungdomsskule',
    ),
    withIds(
      'Instagram-kontoen til jenta er solveig.ullensvang_, og ho har fått meldingar frå ein vaksen som kallar seg «Bjørn_47».',
      'solveig.ullensvang_',
      'Bjørn_47',
    ),
    withIds('Jenta (13) bad oss ringje mor hennar på 41 27 83 96.', '41 27 83 96'),
    withIds('Han skreiv personnummeret sitt i chatten på Roblox: 030910–71818.', '030910–71818'),
    withIds(
      'Sara Tesfay (11) bur i Fjellvegen 14, 6856 Sogndal, fortalde ho.',
      'Sara Tesfay',
      'Fjellvegen 14, 6856 Sogndal',
    ),
    clean('Patruljerte på Roblox frå kl. 17.30 til 20.00. Snakka med 9 born i alderen 10–13 år, ingen uro.'),
    clean(
      'Ei jente på 14 frå Førde spurde om Aurora er på TikTok. Gav henne nummeret til Alarmtelefonen, 116 111.',
    ),
    clean(
      'Gutar frå Ørsta ungdomsskule fortalde om ein Minecraft-server med 200 spelarar. Ingen namn nemnde.',
    ),
    clean(
      'Sak 25-30417 vart send vidare til Kripos. Betjent Helland tek kontakt med barnevernet i kommunen.',
    ),
    clean('Guten sa at Herobrine skremde han i Minecraft. Han er 10 år og spelar saman med broren sin.'),
  ],
  nl: [
    withIds(
      'Meisje (13) uit Zwolle gaf haar mail als sanne.vd.berg apenstaartje hotmail punt nl.',
      'sanne.vd.berg apenstaartje hotmail punt nl',
    ),
    withIds(
      'Jongen (14) typte zijn BSN in de Minecraft-chat: 1748.29.358. Bericht verwijderd.',
      '1748.29.358',
    ),
    withIds('Zijn moeder is bereikbaar op 06 – 412 873 59, zei hij op Fortnite.', '06 – 412 873 59'),
    withIds('Jongen uit Genk gaf op Discord zijn rijksregisternummer: 120315 286 51.', '120315 286 51'),
    withIds(
      'Het meisje, Yasmina El Amrani (12), woont volgens haar op de Kleiweg 23, 3051 GN Rotterdam.',
      'Yasmina El Amrani',
      'Kleiweg 23, 3051 GN Rotterdam',
    ),
    clean(
      'Patrouille op Fortnite van 15:00 tot 17:30, 31 kinderen gesproken tussen 10 en 16 jaar. Geen meldingen.',
    ),
    clean('Jongen (11) vroeg of Messi echt Fortnite speelt. Verwezen naar de Kindertelefoon, 0800-0432.'),
    clean(
      'Meisje uit Leuven zit in het vijfde leerjaar en speelt elke woensdag om 14u Roblox. Niets te melden.',
    ),
    clean('PV AN.55.L1.014523/2025 opgesteld door inspecteur Claes; doorgestuurd naar de FCCU.'),
    clean(
      'Groep van 6 jongens uit Almere deelde de creative-code 3612-8840-1175 van hun map. Niets verdachts.',
    ),
  ],
  fr: [
    withIds(
      'La fille (12) de Charleroi donne son adresse : ines.mertens12 arobase hotmail point be.',
      'ines.mertens12 arobase hotmail point be',
    ),
    withIds(
      "Son Insta c'est @nael_bxl_10, dit le garçon sur Fortnite ; l'homme qui lui écrit se fait appeler « Papi_Roger ».",
      '@nael_bxl_10',
      'Papi_Roger',
    ),
    withIds('Le garçon a donné le numéro de sa mère : 0486 31 72 05.', '0486 31 72 05'),
    withIds(
      'Elle a tapé son numéro de registre national dans le chat Roblox : 10.11.02-157.02.',
      '10.11.02-157.02',
    ),
    withIds(
      "Il s'appelle Mamadou Diallo, en 2e secondaire à l'Athénée royal de Jambes.",
      'Mamadou Diallo',
      "2e secondaire à l'Athénée royal de Jambes",
    ),
    clean('Patrouille sur Roblox de 16h à 18h30, 17 jeunes rencontrés entre 10 et 15 ans. RAS.'),
    clean(
      'Un garçon de 13 ans de Liège demande si Kylian Mbappé joue à Fortnite. Orienté vers le 103 (Écoute-Enfants).',
    ),
    clean("PV LI.17.L3.004821/2025 rédigé par l'inspectrice Lambert, transmis au parquet de Namur."),
    clean("Des élèves de l'Institut Saint-Louis parlaient de Mario et de Luigi ; aucun nom donné."),
    clean(
      "Une fille de 11 ans a reçu le code ami Switch SW-4471-2208-9935 d'une camarade ; rien d'inquiétant.",
    ),
  ],
  de: [
    withIds(
      'Der Junge (14) aus Eupen gab seine Mail an: jonas.kessler11 ät gmx punkt de.',
      'jonas.kessler11 ät gmx punkt de',
    ),
    withIds('Ihr Snapchat ist leonie.sv09, sagte das Mädchen auf Roblox.', 'leonie.sv09'),
    withIds('Die Mutter erreicht man laut dem Mädchen unter 0471 / 23 45 87.', '0471 / 23 45 87'),
    withIds(
      'Er tippte seine Nationalregisternummer in den Fortnite-Chat: 13 07 21 449 48.',
      '13 07 21 449 48',
    ),
    withIds(
      'Emir Kovačević (13) wohnt nach eigenen Angaben in der Haasstraße 112, 4700 Eupen.',
      'Emir Kovačević',
      'Haasstraße 112, 4700 Eupen',
    ),
    clean(
      'Streife auf Twitch von 19:00 bis 21:00 Uhr, 12 Jugendliche zwischen 12 und 17 Jahren, keine Vorkommnisse.',
    ),
    clean(
      'Ein Mädchen (10) aus St. Vith fragte, ob MontanaBlack echt ist. Hinweis auf das Kinder- und Jugendtelefon 108.',
    ),
    clean('Aktenzeichen EU.11.L1.002317/2025, Inspektor Meyer übernimmt.'),
    clean(
      'Drei Jungen der Pater-Damian-Sekundarschule fragten nach Creeper und Enderman; keine Namen genannt.',
    ),
    clean('Junge (15) zeigte den Fortnite-Code 9027-5513-6648 seiner Map, Spielrunde um 20 Uhr.'),
  ],
  is: [
    withIds('Stúlkan (12) skrifaði kennitöluna sína í spjallið á Roblox: 170312 3170.', '170312 3170'),
    withIds('Drengurinn bað okkur að hringja í pabba sinn í síma 774 58 12.', '774 58 12'),
    withIds(
      'Drengurinn (13) gaf upp netfangið sitt: jokull.arnarsson10 hjá gmail punktur com.',
      'jokull.arnarsson10 hjá gmail punktur com',
    ),
    withIds(
      'Snapchat-ið hennar er hildur.ros.x, segir hún, og maðurinn sem skrifar henni kallar sig „Siggi_Bigg_38“.',
      'hildur.ros.x',
      'Siggi_Bigg_38',
    ),
    withIds(
      'Stúlkan heitir Agnieszka Kowalska og er í 7. bekk í Fellaskóla.',
      'Agnieszka Kowalska',
      '7. bekk í Fellaskóla',
    ),
    clean(
      'Eftirlit á Fortnite frá kl. 20 til 22, rætt við 15 krakka á aldrinum 11–16 ára. Ekkert athugavert.',
    ),
    clean(
      'Drengur (12) á Akureyri spurði hvort Gylfi Sigurðsson spili Minecraft. Bent á Hjálparsímann 1717.',
    ),
    clean('Mál 007-2025-18834 sent til Kripos, Jóna lögreglufulltrúi fylgir því eftir.'),
    clean('Nemendur úr Hagaskóla spjölluðu um Steve og Alex í Minecraft; engin nöfn nefnd.'),
    clean('Stúlka, 14 ára, frá Selfossi fékk boð í Roblox-leikinn Brookhaven kl. 21:45. Ekkert frekar.'),
  ],
  fi: [
    withIds('Poika (12) kirjoitti henkilötunnuksensa Fortniten chattiin: 080312A4174.', '080312A4174'),
    withIds('Tyttö pyysi soittamaan äidilleen numeroon 050 473 18 62.', '050 473 18 62'),
    withIds(
      'Tyttö antoi sähköpostinsa: hodan.warsame12 ät hotmail piste fi.',
      'hodan.warsame12 ät hotmail piste fi',
    ),
    withIds(
      'Tytön Snapchat on pinja_kkk2011, ja häntä lähestynyt aikuinen käyttää nimeä ”Jarkko_76”.',
      'pinja_kkk2011',
      'Jarkko_76',
    ),
    withIds(
      'Poika kertoi nimekseen Daniil Smirnov ja asuvansa osoitteessa Hervannan valtaväylä 12 B 34, 33720 Tampere.',
      'Daniil Smirnov',
      'Hervannan valtaväylä 12 B 34, 33720 Tampere',
    ),
    clean('Partio Discordissa klo 18–21, juteltiin 20 nuoren kanssa (11–15 v.). Ei havaintoja.'),
    clean(
      'Poika (13) Oulusta kysyi, pelaako Teemu Pukki Fortnitea. Ohjattiin Lasten ja nuorten puhelimeen 116 111.',
    ),
    clean('Rikosilmoitus 5000/R/12345/25 siirretty KRP:lle, vanhempi konstaapeli Laine seuraa.'),
    clean('Ryhmä Kaukajärven koulun seiskoja kysyi, onko Herobrine oikea.'),
    clean('Tyttö (10) Vantaalta kertoi, että hänen Minecraft-maailmansa siemen on 2847103956. Ei huolta.'),
  ],
  sv: [
    withIds('Pojken (12) skrev sitt personnummer i Roblox-chatten: 120417–2389.', '120417–2389'),
    withIds('Flickan sa att mammans nummer är 073-412 58 90.', '073-412 58 90'),
    withIds(
      'Flickan gav sin mejl som tindra.lindqvist11 snabel-a outlook punkt com.',
      'tindra.lindqvist11 snabel-a outlook punkt com',
    ),
    withIds('Han heter Yousef Haddad och går i 6B på Rinkebyskolan.', 'Yousef Haddad', '6B på Rinkebyskolan'),
    withIds(
      'Hans Discord är xX_linus_gbg_Xx, och mannen som kontaktade honom kallar sig ”snällaStefan”.',
      'xX_linus_gbg_Xx',
      'snällaStefan',
    ),
    clean('Patrull på Minecraft kl. 14.00–16.30, pratade med 18 barn 10–14 år. Inget att rapportera.'),
    clean('Flicka (12) från Umeå frågade om Zara Larsson har Snapchat. Hänvisad till BRIS 116 111.'),
    clean('Ärende K123456-25 överlämnat till NOA, inspektör Berg följer upp.'),
    clean('Elever från Katedralskolan i Lund pratade om Mario Kart; inga namn nämndes.'),
    clean('Pojke (15) i Malmö spelar mest Adopt Me! (plats-ID 920587237) med kompisar. Inget oroande.'),
  ],
};
