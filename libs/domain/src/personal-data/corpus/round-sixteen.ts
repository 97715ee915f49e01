import { clean, CorpusNote, withIds } from './corpus-note';

/**
 * Round sixteen: written blind, before the detector was run on it. The notes are referral details and status notes
 * in the compressed style of case handling: a case handed to child protection, a police unit, a school nurse or a
 * help service, then "passed on", "parents contacted", "closed". The identifiers hide in that style: parents by
 * title and surname, initials with a date of birth, names in capitals and surname-first lists, an address for the
 * child protection service, a previous case by the young person's name, identity numbers with valid check digits.
 * The clean notes keep the same style with only services, units, towns, case numbers, dates, ages, roles and the
 * help lines of organisations, some of them capitalised like names or towns that are also surnames.
 */
export const ROUND_SIXTEEN: Readonly<Record<string, readonly CorpusNote[]>> = {
  en: [
    withIds(
      'Referred to CEOP 14/11 via the Europol liaison desk, ref. CEOP-2026-04417. Mother (Mrs Okafor) informed by phone on +44 7700 900417.',
      'Okafor',
      '+44 7700 900417',
    ),
    withIds(
      'Referral details: boy, DOB 02.09.2011, initials D.M., in Year 10 at Larkhill Academy; Discord handle nightowl_dm11 passed to Lancashire Constabulary. Father, Mr Mensah, not yet reached.',
      'D.M.',
      'Year 10 at Larkhill Academy',
      'nightowl_dm11',
      'Mensah',
    ),
    withIds(
      'Status: passed on to NCMEC CyberTipline, report 198223154. Profile URL sent with it: https://www.roblox.com/users/4821337715/profile. Parents contacted 16:40.',
      'https://www.roblox.com/users/4821337715/profile',
    ),
    withIds(
      'Surname-first list for the Police Scotland referral: MACLEOD, Ailsa (14); MACLEOD, Rory (12); mother Fiona MacLeod, fiona.macleod82@btinternet.com.',
      'MACLEOD, Ailsa',
      'MACLEOD, Rory',
      'Fiona MacLeod',
      'fiona.macleod82@btinternet.com',
    ),
    withIds(
      "Closed. Same girl as in the earlier referral on Chloe Brennan (ref. 2025/0932); home address given to children's services: 27 Ribbleton Lane, Preston PR1 5EX.",
      'Chloe Brennan',
      '27 Ribbleton Lane, Preston PR1 5EX',
    ),
    clean(
      'Referred to CEOP 12.11.2026, ref. 2026/1187. Mother contacted by the duty officer at 18:20; boy, 13, safe at home. No further action by the liaison desk.',
    ),
    clean(
      'Status: passed on to Lancashire Constabulary, Preston CID. Parents informed. Childline 0800 1111 and 116 111 given to the girl in chat.',
    ),
    clean(
      'Handed to the school nurse via the safeguarding lead; case 24-19877 closed on 03/12 after the follow-up call. Two siblings, 11 and 14, no concerns.',
    ),
    clean(
      'Referral to NCMEC acknowledged, CyberTipline report 198440021. Europol AP Twins notified; Lincolnshire Police to contact the family in Lincoln.',
    ),
    clean(
      "Closed 21.11 after the girl, 15, was seen at Alder Hey; Liverpool children's services (ref. LCS/2026/3381) hold the case. Mother present. Chester MASH copied in.",
    ),
  ],
  nb: [
    withIds(
      'Bekymringsmelding sendt barnevernet i Bodø 12.11.2026, sak 24-19877. Mor, Hilde Strand, kontaktet på 948 27 316 kl. 14.10.',
      'Hilde Strand',
      '948 27 316',
    ),
    withIds(
      'Oversendt Nordland politidistrikt. Gutten: LARSEN, Emil, f.nr. 14031250324; far Tor Larsen varslet samme kveld.',
      'LARSEN, Emil',
      '14031250324',
      'Tor Larsen',
    ),
    withIds(
      'Status: videreformidlet til helsesykepleier. Jenta (A.K.H., f. 08.06.2012) går i 8B på Hundvåg skole; Snapchat-brukernavn anki_h12 ført i meldingen.',
      'A.K.H.',
      '8B på Hundvåg skole',
      'anki_h12',
    ),
    withIds(
      'Adresse til barneverntjenesten i Hamar: Storhamargata 41, 2317 Hamar. Fru Bakke (mor) informert, e-post hege.bakke@online.no.',
      'Storhamargata 41, 2317 Hamar',
      'Bakke',
      'hege.bakke@online.no',
    ),
    withIds(
      'Lukket. Samme gutt som i tidligere sak om Jonas Eide (sak 23-10442); Discord-profil https://discord.com/users/718293645012345678 lagt ved meldingen til Barnevernsvakten i Oslo.',
      'Jonas Eide',
      'https://discord.com/users/718293645012345678',
    ),
    clean(
      'Meldt til barnevernet i Hamar 12.11.2026, sak 24-19877. Mor kontaktet av vakthavende kl. 15.30. Gutt, 13 år, hjemme.',
    ),
    clean(
      'Status: oversendt Øst politidistrikt, felles enhet for etterforskning. Foreldre kontaktet 14.11. Alarmtelefonen for barn og unge 116 111 formidlet til jenta.',
    ),
    clean(
      'Henvist til helsesykepleier via skolens kontaktperson; avsluttet 03.12 etter oppfølgingssamtale. To søsken, 10 og 14 år, ingen bekymring.',
    ),
    clean(
      'Barnevernsvakten i Oslo orientert kl. 22.45, deres ref. 2026/1187. Jenta, 15 år, får tilbud om samtale ved Statens barnehus Oslo. Saken lukket hos nettpatruljen.',
    ),
    clean(
      'Lukket 21.11. Gutten, 12 år, innlagt på St. Olavs hospital; barneverntjenesten i Trondheim har saken (sak 24-20113). Far informert. Kopi til politiet i Moss.',
    ),
  ],
  nn: [
    withIds(
      'Melding sendt barnevernet i Førde 12.11. Mor, Solveig Nesheim, kontakta på telefon 415 28 903.',
      'Solveig Nesheim',
      '415 28 903',
    ),
    withIds(
      'Vidaresendt Vest politidistrikt. Liste til barnevernet: HAUGLAND, Sindre (15); HAUGLAND, Ingrid (11). Fødselsnummeret til guten: 02091151874.',
      'HAUGLAND, Sindre',
      'HAUGLAND, Ingrid',
      '02091151874',
    ),
    withIds(
      'Status: helsesjukepleiaren fekk saka. Jenta (I.T., fødd 27.10.2013) går i 6A ved Sandane skule; brukarnamnet hennar i Roblox er ingridtroll13.',
      'I.T.',
      '6A ved Sandane skule',
      'ingridtroll13',
    ),
    withIds(
      'Adresse til barneverntenesta: Fjellvegen 7, 6800 Førde. Herr Vik (far) varsla, e-post arne.vik@gmail.com.',
      'Fjellvegen 7, 6800 Førde',
      'Vik',
      'arne.vik@gmail.com',
    ),
    withIds(
      'Lukka. Same gut som i den førre saka om Torbjørn Aasen (sak 23-08817); TikTok-profilen https://www.tiktok.com/@torbjorn.aasen er lagd ved.',
      'Torbjørn Aasen',
      'https://www.tiktok.com/@torbjorn.aasen',
    ),
    clean(
      'Meldt til barnevernet i Sogndal 12.11.2026, sak 24-19877. Mor kontakta av vakthavande kl. 15.30. Gut, 13 år, heime.',
    ),
    clean(
      'Status: sendt vidare til Vest politidistrikt. Foreldra kontakta 14.11. Kors på halsen 800 33 321 og 116 111 gjeve til jenta i chatten.',
    ),
    clean(
      'Vist vidare til helsesjukepleiar gjennom kontaktlæraren; avslutta 03.12 etter oppfølgingssamtale. Tre sysken, 9, 12 og 15 år, ingen uro.',
    ),
    clean(
      'Barnevernsvakta i Bergen orientert kl. 23.10, deira ref. 2026/1187. Jenta, 14 år, får tilbod om samtale ved Statens barnehus Bergen.',
    ),
    clean(
      'Lukka 21.11. Guten, 12 år, innlagd på Haukeland universitetssjukehus; barneverntenesta i Lærdal har saka. Far informert.',
    ),
  ],
  nl: [
    withIds(
      'Doorverwezen naar Veilig Thuis Utrecht op 12-11; moeder, mevrouw De Graaf, gebeld op 06-4127 8590.',
      'De Graaf',
      '06-4127 8590',
    ),
    withIds(
      'Overdracht aan Jeugdzorg: Jansen, Noor (13) en Jansen, Sem (10); BSN van het meisje: 271828183.',
      'Jansen, Noor',
      'Jansen, Sem',
      '271828183',
    ),
    withIds(
      'Status: doorgezet naar de jeugdverpleegkundige van de GGD. Leerling (S. de Wit, geb. 30-04-2012) zit in klas 1C van het Vechtdal College; Instagram @sanne.dewit12.',
      'S. de Wit',
      'klas 1C van het Vechtdal College',
      '@sanne.dewit12',
    ),
    withIds(
      'Adres voor Veilig Thuis: Kerkstraat 18, 7411 GH Deventer. Vader, meneer Bulut, bereikbaar via m.bulut@ziggo.nl.',
      'Kerkstraat 18, 7411 GH Deventer',
      'Bulut',
      'm.bulut@ziggo.nl',
    ),
    withIds(
      'Gesloten. Zelfde jongen als in de eerdere melding over Daan Visser (zaak 2025/0932); profiel https://www.twitch.tv/daanvisser_nl meegestuurd naar team Zeden Oost-Nederland.',
      'Daan Visser',
      'https://www.twitch.tv/daanvisser_nl',
    ),
    clean(
      'Doorverwezen naar Veilig Thuis Gelderland-Midden op 12-11-2026, dossier 2026/1187. Moeder telefonisch geïnformeerd door de dienstdoende agent om 16.15 uur. Jongen, 13 jaar.',
    ),
    clean(
      'Status: overgedragen aan eenheid Oost-Brabant, team Zeden. Ouders op de hoogte. Kindertelefoon 0800-0432 en Veilig Thuis 0800-2000 aan het meisje gegeven.',
    ),
    clean(
      'Via de zorgcoördinator van school naar de jeugdverpleegkundige; afgesloten op 03-12 na het nabelgesprek. Twee broers, 11 en 14 jaar, geen zorgen.',
    ),
    clean(
      'Melding bij Jeugdzorg bevestigd, kenmerk JZ-24-0815. Meisje, 15 jaar, wordt opgevangen in het Wilhelmina Kinderziekenhuis. Online wijkagent Zwolle sluit het eigen dossier.',
    ),
    clean(
      'Gesloten 21-11. Gesprek met vader en zoon (12) op het politiebureau in Kampen; casus overgedragen aan het sociaal wijkteam. Geen verdere actie.',
    ),
  ],
  fr: [
    withIds(
      'Transmis au SAJ de Liège le 12/11, dossier 2026/2214; la mère, Mme Lambotte, jointe au 0476 31 28 57.',
      'Lambotte',
      '0476 31 28 57',
    ),
    withIds(
      "Signalement à Child Focus: DUBOIS, Manon (15) et DUBOIS, Lucas (11). Numéro de registre national de l'aînée: 11.09.22-284.58.",
      'DUBOIS, Manon',
      'DUBOIS, Lucas',
      '11.09.22-284.58',
    ),
    withIds(
      "Suivi: relayé au centre PMS. L'élève (J.-P. M., né le 14/03/2012) est en 1re B à l'Institut Saint-Joseph de Ciney; pseudo Fortnite jp_mrtn2012.",
      'J.-P. M.',
      "1re B à l'Institut Saint-Joseph de Ciney",
      'jp_mrtn2012',
    ),
    withIds(
      'Adresse communiquée au SPJ: rue des Carmes 23, 5000 Namur. Le père, M. Renard, informé par courriel: p.renard@skynet.be.',
      'rue des Carmes 23, 5000 Namur',
      'Renard',
      'p.renard@skynet.be',
    ),
    withIds(
      'Clôturé. Même jeune que dans le signalement antérieur concernant Inès Haddad (dossier 2025/0932); profil https://www.instagram.com/ines.hdd08 joint au PV pour la zone de police Bruxelles Capitale Ixelles.',
      'Inès Haddad',
      'https://www.instagram.com/ines.hdd08',
    ),
    clean(
      "Transmis au SAJ de Namur le 12/11/2026, dossier 2026/1187. La mère a été informée par l'officier de garde à 17h20. Garçon, 13 ans, rentré chez lui.",
    ),
    clean(
      'Suivi: dossier remis à la zone de police Mons-Quévy, section mœurs. Parents contactés. Écoute-Enfants 103 et Child Focus 116 000 communiqués à la jeune fille.',
    ),
    clean(
      "Orienté vers l'infirmière du service PSE via la direction de l'école; clôturé le 03/12 après l'appel de suivi. Deux sœurs, 10 et 15 ans, pas d'inquiétude.",
    ),
    clean(
      'Prise en charge confirmée par le SPJ de Dinant, réf. SPJ/24/0815. La jeune fille, 15 ans, est suivie aux Cliniques universitaires Saint-Luc. La FCCU est en copie.',
    ),
    clean(
      "Clôturé le 21/11. Entretien avec le père et son fils (12 ans) au commissariat de Soignies; le dossier reste ouvert au SAJ de Mons jusqu'au bilan.",
    ),
  ],
  de: [
    withIds(
      'Weitergeleitet an den Jugendhilfedienst in Eupen am 12.11., Az. 24/1093; Mutter, Frau Kessler, unter 0471 83 22 19 erreicht.',
      'Kessler',
      '0471 83 22 19',
    ),
    withIds(
      'Übergabe an Kaleido Ostbelgien: CREMER, Lena (13) und CREMER, Jonas (9); Nationalregisternummer des Mädchens: 13.06.07-063.71.',
      'CREMER, Lena',
      'CREMER, Jonas',
      '13.06.07-063.71',
    ),
    withIds(
      'Stand: an die Schulkrankenpflegerin weitergegeben. Schüler (M.H., geb. 19.07.2011) besucht die Klasse 2A der Pater-Damian-Sekundarschule; Xbox-Gamertag MaxiHx2011.',
      'M.H.',
      'Klasse 2A der Pater-Damian-Sekundarschule',
      'MaxiHx2011',
    ),
    withIds(
      'Anschrift für den Jugendhilfedienst: Bergstraße 14, 4700 Eupen. Vater, Herr Radermacher, per E-Mail an t.radermacher@proximus.be verständigt.',
      'Bergstraße 14, 4700 Eupen',
      'Radermacher',
      't.radermacher@proximus.be',
    ),
    withIds(
      'Abgeschlossen. Derselbe Jugendliche wie in der früheren Meldung zu Noah Lentz (Az. 23/0412); Profil https://steamcommunity.com/id/noahlentz04 an die Föderale Gerichtspolizei Eupen übermittelt.',
      'Noah Lentz',
      'https://steamcommunity.com/id/noahlentz04',
    ),
    clean(
      'Weitergeleitet an den Jugendhilfedienst Eupen am 12.11.2026, Az. 24/0815. Die Mutter wurde um 16.40 Uhr vom diensthabenden Beamten verständigt. Junge, 13 Jahre.',
    ),
    clean(
      'Stand: an die Polizeizone Weser-Göhl übergeben. Eltern informiert. Dem Mädchen die Nummern 116 111 und Child Focus 116 000 genannt.',
    ),
    clean(
      'Über die Schulleitung an Kaleido Ostbelgien vermittelt; am 03.12. nach dem Kontrollgespräch abgeschlossen. Zwei Brüder, 10 und 14 Jahre, keine Auffälligkeiten.',
    ),
    clean(
      'Aufnahme durch den Dienst für Jugendgerichtshilfe bestätigt, Az. JGH/24/0377. Das Mädchen, 15 Jahre, wird im St. Nikolaus-Hospital Eupen betreut. Die FCCU erhält eine Kopie.',
    ),
    clean(
      'Abgeschlossen am 21.11. Gespräch mit Vater und Sohn (12) auf dem Kommissariat in Sankt Vith; Akte bleibt beim Jugendhilfedienst bis zur Auswertung. Kopie an die Polizeizone Eifel, Posten Büllingen.',
    ),
  ],
  is: [
    withIds(
      'Tilkynnt til barnaverndar Kópavogs 12.11.; móðir, Guðrún Ólafsdóttir, náðist í síma 862 4417.',
      'Guðrún Ólafsdóttir',
      '862 4417',
    ),
    withIds(
      'Vísað til Barnahúss: JÓNSSON, Kári (15) og JÓNSDÓTTIR, Embla (10). Kennitala drengsins: 050911-2760.',
      'JÓNSSON, Kári',
      'JÓNSDÓTTIR, Embla',
      '050911-2760',
    ),
    withIds(
      'Staða: sent áfram til skólahjúkrunarfræðings. Stúlkan (H.B., f. 19.07.2013) er í 6. bekk í Hörðuvallaskóla; notandanafn á Discord: hekla_bjorns.',
      'H.B.',
      '6. bekk í Hörðuvallaskóla',
      'hekla_bjorns',
    ),
    withIds(
      'Heimilisfang fyrir barnaverndarþjónustu: Hrísmóar 9, 210 Garðabær. Faðirinn, Einar, fékk tölvupóst á einar.thor@simnet.is.',
      'Hrísmóar 9, 210 Garðabær',
      'Einar',
      'einar.thor@simnet.is',
    ),
    withIds(
      'Lokað. Sami drengur og í fyrra máli um Arnar Stefánsson (mál 2025/0932); prófíll https://www.roblox.com/users/3390417265/profile sendur lögreglunni á höfuðborgarsvæðinu.',
      'Arnar Stefánsson',
      'https://www.roblox.com/users/3390417265/profile',
    ),
    clean(
      'Tilkynnt til barnaverndar Reykjavíkur 12.11.2026, mál nr. 2026/1187. Vakthafandi lögreglumaður hafði samband við móðurina kl. 16:30. Drengur, 13 ára.',
    ),
    clean(
      'Staða: sent áfram til lögreglunnar á Suðurlandi, rannsóknardeild á Selfossi. Foreldrar upplýstir. Stúlkunni bent á Hjálparsíma Rauða krossins 1717 og 112.',
    ),
    clean(
      'Vísað til skólahjúkrunarfræðings í gegnum námsráðgjafa; lokað 03.12. eftir eftirfylgdarsímtal. Tveir bræður, 11 og 14 ára, engar áhyggjur.',
    ),
    clean(
      'Barna- og fjölskyldustofa staðfesti móttöku, tilvísun BOFS-24-0815. Stúlkan, 15 ára, fær viðtal í Barnahúsi og skoðun á Barnaspítala Hringsins.',
    ),
    clean(
      'Lokað 21.11. Viðtal við föður og son (12 ára) á lögreglustöðinni á Akureyri; barnaverndarþjónusta Norðurþings á Húsavík fer með málið.',
    ),
  ],
  fi: [
    withIds(
      'Lastensuojeluilmoitus tehty Tampereelle 12.11.; äiti Sari Nieminen tavoitettu numerosta 050 371 2284.',
      'Sari Nieminen',
      '050 371 2284',
    ),
    withIds(
      'Siirretty Itä-Suomen poliisilaitokselle: KORHONEN, Aleksi (15) ja KORHONEN, Veera (11). Pojan henkilötunnus 070911A458C.',
      'KORHONEN, Aleksi',
      'KORHONEN, Veera',
      '070911A458C',
    ),
    withIds(
      'Tilanne: tieto välitetty kouluterveydenhoitajalle. Oppilas (E.V., s. 23.04.2013) on 7C-luokalla Tesoman koulussa; Fortnite-nimimerkki EetuV_2013.',
      'E.V.',
      '7C-luokalla Tesoman koulussa',
      'EetuV_2013',
    ),
    withIds(
      'Osoite lastensuojelulle: Koulukatu 14 B 6, 15110 Lahti. Äiti, rouva Heikkilä, informoitu sähköpostitse osoitteeseen tiina.heikkila@elisanet.fi.',
      'Koulukatu 14 B 6, 15110 Lahti',
      'Heikkilä',
      'tiina.heikkila@elisanet.fi',
    ),
    withIds(
      'Suljettu. Sama nuori kuin aiemmassa ilmoituksessa, joka koski Onni Salosta (dnro 2025/0932); profiili https://www.twitch.tv/onnisalonen09 liitetty Helsingin poliisilaitoksen tiedoksiantoon.',
      'Onni Salosta',
      'https://www.twitch.tv/onnisalonen09',
    ),
    clean(
      'Lastensuojeluilmoitus tehty Jyväskylän sosiaalipäivystykseen 12.11.2026, dnro 1234/2026. Päivystävä konstaapeli tavoitti äidin klo 16.20. Poika, 13 vuotta.',
    ),
    clean(
      'Tilanne: siirretty Sisä-Suomen poliisilaitoksen rikostutkintaan. Vanhemmat tavoitettu. Tytölle annettu MLL:n Lasten ja nuorten puhelin 116 111 sekä hätänumero 112.',
    ),
    clean(
      'Ohjattu kouluterveydenhoitajalle opinto-ohjaajan kautta; suljettu 3.12. seurantapuhelun jälkeen. Kaksi veljeä, 11 ja 14 vuotta, ei huolta.',
    ),
    clean(
      'Lastensuojelu vahvisti vastaanoton, viite LS-24-0815. Tyttö, 15 v., on Uuden lastensairaalan hoidossa. Nettipoliisi sulkee oman tehtävänsä.',
    ),
    clean(
      'Suljettu 21.11. Isän ja pojan (12 v.) tapaaminen Salon poliisiasemalla; asia jatkuu Salon lastensuojelun avohuollossa.',
    ),
  ],
  sv: [
    withIds(
      'Barnskyddsanmälan gjord till socialjouren i Vasa 12.11.; mamman, Annika Lindqvist, nådd på 040 718 2264.',
      'Annika Lindqvist',
      '040 718 2264',
    ),
    withIds(
      'Överlämnat till Österbottens polisinrättning: BJÖRKQVIST, Elias (14) och BJÖRKQVIST, Saga (10). Pojkens personbeteckning: 150312A234R.',
      'BJÖRKQVIST, Elias',
      'BJÖRKQVIST, Saga',
      '150312A234R',
    ),
    withIds(
      'Läget: vidarebefordrat till skolhälsovårdaren. Eleven (L.Ö., f. 23.04.2013) går i klass 7B i Vasa övningsskola; Snapchat lo.ostman13.',
      'L.Ö.',
      'klass 7B i Vasa övningsskola',
      'lo.ostman13',
    ),
    withIds(
      'Adress till barnskyddet: Storgatan 22 A 4, 68600 Jakobstad. Pappan, herr Sundström, informerad per e-post: kim.sundstrom@anvianet.fi.',
      'Storgatan 22 A 4, 68600 Jakobstad',
      'Sundström',
      'kim.sundstrom@anvianet.fi',
    ),
    withIds(
      'Avslutat. Samma flicka som i den tidigare anmälan om Wilma Ekholm (dnr 2025/0932); profil https://www.instagram.com/wilmaekholm11 bifogad till polisinrättningen i Västra Nyland.',
      'Wilma Ekholm',
      'https://www.instagram.com/wilmaekholm11',
    ),
    clean(
      'Barnskyddsanmälan gjord till socialjouren i Vasa 12.11.2026, dnr 1234/2026. Jourhavande konstapel nådde mamman kl. 16.20. Pojke, 13 år.',
    ),
    clean(
      'Läget: överlämnat till polisinrättningen i Västra Nyland, brottsutredningen i Ekenäs. Föräldrarna kontaktade. Flickan fick numren 116 111 och 112.',
    ),
    clean(
      'Hänvisat till skolhälsovårdaren via skolkuratorn; avslutat 3.12 efter uppföljningssamtalet. Två systrar, 11 och 14 år, ingen oro.',
    ),
    clean(
      'Barnskyddet i Borgå bekräftade mottagandet, ref. BS-24-0815. Flickan, 15 år, får samtalsstöd hos Folkhälsan. Nätpolisen avslutar sitt ärende.',
    ),
    clean(
      'Avslutat 21.11. Samtal med pappan och sonen (12 år) på polisstationen i Lovisa; ärendet ligger kvar hos socialservicen i Lovisa till uppföljningen.',
    ),
  ],
};
