/**
 * Round sixty-five: written blind, before the detector was run on it.
 * The paperwork around the patrols: debrief fields, English summaries, referral details and status notes, week-report
 * lessons, Kripos guidance quoting a case, and comments between colleagues on a debrief.
 */
import { clean, CorpusNote, withIds } from './corpus-note';

export const ROUND_SIXTY_FIVE: Readonly<Record<string, readonly CorpusNote[]>> = {
  en: [
    withIds(
      "Debrief, signals: on Discord (Tue 14:20) a 13-year-old from Drammen said an adult calling himself 'nightfoxx_77' had asked her to move to Snapchat. She gave her own handle as lilja.bjorkvik and her mum's number 924 18 337 so we could call back. Referred to Kripos NC3.",
      'nightfoxx_77',
      'lilja.bjorkvik',
      '924 18 337',
    ),
    withIds(
      "English summary of note NL-0412 (Rotterdam team): boy, 14, Roblox. Says his classmate Daan Verhoeven in class 2B of the Wolfert Lyceum is being pressured for pictures by an account named 'xXcoach_remyXx'. The boy read out his own BSN unprompted (319472607); officer should delete it from the original.",
      'Daan Verhoeven',
      'class 2B of the Wolfert Lyceum',
      'xXcoach_remyXx',
      '319472607',
    ),
    withIds(
      "Referral details for the receiving unit (Politie Oost-Brabant). Young person: Noor El Khatib, 15, lives at Kruisstraat 41, 5612 CK Eindhoven. Contact via mother, 06-41 27 93 58. Platforms: TikTok, Discord. Concern: sextortion attempt on 12 March, suspect account 'dutchie.deals'.",
      'Noor El Khatib',
      'Kruisstraat 41',
      '5612 CK Eindhoven',
      '06-41 27 93 58',
      'dutchie.deals',
    ),
    withIds(
      'Kripos guidance 3/2025, case example (translated from Finnish): \'The girl (14) typed her henkilötunnus, 050910A536B, into the chat because "FN_Support_Eetu" told her it was needed to verify her age.\' Lesson: say early and plainly that no police officer or moderator will ever ask for it.',
      '050910A536B',
      'FN_Support_Eetu',
    ),
    withIds(
      "@Sgt. Lindqvist: in your debrief for Wednesday you wrote 'Elias (Minecraft: eliasgamer2011) from Umeå'. Please rewrite before Friday, the name and the username can't stay, not even in the lessons field.",
      'Elias',
      'eliasgamer2011',
    ),
    clean(
      "Week report, lessons learned: 1,284 conversations across 6 countries between 10 and 14 March; 212 on Roblox, 391 on Discord, 77 on Twitch. 19 referrals, 4 of them to NC3, 2 urgent (case refs 25/11873 and 25/11902). Median conversation 7 minutes. Most common question from 11–13-year-olds: 'are you a real police officer?'",
    ),
    clean(
      'Guidance suggestion from Chief Inspector Hanne Berg-Olsen (Kripos): when a child asks for help outside the chat, point to 116 111, or to 112 in an emergency, never to a private number. The Europol liaison officer agreed at the 09:30 briefing on 11 March.',
    ),
    clean(
      'Platform observations: Fortnite creative map codes (e.g. 4826-1937-5560) were shared constantly and are not personal. Several kids quoted MrBeast and Kai Cenat; two asked whether Ninja was a cop. No action.',
    ),
    clean(
      'Referral status: ref. EU-JP-2025-0147 received by Sør-Øst police district on 17.03 at 11:05, acknowledged by the duty officer, case number 2025/14982217 opened. Nothing further for this platform.',
    ),
    clean(
      "What worked: the blue profile 'Politiet Patrulje' on Discord got 48 friend requests in the first hour. Professor Elisabeth Staksrud (University of Oslo) said at the kick-off that children aged 9–16 mostly want to know if gaming with strangers is allowed, and that matched what we heard.",
    ),
  ],
  nb: [
    withIds(
      'Signaler: Jente (13) på Roblox fortalte at en voksen med brukernavnet «kjetil_hjelper» har bedt henne sende bilder på Snap. Hun heter Amina Warsame og går i 7B på Tåsen skole. Sendt til Kripos NC3 kl. 15.40.',
      'kjetil_hjelper',
      'Amina Warsame',
      '7B på Tåsen skole',
    ),
    withIds(
      'Henvisningsdetaljer til mottakende enhet (Vest politidistrikt): Gutten, Sindre Mjelde Haugland, f.nr. 09111356189, bor i Nygårdsgaten 12B, 5015 Bergen. Mor kan nås på 41 92 37 05. Gjelder forsøk på utpressing via Discord.',
      'Sindre Mjelde Haugland',
      '09111356189',
      'Nygårdsgaten 12B',
      '5015 Bergen',
      '41 92 37 05',
    ),
    withIds(
      'Status henvisning 25/3318: Politiet har snakket med faren til gutten (Tor Inge Solbakken, tlf 958 04 112). Gutten selv oppga Discord-navnet «solbakken.tobias». Saken er lukket fra vår side.',
      'Tor Inge Solbakken',
      '958 04 112',
      'solbakken.tobias',
    ),
    withIds(
      'Hei Marte! I debriefen din står det «snakket med Ole-Petter (12) fra Fauske, Fortnite: OPgamer_fauske». Fjern navn og brukernavn før rapporten går til Europol, ellers ser den bra ut.',
      'Ole-Petter',
      'OPgamer_fauske',
    ),
    withIds(
      'Fra Kripos sitt veiledningsnotat 2/2025: I én sak skrev en tjenesteperson fødselsnummeret til jenta rett inn i notatet, 140311 50060, fordi hun selv hadde lest det opp. Slikt skal aldri lagres, heller ikke midlertidig.',
      '140311 50060',
    ),
    clean(
      'Hva fungerte: 214 samtaler på Discord og Roblox mellom 10. og 14. mars, 37 av dem med barn under 12 år. Flest henvendelser mellom kl. 19.00 og 21.30. Politioverbetjent Knut Aasland (Kripos) foreslår at vi bemanner tyngre på fredager.',
    ),
    clean(
      'Utfordringer: Mange spurte om vi var «ekte politi». Vi henviste til Alarmtelefonen for barn og unge 116 111, til 112 ved akutt fare og til Kors på halsen på 800 333 21.',
    ),
    clean(
      'Plattformobservasjoner: På Twitch var det mest snakk om Fortnite sesong 6 og om IShowSpeed. Ingen personopplysninger notert. Sak 25-10234-7 er avsluttet.',
    ),
    clean(
      'Veiledningsforslag: Skoler bør varsles samlet, ikke enkeltvis. Kuben videregående skole og Hundsund ungdomsskole ble nevnt som eksempler i møtet med Oslo kommune 18.03 kl. 09.00. Ingen elever omtalt.',
    ),
    clean(
      'Engelsk sammendrag av notat 0931: Boy, 11, Minecraft, Bodø, asked how to report a griefer. Guidance given, no referral. Duration 6 min, 20:15.',
    ),
  ],
  nn: [
    withIds(
      'Signal: Ei jente på 14 år frå Førde fortalde på Discord at ein vaksen med brukarnamnet «snillonkel88» har sendt henne pengar på Vipps. Ho heiter Ingrid Skjerdal Vik, og mora har nummer 472 19 866.',
      'snillonkel88',
      'Ingrid Skjerdal Vik',
      '472 19 866',
    ),
    withIds(
      'Tilvising til mottakande eining (Møre og Romsdal politidistrikt): Guten, Jonas Kvamme Bø, fnr. 02091251704, bur i Fjellvegen 7, 6150 Ørsta. Gjeld utpressing på Snapchat, kontoen «ørsta_jenta_15» er truleg falsk.',
      'Jonas Kvamme Bø',
      '02091251704',
      'Fjellvegen 7',
      '6150 Ørsta',
      'ørsta_jenta_15',
    ),
    withIds(
      'Status på tilvising 25/4471: Skulen er kontakta. Eleven i 8C på Voss ungdomsskule, Sigrid Hovland, har fått oppfølging av helsesjukepleiar.',
      '8C på Voss ungdomsskule',
      'Sigrid Hovland',
    ),
    withIds(
      'Kommentar til debriefen frå Leikanger-laget: Det står «Roblox-brukar: fjordkongen_2012, e-post fjordkongen2012@gmail.com». Det må strykast før veka er over.',
      'fjordkongen_2012',
      'fjordkongen2012@gmail.com',
    ),
    withIds(
      'Lærdom frå veka: I eitt tilfelle las ei jente opp fødselsnummeret sitt (300609 77492) i Minecraft-chatten for å «bevise» at ho var 15. Vi må seie tydeleg at ingen skal dele slikt.',
      '300609 77492',
    ),
    clean(
      'Kva fungerte: 96 samtalar på Fortnite og Minecraft, 12 av dei etter kl. 21. Politibetjent Randi Nesheim på Sogndal-laget meiner at blå profil med uniformsbilete gjev meir tillit.',
    ),
    clean(
      'Utfordringar: Mange born på 10–12 år spurde om Fortnite-koden 3315-8812-4407 var lov å dele. Det er han. Vi viste til 116 111 og til politiet sitt nummer 02800.',
    ),
    clean(
      'Plattformobservasjonar: Roblox-spela «Brookhaven» og «Adopt Me!» vart mest nemnde. Nokre nemnde Alan Walker og Erling Braut Haaland. Ingen personopplysingar.',
    ),
    clean(
      'Rettleiingsframlegg frå Kripos: Tilvisingar skal ha referansenummer (døme: 25/4471), ikkje namn. Oppfølgingsmøte i Bergen 19.03 kl. 13.00, rom 3.12.',
    ),
    clean(
      'Engelsk samandrag av notat 22: Girl, 13, Discord, Voss. Asked about blocking. Advice given. No referral.',
    ),
  ],
  nl: [
    withIds(
      "Debrief, signalen: Meisje (12) uit Almere meldt op Roblox dat 'robux_gever_2024' haar gratis Robux beloofde voor foto's. Ze noemde zichzelf Fenna de Wit-Bakker, groep 8 van De Regenboog. Doorgezet naar het TBKK.",
      'robux_gever_2024',
      'Fenna de Wit-Bakker',
      'groep 8 van De Regenboog',
    ),
    withIds(
      'Doorverwijzing naar ontvangende eenheid (Eenheid Amsterdam, zedenrecherche). Jongere: Yusuf Öztürk (15), BSN 235814763, adres Van Ostadestraat 118-2, 1072 TJ Amsterdam. Moeder bereikbaar op 06 28 41 90 17.',
      'Yusuf Öztürk',
      '235814763',
      'Van Ostadestraat 118-2',
      '1072 TJ Amsterdam',
      '06 28 41 90 17',
    ),
    withIds(
      'Statusnota doorverwijzing PV-nr. AN.55.L3.004417/2025: het parket Antwerpen heeft de zaak overgenomen. Het rijksregisternummer van het slachtoffer (10.02.07-452.76) stond per vergissing in de debrief en moet eruit. Ouder: Els Vermeulen, 0478 21 36 94.',
      '10.02.07-452.76',
      'Els Vermeulen',
      '0478 21 36 94',
    ),
    withIds(
      "Opmerking bij de debrief van collega Jansen: je schreef 'jongen op TikTok, @milan.vdberg_06, zegt dat zijn broer Sem hem bedreigt'. Handle en naam er graag uithalen.",
      '@milan.vdberg_06',
      'Sem',
    ),
    withIds(
      "Lessen van de week: een meisje uit Gent las haar e-mailadres voor (lotte.deschepper2011@telenet.be) omdat een 'moderator' erom vroeg. Kinderen vooraf uitleggen dat de politie dat nooit vraagt.",
      'lotte.deschepper2011@telenet.be',
    ),
    clean(
      'Wat werkte: 163 gesprekken via Discord en Roblox van maandag 10 t/m vrijdag 14 maart, waarvan 41 met kinderen van 10 tot 12 jaar. Piek tussen 16.00 en 18.30 uur. Hoofdagent R. Bakker (Team Digitale Wijkagent Rotterdam) stelt voor woensdagmiddag extra te bemensen.',
    ),
    clean(
      "Uitdagingen: kinderen vroegen vaak of we 'echt' waren. Verwezen naar de Kindertelefoon (0800-0432), naar 112 bij nood en naar 0900-8844 voor de politie. Geen doorverwijzingen nodig.",
    ),
    clean(
      'Platformobservaties: in Fortnite werden creatorcodes van bekende YouTubers gedeeld (o.a. Enzo Knol en Kalvijn). Geen persoonsgegevens. Registratienummer 2025-0317-044.',
    ),
    clean(
      'Voorstel voor de richtlijn: scholen alleen via het CLB benaderen. In de vergadering van 18/03 om 14u werden het Sint-Barbaracollege en het Koninklijk Atheneum Berchem als voorbeeldscholen genoemd, zonder leerlingen.',
    ),
    clean(
      'Engelse samenvatting van notitie 57: Boy, 14, Minecraft, Utrecht, asked about a site selling skins for €4,99. Advice given, no referral. Reviewed by inspecteur Van Dijk at 21:10.',
    ),
  ],
  fr: [
    withIds(
      "Débriefing, signaux : une fille de 13 ans (Liège) explique sur Discord qu'un adulte, pseudo « papy_gentil_4000 », lui demande des photos. Elle s'appelle Inès Benali, en 2e B à l'Athénée Royal Liège 1. Transmis à la FCCU à 16h10.",
      'papy_gentil_4000',
      'Inès Benali',
      "2e B à l'Athénée Royal Liège 1",
    ),
    withIds(
      'Détails du renvoi pour l’unité destinataire (zone de police Bruxelles-Capitale/Ixelles) : jeune : Mathis Lambotte, NN 12.05.14-237.47, domicilié rue du Viaduc 54, 1050 Ixelles. Contact : mère, 0486/73 15 29.',
      'Mathis Lambotte',
      '12.05.14-237.47',
      'rue du Viaduc 54',
      '1050 Ixelles',
      '0486/73 15 29',
    ),
    withIds(
      'Note de statut du renvoi, PV NA.44.L1.012093/2025 : le parquet de Namur a repris le dossier. Le suspect utilisait le pseudo Snapchat « kev.namur.92 » et se présentait sous le nom de Kevin Dethier.',
      'kev.namur.92',
      'Kevin Dethier',
    ),
    withIds(
      "Commentaire sur le débriefing de l'inspectrice Collard : tu as noté « Nolan, 11 ans, Roblox : NolanBoss_Charleroi, son frère Dylan joue aussi ». À retirer, même dans la partie enseignements.",
      'Nolan',
      'NolanBoss_Charleroi',
      'Dylan',
    ),
    withIds(
      'Enseignements de la semaine : un garçon de Mons a donné son adresse e-mail (rayan.elidrissi.2012@hotmail.com) et son numéro de GSM, 0471 58 20 36, à un faux « support Fortnite ». Rappeler aux jeunes que personne ne doit les leur demander.',
      'rayan.elidrissi.2012@hotmail.com',
      '0471 58 20 36',
    ),
    clean(
      'Ce qui a fonctionné : 138 conversations du lundi 10 au vendredi 14 mars, dont 52 sur Roblox et 31 sur Fortnite. Tranche d’âge la plus représentée : 11–13 ans. Le commissaire Laurent Mathieu (police fédérale, DJSOC) souligne le bon accueil du profil bleu.',
    ),
    clean(
      'Difficultés : beaucoup d’enfants demandaient si nous étions de « vrais policiers ». Orientation vers Écoute-Enfants au 103, vers le 101 ou le 112 en cas d’urgence, et vers Child Focus au 116 000.',
    ),
    clean(
      'Observations plateformes : sur Twitch, nombreuses références à Squeezie et à Kylian Mbappé. Code de carte Fortnite 7213-4450-9081 partagé dans 14 conversations. Aucune donnée personnelle.',
    ),
    clean(
      'Suggestion d’orientation du Kripos (traduction) : « Les renvois portent un numéro de référence (ex. 25/11873), jamais un nom. » Réunion de suivi le 20/03 à 10h30, salle 2.14, Oslo.',
    ),
    clean(
      'Résumé en anglais de la note 0088 : Girl, 12, Namur, TikTok, asked about a hacked account. Advice given, pointed to the help page. Validated by inspecteur principal Dewulf at 19h45.',
    ),
  ],
  de: [
    withIds(
      'Debriefing, Signale: Junge (14) aus Eupen berichtet auf Discord, dass ein Erwachsener mit dem Namen „onkel_ralf_1977“ ihm Geld für Bilder angeboten hat. Der Junge heißt Luca Kreusch und geht in die 3B der Pater-Damian-Sekundarschule.',
      'onkel_ralf_1977',
      'Luca Kreusch',
      '3B der Pater-Damian-Sekundarschule',
    ),
    withIds(
      'Angaben zur Weiterleitung an die empfangende Einheit (Polizeizone Weser-Göhl): Jugendliche: Lena Schröder-Havenith, Nationalregisternummer 11.08.23-184.24, wohnhaft Hauptstraße 27, 4700 Eupen. Kontakt Vater: 0495 64 18 22.',
      'Lena Schröder-Havenith',
      '11.08.23-184.24',
      'Hauptstraße 27',
      '4700 Eupen',
      '0495 64 18 22',
    ),
    withIds(
      'Statusvermerk zur Weiterleitung Az. EU-JP-2025-0203: Der Europol-Verbindungsbeamte bestätigt, dass der TikTok-Account „@miri.st.vith“ einem Mädchen gehört, Miriam Thommessen aus St. Vith. Die Mutter, Frau Thommessen, ist informiert.',
      '@miri.st.vith',
      'Miriam Thommessen',
      'Frau Thommessen',
    ),
    withIds(
      'Kommentar zum Debriefing von Kollegin Heinen: Du hast geschrieben „Kevin (12), Minecraft-Name kevin_der_baumeister“. Bitte Namen und Nutzernamen entfernen, bevor der Wochenbericht rausgeht.',
      'Kevin',
      'kevin_der_baumeister',
    ),
    withIds(
      'Kripos-Leitfaden (deutsche Übersetzung), Fallbeispiel aus Schweden: Ein 12-jähriges Mädchen nannte im Roblox-Chat ihre Personennummer 120817-2385 und ihre Handynummer 073-518 42 96, weil ein angeblicher Moderator danach fragte.',
      '120817-2385',
      '073-518 42 96',
    ),
    clean(
      'Was gut funktioniert hat: 74 Gespräche zwischen dem 10. und 14. März, davon 29 auf Roblox. Die meisten Kinder waren 10 bis 13 Jahre alt. Hauptkommissar Marc Pankert (Polizeizone Eifel) lobte das blaue Profil.',
    ),
    clean(
      'Herausforderungen: Viele fragten, ob wir „echte Polizei“ seien. Verweis auf die Nummer gegen Kummer 116 111 sowie auf 112 bzw. 101 im Notfall. Keine Weiterleitung nötig.',
    ),
    clean(
      'Plattformbeobachtungen: Auf Twitch wurde oft über MontanaBlack und Trymacs gesprochen. Fortnite-Inselcode 5190-2274-6638 mehrmals geteilt. Keine personenbezogenen Daten.',
    ),
    clean(
      'Lehren der Woche: Schulen nur über die Direktion ansprechen. Die Bischöfliche Schule St. Vith und das Robert-Schuman-Institut Eupen wurden als Ansprechpartner genannt, ohne Schülerbezug. Nächste Sitzung 24.03., 9.30 Uhr.',
    ),
    clean(
      'Englische Zusammenfassung von Notiz 14: Boy, 11, Fortnite, Kelmis, asked if buying V-Bucks for 9,99 € from a website was safe. Advised no. No referral. Reviewed by Inspektor Cormann, 18:50.',
    ),
  ],
  is: [
    withIds(
      'Samantekt, vísbendingar: Stúlka (13) á Discord sagði að fullorðinn maður með notandanafnið „gamli_refur66“ hefði beðið hana um myndir. Hún heitir Sólveig Ósk Hafþórsdóttir og er í 8. bekk í Hagaskóla.',
      'gamli_refur66',
      'Sólveig Ósk Hafþórsdóttir',
      '8. bekk í Hagaskóla',
    ),
    withIds(
      'Upplýsingar um tilvísun til móttökueiningar (Lögreglan á Suðurnesjum): Barn: Kacper Nowak, kt. 210411-3800, til heimilis að Hafnargötu 45, 230 Reykjanesbæ. Móðir, Agnieszka Nowak, s. 862 4419.',
      'Kacper Nowak',
      '210411-3800',
      'Hafnargötu 45',
      '230 Reykjanesbæ',
      'Agnieszka Nowak',
      '862 4419',
    ),
    withIds(
      'Staða tilvísunar 007-2025-1188: Málið er komið til barnaverndar. Faðir drengsins, Þorgeir Magnússon, hefur verið upplýstur. Drengurinn notaði nafnið „toggi_the_viking“ á Roblox.',
      'Þorgeir Magnússon',
      'toggi_the_viking',
    ),
    withIds(
      'Athugasemd við samantekt frá Akureyri: Þú skrifaðir „Emilía (11), Fortnite: emilia.akureyri, netfang emiliajons@simnet.is“. Það þarf að fjarlægja fyrir föstudag.',
      'Emilía',
      'emilia.akureyri',
      'emiliajons@simnet.is',
    ),
    withIds(
      'Lærdómur vikunnar: Einn drengur gaf upp kennitöluna sína, 070910-2920, og símanúmerið 778 3012 í spjalli á Minecraft þegar „stjórnandi“ bað um það.',
      '070910-2920',
      '778 3012',
    ),
    clean(
      'Hvað gekk vel: 58 samtöl milli 10. og 14. mars, þar af 21 á Roblox. Flest börnin voru 10–13 ára. Ragnar Þór Ólafsson lögreglufulltrúi lagði til að við yrðum líka á TikTok.',
    ),
    clean(
      'Áskoranir: Mörg börn spurðu hvort við værum „alvöru lögregla“. Vísað á Hjálparsíma Rauða krossins 1717, á 112 og á netspjallið á 112.is. Engin tilvísun.',
    ),
    clean(
      'Athuganir á miðlum: Á Twitch var mikið rætt um Fortnite og Minecraft; nokkur börn nefndu Ronaldo og Laufeyju. Leikjakóða 6620-1184-3307 var deilt. Engar persónuupplýsingar.',
    ),
    clean(
      'Tillaga að leiðbeiningum frá Kripos (þýðing): Tilvísanir skulu bera málsnúmer (t.d. 007-2025-1188), aldrei nafn. Fundur í Reykjavík 21.03. kl. 10:00.',
    ),
    clean(
      'Ensk samantekt á minnisblaði 9: Boy, 12, Minecraft, Selfoss, asked about a server ban. Advice given. No referral. Checked by the varðstjóri at 20:40.',
    ),
  ],
  fi: [
    withIds(
      'Debriefi, signaalit: Tyttö (12) Oulusta kertoi Robloxissa, että aikuinen käyttäjä ”setä_mikko_77” lupasi hänelle Robuxeja kuvista. Tyttö on Aino-Maria Kemppainen, luokka 6B, Myllytullin koulu.',
      'setä_mikko_77',
      'Aino-Maria Kemppainen',
      'luokka 6B, Myllytullin koulu',
    ),
    withIds(
      'Ohjaustiedot vastaanottavalle yksikölle (Helsingin poliisilaitos): Nuori: Abdirahman Hassan, hetu 170211A417V, osoite Kontulankaari 14 C 33, 00940 Helsinki. Äidin puhelin 044 739 2150.',
      'Abdirahman Hassan',
      '170211A417V',
      'Kontulankaari 14 C 33',
      '00940 Helsinki',
      '044 739 2150',
    ),
    withIds(
      'Ohjauksen tilannetieto 5500/R/1234/25: Sisä-Suomen poliisilaitos on ottanut asian hoitaakseen. Epäilty käytti Snapchatissa nimeä ”tampere_kuski” ja esittäytyi nimellä Joni Lehtinen.',
      'tampere_kuski',
      'Joni Lehtinen',
    ),
    withIds(
      'Kommentti kollegan debriefiin: kirjoitit ”Veeti (13), Fortnite: VeetiTheGoat, sisko Iida pelaa myös”. Poista nimet ja käyttäjänimi ennen viikkoraporttia.',
      'Veeti',
      'VeetiTheGoat',
      'Iida',
    ),
    withIds(
      'Viikon opit (Kripos-ohjeen käännös): Tapausesimerkki: tyttö antoi henkilötunnuksensa 280612A328K ja sähköpostinsa ellen.virtanen12@gmail.com väärälle ”Discord-tuelle”.',
      '280612A328K',
      'ellen.virtanen12@gmail.com',
    ),
    clean(
      'Mikä toimi: 112 keskustelua 10.–14.3., joista 47 Minecraftissa. Useimmat nuoret olivat 11–14-vuotiaita. Ylikonstaapeli Marko Forss (nettipoliisi) ehdotti iltavuoron jatkamista klo 22:een.',
    ),
    clean(
      'Haasteet: Moni kysyi, olemmeko ”oikeita poliiseja”. Ohjasimme Lasten ja nuorten puhelimeen 116 111, hätänumeroon 112 ja Sekasin-chattiin. Ei ohjauksia.',
    ),
    clean(
      'Alustahavainnot: Twitchissä puhuttiin paljon Fortnitesta, Cheekistä ja Teemu Pukista. Pelikoodi 8841-2260-1975 jaettiin monesti. Ei henkilötietoja.',
    ),
    clean(
      'Ohjeistusehdotus: Kouluihin otetaan yhteyttä vain rehtorin kautta. Kokouksessa 19.3. klo 13.15 mainittiin esimerkkeinä Ressun lukio ja Kalevan yhtenäiskoulu, ei oppilaita.',
    ),
    clean(
      'Englanninkielinen tiivistelmä muistiinpanosta 31: Girl, 15, TikTok, Kuopio, asked about a fake giveaway. Advice given, no referral. Checked by the rikoskomisario at 17:25.',
    ),
  ],
  sv: [
    withIds(
      'Debrief, signaler: Pojke (13) i Malmö berättade på Discord att en vuxen som kallar sig ”farbror_janne” bett honom skicka bilder mot Robux. Pojken heter Amir Hadžić och går i 7A på Rosengårdsskolan.',
      'farbror_janne',
      'Amir Hadžić',
      '7A på Rosengårdsskolan',
    ),
    withIds(
      'Uppgifter för mottagande enhet (Polisregion Nord): Ungdom: Elsa Nyström Pavval, personnummer 100305-4622, bor på Storgatan 19 B, 981 31 Kiruna. Mamma nås på 070-341 28 75.',
      'Elsa Nyström Pavval',
      '100305-4622',
      'Storgatan 19 B',
      '981 31 Kiruna',
      '070-341 28 75',
    ),
    withIds(
      'Status för överlämning, diarienr 5000-K123456-25: Ärendet har tagits över av Polisregion Väst. Den misstänkte använde namnet ”gbg_tjej_14” på Snapchat men heter enligt uppgift Patrik Sundelin.',
      'gbg_tjej_14',
      'Patrik Sundelin',
    ),
    withIds(
      'Kommentar till kollegans debrief: Du skrev ”Wilma (11), Roblox: wilmaunicorn2013, storebror Hugo”. Ta bort namn och användarnamn innan veckorapporten går till Europol.',
      'Wilma',
      'wilmaunicorn2013',
      'Hugo',
    ),
    withIds(
      'Veckans lärdomar: En flicka läste upp sitt personnummer 091114-3824 och sin mejl saga.ekberg09@outlook.com för en falsk ”Fortnite-support”. Påminn tidigt om att ingen polis eller moderator ber om sådant.',
      '091114-3824',
      'saga.ekberg09@outlook.com',
    ),
    clean(
      'Vad fungerade: 187 samtal mellan den 10 och 14 mars, varav 64 på Roblox. Flest barn var 10–13 år. Kommissarie Annika Lund (NOA) föreslår att vi förstärker bemanningen söndag kväll.',
    ),
    clean(
      'Utmaningar: Många frågade om vi var ”riktiga poliser”. Hänvisade till BRIS 116 111, till 112 vid fara och till 114 14 för polisen. Inga överlämningar behövdes.',
    ),
    clean(
      'Plattformsobservationer: På Twitch pratades det mest om Fortnite och om Zlatan Ibrahimović. Ö-kod 3908-5521-7716 delades flera gånger. Inga personuppgifter.',
    ),
    clean(
      'Förslag till vägledning från Kripos (översättning): Överlämningar ska ha ärendenummer (t.ex. 5000-K123456-25), aldrig namn. Uppföljningsmöte i Stockholm 25/3 kl. 10.00.',
    ),
    clean(
      'Engelsk sammanfattning av anteckning 40: Boy, 12, Minecraft, Uppsala, asked how to report a scam. Advice given, no referral. Checked by the kommissarie at 19:05.',
    ),
  ],
};
