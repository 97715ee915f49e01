/**
 * Round fifty-three: written blind, before the detector was run on it.
 * Style: not the nightly note but the paperwork around it — end-of-week debrief fields, English summaries, referral
 * details and status notes, week-report free text and Kripos-style guidance that quotes cases, often with disguised
 * identifiers (digits in words, spaces or dots between digits, emoji between groups, "(at)", "[dot]", letter O for zero).
 */
import { clean, CorpusNote, withIds } from './corpus-note';

export const ROUND_FIFTY_THREE: Readonly<Record<string, readonly CorpusNote[]>> = {
  en: [
    withIds(
      `English summary of note NP-0311 (Politiet Nettpatrulje, Discord, Tue 22:40): girl, 13, gave her name as Ingeborg Aasheim-Rana. An adult user "tr4ppedsoul" had asked her to move to Snapchat, and she had already sent him her number as 4 7 3 . 1 8 . 2 9 0 to get past the filter. Referred to Barnevernet Bergen the same night.`,
      'Ingeborg Aasheim-Rana',
      'tr4ppedsoul',
      '4 7 3 . 1 8 . 2 9 0',
    ),
    withIds(
      `Debrief — a case to remember: the boy in Västerås who called himself Ludde and typed his number as 070 🎮 318 🎮 44 🎮 92 so Roblox chat would not eat it. His real name turned out to be Ludvig Ekström (12). Good example for the training day.`,
      'Ludde',
      '070 🎮 318 🎮 44 🎮 92',
      'Ludvig Ekström',
    ),
    withIds(
      `Kripos guidance, point 4 (shared with all teams): word filters do not catch addresses written with brackets or words. Two from this week: mira.kallio(at)gmail[dot]com, typed by a 14-year-old in Tampere, and jonatan dot vik at outlook dot com from a chat with a boy in Tromsø. Do not copy such strings into the note; write "e-mail given" instead.`,
      'mira.kallio(at)gmail[dot]com',
      'jonatan dot vik at outlook dot com',
    ),
    withIds(
      `Referral status 14/11: Politie Oost-Brabant confirms receipt of the referral for Noor-Ilse Verhagen (BSN 174620391), Kruisstraat 112, 5612 CJ Eindhoven. Veilig Thuis informed, mentor at school to be called by the youth officer.`,
      'Noor-Ilse Verhagen',
      '174620391',
      'Kruisstraat 112, 5612 CJ Eindhoven',
    ),
    withIds(
      `Norway annex to the week report: only one identity number was passed on, the fødselsnummer 270612 518 42 the boy gave himself (Snapchat name bjornebass). Sent to Barnevernet Drammen under case 24-119873.`,
      '270612 518 42',
      'bjornebass',
    ),
    clean(
      `Week report, joint patrol week 46 (11–17 November 2024). Six countries, nine languages, 41 officers on shift between 16:00 and 01:00. Blue profiles online: Politiet Nettpatrulje, Poliisi Nettipartio, Politie Online, Lögreglan Netvakt and Police Patrol Kim. 1 284 conversations, 37 referrals (19 to child protection, 11 to local police, 7 to school health services), 4 criminal reports. Help lines shared most often: 116 111 (612 times), 116 000 (48), 112 (9). Busiest hour: Friday 21:00–22:00 with 173 chats. Platforms by volume: Discord 38 %, Roblox 21 %, TikTok 17 %, Fortnite 11 %, Twitch 8 %, other 5 %.`,
    ),
    clean(
      `Debrief — what did not work: Fortnite island codes such as 4912-7730-5581 were flagged by our own checklist as phone numbers, and Roblox replaced "0800-0432" (Kindertelefoon) with hashes. Twitch chat was in slow mode on two channels, 30 seconds per message.`,
    ),
    clean(
      `Guidance for the last two nights: keep the note to age, town, platform, time and what was said. "Girl, 15, Lahti, Discord, 23:10, asked about nudes and the law" is enough. Game characters (Jonesy, Steve, Peely), streamers and footballers like Erling Haaland or Zlatan are fine to mention; case numbers, dates and § references are fine too.`,
    ),
    clean(`No referral. Chat closed 23:05.`),
    clean(
      `Status of referral 2024/4471-3: Polisen i Uppsala confirms the matter was assigned to the Barnahus group on 19 November at 09:30. Questions go to 114 14, section 3 duty desk. No further action for the patrol.`,
    ),
  ],
  nb: [
    withIds(
      `Sak å huske fra uka: jenta på 14 i Sandnes som skrev nummeret sitt som «ni fire en – to sju – tre åtte fem» for at Snapchat ikke skulle fange det opp. Hun het Synnøve Birkeland Omdal og hadde brukernavnet synn0ve_bo på TikTok. Godt eksempel på at filtrene ikke holder.`,
      'ni fire en – to sju – tre åtte fem',
      'Synnøve Birkeland Omdal',
      'synn0ve_bo',
    ),
    withIds(
      `Bekymringsmelding sendt barneverntjenesten i Drammen 13.11. kl. 10.12.\nGjelder: Mathias Oyelaran-Dahl\nFnr.: 1 4 0 9 1 0 5 6 2 8 4 (skrevet slik av gutten selv)\nAdresse: Konnerudgata 41, 3045 Drammen\nForesatte varslet per telefon. Registrert i BL som 24-1184772.`,
      'Mathias Oyelaran-Dahl',
      '1 4 0 9 1 0 5 6 2 8 4',
      'Konnerudgata 41, 3045 Drammen',
    ),
    withIds(
      `Fra Kripos til nettpatruljene: flere unge legger nå emoji mellom sifrene. Eksempel fra Discord tirsdag: «48 💜 26 💜 71 💜 93». Samme kveld fikk vi e-postadressen emma.kristine(at)live[dot]no i en Roblox-chat. Begge skal behandles som personopplysninger og skal ikke stå i notatet.`,
      '48 💜 26 💜 71 💜 93',
      'emma.kristine(at)live[dot]no',
    ),
    withIds(
      `Status 15.11: Barnevernet i Tromsø bekrefter mottatt melding om Ilyas (16), elev i 9B på Kroken skole. Discord-id 1029384756102938475 er sendt videre til Troms politidistrikt for sikring.`,
      'Ilyas',
      '9B på Kroken skole',
      '1029384756102938475',
    ),
    withIds(`Gutten oppga navnet Storm Vestheim.`, 'Storm Vestheim'),
    clean(
      `Ukerapport Nettpatruljen Sør-Vest, uke 46: 212 samtaler på Discord, Roblox og Fortnite, 14 bekymringsmeldinger etter barnevernsloven § 13-2 og 3 anmeldelser etter straffeloven § 306. Politiet Nettpatrulje var pålogget 18.00–00.30 alle kvelder. Mest brukte henvisninger: Alarmtelefonen for barn og unge 116 111, Kors på halsen 800 333 21, slettmeg.no og 112 ved akutt fare. Saksnumre i BL: 24-1190021 til 24-1190034. Snittalder i samtalene var 13,4 år, 58 % jenter.`,
    ),
    clean(
      `Hva fungerte ikke: Roblox-chatten sensurerte 116 111 til ####, så vi måtte skrive «Alarmtelefonen» med ord. Twitch-kanalen vår ble stengt i 40 minutter torsdag fordi en moderator trodde Politiet Nettpatrulje var en falsk profil.`,
    ),
    clean(
      `Veiledning fra Kripos, Seksjon for digital etterforskning: det var storm på Vestlandet og lite sol hele uka, så mange satt inne og spilte. Det ga rekordmange samtaler (1 032) og flere spørsmål om deling av bilder. Husk at alder, kommune, plattform, klokkeslett og tema er nok. Straffeloven §§ 305, 306 og 311 kan nevnes fritt; det samme kan saksnummer, Fortnite-sesong (Chapter 5) og Minecraft-serveren «Vinterland».`,
    ),
    clean(`Ingen melding sendt.`),
    clean(
      `Status henvisning 2024/8812: Barnevernsvakten i Oslo bekrefter 14.11. kl. 08.55 at saken er overført til bydel Grorud. Vår del er avsluttet. Spørsmål kan rettes til 02800, sentralbord politiet.`,
    ),
  ],
  nn: [
    withIds(
      `Sak å hugse: guten frå Førde som kalla seg Bjønnen på Minecraft-serveren. Han heiter Eirik Hjelmeland Kvamme og skreiv telefonnummeret med bokstaven O i staden for null: 913 477 O2. Vi ringde ikkje; meldinga gjekk til barnevernet.`,
      'Bjønnen',
      'Eirik Hjelmeland Kvamme',
      '913 477 O2',
    ),
    withIds(
      `Melding til barnevernstenesta i Voss herad, 12.11. kl. 11.30.\nGjeld: Gudrun Myrvoll Tveito, 13 år\nFødselsnummer: 030811 73426\nBur: Vangsgata 22, 5700 Voss\nBakgrunn: vaksen brukar på Snapchat har bede om bilete fleire gonger. Skjermbilete er sikra.`,
      'Gudrun Myrvoll Tveito',
      '030811 73426',
      'Vangsgata 22, 5700 Voss',
    ),
    withIds(
      `Rettleiing til patruljane: skriv aldri av e-postadresser sjølv om dei er skrivne med ord. Døme frå veka: «ragnhild punktum nes krøllalfa gmail punktum com», gitt av ei jente i Sogndal som òg brukte namnet nesRagn_09 på Roblox.`,
      'ragnhild punktum nes krøllalfa gmail punktum com',
      'nesRagn_09',
    ),
    withIds(
      `Status: Vest politidistrikt stadfestar at meldinga om Yonas Tesfamariam er motteken og fordelt til førebyggjande eining i Bergen. Profilen snapchat.com/add/yonas.tsf er sikra.`,
      'Yonas Tesfamariam',
      'snapchat.com/add/yonas.tsf',
    ),
    withIds(`Ho går i 8C på Øyrane ungdomsskule.`, '8C på Øyrane ungdomsskule'),
    clean(
      `Vekerapport, Nettpatruljen Vest, veke 46: 187 samtalar, 11 bekymringsmeldingar etter barnevernslova § 13-2, 2 meldingar til politiet om mogleg grooming (straffelova § 306). Mest brukt: Discord og Fortnite, deretter TikTok. Vi viste til Alarmtelefonen 116 111, Kors på halsen 800 333 21 og Mental Helse 116 123. Ei natt måtte vi ringje 112 (sak 24-1187650). Snittid per samtale: 9 minutt.`,
    ),
    clean(
      `Kva fungerte: å svare på nynorsk gjorde at fleire frå Sogn og Sunnfjord tok kontakt. Kva fungerte ikkje: Politiet Nettpatrulje vart utestengd frå to Roblox-grupper torsdag 21.40, truleg av ein automatisk filter.`,
    ),
    clean(
      `Rettleiing frå Kripos: eit notat skal berre innehalde alder, kommune, plattform, tid og tema. Namn på spelfigurar (Steve, Alex, Creeper), kjende personar som Aurora eller Kygo, saksnummer, paragrafar og hjelpetelefonar er ikkje personopplysningar. Ved tvil: skriv «namn oppgitt» og gå vidare.`,
    ),
    clean(`Ingen tiltak. Samtalen slutta 22.17.`),
    clean(
      `Status henvising 2024/9031: Barnevernsvakta i Bergen stadfestar 15.11. kl. 09.05 at saka er send vidare til Sunnfjord kommune. Ingen vidare oppfølging frå patruljen. Kontakt: 02800.`,
    ),
  ],
  nl: [
    withIds(
      `Casus om te onthouden: meisje (14) uit Zwolle, noemde zich Lieke, volgens haar moeder heet ze Lieke-Marijn Hofstede. Ze typte haar nummer als "nul zes - vier acht - twee één - zeven drie - negen vijf" omdat Discord cijferreeksen blokkeert.`,
      'Lieke',
      'Lieke-Marijn Hofstede',
      'nul zes - vier acht - twee één - zeven drie - negen vijf',
    ),
    withIds(
      `Doorverwijzing Veilig Thuis Rotterdam Rijnmond, 14-11, 10:40 uur.\nBetreft: Rayan el Amrani (13)\nBSN: 2 3 8 . 0 7 1 . 4 5 5\nAdres: Zwaanshals 218B, 3035 KV Rotterdam\nAanleiding: volwassen gebruiker op TikTok vraagt om foto's en een afspraak.`,
      'Rayan el Amrani',
      '2 3 8 . 0 7 1 . 4 5 5',
      'Zwaanshals 218B, 3035 KV Rotterdam',
    ),
    withIds(
      `Richtlijn Landelijke Eenheid voor de teams van Politie Online: schrijf e-mailadressen nooit over, ook niet als ze in woorden staan. Voorbeelden van deze week: "d.vanleeuwen apenstaartje ziggo punt nl" (Amersfoort) en een profiel dat een jongen in de chat plakte: roblox.com/users/3920485716/profile.`,
      'd.vanleeuwen apenstaartje ziggo punt nl',
      'roblox.com/users/3920485716/profile',
    ),
    withIds(
      `Status doorverwijzing: PZ Gent bevestigt dat het dossier van Lotte Vanhoutte (rijksregisternummer 10.05.23-147.19) op 15/11 werd overgemaakt aan het CLB en aan het Vertrouwenscentrum Kindermishandeling Oost-Vlaanderen.`,
      'Lotte Vanhoutte',
      '10.05.23-147.19',
    ),
    withIds(`Gamertag Wout_Vdb_2011 (Fortnite), gsm 0478/21.63.90.`, 'Wout_Vdb_2011', '0478/21.63.90'),
    clean(
      `Weekverslag Politie Online, week 46: 243 gesprekken via Discord, Roblox, TikTok en Twitch, 16 doorverwijzingen (9 naar Veilig Thuis, 5 naar de wijkagent, 2 naar Helpwanted), 3 aangiftes wegens grooming (art. 248e Sr). Meest gedeelde nummers: Kindertelefoon 0800-0432, 113 Zelfmoordpreventie 0800-0113 en 0900-8844 voor de politie. BVH-registraties 2024318871 t/m 2024318886. Drukste avond: donderdag 14 november, 19:00–23:00, 71 gesprekken.`,
    ),
    clean(
      `Wat werkte niet (Vlaamse ploeg): Roblox verving "Awel 102" door hekjes en ook 1712 kwam niet door. Wat werkte wel: het nummer van Child Focus, 116 000, in woorden typen. PZ Antwerpen en PZ Kempen draaiden samen 38 uur.`,
    ),
    clean(
      `Richtlijn: noteer alleen leeftijd, woonplaats, platform, tijdstip en onderwerp. "Jongen, 12, Tilburg, Fortnite, 21:35, vroeg of sexting strafbaar is" volstaat. Spelpersonages als Jonesy, Peely en Fishstick en bekende Nederlanders als Max Verstappen of Frenkie de Jong mag je gewoon noemen.`,
    ),
    clean(`Geen melding. Chat gesloten om 23:12.`),
    clean(
      `Status doorverwijzing 2024-VT-07731: Veilig Thuis Utrecht bevestigt op 18 november om 08:45 ontvangst en heeft de zaak bij het wijkteam Overvecht neergelegd. Voor vragen: 0800-2000. Geen verdere actie van Politie Online.`,
    ),
  ],
  fr: [
    withIds(
      `Cas à retenir : une fille de 13 ans à Seraing, qui signait « Maëlle » et s'appelle en réalité Maëlle Nsimba-Lejeune, a donné son numéro en toutes lettres pour passer le filtre : zéro quatre septante-sept, dix-huit, trente-deux, cinquante-six.`,
      'Maëlle',
      'Maëlle Nsimba-Lejeune',
      'zéro quatre septante-sept, dix-huit, trente-deux, cinquante-six',
    ),
    withIds(
      `Signalement au SAJ de Charleroi, 14/11 à 11h05.\nConcerne : Théo Vandenbroeck, 15 ans\nNN : 09.11.02-286.46\nDomicile : rue de la Montagne 48, 6000 Charleroi\nMotif : un adulte sur Discord lui propose de l'argent contre des photos.`,
      'Théo Vandenbroeck',
      '09.11.02-286.46',
      'rue de la Montagne 48, 6000 Charleroi',
    ),
    withIds(
      `Note de guidance aux équipes : les jeunes contournent les filtres en écrivant leur adresse en mots. Exemples relevés cette semaine : « lucas.delvaux arobase skynet point be » (Namur) et enzo_dlx(at)hotmail[.]be (Mons). Ne jamais recopier ces adresses dans la note.`,
      'lucas.delvaux arobase skynet point be',
      'enzo_dlx(at)hotmail[.]be',
    ),
    withIds(
      `Statut : la zone de police Bruxelles-Capitale Ixelles confirme la prise en charge du dossier d'Aya El Khattabi, 12 ans, élève de 1re C à l'Athénée royal Uccle 1. Le PMS de l'école est prévenu.`,
      'Aya El Khattabi',
      "1re C à l'Athénée royal Uccle 1",
    ),
    withIds(
      `Pseudo Discord : n0ah.l4mb3rt — profil instagram.com/noah.lmbrt`,
      'n0ah.l4mb3rt',
      'instagram.com/noah.lmbrt',
    ),
    clean(
      `Rapport de semaine, Police Patrol Kim (francophone), semaine 46 : 198 conversations sur Discord, Fortnite, Roblox et Snapchat, 12 signalements au SAJ, 2 procès-verbaux pour leurre de mineurs (art. 433bis/1 du Code pénal). Numéros les plus partagés : Écoute-Enfants 103, Child Focus 116 000, Centre de Prévention du Suicide 0800 32 123, et le 112 en cas d'urgence. Notices PV : LI.55.L1.031877/2024 à LI.55.L1.031889/2024. Soirée la plus chargée : vendredi 15/11, de 20h à 23h.`,
    ),
    clean(
      `Ce qui n'a pas marché : Roblox a remplacé « 103 » par des dièses et Twitch nous a mis en mode lent (30 secondes). Ce qui a marché : répondre en wallon de Liège pour briser la glace.`,
    ),
    clean(
      `Guidance : on note l'âge, la commune, la plateforme, l'heure et le thème, rien d'autre. « Garçon, 14 ans, Namur, Fortnite, 22h10, demande si le sexting est puni » suffit. Les personnages de jeux (Jonesy, Peely, Steve), les joueurs des Diables Rouges comme Kevin De Bruyne et les articles de loi peuvent être cités.`,
    ),
    clean(`Pas de suite. Fin 22h48.`),
    clean(
      `Statut du signalement 2024/SAJ/5512 : le SAJ de Liège confirme le 18/11 à 9h20 que le dossier a été attribué à une déléguée. Questions : permanence au 04 220 67 11. Plus d'action de la patrouille.`,
    ),
  ],
  de: [
    withIds(
      `Fall zum Merken: der Junge aus Eupen, der sich j4nn1s_k0hn nannte und eigentlich Jannis Kohnen heißt, hat seine Nummer so geschrieben: 0 4 9 1 . 2 7 . 4 8 . 1 6 — der Roblox-Filter hat das nicht erkannt.`,
      'j4nn1s_k0hn',
      'Jannis Kohnen',
      '0 4 9 1 . 2 7 . 4 8 . 1 6',
    ),
    withIds(
      `Meldung an den Jugendhilfedienst der Deutschsprachigen Gemeinschaft, 13.11., 14:50 Uhr.\nBetrifft: Leonie Pankert-Schmitz (13)\nNationalregisternummer: 110917 053 51\nWohnhaft: Hauptstraße 87, 4780 Sankt Vith\nAnlass: Erwachsener auf Snapchat drängt auf ein Treffen in Malmedy.`,
      'Leonie Pankert-Schmitz',
      '110917 053 51',
      'Hauptstraße 87, 4780 Sankt Vith',
    ),
    withIds(
      `Leitfaden für die Teams: Jugendliche schreiben E-Mail-Adressen in Worten, um Filter zu umgehen. Zwei Beispiele dieser Woche: „mia punkt kessler ät gmx punkt de" und emre.yilmaz2010(at)outlook[punkt]be. Solche Angaben gehören nicht in den Vermerk.`,
      'mia punkt kessler ät gmx punkt de',
      'emre.yilmaz2010(at)outlook[punkt]be',
    ),
    withIds(
      `Stand: Die Polizeizone Weser-Göhl bestätigt den Eingang der Meldung zu Ben Hilgers (12), Schüler der 6B an der Gemeindeschule Kelmis. Die Schulleitung wird am Montag informiert.`,
      'Ben Hilgers',
      '6B an der Gemeindeschule Kelmis',
    ),
    withIds(`Roblox-Profil: roblox.com/users/5518203647/profile`, 'roblox.com/users/5518203647/profile'),
    clean(
      `Wochenbericht Ostbelgien, Woche 46: Police Patrol Kim war an fünf Abenden auf Discord, Fortnite und TikTok aktiv, 64 Gespräche auf Deutsch, 9 auf Französisch. 4 Meldungen an den Jugendhilfedienst, 1 Protokoll wegen Kontaktaufnahme mit Minderjährigen (Art. 433bis/1 StGB). Geteilte Nummern: Telefonhilfe 108, Child Focus 116 000, Notruf 112, Polizei 101. Protokollnummern EU.43.L5.004411/2024 und EU.43.L5.004412/2024. Beteiligt: Polizeizone Eifel und Polizeizone Weser-Göhl.`,
    ),
    clean(
      `Was nicht funktioniert hat: In zwei Roblox-Gruppen wurde „116 000" als persönliche Information gesperrt. Was gut lief: Kaleido Ostbelgien hat die Infoblätter am Dienstag in 14 Schulen verteilt.`,
    ),
    clean(
      `Leitfaden: Im Vermerk stehen nur Alter, Gemeinde, Plattform, Uhrzeit und Thema. „Mädchen, 14, Bütgenbach, Snapchat, 21:05, Frage zu Sextortion" reicht völlig. Spielfiguren wie Steve oder Jonesy, Fußballer wie Thomas Meunier sowie Paragraphen und Aktenzeichen dürfen genannt werden.`,
    ),
    clean(`Keine Meldung nötig.`),
    clean(
      `Stand der Meldung JHD-2024-0318: Der Jugendhilfedienst bestätigt am 18.11. um 10:15 Uhr die Übernahme. Rückfragen über die Zentrale der Polizeizone Eifel, 080 28 02 00. Für die Streife abgeschlossen.`,
    ),
  ],
  is: [
    withIds(
      `Mál sem vert er að muna: strákur, 13 ára, á Akureyri sem kallaði sig Krummi. Hann heitir Hrafn Ingi Sigurbjörnsson og gaf sjálfur upp kennitöluna 170810-3410 í spjallinu á Discord.`,
      'Krummi',
      'Hrafn Ingi Sigurbjörnsson',
      '170810-3410',
    ),
    withIds(
      `Tilkynning til Barnaverndar Reykjavíkur 14.11. kl. 10:20.\nVarðar: Jakub Wiśniewski, 13 ára\nKt.: 0 2 0 3 1 1 - 5 8 4 0\nHeimili: Hraunbæ 102, 110 Reykjavík\nÁstæða: fullorðinn notandi á Snapchat biður um myndir.`,
      'Jakub Wiśniewski',
      '0 2 0 3 1 1 - 5 8 4 0',
      'Hraunbæ 102, 110 Reykjavík',
    ),
    withIds(
      `Leiðbeiningar til teymanna: ungmenni skrifa netföng og símanúmer með orðum eða bilum til að komast fram hjá síum. Dæmi vikunnar: „eyrun.lilja hjá gmail punktur com" og síminn 8 6 2 - 4 4 1 7. Slíkt á ekki heima í færslunni.`,
      'eyrun.lilja hjá gmail punktur com',
      '8 6 2 - 4 4 1 7',
    ),
    withIds(
      `Staða: Lögreglan á Suðurnesjum staðfestir að tilkynning vegna Heklu Bjartar Guðmundsdóttur, nemanda í 7. bekk í Njarðvíkurskóla, hafi borist barnavernd Reykjanesbæjar.`,
      'Heklu Bjartar Guðmundsdóttur',
      '7. bekk í Njarðvíkurskóla',
    ),
    withIds(`TikTok: @ljonid_2011, sími 779 12O3.`, '@ljonid_2011', '779 12O3'),
    clean(
      `Vikuskýrsla Lögreglan Netvakt, vika 46: 156 samtöl á Discord, Roblox, TikTok og Fortnite, 8 tilkynningar til barnaverndar samkvæmt 17. gr. barnaverndarlaga nr. 80/2002 og 2 mál vegna 202. gr. almennra hegningarlaga nr. 19/1940. Oftast vísað á 112, Hjálparsíma Rauða krossins 1717 og netspjallið á 1717.is. Málanúmer LÖKE 007-2024-061233 til 007-2024-061240. Mest álag var á fimmtudagskvöld milli 20:00 og 23:00, 47 samtöl.`,
    ),
    clean(
      `Hvað virkaði ekki: Roblox faldi „1717" með myllumerkjum. Hvað virkaði: eldgosið við Grindavík og Hekla komu oft upp í spjallinu og voru góð leið til að hefja samtal.`,
    ),
    clean(
      `Leiðbeiningar frá Ríkislögreglustjóra: í færslu skal aðeins skrá aldur, sveitarfélag, miðil, tíma og efni. „Stelpa, 14 ára, Selfoss, Snapchat, 21:40, spurði um nektarmyndir" nægir. Nefna má persónur úr leikjum, þekkt fólk eins og Björk eða Gylfa Sigurðsson, lagagreinar og málanúmer.`,
    ),
    clean(`Engin tilkynning. Lokað kl. 23:40.`),
    clean(
      `Staða tilvísunar 2024-BV-0447: Barnavernd Kópavogs staðfestir 18.11. kl. 09:10 að málið sé komið til ráðgjafa. Fyrirspurnir í 112 eða 441 0000 á skrifstofutíma. Netvakt hefur lokið sínum þætti.`,
    ),
  ],
  fi: [
    withIds(
      `Muistettava tapaus: 12-vuotias poika Lahdesta, nimimerkki Onni_Ukkonen11, oikealta nimeltään Onni Ukkonen. Hän kirjoitti numeronsa sanoina, jotta Robloxin suodatin ei huomaisi: "nolla neljä nolla, seitsemän yksi kahdeksan, kaksi kaksi yhdeksän kolme".`,
      'Onni_Ukkonen11',
      'Onni Ukkonen',
      'nolla neljä nolla, seitsemän yksi kahdeksan, kaksi kaksi yhdeksän kolme',
    ),
    withIds(
      `Lastensuojeluilmoitus Oulun sosiaalipäivystykseen 14.11. klo 9.45.\nKoskee: Nea-Sofia Hyvärinen, 14 v\nHetu: 120410A286S\nOsoite: Isokatu 41 B 12, 90100 Oulu\nPeruste: aikuinen käyttäjä Snapchatissa pyytää kuvia ja tapaamista.`,
      'Nea-Sofia Hyvärinen',
      '120410A286S',
      'Isokatu 41 B 12, 90100 Oulu',
    ),
    withIds(
      `KRP:n ohje nettipartioille: nuoret naamioivat tietojaan. Viikon esimerkit: sähköposti aleksi.m(at)luukku[piste]com, puhelin 050 🟢 446 🟢 1187 ja henkilötunnus, jossa nollat oli kirjoitettu O-kirjaimina: 29O9O9A735O. Näitä ei kirjata muistiinpanoon.`,
      'aleksi.m(at)luukku[piste]com',
      '050 🟢 446 🟢 1187',
      '29O9O9A735O',
    ),
    withIds(
      `Tilanne: Helsingin poliisilaitos vahvistaa vastaanottaneensa ilmoituksen, joka koskee Abdirahman Warsamea; hän on Vuosaaren yhtenäiskoulun 7C-luokalla. Koulukuraattori on tavoitettu.`,
      'Abdirahman Warsamea',
      'Vuosaaren yhtenäiskoulun 7C-luokalla',
    ),
    withIds(`Snäpissä usva.kttnn, ei muuta.`, 'usva.kttnn'),
    clean(
      `Viikkoraportti, Poliisi Nettipartio, viikko 46: 231 keskustelua Discordissa, TikTokissa, Robloxissa ja Twitchissä, 13 lastensuojeluilmoitusta (lastensuojelulaki 25 §) ja 3 rikosilmoitusta lapsen houkuttelemisesta seksuaalisiin tarkoituksiin (RL 20:8 b). Jaetuimmat numerot: MLL:n Lasten ja nuorten puhelin 116 111, Nollalinja 080 005 005 ja hätänumero 112. RI-numerot 5500/R/0031877/24 – 5500/R/0031889/24. Vilkkain ilta: torstai 14.11. klo 19–22, 64 keskustelua.`,
    ),
    clean(
      `Mikä ei toiminut: Roblox peitti numeron 116 111 risuaidoilla, ja Twitch-kanavalla oli 30 sekunnin hidastus. Mikä toimi: Sisä-Suomen poliisilaitoksen ja Lapin poliisilaitoksen yhteisvuorot.`,
    ),
    clean(
      `Ohje: muistiinpanoon kirjataan vain ikä, kunta, alusta, kellonaika ja aihe. "Tyttö, 15, Kuopio, Discord, klo 22.30, kysyi kuvien jakamisesta" riittää. Pelihahmot kuten Steve tai Jonesy, julkisuuden henkilöt kuten Teemu Pukki, lainkohdat ja diaarinumerot saa mainita.`,
    ),
    clean(`Ei jatkotoimia.`),
    clean(
      `Tilanne, ilmoitus 2024/LS/1187: Tampereen sosiaalipäivystys vahvistaa 18.11. klo 8.50, että asia on siirretty sosiaalityöntekijälle. Kysymykset poliisin vaihteeseen 0295 419 800. Nettipartion osalta valmis.`,
    ),
  ],
  sv: [
    withIds(
      `Fall att minnas: flickan i Gävle, 12 år, som skrev sitt personnummer som 2 0 1 0 0 4 1 8 - 2 3 6 4 i Fortnite-chatten. Hon heter Alva-Li Strömberg och hade redan gett det till en vuxen användare innan hon pratade med oss.`,
      '2 0 1 0 0 4 1 8 - 2 3 6 4',
      'Alva-Li Strömberg',
    ),
    withIds(
      `Orosanmälan till socialtjänsten i Södertälje 13/11 kl 14.20.\nGäller: Hamza Abdullahi Yusuf (13)\nPnr: 110603-3929\nAdress: Ronnavägen 11, 151 33 Södertälje\nSkäl: vuxen på Discord erbjuder pengar mot bilder.`,
      'Hamza Abdullahi Yusuf',
      '110603-3929',
      'Ronnavägen 11, 151 33 Södertälje',
    ),
    withIds(
      `Vägledning från NOA till patrullerna: unga skriver adresser och nummer så att filtren inte ser dem. Veckans exempel: "elin punkt sjoberg snabel-a hotmail punkt se" och O73-518 26 4O, med bokstaven O i stället för noll. Skriv inte in sådant i anteckningen.`,
      'elin punkt sjoberg snabel-a hotmail punkt se',
      'O73-518 26 4O',
    ),
    withIds(
      `Status: Polisinrättningen i Österbotten bekräftar att barnskyddsanmälan om Linnea Back (hetu 050311A164S) har tagits emot av socialjouren i Jakobstad.`,
      'Linnea Back',
      '050311A164S',
    ),
    withIds(
      `Polisen i Uppsala bekräftar: gäller Lo (11), twitch.tv/lo_plays_uppsala.`,
      'Lo',
      'twitch.tv/lo_plays_uppsala',
    ),
    clean(
      `Veckorapport, nätpatrullen region Mitt, vecka 46: 204 samtal på Discord, Roblox, TikTok och Fortnite, 15 orosanmälningar enligt 14 kap. 1 § socialtjänstlagen och 4 anmälningar om kontakt med barn i sexuellt syfte (6 kap. 10 a § brottsbalken). Mest delade nummer: BRIS 116 111, Polisen 114 14 och 112. Ärendenummer 5000-K1523877-24 till 5000-K1523891-24. Mest tryck: fredag 15/11 kl 20–23, 58 samtal. Snittålder 13,1 år.`,
    ),
    clean(
      `Vad fungerade inte: Roblox ersatte "116 111" med brädgårdar och Twitch hade långsamt läge. Vad fungerade: att skriva BRIS med bokstäver och länka till bris.se.`,
    ),
    clean(
      `Vägledning: anteckningen ska bara innehålla ålder, kommun, plattform, klockslag och ämne. "Pojke, 14, Luleå, Snapchat, 21.50, frågade om nakenbilder" räcker. Spelfigurer som Steve och Jonesy, kändisar som Zlatan Ibrahimović, lagrum och diarienummer går bra att nämna.`,
    ),
    clean(`Ingen anmälan. Avslutat 22:51.`),
    clean(
      `Status remiss 2024/SOC/3318: Polisen i Uppsala bekräftar 18/11 kl 09.40 att ärendet tagits över av Barnahus Uppsala. Frågor via 114 14. Inga fler åtgärder från patrullen.`,
    ),
  ],
};
