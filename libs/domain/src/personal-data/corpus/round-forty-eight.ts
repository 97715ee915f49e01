/**
 * Round forty-eight: written blind, before the detector was run on it.
 * Style: people named in passing, a second round — friends, siblings, parents, adult suspects and classmates turn up
 * mid-story with no introducing cue, as subjects, objects, possessives and inflected case forms (Finnish and
 * Icelandic cases, -s genitives, "z'n", "à Kevin"), sometimes in lower case; the clean notes are crowded with
 * capitalised non-persons (places, brands, games, fictional and famous people, names that are ordinary words).
 */
import { clean, CorpusNote, withIds } from './corpus-note';

export const ROUND_FORTY_EIGHT: Readonly<Record<string, readonly CorpusNote[]>> = {
  en: [
    withIds(
      `Rec Room, Thursday evening. Girl, 13, left the paintball room because Tyler-Jay kept following her avatar and dropping gifts on her. Later Tyler-Jay's older cousin joined and called her names in voice. Maddox and Precious Adeyemi-Clarke told her to just block the pair of them, which she had already done. Advised report as well; she seemed fine.`,
      'Tyler-Jay',
      'Maddox',
      'Precious Adeyemi-Clarke',
    ),
    withIds(
      `lichess chat. boy 12, lives in Tromsø (dad works offshore, family speaks english at home). a grown man offering "coaching" — whitcombe_gm on lichess, mr whitcombe to the kids — asked for his snap and the boy sent it before we got there: k.oyelaran09. told him to tell mum tonight. his sister ngozi was sitting next to him and heard everything.`,
      'whitcombe_gm',
      'whitcombe',
      'k.oyelaran09',
      'ngozi',
    ),
    withIds(
      `Lad from Athlone in a Fortnite Creative map on an English-language server. Oisín and Cathal Ó Broin have been betting V-Bucks on 1v1s and Cathal lost his whole birthday money to an adult, "Uncle Dessie", on Discord. Cathal's mam reported it already. The lad typed his own number before I could stop him: 087 412 6690. No call made.`,
      'Oisín',
      'Cathal Ó Broin',
      'Cathal',
      'Uncle Dessie',
      '087 412 6690',
    ),
    withIds(`Jonah + Kofi again on Twitch chat, see Tuesday.`, 'Jonah', 'Kofi'),
    withIds(
      `Joint patrol, Minecraft Bedrock realm run by teenagers at an international school in Bergen (English is their common language). A 14-year-old reported that an adult moderator told the younger players to "verify age" by mailing a selfie to ravenclaw dot verify at gmail dot com. Mei-Ling and Anouk both did it before they realised what it was. Anouk's father has since called the school, and Fairweather-Holt (the moderator's real surname, according to the kids, who found it on his PayPal) was kicked from the realm on Friday. Explained why the photos should be reported, not deleted. Sunny asked us at the end not to write anything down about her; explained we note only what is needed.`,
      'ravenclaw dot verify at gmail dot com',
      'Mei-Ling',
      'Anouk',
      'Fairweather-Holt',
      'Sunny',
    ),
    clean(`No names given.`),
    clean(
      `Kid asked if MrBeast is real and whether Kai Cenat will ever stream from Oslo. Told him probably not. Fun chat, no concerns.`,
    ),
    clean(
      `Reminded the Among Us lobby about 116 111, and that Childline in the UK is 0800 1111. Red and Lime kept venting, Pink was always sus. No issues.`,
    ),
    clean(
      `Several players on Hypixel asked whether Police can read their DMs. Explained: no, only what is posted where we are. Topics: SkyWars, the Wither, Dream vs Technoblade, and whether Steve and Alex have surnames. One asked about people selling "Herobrine seeds" for 5 euros via PayPal. Used case ref 24/11873 as an example of what a report number looks like. Grace period for reporting is not a thing, told them to report the same day. May and June patrols already planned.`,
    ),
    clean(
      `Fortnite squad (skins: Peely, Jonesy, Midas, Aura), Saturday 21:40. Chat about Tilted Towers, whether Ninja still plays, and the new Star Wars season. Will check the same lobby again Sunday.`,
    ),
  ],
  nb: [
    withIds(
      `Snakket med jente (13) fra Kvinesdal på MovieStarPlanet. Thea-Marie og hun hadde delt passord, og Thea-Maries storebror har logget inn og sendt stygge meldinger i hennes navn. Mora til Yonas Tesfaye har visstnok tatt det opp med kontaktlæreren. Anbefalt å bytte passord og si fra hjemme.`,
      'Thea-Marie',
      'Thea-Maries',
      'Yonas Tesfaye',
    ),
    withIds(
      `Gutt, 15, Steinkjer, Roblox (Bedwars). Skrev selv fødselsnummeret sitt i chatten for å "bevise" alder: 14091051398. Han og Aksel ble lurt av en voksen, «Onkel Robux», og alle Aksels robux er borte. Snakket med ham om aldri å dele fnr. Ba ham vise meldingene til faren.`,
      '14091051398',
      'Aksel',
      'Aksels',
      'Onkel Robux',
    ),
    withIds(
      `discord, server for bryne-gjengen. hedda og sander krangler, sander la ut bilde av heddas mor. jenta vi snakka med er venninne av begge. tlf hun ga oss: 924 71 385 (trodde politiet skulle ringe henne, avklart at vi ikke gjør det).`,
      'hedda',
      'sander',
      'heddas',
      '924 71 385',
    ),
    withIds(
      `Jente (12) i Alta, kom inn via Snapchat-profilen vår. Viste oss Snap Map: Iman Abdi og Liv-Kristin deler posisjon med en 19-åring fra Hammerfest – «Buggen» – som de aldri har møtt. Lærer Haugland har snakket med klassen om det, men ingen har fjernet ham som venn. Veiledet om spøkelsesmodus og blokkering.`,
      'Iman Abdi',
      'Liv-Kristin',
      'Buggen',
      'Haugland',
    ),
    withIds(
      `Gutt 16 fra Lillestrøm i Twitch-chat. Streameren han følger la i går kveld ut adressen til Mikkel Sæther-Olsen, Kirkegata 14B, 2000 Lillestrøm, etter en krangel i Valorant. Mikkels foreldre vet trolig ikke om det. Vi melder klippet til Twitch og ba gutten ikke dele det videre.`,
      'Mikkel Sæther-Olsen',
      'Kirkegata 14B, 2000 Lillestrøm',
      'Mikkels',
    ),
    clean(`Ingen navn notert.`),
    clean(
      `Prat på Fortnite om 17. mai, Kristiansand Dyrepark og om Erling Haaland scorer mot Sverige. Tre gutter, ca. 11 år. De lurte på om Politiet kan se Snapchat. Gitt nummer til Alarmtelefonen 116 111 og Kors på halsen 800 33 321.`,
    ),
    clean(
      `Jentene spilte Minecraft på en server med navnet Storm og bygde en kopi av Nidarosdomen. Vi snakket om Mai-konserten i Trondheim, om Vår Frue kirke og om Ask og Embla i norrøn mytologi, som de hadde hatt om i norsk. Ingen bekymring.`,
    ),
    clean(
      `Viste saksnummer 24-118374 som eksempel på hvordan en anmeldelse ser ut. Spørsmål fra chatten om Politiloggen, Kripos, Nettpatruljen Agder og TikTok-kontoen til Finnmark politidistrikt. Svar gitt. Neste økt tirsdag 19:00–21:00.`,
    ),
    clean(
      `To jenter rollespilte Karius og Baktus i Brookhaven og spurte om Kaptein Sabeltann kommer til Kristiansand i juli. Ellers spørsmål om aldersgrensen på Snapchat (13) og om Politihuset på Grønland. God stemning.`,
    ),
  ],
  nn: [
    withIds(
      `Jente (14) frå Ørsta på Discord. Synnøve og Ruqia Ahmadi vart med i ein server der ein vaksen, Fjellgeita, spør etter bilete. Synnøves mor har sett meldingane. Me rådde henne til å ta skjermbilete og melde frå.`,
      'Synnøve',
      'Ruqia Ahmadi',
      'Fjellgeita',
      'Synnøves',
    ),
    withIds(
      `Gut, 16, Voss. Sende oss fødselsnummeret sitt (22120860325) fordi han trudde me måtte ha det for å hjelpa. Sletta i chatten, han fekk forklaring. Saka gjeld at Eirik Lunde-Hauge og bror hans har selt kontoar på Steam til yngre born.`,
      '22120860325',
      'Eirik Lunde-Hauge',
    ),
    withIds(
      `odda, fortnite. dawit seier at faren til torbjørn truga han på voice. torbjørn er 15, faren vaksen. gav dawit 116 111. tlf dawit: 47 38 12 06`,
      'dawit',
      'torbjørn',
      '47 38 12 06',
    ),
    withIds(`Gunnhild og Amir igjen, sjå notat frå måndag.`, 'Gunnhild', 'Amir'),
    withIds(
      `Gut (13) i Sogndal, Minecraft. Nikola Petrović har lagt ut heile adressa si på serveren, Fosshaugane 7, 6856 Sogndal, og storesystera hans fann det først. Nikolas kamerat Brage ville ikkje snakka med oss. Me bad dei sletta innlegget.`,
      'Nikola Petrović',
      'Fosshaugane 7, 6856 Sogndal',
      'Nikolas',
      'Brage',
    ),
    clean(`Ingen namn oppgjeve.`),
    clean(
      `Prata med tre gutar om Vossajazz, Ekstremsportveko og Kvitebjørn — bjørnen, ikkje oljefeltet. Dei spelte Rocket League. Spurde om politiet kan sjå Snap. Svar: nei.`,
    ),
    clean(
      `Tips om falske Roblox-gåver («gratis Robux frå MrBeast») via TikTok. Gav dei 116 111 og chatten til Kors på halsen. Spørsmål om Sogn og Fjordane, om Sunnmørsposten skriv om slikt, og om Odin og Tor finst i Assassin's Creed Valhalla.`,
    ),
    clean(`Stille kveld. Inga oppfølging.`),
    clean(
      `Kvelden gjekk med til Minecraft-byggjing av Fjord Line-båten. Jentene snakka om bjørk som treslag i naturfag, om Solgaleo i Pokémon og om rein i Valdres. Ein spurde om Jarl er ein tittel frå vikingtida. Fint.`,
    ),
  ],
  nl: [
    withIds(
      `Meisje (12) uit Emmen via Roblox (Da Hood). Femke en Xaviera Pinas maken elkaar zwart in een groepsapp, en Femkes moeder is al bij mentor De Graaf geweest. Een jongen, 'Kapsalon' in de chat, biedt geld voor foto's. Geadviseerd: blokkeren, screenshots bewaren, ouders inlichten.`,
      'Femke',
      'Xaviera Pinas',
      'Femkes',
      'De Graaf',
      'Kapsalon',
    ),
    withIds(
      `Jongen, 15, Lelystad, Discord. Heeft in een "giveaway"-kanaal zijn BSN gedeeld omdat een bot erom vroeg: 317429061. Soufiane had het ook bijna gedaan. Uitgelegd dat je dat nooit deelt; hij bespreekt het met zijn vader. Zijn 06: 06-38174209.`,
      '317429061',
      'Soufiane',
      '06-38174209',
    ),
    withIds(
      `Gesprek met een gast van 14 uit Roeselare op Fortnite. Lander zijn broer zou skins doorverkopen aan een volwassene uit Kortrijk, 'de Vos'. Wout en Jitse Vandenbroucke doen mee. Advies: er niet op ingaan. Hij gaf zijn gsm: 0478 31 62 09.`,
      'Lander',
      'de Vos',
      'Wout',
      'Jitse Vandenbroucke',
      '0478 31 62 09',
    ),
    withIds(
      `genk, tiktok live. ilyas en marthe ruzie, marthe d'r zus dreigt met "naar de flikken gaan" haha. geen strafbare feiten. ilyas zette zijn mail in de chat: ilyas.genk2010 apenstaartje hotmail punt com`,
      'ilyas',
      'marthe',
      'ilyas.genk2010 apenstaartje hotmail punt com',
    ),
    withIds(`Bram z'n zus en Quincy weer online.`, 'Bram', 'Quincy'),
    clean(`Geen namen, geen gegevens.`),
    clean(
      `Vraag op Twitch over 113 Zelfmoordpreventie (0800-0113) en de Kindertelefoon (0800-0432). Doorverwezen. Verder ging het over Ajax–Feyenoord, de Snollebollekes en of Enzo Knol nog vlogt.`,
    ),
    clean(
      `Op een Minecraft-server uit de Kempen bouwden ze het Atomium en de Grote Markt van Brussel na. Gesprek over K3, Samson en Gert, de Rode Duivels en of Lukaku naar Anderlecht komt. Eén vroeg of de politie van Zone Antwerpen ook op Roblox zit. Kort gezegd: ja, deze week.`,
    ),
    clean(
      `Stardew Valley-server: Abigail, Sebastian en Pierre (personages uit het spel) kwamen steeds terug, net als de Winter van jaar twee. Vraag of de Kindertelefoon ook via chat kan: ja.`,
    ),
    clean(
      `Zaaknummer 2024/331874 als voorbeeld gebruikt. Kinderen uit Venlo en Tegelen vroegen naar Carnaval, de Maas en Politie Limburg. Dinsdag, woensdag en vrijdag weer online.`,
    ),
  ],
  fr: [
    withIds(
      `Jeune fille (14), Charleroi, rencontrée sur Snapchat via notre compte. Chaïmae et Inès Dethier ont reçu des messages d'un adulte, « Tonton Max » sur Snap. La maman d'Inès a déjà bloqué le compte. Conseils donnés, renvoi vers le 103 Écoute-Enfants.`,
      'Chaïmae',
      'Inès Dethier',
      'Tonton Max',
      'Inès',
    ),
    withIds(
      `Garçon, 15 ans, Namur, Discord. Pour « prouver » son âge sur un serveur 18+, il a posté son numéro de registre national : 10.06.24-157.83. Expliqué le risque. Le serveur est modéré par un certain Wauters, majeur selon lui. Yanis a fait pareil mais a supprimé son message.`,
      '10.06.24-157.83',
      'Wauters',
      'Yanis',
    ),
    withIds(
      `Verviers, Fortnite. Le petit (11) a donné l'adresse mail de son frère Rayan pour recevoir des V-Bucks gratuits : rayan point lambert arobase gmail point com. Rayan a 16 ans et il est au courant. Mot de passe changé devant nous.`,
      'Rayan',
      'rayan point lambert arobase gmail point com',
    ),
    withIds(
      `mons, tiktok live. zoé + le père à kevin qui commente sous ses vidéos, bizarre. numéro donné par zoé : 0492/57.18.34. on rappelle pas, expliqué.`,
      'zoé',
      'kevin',
      '0492/57.18.34',
    ),
    withIds(
      `Élève de 13 ans à Schaerbeek, sur Roblox. Un adulte — Mamadou Diallo sur son profil — connaît son adresse, rue Royale Sainte-Marie 88, 1030 Schaerbeek, et sa classe, la 2e B à l'Athénée Fernand Blum. Il lui a proposé de « passer la voir après l'école ». Elle a tout raconté à sa maman devant nous. Orientée vers la zone de police Bruxelles-Nord et Child Focus (116 000).`,
      'Mamadou Diallo',
      'rue Royale Sainte-Marie 88, 1030 Schaerbeek',
      "2e B à l'Athénée Fernand Blum",
    ),
    clean(`Rien à signaler.`),
    clean(
      `Discussion sur Fortnite avec trois garçons de La Louvière : Squeezie, Stromae, Angèle, le Standard et la Saint-Nicolas. Question : la police voit-elle nos messages privés ? Non. Rappel du 103 et du 107.`,
    ),
    clean(
      `Message à tout le serveur Minecraft : Prudence ! Ne jamais donner ses codes. Les jeunes construisaient la Grand-Place de Bruxelles en pierre bleue, avec une Rose des vents au sol. Un ado demandait si la Marine recrute à 16 ans. Renvoyé vers le site de la Défense.`,
    ),
    clean(
      `Live Twitch : le chat parlait de Tintin, du capitaine Haddock, de Gaston Lagaffe et des Schtroumpfs, puis de Spirou à Charleroi. Personne n'a donné d'info perso. Dossier de référence 2024/NA/8812 non concerné.`,
    ),
    clean(
      `Écoute-Enfants 103, Child Focus 116 000, urgences 112 : rappelés à tout le salon Discord « Les Liégeois ». Jeudi 20h, vendredi 18h.`,
    ),
  ],
  de: [
    withIds(
      `Mädchen (13) aus Kelmis, Kontakt über Roblox. Lenas Schwester und Aleyna Demir wurden in einem Spiel von einem Erwachsenen, "Papa Wolf", angeschrieben. Lena hat die Chats gespeichert. Beratung gegeben, Mutter wird informiert.`,
      'Lenas',
      'Aleyna Demir',
      'Papa Wolf',
      'Lena',
    ),
    withIds(
      `Junge, St. Vith, 14 Jahre, auf Discord. Hat seine Nationalregisternummer 11.02.19-283.03 gepostet, weil ein "Admin" das verlangte. Der Admin ist laut ihm Herr Thelen aus Bütgenbach, ein Erwachsener. Jonas' Bruder hat das Gleiche gemacht. Erklärt, warum man das nicht tut.`,
      '11.02.19-283.03',
      'Thelen',
      'Jonas',
    ),
    withIds(
      `eupen, twitch. mia und emir hodžić streamen zusammen, im chat hat einer emirs handynummer gepostet: 0471 58 23 96. emir weiß bescheid. clip gemeldet.`,
      'mia',
      'emir hodžić',
      'emirs',
      'emir',
      '0471 58 23 96',
    ),
    withIds(
      `Raeren, Minecraft. Ben K. (12) gab uns für einen Rückruf die Mail seiner Mutter: heinen punkt sabine ät skynet punkt be. Bens Freund Noah Schmitz wird auf dem Server gemobbt, die anderen rufen ihn nur "Schmitzi". Mit beiden gesprochen, Moderator informiert. Die Mutter wollte per Mail eine Bestätigung, haben wir aber nicht geschickt, sondern auf die Polizeizone Weser-Göhl verwiesen.`,
      'Ben K.',
      'heinen punkt sabine ät skynet punkt be',
      'Bens',
      'Noah Schmitz',
      'Schmitzi',
    ),
    withIds(`Frau Cremer (Mutter von Luca) hat zurückgerufen.`, 'Cremer', 'Luca'),
    clean(`Nichts Auffälliges.`),
    clean(
      `Gespräch auf Fortnite mit drei Jungs aus Eupen über die KAS Eupen, die Wesertalsperre und ob MontanaBlack echt ist. Hinweis auf 116 111 und die Telefonhilfe 108.`,
    ),
    clean(
      `Ernst gemeint war die Drohung nicht, sagen die Kinder: In Minecraft hat ein Wolf ihren Hund "Sommer" gebissen, daher die Aufregung. Im August wollen sie eine Burg im Hohen Venn nachbauen. Frank und frei erzählt, keine Daten.`,
    ),
    clean(
      `Chat über Harry Potter, die Biene Maja und SpongeBob; einer fragte, ob Lionel Messi schon mal in Amel war. Im Hohen Venn gibt es laut den Kindern Wölfe. Keine Sorgen.`,
    ),
    clean(
      `Aktenzeichen 2024/EU/1173 als Beispiel erklärt. Danach Fragen zur Polizeizone Eifel, zum Notruf 112 und zur Deutschsprachigen Gemeinschaft. Mittwoch, 19 Uhr, nächste Runde.`,
    ),
  ],
  is: [
    withIds(
      `Stúlka (13) á Akureyri, spjall í gegnum Roblox. Heklu og Ástrósu hafa borist skilaboð frá fullorðnum manni á Discord, „Kónginum“, sem biður um myndir. Móðir Ástrósar hefur þegar tilkynnt reikninginn. Ráðlagt að loka á hann og vista skjáskot.`,
      'Heklu',
      'Ástrósu',
      'Kónginum',
      'Ástrósar',
    ),
    withIds(
      `Drengur, 15 ára, Ísafirði. Setti kennitöluna sína, 060510-3850, inn á Minecraft-þjón til að fá „VIP“. Kári Sigurðsson og bróðir Jóns hafa gert það sama. Útskýrt af hverju það er hættulegt.`,
      '060510-3850',
      'Kári Sigurðsson',
      'Jóns',
    ),
    withIds(
      `selfoss, tiktok. siggi og dísa að rífast í athugasemdum, siggi hótar að birta myndir af dísu. stelpan sem við töluðum við gaf upp símann sinn: 867 4120. bent á 1717.`,
      'siggi',
      'dísa',
      'dísu',
      '867 4120',
    ),
    withIds(
      `Reykjanesbær, Fortnite. Drengur (12) af pólskum uppruna. Hann og Kacper spila með Zofiu Nowak, og frændi Zofiu, fullorðinn maður, hefur verið að selja þeim „ódýra“ V-Bucks gegn greiðslu í Aur. Foreldrar Kacpers vita ekki af þessu. Sími drengsins: 772-3915. Við hringjum ekki, en bentum honum á að segja foreldrum frá og á Barnaheill.`,
      'Kacper',
      'Zofiu Nowak',
      'Zofiu',
      'Kacpers',
      '772-3915',
    ),
    withIds(`Guðrúnu og Bjarti sagt að hringja í 112 ef þetta gerist aftur.`, 'Guðrúnu', 'Bjarti'),
    clean(`Ekkert markvert.`),
    clean(
      `Krakkarnir í Minecraft byggðu Heklu og Kötlu úr hrauni og ræddu um gosin á Reykjanesi. Einn spurði hvort Björk hefði sungið á Þjóðhátíð. Örn og Hrafn í leiknum eru bara fuglar, sögðu þau.`,
    ),
    clean(
      `Spjall á Twitch um Þjóðhátíð í Eyjum, Eurovision og hvort Gylfi Sigurðsson spili aftur með landsliðinu. Ábending: Hjálparsími Rauða krossins 1717 og netspjallið á 1717.is.`,
    ),
    clean(
      `Málsnúmer 007-2024-11873 notað sem dæmi. Spurningar um Lögregluna á Suðurnesjum, Neyðarlínuna og Barnaheill. Næst á þriðjudag kl. 20:00.`,
    ),
    clean(
      `Í Roblox léku þau Grýlu, Leppalúða og jólasveinana, Stekkjarstaur og Kertasníki. Mjög fyndið. Ekkert að tilkynna.`,
    ),
  ],
  fi: [
    withIds(
      `Tyttö (13), Kajaani, Roblox. Aadan isoveli ja Iida Korhonen ovat pelanneet aikuisen kanssa, joka lupaa Robuxeja kuvia vastaan. Aadalle on tullut myös viestejä. Korhosen äiti on jo soittanut koululle. Ohjattu ottamaan kuvakaappaukset ja kertomaan kotona.`,
      'Aadan',
      'Iida Korhonen',
      'Aadalle',
      'Korhosen',
    ),
    withIds(
      `Poika 15 v, Rovaniemi, Discord. Laittoi henkilötunnuksensa 170809A4132 palvelimen "ikävarmistukseen". Eetun kanssa sama juttu, Eetu ehti poistaa omansa. Palvelimen aikuiselle ylläpitäjälle, Mäkiselle, on jo tehty ilmoitus Discordiin.`,
      '170809A4132',
      'Eetun',
      'Eetu',
      'Mäkiselle',
    ),
    withIds(
      `joensuu, fortnite. onnin kaveri veeti kiusaa onnia voicessa. onni antoi numeronsa: nolla neljä nolla seitsemän yksi kahdeksan kaksi kaksi yhdeksän kolme. ei soiteta, selitetty.`,
      'onnin',
      'veeti',
      'onnia',
      'onni',
      'nolla neljä nolla seitsemän yksi kahdeksan kaksi kaksi yhdeksän kolme',
    ),
    withIds(
      `Kotka, TikTok live. Abdirahman ja Anastasian isosisko riitelevät kommenteissa, ja mukaan on tullut aikuisia tilejä. Tyttö (12), joka otti meihin yhteyttä, pyysi ohjeita sähköpostiin: nuppu.kotka ät gmail piste com. Kerrottu, ettei poliisi lähetä niitä näin, vaan ohjeet löytyvät poliisin sivuilta. Hänen puhelimensa +358 44 561 2380, ei soitettu. Ohjattu Sekasin-chattiin ja kertomaan äidille.`,
      'Abdirahman',
      'Anastasian',
      'nuppu.kotka ät gmail piste com',
      '+358 44 561 2380',
    ),
    withIds(`Niilolle ja Helmille annettu Sekasin-chatin tiedot.`, 'Niilolle', 'Helmille'),
    clean(`Ei huomautettavaa.`),
    clean(
      `Aamu alkoi Minecraftissa: rakennettiin Kemin Lumilinnaa ja Turun tuomiokirkkoa. Toivo on, että ensi kerralla mukana on enemmän tyttöjä. Satu Lumikista luettiin ääneen. Onni oli matkassa, kukaan ei eksynyt serverillä.`,
    ),
    clean(
      `Keskustelu Twitchissä: Käärijä, Cha Cha Cha, Teemu Pukki ja Muumit. Kysyttiin, onko Poliisi TikTokissa (on). Muistutettu: Lasten ja nuorten puhelin 116 111, Sekasin-chat ja hätänumero 112.`,
    ),
    clean(
      `Diaarinumero 5500/R/11873/24 mainittu esimerkkinä. Kysymyksiä Itä-Suomen poliisilaitoksesta, Vantaan Jumbosta ja Linnanmäestä. Tiistaina klo 18–20 uusi vuoro.`,
    ),
    clean(
      `Brookhavenissa pelaajat leikkivät Pikku Myytä, Niiskuneitiä ja Muumipappaa. Yksi kysyi, saako Pokémon GO:ta pelata Porvoossa yöllä. Ei henkilötietoja kirjattu.`,
    ),
  ],
  sv: [
    withIds(
      `Tjej (13) i Gävle via Snapchat. Alvas storebror och Nour Haddad har fått meddelanden på Yubo från en vuxen man som ber om bilder. Alva har sparat skärmdumpar och ville att vi skulle ringa: 070-381 42 96 (ej gjort). Tipsat om BRIS 116 111.`,
      'Alvas',
      'Nour Haddad',
      'Alva',
      '070-381 42 96',
    ),
    withIds(
      `Kille, Kiruna, 14 år, Discord. La ut sitt personnummer 100417-2373 i en "verifieringskanal". Hugo och Ludvig Pettersson hade gjort samma sak. Kanalen drivs av en vuxen, "Farbror Frost". Anmälan upprättas.`,
      '100417-2373',
      'Hugo',
      'Ludvig Pettersson',
      'Farbror Frost',
    ),
    withIds(
      `jakobstad, minecraft. linnea och jonatan björkqvist bråkar, jonatans pappa har skrivit till linnea i chatten, vuxen. linneas nummer: 050-391 8427, inte uppringd.`,
      'linnea',
      'jonatan björkqvist',
      'jonatans',
      'linneas',
      '050-391 8427',
    ),
    withIds(
      `Flicka (14) från Vasa, TikTok. Har skrivit sin personbeteckning 020310A286H i en kommentar för att "vinna en iPhone". Selma Sjöholm varnade henne, och Selmas mamma kontaktade oss via chatten.`,
      '020310A286H',
      'Selma Sjöholm',
      'Selmas',
    ),
    withIds(
      `Visby, Fortnite. Killen (12) skrev sin mejl för att få "gratis skins", ebbe.gotland snabel-a hotmail punkt com, och sin adress, Stenkumlaväg 21, 621 41 Visby. Zeynep Kayas lillasyster såg det och sa till. Raderat i chatten, mamman informerad.`,
      'ebbe.gotland snabel-a hotmail punkt com',
      'Stenkumlaväg 21, 621 41 Visby',
      'Zeynep Kayas',
    ),
    clean(`Inget att anteckna.`),
    clean(
      `Frågor på Minecraft-servern om vargar och björnar i Jämtland. En Björn från ett moddpaket förstörde basen. De byggde en stig av sten till Ekudden. Ros till alla för trevlig ton. Bo kvar till kl. 21, sa admin.`,
    ),
    clean(
      `Twitch-chatt om Zlatan, Melodifestivalen, Pippi Långstrump och Kalle Anka på julafton. Någon frågade om Polisen finns på Kick. BRIS 116 111 och 114 14 nämnda.`,
    ),
    clean(
      `Pratade med tre unga från Närpes och Korsholm om Vasa Festival, Åbo Akademi och Idol-finalen. Hänvisade till Barnens och ungas telefon 116 111 och Mannerheims Barnskyddsförbund. Mariehamn nästa vecka.`,
    ),
    clean(`Ärendenummer 5000-K118374-24 som exempel. Måndag, onsdag, fredag.`),
  ],
};
