/**
 * Round seventy-four: written blind, before the detector was run on it.
 * Paperwork around the patrols: debrief fields, English summaries, referrals and their status, lessons learned,
 * Kripos guidance and colleagues' comments; the clean ones are dense with statistics, references, ranks and help lines.
 */
import { clean, CorpusNote, withIds } from './corpus-note';

export const ROUND_SEVENTY_FOUR: Readonly<Record<string, readonly CorpusNote[]>> = {
  en: [
    withIds(
      "English summary of note NO-0412 (original in bokmål): Boy, 13, Fortnite. Says an adult using the name 'SkyTrader_88' offered V-Bucks for photos and wanted to move to Snapchat. Boy gave his own handle as pixelfrosk07 and asked us not to tell his mum. Referred to Kripos NC3 for assessment.",
      'SkyTrader_88',
      'pixelfrosk07',
    ),
    withIds(
      'Referral details for receiving unit (Politie Oost-Brabant): girl, 14, Roblox + TikTok. Name given by the girl: Noor El Amrani. Own mobile 06-41873925. Home address Kruisstraat 12, 5701 KL Helmond. Please contact a parent before contacting her.',
      'Noor El Amrani',
      '06-41873925',
      'Kruisstraat 12, 5701 KL Helmond',
    ),
    withIds(
      "Lessons learned, point 4: officers still copy children's screen names into the note. Example from Tuesday's Finnish debrief: 'talked with Mikael Virtanen (mikke_v2011) about Discord raids'. The whole note had to be deleted and rewritten.",
      'Mikael Virtanen',
      'mikke_v2011',
    ),
    withIds(
      "Kari - your debrief for Wednesday still has the boy's number in the signals field (+47 934 52 817). Please redact it before the Europol liaisons get the export tomorrow at 09:00.",
      '+47 934 52 817',
    ),
    withIds(
      'Kripos guidance note 3/2024, English translation, quoted case: a 15-year-old wrote his personnummer 090823-4560 in a Twitch chat to "prove" his age to a moderator, and the officer copied it into the note. Never do this; write "boy, 15, Twitch" and nothing more.',
      '090823-4560',
    ),
    clean(
      'What worked: 41 conversations on Discord and 27 on Roblox between 14:00 and 21:30 on 12 March; 9 referrals; average stated age 12.6. Sgt. Lindqvist (SE team) ran the voice channel from 18:00 and handled 11 of the 41.',
    ),
    clean(
      'Platform observations: Fortnite creative island 4826-1937-5510 and the Roblox experience Brookhaven were used by several groups to meet up after school. No identifiers recorded. Ref. EUR-OP/2024/117.',
    ),
    clean(
      'Guidance suggestion: always give the help line, not a personal contact. Norway: Kors på halsen 800 33 321 and 116 111. Iceland: 1717. Emergencies: 112 everywhere.',
    ),
    clean(
      'Referral status 14/03: ref. KRIPOS-24-0381 accepted by Oslo police district, assigned to Insp. Hanne Brekke. 2 of 3 Icelandic referrals closed with no further action; 1 pending with the Reykjavík child protection service.',
    ),
    clean(
      'Week report: 312 conversations, 6 countries, 28 officers, 19 referrals. Thanks to Prof. Sonia Livingstone (LSE) for the opening talk on Monday.',
    ),
  ],
  nb: [
    withIds(
      'Signaler: Jente (12) på Roblox fortalte at en voksen med brukernavnet «Onkel_Bjørn_73» har bedt henne flytte praten til Snapchat. Hun sa at hun heter Amina Hussein og går i 7B på Tåsen skole.',
      'Onkel_Bjørn_73',
      'Amina Hussein',
      '7B på Tåsen skole',
    ),
    withIds(
      'Henvisning til Vest politidistrikt: gutt, 14 år, Discord. Foresatt: mor, Liv Håland Dahle, tlf. 482 71 935. Adresse: Nygårdsgaten 41, 5015 Bergen. Gutten ønsker at mor kontaktes først.',
      'Liv Håland Dahle',
      '482 71 935',
      'Nygårdsgaten 41, 5015 Bergen',
    ),
    withIds(
      'Status henvisning: barnevernet i Drammen har bekreftet mottak 13.03. Fnr. oppgitt av gutten selv: 140310 51267 – må slettes fra notatet før eksport.',
      '140310 51267',
    ),
    withIds(
      'Tor, du har skrevet «snakket med Sindre (sindre.gamer2010@gmail.com)» under Hva fungerte. Det må ut før rapporten går til Kripos.',
      'Sindre',
      'sindre.gamer2010@gmail.com',
    ),
    withIds(
      'Læringspunkt: En 15-åring på Twitch oppga Instagram-kontoen @mariam.tesfaye_ og nummeret 97 31 48 26 til en ukjent i chatten. Vi må minne om dette i alle samtaler.',
      '@mariam.tesfaye_',
      '97 31 48 26',
    ),
    clean(
      'Hva fungerte: Den uniformerte profilen hadde 63 samtaler mandag 11.03 mellom kl. 15.00 og 22.00. Politioverbetjent Eirik Sand ledet Discord-kanalen, 14 henvisninger totalt.',
    ),
    clean(
      'Veiledningsforslag: Henvis alltid til Kors på halsen (800 33 321) eller Alarmtelefonen for barn og unge 116 111. Ved akutt fare: 112.',
    ),
    clean(
      'Utfordringer: 17 av 40 barn trodde profilen var falsk. Mange spurte om vi kunne sjekke skjermnavnene til vennene deres – vi svarte nei. Sak 24-119843 gjelder en Discord-server, ikke en person.',
    ),
    clean(
      'Plattformobservasjoner: «Adopt Me!» og Hypixel ble nevnt oftest (22 ganger). Ingen signaler fra Fortnite-lobbyene i Tromsø og Bodø.',
    ),
    clean(
      'Kripos-veiledning 2/2024: Professor Ingunn Hagen (NTNU) og Medietilsynets «Barn og medier» brukes som bakgrunn. Skriv alder, plattform og tema – aldri navn eller brukernavn.',
    ),
  ],
  nn: [
    withIds(
      'Signal: Ein gut på 13 år frå Førde fortalde at han hadde sendt bilete til ein vaksen som kallar seg «Sjefen_Kenneth» på Snapchat. Guten sa han heiter Ola Magnus Vikøren.',
      'Sjefen_Kenneth',
      'Ola Magnus Vikøren',
    ),
    withIds(
      'Tilvising til Sør-Vest politidistrikt: jente (15), TikTok. Telefon til mor: 915 02 384. Adresse: Kvednavegen 7, 4021 Stavanger.',
      '915 02 384',
      'Kvednavegen 7, 4021 Stavanger',
    ),
    withIds(
      'Status tilvising: barnevernet har fått saka. Fødselsnummeret til jenta (03091163453) står framleis i vedlegget og må fjernast.',
      '03091163453',
    ),
    withIds(
      'Kommentar til debriefen din, Solveig: du skriv at «Hamid Rahimi i 8C på Volda ungdomsskule» var med i Discord-gruppa. Namn og klasse kan ikkje stå her, skriv berre «gut, 14».',
      'Hamid Rahimi',
      '8C på Volda ungdomsskule',
    ),
    withIds(
      'Lærdom: Ein 16-åring gav oss Discord-namnet sitt, fjordulv#4471, og bad oss leggje han til som ven. Det skal vi aldri gjere.',
      'fjordulv#4471',
    ),
    clean(
      'Kva fungerte: 38 samtalar på Minecraft og Roblox tysdag 12. mars, kl. 16–21. Politibetjent Åse Myklebust på Sogndal-laget tok dei fleste.',
    ),
    clean(
      'Utfordringar: Mange ungdomar trudde vi var ein bot. Vi viste til politiet.no og til Kors på halsen, 800 33 321.',
    ),
    clean(
      'Rettleiingsframlegg: Skriv alder og plattform, aldri brukarnamn. Døme: «Gut, 14, Fortnite, spurde om sextortion.» Sak 24-88231 viser korleis det skal sjå ut.',
    ),
    clean(
      'Plattformobservasjonar: Twitch-kanalane vi stakk innom hadde 1 200–4 500 sjåarar. Ungdom frå Ørsta, Voss og Lærdal nemnde Brawl Stars og Clash Royale.',
    ),
    clean(
      'Frå Kripos si rettleiing (versjon 1.3, 8. mars): Ingen identifikatorar av barn skal lagrast. Spørsmål til seksjonsleiar, politiinspektør Terje Nybø, tlf. sentralbord 02800.',
    ),
  ],
  nl: [
    withIds(
      'Doorverwijzing naar ontvangende eenheid (Politie Midden-Nederland): meisje (13), Roblox. Naam: Yasmina Bouzid, BSN 237184643 (doorgegeven door moeder). Adres: Vleutenseweg 218, 3532 HN Utrecht.',
      'Yasmina Bouzid',
      '237184643',
      'Vleutenseweg 218, 3532 HN Utrecht',
    ),
    withIds(
      "Signalen: jongen (12) op Discord zegt dat 'DaddyK_NL' hem 50 euro bood voor een foto. Zijn eigen account heet kwibusxl.",
      'DaddyK_NL',
      'kwibusxl',
    ),
    withIds(
      'Status doorverwijzing: het parket van Oost-Vlaanderen (afdeling Gent) heeft het dossier ontvangen. Rijksregisternummer van de jongen: 11.04.23-187.90. Moeder (Katrien Vermeulen) gaf haar gsm 0476 38 12 95 door.',
      '11.04.23-187.90',
      'Katrien Vermeulen',
      '0476 38 12 95',
    ),
    withIds(
      "Sanne, in je debrief staat 'Daan de Wit uit 2b van het Stedelijk Gymnasium Leiden'. Dat moet eruit, ook uit de Engelse samenvatting.",
      'Daan de Wit',
      '2b van het Stedelijk Gymnasium Leiden',
    ),
    withIds(
      "Lessen van de week: tijdens de patrouille op TikTok zette een meisje van 15 haar nummer 06 19274853 in de chat, 'voor als het weer gebeurt'. Altijd meteen laten verwijderen.",
      '06 19274853',
    ),
    clean(
      'Wat werkte: 52 gesprekken op Fortnite en Minecraft, maandag 11 maart 15:30–21:00. Hoofdagent Ruud Meijer (team Digitale Wijkagent) nam Twitch voor zijn rekening.',
    ),
    clean(
      'Uitdagingen: veel kinderen dachten dat ons profiel nep was. Verwijzen naar De Kindertelefoon (0800-0432) en 116 111 werkte goed.',
    ),
    clean(
      'Signalen: geen concrete. Wel 6 vragen over sextortion uit Antwerpen en Hasselt. Doorverwezen naar Child Focus 116 000 en Awel 102.',
    ),
    clean(
      "Platformobservaties: Roblox-game 'Da Hood' en Discord-servers met 10.000+ leden. Referentie PV nr. GE.55.L1.004512/2024.",
    ),
    clean(
      'Aanbeveling voor de handleiding: de lezing van prof. dr. Patti Valkenburg (Universiteit van Amsterdam) op 12 maart meenemen; 3 van de 4 teams vroegen erom.',
    ),
  ],
  fr: [
    withIds(
      "Renvoi vers l'unité destinataire (zone de police Bruxelles-Capitale/Ixelles) : jeune fille, 14 ans, Instagram et Roblox. Nom : Inès Benali. GSM : 0487 21 56 03. Domicile : rue de la Brasserie 27, 1050 Ixelles.",
      'Inès Benali',
      '0487 21 56 03',
      'rue de la Brasserie 27, 1050 Ixelles',
    ),
    withIds(
      "Signaux : un garçon de 12 ans de Charleroi dit qu'un adulte « Tonton_Momo » lui demande des photos sur Discord. Son pseudo à lui : lepetitgamer_6000.",
      'Tonton_Momo',
      'lepetitgamer_6000',
    ),
    withIds(
      'Statut du renvoi : dossier transmis au parquet de Liège le 13/03. Numéro de registre national du mineur : 09.12.05-264.82 (à supprimer de la fiche).',
      '09.12.05-264.82',
    ),
    withIds(
      "Julie, dans ton débriefing tu écris « Théo Lambert, 2e secondaire à l'Athénée Royal de Namur ». Il faut retirer le nom et la classe avant l'envoi à Kripos.",
      'Théo Lambert',
      "2e secondaire à l'Athénée Royal de Namur",
    ),
    withIds(
      "Leçons apprises : une ado de 16 ans nous a donné l'adresse mail de sa sœur, sarah.nzuzi2009@hotmail.be, pour « qu'on la contacte ». On a refusé et noté seulement l'âge.",
      'sarah.nzuzi2009@hotmail.be',
    ),
    clean(
      "Ce qui a fonctionné : 44 conversations sur Fortnite et Twitch le mercredi 13 mars entre 14 h et 20 h 30. L'inspecteur principal Marc Dubois (DJSOC) a géré le canal vocal.",
    ),
    clean(
      'Difficultés : beaucoup de jeunes croyaient à un faux profil. Nous avons renvoyé vers Child Focus (116 000) et le 103 Écoute-Enfants.',
    ),
    clean(
      'Observations plateformes : Minecraft (serveur Paladium), Roblox « Brookhaven ». 7 signalements sur 44. PV n° LI.43.L3.012877/2024.',
    ),
    clean(
      "Suggestion d'orientation : reprendre la présentation de la professeure Sonia Livingstone (LSE) du 11 mars dans la formation des nouvelles équipes de Mons et de Namur.",
    ),
    clean(
      "Traduction – note d'orientation Kripos n° 2024/03, version 1.2 : ne jamais noter le nom, le pseudo, le numéro de téléphone ou l'école d'un jeune. Exemple correct : « Fille, 13 ans, TikTok, question sur le harcèlement, renvoi vers le 103. » Contact : commissaire Anne Lejeune.",
    ),
  ],
  de: [
    withIds(
      'Weiterleitung an die Polizeizone Eifel: Mädchen (13), Roblox und Snapchat. Name: Lea Schröder. Handy der Mutter: 0472 91 04 38. Anschrift: Hauptstraße 58, 4780 St. Vith.',
      'Lea Schröder',
      '0472 91 04 38',
      'Hauptstraße 58, 4780 St. Vith',
    ),
    withIds(
      'Signale: Ein 14-Jähriger berichtete, dass ein Erwachsener namens „Frank Hollweg“ ihm auf Fortnite V-Bucks gegen Videos anbietet. Der Junge spielt unter „Eupener_Wolf“.',
      'Frank Hollweg',
      'Eupener_Wolf',
    ),
    withIds(
      'Stand der Weiterleitung: Die Staatsanwaltschaft Eupen hat den Vorgang übernommen. Die Nationalregisternummer des Jungen, 12.07.19-035.16, steht noch im Anhang.',
      '12.07.19-035.16',
    ),
    withIds(
      'Kommentar an Kollegin Meyer: In deiner Nachbesprechung steht „Emir Yıldız, Klasse 3B am Robert-Schuman-Institut Eupen“. Bitte löschen, Alter und Plattform reichen.',
      'Emir Yıldız',
      'Klasse 3B am Robert-Schuman-Institut Eupen',
    ),
    withIds(
      'Übersetzung der englischen Zusammenfassung (Verbindungsbeamter Europol): Der Junge aus Kristiansand nannte seinen Discord-Namen „nordlys_gutt09“ und seine Mailadresse elias.berge09@outlook.com.',
      'nordlys_gutt09',
      'elias.berge09@outlook.com',
    ),
    clean(
      'Was hat funktioniert: 29 Gespräche auf Minecraft am Donnerstag, 14.03., 16:00–20:00 Uhr. Polizeiinspektor Jens Krings (Polizeizone Weser-Göhl) übernahm die Twitch-Streams.',
    ),
    clean(
      'Herausforderungen: Viele Kinder hielten uns für einen Fake-Account. Verweis auf die Telefonhilfe 108 und auf 116 111.',
    ),
    clean(
      'Plattformbeobachtungen: 5 von 7 Gesprächen auf TikTok drehten sich um Sextortion. Vorgangsnummer 2024-0317-EUP, Sammelmeldung an Europol.',
    ),
    clean(
      'Lehren der Woche: Der Vortrag von Prof. Dr. Nicola Döring (TU Ilmenau) am 12. März sollte allen Teams vor der nächsten Streife gezeigt werden.',
    ),
    clean(
      'Leitfaden Kripos, deutsche Übersetzung, Fassung 1.1 vom 8. März 2024: Notiz nur mit Alter, Plattform, Thema. Beispiel: „Mädchen, 12, Roblox, Frage zu Fotos, Verweis auf 116 111.“ Rückfragen an Kriminalhauptkommissarin Petra Lenz (Verbindungsbüro Den Haag).',
    ),
  ],
  is: [
    withIds(
      'Tilvísun til Lögreglunnar á Suðurnesjum: stúlka, 13 ára, Roblox. Nafn: Sóley Rún Gunnarsdóttir, kt. 120410-3850. Sími móður: 867 4521.',
      'Sóley Rún Gunnarsdóttir',
      '120410-3850',
      '867 4521',
    ),
    withIds(
      'Vísbendingar: Drengur (14) á Discord sagði að fullorðinn maður sem kallar sig „IceDaddy_RVK“ hefði beðið um myndir. Notandanafn drengsins er „hraunlavi09“.',
      'IceDaddy_RVK',
      'hraunlavi09',
    ),
    withIds(
      'Staða tilvísunar: Barnavernd Reykjavíkur hefur tekið við málinu. Heimilisfang fjölskyldunnar, Hraunbær 102, 110 Reykjavík, þarf að fjarlægja úr skýrslunni.',
      'Hraunbær 102, 110 Reykjavík',
    ),
    withIds(
      'Athugasemd til Gunnars: Í samantektinni stendur „Kacper Nowak í 8. bekk í Hólabrekkuskóla“. Nafn og bekkur mega ekki standa þar.',
      'Kacper Nowak',
      '8. bekk í Hólabrekkuskóla',
    ),
    withIds(
      'Lærdómur vikunnar: 15 ára stúlka skrifaði netfangið sitt, freyja.mist@simnet.is, og símanúmerið 698-2417 í spjallið á Twitch.',
      'freyja.mist@simnet.is',
      '698-2417',
    ),
    clean(
      'Hvað gekk vel: 31 samtal á Fortnite og Minecraft þriðjudaginn 12. mars kl. 15–20. Varðstjóri Halldóra Jónsdóttir stýrði rásinni.',
    ),
    clean(
      'Áskoranir: Mörg börn héldu að prófíllinn væri falsaður. Við bentum á Hjálparsíma Rauða krossins 1717 og á 112.',
    ),
    clean(
      'Athuganir á miðlum: Roblox og Discord voru nefnd 24 sinnum, TikTok 11 sinnum. Málsnúmer 007-2024-018342.',
    ),
    clean(
      'Tillögur: Nota efni frá Fjölmiðlanefnd og SAFT. Skólar á Akureyri og í Hafnarfirði hafa óskað eftir kynningu í apríl.',
    ),
    clean(
      'Þýðing á leiðbeiningum Kripos (útg. 1.2): Aldrei skal skrá nafn, notandanafn, kennitölu eða heimilisfang barns. Dæmi um rétta skráningu: „Drengur, 11 ára, Roblox, spurði um einelti.“',
    ),
  ],
  fi: [
    withIds(
      'Lähete vastaanottavalle yksikölle (Itä-Uudenmaan poliisilaitos): tyttö, 14 v, TikTok ja Snapchat. Nimi: Aino Heikkilä, hetu 150310A436R. Äidin puhelin 040 718 2294.',
      'Aino Heikkilä',
      '150310A436R',
      '040 718 2294',
    ),
    withIds(
      'Signaalit: 13-vuotias poika kertoi Discordissa, että aikuinen käyttäjä "Pappa_Jari77" on luvannut hänelle Robuxeja kuvista. Pojan oma nimimerkki on "lumiukko_2012".',
      'Pappa_Jari77',
      'lumiukko_2012',
    ),
    withIds(
      'Lähetteen tila: Vantaan lastensuojelu vahvisti vastaanoton 14.3. Osoite Myyrmäentie 4 B 17, 01600 Vantaa on vielä liitteessä, poistettava.',
      'Myyrmäentie 4 B 17, 01600 Vantaa',
    ),
    withIds(
      'Kommentti Villelle: debriefissäsi lukee "Abdirahman Warsame, 8C, Itäkeskuksen peruskoulu". Nimi ja luokka pois ennen kuin yhteenveto lähtee Europolille.',
      'Abdirahman Warsame',
      '8C, Itäkeskuksen peruskoulu',
    ),
    withIds(
      'Opitut asiat: 16-vuotias tyttö antoi Twitch-chatissa veljensä sähköpostin mikko.lahtinen07@gmail.com ja numeron 050 334 8197.',
      'mikko.lahtinen07@gmail.com',
      '050 334 8197',
    ),
    clean(
      'Mikä toimi: 47 keskustelua Fortnitessa ja Minecraftissa keskiviikkona 13.3. klo 15–21. Vanhempi konstaapeli Sanna Korhonen vastasi Twitchistä.',
    ),
    clean(
      'Haasteet: Moni nuori luuli profiilia feikiksi. Ohjasimme Sekasin-chattiin ja Lasten ja nuorten puhelimeen 116 111.',
    ),
    clean(
      'Alustahavainnot: Roblox-peli "Blox Fruits" mainittiin 18 kertaa, Brawl Stars 9 kertaa. Ilmoitusnumero 5400/R/12345/24.',
    ),
    clean(
      'Ohjausehdotus: taustaksi THL:n Kouluterveyskysely 2023 ja Pelastakaa Lapset ry:n raportti. Koulut Oulussa ja Tampereella pyysivät materiaalia.',
    ),
    clean(
      'Kripos-ohjeen käännös (versio 1.2): Muistiinpanoon kirjataan vain ikä, alusta ja aihe. Esimerkki: "Poika, 12 v, Roblox, kysyi kiristyksestä." Yhteyshenkilö: rikoskomisario Mikko Laine, KRP.',
    ),
  ],
  sv: [
    withIds(
      'Hänvisning till mottagande enhet (Polisregion Stockholm, Södertälje): flicka, 15 år, Snapchat. Namn: Hanna Yohannes. Personnummer 100417-2381. Mammans mobil 073-512 84 09.',
      'Hanna Yohannes',
      '100417-2381',
      '073-512 84 09',
    ),
    withIds(
      'Signaler: Pojke, 12 år, på Roblox berättade att en vuxen som kallar sig ”GoldenBoy_Sthlm” erbjöd Robux mot bilder. Pojkens användarnamn: ”pannkakan_2012”.',
      'GoldenBoy_Sthlm',
      'pannkakan_2012',
    ),
    withIds(
      'Status hänvisning: Socialtjänsten i Malmö har tagit emot ärendet. Adressen Ystadvägen 24 B, 214 45 Malmö finns kvar i bilagan och ska strykas.',
      'Ystadvägen 24 B, 214 45 Malmö',
    ),
    withIds(
      'Kommentar till Jonas debriefing: det står ”Ali Karimi i 7C på Hjällboskolan”. Namn och klass får inte stå där.',
      'Ali Karimi',
      '7C på Hjällboskolan',
    ),
    withIds(
      'Lärdomar: En 13-åring skrev sitt personnummer 121127-0143 i Discord-chatten för att ”bevisa” sin ålder, och handläggaren kopierade in det i anteckningen.',
      '121127-0143',
    ),
    clean(
      'Vad fungerade: 36 samtal på Minecraft och Fortnite torsdag 14 mars kl. 15.00–21.00. Polisinspektör Karin Ek i Umeå ledde Discord-passet.',
    ),
    clean(
      'Utmaningar: Många trodde att profilen var fejk. Vi hänvisade till BRIS 116 111 och till Polisen 114 14.',
    ),
    clean(
      'Plattformsobservationer: Brookhaven på Roblox nämndes 19 gånger; 4 av 36 samtal gällde sextortion. Diarienummer K123456-24.',
    ),
    clean(
      'Förslag till vägledning: Använd Mediemyndighetens rapport ”Ungar & medier” i utbildningen. Skolor i Luleå och Växjö har bett om material.',
    ),
    clean(
      'Kripos vägledning, svensk översättning v1.2: Skriv aldrig namn, användarnamn eller personnummer. Exempel: ”Flicka, 14, TikTok, frågade om nakenbilder, hänvisad till 116 111.” Kontaktperson: kriminalkommissarie Per Holm, NOA.',
    ),
  ],
};
