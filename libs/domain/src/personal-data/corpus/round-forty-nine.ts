/**
 * Round forty-nine: written blind, before the detector was run on it.
 * Style: hurried shift notes from a mixed team (mostly 30 to 300 characters): half-sentences, semicolon lists, chat
 * quotes and English gaming slang; identifiers typed in a rush (small letters, spoken handles, phones in words).
 */
import { clean, CorpusNote, withIds } from './corpus-note';

export const ROUND_FORTY_NINE: Readonly<Record<string, readonly CorpusNote[]>> = {
  en: [
    withIds(
      `quick one: lad called tomasz (surname kowalczyk, polish family in Drammen) added us on roblox as TomekTheBuilder_07; asked if cops can see deleted snaps. told him no-ish, gave 116 111.`,
      'tomasz',
      'kowalczyk',
      'TomekTheBuilder_07',
    ),
    withIds(
      `girl (14) wants help w/ ex posting pics of her on a finsta. her email: lina dot haddad at gmail dot com; phone 9 1 4 5 2 7 3 8 (typed it digit by digit, lol). says her friend Precious Okafor-Lund saw the posts too and screenshotted. told her: don't delete anything, don't pay, don't reply. escalated to duty officer 21:12, case 24/118-3, callback tmrw after school.`,
      'lina dot haddad at gmail dot com',
      '9 1 4 5 2 7 3 8',
      'Precious Okafor-Lund',
    ),
    withIds(
      `twitch chat: "im noah from sandnes lol" – handle n0ahh.exe; bro kasper also there (kasperrr_2010). both fine, just trolling, gg.`,
      'noah',
      'n0ahh.exe',
      'kasper',
      'kasperrr_2010',
    ),
    withIds(
      `DM from discord user id 948213377051862016. kid says stepdad takes his phone + "hits sometimes". name given: Ali Reza Hosseini, 12, lives Kirkegata 14B, 4006 Stavanger. → child welfare notified 20:40.`,
      '948213377051862016',
      'Ali Reza Hosseini',
      'Kirkegata 14B, 4006 Stavanger',
    ),
    withIds(
      `BXL intl team: boy says he's Liam, in 9C at the British School of Brussels; older "gamer" StrikerMax keeps asking for his number + pics. mum reachable on 0475 21 88 36.`,
      'Liam',
      '9C at the British School of Brussels',
      'StrikerMax',
      '0475 21 88 36',
    ),
    clean(`gg, no names given.`),
    clean(
      `fortnite squad stream, ~40 kids in chat. Q's: can police ban ppl? do u play? ur rank? told them Diamond 2 lol. pointed to 116 111 + 112.`,
    ),
    clean(
      `Minecraft server "CraftNordic" – griefing complaint, nobody gave a name. sent link to report form; ref 2024/0912-77; 19:40–20:15.`,
    ),
    clean(
      `TikTok live from Tromsø, 312 viewers, peak 21:05. asked if we know Marshmello, if Haaland > Mbappé, if 1,800 V-Bucks skins are worth it. lots of "W police" / "L police" 😂 no personal info.`,
    ),
    clean(
      `snap Q, anonymous: nudes shared in a group chat at school. explained it's illegal <18, don't forward; gave 116 000 + 112; error code 279 on their roblox not our problem lol. case no. 23-4471.`,
    ),
  ],
  nb: [
    withIds(
      `Jente 13 fra Sarpsborg, brukernavn emmz.lykke_ på TikTok; sier at "Markus i 8C på Kruseløkka ungdomsskole" sender ekle meldinger. Mor: 482 19 357.`,
      'emmz.lykke_',
      'Markus',
      '8C på Kruseløkka ungdomsskole',
      '482 19 357',
    ),
    withIds(
      `gutt skrev fnr 140311 50303 (!!) i chatten, sa han het sander olsen bakke. slettet, snakket om å ikke dele sånt.`,
      '140311 50303',
      'sander olsen bakke',
    ),
    withIds(
      `discord: "hei det er meg ahmed_no1 fra Grorud" – broren heter Yusuf. vil ha kontakt m/ politiet pga trusler i en gruppechat. e-post ahmed.farah2010@hotmail.com`,
      'ahmed_no1',
      'Yusuf',
      'ahmed.farah2010@hotmail.com',
    ),
    withIds(
      `Snap, sent på kvelden (22:10): jente sier hun heter Ingrid-Marie, bor i Trondheimsveien 112, 0570 Oslo, og at en voksen fyr fra Fortnite har funnet ut hvor hun bor. Ga oss tlf: ni null fire tre tre åtte en seks. Ringte tilbake, snakket med henne og mor. Opprettet sak, info til patruljen på Grünerløkka. Henvist også til 116 111 hvis hun vil prate med noen andre.`,
      'Ingrid-Marie',
      'Trondheimsveien 112, 0570 Oslo',
      'ni null fire tre tre åtte en seks',
    ),
    withIds(
      `roblox: snakka m/ storm (ja, heter det) og liv, begge 12, felles bruker StormLiv.exe. Ok, bare nysgjerrige.`,
      'storm',
      'liv',
      'StormLiv.exe',
    ),
    clean(
      `Fortnite-kveld 19–21. Mange spm om V-Bucks-svindel; tips: aldri del passord. Henvist til 116 111 og Kors på halsen 800 33 321.`,
    ),
    clean(
      `Twitch: chatten spurte om vi kjenner Ødegaard og Alan Walker 😅. Rank Champion i Rocket League, gg ez.`,
    ),
    clean(
      `Sak 24123456 – anonym melding om deling av bilder på Snap, Bærum. Ingen navn oppgitt. Videresendt.`,
    ),
    clean(`minecraft: 3 stk fra Hamar, spurte om politiet har egen server lol. ingen personalia. kl 20:14.`),
    clean(`ungdom spurte om 113 vs 112, forklart. En sa "jeg er 15 og bor i Tromsø" – ikke mer enn det.`),
  ],
  nn: [
    withIds(
      `Gut frå Førde, 14 år, kallar seg «kvitebjørn_99» på Discord. Seier at systera Ragnhild får meldingar frå vaksen mann. Tlf til mor: 93 27 45 18.`,
      'kvitebjørn_99',
      'Ragnhild',
      '93 27 45 18',
    ),
    withIds(
      `jente la inn fødselsnummeret 27120850348 i chatten; namnet hennar er Åsne Tveit. Sletta, forklart kvifor.`,
      '27120850348',
      'Åsne Tveit',
    ),
    withIds(
      `snap: "eg heiter eirik, bur i Haugeveien 7, 6856 Sogndal"; bror Torleiv òg med. e-post: eirik punkt haugen at online punkt no. vil melde at nokon har hacka Fortnite-kontoen.`,
      'eirik',
      'Haugeveien 7, 6856 Sogndal',
      'Torleiv',
      'eirik punkt haugen at online punkt no',
    ),
    withIds(
      `Roblox-brukar bjørk.li_ (heiter Bjørk) frå 9B ved Voss ungdomsskule vil melde mobbing i klassechatten.`,
      'bjørk.li_',
      'Bjørk',
      '9B ved Voss ungdomsskule',
    ),
    withIds(
      `Ringde tilbake til Abdirahman Warsame på 4 7 6 1 2 0 3 9, ok.`,
      'Abdirahman Warsame',
      '4 7 6 1 2 0 3 9',
    ),
    clean(
      `Fortnite-patrulje frå Bergen, 18:30–20:00. Ca. 25 ungdomar innom; spm om skins og om politiet spelar. Ingen personopplysningar.`,
    ),
    clean(
      `Ein spurde om Ole Gunnar Solskjær spelar FIFA 😂; andre ville vite ranken vår (Gold 3). Gav 116 111.`,
    ),
    clean(`Svindel med Robux, 400 kr tapt. Sak 23-118844. Ingen namn, berre at det skjedde i Ørsta.`),
    clean(`Minecraft: byggjer politistasjon.`),
    clean(`Snap-spm om aldersgrense TikTok (13); vist til Mental Helse 116 123 og 112 ved fare.`),
  ],
  nl: [
    withIds(
      `jongen (13) uit Almere, gamertag xX_Daan_Xx, zegt dat 'ie bedreigd wordt door ene Rayan; moeder bereikbaar op 06-41 27 83 95.`,
      'xX_Daan_Xx',
      'Rayan',
      '06-41 27 83 95',
    ),
    withIds(
      `meisje gooide haar BSN (238457163) in de chat 😬 + naam Fleur van den Berg. verwijderd, uitgelegd waarom niet.`,
      '238457163',
      'Fleur van den Berg',
    ),
    withIds(
      `Genk: gast noemt zich "kebab.koning", echte naam Emre Yıldız, zit in 2B van het Sint-Jan Berchmanscollege. mail: emre.yildiz apenstaartje telenet punt be. wordt afgeperst na een videocall, €200 gevraagd, nog niks betaald. ouders ingelicht, pv opgemaakt.`,
      'kebab.koning',
      'Emre Yıldız',
      '2B van het Sint-Jan Berchmanscollege',
      'emre.yildiz apenstaartje telenet punt be',
    ),
    withIds(
      `Fortnite: 'ik ben Bram, m'n broertje Siem speelt ook'; wonen Dorpsstraat 23, 5261 AB Vught. vroegen of je mag schelden in de chat lol.`,
      'Bram',
      'Siem',
      'Dorpsstraat 23, 5261 AB Vught',
    ),
    withIds(
      `Antwerpen: meisje (Nour) vraagt hulp, nummer nul vier zeven zes, twaalf, vierendertig, negenenvijftig; rijksregisternr 09.12.07-245.41. doorgezet naar JAC.`,
      'Nour',
      'nul vier zeven zes, twaalf, vierendertig, negenenvijftig',
      '09.12.07-245.41',
    ),
    clean(
      `Roblox-sessie Utrecht, 19u–21u; vragen over scams en 'gratis robux'-links. Verwezen naar Kindertelefoon 0800-0432.`,
    ),
    clean(
      `Twitch: chat vroeg of we Memphis Depay kennen 😂 en of De Bruyne OP is in FC 24. Geen persoonsgegevens.`,
    ),
    clean(
      `Zaaknr 2024-031877, sextortion via Insta, Rotterdam-Zuid. Anoniem, geen namen. Gewezen op 113 en Helpwanted.`,
    ),
    clean(`Gent, Fortnite-toernooi: 64 spelers, 3 teams uit Brugge, prijzengeld €150. Alles ok.`),
    clean(`vlaamse gasten vroegen naar 1712 – uitgelegd; ook Awel 102.`),
  ],
  fr: [
    withIds(
      `ado de Charleroi, pseudo «LeLoupDu6000» sur Fortnite, vrai prénom Ilyes; sa sœur Yasmina aussi dans le vocal. GSM papa: 0497/23.45.61.`,
      'LeLoupDu6000',
      'Ilyes',
      'Yasmina',
      '0497/23.45.61',
    ),
    withIds(
      `fille 13 ans, Liège, balance son n° national 10.06.14-238.11 + nom Chloé Dubois-Lambert dans le chat. Effacé, expliqué.`,
      '10.06.14-238.11',
      'Chloé Dubois-Lambert',
    ),
    withIds(
      `mail écrit comme ça: mathis point renard arobase skynet point be; habite rue des Déportés 17, 5000 Namur. veut savoir si un compte Insta volé c'est une infraction → oui.`,
      'mathis point renard arobase skynet point be',
      'rue des Déportés 17, 5000 Namur',
    ),
    withIds(
      `Discord: "moi c'est kenza, en 2e B à l'Athénée Royal d'Uccle" – pseudo kenzouille.exe. se fait insulter dans un serveur.`,
      'kenza',
      "2e B à l'Athénée Royal d'Uccle",
      'kenzouille.exe',
    ),
    withIds(
      `Snap: grégoire_vdb_2011 dit qu'un certain Bastien le harcèle; num de Bastien: zéro quatre septante-huit, onze, vingt-deux, nonante.`,
      'grégoire_vdb_2011',
      'Bastien',
      'zéro quatre septante-huit, onze, vingt-deux, nonante',
    ),
    clean(
      `Patrouille Fortnite 18h–20h, Bruxelles-Capitale. ~30 jeunes; skins, V-Bucks, rang. Rien de perso.`,
    ),
    clean(`Un gamin demande si on connaît Lukaku et Stromae 😄. Non. Renvoyé vers le 103 Écoute-Enfants.`),
    clean(`Dossier LI.55.L1.012345/24 – signalement anonyme via Insta, Mons. Aucun nom, aucune photo.`),
    clean(`Minecraft: serveur «Belgicraft», 14 joueurs; «la police a un TikTok?» oui.`),
    clean(
      `Jeune demande quoi faire en cas de chantage aux nudes → 112 si urgence, sinon Child Focus 116 000. Prochain live jeudi 19h.`,
    ),
  ],
  de: [
    withIds(
      `Junge aus Eupen, Gamertag "DerBaer_4700" bei Roblox, heißt eigentlich Lukas Kessler; Schwester Mia auch im Chat.`,
      'DerBaer_4700',
      'Lukas Kessler',
      'Mia',
    ),
    withIds(
      `Mädchen (14), St. Vith: Nationalregisternr. 11.09.03-127.09 im Chat gepostet, Name Lea Schröder-Margraff. Gelöscht, erklärt.`,
      '11.09.03-127.09',
      'Lea Schröder-Margraff',
    ),
    withIds(
      `Mail lautet jonas punkt heinen ät gmx punkt de; Handy 0471 56 29 83; wohnt Herbesthaler Straße 42, 4700 Eupen. Account auf Fortnite gehackt, 40 € Skins weg.`,
      'jonas punkt heinen ät gmx punkt de',
      '0471 56 29 83',
      'Herbesthaler Straße 42, 4700 Eupen',
    ),
    withIds(
      `discord: "bin der tim aus der 3B vom Königlichen Athenäum Eupen" – Kumpel heißt yannick, Tag yannick.wtf. Wollten nur wissen ob Polizei auch zockt.`,
      'tim',
      '3B vom Königlichen Athenäum Eupen',
      'yannick',
      'yannick.wtf',
    ),
    withIds(
      `Rückruf an die Mutter von Elif: null vier neun sieben, achtzehn, zweiundsiebzig, dreißig.`,
      'Elif',
      'null vier neun sieben, achtzehn, zweiundsiebzig, dreißig',
    ),
    clean(
      `Fortnite-Streife 19–21 Uhr, Raum Eupen/Kelmis; ca. 20 Jugendliche. Fragen zu Skins, Rang (Platin 2), Betrug. Nichts Persönliches.`,
    ),
    clean(`Chat fragte, ob wir Thomas Müller kennen 😂. Verwiesen auf 116 111 und Notruf 112.`),
    clean(`PV EU.55.L1.004512/24 – anonymer Hinweis Sextortion über Snapchat, Raum St. Vith. Keine Namen.`),
    clean(`TikTok live, 87 Zuschauer; Frage: kostet der Battle Pass 950 V-Bucks? ja.`),
    clean(`Roblox „Brookhaven": Kids spielen Räuber und Gendarm. Hinweis Child Focus 116 000.`),
  ],
  is: [
    withIds(
      `strákur á Akureyri, notandanafn „Siggi_ofurhetja" á Roblox, heitir Sigurður Ari Jónsson. Sími hjá mömmu: 862 4517.`,
      'Siggi_ofurhetja',
      'Sigurður Ari Jónsson',
      '862 4517',
    ),
    withIds(
      `stelpa skrifaði kennitöluna sína 120610-3090 í spjallið, nafn: Guðrún Lilja. Eytt, útskýrt.`,
      '120610-3090',
      'Guðrún Lilja',
    ),
    withIds(
      `Discord: „ég er í 7. bekk B í Hagaskóla" sagði hún, heitir Emilía; netfang emilia punktur ros hjá gmail punktur com. Einhver eldri strákur biður um myndir.`,
      '7. bekk B í Hagaskóla',
      'Emilía',
      'emilia punktur ros hjá gmail punktur com',
    ),
    withIds(
      `Fortnite: Jakub (pólsk fjölskylda), tag kuba.pl_07, býr á Hafnargötu 12, 230 Reykjanesbæ. Var rændur skins, 2.500 kr.`,
      'Jakub',
      'kuba.pl_07',
      'Hafnargötu 12, 230 Reykjanesbæ',
    ),
    withIds(
      `TikTok: Birta og Hrafn (systkini) spurðu um einelti; síminn hjá honum: sjö sjö fimm, einn tveir átta níu.`,
      'Birta',
      'Hrafn',
      'sjö sjö fimm, einn tveir átta níu',
    ),
    clean(`Fortnite-vakt 19–21, um 30 krakkar. Skins, V-Bucks, spilar löggan? Engar persónuupplýsingar.`),
    clean(
      `Spurðu hvort við þekkjum Gylfa Sigurðsson og Laufeyju 😄. Bent á Hjálparsíma Rauða krossins 1717 og 112.`,
    ),
    clean(`Mál 007-2024-041233, nafnlaus ábending um sextortion á Snapchat, Hafnarfjörður. Engin nöfn.`),
    clean(`Minecraft: 11 spilarar frá Selfossi og Egilsstöðum, byggðu lögreglustöð. gg.`),
    clean(`TikTok beint, 212 áhorfendur. „er 112 appið gott?" – já. Lokað kl. 20:45.`),
  ],
  fi: [
    withIds(
      `poika Tampereelta, nick "juhis_gamer.fi" Fortnitessa, oikea nimi Juho Mäkinen; pikkusisko Aino myös linjoilla.`,
      'juhis_gamer.fi',
      'Juho Mäkinen',
      'Aino',
    ),
    withIds(
      `tyttö laittoi hetunsa chattiin: 130710A284S, nimi Venla Korhonen-Ali. Poistettu, selitetty miksi ei kannata.`,
      '130710A284S',
      'Venla Korhonen-Ali',
    ),
    withIds(
      `äidin numero 040 718 2294; tytön sposti iida piste lehtonen ät gmail piste com; asuu Hämeenkatu 21 B 14, 33200 Tampere. Snapissa kiristetään kuvilla, 50 € pyydetty. Rikosilmoitus tehty klo 21.30.`,
      '040 718 2294',
      'iida piste lehtonen ät gmail piste com',
      'Hämeenkatu 21 B 14, 33200 Tampere',
    ),
    withIds(
      `discord: "oon mohamed, 8C luokalla Itäkeskuksen koulussa" – kaveri Onni (onni.exe) kans. kysyivät vaan onko poliisilla Robloxia.`,
      'mohamed',
      '8C luokalla Itäkeskuksen koulussa',
      'Onni',
      'onni.exe',
    ),
    withIds(
      `Snap: poika antoi hetun 250511A3177 ja numeron nolla viis nolla, kolme neljä viis, kuus seitsemän kaheksan yks. Nimi Eetu.`,
      '250511A3177',
      'nolla viis nolla, kolme neljä viis, kuus seitsemän kaheksan yks',
      'Eetu',
    ),
    clean(
      `Fortnite-partio klo 18–20, n. 35 nuorta; skinit, V-Bucksien hinnat (1 000 V = 8,99 €). Ei henkilötietoja.`,
    ),
    clean(`Chatissa kysyttiin tunnetaanko Teemu Pukki ja Käärijä 😂. Ohjattiin MLL:n numeroon 116 111.`),
    clean(`Ilmoitus 5500/R/12345/24, anonyymi vinkki Snapchat-kiristyksestä, Oulu. Ei nimiä.`),
    clean(`Minecraft: 9 pelaajaa Lahdesta ja Kuopiosta, rakensivat poliisiaseman. Seuraava ke 19:00.`),
    clean(`TikTok live: "onks poliisilla rank?" – Platinum 1 lol. Kriisipuhelin 09 2525 0111 mainittu.`),
  ],
  sv: [
    withIds(
      `kille från Botkyrka, gamertag "Zlatan_jr_08" på Fortnite, heter Mohammed Abdi; lillebror Hamza också i chatten.`,
      'Zlatan_jr_08',
      'Mohammed Abdi',
      'Hamza',
    ),
    withIds(
      `tjej skrev sitt personnummer 100315-4380 i chatten, namn: Saga Lindqvist. Raderat, förklarat.`,
      '100315-4380',
      'Saga Lindqvist',
    ),
    withIds(
      `mammans nr 070-412 58 93; killens mejl: oskar punkt berg snabel-a hotmail punkt se; bor Storgatan 8B, 903 26 Umeå. Kontot på Steam kapat, skins för 600 kr borta.`,
      '070-412 58 93',
      'oskar punkt berg snabel-a hotmail punkt se',
      'Storgatan 8B, 903 26 Umeå',
    ),
    withIds(
      `Vasa, finlandssvensk: "ja e alva, går i 7B i Vasa övningsskola". skrev sin hetu 080909A552J (!), handle alva.lyh. Raderat.`,
      'alva',
      '7B i Vasa övningsskola',
      '080909A552J',
      'alva.lyh',
    ),
    withIds(
      `snap: "ring mig noll sju tre, fem fem ett, tjugotvå, åttio" sa Elvira (12). Kompis: Wilma.`,
      'noll sju tre, fem fem ett, tjugotvå, åttio',
      'Elvira',
      'Wilma',
    ),
    clean(`Fortnite-patrull 19–21, ca 40 ungdomar; skins, V-Bucks, rank (Diamond 1). Inga personuppgifter.`),
    clean(`Chatten frågade om vi känner Zlatan 😄. Hänvisat till BRIS 116 111 och 112.`),
    clean(`Ärende K123456-24, anonymt tips om sextortion via Snapchat, Malmö. Inga namn.`),
    clean(`Minecraft-server, 15 spelare från Luleå och Kiruna. Byggde polishus. Nästa pass tors 19:00.`),
    clean(`Borgå-chatt: funkar 116 111 i Finland också? – ja, MLL. Robux 4,99 €.`),
  ],
};
