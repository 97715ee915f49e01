/**
 * Round thirty-seven: written blind, before the detector was run on it.
 * Urgent referrals (self-harm, threats, a child in danger at home, a meeting arranged with an adult) where the officer
 * records where the child is, in each country's own address conventions; the clean notes are just as concrete but name
 * only units, public places, hospitals, emergency numbers, case numbers and outcome codes.
 */
import { clean, CorpusNote, withIds } from './corpus-note';

export const ROUND_THIRTY_SEVEN: Readonly<Record<string, readonly CorpusNote[]>> = {
  en: [
    withIds(
      'Urgent 23:10: girl (14) on Discord said she has pills ready and is alone tonight. She gave her address as 14 Park Road, flat 2, Leeds LS6 2AB. West Yorkshire Police informed via the UK liaison, unit dispatched, call handed over at 23:24.',
      '14 Park Road, flat 2, Leeds LS6 2AB',
    ),
    withIds(
      "Boy (12) on Roblox says his stepfather hits him and he is hiding in the shed behind the house. Lives at 7 Mill Lane, next to the Co-op. Mum's mobile 07700 900418. 999 call made through the UK liaison, case ref 24-0871.",
      '7 Mill Lane',
      '07700 900418',
    ),
    withIds(
      'Threat: a 15-year-old wrote in Fortnite chat that he will bring a knife to school tomorrow. The boy, Callum, is in 10C at Ashfield Academy. Head teacher and local police alerted at 21:05.',
      'Callum',
      '10C at Ashfield Academy',
    ),
    withIds(
      'Meeting arranged with an adult: the girl (13) says a man she met on Snapchat (handle @dan_k_88) will pick her up tonight at 20:00 outside her flat, 3B Croft Street, Glasgow G41 1HJ. Police Scotland notified, officers on the way.',
      '@dan_k_88',
      '3B Croft Street, Glasgow G41 1HJ',
    ),
    withIds(
      "Self-harm: Maya Thompson (14) sent photos of cuts and said she won't be here tomorrow. Her number is +44 7911 123456. Ambulance sent to her home, case ref 3317 passed to the duty officer.",
      'Maya Thompson',
      '+44 7911 123456',
    ),
    clean(
      'Urgent 22:40: boy (15) on Minecraft wrote that he wants to end his life tonight. He would not give his address. Kept him talking for 25 minutes, gave him Childline 0800 1111 and 999, handed over to the Metropolitan Police duty desk. Outcome code R2.',
    ),
    clean(
      'Girl (13) on TikTok live said her father is drunk and breaking things at home. She has left and is now waiting at the bus station in Croydon, by the ticket office. British Transport Police met her at 23:05, out-of-hours social services informed.',
    ),
    clean(
      "Threat on Twitch: a viewer wrote he would shoot up a school 'on Friday'. No name, school, class or town given. Screenshots saved, report sent to the Counter Terrorism Internet Referral Unit, case 24/5521.",
    ),
    clean(
      "Meeting with an adult: boy (12) says a 'coach' from a Fortnite clan will meet him on Saturday at the McDonald's by King's Cross station. Parents not reached. Handed to the CEOP desk of the National Crime Agency at 19:50, outcome code M1.",
    ),
    clean(
      "Self-harm: teenage girl taken by ambulance to St Thomas' Hospital A&E at 01:10 after the Roblox chat. Stable. Safeguarding referral made, case closed for our team with code H3.",
    ),
  ],
  nb: [
    withIds(
      'Haster kl. 22.15: jente (14) på Discord skriver at hun har tatt tabletter og er alene. Oppga adressen Storgata 5B, 3. etasje, i Drammen. Patrulje fra Sør-Øst sendt, AMK varslet kl. 22.19.',
      'Storgata 5B, 3. etasje',
    ),
    withIds(
      'Gutt (11) på Roblox forteller at mors samboer slår ham, og at han har låst seg inne på badet. Bor i Kirkeveien 12 H0302, 0368 Oslo. Mors mobil 412 34 567. Oslo politidistrikt og barnevernvakta varslet kl. 19.40.',
      'Kirkeveien 12 H0302, 0368 Oslo',
      '412 34 567',
    ),
    withIds(
      'Trussel: en elev skrev i Fortnite-chatten at han skal ta med kniv på skolen i morgen. Han går i 9B på Høyenhall skole. Rektor og Oslo politidistrikt varslet kl. 21.05.',
      '9B på Høyenhall skole',
    ),
    withIds(
      'Avtalt møte med voksen: jenta (13) sier at en mann hun har snakket med på Snapchat skal hente henne i kveld utenfor huset, Solbakken 14, rett ved Kiwi i Lier. Brukernavnet hans er tor.e_87. Patrulje sendt kl. 20.10.',
      'Solbakken 14',
      'tor.e_87',
    ),
    withIds(
      'Selvskading: Emma Berg (14), f.nr. 140311 50060, sendte bilder av kutt og skrev at hun ikke orker mer. Ambulanse sendt, hun ble kjørt til Ullevål sykehus kl. 00.35.',
      'Emma Berg',
      '140311 50060',
    ),
    clean(
      'Haster kl. 23.30: gutt (15) på Discord skriver at han vil ta livet sitt i natt. Ville ikke si hvor han bor. Holdt samtalen i gang i 40 minutter, ga ham 113 og Kirkens SOS, overlevert til operasjonssentralen i Oslo. Utfallskode R2.',
    ),
    clean(
      'Jente (12) på TikTok sier at far er full og truer mor. Hun har gått ut og venter nå på busstasjonen i Drammen, ved billettautomatene. Patrulje hentet henne kl. 21.50, barnevernvakta i Drammen tok over.',
    ),
    clean(
      'Trussel på Twitch: en seer skrev at han skal «skyte på skolen» på fredag. Ingen navn, skole, klasse eller sted oppgitt. Skjermbilder sikret, sak 24/11873 opprettet og sendt til Kripos.',
    ),
    clean(
      'Avtalt møte med voksen: gutt (13) sier at en voksen fra en Minecraft-server skal møte ham lørdag ved Oslo S, utenfor Narvesen. Foreldre ikke nådd. Overført til Kripos sin nettpatrulje kl. 18.45, utfallskode M1.',
    ),
    clean(
      'Selvskading: jente (16) ble kjørt til Ullevål sykehus med ambulanse kl. 01.20 etter samtalen på Snapchat. Stabil. Bekymringsmelding sendt til barnevernet, saken avsluttet hos oss.',
    ),
  ],
  nn: [
    withIds(
      'Hastar kl. 21.40: jente (13) på Discord skriv at ho har skore seg og er åleine heime. Ho bur i Fjellvegen 7A, 5055 Bergen, i andre etasje. Vest politidistrikt og AMK varsla, patrulje på veg.',
      'Fjellvegen 7A, 5055 Bergen',
    ),
    withIds(
      'Gut (12) på Roblox fortel at faren slår han og at han har låst seg inne på rommet. Adressa er Nygårdsgaten 22 H0201. Telefonen hans er 934 56 781. Barnevernsvakta i Bergen tok over kl. 20.15.',
      'Nygårdsgaten 22 H0201',
      '934 56 781',
    ),
    withIds(
      'Trugsmål: ein elev i 10A på Fyllingsdalen skule skreiv i Fortnite at han skal ta med våpen på skulen i morgon. Rektor og politiet varsla kl. 22.00.',
      '10A på Fyllingsdalen skule',
    ),
    withIds(
      'Avtalt møte med vaksen: jenta seier at ein mann ho kjenner frå Snapchat, brukarnamn bergensgutt_34, skal hente henne ved huset i Kyrkjevegen 3 på Voss i kveld. Patrulje sendt kl. 19.30.',
      'bergensgutt_34',
      'Kyrkjevegen 3',
    ),
    withIds(
      'Sjølvskading: Ingrid Solheim (14) sende bilete av kutt og skreiv at ho ikkje vil leve. Mor sin mobil er 471 12 233. Ambulanse sendt, ho vart køyrd til Haukeland universitetssjukehus kl. 00.30.',
      'Ingrid Solheim',
      '471 12 233',
    ),
    clean(
      'Hastar kl. 23.05: gut (15) på Minecraft skriv at han vil døy i natt. Han ville ikkje seie kvar han bur. Vi heldt samtalen i gang, gav han 113 og 116 111, og overleverte til operasjonssentralen i Vest. Utfallskode R2.',
    ),
    clean(
      'Jente (13) på TikTok seier at stefaren er rusa og trugar mora. Ho har gått til busstasjonen i Førde og ventar i venterommet. Patrulje henta henne kl. 22.10, og barnevernsvakta tok over.',
    ),
    clean(
      'Trugsmål på Twitch: ein sjåar skreiv at han skal «ta nokon» på skulen måndag. Ingen namn, skule eller stad. Skjermbilete sikra, sak 24/9921 oppretta.',
    ),
    clean(
      'Avtalt møte med vaksen: jente (12) seier at ein vaksen frå ein Roblox-server skal møte henne laurdag ved Bergen stasjon. Foreldra ikkje nådde. Overført til Kripos kl. 18.20, kode M1.',
    ),
    clean(
      'Sjølvskading: gut (16) vart køyrd til Haukeland universitetssjukehus kl. 00.50 etter samtalen. Stabil. Bekymringsmelding sendt til barnevernet, saka avslutta hos oss.',
    ),
  ],
  nl: [
    withIds(
      'Spoed 22.05 uur: meisje (14) op Discord schrijft dat ze pillen heeft ingenomen en alleen thuis is. Ze woont op Kerkstraat 12-2, 3511 LX Utrecht, derde verdieping. Meldkamer Midden-Nederland ingelicht, ambulance en eenheid onderweg.',
      'Kerkstraat 12-2, 3511 LX Utrecht',
    ),
    withIds(
      'Jongen (11) op Roblox vertelt dat zijn vader hem slaat en dat hij zich in de kelder verstopt. Adres: Oudegracht 231 bis, naast de fietsenwinkel. Telefoon moeder 06-41927735. Veilig Thuis en politie Utrecht gebeld om 19.45 uur.',
      'Oudegracht 231 bis',
      '06-41927735',
    ),
    withIds(
      'Bedreiging: een leerling van 4B in het Sint-Lodewijkscollege schreef in Fortnite dat hij morgen een mes meeneemt naar school. Directie en politiezone Brugge verwittigd om 21.10 uur.',
      '4B in het Sint-Lodewijkscollege',
    ),
    withIds(
      'Afspraak met volwassene: meisje (13) zegt dat een man die ze van Snapchat kent (gebruikersnaam jens.x.antwerp) haar vanavond om 20 uur thuis komt ophalen, Lange Kievitstraat 7 bus 2, 2018 Antwerpen. Politie Antwerpen stuurt een ploeg.',
      'jens.x.antwerp',
      'Lange Kievitstraat 7 bus 2, 2018 Antwerpen',
    ),
    withIds(
      "Zelfbeschadiging: Wout Peeters (14), rijksregisternummer 11.04.23-137.43, stuurde foto's van snijwonden. Met de ambulance naar UZ Leuven gebracht om 00.40 uur.",
      'Wout Peeters',
      '11.04.23-137.43',
    ),
    clean(
      'Spoed 23.20 uur: jongen (15) op Minecraft schrijft dat hij vannacht een einde aan zijn leven wil maken. Wilde niet zeggen waar hij woont. Gesprek 35 minuten gaande gehouden, 113 en 112 gegeven, overgedragen aan de meldkamer Amsterdam. Uitkomstcode R2.',
    ),
    clean(
      'Meisje (12) op TikTok zegt dat haar moeder dronken is en met spullen gooit. Ze wacht nu in de stationshal van Utrecht Centraal bij de OV-servicewinkel. Eenheid heeft haar om 21.55 uur opgehaald, Veilig Thuis ingelicht.',
    ),
    clean(
      "Dreiging op Twitch: een kijker schreef dat hij vrijdag 'op school gaat schieten'. Geen naam, school of plaats genoemd. Screenshots veiliggesteld, proces-verbaal 2024-3318 opgemaakt.",
    ),
    clean(
      "Afspraak met volwassene: jongen (13) zegt dat een 'coach' van een Fortnite-clan hem zaterdag wil zien bij de McDonald's aan het Centraal Station in Antwerpen. Ouders niet bereikt. Doorgegeven aan de federale gerechtelijke politie om 18.30 uur, code M1.",
    ),
    clean(
      'Zelfbeschadiging: meisje (16) om 01.15 uur met de ambulance naar UZ Gent gebracht na het gesprek op Snapchat. Stabiel. Melding bij het Vertrouwenscentrum Kindermishandeling gedaan, dossier bij ons afgesloten.',
    ),
  ],
  fr: [
    withIds(
      "Urgent 22h10 : une fille (14 ans) sur Discord écrit qu'elle a avalé des médicaments et qu'elle est seule. Elle habite Rue des Tanneurs 58 bte 3, 1000 Bruxelles. Zone de police Bruxelles-Capitale Ixelles et 112 avertis, ambulance en route.",
      'Rue des Tanneurs 58 bte 3, 1000 Bruxelles',
    ),
    withIds(
      "Garçon (11 ans) sur Roblox : son beau-père le frappe, il s'est enfermé dans la salle de bain. Adresse : Avenue Albert 47, 1190 Forest. GSM de la mère : 0476 38 21 95. SAJ et police avertis à 19h35.",
      'Avenue Albert 47, 1190 Forest',
      '0476 38 21 95',
    ),
    withIds(
      "Menace : un élève de 3e B de l'Athénée royal de Jambes a écrit sur Fortnite qu'il apporterait un couteau à l'école demain. Direction et zone de police Namur Capitale prévenues à 21h20.",
      "3e B de l'Athénée royal de Jambes",
    ),
    withIds(
      "Rendez-vous avec un adulte : la fille (13 ans) dit qu'un homme rencontré sur Snapchat (pseudo lucas.lgx) viendra la chercher ce soir devant chez elle, rue Saint-Gilles 25 à Liège, près de la pharmacie. Une patrouille est envoyée.",
      'lucas.lgx',
      'rue Saint-Gilles 25',
    ),
    withIds(
      'Automutilation : Chloé Dubois (15 ans) a envoyé des photos de coupures. Son numéro : +32 478 55 19 02. Transportée aux Cliniques universitaires Saint-Luc à 00h50.',
      'Chloé Dubois',
      '+32 478 55 19 02',
    ),
    clean(
      "Urgent 23h15 : un garçon (15 ans) sur Minecraft écrit qu'il veut mettre fin à ses jours cette nuit. Il refuse de dire où il habite. Conversation maintenue 30 minutes, 112 et Centre de prévention du suicide 0800 32 123 donnés, relais au dispatching 101. Code R2.",
    ),
    clean(
      'Fille (12 ans) sur TikTok : son père est ivre et menace sa mère. Elle attend maintenant à la gare de Charleroi-Sud, près des guichets. Patrouille sur place à 21h45, le SAJ de garde a pris le relais.',
    ),
    clean(
      "Menace sur Twitch : un spectateur a écrit qu'il allait « tirer dans l'école » vendredi. Aucun nom, aucune école ni ville. Captures d'écran sauvegardées, PV 2024/4471 dressé et transmis à la police judiciaire fédérale.",
    ),
    clean(
      "Rendez-vous avec un adulte : un garçon (13 ans) dit qu'un « coach » d'un clan Fortnite veut le voir samedi devant la gare du Midi. Parents injoignables. Transmis à la cellule Child Abuse de la police fédérale à 18h40, code M1.",
    ),
    clean(
      "Automutilation : une fille (16 ans) a été conduite en ambulance au CHU de Liège à 01h05 après l'échange sur Snapchat. État stable. Signalement fait à SOS Enfants, dossier clôturé chez nous.",
    ),
  ],
  de: [
    withIds(
      'Dringend 22.30 Uhr: Mädchen (14) auf Discord schreibt, sie habe Tabletten genommen. Sie wohnt in der Hauptstraße 5a, 4700 Eupen, im ersten Stock. Polizeizone Weser-Göhl und 112 verständigt, Rettungswagen unterwegs.',
      'Hauptstraße 5a, 4700 Eupen',
    ),
    withIds(
      'Junge (11) auf Roblox erzählt, dass der Freund der Mutter ihn schlägt und er sich im Keller versteckt. Adresse: Aachener Str. 12, 4731 Raeren, gegenüber der Kirche. Handy der Mutter: 0475 62 18 40. Jugendhilfedienst und Polizei um 19.50 Uhr informiert.',
      'Aachener Str. 12, 4731 Raeren',
      '0475 62 18 40',
    ),
    withIds(
      'Drohung: ein Schüler der Klasse 3B am Robert-Schuman-Institut schrieb in Fortnite, er bringe morgen ein Messer mit in die Schule. Direktion und Polizeizone Weser-Göhl um 21.15 Uhr verständigt.',
      'Klasse 3B am Robert-Schuman-Institut',
    ),
    withIds(
      'Treffen mit Erwachsenem: das Mädchen (13) sagt, ein Mann von Snapchat (Nutzername kevin_aachen91) hole sie heute um 20 Uhr zu Hause ab, Bergstraße 27 in St. Vith. Polizeizone Eifel schickt eine Streife.',
      'kevin_aachen91',
      'Bergstraße 27',
    ),
    withIds(
      'Selbstverletzung: Lena Schmitz (15), Handynummer +32 470 91 44 27, schickte Fotos von Schnittwunden. Um 00.35 Uhr mit dem Rettungswagen ins St. Nikolaus-Hospital Eupen gebracht.',
      'Lena Schmitz',
      '+32 470 91 44 27',
    ),
    clean(
      'Dringend 23.10 Uhr: Junge (15) auf Minecraft schreibt, er wolle sich heute Nacht das Leben nehmen. Wollte nicht sagen, wo er wohnt. Gespräch 30 Minuten lang gehalten, 112 und die Telefonhilfe 108 genannt, an die Leitstelle in Lüttich übergeben. Ergebniscode R2.',
    ),
    clean(
      'Mädchen (12) auf TikTok sagt, der Vater sei betrunken und bedrohe die Mutter. Sie ist mit dem Bus nach Aachen gefahren und wartet jetzt in der Nähe vom Hauptbahnhof. Bundespolizei Aachen hat sie um 21.40 Uhr abgeholt, Jugendhilfedienst übernimmt.',
    ),
    clean(
      'Drohung auf Twitch: ein Zuschauer schrieb, er werde am Freitag „in der Schule schießen“. Kein Name, keine Schule, kein Ort. Screenshots gesichert, Protokoll 2024/0871 an die föderale Kriminalpolizei Eupen.',
    ),
    clean(
      'Treffen mit Erwachsenem: Junge (13) sagt, ein „Trainer“ aus einem Fortnite-Clan wolle ihn am Samstag am Busbahnhof in Eupen treffen. Eltern nicht erreicht. Um 18.25 Uhr an die Föderalpolizei übergeben, Code M1.',
    ),
    clean(
      'Selbstverletzung: Mädchen (16) um 01.00 Uhr mit dem Rettungswagen ins Uniklinikum Aachen gebracht. Zustand stabil. Meldung an den Jugendhilfedienst, Fall bei uns abgeschlossen.',
    ),
  ],
  is: [
    withIds(
      'Áríðandi kl. 22:20: stúlka (14 ára) á Discord skrifar að hún hafi tekið töflur og sé ein heima. Hún býr á Laugavegi 12b, 101 Reykjavík, á annarri hæð. Lögreglan á höfuðborgarsvæðinu og sjúkrabíll send, 112 látin vita.',
      'Laugavegi 12b, 101 Reykjavík',
    ),
    withIds(
      'Drengur (11 ára) á Roblox segir að stjúpfaðir hans lemji hann og að hann hafi læst sig inni á baði. Hann býr á Hringbraut 50, nálægt Melabúðinni. Sími móður: 862 4417. Barnavernd Reykjavíkur og lögregla látin vita kl. 19:55.',
      'Hringbraut 50',
      '862 4417',
    ),
    withIds(
      'Hótun: nemandi í 9. bekk B í Hagaskóla skrifaði á Fortnite að hann ætli að koma með hníf í skólann á morgun. Skólastjóri og lögregla látin vita kl. 21:15.',
      '9. bekk B í Hagaskóla',
    ),
    withIds(
      'Stefnumót við fullorðinn: stúlkan (13 ára) segir að maður sem hún kynntist á Snapchat (notandanafn siggi_kef88) ætli að sækja hana heim á Hafnargötu 30 í Keflavík í kvöld. Lögreglan á Suðurnesjum sendi bíl kl. 20:05.',
      'siggi_kef88',
      'Hafnargötu 30',
    ),
    withIds(
      'Sjálfsskaði: Sara Jónsdóttir (14 ára), kennitala 170311-2050, sendi myndir af skurðum. Sjúkrabíll sendur og hún flutt á Landspítala kl. 00:45.',
      'Sara Jónsdóttir',
      '170311-2050',
    ),
    clean(
      'Áríðandi kl. 23:25: drengur (15 ára) á Minecraft skrifar að hann ætli að svipta sig lífi í nótt. Vildi ekki segja hvar hann býr. Samtalinu haldið gangandi í 30 mínútur, honum bent á 112 og Hjálparsíma Rauða krossans 1717, málið afhent fjarskiptamiðstöð lögreglunnar. Kóði R2.',
    ),
    clean(
      'Stúlka (12 ára) á TikTok segir að faðir hennar sé drukkinn og hóti móður hennar. Hún bíður núna á BSÍ umferðarmiðstöðinni. Lögreglubíll sótti hana kl. 21:50 og barnavernd tók við.',
    ),
    clean(
      'Hótun á Twitch: áhorfandi skrifaði að hann ætlaði að „skjóta í skólanum“ á föstudag. Ekkert nafn, enginn skóli eða staður. Skjámyndir vistaðar, mál 007-2024-1183 stofnað.',
    ),
    clean(
      'Stefnumót við fullorðinn: drengur (13 ára) segir að „þjálfari“ úr Fortnite-klani vilji hitta hann á laugardag í Kringlunni. Foreldrar náðust ekki. Málið afhent kynferðisbrotadeild lögreglunnar kl. 18:35, kóði M1.',
    ),
    clean(
      'Sjálfsskaði: stúlka (16 ára) flutt með sjúkrabíl á bráðamóttöku Landspítalans í Fossvogi kl. 01:10. Ástand stöðugt. Tilkynning send til barnaverndar, málinu lokað hjá okkur.',
    ),
  ],
  fi: [
    withIds(
      'Kiireellinen klo 22.25: tyttö (14) kirjoittaa Discordissa ottaneensa lääkkeitä ja olevansa yksin kotona. Hän asuu osoitteessa Mannerheimintie 12 B 34, 00100 Helsinki. Hätäkeskus 112 ja Helsingin poliisin partio hälytetty, ambulanssi matkalla.',
      'Mannerheimintie 12 B 34, 00100 Helsinki',
    ),
    withIds(
      'Poika (11) kertoo Robloxissa, että äidin miesystävä lyö häntä ja hän on lukinnut itsensä vessaan. Asuu Tampereella, Hämeenkatu 5 A 3, kioskin vieressä. Äidin puhelin 040 718 2593. Sosiaalipäivystys ja poliisi ilmoitettu klo 19.50.',
      'Hämeenkatu 5 A 3',
      '040 718 2593',
    ),
    withIds(
      'Uhkaus: oppilas luokalta 8B Pohjois-Haagan yhteiskoulusta kirjoitti Fortnitessa tuovansa huomenna veitsen kouluun. Rehtori ja Helsingin poliisi ilmoitettu klo 21.10.',
      '8B Pohjois-Haagan yhteiskoulusta',
    ),
    withIds(
      'Tapaaminen aikuisen kanssa: tyttö (13) kertoo, että Snapchatissa tapaamansa mies (käyttäjänimi mikko_tku90) hakee hänet tänään klo 20 kotoa, Aurakatu 8 C 15, 20100 Turku. Lounais-Suomen poliisi lähetti partion.',
      'mikko_tku90',
      'Aurakatu 8 C 15, 20100 Turku',
    ),
    withIds(
      'Itsetuhoisuus: Aino Virtanen (14), henkilötunnus 120311A4129, lähetti kuvia viiltohaavoista. Viety ambulanssilla HUS Meilahden sairaalaan klo 00.40.',
      'Aino Virtanen',
      '120311A4129',
    ),
    clean(
      'Kiireellinen klo 23.15: poika (15) kirjoittaa Minecraftissa haluavansa tappaa itsensä tänä yönä. Ei kertonut, missä asuu. Keskustelua jatkettiin 30 minuuttia, annettiin numerot 112 ja 116 111, siirretty Hätäkeskukseen. Lopputuloskoodi R2.',
    ),
    clean(
      'Tyttö (12) kertoo TikTokissa, että isä on humalassa ja uhkailee äitiä. Hän odottaa nyt Kauppatorilla kahvilateltan luona. Partio haki hänet klo 21.45, sosiaalipäivystys otti asian hoitaakseen.',
    ),
    clean(
      'Uhkaus Twitchissä: katsoja kirjoitti ampuvansa koulussa perjantaina. Ei nimeä, koulua eikä paikkakuntaa. Kuvakaappaukset tallennettu, rikosilmoitus 5500/R/11873/24 kirjattu.',
    ),
    clean(
      'Tapaaminen aikuisen kanssa: poika (13) kertoo, että Fortnite-klaanin ”valmentaja” haluaa tavata hänet lauantaina Kampin kauppakeskuksessa. Vanhempia ei tavoitettu. Siirretty keskusrikospoliisille klo 18.30, koodi M1.',
    ),
    clean(
      'Itsetuhoisuus: tyttö (16) vietiin ambulanssilla HUS Meilahden sairaalaan klo 01.05 keskustelun jälkeen. Vointi vakaa. Lastensuojeluilmoitus tehty, asia suljettu meidän osaltamme.',
    ),
  ],
  sv: [
    withIds(
      'Brådskande kl. 22.35: flicka (14) skriver på Discord att hon har tagit tabletter och är ensam hemma. Hon bor på Strandgatan 4 C 12, 65100 Vasa. Nödcentralen och polisen i Österbotten larmade, ambulans på väg.',
      'Strandgatan 4 C 12, 65100 Vasa',
    ),
    withIds(
      'Pojke (11) berättar på Roblox att mammans pojkvän slår honom och att han har låst in sig i badrummet. Adress: Runebergsgatan 9 A 2 i Jakobstad, mitt emot kyrkan. Mammans mobil 050 374 1928. Socialjouren och polisen kontaktade kl. 19.40.',
      'Runebergsgatan 9 A 2',
      '050 374 1928',
    ),
    withIds(
      'Hot: en elev i klass 8B vid Vasa övningsskola skrev i Fortnite att han tar med en kniv till skolan i morgon. Rektor och polis informerade kl. 21.10.',
      'klass 8B vid Vasa övningsskola',
    ),
    withIds(
      'Möte med vuxen: flickan (13) säger att en man hon lärt känna på Snapchat (användarnamn jonte_hfors) ska hämta henne hemma i kväll, Mannerheimvägen 40 B 7 i Helsingfors. Patrull skickad kl. 20.00.',
      'jonte_hfors',
      'Mannerheimvägen 40 B 7',
    ),
    withIds(
      'Självskada: Ella Holmström (15), nummer +358 44 982 3317, skickade bilder på skärsår. Förd med ambulans till Mejlans sjukhus kl. 00.55.',
      'Ella Holmström',
      '+358 44 982 3317',
    ),
    clean(
      'Brådskande kl. 23.20: pojke (15) skriver på Minecraft att han vill ta sitt liv i natt. Ville inte säga var han bor. Samtalet hölls igång i 30 minuter, gav honom 112 och 116 111, överlämnat till Nödcentralen. Utfallskod R2.',
    ),
    clean(
      'Flicka (12) säger på TikTok att pappan är full och hotar mamman. Hon väntar nu vid busstationen i Vasa, vid biljettautomaten. Patrullen hämtade henne kl. 21.40, socialjouren tog över.',
    ),
    clean(
      'Hot på Twitch: en tittare skrev att han ska ”skjuta i skolan” på fredag. Inget namn, ingen skola eller ort. Skärmdumpar sparade, brottsanmälan 5500/R/12904/24 upprättad.',
    ),
    clean(
      'Möte med vuxen: pojke (13) säger att en ”tränare” från en Fortnite-klan vill träffa honom på lördag vid Salutorget i Helsingfors. Föräldrarna nåddes inte. Överlämnat till centralkriminalpolisen kl. 18.45, kod M1.',
    ),
    clean(
      'Självskada: flicka (16) fördes med ambulans till Vasa centralsjukhus kl. 01.15 efter samtalet på Snapchat. Stabil. Barnskyddsanmälan gjord, ärendet avslutat hos oss.',
    ),
  ],
};
