/**
 * Round fifty-seven: written blind, before the detector was run on it.
 * A normal evening of notes by ten different officers per language: full sentences, "platform / age / town" lines,
 * pasted chat lines, hurried lower case with typos, long careful paragraphs and notes full of English gaming words.
 */
import { clean, CorpusNote, withIds } from './corpus-note';

export const ROUND_FIFTY_SEVEN: Readonly<Record<string, readonly CorpusNote[]>> = {
  en: [
    withIds(
      `Spoke with a 13-year-old girl from Tromsø on Discord around 19:40. She says a user calling himself "DarkHarbour_88" has been asking for pictures and offered her 500 V-Bucks. She already gave him her Snapchat, ingrid.sol2011. Advised her to block and report him and to tell a parent. Forwarded to Kripos.`,
      'DarkHarbour_88',
      'ingrid.sol2011',
    ),
    withIds(
      `Roblox / 12 / Antwerp / boy says classmate Yassine El Amrani shares his login with older players / advised to change password and talk to teacher`,
      'Yassine El Amrani',
    ),
    withIds(
      `Pasted from Twitch chat 21:12: "my brother is Jonas Van den Broeck hes 15 u can call him 0478 21 56 09"`,
      'Jonas Van den Broeck',
      '0478 21 56 09',
    ),
    withIds(
      `fortnite, 14yo girl from eindhoven, someone named kevin (adult??) wants to meet her at the station on sat, his snap is kev.d.1990 . she told him she lives at kruisstraat 14 .. told her to call 112 if scared, mum informed`,
      'kevin',
      'kev.d.1990',
      'kruisstraat 14',
    ),
    withIds(
      `Long conversation (approx. 35 min) with a boy, 13, from Malmö on the Discord server of a Minecraft community. Another user had asked him for "proof of age" before letting him into a private channel, and the boy typed his full personnummer, 110723-4823, into the open chat. He has since deleted the message but is not sure whether screenshots were taken. I explained why the number should never be shared, and with his agreement I contacted his mother; her e-mail, which he spelled out for me, is amira dot hassan at gmail dot com. Swedish team informed for follow-up.`,
      '110723-4823',
      'amira dot hassan at gmail dot com',
    ),
    clean(
      `Minecraft server patrol 18:00–20:30, talked to around 15 kids aged 10–14 from Reykjavík and Akureyri. Mostly questions about whether we are real police. Shared 1717 and 112. No concerns.`,
    ),
    clean(
      `Fortnite / 11 / Bergen / asked about Chapter 5 skins and whether Travis Scott is coming back / explained scam links, no action`,
    ),
    clean(
      `Pasted from chat 20:47: "is Ninja real police too lol" – explained that Ninja is just a streamer. Kid (12, Gent) was fun, no issues.`,
    ),
    clean(
      `roblox grp chat, 3 kids 10-12 from oulu, asked if Erling Haaland plays roblox lol. nothing to report. closed 22:05 ref 2024/118732`,
    ),
    clean(
      `A boy of 14 from Tampere was worried that he had been scammed: he had bought a "Fortnite account with 120 skins" for 40 euros through a Discord server and received a game code (4471-2208-9931) that did not work. We talked about how such trades break the Epic Games rules and how often they end in scams. He will tell his parents tonight. I gave him the Finnish helpline 116 111 and explained that he can report fraud online to the police. No personal data exchanged, no concerns of a sexual nature. Logged for the Europol weekly summary under operation day 3.`,
    ),
  ],
  nb: [
    withIds(
      `Snakket med en gutt på 14 fra Drammen på Discord ca. kl. 20.15. Han forteller at en voksen som kaller seg «Sjefen_Tore» har tilbudt ham Robux mot bilder. Gutten heter Emil Haugland og går i 9B på Fjell ungdomsskole. Ba ham blokkere og fortelle det til mor. Meldt videre til Kripos.`,
      'Sjefen_Tore',
      'Emil Haugland',
      '9B på Fjell ungdomsskole',
    ),
    withIds(
      `Snapchat / 13 / Lillestrøm / jente delte fødselsnummeret sitt 140311 51792 i chat med ukjent / rådet henne til å slette, varslet foresatte`,
      '140311 51792',
    ),
    withIds(
      `Limt inn fra Roblox-chat 19:47: "hei politi min venninne Sahra Abdi blir mobba, hun har nr 948 12 307 hvis dere vil ringe"`,
      'Sahra Abdi',
      '948 12 307',
    ),
    withIds(
      `fortnite, gutt 12 år fra sarpsborg, sier at noen som heter marius tok kontoen hans. marius bor visst i storgata 22 . ba han snakke med foreldra, ga 116 111`,
      'marius',
      'storgata 22',
    ),
    withIds(
      `Hadde en lang prat i voice chat på Discord med ei jente (13) fra Bodø. Hun har blitt med i en "squad" med en eldre spiller, gamertag «xX_NordicWolf_Xx», som har "gifta" henne skins og battle pass og nå vil ha Snap. Hun har gitt ham e-postadressen sin, lea.johansen2011@hotmail.com, og han har sendt henne en lenke til en privat server. Forklarte grooming på en rolig måte, hun skal blokke ham og vise chatten til pappa. Sendt til Kripos for vurdering.`,
      'xX_NordicWolf_Xx',
      'lea.johansen2011@hotmail.com',
    ),
    clean(
      `Minecraft-server kl. 18.30–21.00. Pratet med ca. 20 barn mellom 10 og 13 år fra Trondheim, Stjørdal og Levanger. Mange spurte om politiet spiller Minecraft på fritida. Ingen bekymringer.`,
    ),
    clean(
      `Roblox / 11 / Kristiansand / spurte om Erling Haaland og Martin Ødegaard spiller Roblox / ingen tiltak`,
    ),
    clean(
      `«er dere ekte politi eller bare skins?» – gutt 10 år fra Alta. Forklarte forskjellen. Ingen oppfølging.`,
    ),
    clean(
      `twitch chat, 4-5 stk 12-14 år, snakka om Fortnite season 3 og Spider-Man skin. ingen bekymring. ga 116 111 og 02800`,
    ),
    clean(
      `Gutt (15) fra Hamar lurte på om det er lov å selge Fortnite-kontoen sin for 1 200 kroner på Finn. Forklarte at det bryter vilkårene til Epic Games, og at mange slike handler ender med svindel der kjøperen tar tilbake kontoen etter et par dager. Han tok det fint og sa han skulle snakke med far før han gjør noe. Henviste til Kors på halsen (800 33 321) og Slettmeg.no. Sak 24-118233 registrert for statistikk, ingen personopplysninger notert.`,
    ),
  ],
  nn: [
    withIds(
      `Prata med ei jente på 12 frå Førde på Roblox kring kl. 19. Ho fortel at ein vaksen mann som kallar seg «Onkel_Bjørn» har bede om bilete. Ho har gjeve han telefonnummeret til storesyster si, 412 09 835. Rådde henne til å blokkere og seie frå til mor.`,
      'Onkel_Bjørn',
      '412 09 835',
    ),
    withIds(
      `Discord / 14 / Voss / gut seier at Tobias Øvrebø i 8C på Voss ungdomsskule blir mobba i gruppechat / rådd til å snakke med kontaktlærar`,
      'Tobias Øvrebø',
      '8C på Voss ungdomsskule',
    ),
    withIds(
      `Frå Fortnite-chatten 20:33: "eg heiter Ingvild og bur i Sjøgata 7 i Florø kan de koma hit"`,
      'Ingvild',
      'Sjøgata 7',
    ),
    withIds(
      `snapchat, gut 12 frå ørsta, ein kar som kallar seg «kjetil_ølen» spør etter nakenbilete, guten gav han fødselsnr 02081257070 !! bedt han endre passord og sei frå til foreldra`,
      'kjetil_ølen',
      '02081257070',
    ),
    withIds(
      `Lang samtale i voice på Discord med ein gut (15) frå Stord som har vore med i ein "clan" i Fortnite. Leiaren av clanen, Ahmad Rahimi (oppgjeve 19 år), har kjøpt lootboxar og V-Bucks til guten og vil no at han skal koma på ein "meetup" i Bergen. Guten har eposten hans, ahmadr05@gmail.com, og har sendt han fleire bilete av seg sjølv. Eg forklarte kva grooming er, guten var samd i å vise chatten til mor. Vidaresendt til Kripos.`,
      'Ahmad Rahimi',
      'ahmadr05@gmail.com',
    ),
    clean(
      `Patrulje på Minecraft kl. 17.45–20.00. Snakka med om lag 12 born mellom 10 og 14 år frå Sogndal og Leikanger. Dei lurte mest på korleis ein blir politi. Inga uro.`,
    ),
    clean(`Roblox / 11 / Ålesund / spurde om Ole Gunnar Solskjær er betre enn Haaland / ingen tiltak`),
    clean(`«kan politiet sjå det eg skriv på Snap??» – jente 13 år frå Volda. Forklarte kort. Gav 116 111.`),
    clean(`twitch, 3-4 stk 12-13 år, prata om Fortnite og MrBeast, inga bekymring. avslutta 21.40`),
    clean(
      `Gut (14) frå Odda fortalde at han hadde tapt 800 V-Bucks på ei falsk «gratis skins»-side som ein streamar hadde lenka til. Me gjekk gjennom korleis slike sider ser ut, og kvifor han aldri skal logge inn med Epic-kontoen sin utanfor den offisielle sida. Han skal slå på tofaktor i kveld saman med far. Tipsa om Slettmeg.no og Kors på halsen. Saka er registrert som 24-203118 i statistikken, ingen personopplysningar.`,
    ),
  ],
  nl: [
    withIds(
      `Gesproken met een meisje van 13 uit Tilburg via Discord rond 20.10 uur. Ze vertelt dat een man die zich 'Rico_040' noemt haar om foto's vraagt en haar wil ontmoeten. Ze heeft hem haar nummer gegeven: 06-41872209. Geadviseerd te blokkeren en haar moeder in te lichten. Doorgezet naar TBKK.`,
      'Rico_040',
      '06-41872209',
    ),
    withIds(
      `Roblox / 12 / Hasselt / jongen zegt dat zijn rijksregisternummer 11.05.14-263.97 werd gevraagd voor "gratis Robux" / ouders ingelicht, PV opgemaakt`,
      '11.05.14-263.97',
    ),
    withIds(
      `Uit Fortnite-chat 19:58: "mijn zus is Noor van der Linden ze zit in groep 8 van de Klimop in Almere en ze wordt gepest"`,
      'Noor van der Linden',
      'groep 8 van de Klimop',
    ),
    withIds(
      `tiktok live, jongen 14 uit rotterdam zuid, zegt dat ene mohammed (17?) zijn bsn 238174657 heeft gevraagd voor een bijbaantje. advies gegeven , ouders bellen`,
      'mohammed',
      '238174657',
    ),
    withIds(
      `Lange call op Discord met een jongen (15) uit Genk die in een "squad" speelt met een oudere gamer, gamertag 'xXGhostDaddyXx', die zich Dennis noemt. Die heeft hem skins en een battle pass "gegift" en vraagt nu om een afspraak in het echt. De jongen heeft hem zijn adres gestuurd: Molenstraat 41, 3600 Genk. Rustig uitgelegd wat grooming is; hij laat de chat vanavond aan zijn vader zien. Melding doorgegeven aan de Federale Gerechtelijke Politie Limburg.`,
      'xXGhostDaddyXx',
      'Dennis',
      'Molenstraat 41, 3600 Genk',
    ),
    clean(
      `Minecraft-server 18:00–20:30, met ongeveer 25 kinderen van 10 tot 14 jaar gepraat uit Utrecht, Amersfoort en Zeist. Vooral vragen of we echte politie zijn. Geen zorgen.`,
    ),
    clean(`Fortnite / 11 / Brugge / vroeg of Romelu Lukaku ook Fortnite speelt / geen actie`),
    clean(
      `"zijn jullie echt van de politie of is dat een skin" – jongen van 10 uit Leeuwarden. Uitgelegd. Geen vervolg.`,
    ),
    clean(
      `roblox, groepje van 4 (11-13) uit den bosch, vonden het leuk, vroegen naar Kevin De Bruyne haha. niks aan de hand. 21:50 af`,
    ),
    clean(
      `Meisje (14) uit Nijmegen vroeg wat ze moet doen als iemand een screenshot van haar Instagram-story doorstuurt in een groepsapp van 30 leerlingen. We hebben samen gekeken naar de privacy-instellingen en hoe ze iets kan melden bij Instagram zelf. Gewezen op Helpwanted.nl en de Kindertelefoon (0800-0432). Ze wil het eerst met haar mentor bespreken. Zaaknummer 2024-0471183, geen persoonsgegevens genoteerd.`,
    ),
  ],
  fr: [
    withIds(
      `Discuté avec une fille de 13 ans de Charleroi sur Snapchat vers 20h15. Elle explique qu'un homme se faisant appeler « Le_Lion_6000 » lui demande des photos et lui propose de l'argent. Elle lui a donné son numéro, le 0472/38.91.56. Conseillé de bloquer et d'en parler à sa maman. Transmis au service compétent.`,
      'Le_Lion_6000',
      '0472/38.91.56',
    ),
    withIds(
      `Roblox / 12 / Liège / garçon dit que Mehdi Benali, en 6e primaire à l'école Saint-Joseph de Seraing, se fait harceler / conseillé d'en parler à l'institutrice`,
      'Mehdi Benali',
      "6e primaire à l'école Saint-Joseph de Seraing",
    ),
    withIds(
      `Copié du chat Fortnite 19h42 : "moi c Lucas Dubois j'habite rue des Fripiers 12 à Namur vous pouvez venir"`,
      'Lucas Dubois',
      'rue des Fripiers 12',
    ),
    withIds(
      `discord, ado 15 ans de mons, un certain 'dylan' lui a demandé son num de registre national, il a donné 09.08.27-148.92 !! conseillé de prévenir les parents`,
      'dylan',
      '09.08.27-148.92',
    ),
    withIds(
      `Long call vocal sur Discord avec une fille (14) de Tournai qui fait partie d'une "team" avec un joueur plus âgé, pseudo 'Kami_Sama_B'. Il lui a "gift" des skins et un battle pass et insiste maintenant pour passer sur Snap. Elle lui a aussi envoyé l'adresse mail de sa sœur, qu'elle m'a épelée : ines point vandamme arobase outlook point be. Expliqué calmement le grooming, elle va montrer la conversation à sa mère ce soir. Signalement transmis à la PJF.`,
      'Kami_Sama_B',
      'ines point vandamme arobase outlook point be',
    ),
    clean(
      `Patrouille sur un serveur Minecraft de 18h00 à 20h30. Discuté avec une vingtaine d'enfants de 10 à 13 ans de Wavre, Ottignies et Louvain-la-Neuve. Questions surtout sur le métier de policier. Rien à signaler.`,
    ),
    clean(`Fortnite / 11 / Verviers / demande si Thibaut Courtois joue à Fortnite / pas d'action`),
    clean(
      `« vous êtes des vrais policiers ou c'est un skin ? » – garçon de 10 ans d'Arlon. Expliqué. Pas de suite.`,
    ),
    clean(`twitch, 3 ados 12-14 ans, parlaient de Squeezie et de la saison 5, rien de grave. fin 21h50`),
    clean(
      `Une fille de 15 ans de Mouscron se demande quoi faire si une photo d'elle circule dans un groupe Snapchat de sa classe. Nous avons parcouru ensemble les paramètres de confidentialité et la manière de signaler le contenu à Snapchat. Je lui ai donné les coordonnées de Child Focus (116 000) et du 103 Écoute-Enfants. Elle souhaite d'abord en parler avec son éducatrice. Dossier 2024/0581 pour les statistiques, aucune donnée personnelle notée.`,
    ),
  ],
  de: [
    withIds(
      `Gespräch mit einem Mädchen (13) aus Eupen auf Discord gegen 19:50 Uhr. Sie berichtet, dass ein Mann, der sich „Bärchen77“ nennt, sie um Fotos bittet. Sie hat ihm ihre Handynummer gegeben: 0485 62 19 03. Rat: blockieren und mit den Eltern sprechen.`,
      'Bärchen77',
      '0485 62 19 03',
    ),
    withIds(
      `Roblox / 12 / St. Vith / Junge sagt, Jonas Kessler aus der 6B der Gemeindeschule Recht wird gemobbt / Rat: Lehrerin informieren`,
      'Jonas Kessler',
      '6B der Gemeindeschule Recht',
    ),
    withIds(
      `Aus dem Fortnite-Chat 20:14: "ich bin die Lena Schröder wohne Aachener Straße 38 in Kelmis"`,
      'Lena Schröder',
      'Aachener Straße 38',
    ),
    withIds(
      `snapchat, junge 12 aus raeren, ein gewisser 'tommi' will sich treffen, handynr 0497 33 28 41, junge hat ihm seine nationalnummer 12.03.02-371.65 geschickt. eltern verständigt`,
      'tommi',
      '0497 33 28 41',
      '12.03.02-371.65',
    ),
    withIds(
      `Längerer Voice-Call auf Discord mit einem Jungen (15) aus Bütgenbach, der in einem "Clan" spielt. Der Clan-Leader, Gamertag 'Schattenwolf_DE', nach Angaben des Jungen Sergej Wolkow, ca. 25, hat ihm Skins "gegiftet" und will ihn zu einem LAN-Treffen in Aachen einladen. Der Junge hat ihm außerdem Bilder geschickt und hat seine Mailadresse s.wolkow@web.de. Ich habe ruhig erklärt, was Grooming ist; er zeigt den Chat heute Abend seiner Mutter. An die Föderale Gerichtliche Polizei Eupen weitergeleitet.`,
      'Schattenwolf_DE',
      'Sergej Wolkow',
      's.wolkow@web.de',
    ),
    clean(
      `Streife auf einem Minecraft-Server von 18:00 bis 20:30. Mit ca. 15 Kindern zwischen 10 und 13 Jahren aus Eupen, Kelmis und Lontzen gesprochen. Fragen zum Polizeiberuf. Keine Auffälligkeiten.`,
    ),
    clean(`Fortnite / 11 / Sankt Vith / fragt, ob Thomas Müller Fortnite spielt / keine Maßnahme`),
    clean(
      `„seid ihr echte Polizei oder nur ein Skin?“ – Junge, 10, aus Büllingen. Erklärt. Keine Folgemaßnahme.`,
    ),
    clean(`twitch chat, 4 kids 12-14, reden über MontanaBlack und Season 5, nix auffällig. ende 21:45`),
    clean(
      `Mädchen (14) aus Malmedy fragt, was sie tun kann, wenn ein Foto von ihr in einer Snapchat-Gruppe mit etwa 30 Mitschülern geteilt wird. Wir haben gemeinsam die Privatsphäre-Einstellungen angeschaut und besprochen, wie man Inhalte bei Snapchat meldet. Hinweis auf Child Focus (116 000) und die Nummer gegen Kummer (116 111). Sie will zuerst mit ihrer Klassenlehrerin reden. Vorgang 2024/33817, keine personenbezogenen Daten notiert.`,
    ),
  ],
  is: [
    withIds(
      `Spjallaði við stelpu, 13 ára, frá Selfossi á Discord um kl. 20:05. Hún segir að maður sem kallar sig „Jonni_Viking“ hafi beðið hana um myndir. Hún gaf honum símanúmerið sitt, 862 4117. Ráðlagði henni að loka á hann og segja mömmu sinni frá.`,
      'Jonni_Viking',
      '862 4117',
    ),
    withIds(
      `Roblox / 12 / Akureyri / strákur segir að Guðmundur Þór Ragnarsson í 7. bekk í Brekkuskóla sé lagður í einelti / ráðlagt að tala við kennara`,
      'Guðmundur Þór Ragnarsson',
      '7. bekk í Brekkuskóla',
    ),
    withIds(
      `Úr Fortnite-spjalli 19:31: "ég heiti Aleksandra Nowak og á heima á Hringbraut 52 getiði komið"`,
      'Aleksandra Nowak',
      'Hringbraut 52',
    ),
    withIds(
      `snapchat, strakur 14 ara fra keflavik, einhver 'siggi' bað um kennitoluna hans og hann gaf 120310-4100 . ráðlagði að tala við foreldra`,
      'siggi',
      '120310-4100',
    ),
    withIds(
      `Langt voice-spjall á Discord við stelpu (15) frá Egilsstöðum sem er í "squad" með eldri spilara, gamertag 'IceKing_99', sem kallar sig Dabba. Hann hefur "giftað" henni skins og vill nú hittast í Reykjavík. Hún er með netfangið hans, dabbi.kr99@gmail.com, og hefur sent honum myndir. Ég útskýrði rólega hvað tæling er og hún ætlar að sýna mömmu sinni spjallið í kvöld. Sent áfram til kynferðisbrotadeildar.`,
      'IceKing_99',
      'Dabba',
      'dabbi.kr99@gmail.com',
    ),
    clean(
      `Eftirlit á Minecraft-þjóni kl. 18:00–20:30. Ræddi við um 15 börn á aldrinum 10–13 ára frá Reykjavík, Hafnarfirði og Kópavogi. Flest spurðu hvort við værum alvöru lögregla. Ekkert athugavert.`,
    ),
    clean(`Fortnite / 11 / Ísafjörður / spurði hvort Gylfi Sigurðsson spili Fortnite / engin aðgerð`),
    clean(
      `„eruð þið alvöru löggur eða bara skin?“ – strákur, 10 ára, frá Húsavík. Útskýrði. Engin eftirfylgni.`,
    ),
    clean(
      `twitch, 3 krakkar 12-14 ara, tala um Fortnite season 5 og Ronaldo, ekkert athugavert. lokaði 21:40`,
    ),
    clean(
      `Stelpa (14) frá Akranesi spurði hvað hún ætti að gera ef mynd af henni færi á flakk í Snapchat-hópi bekkjarins, um 25 krakkar. Við fórum saman yfir persónuverndarstillingar og hvernig hægt er að tilkynna efni til Snapchat. Benti á Hjálparsíma Rauða krossins 1717 og 112. Hún vill fyrst ræða við umsjónarkennarann sinn. Málsnúmer 007-2024-018833, engar persónuupplýsingar skráðar.`,
    ),
  ],
  fi: [
    withIds(
      `Juttelin Discordissa 13-vuotiaan tytön kanssa Tampereelta noin klo 19.45. Hän kertoo, että nimimerkillä "Isokarhu_82" esiintyvä mies on pyytänyt kuvia ja tarjonnut rahaa. Tyttö on antanut hänelle puhelinnumeronsa 040 718 2256. Neuvoin estämään ja kertomaan äidille.`,
      'Isokarhu_82',
      '040 718 2256',
    ),
    withIds(
      `Roblox / 12 / Oulu / poika kertoo, että Eetu Karjalainen 6B-luokalta Myllytullin koulusta joutuu kiusatuksi / neuvottu kertomaan opettajalle`,
      'Eetu Karjalainen',
      '6B-luokalta Myllytullin koulusta',
    ),
    withIds(
      `Fortnite-chatista 20:22: "mä oon Abdirahman Yusuf asun osoitteessa Kontulankaari 9 B 14 tuutteko käymään"`,
      'Abdirahman Yusuf',
      'Kontulankaari 9 B 14',
    ),
    withIds(
      `snapchat, poika 14v lahdesta, joku 'jere' pyysi hetua ja poika antoi 150410A284M . käsketty kertoo vanhemmille`,
      'jere',
      '150410A284M',
    ),
    withIds(
      `Pitkä voice-puhelu Discordissa 15-vuotiaan tytön kanssa Kuopiosta. Hän pelaa "squadissa" vanhemman pelaajan kanssa, nimimerkki 'NightFoxx_FI', jonka oikea nimi on tytön mukaan Mikko Heinonen. Tämä on "giftannut" skinejä ja haluaa nyt tavata Helsingissä. Tytöllä on hänen sähköpostinsa mikko.heinonen88@gmail.com, ja hän on lähettänyt kuvia itsestään. Selitin rauhallisesti mitä grooming on; tyttö näyttää keskustelun äidilleen tänä iltana. Välitetty eteenpäin tutkintaan.`,
      'NightFoxx_FI',
      'Mikko Heinonen',
      'mikko.heinonen88@gmail.com',
    ),
    clean(
      `Partio Minecraft-palvelimella klo 18.00–20.30. Juteltiin noin 20 lapsen kanssa, iät 10–13, Espoosta, Vantaalta ja Keravalta. Kysyivät lähinnä poliisin työstä. Ei huolia.`,
    ),
    clean(`Fortnite / 11 / Jyväskylä / kysyi pelaako Teemu Pukki Fortnitea / ei toimenpiteitä`),
    clean(`"ootteko oikeita poliiseja vai skinejä?" – poika 10 v. Rovaniemeltä. Selitin. Ei jatkotoimia.`),
    clean(
      `twitch, 3-4 nuorta 12-14v, puhuivat Fortnitesta ja Kimi Räikkösestä, ei mitään huolestuttavaa. lopetin 21.50`,
    ),
    clean(
      `Tyttö (14) Porista kysyi, mitä tehdä jos joku levittää hänestä kuvaa luokan Snapchat-ryhmässä, jossa on noin 25 oppilasta. Kävimme yhdessä läpi yksityisyysasetukset ja sen, miten sisällöstä ilmoitetaan Snapchatille. Kerroin MLL:n Lasten ja nuorten puhelimesta 116 111 ja hätänumerosta 112. Hän haluaa ensin puhua luokanvalvojansa kanssa. Ilmoitus 2024/5520/181 tilastointia varten, ei henkilötietoja kirjattu.`,
    ),
  ],
  sv: [
    withIds(
      `Pratade med en tjej på 13 från Västerås på Discord runt 20.10. Hon berättar att en man som kallar sig ”Farbror_Leffe” har bett om bilder och erbjudit presentkort. Hon har gett honom sitt nummer, 073-518 42 90. Rådde henne att blockera och berätta för mamma.`,
      'Farbror_Leffe',
      '073-518 42 90',
    ),
    withIds(
      `Roblox / 12 / Uppsala / kille säger att Nils Bergkvist i 6B på Gränbyskolan blir mobbad i gruppchatt / råd: prata med mentor`,
      'Nils Bergkvist',
      '6B på Gränbyskolan',
    ),
    withIds(
      `Från Fortnite-chatten 19:36: "jag heter Hevin Ahmadi bor på Ramels väg 14 kan ni komma hit"`,
      'Hevin Ahmadi',
      'Ramels väg 14',
    ),
    withIds(
      `snap, kille 14 fr norrköping, nån 'robban' frågade efter personnr o han gav 100402-6678 . sagt åt honom prata m föräldrar`,
      'robban',
      '100402-6678',
    ),
    withIds(
      `Långt voice-samtal på Discord med en tjej (15) från Luleå som spelar i en "squad" med en äldre spelare, gamertag 'VikingLord_SWE'. Han har "giftat" skins till henne och vill nu träffas i Stockholm. Hon har mejlat honom på adressen han gav henne, som hon läste upp för mig: viking punkt lord snabel-a hotmail punkt se. Jag förklarade lugnt vad grooming är och hon ska visa chatten för sin pappa i kväll. Vidarebefordrat till Polisregion Nord.`,
      'VikingLord_SWE',
      'viking punkt lord snabel-a hotmail punkt se',
    ),
    clean(
      `Patrull på Minecraft-server kl 18.00–20.30. Pratade med ett 20-tal barn 10–13 år från Örebro, Karlstad och Borlänge. Mest frågor om hur man blir polis. Inget att notera.`,
    ),
    clean(`Fortnite / 11 / Gävle / frågade om Zlatan spelar Fortnite / ingen åtgärd`),
    clean(
      `”är ni riktiga poliser eller bara skins?” – kille 10 år från Kiruna. Förklarade. Ingen uppföljning.`,
    ),
    clean(
      `twitch, 3 st 12-14 år, snackade om Fortnite säsong 5 och Bianca Ingrosso lol, inget konstigt. slutade 21.45`,
    ),
    clean(
      `Tjej (14) från Växjö undrade vad hon ska göra om en bild på henne sprids i klassens Snapchat-grupp, ungefär 28 elever. Vi gick igenom sekretessinställningarna tillsammans och hur man anmäler innehåll direkt till Snapchat. Tipsade om BRIS 116 111, 112 vid fara och 114 14 för polisen. Hon vill först prata med sin mentor. Ärendenummer 5000-K123456-24 för statistik, inga personuppgifter noterade.`,
    ),
  ],
};
