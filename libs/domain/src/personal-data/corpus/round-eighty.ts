/**
 * Round eighty: written blind, before the detector was run on it.
 * An ordinary evening: in each language ten different officers, new to the platforms, each write one note after one chat on a different platform.
 */
import { clean, CorpusNote, withIds } from './corpus-note';

export const ROUND_EIGHTY: Readonly<Record<string, readonly CorpusNote[]>> = {
  en: [
    withIds(
      'Discord, 19:40, Kripos desk. Boy (13) from Drammen said an adult calling himself a coach asked him to move the chat to Snapchat and add kevin_bergrud07, promising 5,000 V-Bucks. Before we could stop him he typed his full name, Tobias Lindqvist-Aas. Advised him to block and report; case 24/1187 opened.',
      'kevin_bergrud07',
      'Tobias Lindqvist-Aas',
    ),
    withIds(
      'Roblox, Brookhaven server, Finnish team writing in English for the joint log. Girl (12) from Espoo says a stranger keeps texting her on +358 40 716 2293 and asks for photos in her swimsuit. She wants us to call her mum, Sanna Heikkilä, tonight.',
      '+358 40 716 2293',
      'Sanna Heikkilä',
    ),
    withIds(
      'Twitch chat during the Dutch team stream. A 15-year-old pasted his school e-mail, daan.vermeulen@leerling.stedelijkgym.nl, asking us to send him the slides, and added that he is in 3B at Stedelijk Gymnasium Leiden. Told him to delete the message; first time on Twitch for me, took a while to find the moderation button.',
      'daan.vermeulen@leerling.stedelijkgym.nl',
      '3B at Stedelijk Gymnasium Leiden',
    ),
    withIds(
      'Steam trading chat (CS2). Boy posted his fødselsnummer 140910 51207 because a so-called skin seller wanted to verify his age; the seller profile is steamcommunity.com/id/hallvardx99. Reported the profile to Valve and told the boy to talk to his parents.',
      '140910 51207',
      'steamcommunity.com/id/hallvardx99',
    ),
    withIds(
      'Fortnite party chat, Oslo team. Girl (14) is worried about her friend Hodan Warsame, who has been meeting a 19-year-old man from Grorud; she says he lives at Trondheimsveien 212 and gives the girls vapes. Passed on to Oslo police district for follow-up.',
      'Hodan Warsame',
      'Trondheimsveien 212',
    ),
    clean(
      'TikTok live on the Kripos blue profile Politiet Nettpatrulje, 20:00–21:30: 312 viewers, 47 questions. Most asked whether police can read deleted Snapchat messages and whether Erling Haaland really plays Fortnite. Referred two viewers to 116 111 and one to Kors på halsen on 800 33 321. No personal data recorded.',
    ),
    clean(
      'Xbox Live, Belgian team on a Ghent lobby. Two boys around 16 asked about the EA FC Ultimate Team scam where someone promises 10,000 coins in exchange for the account login. Explained that police never ask for passwords, gave them Child Focus 116 000 and the emergency number 101. Nothing identifying was shared.',
    ),
    clean(
      'Minecraft, Hypixel SkyBlock lobby, Icelandic team. Chatted with about eight kids from Reykjavík, Akureyri and Selfoss about Björk, Laufey and whether Iceland will ever beat England again like at Euro 2016. Reminded them of 112 and the Red Cross line 1717. No usernames noted.',
    ),
    clean(
      'Twitch, 21:10, Finnish officer on duty. A boy from Tampere (15) wanted to know if it is illegal to watch Kai Cenat and IShowSpeed streams during class. We talked about 18+ content, age limits and the MLL number 116 111. Case 2024/33 closed with 0 identifiers.',
    ),
    clean(
      'PlayStation party, Bergen. Three girls aged 13, 14 and 14 talked about GTA V, Hogwarts Legacy and the Taylor Swift concerts in Stockholm. One said a school in Tromsø had a bomb-threat rumour on TikTok last week; we explained it was a hoax that went round 40 schools. Nothing stored.',
    ),
  ],
  nb: [
    withIds(
      'Snapchat, Stavanger-teamet. Jente (14) fra Sandnes fortalte at en mann på ca. 30 har sendt henne snaps fra brukeren stian.kjoerer og spurt om bilder. Hun sa at hun heter Ingrid Tjelta og går i 9B på Lura skole før jeg rakk å si at hun ikke trengte å oppgi det.',
      'stian.kjoerer',
      'Ingrid Tjelta',
      '9B på Lura skole',
    ),
    withIds(
      'Roblox, Kristiansand. Gutt på 11 år ville at vi skulle ringe faren hans på 928 44 170 fordi noen har lurt til seg 800 Robux fra kontoen hans. Forklarte at vi ikke ringer ut herfra og ba ham vise faren chatten.',
      '928 44 170',
    ),
    withIds(
      'Discord, første kveld for meg på plattformen. Gutten (16) ville ha tips om jobb i politiet og skrev e-postadressen sin som mats.h.olsen krølla hotmail punkt com så vi kunne sende info. Ba ham heller gå inn på politiet.no.',
      'mats.h.olsen krølla hotmail punkt com',
    ),
    withIds(
      'TikTok-direktemeldinger. Jente (13) fortalte at en «modellagent» ba om personnummeret hennes, og at hun sendte 23071153614 før hun skjønte noe. Venninnen Amina Yusuf fikk samme melding. Saken sendt videre til Sør-Vest politidistrikt.',
      '23071153614',
      'Amina Yusuf',
    ),
    withIds(
      'Xbox, Tromsø. Gutt (15) sier at en voksen med gamertaggen NordlysWolf_88 har tilbudt seg å hente ham hjemme i Storgata 94, 9008 Tromsø og kjøre ham til en LAN-fest. Rådet ham til å ikke svare og fortelle det til mor.',
      'NordlysWolf_88',
      'Storgata 94, 9008 Tromsø',
    ),
    clean(
      'Fortnite, kveldsøkt 18:30–20:00. Snakket med fire gutter fra Lillestrøm om de nye skinsene i Chapter 5, om Martin Ødegaard og om politiet kan spore IP-adresser. Ga dem nummeret til Alarmtelefonen for barn og unge, 116 111, og minnet om 02800. Ingen personopplysninger lagret.',
    ),
    clean(
      'Habbo-hotellet, blå profil «Politiet på nett». Ei jente på 12 spurte om det er lov å lyve om alderen for å få TikTok; vi forklarte 13-årsgrensen. Hun fortalte at Sigrid og Aurora er favorittartistene hennes, og at klassen skal på tur til Oslo 14. juni. Ingenting identifiserende notert.',
    ),
    clean(
      'Minecraft-serveren «Nordic Craft», 47 spillere pålogget kl. 20:15. Tre gutter fra en skole i Bodø spurte om det er straffbart å hacke kontoen til en venn for moro skyld. Viste til nettvett.no og slettmeg.no. Sak 24-118734 registrert uten navn.',
    ),
    clean(
      'CS2 via Steam, Oslo-teamet. Gutt (17) fra Grünerløkka fortalte om et skinsjuks der han tapte skins verdt 2 400 kroner til en falsk tradebot. Anbefalte å anmelde på politiet.no og eventuelt ringe 02800. Ingen brukernavn notert.',
    ),
    clean(
      'PlayStation-chat med to søsken på 10 og 13 år fra Ålesund. De snakket om EA FC, Alexander Sørloth og Astrid S, og lurte på om politiet har egne gamere. Vi sa at vi er tre politifolk fra Kripos denne uken, og ga dem 116 111. Ingen identifiserende opplysninger.',
    ),
  ],
  nn: [
    withIds(
      'Snapchat, Førde. Jenta (15) fortalde at ein vaksen mann har sendt ho meldingar frå 47 91 23 58 og bede om nakenbilete. Ho heiter Synnøve Hjelmeland, seier ho, og ho ville at me skulle vite det. Eg bad ho ta skjermbilete og snakke med helsesjukepleiaren.',
      '47 91 23 58',
      'Synnøve Hjelmeland',
    ),
    withIds(
      'Discord, Voss. Guten (13) fortel at han vert mobba i ein server for Valorant, og at det er brukaren vossagut_vidar som står bak dei fleste meldingane. Han veit ikkje kva brukaren heiter i røynda. Eg rådde han til å rapportere og blokkere.',
      'vossagut_vidar',
    ),
    withIds(
      'Roblox, Ørsta. Jenta på 12 skreiv fødselsnummeret sitt, 070312 58132, i chatten fordi nokon lova ho gratis Robux, og ho lenkja òg til profilen sin, roblox.com/users/4821937706/profile. Eg fekk ho til å slette meldinga, men ho var redd.',
      '070312 58132',
      'roblox.com/users/4821937706/profile',
    ),
    withIds(
      'TikTok, Nordfjordeid. Ei jente bad oss sende ho informasjon om sextortion på e-post, tiril.nes@gmail.com, fordi ho skal ha framføring i 8A på Eid skule neste veke. Eg sa at ho finn alt på politiet.no og at ho ikkje skal dele adressa si i kommentarfeltet.',
      'tiril.nes@gmail.com',
      '8A på Eid skule',
    ),
    withIds(
      'Fortnite, Stord. Guten (14) seier at kameraten hans, Yonas Tesfaye, har fått tilbod om 2000 kroner for å kome til ei leilegheit i Leirvikvegen 31 og «hjelpe til med noko». Eg sende saka vidare til Sør-Vest politidistrikt same kveld.',
      'Yonas Tesfaye',
      'Leirvikvegen 31',
    ),
    clean(
      'Minecraft, kveldsøkt frå 19:00. Eg prata med fem born frå ein skule i Volda om korleis ein byggjer redstone-maskiner og kva politiet eigentleg gjer på nettet. Dei spurde om Kygo og Alan Walker nokon gong har vore i Ørsta. Ingen personopplysningar er lagra.',
    ),
    clean(
      'Twitch-straumen til politiet, 312 sjåarar på det meste. Ei jente frå Bergen spurde kva ho skal gjere om nokon deler bilete av ho. Me gav ho 116 111 og sa at ho kan ringje 02800, eller 112 om det hastar. Ikkje noko namn eller brukarnamn kom fram.',
    ),
    clean(
      'Habbo, rommet «Sunnmørsk kafé». Tre jenter på 13 snakka om Taylor Swift, Sigrid og «Skam», og lurte på kvifor politiet har blå profil. Eg forklarte at Kripos og politidistrikta patruljerer heile veka frå 18 til 22. Sak 24/7731 vart lukka utan personopplysningar.',
    ),
    clean(
      'Xbox-chat med ein gut (16) frå Haugesund om Call of Duty og om det er ulovleg å kjøpe brukarkontoar for 300 kroner. Han nemnde at Martin Ødegaard og Erling Braut Haaland er favorittane hans. Eg tilrådde han å lese slettmeg.no. Ingenting identifiserande er notert.',
    ),
    clean(
      'Snapchat, politiprofilen Politiet Vest. Ein gut spurde kor mange som vert tekne for nettovergrep kvart år; eg svara at det er fleire hundre saker, og at om lag 60 % startar i spel. Han bur ein stad i Sogn, seier han, og går i tiande. Ikkje registrert noko namn.',
    ),
  ],
  nl: [
    withIds(
      'Snapchat, team Nederland. Meisje (14) uit Almere vertelde dat een zogenaamd modellenbureau om haar BSN vroeg en dat ze 273819458 heeft gestuurd. Ze heet Fleur de Graaf, zei ze erbij. Geadviseerd om het contact te blokkeren en haar ouders in te lichten.',
      '273819458',
      'Fleur de Graaf',
    ),
    withIds(
      'Fortnite, Antwerpse ploeg. Jongen van 14 uit Borgerhout heeft zijn rijksregisternummer 10.03.17-243.89 in de chat gezet omdat iemand een gratis Battle Pass beloofde. Hij stelde zich voor als Bilal El Amrani. Uitgelegd dat hij dat nummer nooit mag delen.',
      '10.03.17-243.89',
      'Bilal El Amrani',
    ),
    withIds(
      'Discord, Rotterdam. Jongen (15) wil bij de politie werken en tikte zijn mailadres als sem punt bakker apenstaartje outlook punt com zodat we info konden sturen. Verwezen naar werkenbijdepolitie.nl, verder geen contact.',
      'sem punt bakker apenstaartje outlook punt com',
    ),
    withIds(
      'TikTok, Oost-Vlaanderen. Een meisje van 13 zegt dat een volwassen man haar blijft bellen op 0478 21 96 53 sinds ze een filmpje over haar school postte; ze zit in 2B van het Sint-Jozefcollege in Aalst. Gemeld aan de lokale politie.',
      '0478 21 96 53',
      '2B van het Sint-Jozefcollege',
    ),
    withIds(
      'Steam, Utrecht. Jongen (16) vertelt dat zijn vriend Emre Yıldız door een oudere gamer is uitgenodigd op Kanaalstraat 118 om een nieuwe pc te testen. Hij vertrouwt het niet. Doorgezet naar de wijkagent van Lombok.',
      'Emre Yıldız',
      'Kanaalstraat 118',
    ),
    clean(
      'Fortnite, 20:15. Vier jongens uit Eindhoven vroegen of Memphis Depay echt een skin in Fortnite heeft en of de politie accounts kan hacken. Uitgelegd dat we dat niet doen; verwezen naar De Kindertelefoon (0800-0432) en 112. Geen persoonsgegevens genoteerd.',
    ),
    clean(
      "Minecraft-server 'Vlaanderen Bouwt', 63 spelers online. Een meisje van 12 uit Gent vroeg wat ze moet doen als iemand screenshots van haar doorstuurt. Gewezen op Child Focus 116 000 en Awel 102. Niemand bij naam genoemd, eerste avond voor mij op deze server.",
    ),
    clean(
      "Habbo, kamer 'Politie Chat'. Twee meiden (13 en 15) van een school in Zwolle praatten over Snelle, Davina Michelle en Max Verstappen. Ze wilden weten hoe oud je moet zijn voor Instagram (13 jaar). Dossier 2024-0917 afgesloten zonder gegevens.",
    ),
    clean(
      'Xbox, Limburgse ploeg. Jongen (16) uit Genk over oplichting met FIFA-punten: hij verloor 45 euro via een nepsite. Doorverwezen naar aangifte via Police-on-web en 101 bij nood. Hij supportert voor KRC Genk en Racing Genk speelt zaterdag om 18u30. Geen gamertag genoteerd.',
    ),
    clean(
      "TikTok-live van het blauwe profiel 'Politie Team Online', 19:00–20:30: 1.200 kijkers, 85 vragen. Veel vragen over sextortion en over Lil Kleine. We noemden Helpwanted.nl, Meld Misdaad Anoniem 0800-7000 en 0900-8844 voor de politie. Niets opgeslagen.",
    ),
  ],
  fr: [
    withIds(
      "Snapchat, équipe de Liège. Une fille de 13 ans de Seraing dit qu'un homme d'environ 25 ans lui écrit depuis le compte lucas.mrtz_lg et veut la retrouver à la gare des Guillemins. Elle s'appelle Manon Dethier, elle tenait à le dire. Dossier transmis à la zone Seraing-Neupré.",
      'lucas.mrtz_lg',
      'Manon Dethier',
    ),
    withIds(
      "Fortnite, Bruxelles. Un garçon de 13 ans d'Anderlecht a donné son numéro de registre national, 11.06.22-158.66, à un « concours » qui promettait 13 500 V-bucks. Je lui ai expliqué que c'est une arnaque et qu'il doit prévenir ses parents.",
      '11.06.22-158.66',
    ),
    withIds(
      "Discord, Namur. Un ado de 16 ans voulait recevoir la brochure sur le cyberharcèlement et a écrit son adresse : noah point lambert arobase skynet point be. Je l'ai renvoyé vers le site de la police, c'était ma première soirée sur Discord.",
      'noah point lambert arobase skynet point be',
    ),
    withIds(
      "TikTok, Charleroi. Une jeune de 15 ans raconte que son ami Kacper Nowak reçoit des menaces d'un compte qui exige 200 € sinon des photos seront publiées ; l'auteur l'appelle sur le 0486 73 12 59. Sextorsion probable, signalée à la FCCU.",
      'Kacper Nowak',
      '0486 73 12 59',
    ),
    withIds(
      "Roblox, Mons. Un garçon de 12 ans dit qu'un joueur adulte lui propose de venir chercher des cartes cadeaux rue de Nimy 47, 7000 Mons. Il a précisé qu'il est en 2e B à l'Athénée royal de Mons. Informé la zone de police Mons-Quévy.",
      'rue de Nimy 47, 7000 Mons',
      "2e B à l'Athénée royal de Mons",
    ),
    clean(
      "Serveur Minecraft « Wallonie Craft », 41 joueurs connectés. Des garçons de 11 et 12 ans de Namur ont parlé de Stromae, d'Angèle et de Romelu Lukaku, puis de ce que fait la police sur Internet. Renvoyés vers Child Focus 116 000 et le 103 Écoute-Enfants. Aucune donnée personnelle notée.",
    ),
    clean(
      'Live Twitch de la police fédérale, 20h–21h30, 480 spectateurs. La sextorsion revenait dans une question sur trois ; nous avons rappelé le 101, le 112 et le site de Child Focus. Dossier 2024/1186 clôturé, aucune identité enregistrée.',
    ),
    clean(
      "Xbox Live, équipe de Bruxelles. Un garçon de 15 ans d'Ixelles s'est plaint d'insultes racistes pendant une partie de Call of Duty sur un serveur européen. Il ne veut pas porter plainte pour l'instant. On lui a indiqué le 103 et Unia. Rien d'identifiant.",
    ),
    clean(
      'PlayStation, partie de EA FC 24 avec trois ados de Verviers. Ils ont parlé de Kevin De Bruyne, de Jérémy Doku et du Standard de Liège. Une école de Verviers organise un tournoi le 14 mars à 14h et ils voulaient savoir si la police viendra. Aucune donnée conservée.',
    ),
    clean(
      "Habbo, salle « Café Belge ». Une fille de 14 ans de Tournai demandait si c'est normal qu'un inconnu lui promette 50 € de crédits contre une photo. Expliqué l'arnaque, renvoi vers le 116 000. Profil policier « Police Belge – Cyber » utilisé, aucune donnée personnelle.",
    ),
  ],
  de: [
    withIds(
      'Snapchat, Eupen. Ein Junge (15) erzählte, dass ein angeblicher Gewinnspiel-Account seine Nationalregisternummer verlangt hat, und er hat 09.09.05-067.64 geschickt. Ich habe ihm geraten, sofort seine Eltern zu informieren und den Account zu melden.',
      '09.09.05-067.64',
    ),
    withIds(
      'Discord, St. Vith. Ein Mädchen (14) wollte Infos zum Thema Cybermobbing per Mail und schrieb lena punkt kessler Klammeraffe skynet punkt be in den Chat. Habe sie auf die Seite der Polizei verwiesen und gebeten, die Nachricht zu löschen.',
      'lena punkt kessler Klammeraffe skynet punkt be',
    ),
    withIds(
      'TikTok, Berlin-Neukölln. Ein Mädchen (13) berichtet, ihre Freundin Elif Demir werde von einem Erwachsenen unter Druck gesetzt, der über den Account @elif.neukoelln09 Bilder von ihr verbreitet. Weitergeleitet an das LKA Berlin.',
      'Elif Demir',
      '@elif.neukoelln09',
    ),
    withIds(
      'Discord, Köln. Junge (16) sagt, ein Mann habe ihm 150 € für Accountdaten angeboten und ihn von +49 176 48230917 angerufen; Treffpunkt sollte die Venloer Straße 312 sein. Erster Abend für mich auf Discord, Sachverhalt an das PP Köln.',
      '+49 176 48230917',
      'Venloer Straße 312',
    ),
    withIds(
      'Steam, Kelmis. Ein Schüler verlinkte sein Profil steamcommunity.com/profiles/76561198412093377 und erzählte, er gehe in die Klasse 2A der Pater-Damian-Sekundarschule, wo er wegen eines Fotos gemobbt werde. Polizeizone Weser-Göhl informiert.',
      'steamcommunity.com/profiles/76561198412093377',
      'Klasse 2A der Pater-Damian-Sekundarschule',
    ),
    clean(
      'Fortnite-Runde mit vier Jungs von einer Schule in Aachen. Sie redeten über Toni Kroos, Jamal Musiala und ob Alemannia Aachen wieder aufsteigt. Fragen zur Polizei im Netz; Hinweis auf die Nummer gegen Kummer 116 111 und auf 110. Keine personenbezogenen Daten.',
    ),
    clean(
      "Minecraft-Server 'Ostbelgien Craft', 28 Spieler online. Ein Mädchen (12) aus Bütgenbach fragte, ob man für Beleidigungen im Chat angezeigt werden kann. Hinweis auf Child Focus 116 000 und die Polizei unter 101. Keine Daten notiert.",
    ),
    clean(
      'Twitch, 21:00. Ein 14-Jähriger aus Hamburg fragte, ob MontanaBlack und Papaplatte wirklich so viel verdienen und ob Streamer Steuern zahlen müssen. Wir sprachen auch über Spendenbetrug. Vorgang 2024/0457 ohne Personendaten abgeschlossen.',
    ),
    clean(
      'Habbo, Raum „Polizei fragt nach“. Zwei Mädchen (13 und 15) aus einer Schule in Malmedy sprachen über Helene Fischer, Billie Eilish und Thibaut Courtois. Sie wollten wissen, warum die Polizei ein blaues Profil hat. Nichts Identifizierendes gespeichert.',
    ),
    clean(
      'PlayStation, Party-Chat mit drei Jungs aus Bochum über EA FC 24, den VfL und Gran Turismo 7. Einer fragte, ob 0800 111 0 111 wirklich kostenlos ist; ja, die TelefonSeelsorge ist rund um die Uhr erreichbar. Keine Gamertags notiert.',
    ),
  ],
  is: [
    withIds(
      'Snapchat, teymi Reykjavíkur. Stúlka (14) frá Hafnarfirði sagði að maður hefði beðið um kennitöluna hennar til að „staðfesta aldur“ og hún sendi 170510-2750. Ég ráðlagði henni að blokka hann og segja foreldrum sínum frá.',
      '170510-2750',
    ),
    withIds(
      'Roblox, Kópavogur. Strákur (12) segir að bekkjarsystir hans, Guðrún Hrafnsdóttir, sé lögð í einelti á Roblox-þjóni; þau eru bæði í 7. bekk í Melaskóla. Málið sent til skólans og barnaverndar.',
      'Guðrún Hrafnsdóttir',
      '7. bekk í Melaskóla',
    ),
    withIds(
      'Discord, Akureyri. Drengur (16) vildi fá upplýsingar um lögregluskólann og skrifaði netfangið sitt sem arnar.thor hjá gmail punktur com. Ég benti honum á vef lögreglunnar í staðinn; fyrsta kvöldið mitt á Discord.',
      'arnar.thor hjá gmail punktur com',
    ),
    withIds(
      'TikTok, Reykjanesbær. Stúlka (15) segir að vinur hennar, Kuba Wiśniewski, fái hótanir frá fullorðnum manni sem hringir úr númerinu 862 4471 og krefst peninga. Líklega fjárkúgun; sent áfram til lögreglunnar á Suðurnesjum.',
      'Kuba Wiśniewski',
      '862 4471',
    ),
    withIds(
      'Fortnite, Reykjavík. Strákur (13) segir að spilari með nafnið IcyViking_RVK hafi boðið honum gjafakort ef hann kæmi á Laugaveg 88. Hann fór ekki. Ég bað hann að segja mömmu sinni frá og tilkynna spilarann.',
      'IcyViking_RVK',
      'Laugaveg 88',
    ),
    clean(
      'Minecraft, kvöldvakt 19–21. Talaði við sex krakka frá Selfossi og Hveragerði um Björk, Laufey og hvort Gylfi Sigurðsson spili enn fótbolta. Þau spurðu hvað lögreglan gerir á netinu. Benti á 112 og Hjálparsíma Rauða krossins 1717. Engar persónuupplýsingar skráðar.',
    ),
    clean(
      'Twitch, útsending lögreglunnar, 215 áhorfendur. Flestar spurningar snerust um svindl með Robux og hvort það sé ólöglegt að kaupa aðgang að leikjum. Mál 2024-311 lokað án nafna.',
    ),
    clean(
      'Xbox, Ísafjörður. Drengur (15) kvartaði yfir hatursorðræðu í Call of Duty á evrópskum netþjóni. Hann vildi ekki kæra. Ég benti honum á Umboðsmann barna og 1717. Ekkert auðkennandi skráð.',
    ),
    clean(
      'PlayStation, spjall við þrjár stelpur, 13 og 14 ára, frá skóla á Egilsstöðum. Þær ræddu um EA FC, Hogwarts Legacy og tónleika Taylor Swift. Þær spurðu hvort lögreglan spili leiki; já, við erum fimm lögreglumenn í vikunni. Ekkert vistað.',
    ),
    clean(
      'Habbo, herbergið „Íslenskt kaffihús“. Stúlka (12) frá Garðabæ spurði hvort hún megi segjast vera 13 ára til að fá TikTok. Við útskýrðum aldursmörkin og nefndum 112 og netöryggi á vef SAFT. Engin nöfn eða notendanöfn skráð.',
    ),
  ],
  fi: [
    withIds(
      'Snapchat, Helsingin tiimi. Tyttö (14) Vantaalta kertoi, että "mallitoimisto" pyysi hänen henkilötunnustaan ja hän lähetti 150310A247M. Hän esitteli itsensä nimellä Aino Korhonen. Neuvoin estämään tilin ja kertomaan vanhemmille.',
      '150310A247M',
      'Aino Korhonen',
    ),
    withIds(
      'Discord, Oulu. Poika (16) halusi tietoa poliisikoulusta ja kirjoitti sähköpostinsa muodossa eetu.lahtinen ät gmail piste com. Ohjasin hänet poliisin sivuille. Ensimmäinen iltani Discordissa, kesti hetki löytää viestin poistonappi.',
      'eetu.lahtinen ät gmail piste com',
    ),
    withIds(
      'Roblox, Itä-Helsinki. Poika (11) kertoi, että hänen kaverinsa Abdirahman Hassan saa viestejä aikuiselta, joka soittaa numerosta 044 582 3916 ja lupaa Robuxeja. Välitetty Helsingin poliisille.',
      'Abdirahman Hassan',
      '044 582 3916',
    ),
    withIds(
      'TikTok, Tampere. Tyttö (13) sanoo, että tuntematon mies tietää hänen osoitteensa Hämeenkatu 23, 33200 Tampere ja että hän on 7C-luokalla Kalevan koulussa. Mies on lähettänyt kuvia hänen koulumatkastaan. Asia siirretty Sisä-Suomen poliisille kiireellisenä.',
      'Hämeenkatu 23, 33200 Tampere',
      '7C-luokalla Kalevan koulussa',
    ),
    withIds(
      'Xbox, Turku. Tyttö (15) kertoi, että pelaaja SisuSniper_FI kiusaa hänen ystäväänsä Rojin Ahmadia joka ilta. Hän pyysi, että poliisi puhuisi pelaajalle. Ohjeistin ilmoittamaan ja estämään.',
      'SisuSniper_FI',
      'Rojin Ahmadia',
    ),
    clean(
      'Fortnite, ilta 18–20. Juttelin neljän pojan kanssa Jyväskylästä Teemu Pukista, Käärijästä ja siitä, voiko poliisi jäljittää IP-osoitteen. Kerroin MLL:n Lasten ja nuorten puhelimesta 116 111 ja hätänumerosta 112. Henkilötietoja ei kirjattu.',
    ),
    clean(
      'Minecraft-palvelin "Suomi Craft", 52 pelaajaa paikalla. Tyttö (12) eräästä Lahden koulusta kysyi, mitä tehdä, jos joku levittää kuvakaappauksia. Kerroin Sekasin-chatista ja Rikosuhripäivystyksen auttavasta puhelimesta 116 006. Kukaan ei kertonut nimeään.',
    ),
    clean(
      'Twitch, poliisin lähetys klo 20.00–21.30, 640 katsojaa. Eniten kysyttiin huijauksista, Lordista ja Kimi Räikkösestä. Tehtävä 2024/0815 suljettu ilman tunnistetietoja.',
    ),
    clean(
      'Habbo, huone "Poliisin kahvila". Kaksi tyttöä (13 ja 14) Porista puhui Haloo Helsingistä, Isaac Elliotista ja 13 vuoden ikärajasta TikTokissa. Kysyivät, miksi poliisin profiili on sininen. Mitään tunnistettavaa ei tallennettu.',
    ),
    clean(
      'PlayStation, Kuopio. Poika (17) kertoi menettäneensä 60 euroa feikkikaupassa NHL 24 -pelissä. Neuvoin tekemään rikosilmoituksen netissä ja kerroin nettipoliisien työstä. Pelinimeä ei kirjattu.',
    ),
  ],
  sv: [
    withIds(
      'Snapchat, Vasa. En flicka (13) från Korsholm berättade att en "modellagent" bad om hennes personbeteckning och att hon skickade 280911A8364. Hon sa att hon heter Ebba Sjöholm. Rådde henne att blockera och prata med sina föräldrar.',
      '280911A8364',
      'Ebba Sjöholm',
    ),
    withIds(
      'TikTok, Malmö. Pojke (14) från Rosengård säger att hans kompis Yousef Al-Masri skickade sitt personnummer 100814-2380 till ett konto som lovade gratis skins. Ärendet skickat till polisregion Syd.',
      'Yousef Al-Masri',
      '100814-2380',
    ),
    withIds(
      'Discord, Uppsala. Flicka (16) ville ha information om polisutbildningen och skrev sin adress som wilma punkt lind snabel-a hotmail punkt se. Hänvisade till polisen.se i stället; första kvällen för mig på Discord.',
      'wilma punkt lind snabel-a hotmail punkt se',
    ),
    withIds(
      'Roblox, Åbo. Pojke (12) säger att en vuxen ringer honom från 040 718 2264 och vill att han ska ta bilder i omklädningsrummet; han går i 8B i Katedralskolan i Åbo. Ärendet till Sydvästra Finlands polis genast.',
      '040 718 2264',
      '8B i Katedralskolan i Åbo',
    ),
    withIds(
      'Fortnite, Stockholm. Pojke (13) berättar att spelaren Bamse_Kid2011 har bjudit in honom till Hornsgatan 61, 118 49 Stockholm för att spela på en ny PS5. Han har inte svarat. Bad honom berätta för en vuxen.',
      'Bamse_Kid2011',
      'Hornsgatan 61, 118 49 Stockholm',
    ),
    clean(
      'Fortnite, kväll 19–21, Göteborgsteamet. Pratade med fyra killar om Zlatan, Dejan Kulusevski och Victor Gyökeres och om polisen kan se raderade meddelanden. Tipsade om BRIS 116 111 och 112 vid nöd. Inga personuppgifter antecknade.',
    ),
    clean(
      'Minecraft-servern "Österbotten Craft", 34 spelare inne. En flicka (12) från en skola i Jakobstad frågade vad hon ska göra om någon sprider skärmdumpar. Tipsade om Barnens och ungas telefon 0800 96 116 och om 112. Ingen nämndes vid namn.',
    ),
    clean(
      'Twitch, polisens sändning kl. 20.00–21.30, 410 tittare. Flest frågor om bedrägerier, Zara Larsson och Eurovision i Malmö. Ärende 2024/3310 avslutat utan uppgifter.',
    ),
    clean(
      'Xbox, Helsingfors. Pojke (15) klagade på rasistiska kommentarer i Call of Duty. Han vill inte göra polisanmälan än. Vi hänvisade till Brottsofferjouren 116 006 och till polisens nätpoliser. Ingen gamertag antecknad.',
    ),
    clean(
      'Habbo, rummet "Polisens kafé". Två flickor (13 och 14) från Borgå pratade om Benjamin Ingrosso, Kaj och Cheek och ville veta varför polisen har en blå profil. Vi förklarade att fem länder patrullerar denna vecka. Inget sparat.',
    ),
  ],
};
