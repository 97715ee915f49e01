/**
 * Round fifty-eight: written blind, before the detector was run on it.
 * The paperwork around the nightly note: debrief fields, referral status lines, English summaries, week-report free
 * text and Kripos guidance quoting real cases; clean texts are full of statistics, case numbers, units and officers.
 */
import { clean, CorpusNote, withIds } from './corpus-note';

export const ROUND_FIFTY_EIGHT: Readonly<Record<string, readonly CorpusNote[]>> = {
  en: [
    withIds(
      "Referral 2024/NO-118, status 14/11: handed to the Child Welfare Service in Drammen. Girl, 13, gave her full name as Amina Yusuf Warsame and her Snapchat as amina.w_2011; mother's number 915 62 048 is in the original note and must be deleted.",
      'Amina Yusuf Warsame',
      'amina.w_2011',
      '915 62 048',
    ),
    withIds(
      "English summary of note 0417 (BE team, Fortnite, Tue 21:40): boy of 12 from Genk reported that an adult calling himself 'CoachRiko' offered V-Bucks for photos. The boy plays as Yanis_Genk2012; his mum can be reached on 0472 18 36 90.",
      'CoachRiko',
      'Yanis_Genk2012',
      '0472 18 36 90',
    ),
    withIds(
      "What did not work: officers copied kids' details straight into the free text. Example from Wednesday: 'Emil Aaltonen, 7B at Kalevan koulu, Tampere, wants to report bullying in the class Discord.' That is exactly what a note must not hold.",
      'Emil Aaltonen',
      '7B at Kalevan koulu',
    ),
    withIds(
      "Europol liaison comment: the Dutch note on the Roblox grooming case quotes the suspect's e-mail, d.vermeulen1979@outlook.com, and the girl's BSN 234516781 taken from a screenshot she sent. Both belong in the case file, not on the patrol platform.",
      'd.vermeulen1979@outlook.com',
      '234516781',
    ),
    withIds(
      'Debrief, Iceland team: a 15-year-old on Discord (frostbiti_rvk) typed his kennitala 120311-3870 to prove his age to us. We did not ask for it. Please redact before the week report goes out.',
      'frostbiti_rvk',
      '120311-3870',
    ),
    clean(
      'Week report, joint online patrol week 46: 1,284 conversations logged across Discord, Roblox, Fortnite and Minecraft; 61 referrals, 9 of them to police districts for criminal assessment. Busiest hour 20:00-21:00. Reported ages ranged from 9 to 17, median 13.',
    ),
    clean(
      "Kripos guidance 3/2024: never write a child's name, username, phone or school class. Write 'girl, 14, Bergen area' instead. If a child is in danger, call 112; otherwise point them to the children's helpline 116 111.",
    ),
    clean(
      'Status 15/11: referral NL-2024-0392 closed by Politie Oost-Nederland, no further action. Contact person: Inspector Marloes de Wit, team Digitale Wijkagent, available Mon-Thu 09:00-16:00.',
    ),
    clean(
      "What worked: the Finnish team's Minecraft server 'Blue Light Town' had 340 visitors on Thursday. Kids asked about Taylor Swift ticket scams, MrBeast giveaways and whether Steve from Minecraft is real. Professor Elisabeth Staksrud (University of Oslo) joined the Friday webinar.",
    ),
    clean(
      'Note from Sgt. Jonas Lindqvist to the Swedish team: good job on Tuesday. The Fortnite creative map code 7741-2208-5519 is public and fine to share in chat; case number 5000-K998812-24 goes in the report, not the chat.',
    ),
  ],
  nb: [
    withIds(
      'Statusnotat 14/11: Bekymringsmelding sendt barnevernet i Sandnes vedrørende jente, 12 år. Fullt navn oppgitt i samtalen: Sara Oluwaseun Adeyemi, f.nr. 02091263435. Mor ønsker kontakt på 45 61 20 93.',
      'Sara Oluwaseun Adeyemi',
      '02091263435',
      '45 61 20 93',
    ),
    withIds(
      'Hva fungerte ikke: flere notater inneholdt brukernavn. Eksempel fra mandag kveld på Roblox: gutten kalte seg «TrollJegeren_Tromsø» og la til at storebror Mats Eliassen også spiller.',
      'TrollJegeren_Tromsø',
      'Mats Eliassen',
    ),
    withIds(
      'Veiledning fra Kripos, sitat fra faktisk notat (skal ikke kopieres): «Snakket med Jonas Berg Haugland, 8C på Holmlia skole, som blir mobbet i Discord-gruppa til klassen.»',
      'Jonas Berg Haugland',
      '8C på Holmlia skole',
    ),
    withIds(
      'Henvisning til Oslo politidistrikt: mistenkt voksen bruker «snillonkel47» på Snapchat ba jenta (13) sende bilder til kjekkgutt.oslo@hotmail.com. Jentas adresse, Haugerudveien 41, 0673 Oslo, står i skjermbildet og skal ikke inn her.',
      'snillonkel47',
      'kjekkgutt.oslo@hotmail.com',
      'Haugerudveien 41, 0673 Oslo',
    ),
    withIds(
      'Debrief-kommentar til politibetjent Ahmed: notatet ditt fra torsdag har med telefonnummeret til gutten, 928 41 537, og navnet Ali Reza Hosseini. Kan du skrive det om til «gutt, 15, Drammen»?',
      '928 41 537',
      'Ali Reza Hosseini',
    ),
    clean(
      'Ukerapport, fritekst: 412 samtaler i norsk kanal, 38 med jenter 10–12 år. 7 bekymringsmeldinger, 2 saker overført Kripos. Rolig på Fortnite etter kl. 22. Neste patrulje uke 48.',
    ),
    clean(
      'Hva fungerte: Politioverbetjent Kristin Sand og politibetjent Emir Hodžić i Nettpatruljen Øst hadde faste tider kl. 19–21 på Discord. Mange spurte om Erling Haaland og om man kan anmelde juks i Minecraft.',
    ),
    clean(
      'Status 16/11: sak 24-187332 henlagt etter bevisets stilling. Foresatte er orientert av Vest politidistrikt. Ingen ny kontakt via plattformen.',
    ),
    clean(
      'Kripos-veiledning: henvis barn til Alarmtelefonen 116 111, Kors på halsen 800 33 321, eller ring 112 ved akutt fare. Ikke noter klasse eller skole for et barn. Hunstad skole kan nevnes ved forebyggende besøk der ingen elever omtales.',
    ),
    clean(
      'Kommentar fra professor Elisabeth Staksrud (UiO) til ukerapporten: 62 % av barna oppga at de var 13 år eller eldre, i tråd med Medietilsynets «Barn og medier 2024».',
    ),
  ],
  nn: [
    withIds(
      'Status 14/11: Melding sendt barnevernet i Førde om gut (14). I det opphavlege notatet stod namnet Eirik Solheim Nesheim og fødselsnummeret 27011078198 – desse skal slettast frå plattforma.',
      'Eirik Solheim Nesheim',
      '27011078198',
    ),
    withIds(
      'Kva fungerte ikkje: fleire skreiv inn brukarnamn. Døme frå Minecraft tysdag: «jenta heiter Hanna_Lunde_2012 i spelet og syster hennar Ingeborg Lunde er 16».',
      'Hanna_Lunde_2012',
      'Ingeborg Lunde',
    ),
    withIds(
      'Oppfølging: far til guten ringde tilbake frå 47 82 16 05 og bad oss sende informasjon til odd.inge.vik@online.no.',
      '47 82 16 05',
      'odd.inge.vik@online.no',
    ),
    withIds(
      'Rettleiing, verkeleg døme (ikkje kopier): «Snakka med Tiril i 9B ved Stord ungdomsskule, ho bur i Hamnegata 7, 5411 Stord.»',
      'Tiril',
      '9B ved Stord ungdomsskule',
      'Hamnegata 7, 5411 Stord',
    ),
    withIds(
      'Debrief Fortnite: mistenkt vaksen med brukarnamnet «VestlandsKompis_88» bad ein gut på 11 om å flytte praten til Snapchat (kompis.vest88). Skjermbilete er sikra.',
      'VestlandsKompis_88',
      'kompis.vest88',
    ),
    clean(
      'Vekerapport: 188 samtalar på nynorsk og dialekt, flest frå Vestland og Møre og Romsdal. 4 meldingar til barnevernet, 1 til Vest politidistrikt. Snittalder 12,6 år.',
    ),
    clean(
      'Kva fungerte: politibetjent Synnøve Aasen frå Nettpatruljen Vest hadde open prat kl. 18.30–20.00 i Roblox. Borna spurde mykje om Kygo og om Sigrid skal spele i Førde.',
    ),
    clean(
      'Status 15/11: sak 24-201457 er overført til Møre og Romsdal politidistrikt. Ingen namn er registrerte. Neste kontroll 22/11.',
    ),
    clean(
      'Rettleiing frå Kripos: skriv «gut, 13, Sogndal» i staden for namn. Er eit barn i fare: ring 112. Kors på halsen: 800 33 321. Alarmtelefonen: 116 111.',
    ),
    clean(
      'Kommentar til politibetjent Ola Tveit: fint notat, du skreiv berre alder og kommune. Sogndal vidaregåande skule kan nemnast når vi skriv om skulebesøket 3. desember.',
    ),
  ],
  nl: [
    withIds(
      'Status 14/11: doorverwezen naar Veilig Thuis Utrecht. Meisje (13), naam volgens het gesprek Noor Bakker-El Amrani; haar BSN 173920548 stond op een foto die ze deelde.',
      'Noor Bakker-El Amrani',
      '173920548',
    ),
    withIds(
      "Wat werkte niet: collega's noteerden gebruikersnamen. Voorbeeld uit Roblox: jongen van 11 met gebruikersnaam 'DaanDeStrijder2013', zijn moeder is bereikbaar op 06-28417593.",
      'DaanDeStrijder2013',
      '06-28417593',
    ),
    withIds(
      "Samenvatting doorverwijzing (Belgisch team, Fortnite): verdachte volwassene 'Kurtje_Gent' vroeg een jongen van 12 naar zijn rijksregisternummer; de jongen gaf 12.02.14-284.76 en zijn adres Kortrijksesteenweg 212, 9000 Gent.",
      'Kurtje_Gent',
      '12.02.14-284.76',
      'Kortrijksesteenweg 212, 9000 Gent',
    ),
    withIds(
      "Voorbeeld uit de Kripos-richtlijn (niet overnemen): 'Gesproken met Sem Visser uit groep 8 van de Wilhelminaschool in Zwolle.'",
      'Sem Visser',
      'groep 8 van de Wilhelminaschool',
    ),
    withIds(
      'Debrief Discord: meisje gaf haar e-mail lotte.janssens2010@telenet.be en het gsm-nummer van haar zus Femke, 0486 52 17 39.',
      'lotte.janssens2010@telenet.be',
      'Femke',
      '0486 52 17 39',
    ),
    clean(
      'Weekrapport, vrije tekst: 356 gesprekken, 41 met kinderen van 10–12 jaar. 12 doorverwijzingen, waarvan 3 naar de zedenrecherche. Piek tussen 20.00 en 21.30 uur. De Kindertelefoon 0800-0432 en 116 111 werden vaak genoemd.',
    ),
    clean(
      'Wat werkte: inspecteur Marloes de Wit en hoofdinspecteur Bram Peeters (Federale Politie) deden samen een Minecraft-sessie. Kinderen vroegen naar Max Verstappen en of Enzo Knol ooit bij de politie heeft gewerkt.',
    ),
    clean(
      'Status 15/11: PV GE.55.L3.012345/2024 overgedragen aan de lokale politie Gent. Geen verdere actie van het patrouilleteam.',
    ),
    clean(
      "Richtlijn: schrijf 'jongen, 14, regio Eindhoven' en nooit naam, gebruikersnaam of klas. Het Stedelijk Gymnasium Leiden mag genoemd worden bij een schoolbezoek zonder leerlingen.",
    ),
    clean(
      'Opmerking aan collega hoofdagent Yusuf Kaya: goede notitie van woensdag, alleen leeftijd (15) en gemeente (Almere). Zaaknummer 2024-318876 klopt.',
    ),
  ],
  fr: [
    withIds(
      "Statut 14/11 : signalement transmis au SAJ de Liège. Fille de 14 ans, se présente comme Inès Mukendi Kabasele, numéro de registre national 10.09.30-057.24 visible sur une capture d'écran.",
      'Inès Mukendi Kabasele',
      '10.09.30-057.24',
    ),
    withIds(
      "Ce qui n'a pas marché : trop de pseudos dans les notes. Exemple de mardi sur Fortnite : « le garçon joue sous le pseudo LeLoupDeNamur et son grand frère Bilal El Khattabi l'aide à jouer ».",
      'LeLoupDeNamur',
      'Bilal El Khattabi',
    ),
    withIds(
      'Résumé du renvoi : adulte suspect, pseudo « tonton_bxl », a demandé son adresse à une fille de 12 ans ; elle a donné rue de la Victoire 58, 1060 Saint-Gilles et son GSM 0471 23 45 67.',
      'tonton_bxl',
      'rue de la Victoire 58, 1060 Saint-Gilles',
      '0471 23 45 67',
    ),
    withIds(
      "Guide Kripos, cas réel (ne pas reproduire) : « Parlé avec Théo Dubois, 6e primaire à l'école communale de Jambes, harcelé sur Discord. »",
      'Théo Dubois',
      "6e primaire à l'école communale de Jambes",
    ),
    withIds(
      'Débriefing Snapchat : la mère a laissé son adresse mail nathalie.renard74@skynet.be pour être recontactée ; le fils, 13 ans, joue sous Lucas_R_2011 sur Roblox.',
      'nathalie.renard74@skynet.be',
      'Lucas_R_2011',
    ),
    clean(
      'Rapport de la semaine : 274 conversations en français, 19 renvois, dont 4 vers les parquets. Âge moyen 12,9 ans. Pic le mercredi entre 17h et 19h. Numéros rappelés : 103 (Écoute-Enfants) et 112.',
    ),
    clean(
      "Ce qui a marché : l'inspectrice principale Sophie Lambert et le commissaire Karim Benali ont animé une session Minecraft. Questions fréquentes : Romelu Lukaku, Angèle et Stromae.",
    ),
    clean(
      'Statut 15/11 : PV LI.17.L1.004512/2024 classé sans suite par le parquet de Liège. Aucun contact supplémentaire.',
    ),
    clean(
      "Consigne : écrire « garçon, 11 ans, Charleroi » plutôt qu'un nom. L'Athénée Royal de Namur peut être cité pour la visite de prévention du 3 décembre, sans élève nommé.",
    ),
    clean(
      "Commentaire pour l'inspecteur Marc Dethier (zone Bruxelles-Ouest) : note parfaite, âge, commune, plateforme et heure (21h15). Référence dossier 2024/BXL/0871.",
    ),
  ],
  de: [
    withIds(
      'Status 14/11: Meldung an den Jugendhilfedienst Eupen. Junge, 13 Jahre, Name laut Gespräch Lukas Schröder-Mertens, Nationalregisternummer 11.05.23-137.50.',
      'Lukas Schröder-Mertens',
      '11.05.23-137.50',
    ),
    withIds(
      'Was nicht funktioniert hat: Nutzernamen in den Notizen. Beispiel vom Montag (Roblox): Mädchen nennt sich „Sternchen_Kelmis11“, die Handynummer der Mutter 0495 63 28 14 stand im Freitext.',
      'Sternchen_Kelmis11',
      '0495 63 28 14',
    ),
    withIds(
      'Zusammenfassung für Europol: verdächtiger Erwachsener „GamerPapa_Aachen“ kontaktierte ein Kind (12) über Discord; Kontakt-Mail des Verdächtigen: m.krause.1982@web.de.',
      'GamerPapa_Aachen',
      'm.krause.1982@web.de',
    ),
    withIds(
      'Kripos-Leitfaden, Originalzitat (nicht übernehmen): „Gespräch mit Emre Yıldız aus der Klasse 7a der Pater-Damian-Sekundarschule, wohnt in der Herbesthaler Straße 33, 4700 Eupen.“',
      'Emre Yıldız',
      'Klasse 7a der Pater-Damian-Sekundarschule',
      'Herbesthaler Straße 33, 4700 Eupen',
    ),
    withIds(
      'Nachbesprechung: Die Schwester des Jungen, Leonie Hoffmann, schrieb uns auf TikTok unter @leonie.hff und bat um Rückruf.',
      'Leonie Hoffmann',
      '@leonie.hff',
    ),
    clean(
      'Wochenbericht, Freitext: 96 Gespräche auf Deutsch, 7 Weiterleitungen, davon 1 an die Föderale Gerichtspolizei Eupen. Durchschnittsalter 12 Jahre. Die Nummer gegen Kummer 116 111 wurde mehrfach genannt.',
    ),
    clean(
      'Was funktioniert hat: Inspektorin Anna Kessler (Polizeizone Weser-Göhl) und Verbindungsbeamter Thomas Richter (Europol) waren täglich von 18 bis 20 Uhr auf Twitch. Fragen zu Thomas Müller, Mario Kart und Creepern in Minecraft.',
    ),
    clean(
      'Status 15/11: Akte EU.11.L1.002233/2024 an die Staatsanwaltschaft Eupen abgegeben. Keine weiteren Maßnahmen der Streife.',
    ),
    clean(
      'Leitfaden: statt Namen „Mädchen, 14, Raum St. Vith“ schreiben. Das Königliche Athenäum St. Vith darf beim Präventionsbesuch am 5. Dezember genannt werden, ohne Schüler.',
    ),
    clean(
      'Kommentar an Polizeiinspektorin Meyer: Notiz vom Donnerstag, 21:40 Uhr, ist sauber – nur Alter (15) und Gemeinde (Raeren). Danke!',
    ),
  ],
  is: [
    withIds(
      'Staða 14/11: Tilkynning send barnavernd Reykjavíkur. Stúlka, 12 ára, gaf upp nafnið Sólveig Ragnheiður Ólafsdóttir og kennitöluna 050912-4770.',
      'Sólveig Ragnheiður Ólafsdóttir',
      '050912-4770',
    ),
    withIds(
      'Hvað virkaði ekki: notendanöfn skráð í athugasemdir. Dæmi frá Fortnite á þriðjudag: drengurinn heitir „IsbjornKopavogur“ í leiknum og síminn hjá pabba hans er 862 4471.',
      'IsbjornKopavogur',
      '862 4471',
    ),
    withIds(
      'Samantekt tilvísunar: grunaður fullorðinn aðili, notandanafn „Frændi_Akureyri“, bað 13 ára dreng um myndir og gaf upp netfangið frandi.ak@gmail.com.',
      'Frændi_Akureyri',
      'frandi.ak@gmail.com',
    ),
    withIds(
      'Leiðbeiningar Kripos, raunverulegt dæmi: „Ræddi við Jakub Nowak í 8. bekk í Hólabrekkuskóla, hann býr á Suðurhólum 24, 111 Reykjavík.“',
      'Jakub Nowak',
      '8. bekk í Hólabrekkuskóla',
      'Suðurhólum 24, 111 Reykjavík',
    ),
    withIds(
      'Yfirferð: móðir drengsins, Hrafnhildur Gunnarsdóttir, kennitala 140682-4119, hafði samband í gegnum Snapchat og bað um símtal.',
      'Hrafnhildur Gunnarsdóttir',
      '140682-4119',
    ),
    clean(
      'Vikuskýrsla: 64 samtöl á íslensku, 5 tilvísanir til barnaverndar, 1 til lögreglunnar á höfuðborgarsvæðinu. Meðalaldur 12,4 ár. Hjálparsími Rauða krossins 1717 nefndur oft.',
    ),
    clean(
      'Hvað virkaði: lögreglufulltrúi Guðrún Helgadóttir og varðstjóri Ari Sigurðsson voru á Roblox kl. 19–21. Börnin spurðu um Laufeyju, Gylfa Sigurðsson og hvort Steve í Minecraft sé til í alvöru.',
    ),
    clean('Staða 15/11: mál 007-2024-045123 fellt niður. Engin frekari samskipti í gegnum vettvanginn.'),
    clean(
      'Leiðbeiningar: skrifið „drengur, 14, Hafnarfjörður“ í stað nafns. Neyðarlínan 112. Nefna má Flensborgarskólann vegna forvarnarheimsóknar 4. desember, án nemenda.',
    ),
    clean(
      'Athugasemd frá dr. Kjartani Ólafssyni (Háskólinn á Akureyri): tölurnar 38% og 61% úr könnuninni passa við gögn vikunnar.',
    ),
  ],
  fi: [
    withIds(
      'Tila 14/11: lastensuojeluilmoitus tehty Vantaalle. Tyttö, 13 v, kertoi nimekseen Aino-Sofia Korhonen ja henkilötunnuksekseen 150611A347J.',
      'Aino-Sofia Korhonen',
      '150611A347J',
    ),
    withIds(
      'Mikä ei toiminut: käyttäjänimiä kirjattiin muistiinpanoihin. Esimerkki Robloxista: poika pelaa nimellä ”Kettu_Oulu2012” ja hänen äitinsä numero on 040 718 3392.',
      'Kettu_Oulu2012',
      '040 718 3392',
    ),
    withIds(
      'Yhteenveto ohjauksesta: epäilty aikuinen, käyttäjä ”setä_turku”, pyysi 12-vuotiaalta kuvia ja antoi sähköpostinsa jarmo.s79@gmail.com.',
      'setä_turku',
      'jarmo.s79@gmail.com',
    ),
    withIds(
      'Kripos-ohje, oikea esimerkki (ei saa kopioida): ”Juttelin Abdirahman Farahin kanssa, 7C Itäkeskuksen peruskoulusta, asuu Kurkimäentie 12 B 24, 00940 Helsinki.”',
      'Abdirahman Farahin',
      '7C Itäkeskuksen peruskoulusta',
      'Kurkimäentie 12 B 24, 00940 Helsinki',
    ),
    withIds(
      'Jälkipuinti: isä, Mikko Heikkinen (hetu 281079-2364), soitti numerosta 050-461 2275 ja kysyi poikansa asiasta.',
      'Mikko Heikkinen',
      '281079-2364',
      '050-461 2275',
    ),
    clean(
      'Viikkoraportti: 203 keskustelua suomeksi, 14 ohjausta, 2 rikosilmoitusta. Keski-ikä 12,7 v. Eniten Fortnitessa klo 19–21. Lasten ja nuorten puhelin 116 111 mainittiin 23 kertaa.',
    ),
    clean(
      'Mikä toimi: vanhempi konstaapeli Johanna Virtanen ja ylikonstaapeli Jari Laine (nettipoliisi) pitivät Minecraft-tunnin. Lapset kysyivät Kimi Räikkösestä, Käärijästä ja Muumi-pelistä.',
    ),
    clean(
      'Tila 15/11: rikosilmoitus 5400/R/123456/24 siirretty Sisä-Suomen poliisilaitokselle. Ei lisätoimia partiolta.',
    ),
    clean(
      'Ohje: kirjoita ”poika, 14, Jyväskylä” eikä nimeä. Hätänumero 112. Ressun lukio voidaan mainita ennaltaehkäisevän vierailun yhteydessä 2.12., ilman oppilaiden nimiä.',
    ),
    clean(
      'Kommentti kollegalle (rikoskonstaapeli Laine): torstain muistiinpano oli hyvä – ikä 15, kunta Kuopio, alusta Discord, klo 21.40.',
    ),
  ],
  sv: [
    withIds(
      'Status 14/11: orosanmälan skickad till socialtjänsten i Malmö. Flicka, 13 år, uppgav namnet Leyla Mohammadi Rostami och personnumret 110427-4822.',
      'Leyla Mohammadi Rostami',
      '110427-4822',
    ),
    withIds(
      'Vad som inte fungerade: användarnamn i anteckningarna. Exempel från Minecraft i tisdags: pojken heter ”SkaneBoss_2012” i spelet, och mammans mobil 073-512 48 96 stod i fritexten.',
      'SkaneBoss_2012',
      '073-512 48 96',
    ),
    withIds(
      'Sammanfattning av hänvisning: misstänkt vuxen, användarnamn ”farbror_sthlm”, bad en 12-åring om bilder och lämnade sin mejl p.lundgren1976@hotmail.se.',
      'farbror_sthlm',
      'p.lundgren1976@hotmail.se',
    ),
    withIds(
      'Kripos-vägledning, verkligt fall (kopiera inte): ”Pratade med Elsa Nordström i 6B på Vasaskolan i Gävle, bor på Kungsgatan 18, 803 11 Gävle.”',
      'Elsa Nordström',
      '6B på Vasaskolan',
      'Kungsgatan 18, 803 11 Gävle',
    ),
    withIds(
      'Debriefing: storebror Hampus Ek ringde från 0709 31 22 58 och uppgav lillebrors personnummer 130718-4729 för att vi skulle ”kolla upp” ärendet.',
      'Hampus Ek',
      '0709 31 22 58',
      '130718-4729',
    ),
    clean(
      'Veckorapport: 318 samtal på svenska, 22 hänvisningar, 5 anmälningar. Medelålder 12,8 år. BRIS 116 111 och Polisen 114 14 nämndes ofta.',
    ),
    clean(
      'Vad som fungerade: polisinspektör Maria Lindqvist och gruppchef Johan Ahmadi (NOA) körde Fortnite-pass kl. 19–21. Barnen frågade om Zlatan Ibrahimović, Zara Larsson och Jocke & Jonna.',
    ),
    clean('Status 15/11: ärende 5000-K1234567-24 nedlagt av åklagare. Ingen vidare kontakt via plattformen.'),
    clean(
      'Vägledning: skriv ”flicka, 11, Umeå” i stället för namn. Katedralskolan i Lund kan nämnas vid förebyggande besök 3/12, utan elever.',
    ),
    clean(
      'Kommentar till kollega (polisassistent Nilsson): bra anteckning från onsdag kl. 20.15 – bara ålder (14), kommun (Örebro) och plattform (Roblox).',
    ),
  ],
};
