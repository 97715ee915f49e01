/**
 * Round seventy-five: written blind, before the detector was run on it.
 * Notes typed in a hurry on a phone between chats: lower case, typos, abbreviations, slang, odd spacing of numbers;
 * clean notes full of small words that look like names, ages, times, help lines and case numbers.
 */
import { clean, CorpusNote, withIds } from './corpus-note';

export const ROUND_SEVENTY_FIVE: Readonly<Record<string, readonly CorpusNote[]>> = {
  en: [
    withIds(
      "discord ~20:10 boy ca 13 goes by xX_darkwolf_Xx, says an adult 'uncle_ron77' keeps dm'ing him asking for pics. told him block + tell mum",
      'xX_darkwolf_Xx',
      'uncle_ron77',
    ),
    withIds(
      'girl 15 from bergen, amira hassan, gave me her snap amira.h0ly and tel 924 18 337 before i cud stop her. advised not to share w strangers',
      'amira hassan',
      'amira.h0ly',
      '924 18 337',
    ),
    withIds(
      'roblox 19:40 swe team - kid 12 name oskar lindqvist, lives storgatan 14 in umeå he said, bro plays too. gave basic tips',
      'oskar lindqvist',
      'storgatan 14',
    ),
    withIds(
      "fin team: boy 14 oulu typed his hetu 230810A9650 in fortnite chat bc 'a mod' asked lol + email eetu.k2010 at gmail dot com. told him delete both",
      '230810A9650',
      'eetu.k2010 at gmail dot com',
    ),
    withIds(
      "be team: girl 14 gent, in 2B at sint-barbaracollege w her friend lotte vermeulen, pressured by 'mattie_23' who claims 16 but prob adult. escalated to duty officer",
      '2B at sint-barbaracollege',
      'lotte vermeulen',
      'mattie_23',
    ),
    clean(
      'twitch chat 21:15 approx 30 kids watching, asked abt scams w free v-bucks. will follow up tmrw. nothing to report',
    ),
    clean(
      'spoke w 2 girls (13, 14) abt tiktok, they asked if police even play minecraft haha. gave 116 111 + 112 for emergencies. all good',
    ),
    clean(
      'minecraft realm, kids building a copy of oslo city hall. asked if mr beast is real lol. no concerns, case 2024/1187 not related',
    ),
    clean(
      'roblox 18:05-18:50 ~12 kids mostly 10-12 y.o., qs abt report button + blocking. showed them. same again tmrw 17:00, mark it in the log',
    ),
    clean(
      'quick one: boy asked how to report a scam map on fortnite, island code 4471-2290-1183. gave steps. no pers data, per usual',
    ),
  ],
  nb: [
    withIds(
      'jente ca 14 fra drammen, sa navnet er sofie amundsen og snap sofie.a_07. rådet henne t å gjøre profilen privat',
      'sofie amundsen',
      'sofie.a_07',
    ),
    withIds(
      "gutt 12 på roblox ga meg fnr 140311 51288 (!!) fordi han trodde vi trengte det for å 'verifisere'. forklarte at vi aldri spør om det",
      '140311 51288',
    ),
    withIds(
      "discord kl 2030 - voksen m brukernavn 'snillonkel44' har tilbudt robux mot bilder t gutt 13 som heter mohammed ali. tel t mor 41 22 87 90. sendt videre",
      'snillonkel44',
      'mohammed ali',
      '41 22 87 90',
    ),
    withIds(
      'snakka m 2 jenter i 7b på lilleby skole, den ene heter nora, venninna tuva ekornes. mobbing i gruppechat på snap',
      '7b på lilleby skole',
      'nora',
      'tuva ekornes',
    ),
    withIds(
      'gutt 15 bor i tollbugata 7 i bodø sa han, mtp at noen skulle komme å hente ham. ba ham ikke møte noen. fortnite navn ViktorTheGoat',
      'tollbugata 7',
      'ViktorTheGoat',
    ),
    clean(
      'minecraft ca kl 19 - 5 gutter 11-13 år fra stavanger, prata om scam m gratis skins. ingen bekymring. gitt 116 111',
    ),
    clean(
      'jente 16 spurte om det er lov å dele nudes m kjæreste når begge er under 18 - forklart. henvist t ung.no. ellers liv og røre i chatten',
    ),
    clean(
      "roblox: gutta spurte om politiet har 'ekte' våpen lol. ca 8 stk, 10-12 år. sanne historier fra jobben funka bra. neste runde 3. juni kl 18",
    ),
    clean(
      'sak 24/3381 ikke relatert t patruljen, bare notert at en gutt (14) nevnte besøk av politiet på skolen i går. ok',
    ),
    clean('tiktok live, ca 50 per min innom. spm om grooming, svarte generelt. ingen navn oppgitt'),
  ],
  nn: [
    withIds(
      "gut 13 frå førde, heiter eirik solheim, spelar fortnite som 'eirik_fotball'. fortalde at ein vaksen ba om bilete",
      'eirik solheim',
      'eirik_fotball',
    ),
    withIds(
      "jente (15) på snap gav meg tlf 986 54 321 og sa 'ring meg' - forklart at me ikkje ringjer ungdom privat. mora heiter gunn rasmussen visst",
      '986 54 321',
      'gunn rasmussen',
    ),
    withIds(
      'ho skreiv fnr 02091353493 då eg spurde om alder (!!) - sletta frå chat og forklart kvifor',
      '02091353493',
    ),
    withIds(
      'discord kl 21 ca - to gutar i 8a på sogndal ungdomsskule, den eine, ahmad karimi, vert mobba i serveren',
      '8a på sogndal ungdomsskule',
      'ahmad karimi',
    ),
    withIds(
      "gut 12 bur i fjellvegen 23, 6800 førde seier han. kompisen m brukarnamn 'kalle_kul2012' har fått meldingar frå ein vaksen 'jentefan_88'",
      'fjellvegen 23, 6800 førde',
      'kalle_kul2012',
      'jentefan_88',
    ),
    clean(
      'minecraft-server, ca 15 ungar 10-14 år. spurde mykje om kva politiet gjer. inga uro. avslutta 20:15',
    ),
    clean(
      'ei jente spurde om det er lov å lage fake-profil. forklart. ho skulle sjekke m foreldra. gav 116 111 og 112',
    ),
    clean("roblox - spelet 'brookhaven', gutane laga eigen politistasjon lol. liv i leiren. 6 stk, 11 år"),
    clean('twitch, snakka om at nokon stel kontoar. tips: tofaktor. ingen namn. neste økt 4. juni, ein time'),
    clean(
      'tiktok - gut 16 spurde om han kan melde ein konto som sel vape. sak 24/1190 oppretta, ingen pers.oppl. i notat',
    ),
  ],
  nl: [
    withIds(
      "meisje 13 uit tilburg, heet noor de graaf, insta noor.dg_x. wordt lastiggevallen door 'coolboy_2003'. tips + kindertelefoon 0800-0432 gegeven",
      'noor de graaf',
      'noor.dg_x',
      'coolboy_2003',
    ),
    withIds(
      'jongen ca 14 op roblox typte zomaar z n nr 06-4819 2736 in de chat, en naam youssef el amrani erbij. gezegd dat niet te doen',
      '06-4819 2736',
      'youssef el amrani',
    ),
    withIds(
      "vlaams team: meisje 12 gaf rijksregisternr 11.05.23-147.40 omdat een fake 'agent' erom vroeg op discord. account gemeld: 'politie_help_be'",
      '11.05.23-147.40',
      'politie_help_be',
    ),
    withIds(
      'jongen 15 almere, bsn 284 719 031 stond in z n bio (!!). gevraagd te verwijderen. woont kerkstraat 12 volgens hem',
      '284 719 031',
      'kerkstraat 12',
    ),
    withIds(
      'fortnite 20u - 3 jongens uit klas 1c van het stedelijk lyceum, een vd drie (daan) zegt dat volwassene hem geld bood. mail mama: sandra.peeters at telenet punt be',
      'klas 1c van het stedelijk lyceum',
      'daan',
      'sandra.peeters at telenet punt be',
    ),
    clean(
      'discord 19:30-20:10, ~20 kids 11-15j, vragen over oplichting met gratis robux. niks bijzonders. morgen weer om 19u',
    ),
    clean(
      'meisje vroeg of ze 112 moet bellen als iemand haar bedreigt online. uitgelegd + 0900-8844. geen namen genoemd',
    ),
    clean(
      'minecraft: 4 jongens 12j bouwden het atomium na. een wil later bij de politie. geen zorgen, alles rozengeur',
    ),
    clean(
      'tiktok live, ong. 80 kijkers per minuut, vragen over sextortion. child focus 116 000 gegeven. alles anoniem',
    ),
    clean(
      "pv 2024/0331 niet gerelateerd, alleen notitie dat jongen (13) vroeg of hij 'de bak in' kon voor cheaten in fortnite haha. nee dus",
    ),
  ],
  fr: [
    withIds(
      "fille 14 ans de charleroi, s'appelle inès benali, snap ines_bnl. un mec 'lucas_19' lui demande des photos. conseillée de bloquer + en parler à sa maman",
      'inès benali',
      'ines_bnl',
      'lucas_19',
    ),
    withIds(
      "garçon env 12 ans sur roblox, a tapé son gsm 0486 27 93 14 direct dans le chat pour que je 'le rappelle'. expliqué que non",
      '0486 27 93 14',
    ),
    withIds(
      "ado 15 ans namur, num national 09.02.14-263.34 envoyé en mp pcq qqn lui a dit que c'est obligatoire pour un concours. arnaque",
      '09.02.14-263.34',
    ),
    withIds(
      "fortnite vers 21h - deux garçons en 2e secondaire à l'athénée royal de jambes, un des deux, mathis dubois, se fait harceler. adresse donnée spontanément rue de la gare 45",
      "2e secondaire à l'athénée royal de jambes",
      'mathis dubois',
      'rue de la gare 45',
    ),
    withIds(
      'discord: fille 13 ans, adresse mail chloe.vdb2011 arobase gmail point com, son grand frère kevin van den broeck joue aussi',
      'chloe.vdb2011 arobase gmail point com',
      'kevin van den broeck',
    ),
    clean(
      'roblox 18h30-19h15 env 15 jeunes 10-13 ans, questions sur les arnaques aux robux. rien à signaler. demain même heure',
    ),
    clean(
      'une fille demande si elle peut appeler le 101 ou le 112 si qqn la menace sur snap. oui. donné aussi le 103 écoute-enfants',
    ),
    clean(
      'minecraft: les gosses ont construit le manneken pis en blocs rose lol. ambiance top, aucun souci. 6 jeunes, 11-12 ans',
    ),
    clean(
      "twitch - ça parlait de squeezie, ils voulaient savoir s'il est vraiment riche. pas de données perso. fin 22h10",
    ),
    clean(
      "pv 2024/1442 pas lié. juste noté qu'un garçon de 14 ans dit que son école a eu une visite de la police la semaine passée. ok",
    ),
  ],
  de: [
    withIds(
      "junge ca 13 aus eupen, heisst jonas kessler, auf fortnite 'jonas_k_11'. erzählt von erwachsenem 'bigbro_77' der ihm v-bucks anbietet",
      'jonas kessler',
      'jonas_k_11',
      'bigbro_77',
    ),
    withIds(
      'mädchen 14 hat handy nr 0472 58 19 03 in discord gepostet, hab gesagt sie soll löschen. mutter heisst wohl sabine mertes',
      '0472 58 19 03',
      'sabine mertes',
    ),
    withIds(
      'liaison notiz: belg. nationalnr 12.09.17-085.40 von nem kind (12) im roblox chat gesehen, screenshot nicht gespeichert',
      '12.09.17-085.40',
    ),
    withIds(
      "schülerin klasse 7b am robert-schuman-institut, zusammen m freundin lea schmitz, wird auf tiktok gemobbt von 'hater_xx99'",
      'klasse 7b am robert-schuman-institut',
      'lea schmitz',
      'hater_xx99',
    ),
    withIds(
      'junge 15 wohnt laut ihm aachener str. 31, st. vith. email tim.hoffmann08 at web punkt de. beraten',
      'aachener str. 31',
      'tim.hoffmann08 at web punkt de',
    ),
    clean(
      'minecraft 19-20 uhr, ca 12 kids 10-14 j, fragen zu scam mit gratis skins. nix auffälliges. morgen wieder',
    ),
    clean(
      'mädchen fragt ob sie 112 anrufen darf wenn jmd droht. ja. nummer gegen kummer 116 111 gegeben. keine namen',
    ),
    clean('twitch - jungs reden über montanablack lol, wollten wissen ob polizei auch streamt. ende 22:30'),
    clean(
      'roblox: kinder bauen ne polizeiwache, einer will später zur polizei lol. 5 stück, 11 j. alles gut',
    ),
    clean(
      'az 2024-0815 nicht zusammenhängend. junge (13) erwähnt nur dass an seiner schule letzte woche polizei war. keine daten',
    ),
  ],
  is: [
    withIds(
      "stelpa 13 ára frá akureyri, heitir katrín sól jónsdóttir, snap katrinsol12. einhver fullorðinn 'gummi_88' biður um myndir",
      'katrín sól jónsdóttir',
      'katrinsol12',
      'gummi_88',
    ),
    withIds(
      'strákur ca 12 á roblox gaf mér kt. 120411-2410 (!!) því einhver sagðist vera frá roblox. útskýrði',
      '120411-2410',
    ),
    withIds(
      'pólskur strákur 14 í breiðholti, kacper nowak, gaf símanr 862 4417 í chat. sagði honum að eyða',
      'kacper nowak',
      '862 4417',
    ),
    withIds(
      'tveir strákar í 8. bekk í hagaskóla, annar heitir arnar logi, lagður í einelti á discord',
      '8. bekk í hagaskóla',
      'arnar logi',
    ),
    withIds(
      'stelpa 15 býr á hringbraut 52 segir hún, netfang sunna.bjork at gmail punktur com. mamma heitir ásdís',
      'hringbraut 52',
      'sunna.bjork at gmail punktur com',
      'ásdís',
    ),
    clean(
      'minecraft kl 19-20, ca 10 krakkar 10-13 ára, byggðu hús m sól og björk í garðinum lol. spurðu um svindl m frítt robux. ekkert að',
    ),
    clean(
      'stelpa spurði hvort hún mætti hringja í 112 ef einhver hótar henni. já. gaf líka 1717 hjálparsíma rauða krossins',
    ),
    clean('fortnite - strákarnir að tala um ronaldo og messi lol. engar persónuupplýsingar. lokið 21:40'),
    clean('tiktok live, um 40 að horfa, spurningar um nektarmyndir og lög. svarað almennt. ekkert nafn'),
    clean('mál 007-2024-1183 ótengt. strákur (13) nefndi bara að lögreglan kom í skólann í síðustu viku. ok'),
  ],
  fi: [
    withIds(
      "tyttö 13 v tampereelta, nimi aino virtanen, snap aino.v12. joku aikuinen 'setä_kari' pyytää kuvia. ohjattu estämään",
      'aino virtanen',
      'aino.v12',
      'setä_kari',
    ),
    withIds(
      'poika n. 12 roblox, kirjotti hetun 070912A218W chattiin ku joku sano et tarvitaan palkintoon. huijaus, selitetty',
      '070912A218W',
    ),
    withIds(
      'poika 14 itäkeskuksesta, abdirahman yusuf, antoi puh 044 5628 913 discordissa. käsketty poistaa',
      'abdirahman yusuf',
      '044 5628 913',
    ),
    withIds(
      'kaks tyttöä 7b luokalta kalevan koulusta, toinen ilmeisesti emilia korhonen, kiusataan tiktokissa',
      '7b luokalta kalevan koulusta',
      'emilia korhonen',
    ),
    withIds(
      'poika 15 asuu hämeenkatu 18 b 12 sano, sposti onni.lahtinen2010 at gmail piste com. äiti on tanja',
      'hämeenkatu 18 b 12',
      'onni.lahtinen2010 at gmail piste com',
      'tanja',
    ),
    clean(
      'minecraft klo 18-19, n. 15 lasta 10-13v, kyseltiin ilmasista v-bucks huijauksista. ei mitään erikoista. onni et kukaan ei ollu hädässä',
    ),
    clean(
      'tyttö kysy saako soittaa 112 jos joku uhkailee. kyllä. annettu myös 116 111 lasten ja nuorten puhelin. ei nimiä',
    ),
    clean('fortnite - pojat puhu teemu pukista ja kimi räikkösestä lol, ei henk.tietoja. lopetettu 21.50'),
    clean(
      'tiktok live, n. 60 katsojaa, kysymyksiä nudeista ja laista. vastattu yleisesti. toivo et viesti meni perille',
    ),
    clean(
      'ilmoitus 4510/R/12345/24 ei liity. poika 13 mainitsi vaan et poliisi kävi koulussa viime viikolla. ok',
    ),
  ],
  sv: [
    withIds(
      "tjej 13 från örebro, heter elsa nyström, snap elsa.nys12. en vuxen 'snällfarbror_61' ber om bilder. sagt åt henne att blocka",
      'elsa nyström',
      'elsa.nys12',
      'snällfarbror_61',
    ),
    withIds(
      'kille ca 12 på roblox skrev sitt pnr 12 08 03-4569 i chatten pga nån sa det behövs för gratis robux. förklarat',
      '12 08 03-4569',
    ),
    withIds(
      'kille 14 i rinkeby, mustafa warsame, gav tel 073-481 22 90 på discord. bett honom ta bort',
      'mustafa warsame',
      '073-481 22 90',
    ),
    withIds(
      "två tjejer i 7a på vasaskolan, den ena typ alva berglund, mobbas på tiktok av 'xx_queen_xx'",
      '7a på vasaskolan',
      'alva berglund',
      'xx_queen_xx',
    ),
    withIds(
      'kille 15 bor på drottninggatan 22 sa han, mejl linus.h09 at hotmail punkt com. mamma heter jovana',
      'drottninggatan 22',
      'linus.h09 at hotmail punkt com',
      'jovana',
    ),
    clean(
      'minecraft ca 1 tim, 12 barn 10-13 år, frågor om gratis skins-scam. inget att rapportera. nästa pass 5 juni',
    ),
    clean('tjej frågade om hon får ringa 112 om nån hotar henne. ja. gav också bris 116 111. inga namn'),
    clean('fortnite - killarna snackade om zlatan och pewdiepie lol. inga pers.uppg. slut 21:50'),
    clean(
      'tiktok live, ca 30 per min, frågor om nakenbilder och lagen. svarat allmänt. liv i chatten men lugnt',
    ),
    clean('ärende K-123456-24 ej kopplat. kille 13 nämnde bara att polisen var på skolan förra veckan. ok'),
  ],
};
