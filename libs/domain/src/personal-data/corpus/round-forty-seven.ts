/**
 * Round forty-seven: written blind, before the detector was run on it.
 * Style: texts other than the nightly note – end-of-week debrief fields, English summaries, referral details and
 * referral status notes, the week report's free text and Kripos-style guidance quoting cases, with identifiers
 * disguised to get past filters (spaced or dotted letters, digits in words, "(at)", "[dot]", emoji, letter O for zero).
 */
import { clean, CorpusNote, withIds } from './corpus-note';

export const ROUND_FORTY_SEVEN: Readonly<Record<string, readonly CorpusNote[]>> = {
  en: [
    withIds(
      'English summary of note 14/11 (Discord, Sør-Øst police district): Girl, 13, from Drammen says an adult man keeps messaging her on Snapchat and asks for pictures. She gave her name as Amalie Nygård-Berntsen and her Snap as amalie.nb_09. Advised her to block, report in the app and tell her mother. Passed to the local child welfare service the same evening.',
      'Amalie Nygård-Berntsen',
      'amalie.nb_09',
    ),
    withIds(
      'Case to remember: a Swedish boy (12) typed his number in English words to get past the Roblox filter – zero seven three four one one eight two zero six – and asked the blue profile to call him. His in-game name was xXSkogsMuffinXx. We did not call; we gave him BRIS 116 111 and the Swedish police took over.',
      'zero seven three four one one eight two zero six',
      'xXSkogsMuffinXx',
    ),
    withIds(
      'Referral status 18 Nov 2024: Polisen i Uppsala confirms the referral on Ebba Lindqvist Haddad (pnr 090714-2384) was received and registered; social services in Uppsala were informed on Friday.',
      'Ebba Lindqvist Haddad',
      '090714-2384',
    ),
    withIds(
      "Guidance for the team, from Thursday's cases: young people hide contact details on purpose. One girl in Ghent wrote her e-mail as jade.verbeke (at) telenet [dot] be, a boy from Hasselt sent his number as 0479 ⚽ 38 ⚽ 21 ⚽ 64, and a third just pasted tiktok.com/@mila.dancez.2011 into the chat. All three are identifiers. None of them may go into the note, not even in the disguised form.",
      'jade.verbeke (at) telenet [dot] be',
      '0479 ⚽ 38 ⚽ 21 ⚽ 64',
      'tiktok.com/@mila.dancez.2011',
    ),
    withIds('Snap: d4rkw0lf.2OO9', 'd4rkw0lf.2OO9'),
    clean(
      'Week 46 joint online patrol (Norway, Belgium, the Netherlands, Iceland, Finland, Sweden): 41 officers, 312 conversations logged on Discord, Roblox, Fortnite, Minecraft, Twitch and TikTok between 11 and 15 November 2024, 18:00–23:00 CET. 27 referrals (19 to child welfare, 8 to local police districts). Most common topics: sextortion (n=44), bullying (n=38), scams with V-Bucks and Robux (n=31). The profiles Politiet Nettpatrulje, Politie Online, Poliisi Nettipartio, Lögreglan Netvakt and Police Patrol Kim received 1,204 messages in total. Help lines given out most: 116 111, 116 000 (Child Focus), 1717 (Red Cross Iceland) and 113 (suicide prevention, NL). Next joint week: 10–14 March 2025.',
    ),
    clean(
      "What did not work: Twitch whispers are off for many accounts under 13, so 9 of 22 contacts ended before we could give advice. The Roblox chat filter replaced our help line numbers with hashtags – 116 111 and 1717 came through as '### ###' and '####'. Suggestion for round 2: post the numbers as images, or link to the Red Cross and Child Focus pages.",
    ),
    clean(
      "Guidance for EN summaries (Kripos, version 2.3, 12 Nov 2024): write what happened, the age band (e.g. 13–15), platform, town or police district and the action taken. Never copy a username, e-mail address, phone number or national ID number from the chat – write 'username given' or 'phone number given, not noted'. Mentions of Taylor Swift, MrBeast, Mbappé, Jonesy or Steve are not personal data. Refer to cases only by number, e.g. 24-118734 (Kripos) or LI.17.LB.012345/2024 (Belgium).",
    ),
    clean(
      "What worked: the joint Fortnite Creative map 'Blue Lights Island' (island code 3481-2297-6630) had 143 visitors and 58 questions on the first evening. Officers from Oslo, Tampere and Antwerp answered in four languages within 5 minutes on average.",
    ),
    clean('No contact made.'),
  ],
  nb: [
    withIds(
      'Veiledning fra Kripos til teamene, uke 46: Vi ser at ungdom skriver telefonnummer med ord eller mellomrom for å lure filteret. Eksempel fra Roblox i går kveld: «ni to en, fire fire, åtte null sju». Det er 921 44 807, og det skal ikke stå i notatet. Det samme gjelder når det skrives 9 2 1 4 4 8 0 7. Skriv «telefonnummer oppgitt, ikke notert».',
      'ni to en, fire fire, åtte null sju',
      '921 44 807',
      '9 2 1 4 4 8 0 7',
    ),
    withIds(
      'Bekymringsmelding sendt barneverntjenesten i Bærum 15.11. kl. 10.20. Gjelder jente, 12 år, Sofie Amundsen Oyelaran, f.nr. 22071063465, bosatt Rådhusveien 14 B, 1337 Sandvika (oppgitt av henne selv i chat på Discord). Mor er varslet på telefon.',
      'Sofie Amundsen Oyelaran',
      '22071063465',
      'Rådhusveien 14 B, 1337 Sandvika',
    ),
    withIds(
      'Sak å huske fra uka: gutten som kalte seg Fiskekaka på Discord (brukernavn fiskekaka_2011). Etter en halvtime ga han oss både navnet, Mats Iversen, og e-posten «mats punktum iversen krøllalfa gmail punktum com». Han var redd for en voksen som truet med å dele bilder. Sendt videre til Øst politidistrikt samme kveld.',
      'Fiskekaka',
      'fiskekaka_2011',
      'Mats Iversen',
      'mats punktum iversen krøllalfa gmail punktum com',
    ),
    withIds(
      'Status 16.11.: Overført til Agder politidistrikt. Ahmed Yusuf Warsame (15) hadde sendt nummeret sitt som 47 🔥 81 🔥 29 🔥 03 til en ukjent profil. Agder bekrefter at foreldrene er kontaktet.',
      'Ahmed Yusuf Warsame',
      '47 🔥 81 🔥 29 🔥 03',
    ),
    withIds('Bruker: Lill3_Ma1ken', 'Lill3_Ma1ken'),
    clean(
      'Politiet Nettpatrulje (Kripos og Oslo politidistrikt) var til stede 11.–15. november 2024 kl. 18.00–23.00 på Discord, Roblox, Fortnite og Twitch. Vi hadde 96 samtaler, sendte 14 bekymringsmeldinger til barnevernet etter barnevernsloven § 13-2 og opprettet 3 anmeldelser etter straffeloven § 305 og § 311. Ungdommene ble henvist til Alarmtelefonen for barn og unge 116 111, Kors på halsen 800 33 321 og politiets sentralbord 02800. Ved akutt fare: 112. Gjennomsnittsalder i samtalene var 13,4 år; 61 % var jenter.',
    ),
    clean(
      'Det som ikke fungerte: Snapchat-kontoen «Politiet Nettpatrulje» ble låst i 48 timer etter ca. 200 venneforespørsler på én kveld. Supportsak hos Snap: 1-2290347811. Vi mistet dermed onsdag og halve torsdag.',
    ),
    clean(
      'Husk: Et fødselsnummer har 11 siffer, men skriv det aldri inn, heller ikke for å vise formatet. Eksempelet «010101 12345» i det gamle opplæringsheftet er for øvrig ikke gyldig. Skriv «f.nr. oppgitt, ikke notert». Det samme gjelder D-nummer og kontonummer.',
    ),
    clean(
      'Status 18.11. kl. 09.15: Barnevernvakten i Bergen bekrefter mottatt melding i sak 24-118734. Ingen videre oppfølging fra patruljen. Barnevernvakten kan nås på 55 56 87 00 hele døgnet.',
    ),
    clean('Ingen samtaler i kveld, Discord nede 21.40–22.55.'),
  ],
  nn: [
    withIds(
      'Sak å hugse frå veka: jenta (14) frå Førde som først berre kalla seg Sunniva, men som seinare skreiv heile namnet, Sunniva Kleppe Hauge, og TikTok-brukarnamnet @sunnivakh.dans. Ho ville vite om det var lov for ein vaksen å be om bilete. Det er det ikkje, og vi sende saka vidare.',
      'Sunniva',
      'Sunniva Kleppe Hauge',
      '@sunnivakh.dans',
    ),
    withIds(
      'Melding sendt barnevernstenesta i Sogndal 14.11. kl. 11.30. Gjeld gut, 12 år: Eirik Bjørnstad Tveit, fnr. 10031257285. Adresse oppgjeven av guten: Fjørevegen 7, 6856 Sogndal. Far er orientert.',
      'Eirik Bjørnstad Tveit',
      '10031257285',
      'Fjørevegen 7, 6856 Sogndal',
    ),
    withIds(
      'Rettleiing til laget: Døme frå Minecraft-serveren torsdag – guten skreiv e-posten sin som haakon.roed(at)hotmail[dot]no og telefonnummeret som 4.0.6.1.2.3.3.8, så filteret ikkje skulle ta det. Begge delar er personopplysningar og skal ikkje inn i notatet, same korleis dei er skrivne.',
      'haakon.roed(at)hotmail[dot]no',
      '4.0.6.1.2.3.3.8',
    ),
    withIds(
      'Status 19.11.: Vest politidistrikt stadfestar at saka om Liv-Ingrid Ytrehus er oppretta. Snapchat-brukaren ho melde, stordal_kaptein, er sperra av Snap.',
      'Liv-Ingrid Ytrehus',
      'stordal_kaptein',
    ),
    withIds('Namn oppgjeve: Vår Lien.', 'Vår Lien'),
    clean(
      'Politiet Nettpatrulje Vest hadde fire vakter (tysdag–fredag, kl. 18.00–22.30). 58 samtalar på Discord og Roblox, 9 på Twitch. 6 meldingar til barnevernet etter barnevernslova § 13-2 og 1 melding til Sogn politistasjon. Vi viste til Alarmtelefonen for barn og unge 116 111, Mental Helse sin hjelpetelefon 116 123 og legevakta 116 117. Ved akutt fare: 112 eller 113.',
    ),
    clean(
      'Det som fungerte: korte svar på nynorsk. Fleire av ungdomane i Sunnfjord skreiv til oss på dialekt, og vi fekk 23 % fleire oppfølgingsspørsmål enn i veke 38.',
    ),
    clean(
      'Hugs at namn på spelfigurar (Steve, Alex, Jonesy, Peely) og kjende personar (Aurora, Alan Walker, Erling Haaland) ikkje er personopplysningar. Skriv «ungdomen» eller «guten (14)» i staden for namnet, og «Førde» eller «Sunnfjord» i staden for adressa.',
    ),
    clean(
      'Sak 24-203311 er avslutta 20.11.2024 kl. 14.05. Barnevernstenesta i Sunnfjord har stadfesta mottak (journalnr. 2024/1187-3). Ingen vidare tiltak frå Kripos eller Vest politidistrikt.',
    ),
    clean('Ingen funn. Loggført 22.47.'),
  ],
  nl: [
    withIds(
      'Doorverwezen naar Veilig Thuis Rotterdam Rijnmond op 14-11 om 11:05 uur. Betreft meisje (13), Naima El Idrissi, BSN 238174657 (zelf genoemd in de chat, door moeder bevestigd), woonachtig Schiedamseweg 112B, 3025 AH Rotterdam. Melding via het Meldformulier, dossier bij team Jeugd.',
      'Naima El Idrissi',
      '238174657',
      'Schiedamseweg 112B, 3025 AH Rotterdam',
    ),
    withIds(
      "Zaak om te onthouden: de jongen uit Kortrijk die zijn gsm-nummer in woorden typte om de Roblox-filter te omzeilen: 'nul vier acht zes, vijftien, tweeënnegentig, nul drie'. Hij heette Wout Vanhoutte en speelt onder de naam W0utje_VH. Hij werd afgeperst met een foto; doorgegeven aan de zone Vlas.",
      'nul vier acht zes, vijftien, tweeënnegentig, nul drie',
      'Wout Vanhoutte',
      'W0utje_VH',
    ),
    withIds(
      "Let op bij het schrijven van notities: e-mailadressen en nummers worden vaak verstopt. Voorbeelden uit Discord deze week: 'sem punt bakker apenstaartje outlook punt com' en een telefoonnummer met de letter O in plaats van nul: O6-4O219873. Dat blijven persoonsgegevens en ze horen niet in de notitie.",
      'sem punt bakker apenstaartje outlook punt com',
      'O6-4O219873',
    ),
    withIds(
      'Status 18-11: Politie Oost-Brabant bevestigt dat de melding over Jesse-Lynn Pinas (TikTok: @jesselynn.xo) is opgepakt door het team Zeden in Eindhoven.',
      'Jesse-Lynn Pinas',
      '@jesselynn.xo',
    ),
    withIds('Gamertag: KaasKoning_NL', 'KaasKoning_NL'),
    clean(
      'Politie Online was van maandag 11 t/m vrijdag 15 november 2024 actief op Discord, Roblox, Fortnite, Minecraft, Twitch en TikTok, dagelijks van 16:00 tot 22:00 uur. Totaal 187 gesprekken, 21 meldingen bij Veilig Thuis (0800-2000) en 4 aangiftes (art. 240b en art. 248e Sr). Jongeren zijn gewezen op De Kindertelefoon (0800-0432), 113 Zelfmoordpreventie (113 of 0800-0113) en Helpwanted.nl. Bij spoed altijd 112, geen spoed 0900-8844.',
    ),
    clean(
      "Wat werkte niet: de Snapchat-account 'Politie Online' werd na 36 uur geblokkeerd wegens 'verdacht gedrag'. Ticketnummer bij Snap: 7731-0928-4413. Ook het nummer van Awel (102) werd door de Roblox-filter weggeknipt, net als 1813.",
    ),
    clean(
      'Status 19/11/2024 – PV BR.55.L3.104722/2024 overgemaakt aan het parket Halle-Vilvoorde, sectie jeugd. Child Focus (116 000) werd ingelicht op 20/11 om 09u30. Geen verdere actie van de patrouille.',
    ),
    clean(
      'Geen persoonsgegevens: namen van YouTubers (Enzo Knol, Dylan Haegens), personages (Peely, Steve), steden (Tilburg, Genk), leeftijden (14 jaar), het aantal volgers (12,3K) en zaaknummers zoals 2024-NP-0193. Wel persoonsgegevens: alles wat één bepaalde jongere aanwijst.',
    ),
    clean('Geen contact. Server offline 20:10-21:40.'),
  ],
  fr: [
    withIds(
      'Transmis au SAJ de Liège le 14/11 à 10h15. Concerne une jeune fille de 14 ans, Inès Mukendi-Lambert, NN 10.05.14-285.54, domiciliée rue Saint-Gilles 58, 4000 Liège. La maman a été prévenue par la zone de police Liège.',
      'Inès Mukendi-Lambert',
      '10.05.14-285.54',
      'rue Saint-Gilles 58, 4000 Liège',
    ),
    withIds(
      "Cas à retenir: le garçon de Namur qui a écrit son adresse mail « lucas.dbr arobase gmail point com » pour passer le filtre de Roblox. Son pseudo était Lulu_Fr4gger. Il pensait parler à un recruteur d'une équipe e-sport.",
      'lucas.dbr arobase gmail point com',
      'Lulu_Fr4gger',
    ),
    withIds(
      "Note aux équipes: les jeunes déguisent leur numéro. Exemple vu mardi sur Discord: « 0 4 7 2 . 5 1 . 8 8 . 3 0 », puis la même jeune fille l'a renvoyé avec des émojis: 0472 💜 51 💜 88 💜 30. C'est toujours un numéro de téléphone et il ne doit pas figurer dans la note.",
      '0 4 7 2 . 5 1 . 8 8 . 3 0',
      '0472 💜 51 💜 88 💜 30',
    ),
    withIds(
      "Statut 18/11: la zone de police Charleroi confirme l'audition de Yanis Benali (Snap: yanis.bnl6) le 20/11 à 14h.",
      'Yanis Benali',
      'yanis.bnl6',
    ),
    withIds('Prénom donné: Rose.', 'Rose'),
    clean(
      'Police Online (Police fédérale et zones de police locales) a patrouillé du 11 au 15 novembre 2024, de 17h à 22h. 142 conversations (Discord 51, Roblox 38, Fortnite 27, TikTok 26), 11 signalements au SAJ et 3 PV pour sextorsion et grooming (art. 433bis/1 du Code pénal). Numéros communiqués aux jeunes: Écoute-Enfants 103, Child Focus 116 000, Centre de prévention du suicide 0800 32 123, police 101, urgences 112.',
    ),
    clean(
      "Ce qui n'a pas marché: la messagerie de Fortnite est limitée pour les moins de 13 ans; 40 % des contacts se sont arrêtés après 2 ou 3 messages. Le profil « Police Patrol Kim » a été signalé 17 fois comme faux compte.",
    ),
    clean(
      'Ne sont pas des données personnelles: les noms des influenceurs (Squeezie, Michou, Lena Situations), des personnages (Mario, Kratos), les villes (Namur, Mons, Arlon), les numéros de dossier (LI.17.LB.012345/2024), les heures et les montants (2 500 V-bucks, 19,99 €).',
    ),
    clean(
      'Statut 21/11/2024 10h40: dossier clôturé par le parquet de Namur, section famille-jeunesse. Aucune suite pour la patrouille. Référence interne 2024/NP/0312.',
    ),
    clean('RAS sur Twitch ce soir (19h–23h).'),
  ],
  de: [
    withIds(
      'Weitergeleitet an den Jugendhilfedienst der Deutschsprachigen Gemeinschaft in Eupen am 15.11. um 09:30 Uhr. Betrifft: Junge, 13 Jahre, Noah Kessler-Cremer, Nationalregisternummer 11.11.07-042.85, wohnhaft Bergstraße 41, 4700 Eupen. Die Eltern wurden von der Polizeizone Eupen informiert.',
      'Noah Kessler-Cremer',
      '11.11.07-042.85',
      'Bergstraße 41, 4700 Eupen',
    ),
    withIds(
      'Fall zum Merken: Ein Mädchen (12) aus St. Vith schrieb ihre Handynummer so, damit der Filter sie nicht erkennt: »null vier neun sechs – zwölf – vierunddreißig – neunundfünfzig«. Sie hieß Lea-Sophie Mreyen, Roblox-Name LeaSo_Pferdchen. Ein angeblicher Pferdehof-Besitzer wollte sie treffen.',
      'null vier neun sechs – zwölf – vierunddreißig – neunundfünfzig',
      'Lea-Sophie Mreyen',
      'LeaSo_Pferdchen',
    ),
    withIds(
      'Hinweis an alle Streifen: E-Mail-Adressen werden umschrieben, z. B. »jonas punkt theissen ät skynet punkt be«, und Namen werden mit Punkten zerlegt, z. B. der Discord-Name j.o.n.a.s.t.h.0.8. Beides gehört nicht in die Notiz.',
      'jonas punkt theissen ät skynet punkt be',
      'j.o.n.a.s.t.h.0.8',
    ),
    withIds(
      'Status 19.11.: Die Polizeizone Eifel bestätigt, dass die Mutter von Elif Yıldırım informiert wurde. Der Verdächtige nutzte den Snapchat-Namen der_echte_tom88.',
      'Elif Yıldırım',
      'der_echte_tom88',
    ),
    withIds('Tel.: 0471 23 86 15', '0471 23 86 15'),
    clean(
      'Die Polizeizonen Eupen und Weser-Göhl beteiligten sich vom 11. bis 15. November 2024 mit dem Profil »Polizei Online Ostbelgien« an der gemeinsamen Woche. 34 Gespräche (Discord 12, Roblox 9, Fortnite 8, Minecraft 5), 2 Meldungen an den Jugendhilfedienst, 1 Protokoll (PV EU.55.L7.003418/2024). Weitergegebene Nummern: Telefonhilfe 108, Child Focus 116 000, Notruf 112, Polizei 101.',
    ),
    clean(
      'Was gut lief: Die Sprechstunde auf dem Minecraft-Server »Ostbelgien Craft« (donnerstags 19:00–21:00 Uhr) brachte 17 Fragen, vor allem zu Cybermobbing und zu Betrug mit Skins im Wert von 5 bis 50 Euro.',
    ),
    clean(
      'Keine personenbezogenen Daten sind: Spielfiguren (Jonesy, Creeper, Sonic), bekannte Streamer (MontanaBlack, Papaplatte), Orte (Kelmis, Bütgenbach, Raeren), Aktenzeichen, Altersangaben (»ca. 14«), Uhrzeiten und Beträge.',
    ),
    clean(
      'Status 20.11.2024, 11:15 Uhr: Die Staatsanwaltschaft Eupen hat die Akte 24/JU/0381 übernommen. Kein weiterer Handlungsbedarf für die Online-Streife.',
    ),
    clean('Keine Kontakte, Discord-Störung ab 20:30.'),
  ],
  is: [
    withIds(
      'Tilkynning send Barnavernd Reykjavíkur 14.11. kl. 10:40. Varðar stúlku, 14 ára, Katrín Sól Gunnarsdóttir, kt. 110910-2820, til heimilis að Hraunbæ 102, 110 Reykjavík. Móðir var látin vita símleiðis.',
      'Katrín Sól Gunnarsdóttir',
      '110910-2820',
      'Hraunbæ 102, 110 Reykjavík',
    ),
    withIds(
      'Mál til að muna: strákurinn frá Selfossi sem skrifaði símanúmerið sitt með bókstöfum til að komast fram hjá síunni í Roblox, «sex níu einn fjórir átta tveir núll». Hann heitir Kacper Wiśniewski og notar nafnið Bjartur_Bolti á Discord. Hann hafði sent ókunnugum myndir.',
      'sex níu einn fjórir átta tveir núll',
      'Kacper Wiśniewski',
      'Bjartur_Bolti',
    ),
    withIds(
      'Leiðbeiningar til hópsins: netföng og símanúmer eru dulbúin. Dæmi úr vikunni: aron.mani (hjá) simnet [punktur] is, og símanúmer skrifað með bókstafnum O í stað núlls: 8O7-2314. Hvorugt má fara í skýrsluna.',
      'aron.mani (hjá) simnet [punktur] is',
      '8O7-2314',
    ),
    withIds(
      'Staða 19.11.: Lögreglustjórinn á Suðurnesjum staðfestir að mál Jóns Þórs Einarssonar (Snapchat: jonthor_07) hafi verið skráð.',
      'Jóns Þórs Einarssonar',
      'jonthor_07',
    ),
    withIds('Kt. gefin upp: 030211-3320', '030211-3320'),
    clean(
      'Lögreglan Netvakt var á vaktinni 11.–15. nóvember 2024 frá kl. 17 til 22 á Discord, Roblox, Fortnite og TikTok. Alls 64 samtöl, 5 tilkynningar til barnaverndar skv. 16. gr. barnaverndarlaga nr. 80/2002 og 2 mál skráð í LÖKE. Vísað var á Hjálparsíma Rauða krossins 1717, netspjallið á 1717.is og Neyðarlínuna 112. Meðalaldur þeirra sem skrifuðu var 13 ár.',
    ),
    clean(
      'Það sem virkaði ekki: spjallið í Roblox lokaði á tölurnar 1717 og 112, svo við skrifuðum „sautján sautján“ og „einn einn tveir“ í staðinn. Það gekk í 9 skipti af 11.',
    ),
    clean(
      'Ekki persónuupplýsingar: nöfn leikjapersóna (Steve, Jonesy), þekkts fólks (Laufey, Björk, Gylfi Sigurðsson), bæjarnöfn (Selfoss, Akureyri, Ísafjörður), málsnúmer (007-2024-61234), aldur og tímasetningar.',
    ),
    clean(
      'Mál 318-2024-4412 lokað 20.11.2024 kl. 13:20 af Lögreglunni á höfuðborgarsvæðinu. Barnavernd Kópavogs staðfesti móttöku. Ekkert frekar af hálfu Netvaktarinnar.',
    ),
    clean('Engin samtöl. Discord niðri 20:15–21:05.'),
  ],
  fi: [
    withIds(
      'Lastensuojeluilmoitus tehty Tampereen sosiaalipäivystykseen 14.11. klo 10.25. Koskee tyttöä (14 v), Aino-Maria Lehtonen, hetu 120610A482P, osoite Hämeenpuisto 31 B 12, 33200 Tampere. Äidille ilmoitettu puhelimitse.',
      'Aino-Maria Lehtonen',
      '120610A482P',
      'Hämeenpuisto 31 B 12, 33200 Tampere',
    ),
    withIds(
      "Muistettava tapaus: Vantaalainen poika kirjoitti puhelinnumeronsa sanoina, jotta Robloxin suodatin ei huomaisi: 'nolla neljä neljä, kahdeksan yksi kaksi, seitsemän yhdeksän kolme nolla'. Nimi Abdirahman Mohamed Farah, Fortnitessa Abdi_FN_2010. Hänelle oli luvattu V-Buckseja kuvia vastaan.",
      'nolla neljä neljä, kahdeksan yksi kaksi, seitsemän yhdeksän kolme nolla',
      'Abdirahman Mohamed Farah',
      'Abdi_FN_2010',
    ),
    withIds(
      'Ohje partioille: nuoret naamioivat yhteystietonsa. Tämän viikon esimerkit: venla.nieminen (at) gmail (piste) com sekä numero emojeilla 050 🌸 418 🌸 2273. Kumpaakaan ei kirjata muistiinpanoon missään muodossa.',
      'venla.nieminen (at) gmail (piste) com',
      '050 🌸 418 🌸 2273',
    ),
    withIds(
      'Tila 18.11.: Itä-Uudenmaan poliisilaitos vahvistaa, että Valo Heikkinen (hetu 250711A928J, Snapchat: valo.heikk) on kuultu ja asia on siirretty sosiaalitoimelle.',
      'Valo Heikkinen',
      '250711A928J',
      'valo.heikk',
    ),
    withIds('Nimi: Onni Kivelä', 'Onni Kivelä'),
    clean(
      'Poliisi Nettipartio (Poliisihallitus sekä Helsingin, Sisä-Suomen ja Oulun poliisilaitokset) partioi 11.–15.11.2024 klo 17–22. Keskusteluja 203 (Discord 71, Roblox 44, Fortnite 39, TikTok 30, Twitch 19). Lastensuojeluilmoituksia 17 (lastensuojelulaki 25 §), rikosilmoituksia 6 (RL 20 luku 8 b §). Ohjasimme nuoria MLL:n Lasten ja nuorten puhelimeen 116 111, Sekasin-chattiin ja MIELI ry:n kriisipuhelimeen 09 2525 0111. Hätänumero 112.',
    ),
    clean(
      "Mikä ei toiminut: Robloxin suodatin muutti numeron 116 111 muotoon ### ###. Kokeilimme kirjoittaa 'yksi yksi kuusi yksi yksi yksi', mutta sekin estettiin. Ensi kerralla numero kuvana.",
    ),
    clean(
      'Henkilötiedoiksi EI lasketa: pelihahmoja (Jonesy, Steve), tubettajia (Roni Back, Herbalisti), kaupunkeja (Kuopio, Porvoo, Rovaniemi), diaarinumeroita (5500/R/12345/24), ikiä eikä kellonaikoja.',
    ),
    clean(
      'Tila 20.11.2024 klo 12.10: Lounais-Suomen poliisilaitos on ottanut asian 5100/R/48812/24 tutkittavaksi. Nettipartion osalta asia päättyy.',
    ),
    clean('Ei havaintoja. Twitch kaatui klo 21.40.'),
  ],
  sv: [
    withIds(
      'Orosanmälan skickad till socialtjänsten i Uppsala 14/11 kl. 10.05. Gäller flicka, 13 år, Alva Sjöberg Nasser, pnr 110321-5461, Kungsgatan 47 B, 753 21 Uppsala. Vårdnadshavare underrättad per telefon.',
      'Alva Sjöberg Nasser',
      '110321-5461',
      'Kungsgatan 47 B, 753 21 Uppsala',
    ),
    withIds(
      "Fall att minnas: pojken från Jakobstad som skrev sitt nummer som 'noll fyra noll, sju tre ett, nitton sextiofem' för att lura filtret i Fortnite. Han hette Linus Back och hade redan skickat pengar till en profil som lovade skins. Österbottens polisinrättning tog över.",
      'noll fyra noll, sju tre ett, nitton sextiofem',
      'Linus Back',
    ),
    withIds(
      'Vägledning till patrullerna: adresser skrivs ofta sönder. Exempel från veckan: m.o.l.l.y.2.0.1.1 snabel-a hotmail punkt se, och ett nummer med bokstaven O i stället för noll: O7O-412 88 19. Båda är personuppgifter.',
      'm.o.l.l.y.2.0.1.1 snabel-a hotmail punkt se',
      'O7O-412 88 19',
    ),
    withIds(
      'Status 19/11: Polisen i Uppsala bekräftar att ärendet om Elias Mohammadi (Discord: eli.m0hamm4di) har registrerats under K482113-24.',
      'Elias Mohammadi',
      'eli.m0hamm4di',
    ),
    withIds('tiktok.com/@saga.dansar09', 'tiktok.com/@saga.dansar09'),
    clean(
      'Under vecka 46 (11–15 november 2024) förde Polisen i region Mitt och Noa 118 samtal på Discord, Roblox, Fortnite och Twitch, kl. 17.00–22.00. 12 orosanmälningar enligt 14 kap. 1 § socialtjänstlagen och 4 anmälningar om kontakt med barn i sexuellt syfte (6 kap. 10 a § brottsbalken). Vi hänvisade till Bris 116 111, Polisen 114 14, Mind Självmordslinjen 90101 och 112 vid nödläge.',
    ),
    clean(
      "Det som fungerade: att svara på svenska på Minecraft-servern 'Österbotten SMP' – 19 av 25 ungdomar från Vasa och Närpes fortsatte samtalet. Poliisi Nettipartio och vi turades om kl. 18–21.",
    ),
    clean(
      'Inga personuppgifter: spelfigurer (Jonesy, Mario), kändisar (Zara Larsson, Yung Lean, Victor Lindelöf), orter (Sundsvall, Kiruna, Borgå), diarienummer (5000-K731902-24), åldrar och klockslag.',
    ),
    clean(
      'Status 19/11 kl. 08.50: Socialtjänsten i Sundsvall bekräftar mottagen orosanmälan (dnr SN 2024/01873). Ärendet avslutas för patrullens del.',
    ),
    clean('Inga kontakter ikväll.'),
  ],
};
