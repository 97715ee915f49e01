/**
 * Round twenty-six: written blind, before the detector was run on it.
 * Debriefs and end-of-week summaries as team leaders write them after a session: long paragraphs full of towns,
 * police units, help lines, games, celebrities and session codes, with the odd identifier buried mid-paragraph.
 */
import { clean, CorpusNote, withIds } from './corpus-note';

export const ROUND_TWENTY_SIX: Readonly<Record<string, readonly CorpusNote[]>> = {
  en: [
    withIds(
      'Summary from the Finnish team, Tuesday evening, session S-14 on Fortnite Creative. Operator One and Operator Two held the uniform lobby for just under two hours and had 31 conversations, mostly about V-Bucks scams and fake Epic Games support pages. A girl from near Tampere, Aino Korhonen, told us that an older player had asked her for photos in exchange for skins; she was given the MLL number 116 111 and the case went to Poliisi Sisä-Suomi the same night. Otherwise a good mood in the lobby.',
      'Aino Korhonen',
    ),
    withIds(
      'Weekly summary, Netherlands team, EMPACT AW 2026. Most traffic came on Roblox and Discord, with Brookhaven and Blox Fruits as the busiest games. The Politie Eenheid Den Haag colleagues dealt with a boy from Zoetermeer who had lost his account after a trade; on Roblox he plays as blazeKnight_2011, and he even offered his BSN, 619230745, as proof that the account was his. We explained that we cannot restore accounts and showed him the Fraudehelpdesk page. Several kids asked whether the uniform was real and whether Kripos is Norwegian for police.',
      'blazeKnight_2011',
      '619230745',
    ),
    withIds(
      'End-of-day debrief from the Belgian team in Liège. Twitch session with about 60 viewers at peak, questions mostly about cyberbullying and about what Child Focus actually does. A 14-year-old asked us to call him because he did not dare to write; he typed his number as 0478 52 16 93 in the chat before we could stop him, and the moderator deleted the message within a minute. We reminded everyone that Awel (102) and Child Focus (116 000) are the right places for this, not a stream chat. Follow-up assigned to the Federal Computer Crime Unit.',
      '0478 52 16 93',
    ),
    withIds(
      'Icelandic team, Thursday. Session IS-4 on Minecraft ran from 19:00 to 21:30 on a server set up by Lögreglan á höfuðborgarsvæðinu. A boy from Hafnarfjörður wanted us to send him the leaflet about sextortion and spelled out his e-mail as siggi dot thor2012 at gmail dot com, which we did not use; we pointed him to 1717 and to the Barnahus information page instead. Apart from that, lots of questions about whether police officers play Minecraft in their spare time and about Hákon Arnar Haraldsson.',
      'siggi dot thor2012 at gmail dot com',
    ),
    withIds(
      'Norwegian team summary for Wednesday, written by the team leader. We were live on Discord in the Kripos server and later on TikTok Live from Bergen. Redd Barna joined for the first hour and answered questions about nude images. One girl told us she is in 9B at Ytrebygda skole and that a classmate is being harassed in a group chat on Snapchat; the case has been handed to Vest politidistrikt for follow-up with the school. The rest of the evening was about Erling Haaland, Brann and the new Fortnite season.',
      '9B at Ytrebygda skole',
    ),
    clean(
      "Summary of the week for the Finnish team, EMPACT AW 2026. Poliisi Helsinki and Poliisi Oulu covered 11 sessions on Fortnite, Minecraft and Brawl Stars, 412 conversations in total. The most common topics were skin scams, grooming warnings and questions about TikTok's age limit. Two reports were forwarded to the NC3 contact point and one to the Barnahus in Tampere. Young people liked the uniform skin and kept asking whether we had met Käärijä or whether Teemu Pukki plays Fortnite. MLL's 116 111 was shared in every session.",
    ),
    clean(
      'Debrief, session NO-3, Roblox, Monday 16:00–18:30. Operator One ran the Brookhaven lobby, Operator Two stayed in Adopt Me. 57 chats, 3 of them serious: two about threats in a Discord server and one about a stolen account. All three were given the Alarmtelefonen number 116 111 and the link to Kors på halsen, and the threats were logged as S-12 and S-13 for Kripos. A lot of kids asked about Erling Haaland and Martin Ødegaard, and one group built us a police station next to the hospital in Brookhaven. Good atmosphere, no technical problems.',
    ),
    clean(
      'Belgian team, Friday wrap-up from Antwerp. We streamed on Twitch together with the prevention service of Politiezone Antwerpen and a youth worker from JAC. Viewers peaked at 142 around 20:15. Questions were about Snap Map, about what happens when you report someone to Child Focus, and about whether Lukaku or De Bruyne is better in EA Sports FC. Nobody shared personal details this time; the moderators reminded the chat twice. The recording has been archived under reference BE-AW26-07 and the next session is planned in Ghent on Tuesday.',
    ),
    clean(
      'Iceland summary: four sessions this week, two on Fortnite and two on Roblox, 188 conversations. The team from Lögreglan á höfuðborgarsvæðinu worked from Hverfisgata with a social worker from Barnavernd Reykjavíkur on call. Main topics: betting ads, fake giveaways using the name of Laufey, and nude images shared in Snapchat groups among pupils in Kópavogur and Garðabær. Every child who raised a concern got the 1717 number and the 112 app. The Kripos liaison joined on Thursday for session IS-6.',
    ),
    clean(
      'Netherlands end-of-week note from the team leader. Politie Eenheid Rotterdam and Eenheid Oost-Nederland together ran nine sessions on TikTok Live, Fortnite and Minecraft. Highlight was a Minecraft build of the Erasmusbrug made by kids from Rotterdam-Zuid, shown on stream on Wednesday at 17:00. Serious signals: two cases of sextortion, both passed to the Team High Tech Crime contact and to Helpwanted.nl; the youngsters also got the Kindertelefoon number 0800-0432. Shout-out to the moderators of the Kwebbelkop fan server, who let us in.',
    ),
  ],
  nb: [
    withIds(
      'Oppsummering etter økt NO-5 på Fortnite, onsdag kveld. Vi var fire betjenter fra Øst politidistrikt i lobbyen fra 18 til 21, og det kom inn rundt 40 samtaler. De fleste handlet om svindel med V-Bucks og om kontoer som var kapret. Jonas Haugland fra Lillestrøm skrev at en eldre spiller har presset ham til å sende bilder, og vi fikk ham over til Alarmtelefonen 116 111 samme kveld. Saken er meldt videre til Kripos. Ellers mye prat om Haaland og om hvorvidt politiet bruker Peely-skin.',
      'Jonas Haugland',
    ),
    withIds(
      'Teamleders notat fra torsdag. Vi sendte fra Discord-serveren til Kripos og hadde Redd Barna med i første time. En jente fra Drammen ville at vi skulle sjekke om hun var registrert hos politiet, og skrev fødselsnummeret sitt rett i chatten: 230911 51855. Meldingen ble slettet av moderator med en gang, og vi forklarte hvorfor man aldri skal dele slikt i en åpen kanal. Resten av økta gikk med spørsmål om deling av nakenbilder, aldersgrenser på Snapchat og om Sigrid kommer til Bergen i sommer.',
      '230911 51855',
    ),
    withIds(
      'Debrief etter Roblox-økta i Brookhaven, tirsdag. Operatør én og operatør to fra Sør-Vest politidistrikt snakket med 52 barn, mange fra Stavanger og Sandnes. En gutt på 12 var redd for en voksen han hadde møtt i Adopt Me, og skrev sitt eget nummer, 412 87 356, fordi han ville bli ringt opp. Vi ringte ikke, men ga ham Alarmtelefonen og ba ham vise chatten til en voksen hjemme. Saken er registrert som S-21 og sendt til Kripos. Ellers gikk praten om Viking, Bryne og om politibilen vår i spillet var ekte.',
      '412 87 356',
    ),
    withIds(
      'Kort oppsummering fra TikTok Live i Tromsø sammen med Troms politidistrikt. Strøm på 90 minutter, topp 210 seere. Mye spørsmål om nordlys, reinsdyr og om vi kjenner Kygo. En jente fortalte at hun blir kontaktet av en fremmed mann på Snapchat, og at brukernavnet hennes der er nordlys.ida07 – hun lurte på om hun burde bytte det. Vi anbefalte å blokkere, rapportere og snakke med en voksen, og ga nummeret til Kors på halsen. Ingen andre alvorlige saker denne kvelden.',
      'nordlys.ida07',
    ),
    withIds(
      'Ukesoppsummering fra Oslo-laget, EMPACT AW 2026. Elleve økter på Minecraft, Fortnite og Discord, til sammen 318 samtaler. Den alvorligste saken kom fredag: en gutt på 13 fra Grünerløkka skrev at han ikke turte å gå hjem, og oppga adressen Thorvald Meyers gate 71 slik at vi kunne sende noen. Oslo politidistrikt sendte patrulje, og barnevernvakta ble varslet. Ellers handlet samtalene om mobbing i klassechatter, om Fortnite-turneringen på Spillfestivalen og om hvem som er best av Ødegaard og Haaland.',
      'Thorvald Meyers gate 71',
    ),
    clean(
      'Oppsummering av uka for det norske laget. Kripos koordinerte, og vi hadde patruljer fra Oslo, Vest, Trøndelag og Nordland politidistrikt inne på Roblox, Fortnite, Minecraft og Twitch. Totalt 27 økter og 904 samtaler. Redd Barna og Alarmtelefonen for barn og unge (116 111) var med på to av øktene. Ungdommene spurte mest om svindel, om deling av bilder og om hvordan man anmelder på nett. Neste år vil vi prøve Brawl Stars og EA Sports FC. Takk til alle som stilte i uniform, og til operatør én for et godt oppsett.',
    ),
    clean(
      "Debrief, økt NO-9, Minecraft, lørdag 14:00–16:30. Vi bygde en politistasjon ved siden av spawn og fikk besøk av rundt 70 spillere. Mange ville slåss mot Ender Dragon sammen med oss, og noen lurte på om Steve kan arresteres. Alvorlige temaer: en server der det deles voldsvideoer, og spørsmål om hva som skjer hvis man er under 13 og har TikTok. Ingen personopplysninger ble delt. To tips ble registrert som S-31 og S-32 og sendt til Kripos' nettpatrulje. God stemning, men serveren laget mye lag etter klokken 16.",
    ),
    clean(
      'Notat fra teamleder etter Twitch-strømmen fra Bergen sentrum. Vi var tre fra Vest politidistrikt, med en ansatt fra Redd Barna på telefon. Strømmen varte i to timer og hadde 312 unike seere. Spørsmålene kom fra hele landet: Bodø, Hamar, Kristiansand, Alta. Mange ville høre om utdanningen på Politihøgskolen, og en del om Aurora og Kygo skal spille i Bergen i sommer. Vi minnet om 116 111 og om at man ringer 112 når det haster. Opptaket er lagret med referanse NO-AW26-14.',
    ),
    clean(
      'Kort fra Snapchat-økta i Trondheim: vi la ut seks historier fra Nidarosdomen, Bakklandet og Lerkendal, og fikk 140 svar. Spørsmålene handlet om Snap Map, om hvorfor man ikke skal dele posisjon med fremmede, og om Rosenborg vinner serien i år. En del svar kom fra elever ved skoler på Heimdal og Byåsen, men ingen oppga navn eller klasse. Vi svarte alle med lenke til politiet.no og nummeret til Kors på halsen, 800 33 321. Ingen saker sendt videre fra denne økta.',
    ),
    clean(
      'Ukeslutt fra Nordland politidistrikt: fire økter fra Bodø, to på Fortnite og to på Roblox. Operatør én hadde ansvar for lobbyen, operatør to for chatten. Vi møtte mange fra Lofoten, Vesterålen og Mo i Rana. Temaene var hets i gaming-chat, svindel med Robux og hvordan man sier fra om grooming. En gutt ville vite om Magnus Carlsen spiller Fortnite. Alle fikk 116 111. EMPACT AW 2026 har vært en fin uke, og vi anbefaler å fortsette i 2027 med et eget samisk tilbud i Karasjok og Kautokeino.',
    ),
  ],
  nn: [
    withIds(
      'Oppsummering frå økt NO-7 på Roblox, måndag. Vi var to frå Vest politidistrikt i Førde og snakka med om lag 35 born. Ei jente som sa at ho heiter Ingrid Myklebust fortalde at ein vaksen mann har bede henne flytte samtalen over til Snapchat. Vi forklarte kva grooming er, rådde henne til å blokkere og melde kontoen, og gav henne nummeret til Alarmtelefonen, 116 111. Saka er meld vidare til Kripos som S-17. Elles gjekk praten mykje om Adopt Me, Blox Fruits og kven som vinn Eliteserien.',
      'Ingrid Myklebust',
    ),
    withIds(
      'Teamleiar sitt notat etter Discord-økta onsdag kveld. Redd Barna var med heile tida, og vi hadde 48 samtalar, dei fleste frå Sogn og Fjordane og Sunnmøre. Ein gut skreiv at det går rundt eit nakenbilete av ei jente i 9C på Sogndal ungdomsskule i ein gruppechat, og at lærarane ikkje veit om det. Vi bad han ikkje dele biletet vidare og sende saka til Vest politidistrikt for oppfølging med skulen. Resten av kvelden handla om Fortnite-sesongen og om Odd Nordstoga verkeleg spelar Minecraft.',
      '9C på Sogndal ungdomsskule',
    ),
    withIds(
      'Debrief etter Fortnite-økta frå Ålesund, torsdag 18:00–20:30. Møre og Romsdal politidistrikt stilte med tre tenestefolk i uniform-skin. Vi fekk mange spørsmål om Battle Pass og om svindel med gratis V-Bucks. Ein gut på 11 fortalde at Fortnite-namnet hans er FjordViking_11 og at nokon har logga inn på kontoen hans frå utlandet. Vi viste han korleis ein slår på tofaktor hos Epic Games og gav han 116 111. Ingen andre alvorlege saker, men mykje latter då Jonesy dansa på politibilen.',
      'FjordViking_11',
    ),
    withIds(
      'Kort samandrag frå TikTok Live på Voss. Sendinga varte i ein time, topp 180 sjåarar. Ungdommane spurde kva politiet gjer med ei melding frå nettpatruljen, om Kygo og om skisesongen i Myrkdalen. Ei jente på 14 skreiv telefonnummeret sitt, 947 31 628, i kommentarfeltet fordi ho ville bli ringd opp om ei venninne som har det vanskeleg. Kommentaren vart sletta med ein gong, og vi tok kontakt gjennom den vanlege tenesta til Vest politidistrikt. Vi minte alle om Kors på halsen og 116 111.',
      '947 31 628',
    ),
    withIds(
      'Notat etter Minecraft-økta på Stord laurdag. Vi bygde ein kopi av Stord kyrkje og ein politistasjon, og rundt 60 spelarar var innom. Ein gut ville ha tilsendt brosjyren om sextortion og skreiv e-postadressa si som ola punkt sæbø krøllalfa hotmail punkt com i chatten. Vi sende ingenting dit, men la brosjyren ut på serveren og bad han snakke med ein vaksen han stoler på. Elles mykje prat om Ender Dragon, om Viking FK og om korleis ein får seg jobb i politiet.',
      'ola punkt sæbø krøllalfa hotmail punkt com',
    ),
    clean(
      'Vekeoppsummering frå Vest politidistrikt, EMPACT AW 2026. Vi køyrde ni økter frå Bergen, Førde og Leikanger på Roblox, Fortnite, Minecraft og Twitch, til saman 287 samtalar. Hovudtema var sextortion, svindel med skins og mobbing i klassechattar. Alle som var uroa fekk 116 111 og lenkja til Kors på halsen. Mange spurde om Erling Braut Haaland, Martin Ødegaard og om Sigrid kjem til Førdefestivalen. Takk til Kripos for samordninga og til Redd Barna for materiellet.',
    ),
    clean(
      'Minnelapp frå økt NO-11 på Minecraft, sundag 14:00–16:30. Vi bygde Bryggen og politihuset på Kalfarveien, og om lag 70 spelarar kom innom, dei fleste frå Os, Askøy og Sotra. To tips om ein server der det vert delt valdsvideoar vart registrerte som S-34 og S-35 og sende til Kripos. Ingen delte personopplysningar. Borna ville helst slåst mot Ender Dragon saman med oss og lurte på om ein Creeper kan arresterast. Operatør to hadde ansvar for chatten heile økta.',
    ),
    clean(
      'Kort samandrag frå Twitch-sendinga i Molde med Møre og Romsdal politidistrikt. 90 minutt, på det meste 121 sjåarar. Spørsmål om Snap Map, aldersgrensa på TikTok og om Molde FK tek gullet i år. Vi minte om 112, 02800 og 116 111. Ingen personopplysningar og ingen meldingar. Opptaket er arkivert som NO-AW26-18, og neste økt er i Kristiansund tysdag klokka 17 frå ungdomsklubben i Langveien.',
    ),
    clean(
      'Samandrag frå Roblox-økta i Brookhaven onsdag. Sør-Vest politidistrikt med to tenestefolk, 44 samtalar. Born frå Haugesund, Karmøy og Stord ville helst leike politi og røvar med oss og spurde om vi har ekte politibilar. Éi melding om ein vaksen som tilbyr Robux mot bilete, registrert som S-37 og send vidare til Kripos. Vi forklarte korleis ein blokkerer og melder ein brukar i Roblox, og gav nummeret til Alarmtelefonen for barn og unge.',
    ),
    clean(
      'Samandrag til Kripos frå den felles TikTok-sendinga med det islandske laget. Vi samanlikna hjelpetelefonane: 116 111 og Redd Barna i Noreg, 1717 og Barnahús på Island. På det meste 196 sjåarar. Spørsmål om Eurovision, om Alexander Rybak og om korleis ein kjem inn på Politihøgskulen i Bodø. Moderatorane fjerna tre stygge meldingar. Alt er registrert under NO-AW26-20, økt NO-12, veka EMPACT AW 2026.',
    ),
  ],
  nl: [
    withIds(
      "Samenvatting sessie NL-4 op Roblox, dinsdagavond. Met twee collega's van Politie Eenheid Amsterdam hebben we in Brookhaven en Adopt Me ongeveer 45 gesprekken gevoerd. Veel vragen over gestolen accounts en nepgiveaways van Robux. Yasmina El Amrani uit Amsterdam-Noord vertelde dat een oudere speler haar steeds vraagt om via Snapchat verder te praten; we hebben uitgelegd wat grooming is en haar het nummer van de Kindertelefoon, 0800-0432, gegeven. De melding is doorgezet naar het Team Digitale Opsporing. Verder een goede sfeer.",
      'Yasmina El Amrani',
    ),
    withIds(
      "Debrief van de teamleider na de Discord-sessie van woensdag. We zaten in de server van de politie, met een medewerker van Helpwanted.nl erbij. Een jongen uit Enschede wilde weten of hij bij de politie geregistreerd staat en typte zonder nadenken zijn BSN in het kanaal: 237481959. De moderator heeft het bericht direct verwijderd en we hebben iedereen uitgelegd waarom je zo'n nummer nooit openbaar deelt. De rest van de avond ging over het nieuwe Fortnite-seizoen, FC Twente en of Memphis Depay echt gamet.",
      '237481959',
    ),
    withIds(
      'Korte terugkoppeling van TikTok Live vanuit Utrecht, donderdag 19:00–20:15. Eenheid Midden-Nederland deed mee met drie agenten. Piek van 260 kijkers, vooral vragen over sextortion, oplichting via Marktplaats en of agenten ook Fortnite spelen. Een meisje van 13 zette haar nummer 06-48271953 in de chat omdat ze teruggebeld wilde worden; het bericht is door de moderator verwijderd en ze is doorverwezen naar de Kindertelefoon en Helpwanted. Verder geen bijzonderheden, opname bewaard onder NL-AW26-05.',
      '06-48271953',
    ),
    withIds(
      'Weekverslag team Zeeland-West-Brabant, EMPACT AW 2026. Zes sessies op Minecraft en Fortnite, in totaal 214 gesprekken. Op vrijdag vroeg een jongen uit Breda of we hem de folder over online afpersing konden mailen en schreef zijn adres uit als daan punt jansen apenstaartje outlook punt com. We hebben niets naar dat adres gestuurd maar de folder op de server gezet. Verder veel vragen over de Efteling-map in Minecraft, over NAC Breda en over hoe je agent wordt.',
      'daan punt jansen apenstaartje outlook punt com',
    ),
    withIds(
      "Notitie van de teamleider, sessie NL-11 op Fortnite, Rotterdam. Politie Eenheid Rotterdam met vier collega's in uniform-skin; 63 gesprekken. Een jongen van 12 uit Charlois schreef dat hij thuis bedreigd wordt en gaf zijn adres: Wolphaertsbocht 212b. Er is direct een noodmelding gedaan en een eenheid is ter plaatse gegaan; Veilig Thuis is ingelicht. Verder ging het over Feyenoord, over Kwebbelkop en over de nieuwe Fortnite-skins. Opname bewaard onder NL-AW26-11.",
      'Wolphaertsbocht 212b',
    ),
    clean(
      'Weekafsluiting van het Nederlandse team. Politie Eenheid Rotterdam, Eenheid Den Haag en Eenheid Noord-Nederland deden samen 14 sessies op Roblox, Fortnite, Minecraft en Twitch, goed voor 587 gesprekken. Onderwerpen: sextortion, oplichting met skins, haatberichten in Discord-servers. Alle jongeren met een zorg kregen het nummer van de Kindertelefoon (0800-0432) en de link naar Helpwanted.nl. Veel vragen over Frenkie de Jong, Virgil van Dijk en of Enzo Knol nog streamt. Dank aan Kripos voor de coördinatie van EMPACT AW 2026.',
    ),
    clean(
      "Debrief sessie NL-6 op Minecraft, zaterdag 13:00–15:30. We hadden een politiebureau gebouwd naast het spawnpunt, met een Creeper als 'verdachte' in de cel. Ongeveer 80 spelers kwamen langs, de meesten uit Groningen, Leeuwarden en Assen. Twee serieuze signalen over een server waar naaktfoto's worden gedeeld; die zijn vastgelegd als S-24 en S-25 en doorgestuurd naar het Team High Tech Crime. Niemand heeft persoonsgegevens gedeeld. Het was gezellig en we hebben samen de Ender Dragon verslagen.",
    ),
    clean(
      'Teamleider na TikTok Live vanuit Eindhoven: 90 minuten, piek 198 kijkers. Eenheid Oost-Brabant met twee agenten, plus een jongerenwerker van het Centrum voor Jeugd en Gezin op afroep. Vragen over Snap Map, over wat er gebeurt als je aangifte doet en of PSV dit jaar kampioen wordt. We hebben twee keer 112 en één keer 0900-8844 genoemd, en 116 000 voor vermiste kinderen. Geen bijzonderheden, geen meldingen. Volgende sessie dinsdag om 16:00 vanuit het jongerencentrum aan de Piushaven in Tilburg.',
    ),
    clean(
      "Kort verslag van de Roblox-sessie in Brookhaven, woensdag. Politie Eenheid Limburg, twee collega's, 41 gesprekken. Kinderen uit Maastricht, Heerlen en Venlo wilden vooral met ons achtervolgingen spelen en vroegen of we echte politieauto's hebben. Serieus: één melding over een volwassene die Robux aanbiedt in ruil voor foto's, geregistreerd als S-29 en doorgezet naar het Landelijk Expertisecentrum. We gaven het nummer van de Kindertelefoon en legden uit hoe je in Roblox blokkeert en rapporteert.",
    ),
    clean(
      'Samenvatting voor Kripos van onze Twitch-stream vanuit het bureau Amsterdam-Zuidoost. Met Child Focus uit België als gast spraken we over de verschillen tussen Nederland en Vlaanderen: Kindertelefoon tegenover Awel, 0800-0432 tegenover 102. 174 kijkers op de piek. Vragen over Ajax, over de Johan Cruijff ArenA en over de rapper Frenna. De chat was rustig; moderators hebben drie berichten met scheldwoorden verwijderd. Referentie NL-AW26-09, sessie NL-13, week EMPACT AW 2026.',
    ),
  ],
  fr: [
    withIds(
      "Résumé de la session BE-3 sur Fortnite, mardi soir. Deux collègues de la zone de police Bruxelles-Capitale/Ixelles en skin uniforme ont eu une cinquantaine de conversations, surtout sur les arnaques aux V-Bucks et les faux concours. Mehdi Benali, qui dit habiter à Molenbeek, nous a expliqué qu'un adulte lui propose des skins en échange de photos ; nous lui avons parlé du grooming et donné le numéro d'Écoute-Enfants, le 103. Le dossier a été transmis à la FCCU. Pour le reste, beaucoup de questions sur Mbappé et sur le Standard.",
      'Mehdi Benali',
    ),
    withIds(
      "Débriefing de la cheffe d'équipe après le live Twitch depuis Namur. Pic à 120 spectateurs, questions sur le harcèlement, sur Child Focus et sur la manière de porter plainte en ligne. Une jeune fille de Jambes voulait recevoir notre brochure sur la sextorsion et a écrit son adresse dans le chat : lea point moreau arobase hotmail point be. Nous n'avons rien envoyé à cette adresse ; la modératrice a effacé le message et la brochure a été publiée dans le salon. Prochaine session jeudi à 18 h depuis la Citadelle.",
      'lea point moreau arobase hotmail point be',
    ),
    withIds(
      "Notes de fin de journée, équipe de Liège, session BE-8 sur Roblox. Nous étions trois dans Brookhaven et avons parlé avec 38 enfants, beaucoup de Seraing et de Herstal. Un garçon de 12 ans a tapé son numéro de portable, 0478 91 26 45, pour qu'on le rappelle au sujet d'un compte piraté. Le message a été supprimé, et nous l'avons orienté vers Child Focus (116 000) et vers le support de Roblox. Rien d'autre de grave ; ambiance détendue, beaucoup de courses-poursuites en voiture de police.",
      '0478 91 26 45',
    ),
    withIds(
      "Compte rendu du jeudi, équipe de Charleroi. Sur Discord, un adolescent voulait savoir s'il était « fiché » et a recopié son numéro de registre national dans le salon général : 12.03.15-274.34. La modération l'a supprimé tout de suite et nous avons rappelé à tout le monde qu'on ne partage jamais ce numéro. Le reste de la soirée a porté sur les arnaques sur Vinted, sur le nouveau chapitre de Fortnite et sur Angèle. Aucun autre signalement ; tout est consigné sous la référence BE-AW26-12.",
      '12.03.15-274.34',
    ),
    withIds(
      "Bilan de la semaine pour l'équipe francophone, EMPACT AW 2026. Neuf sessions sur TikTok, Fortnite et Minecraft, 301 conversations. Le cas le plus sérieux : une jeune fille de Mons, connue sur TikTok sous le pseudo @luna.mns_14, reçoit des messages menaçants d'un compte anonyme. Nous avons fait un signalement à TikTok, prévenu la zone de police de Mons-Quévy et lui avons donné les numéros de Child Focus et d'Écoute-Enfants. Merci à Kripos pour la coordination et aux collègues de la FCCU.",
      '@luna.mns_14',
    ),
    clean(
      "Bilan hebdomadaire de l'équipe belge francophone. Zones de police de Liège, Namur, Charleroi et Bruxelles-Ouest : 12 sessions, 416 conversations sur Roblox, Fortnite, Minecraft et Twitch. Les thèmes principaux : sextorsion, arnaques aux skins, harcèlement dans les groupes Snapchat. Tous les jeunes inquiets ont reçu les numéros d'Écoute-Enfants (103) et de Child Focus (116 000). Beaucoup de questions sur Romelu Lukaku, Thibaut Courtois et le rappeur Damso. Merci à la FCCU et à Kripos pour la coordination d'EMPACT AW 2026.",
    ),
    clean(
      "Débriefing de la session BE-5 sur Minecraft, samedi de 14 h à 16 h 30. Nous avions construit un commissariat à côté du spawn, avec une réplique de l'Atomium. Environ 70 joueurs sont passés, surtout de Wavre, Louvain-la-Neuve et Nivelles. Deux signalements sérieux, enregistrés S-18 et S-19, concernant un serveur où circulent des vidéos violentes ; transmis à la FCCU. Personne n'a partagé de données personnelles. Les enfants voulaient surtout combattre l'Ender Dragon avec nous et savoir si un Creeper peut être arrêté.",
    ),
    clean(
      "Note de la cheffe d'équipe après le live TikTok depuis la place Saint-Lambert à Liège. 75 minutes, pic à 233 spectateurs. Questions sur la Snap Map, sur l'âge minimum pour TikTok et sur le Standard de Liège. Un éducateur de l'AMO du quartier d'Outremeuse était présent pour répondre aux questions sur le harcèlement. Nous avons rappelé le 112, le 101 et le 103. Aucune information personnelle partagée, aucun signalement. Référence d'archive BE-AW26-05, session BE-6.",
    ),
    clean(
      "Résumé de la session Roblox du mercredi, zone de police Bruxelles-Capitale/Ixelles. Deux collègues dans Brookhaven et Adopt Me, 44 conversations. Les enfants de Schaerbeek, d'Anderlecht et d'Etterbeek ont surtout joué aux gendarmes et aux voleurs avec nous. Un signalement : un adulte qui propose des Robux contre des photos, consigné S-27 et transmis à la FCCU et à Child Focus. Nous avons expliqué comment bloquer et signaler un compte sur Roblox. Bonne ambiance, aucune donnée personnelle dans le chat.",
    ),
    clean(
      "Synthèse pour Kripos du live Twitch commun avec l'équipe néerlandophone depuis Bruxelles. Nous avons comparé les lignes d'écoute : Awel (102) côté flamand, Écoute-Enfants (103) côté francophone, Child Focus (116 000) pour tout le pays. 198 spectateurs au maximum. Questions sur l'Union Saint-Gilloise, sur Stromae et sur le métier d'inspecteur. La modération a retiré quatre messages insultants. Tout est archivé sous BE-AW26-10. Prochain rendez-vous : session BE-11, vendredi à 17 h.",
    ),
  ],
  de: [
    withIds(
      'Zusammenfassung der Sitzung BE-DG-2 auf Fortnite, Dienstagabend. Zwei Kollegen der Polizeizone Weser-Göhl waren im Uniform-Skin in der Lobby und führten rund 30 Gespräche, meist über Betrug mit V-Bucks und gehackte Konten. Lukas Schröders Schilderung war der ernsteste Fall: Ein Erwachsener hat ihm Skins gegen Fotos angeboten und ihn aufgefordert, auf Snapchat weiterzuschreiben. Wir haben ihm erklärt, was Grooming ist, und ihn an die Nummer gegen Kummer, 116 111, verwiesen. Die Meldung ging an die FCCU.',
      'Lukas Schröders',
    ),
    withIds(
      'Nachbesprechung nach dem Discord-Abend mit der Polizeizone Eifel in St. Vith. 42 Gespräche, viele Jugendliche aus Büllingen, Bütgenbach und Burg-Reuland. Ein Junge hat erzählt, dass er unter dem Namen schattenwolf unterstrich null sieben auf Discord von einem unbekannten Konto bedroht wird, und wollte wissen, ob er den Namen ändern soll. Wir haben ihm geraten, das Konto zu blockieren und zu melden und mit seinen Eltern zu sprechen. Danach ging es vor allem um Minecraft-Server und um Kevin De Bruyne.',
      'schattenwolf unterstrich null sieben',
    ),
    withIds(
      'Kurzer Bericht vom TikTok-Live aus Eupen, Donnerstag 18 bis 19:30 Uhr. Höchststand 140 Zuschauer. Fragen zu Sextortion, zu Fake-Gewinnspielen und ob Polizisten auch Roblox spielen. Ein Mädchen (13) hat ihre Handynummer 0471 38 52 96 in die Kommentare geschrieben, weil sie zurückgerufen werden wollte; der Kommentar wurde sofort gelöscht, und wir haben sie per Direktnachricht an Child Focus und die 116 111 verwiesen. Die Sache ist unter S-33 dokumentiert und an die Polizeizone Weser-Göhl übergeben.',
      '0471 38 52 96',
    ),
    withIds(
      'Wochenbericht des deutschsprachigen Teams, EMPACT AW 2026. Fünf Sitzungen auf Minecraft, Fortnite und Roblox, zusammen 164 Gespräche. Am Freitag wollte ein Junge aus Kelmis den Flyer über Online-Erpressung per Mail bekommen und schrieb seine Adresse aus: jonas punkt kerres ät gmx punkt de. Wir haben nichts an die Adresse geschickt, sondern den Flyer auf dem Server gepostet. Viel Gesprächsstoff waren außerdem die KAS Eupen, der Rosenmontagszug und die Frage, wie man zur Föderalen Polizei kommt.',
      'jonas punkt kerres ät gmx punkt de',
    ),
    withIds(
      'Notiz der Teamleiterin nach Sitzung BE-DG-6 auf Roblox. In Brookhaven sprachen wir mit 36 Kindern, die meisten aus Eupen und Raeren. Ein Mädchen erzählte, dass in der 8b der Pater-Damian-Sekundarschule Nacktbilder einer Mitschülerin in einer WhatsApp-Gruppe herumgehen und die Lehrer nichts davon wissen. Wir haben die Polizeizone Weser-Göhl eingeschaltet, die sich mit der Schule in Verbindung setzt, und dem Mädchen erklärt, dass sie die Bilder nicht weiterleiten darf. Kaleido Ostbelgien ist informiert.',
      '8b der Pater-Damian-Sekundarschule',
    ),
    clean(
      'Wochenbericht des deutschsprachigen Teams aus Ostbelgien. Die Polizeizonen Weser-Göhl und Eifel haben zusammen sieben Sitzungen auf Roblox, Fortnite, Minecraft und Twitch bestritten, insgesamt 238 Gespräche. Hauptthemen: Sextortion, Betrug mit Skins und Mobbing in Klassenchats. Alle besorgten Jugendlichen bekamen die 116 111 und den Hinweis auf Child Focus (116 000). Viele Fragen zu Kevin De Bruyne, Thibaut Courtois und zu MontanaBlack. Danke an Kripos für die Koordination der EMPACT AW 2026.',
    ),
    clean(
      'Protokoll zur Sitzung BE-DG-8 auf Minecraft, Sonntag 14:00 bis 16:30 Uhr. Wir haben das Eupener Rathaus und eine Polizeiwache neben dem Spawn gebaut; etwa 65 Spieler kamen vorbei, die meisten aus Raeren, Lontzen und Kelmis. Zwei Hinweise auf einen Server, auf dem Gewaltvideos geteilt werden, wurden als S-50 und S-51 erfasst und an die FCCU weitergeleitet. Niemand hat persönliche Daten geteilt. Die Kinder wollten vor allem mit uns gegen den Enderdrachen kämpfen und fragten, ob man einen Creeper festnehmen kann.',
    ),
    clean(
      'Kurze Zusammenfassung vom Twitch-Stream aus St. Vith mit der Polizeizone Eifel. 90 Minuten, in der Spitze 118 Zuschauer. Fragen zur Snap Map, zum Mindestalter bei TikTok und ob die KAS Eupen die Klasse hält. Wir haben an 112, 101 und 116 111 erinnert. Keine persönlichen Daten, keine Meldungen. Die Aufzeichnung ist unter BE-DG-AW26-04 archiviert, die nächste Sitzung findet am Dienstag um 17 Uhr im Jugendtreff in der Klosterstraße in Eupen statt.',
    ),
    clean(
      'Bericht zur Roblox-Sitzung in Brookhaven am Mittwoch. Zwei Kolleginnen der Polizeizone Weser-Göhl, 37 Gespräche. Kinder aus Eupen, Hergenrath und Walhorn wollten vor allem Räuber und Gendarm mit uns spielen und fragten, ob wir echte Streifenwagen haben. Eine Meldung über einen Erwachsenen, der Robux gegen Fotos anbietet, erfasst als S-53 und an die FCCU und Child Focus weitergeleitet. Wir haben erklärt, wie man in Roblox blockiert und meldet, und die 116 111 genannt.',
    ),
    clean(
      'Zusammenfassung für Kripos vom gemeinsamen TikTok-Live mit dem niederländischen und dem finnischen Team. Wir haben die Hilfetelefone verglichen: Kindertelefoon (0800-0432) in den Niederlanden, MLL in Finnland, Child Focus und 116 111 in Belgien. Höchststand 207 Zuschauer. Fragen zum Eurovision Song Contest, zu Käärijä und dazu, wie man Polizist wird. Die Moderation hat drei beleidigende Nachrichten entfernt. Alles ist unter BE-DG-AW26-09 erfasst, Sitzung BE-DG-10, Woche EMPACT AW 2026.',
    ),
  ],
  is: [
    withIds(
      'Samantekt eftir lotu IS-2 á Roblox á þriðjudagskvöld. Tveir lögreglumenn frá Lögreglunni á höfuðborgarsvæðinu voru í Brookhaven og ræddu við um 40 börn, flest úr Breiðholti og Grafarvogi. Alvarlegasta málið: við ræddum lengi við Guðrúnu Helgadóttur, sem sagði að fullorðinn maður hefði beðið hana um myndir í skiptum fyrir Robux. Við útskýrðum hvað tæling er, bentum henni á 1717 og á að tala við fullorðinn sem hún treystir. Málið fór áfram til kynferðisbrotadeildar. Annars góð stemning.',
      'Guðrúnu Helgadóttur',
    ),
    withIds(
      'Minnisblað hópstjóra eftir Discord-kvöldið á miðvikudag. Barnaheill voru með okkur fyrsta klukkutímann. Strákur frá Akureyri vildi vita hvort hann væri á skrá hjá lögreglunni og skrifaði kennitöluna sína beint í spjallið, 120312-2350. Stjórnandi eyddi skilaboðunum strax og við útskýrðum fyrir öllum af hverju maður deilir aldrei kennitölu á opinni rás. Restin af kvöldinu fór í spurningar um nektarmyndir, aldurstakmark á TikTok og hvort Laufey ætli að halda tónleika í Hörpu.',
      '120312-2350',
    ),
    withIds(
      'Stutt yfirlit frá TikTok Live í Reykjanesbæ, fimmtudag kl. 19–20. Lögreglan á Suðurnesjum tók þátt með tveimur lögreglumönnum. Mest 150 áhorfendur. Spurningar um svindl, falska gjafaleiki og hvort lögreglan spili Fortnite. Stelpa, 13 ára, skrifaði símanúmerið sitt, 847 2913, í athugasemdir af því að hún vildi láta hringja í sig út af vinkonu sinni. Athugasemdinni var eytt strax og henni bent á 1717 og barnavernd Reykjanesbæjar. Málið er skráð sem S-36.',
      '847 2913',
    ),
    withIds(
      'Samantekt eftir Minecraft-lotu IS-5 á laugardag. Við byggðum lögreglustöð við hliðina á Hallgrímskirkju úr kubbum og fengum um 60 spilara í heimsókn. Strákur frá Selfossi sagði að hann héti JokullFrost_09 á Minecraft og að einhver hefði stolið aðganginum hans og væri að senda ljót skilaboð í hans nafni. Við sýndum honum hvernig á að tilkynna þetta til Microsoft og ræddum um tveggja þátta auðkenningu. Annars mikið spjallað um Ender Dragon og um íslenska landsliðið.',
      'JokullFrost_09',
    ),
    withIds(
      'Vikuyfirlit íslenska teymisins, EMPACT AW 2026. Sex lotur á Fortnite, Roblox og Minecraft, samtals 221 samtal. Alvarlegasta málið kom á föstudag: stelpa sagði okkur að nektarmyndum af bekkjarsystur hennar í 8. bekk í Hagaskóla væri dreift í Snapchat-hópi. Lögreglan á höfuðborgarsvæðinu hafði samband við skólann og Barnahús var upplýst. Við þökkum Kripos fyrir samhæfinguna og Barnaheillum fyrir stuðninginn, og minnum á 1717 og 112.',
      '8. bekk í Hagaskóla',
    ),
    clean(
      'Vikuyfirlit frá Lögreglunni á höfuðborgarsvæðinu. Átta lotur á Roblox, Fortnite, Minecraft og Twitch, 296 samtöl alls. Helstu umræðuefni: kynlífskúgun á netinu, svindl með skinn og einelti í spjallhópum. Öll börn sem höfðu áhyggjur fengu númerið 1717 hjá Hjálparsíma Rauða krossins og upplýsingar um 112-appið. Mikið spurt um Hákon Arnar Haraldsson, Laufeyju og Daða Frey. Takk til Kripos fyrir samhæfingu EMPACT AW 2026 og til Barnaheilla fyrir fræðsluefnið.',
    ),
    clean(
      'Minnisblað eftir lotu IS-7 á Minecraft, sunnudag kl. 14:00–16:30. Við byggðum Hörpu og lögreglustöðina á Hverfisgötu og fengum um 75 spilara í heimsókn, flesta úr Kópavogi, Hafnarfirði og Mosfellsbæ. Tvær ábendingar um netþjón þar sem ofbeldismyndböndum er dreift voru skráðar sem S-40 og S-41 og sendar til netglæpadeildar. Enginn deildi persónuupplýsingum. Krakkarnir vildu helst berjast við Ender Dragon með okkur og spurðu hvort hægt væri að handtaka Creeper.',
    ),
    clean(
      'Stutt samantekt frá Twitch-streymi á Akureyri með Lögreglunni á Norðurlandi eystra. 90 mínútur, mest 112 áhorfendur, sem okkur þótti skemmtileg tilviljun. Spurningar um Snap Map, aldurstakmark á TikTok og hvort KA eða Þór sé betra lið. Við minntum á 1717, 112 og Barnahús. Engar persónuupplýsingar og engar tilkynningar. Upptakan er geymd undir IS-AW26-04 og næsta lota er á Egilsstöðum á þriðjudag kl. 17 frá félagsmiðstöðinni við Tjarnarbraut.',
    ),
    clean(
      'Samantekt frá Roblox-lotu í Brookhaven á miðvikudag. Lögreglan á Vesturlandi með tvo lögreglumenn, 39 samtöl. Börn frá Akranesi, Borgarnesi og Stykkishólmi vildu helst leika löggu og bófa með okkur og spurðu hvort við ættum alvöru lögreglubíla. Ein tilkynning um fullorðinn mann sem býður Robux í skiptum fyrir myndir, skráð sem S-44 og send áfram til kynferðisbrotadeildar. Við útskýrðum hvernig maður lokar á og tilkynnir reikning á Roblox og bentum á 1717.',
    ),
    clean(
      'Samantekt fyrir Kripos frá sameiginlegu TikTok-streymi með norska teyminu. Við bárum saman hjálparlínur: 1717 og Barnahús á Íslandi, 116 111 og Redd Barna í Noregi. Mest 204 áhorfendur. Spurt var um Eurovision, um Bashar Murad og um hvernig maður verður lögreglumaður. Stjórnendur eyddu þremur dónalegum skilaboðum. Allt er skráð undir IS-AW26-08, lota IS-9, vika EMPACT AW 2026. Operator One sá um spjallið og hópstjóri um útsendinguna.',
    ),
  ],
  fi: [
    withIds(
      'Yhteenveto sessiosta FI-3 Fortnitessa tiistai-iltana. Kaksi poliisia Helsingin poliisilaitokselta oli lobbyssa univormuskinissä ja keskusteli noin 40 nuoren kanssa, enimmäkseen V-Bucks-huijauksista ja kaapatuista tileistä. Vakavin tapaus: juttelimme pitkään Emma Virtasen kanssa, joka kertoi aikuisen miehen pyytäneen häneltä kuvia skinejä vastaan. Kerroimme, mitä grooming on, ja annoimme MLL:n Lasten ja nuorten puhelimen numeron 116 111. Ilmoitus välitettiin eteenpäin. Muuten tunnelma oli hyvä.',
      'Emma Virtasen',
    ),
    withIds(
      'Tiiminvetäjän muistiinpanot keskiviikon Discord-illasta. Pelastakaa Lapset oli mukana ensimmäisen tunnin. Poika Oulusta halusi tietää, onko hän poliisin rekistereissä, ja kirjoitti henkilötunnuksensa suoraan kanavalle: 120311A364R. Moderaattori poisti viestin heti, ja kerroimme kaikille, miksi henkilötunnusta ei koskaan jaeta avoimella kanavalla. Loppuilta kului kysymyksissä alastonkuvista, TikTokin ikärajasta ja siitä, pelaako Teemu Pukki Fortnitea.',
      '120311A364R',
    ),
    withIds(
      'Lyhyt raportti TikTok Livestä Tampereelta torstaina klo 18–19.30. Sisä-Suomen poliisilaitokselta mukana kaksi poliisia, enimmillään 170 katsojaa. Kysymyksiä huijauksista, valearvonnoista ja siitä, pelaavatko poliisit Robloxia. 13-vuotias tyttö kirjoitti puhelinnumeronsa 040 718 2395 kommentteihin, koska halusi soittopyynnön kaverinsa asiasta. Kommentti poistettiin heti, ja hänet ohjattiin MLL:n puhelimeen ja Sekasin-chattiin. Asia on kirjattu tunnuksella S-38.',
      '040 718 2395',
    ),
    withIds(
      'Suomen tiimin viikkokooste, EMPACT AW 2026. Seitsemän sessiota Minecraftissa, Fortnitessa ja Robloxissa, yhteensä 248 keskustelua. Perjantaina poika Jyväskylästä pyysi meitä lähettämään esitteen verkkokiristyksestä ja kirjoitti osoitteensa auki: eetu piste lahtinen ät gmail piste com. Emme lähettäneet mitään siihen osoitteeseen, vaan julkaisimme esitteen palvelimella. Paljon puhuttiin myös JYPistä, Käärijästä ja siitä, miten poliisiksi haetaan.',
      'eetu piste lahtinen ät gmail piste com',
    ),
    withIds(
      'Muistiinpano sessiosta FI-6 Minecraftissa lauantaina. Rakensimme poliisiaseman Turun tuomiokirkon viereen, ja vierailijoita oli noin 60, moni Turusta, Raisiosta ja Kaarinasta. Poika kertoi, että hänen Minecraft-nimensä on KettuKuningas77 ja että joku on kaapannut tilin ja lähettää hänen nimissään rumia viestejä. Näytimme, miten asiasta ilmoitetaan Microsoftille ja miten kaksivaiheinen tunnistautuminen otetaan käyttöön. Lounais-Suomen poliisilaitos jatkaa asiaa. Muuten paljon juttua Ender Dragonista ja TPS:stä.',
      'KettuKuningas77',
    ),
    clean(
      'Viikkokooste Helsingin ja Itä-Uudenmaan poliisilaitosten yhteisistä sessioista. Yhdeksän sessiota Robloxissa, Fortnitessa, Minecraftissa ja Twitchissä, yhteensä 327 keskustelua. Pääaiheet: seksuaalinen kiristys, skinihuijaukset ja kiusaaminen ryhmächateissa. Kaikki huolestuneet nuoret saivat MLL:n numeron 116 111 ja linkin Sekasin-chattiin. Paljon kysyttiin Lauri Markkasesta, Teemu Pukista ja Käärijästä. Kiitos Kripokselle EMPACT AW 2026 -viikon koordinoinnista ja Pelastakaa Lapsille materiaaleista.',
    ),
    clean(
      'Muistio sessiosta FI-8 Minecraftissa sunnuntaina klo 14.00–16.30. Rakensimme Helsingin tuomiokirkon ja Pasilan poliisitalon, ja noin 70 pelaajaa kävi vierailulla, suurin osa Espoosta, Vantaalta ja Keravalta. Kaksi vihjettä palvelimesta, jolla jaetaan väkivaltavideoita, kirjattiin tunnuksilla S-42 ja S-43 ja välitettiin keskusrikospoliisille. Kukaan ei jakanut henkilötietoja. Lapset halusivat ennen kaikkea taistella Ender Dragonia vastaan kanssamme ja kysyivät, voiko Creeperin pidättää.',
    ),
    clean(
      'Lyhyt yhteenveto Twitch-lähetyksestä Oulusta Oulun poliisilaitoksen kanssa. 90 minuuttia, enimmillään 156 katsojaa. Kysymyksiä Snap Mapista, TikTokin ikärajasta ja siitä, voittavatko Kärpät tänä vuonna mestaruuden. Muistutimme numeroista 112 ja 116 111 sekä Nuorten Exitistä. Ei henkilötietoja eikä ilmoituksia. Tallenne on arkistoitu tunnuksella FI-AW26-04, ja seuraava sessio on Rovaniemellä tiistaina klo 17 Koskikadun nuorisotalolta.',
    ),
    clean(
      'Yhteenveto Roblox-sessiosta Brookhavenissa keskiviikkona. Itä-Suomen poliisilaitokselta kaksi poliisia, 42 keskustelua. Lapset Kuopiosta, Joensuusta ja Mikkelistä halusivat lähinnä leikkiä poliisia ja rosvoa kanssamme ja kysyivät, onko meillä oikeita poliisiautoja. Yksi ilmoitus aikuisesta, joka tarjoaa Robuxeja kuvia vastaan, kirjattu tunnuksella S-46 ja välitetty eteenpäin. Selitimme, miten Robloxissa estetään käyttäjä ja tehdään ilmoitus, ja annoimme MLL:n numeron.',
    ),
    clean(
      'Yhteenveto Kripokselle yhteisestä TikTok-lähetyksestä Ruotsin ja Norjan tiimien kanssa. Vertailimme auttavia puhelimia: MLL ja 116 111 Suomessa, Bris Ruotsissa, Alarmtelefonen Norjassa. Enimmillään 211 katsojaa. Kysyttiin Euroviisuista, Windows95manista ja siitä, miten Poliisiammattikorkeakouluun Tampereelle pääsee opiskelemaan. Moderaattorit poistivat neljä asiatonta viestiä. Kaikki on kirjattu tunnuksella FI-AW26-10, sessio FI-12, viikko EMPACT AW 2026.',
    ),
  ],
  sv: [
    withIds(
      'Sammanfattning av session FI-SV-2 på Roblox, tisdag kväll. Två poliser från Österbottens polisinrättning var i Brookhaven och pratade med ett fyrtiotal barn, de flesta från Vasa, Jakobstad och Närpes. Det allvarligaste ärendet: Elsa Lindqvist berättade att en vuxen man har bett henne om bilder i utbyte mot Robux och vill att de fortsätter på Snapchat. Vi förklarade vad grooming är och gav henne numret till Barnens och ungdomarnas telefon, 116 111. Ärendet är anmält vidare. I övrigt gott humör.',
      'Elsa Lindqvist',
    ),
    withIds(
      'Teamledarens anteckningar efter Discord-kvällen på onsdag, tillsammans med svenska kollegor från Polisregion Stockholm. Bris var med under första timmen. En pojke från Södertälje ville veta om han fanns i polisens register och skrev in sitt personnummer direkt i kanalen: 120314-2383. Moderatorn raderade meddelandet genast och vi förklarade för alla varför man aldrig delar sitt personnummer i en öppen kanal. Resten av kvällen handlade om nakenbilder, åldersgränsen på TikTok och om Zlatan spelar Fortnite.',
      '120314-2383',
    ),
    withIds(
      'Kort rapport från TikTok Live i Göteborg på torsdag kl. 18–19.30. Polisregion Väst deltog med två poliser, högst 150 tittare. Frågor om bedrägerier, falska utlottningar och om poliser spelar Minecraft. En tjej på 13 skrev sitt mobilnummer, 073-518 42 96, i kommentarerna eftersom hon ville bli uppringd om en kompis som mår dåligt. Kommentaren raderades direkt och hon hänvisades till Bris och till Rädda Barnens sida om nätsäkerhet. Ärendet är registrerat som S-39 och följs upp av Noa.',
      '073-518 42 96',
    ),
    withIds(
      'Veckosammanfattning för det finlandssvenska teamet, EMPACT AW 2026. Sex sessioner på Minecraft, Fortnite och Roblox, totalt 187 samtal. På fredag bad en pojke från Borgå oss mejla foldern om sextortion och skrev ut sin adress: wilmer punkt holm snabel-a gmail punkt com. Vi skickade ingenting dit utan lade upp foldern på servern. Mycket prat också om IFK Mariehamn, om Cornelia Jakobs och om hur man söker till Polisyrkeshögskolan i Tammerfors.',
      'wilmer punkt holm snabel-a gmail punkt com',
    ),
    withIds(
      'Anteckning från session FI-SV-6 på Fortnite, lördag. Österbottens polisinrättning med tre poliser i uniformsskin, 58 samtal. En pojke på 12 från Jakobstad skrev att han blir hotad av äldre killar och inte vågar gå hem, och gav sin adress: Storgatan 18 B 7. Vi larmade genast och en patrull åkte dit; barnskyddet har underrättats. I övrigt handlade det om FF Jaro, om nya Fortnite-skins och om Jonesy. Inspelningen är sparad under FI-SV-AW26-06.',
      'Storgatan 18 B 7',
    ),
    clean(
      'Veckosammanfattning från Österbottens och Ålands polis. Tio sessioner på Roblox, Fortnite, Minecraft och Twitch, sammanlagt 341 samtal. Huvudteman: sextortion, bedrägerier med skins och mobbning i gruppchattar. Alla oroliga unga fick numret 116 111 till Barnens och ungdomarnas telefon och länken till Rädda Barnens material. Många frågade om Zlatan Ibrahimović, Alexander Isak och om Benjamin Ingrosso kommer till Vasa. Tack till Kripos för samordningen av EMPACT AW 2026 och till Bris för stödet.',
    ),
    clean(
      'Minnesanteckning från session FI-SV-8 på Minecraft, söndag kl. 14.00–16.30. Vi byggde Trefaldighetskyrkan i Vasa och polishuset på Korsholmsesplanaden, och ungefär 70 spelare kom förbi, de flesta från Korsholm, Malax och Kristinestad. Två tips om en server där våldsvideor delas registrerades som S-45 och S-47 och skickades till centralkriminalpolisen. Ingen delade personuppgifter. Barnen ville helst slåss mot Ender Dragon tillsammans med oss och undrade om en Creeper kan gripas.',
    ),
    clean(
      'Kort sammanfattning från Twitch-sändningen i Malmö med Polisregion Syd. 90 minuter, högst 164 tittare. Frågor om Snap Map, åldersgränsen på TikTok och om Malmö FF vinner allsvenskan. Vi påminde om 112, 114 14 och Bris på 116 111. Inga personuppgifter och inga anmälningar. Inspelningen är arkiverad under SE-AW26-03, och nästa session är i Lund på tisdag kl. 17 från ungdomsgården på Klostergatan.',
    ),
    clean(
      'Sammanfattning av Roblox-sessionen i Brookhaven på onsdag. Polisen i Västerbotten med två poliser, 40 samtal. Barn från Umeå, Skellefteå och Lycksele ville mest leka polis och tjuv med oss och frågade om vi har riktiga polisbilar. En anmälan om en vuxen som erbjuder Robux mot bilder, registrerad som S-48 och skickad vidare till Noa. Vi förklarade hur man blockerar och anmäler en användare i Roblox och gav numret till Bris. Operatör ett skötte chatten, teamledaren lobbyn.',
    ),
    clean(
      'Sammanfattning till Kripos från den gemensamma TikTok-sändningen med det isländska teamet. Vi jämförde stödlinjer: Bris och Rädda Barnen i Sverige, 1717 och Barnahus på Island, Barnens och ungdomarnas telefon i Finland. Högst 189 tittare. Frågor om Melodifestivalen, om Loreen och om hur man blir polis. Moderatorerna tog bort tre otrevliga meddelanden. Allt är registrerat under SE-AW26-09, session SE-4, veckan EMPACT AW 2026.',
    ),
  ],
};
