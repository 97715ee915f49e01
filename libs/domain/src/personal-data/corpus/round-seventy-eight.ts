/**
 * Round seventy-eight: written blind, before the detector was run on it.
 * Team leaders' end-of-session debriefs, referral details for receiving units, status notes on referrals and Kripos
 * guidance notes quoting a case: each text sums up several conversations, with counts, times, units and help lines.
 */
import { clean, CorpusNote, withIds } from './corpus-note';

export const ROUND_SEVENTY_EIGHT: Readonly<Record<string, readonly CorpusNote[]>> = {
  en: [
    withIds(
      "Debrief, Tuesday evening shift (Kripos host team): 41 conversations across Discord, Roblox and Fortnite, 3 referrals. The case of note is a 13-year-old girl from Drammen who was being pressured for pictures by an adult whose profile is tiktok.com/@lonely.rider87; screenshots secured and passed to the sextortion desk. Follow-up: the girl's mother asked us to call her on +47 913 58 204 before Friday.",
      'tiktok.com/@lonely.rider87',
      '+47 913 58 204',
    ),
    withIds(
      'Referral details for the Child Welfare Service in Bergen: boy, 12, says his stepfather locks him out at night. He gave his full name as Elias Haugland Nygård and his address as Kalfarveien 47, 5018 Bergen. Conversation held on Roblox at 19:40, logged under case 24/1187; please confirm receipt to the duty officer.',
      'Elias Haugland Nygård',
      'Kalfarveien 47, 5018 Bergen',
    ),
    withIds(
      "Guidance note for all teams, quoting Monday's Finnish case: a 14-year-old boy told the Helsinki team that a 'gaming sponsor' writing from sponsori.kaisa@protonmail.com had asked for his henkilötunnus, and he had already sent 020809A237P. Lesson: if a young person types an identity number in chat, do not copy it into your note. Point them to the Sekasin chat and 116 111 instead.",
      'sponsori.kaisa@protonmail.com',
      '020809A237P',
    ),
    withIds(
      'English summary from the Dutch team: quiet night on Habbo and TikTok, 17 chats, one escalation. A boy in Utrecht named his classmate Daan Verhoeven of class 2B at the Christelijk Lyceum Zeist as the one posting the edited photos. Handed to the youth desk of Politie Midden-Nederland at 21:50.',
      'Daan Verhoeven',
      'class 2B at the Christelijk Lyceum Zeist',
    ),
    withIds(
      'Status of referral 2024-IS-031: the Reykjavík team forwarded the details of the adult who offered Robux for photos (gamer tag SkuggiPabbi, phone 663 4829) to the Capital Area Police sexual offences unit on 14 May. They have confirmed who holds the account. No further action for the patrol.',
      'SkuggiPabbi',
      '663 4829',
    ),
    clean(
      'Debrief, Wednesday 12 June, joint shift 18:00–22:00: 63 conversations in total (Roblox 24, Discord 19, Fortnite 11, Twitch 9), no referrals. What went well: the Finnish and Icelandic teams covered the late slot without gaps. What was difficult: several 11-year-olds asked whether we could ban players, which we cannot. Follow-up: none.',
    ),
    clean(
      "Kripos guidance: when a child mentions self-harm, give 116 111 and, in Norway, Kors på halsen on 800 333 21, and tell the shift lead within 10 minutes. Last night's case from Stavanger (case 24/2210) was handled exactly this way and the boy agreed to talk to his school nurse. No personal details were recorded.",
    ),
    clean(
      'Summary for the steering group: 5 countries, 11 officers, 412 chats across the week, 9 referrals to child welfare and 3 to investigation units. Most common topics were free V-Bucks scams (31%), bullying (22%) and questions about what police do online (18%). The Belgian team noted that many kids believed MrBeast was giving away skins on Discord.',
    ),
    clean(
      'Debrief from the Icelandic team in English: 28 chats on Minecraft servers and TikTok Live, mostly kids from Akureyri and Reykjavík asking whether we were real police. One girl, 15, talked about a friend being blackmailed; we explained how to report via 112 and the 1717 helpline. She did not share names and we did not ask for any.',
    ),
    clean(
      "Shift lead's note: the blue profile 'Politiet Nettpatrulje' was reported as fake twice on TikTok by users who did not believe police would be there; Kripos comms confirmed the verification badge. Two analysts and one investigator stayed until 23:15. Handover to the night team done, nothing open.",
    ),
  ],
  nb: [
    withIds(
      'Oppsummering etter økta tirsdag kveld: 37 samtaler, mest Roblox og Snapchat. Det tyngste var en jente på 13 fra Lillestrøm som fortalte at en voksen mann med brukernavnet snillonkel_76 har sendt henne gavekort mot bilder. Saken er meldt til Øst politidistrikt, og mora hennes kan nås på 482 19 330.',
      'snillonkel_76',
      '482 19 330',
    ),
    withIds(
      'Status: bekymringsmeldingen om gutten (12) fra Furuset ble videresendt til barnevernet i Oslo 14.05. kl. 10.20. Opplysninger gitt i chatten: han heter Yasin Abdi Warsame og bor i Gransdalen 31, 1054 Oslo. Barnevernet har bekreftet mottak, ingen videre oppfølging fra patruljen.',
      'Yasin Abdi Warsame',
      'Gransdalen 31, 1054 Oslo',
    ),
    withIds(
      'Henvisning til Sør-Vest politidistrikt: gutten skrev selv fødselsnummeret sitt, 14080951761, fordi han trodde vi trengte det for å «sjekke» Steam-kontoen hans. Han er svindlet for skins verdt ca. 2 000 kr av en som kalte seg Steam Support. Vi forklarte at politiet aldri ber om slikt i chat.',
      '14080951761',
    ),
    withIds(
      'Debrief fra teamleder: 52 samtaler, tre meldinger. Én sak skiller seg ut: flere elever i 8C på Tiller ungdomsskole i Trondheim sier at Nora Lindseth blir hengt ut på en TikTok-konto med redigerte bilder. Sendt til forebyggende seksjon i Trøndelag for oppfølging med skolen.',
      'Nora Lindseth',
      '8C på Tiller ungdomsskole',
    ),
    withIds(
      'Sammendrag til Kripos: en voksen som tilbød «jobb» som moderator på en Minecraft-server ba en jente på 14 skrive til ham på mats punkt bergh krøllalfa gmail punkt com. Jenta har blokkert ham, og adressen er sendt videre til NC3 sammen med skjermbilder.',
      'mats punkt bergh krøllalfa gmail punkt com',
    ),
    clean(
      'Debrief onsdag 12.06: 44 samtaler fordelt på Discord (18), Roblox (15) og Fortnite (11). Det som gikk bra var samarbeidet med operasjonsleder i Oslo, som tok to saker på under 20 minutter. Vanskelig: mange tiåringer på Roblox skjønte ikke hvorfor politiet var der. Ingen personopplysninger er notert.',
    ),
    clean(
      'Til neste skift: sjekk at alle har lagt inn Alarmtelefonen for barn og unge, 116 111, i standardsvarene. I går henviste vi 6 ganger til 116 111 og 2 ganger til Mental Helse på 116 123. Sak 24/10234 er avsluttet.',
    ),
    clean(
      'Oppsummering: mye snakk om Erling Haaland og Martin Ødegaard i Fortnite-lobbyene i kveld, og noen spurte om vi kjente Kygo. En gutt fra Bodø lurte på om det er ulovlig å kjøpe Robux av andre spillere; vi forklarte svindelrisikoen. Ingen meldinger sendt.',
    ),
    clean(
      'Teamleders notat: Nettpatruljen Sør-Øst hadde 3 politibetjenter og 1 etterforsker på vakt fra 18.00 til 23.00. To jenter fra en skole i Tromsø spurte hvordan man anmelder deling av bilder, og fikk lenke til politiet.no og beskjed om å ringe 02800. Vi registrerte ikke navn.',
    ),
    clean(
      'Statusnotat: bekymringsmeldingen fra 3. juni (sak 24/9981) er mottatt av barnevernet i Drammen, som tar kontakt med familien selv. Patruljen avslutter sin del. Påminnelse: notatene skal ikke inneholde navn, brukernavn eller telefonnumre.',
    ),
  ],
  nn: [
    withIds(
      'Oppsummering etter kveldsøkta: 29 samtalar, mest på Minecraft og Snapchat. Ei jente på 14 frå Førde fortalde at ein vaksen som kallar seg Fjellkongen_04 på Snapchat har bede om bilete. Saka er send til Vest politidistrikt, og jenta vil at mora skal ringjast på 915 20 447.',
      'Fjellkongen_04',
      '915 20 447',
    ),
    withIds(
      'Melding til barnevernet i Ålesund: guten seier at han heiter Sindre Vik Aarflot og bur i Rønnebergs gate 9, 6004 Ålesund. Han fortalde på Roblox at han ikkje får mat når stefaren er full. Vi gav han 116 111 og lova at nokon tek kontakt.',
      'Sindre Vik Aarflot',
      'Rønnebergs gate 9, 6004 Ålesund',
    ),
    withIds(
      'Statusnotat: saka om svindel på Steam (guten, 13, frå Voss) er vidaresend til Vest politidistrikt 15.05. Guten skreiv fødselsnummeret sitt, 03071056456, i chatten fordi svindlaren hadde sagt at det trongst for å få att skinsa. Vi har forklart at han aldri skal gje det til nokon på nett.',
      '03071056456',
    ),
    withIds(
      'Debrief: 41 samtalar og to meldingar. Fleire elevar seier at Ingrid Hovland i 9B på Sogndal ungdomsskule vert mobba på ein Discord-server. Vi har sendt saka til førebyggjande eining i Sogn, og kontaktlærar får beskjed gjennom dei.',
      'Ingrid Hovland',
      '9B på Sogndal ungdomsskule',
    ),
    withIds(
      'Vidaresendt til Kripos: ein vaksen mann som seier at han er «talentspeidar» for TikTok, bad ei jente på 12 sende bilete til talentspeidar.nord@outlook.com. Jenta har blokkert kontoen, og skjermbileta ligg i saka.',
      'talentspeidar.nord@outlook.com',
    ),
    clean(
      'Debrief tysdag: 36 samtalar på Fortnite, Roblox og Twitch, ingen meldingar. Det gjekk bra å svare på spørsmål om kva politiet gjer på nett, men det var vanskeleg å nå dei yngste på Roblox. Ingen personopplysningar er skrivne ned.',
    ),
    clean(
      'Til neste vakt: vi har vist til 116 111 fire gonger og til Kors på halsen to gonger i kveld. Sak 24/8870 er avslutta etter at barnevernet i Bergen stadfesta at dei har saka. Operasjonsleiar i Vest har fått kopi.',
    ),
    clean(
      'Oppsummering: mange ville snakke om Erling Haaland og om den nye låta til Sigrid, og nokre spurde om vi spelar Minecraft sjølve. Ei gruppe frå ein skule i Florø ville vite om det er lov å filme lærarar. Ingen saker å følgje opp.',
    ),
    clean(
      'Notat frå teamleiar: to politibetjentar og ein etterforskar var på vakt frå 17.30 til 22.30 på profilen «Politiet Nettpatrulje Vest». 47 % av samtalane var på Roblox. Ei jente på 15 nemnde sjølvskading; ho fekk nummeret 116 123 og sa at ho skulle gå til helsesjukepleiaren dagen etter.',
    ),
    clean(
      'Statusnotat 20.05.: bekymringsmeldinga frå veke 20 er motteken av barnevernet i Haugesund, og dei treng ikkje meir frå patruljen. Saka vart lukka i systemet kl. 09.40.',
    ),
  ],
  nl: [
    withIds(
      "Debrief dinsdagavond (team Nederland): 33 gesprekken, vooral op Roblox en TikTok, twee doorverwijzingen. Opvallend geval: een meisje van 13 uit Almere wordt via Snapchat benaderd door een volwassene met de gebruikersnaam sjorsie.dekker, die foto's vraagt in ruil voor Robux. Doorgezet naar de zedenrecherche; moeder bereikbaar op 06-41827356.",
      'sjorsie.dekker',
      '06-41827356',
    ),
    withIds(
      'Overdracht aan Veilig Thuis Rotterdam-Rijnmond: jongen (14) uit Rotterdam-Zuid typte zijn BSN 317509421 in de chat omdat een zogenaamde bank op Discord erom vroeg. Hij woont volgens eigen zeggen aan de Beijerlandselaan 118, 3074 EJ Rotterdam. Verzoek om contact op te nemen met de ouders.',
      '317509421',
      'Beijerlandselaan 118, 3074 EJ Rotterdam',
    ),
    withIds(
      'Statusnota (Belgisch team, Nederlandstalig): de melding over de jongen uit Genk is op 15/05 doorgestuurd naar het parket Limburg. Hij gaf zijn rijksregisternummer 10.03.22-123.59 aan een nep-modellenbureau op Instagram. Het account is intussen offline gehaald.',
      '10.03.22-123.59',
    ),
    withIds(
      'Debrief teamleider: 27 chats, één melding. Een jongen van 15 wordt afgeperst met een naaktfoto door iemand met een vrouwelijk profiel; het contactadres dat hij doorgaf was lisa punt vanbeek apenstaartje hotmail punt com. Doorgestuurd naar het Team Digitale Criminaliteit met screenshots.',
      'lisa punt vanbeek apenstaartje hotmail punt com',
    ),
    withIds(
      'Gesprekken op Fortnite (Vlaams team): drie leerlingen vertelden dat Mohamed El Amrani uit 2B van het Sint-Jozefscollege in Aalst elke avond bedreigd wordt in een groepschat. Doorverwezen naar de lokale politie Aalst en het CLB van de school.',
      'Mohamed El Amrani',
      '2B van het Sint-Jozefscollege in Aalst',
    ),
    clean(
      'Debrief woensdag 12 juni, 18.00–22.00 uur: 48 gesprekken (Roblox 21, Fortnite 14, Discord 13), geen doorverwijzingen. Wat goed ging: de afstemming met de wachtcommandant in Den Haag. Wat lastig was: veel kinderen dachten dat we nep waren. Er zijn geen persoonsgegevens genoteerd.',
    ),
    clean(
      'Voor het volgende team: verwijs bij zelfbeschadiging naar 113 of 0800-0113 en bij pesten naar de Kindertelefoon op 0800-0432. Vanavond is dat 5 keer gebeurd. Zaaknummer 2024-118734 is afgesloten.',
    ),
    clean(
      'Samenvatting (Vlaams team): veel vragen over Kevin De Bruyne en Stromae, en of de politie ook Minecraft speelt. Twee meisjes van een school in Hasselt vroegen hoe je een account meldt bij TikTok. We verwezen naar Awel op 102. Geen namen gevraagd.',
    ),
    clean(
      "Notitie teamleider: het profiel 'Politie Online Team' is twee keer als nep gemeld op TikTok; de afdeling communicatie heeft de verificatie bevestigd. 62% van de gesprekken ging over oplichting met gratis skins. Overdracht aan de nachtdienst om 23.10 uur.",
    ),
    clean(
      'Status doorverwijzing: de melding van 3 juni (registratie 2024-ZV-0412) is door Veilig Thuis Utrecht in behandeling genomen. Zij nemen zelf contact op met de school. Voor het patrouilleteam geen verdere actie.',
    ),
  ],
  fr: [
    withIds(
      'Débriefing du mardi soir (équipe belge francophone) : 31 conversations, surtout sur Roblox et Snapchat, deux signalements. Cas à retenir : une fille de 13 ans de Charleroi est contactée par un adulte dont le pseudo Snapchat est papy_cool_59, qui lui offre des cartes cadeaux contre des photos. Transmis à la section mœurs ; la maman souhaite être rappelée au 0478 52 19 36.',
      'papy_cool_59',
      '0478 52 19 36',
    ),
    withIds(
      "Fiche de transmission au Service d'aide à la jeunesse de Liège : le garçon dit s'appeler Rayan Benali, 12 ans, domicilié rue Saint-Léonard 214, 4000 Liège. Il explique sur Fortnite qu'il dort souvent dehors quand son père a bu. Merci de confirmer la réception à l'officier de garde.",
      'Rayan Benali',
      'rue Saint-Léonard 214, 4000 Liège',
    ),
    withIds(
      'Note de suivi : la jeune fille de Namur a communiqué son numéro de registre national 09.07.14-286.46 à un faux « support Steam » qui promettait de débloquer son compte. Le dossier a été envoyé le 16/05 à la zone de police Namur Capitale. Rappel à toutes les équipes : ne jamais demander ce numéro en chat.',
      '09.07.14-286.46',
    ),
    withIds(
      "Débriefing du chef d'équipe : 22 conversations, un cas de sextorsion. L'adolescent de 16 ans de Mons devait verser 200 € et écrire à kevin point dumont arobase gmail point com pour « récupérer » sa photo. Transmis au Federal Computer Crime Unit avec les captures d'écran.",
      'kevin point dumont arobase gmail point com',
    ),
    withIds(
      "Synthèse : plusieurs élèves de 1re B de l'Athénée royal d'Uccle racontent qu'Inès Lambert reçoit des menaces sur un serveur Discord. Renvoyé vers la zone de police Uccle/Watermael-Boitsfort/Auderghem et le centre PMS de l'école.",
      "1re B de l'Athénée royal d'Uccle",
      'Inès Lambert',
    ),
    clean(
      "Débriefing mercredi 12 juin, 18 h – 22 h : 39 conversations (Roblox 17, Fortnite 12, Discord 10), aucun signalement. Ce qui a bien marché : le relais avec l'officier de permanence à Bruxelles. Difficile : beaucoup d'enfants de 9 ou 10 ans sur Roblox. Aucune donnée personnelle enregistrée.",
    ),
    clean(
      "Pour l'équipe suivante : en cas de détresse, renvoyer vers le 103 (Écoute-Enfants) ou le 0800 32 123 (Centre de prévention du suicide), et vers le 112 en cas d'urgence. Ce soir, 4 renvois au 103. Dossier 2024/PJ/1187 clôturé.",
    ),
    clean(
      "Synthèse : beaucoup de discussions sur Romelu Lukaku, Angèle et Squeezie, et sur les arnaques aux V-Bucks gratuits. Deux ados d'une école de Verviers demandaient si la police peut supprimer une vidéo sur TikTok. Aucun nom noté.",
    ),
    clean(
      "Note du chef d'équipe : le profil « Police belge – Patrouille en ligne » a été signalé trois fois comme faux sur TikTok ; le service communication a confirmé la vérification. 58 % des échanges portaient sur les arnaques. Relais à l'équipe de nuit à 23 h 05.",
    ),
    clean(
      'Suivi du signalement du 3 juin (notice 2024-CHA-0093) : le SAJ de Charleroi a pris le dossier en charge et contactera lui-même la famille. Plus aucune action pour la patrouille.',
    ),
  ],
  de: [
    withIds(
      'Nachbesprechung Dienstagabend (Team Ostbelgien): 18 Gespräche, vor allem Minecraft und TikTok, eine Meldung. Wichtiger Fall: Ein 14-jähriges Mädchen aus Eupen wird von einem Erwachsenen mit dem Discord-Namen SchattenWolf1979 unter Druck gesetzt, Bilder zu schicken. An die Kriminalpolizei weitergeleitet; die Mutter bittet um Rückruf unter 0471 38 26 90.',
      'SchattenWolf1979',
      '0471 38 26 90',
    ),
    withIds(
      'Übergabe an das Jugendamt Köln: Der Junge (12) heißt laut eigener Aussage Luca Schneider und wohnt in der Venloer Straße 233, 50823 Köln. Er schrieb auf Roblox, dass er abends oft allein ist und nichts zu essen hat. Bitte Eingang beim Dienstführenden bestätigen.',
      'Luca Schneider',
      'Venloer Straße 233, 50823 Köln',
    ),
    withIds(
      'Kripos-Hinweis für das deutschsprachige Team, zitiert aus Vorgang 24/3310: Ein Erwachsener gab sich als Roblox-Moderator aus und bat einen 11-Jährigen, ihm an max punkt hartmann Klammeraffe web punkt de zu schreiben. Die Adresse wurde ans LKA weitergegeben.',
      'max punkt hartmann Klammeraffe web punkt de',
    ),
    withIds(
      'Nachbesprechung: Mehrere Schüler der Klasse 7b der Pater-Damian-Sekundarschule in Eupen berichten, dass Emre Yılmaz in einer WhatsApp-Gruppe bloßgestellt wird. Weitergeleitet an die Polizeizone Weser-Göhl und die Schulleitung.',
      'Klasse 7b der Pater-Damian-Sekundarschule in Eupen',
      'Emre Yılmaz',
    ),
    withIds(
      'Sachstand: Die Meldung zum Fortnite-Spieler xX_Bl4ckR4v3n_Xx (vermutlich erwachsen, bietet V-Bucks gegen Fotos) wurde am 15.05. an die Föderale Gerichtliche Polizei Eupen übergeben. Er hatte zwei Jungen seine Nummer +49 176 2948 3157 gegeben. Für die Streife ist der Vorgang erledigt.',
      'xX_Bl4ckR4v3n_Xx',
      '+49 176 2948 3157',
    ),
    clean(
      'Nachbesprechung Mittwoch, 12. Juni, 18–22 Uhr: 26 Gespräche (Roblox 11, Fortnite 9, Discord 6), keine Meldungen. Gut lief die Absprache mit dem Wachhabenden in Eupen. Schwierig: viele Kinder unter 10 Jahren auf Roblox. Es wurden keine personenbezogenen Daten notiert.',
    ),
    clean(
      'Für das nächste Team: bei Selbstverletzung auf die Nummer gegen Kummer 116 111 oder die Telefonseelsorge 0800 111 0 111 hinweisen, in Belgien auf das Jugendtelefon 108. Heute gab es 3 Verweise. Akte 2024/EUP/0412 ist abgeschlossen.',
    ),
    clean(
      'Zusammenfassung: Viel Gesprächsstoff über Thibaut Courtois, MontanaBlack und das neue Minecraft-Update. Zwei Jugendliche von einer Schule in St. Vith fragten, ob die Polizei gehackte Konten zurückholen kann. Keine Namen erfasst.',
    ),
    clean(
      'Notiz der Teamleitung: Das Profil „Polizei Ostbelgien – Online-Streife“ wurde auf TikTok zweimal als Fake gemeldet; die Pressestelle hat die Verifizierung bestätigt. 64 % der Gespräche drehten sich um Betrug mit Gratis-Skins. Übergabe an den Nachtdienst um 23:20 Uhr.',
    ),
    clean(
      'Sachstand zur Meldung vom 3. Juni (Vorgang 24-0873): Der Jugendhilfedienst der Deutschsprachigen Gemeinschaft hat übernommen und kontaktiert die Familie selbst. Für die Streife ist nichts mehr zu tun.',
    ),
  ],
  is: [
    withIds(
      'Samantekt eftir kvöldvaktina á þriðjudag: 24 samtöl, aðallega á Roblox og Snapchat, tvær tilkynningar. Mál sem stendur upp úr: 13 ára stelpa úr Hafnarfirði fær skilaboð frá fullorðnum manni sem kallar sig jonni_pabbi88 og biður um myndir. Sent til kynferðisbrotadeildar LRH; móðirin vill að hringt sé í 862 4517.',
      'jonni_pabbi88',
      '862 4517',
    ),
    withIds(
      'Tilkynning til barnaverndar Reykjavíkur: drengurinn, 15 ára, skrifaði kennitöluna sína 120409-3790 í spjallið og segist heita Aron Freyr Sigurðsson. Hann segir að stjúpfaðir hans læsi hann úti á kvöldin. Vinsamlegast staðfestið móttöku.',
      '120409-3790',
      'Aron Freyr Sigurðsson',
    ),
    withIds(
      'Stöðuskýrsla: tilkynningin um stelpuna frá Akureyri var send barnavernd Akureyrar 15. maí. Hún gaf upp heimilisfangið Hrafnagilsstræti 12, 600 Akureyri, þegar svikari þóttist vera frá Steam. Engin frekari aðgerð af hálfu netvaktarinnar.',
      'Hrafnagilsstræti 12, 600 Akureyri',
    ),
    withIds(
      'Samantekt hópstjóra: 19 samtöl, eitt mál. Nokkrir nemendur í 8. bekk B í Hagaskóla segja að Embla Rós Guðmundsdóttir sé lögð í einelti á Discord-þjóni. Sent áfram til forvarnadeildar LRH og skólans.',
      '8. bekk B í Hagaskóla',
      'Embla Rós Guðmundsdóttir',
    ),
    withIds(
      'Leiðbeiningar frá Kripos, vitnað í mál íslenska teymisins: fullorðinn maður bað 12 ára dreng að senda myndir á siggi punktur modeling hjá gmail punktur com. Maðurinn var síðar auðkenndur með kennitölu 170688-2289. Málið er hjá LRH ásamt skjáskotum.',
      'siggi punktur modeling hjá gmail punktur com',
      '170688-2289',
    ),
    clean(
      'Samantekt miðvikudaginn 12. júní, kl. 18–22: 31 samtal (Roblox 14, Minecraft 10, TikTok 7), engar tilkynningar. Það sem gekk vel: samstarfið við varðstjóra á Hverfisgötu. Erfitt: mörg börn héldu að við værum ekki alvöru lögregla. Engar persónuupplýsingar skráðar.',
    ),
    clean(
      'Fyrir næstu vakt: vísa á Hjálparsíma Rauða krossins 1717 og á 112 í neyð; netspjallið á 1717.is er líka opið. Í kvöld var vísað 5 sinnum á 1717. Mál 007-2024-18834 er lokað.',
    ),
    clean(
      'Samantekt: mikið rætt um Gylfa Sigurðsson, Laufeyju og nýja Fortnite-tímabilið. Tveir unglingar úr skóla á Selfossi spurðu hvort lögreglan geti eytt myndbandi af TikTok. Engin nöfn skráð.',
    ),
    clean(
      'Athugasemd hópstjóra: prófíllinn „Lögreglan – netvakt“ var tilkynntur tvisvar sem falsaður á TikTok; samskiptadeildin staðfesti vottunina. 55% samtala snerust um svik með ókeypis skinnum. Vaktaskipti kl. 23:15.',
    ),
    clean(
      'Staða tilkynningar frá 3. júní: barnavernd Kópavogs hefur tekið við málinu og hefur sjálf samband við fjölskylduna. Engin frekari aðgerð fyrir netvaktina.',
    ),
  ],
  fi: [
    withIds(
      'Purku tiistai-illan vuorosta: 35 keskustelua, eniten Robloxissa ja Snapchatissa, kaksi ilmoitusta. Merkittävin tapaus: 13-vuotias tyttö Vantaalta kertoi, että aikuinen mies käyttäjänimellä seta_tampere74 tarjoaa lahjakortteja kuvia vastaan. Siirretty seksuaalirikosyksikölle; äiti toivoo soittoa numeroon 040 718 2953.',
      'seta_tampere74',
      '040 718 2953',
    ),
    withIds(
      'Lastensuojeluilmoitus Helsingin sosiaali- ja kriisipäivystykseen: tyttö kirjoitti chattiin henkilötunnuksensa 150310A456C ja kertoi nimekseen Aino Maria Lehtonen. Hän sanoo olevansa usein yksin ilman ruokaa. Pyydämme vahvistamaan vastaanoton.',
      '150310A456C',
      'Aino Maria Lehtonen',
    ),
    withIds(
      'Tilannetieto: Oulusta tullut ilmoitus on välitetty Oulun poliisille 15.5. Poika oli antanut osoitteensa Kajaanintie 38 B 12, 90130 Oulu väärälle ”Steam-tuelle”. Partiolla ei jatkotoimia.',
      'Kajaanintie 38 B 12, 90130 Oulu',
    ),
    withIds(
      'Tiiminvetäjän purku: 28 keskustelua, yksi ilmoitus. Useampi oppilas kertoi, että Mohamed Abdullahi Hassan 8C-luokalta Itäkeskuksen peruskoulusta saa uhkailuviestejä Discordissa. Välitetty Itä-Helsingin ennalta estävälle toiminnalle.',
      'Mohamed Abdullahi Hassan',
      '8C-luokalta Itäkeskuksen peruskoulusta',
    ),
    withIds(
      'Kripos-ohje suomalaisen tiimin tapauksesta: aikuinen pyysi 12-vuotiasta lähettämään kuvia osoitteeseen jarkko piste malinen ät gmail piste com. KRP tunnisti epäillyn, henkilötunnus 110779-3159. Kuvakaappaukset on liitetty asiaan.',
      'jarkko piste malinen ät gmail piste com',
      '110779-3159',
    ),
    clean(
      'Purku keskiviikko 12.6. klo 18–22: 42 keskustelua (Roblox 19, Fortnite 13, Discord 10), ei ilmoituksia. Hyvin sujui yhteistyö Helsingin poliisin kenttäjohtajan kanssa. Vaikeaa: moni alle 10-vuotias Robloxissa. Henkilötietoja ei kirjattu.',
    ),
    clean(
      'Seuraavalle vuorolle: ohjatkaa MLL:n Lasten ja nuorten puhelimeen 116 111, Sekasin-chattiin ja hätätilanteessa numeroon 112. Tänään ohjattiin 6 kertaa numeroon 116 111. Asia 5500/R/12345/24 on suljettu.',
    ),
    clean(
      'Yhteenveto: paljon puhetta Teemu Pukista, Käärijästä ja uudesta Minecraft-päivityksestä. Kaksi nuorta tamperelaisesta koulusta kysyi, voiko poliisi poistaa TikTok-videon. Nimiä ei kirjattu.',
    ),
    clean(
      'Tiiminvetäjän huomio: profiili ”Poliisi – nettipartio” ilmoitettiin TikTokissa kahdesti valeprofiiliksi; viestintä vahvisti varmennuksen. 61 % keskusteluista koski huijauksia ilmaisilla skineillä. Vuoronvaihto klo 23.10.',
    ),
    clean(
      'Ilmoituksen 3.6. tilanne: Espoon lastensuojelu on ottanut asian hoitaakseen ja on itse yhteydessä perheeseen. Nettipartiolle ei jatkotoimia.',
    ),
  ],
  sv: [
    withIds(
      'Debriefing efter tisdagskvällen (finlandssvenska teamet): 21 samtal, mest på Roblox och Snapchat, en anmälan. Viktigaste fallet: en flicka på 13 från Vasa får meddelanden av en vuxen som kallar sig farbror_kalle61 och erbjuder presentkort mot bilder. Överfört till Österbottens polis; mamman vill bli uppringd på 050 362 8841.',
      'farbror_kalle61',
      '050 362 8841',
    ),
    withIds(
      'Orosanmälan till socialtjänsten i Malmö: flickan skrev sitt personnummer 090417-5288 i chatten och uppgav att hon heter Leila Nilsson Haddad. Hon säger att hon inte vågar gå hem efter skolan. Vänligen bekräfta mottagandet.',
      '090417-5288',
      'Leila Nilsson Haddad',
    ),
    withIds(
      'Lägesnotering: anmälan om pojken från Borgå har skickats till Östra Nylands polis 15.5. Han hade gett adressen Runebergsgatan 17 A 4, 06100 Borgå till en falsk ”Steam-support”. Ingen vidare åtgärd för patrullen.',
      'Runebergsgatan 17 A 4, 06100 Borgå',
    ),
    withIds(
      'Teamledarens debriefing: 25 samtal, en anmälan. Flera elever i 7B på Katedralskolan i Åbo berättar att Elin Sjöholm hängs ut på en Discord-server. Vidarebefordrat till Sydvästra Finlands polis och skolkuratorn.',
      '7B på Katedralskolan i Åbo',
      'Elin Sjöholm',
    ),
    withIds(
      'Kripos-vägledning med citat från ett svenskt fall: en vuxen bad en 12-åring skicka bilder till jonte punkt berg snabel-a hotmail punkt se. Adressen har lämnats till Polisens NOA med skärmdumpar, och den misstänkte har personnummer 870305-1832.',
      'jonte punkt berg snabel-a hotmail punkt se',
      '870305-1832',
    ),
    clean(
      'Debriefing onsdag 12.6 kl. 18–22: 34 samtal (Roblox 15, Fortnite 11, Discord 8), inga anmälningar. Bra: samarbetet med fältchefen i Helsingfors. Svårt: många barn under 10 år på Roblox. Inga personuppgifter antecknade.',
    ),
    clean(
      'Till nästa pass: hänvisa till BRIS på 116 111 i Sverige eller till Barnens och ungas telefon på 116 111 i Finland, och till 112 vid nödläge. I kväll blev det 4 hänvisningar. Ärende 5500/R/9876/24 avslutat.',
    ),
    clean(
      'Sammanfattning: mycket prat om Zlatan, Victor Lindelöf och den nya Minecraft-uppdateringen. Två ungdomar från en skola i Jakobstad frågade om polisen kan ta bort en TikTok-video. Inga namn antecknade.',
    ),
    clean(
      'Teamledarens anteckning: profilen ”Polisen – nätpatrull” anmäldes två gånger som falsk på TikTok; kommunikationsenheten bekräftade verifieringen. 57 % av samtalen gällde bedrägerier med gratis skins. Passbyte kl. 23.05.',
    ),
    clean(
      'Status för anmälan från 3 juni: socialjouren i Esbo har tagit över ärendet och kontaktar familjen själv. Inga fler åtgärder för nätpatrullen.',
    ),
  ],
};
