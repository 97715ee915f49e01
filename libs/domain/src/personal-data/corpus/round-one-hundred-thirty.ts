/**
 * Round one hundred and thirty: written blind, before the detector was run on it.
 * Referrals and status notes for the receiving unit (child welfare, local police, the cybercrime centre): who is
 * involved and how to reach them, next to careful referrals that name only roles, towns, case numbers and stations.
 */
import { clean, CorpusNote, withIds } from './corpus-note';

export const ROUND_ONE_HUNDRED_THIRTY: Readonly<Record<string, readonly CorpusNote[]>> = {
  en: [
    withIds(
      'Referral to Tusla, Dublin South: girl, 13, met on Roblox, says an older player called Skyline_Dan07 has been asking her for photos and offering Robux in return. Mother is Aoife Brennan, reachable on 087 214 6639; she has been told someone will ring her before Friday.',
      'Skyline_Dan07',
      'Aoife Brennan',
      '087 214 6639',
    ),
    clean(
      'Status for the receiving unit: boy, 15, on Fortnite, reported that a teammate posted a scam link for free V-Bucks. No personal details were exchanged on our side. Logged as case 24/118734; he was given the Childline number 1800 66 66 66 and shown how to block and report in-game.',
    ),
    withIds(
      'Referral to West Midlands Police, online child protection team: the 14-year-old we spoke to on Discord is Callum Whitfield, living at 27 Ashgrove Road, Walsall WS3 2LP. He says a user called @nightowl_vex moved their chat to Snapchat and is threatening to share a video unless he pays £50.',
      'Callum Whitfield',
      '27 Ashgrove Road',
      'Walsall WS3 2LP',
      '@nightowl_vex',
    ),
    clean(
      'Forwarded to the National Cybercrime Centre (NC3) as case 24-7781. Two girls, both 12, met on a Minecraft server hosted out of Bergen; they described an adult player asking which school they go to. They gave us no names, and we told them to keep screenshots and talk to a parent tonight.',
    ),
    withIds(
      'For child welfare in Tromsø: the girl (14) gave her e-mail as lina.moe09 at hotmail dot com so the caseworker can follow up, and her dad can be reached on +47 912 48 306. She has been skipping school to stream on Twitch late at night and says one viewer keeps sending her gifts.',
      'lina.moe09 at hotmail dot com',
      '+47 912 48 306',
    ),
    clean(
      'Status update to local police in Cork: the 16-year-old who reported harassment on Steam last week says it stopped once he blocked the account. Nothing further needed from us; the file stays open under reference PUL-2024-0932 until the end of the month.',
    ),
    withIds(
      'Referral to Kripos/NC3: the suspect uses the TikTok handle xX_bruno.real_Xx and the Discord name brunoreal4471, and has contacted at least three girls aged 11 to 13. One of them, Ingrid Dahl, agreed that we call her mother, who gave the national ID number 061110 57417 for the report.',
      'xX_bruno.real_Xx',
      'brunoreal4471',
      'Ingrid Dahl',
      '061110 57417',
    ),
    clean(
      'Referral to the school health service in Drammen, no names on our side: a ninth-grader told us on Snapchat that a classmate is being mocked in a group chat. We advised her to tell her contact teacher and gave her the police number 02800 in case it gets worse.',
    ),
    clean(
      'Note for the duty officer in Manchester: a 13-year-old on Roblox asked how to report an adult who offered him Robux for his password. We went through the report button with him, told him never to share a password, and gave him 101 and the Childline number 0800 1111.',
    ),
    withIds(
      "Welfare referral for Galway: the boy, 15, gave his home address as 8 Seapoint Park, Salthill, and his mum's mobile as 086-3371 902. He has been playing Fortnite through the night and told us he has not been in school for two weeks.",
      '8 Seapoint Park',
      '086-3371 902',
    ),
  ],
  nb: [
    withIds(
      'Bekymringsmelding til barnevernet i Sandnes: jenta (12) vi snakket med på Roblox heter Emma Solheim, fødselsnummer 140312 53129 ifølge mor. En voksen spiller med brukernavnet Skatergutt_88 har bedt henne om bilder og tilbudt Robux. Mor kan nås på 934 17 208.',
      'Emma Solheim',
      '140312 53129',
      'Skatergutt_88',
      '934 17 208',
    ),
    clean(
      'Oversendt NC3 som sak 24-113482. Gutt, 14, forteller på Discord at en server deler nakenbilder av jevnaldrende; selv har han ikke lastet ned noe. Vi ba ham ta skjermbilde av servernavnet uten å dele det videre, og ga ham nummeret til Alarmtelefonen for barn og unge, 116 111.',
    ),
    withIds(
      'Til politiet i Bodø: gutten (15) som blir presset for penger på Snapchat, bor i Storgata 41, 8006 Bodø, sammen med faren. Den mistenkte bruker kallenavnet dark.ryder_99 og har krevd 2 000 kroner. Far er orientert og vil bli ringt på 47 62 90 15.',
      'Storgata 41',
      '8006 Bodø',
      'dark.ryder_99',
      '47 62 90 15',
    ),
    clean(
      'Statusmelding til barneverntjenesten i Lillestrøm: jenta på 13 fra Fortnite-samtalen 3. mars har selv tatt kontakt med helsesykepleier. Vi har ingen flere opplysninger å gi, og vi nås fortsatt på 02800 eller via Nettpatruljen Øst på Facebook.',
    ),
    clean(
      'Overført til Innlandet politidistrikt, sak 24-98871. Ei jente på 11 fikk meldinger fra en voksen på TikTok som ville møte henne på kjøpesenteret. Hun har blokkert kontoen, og mor satt ved siden av under samtalen. Vi anbefalte å anmelde forholdet, og ingen navn ble oppgitt.',
    ),
    withIds(
      'Henvisning til barnevernvakten: gutten sier han heter Sander og at han bor alene med moren, som han mener drikker mye. E-posten til mor er line.kristiansen at online dot no, telefonnummer ville han ikke gi. Samtalen foregikk på Minecraft, han virket redd, men ikke i akutt fare.',
      'Sander',
      'line.kristiansen at online dot no',
    ),
    withIds(
      'Sak til NC3: kontoen på Discord heter bjornen.1979 og skal tilhøre en mann i 40-årene. To gutter på 12 er kontaktet; den ene, Jonas Hauge, har gitt oss mobilnummeret til faren, +47 481 22 639, slik at dere kan avtale avhør.',
      'bjornen.1979',
      'Jonas Hauge',
      '+47 481 22 639',
    ),
    clean(
      'Til helsesykepleier ved en ungdomsskole i Trondheim, uten navn: flere elever på 8. trinn har fått en lenke på Snapchat som ber dem logge inn med BankID for å «vinne» en iPhone. Vi har varslet Økokrim og anbefaler at skolen tar opp svindel i klassens time.',
    ),
    withIds(
      'Melding til barnevernet i Kristiansand: jenta er 14 år, bor i Markens gate 12 og ga oss sitt eget nummer, 918 44 073. Hun forteller at en eldre gutt på TikTok har delt bilder av henne i en gruppechat, og hun tør ikke si det til foreldrene.',
      'Markens gate 12',
      '918 44 073',
    ),
    clean(
      'Statusrapport til Oslo politidistrikt, Grønlandsleiret 44: gutten på 16 som meldte trusler i Fortnite forrige uke, har ikke hørt mer fra gjerningspersonen. Saken (24-104377) kan avsluttes fra vår side; vi har minnet ham på at han kan ringe 02800 eller 116 111 om det skjer igjen.',
    ),
  ],
  nn: [
    clean(
      'Oversendt barnevernstenesta i Voss: ei jente på 13 år fortel på Roblox at ho ikkje får sove fordi ho spelar til langt på natt, og at foreldra ikkje veit om det. Ho ville ikkje oppgje namn. Vi rådde henne til å snakke med helsesjukepleiaren og gav henne nummeret til Alarmtelefonen, 116 111.',
    ),
    withIds(
      'Bekymringsmelding til barnevernet i Førde: guten heiter Eirik Nesheim, 14 år, og bur i Fjellvegen 9, 6800 Førde. Han fortel at ein vaksen på Discord med brukarnamnet fjordwolf_kd har sendt han seksuelle meldingar. Mor, Randi Nesheim, kan nåast på 995 31 482.',
      'Eirik Nesheim',
      'Fjellvegen 9',
      '6800 Førde',
      'fjordwolf_kd',
      'Randi Nesheim',
      '995 31 482',
    ),
    clean(
      'Statusmelding til NC3, sak 24-120556: den mistenkte kontoen på TikTok er stengd etter meldinga vår. Dei tre jentene vi snakka med, alle frå Sogndal og 12–13 år gamle, har fått vite korleis dei tek vare på bevis. Ingen vidare tiltak frå patruljen.',
    ),
    withIds(
      'Til politiet i Ålesund: jenta (13) som vart lurt til å sende bilete på Snapchat, heiter Synnøve Tafjord og har fødselsnummer 230911 53785. Kontoen som pressar henne, heiter lillemy_2010. Far hennar vil bli ringd på 41 27 63 90.',
      'Synnøve Tafjord',
      '230911 53785',
      'lillemy_2010',
      '41 27 63 90',
    ),
    clean(
      'Melding til skulehelsetenesta: fleire gutar på 10. trinn i ein kommune i Hardanger har fått truslar på ein Minecraft-server etter ein krangel i friminuttet. Vi har ikkje namn, men har gitt rektor kontaktinformasjonen til Vest politidistrikt, telefon 02800.',
    ),
    withIds(
      'Til barnevernvakta i Bergen: guten seier han heiter Ola og at han har rømt heimanfrå i natt. Han skreiv e-posten sin som ola.brakstad at gmail dot com og ville at nokon skulle ta kontakt der. Samtalen var på Fortnite kl. 01.40.',
      'Ola',
      'ola.brakstad at gmail dot com',
    ),
    clean(
      'Oversending til lensmannskontoret i Sunnfjord: ein gut på 11 år fortalde på Roblox at ein eldre spelar bad om passordet hans mot 5 000 Robux. Han gav det ikkje frå seg. Sak 24-87102 er oppretta, og guten har sjølv fortalt det til mor.',
    ),
    withIds(
      'Status til barnevernet i Stord: jenta (14) bur no hos tante si i Leirvikvegen 17 og vil at vi ringjer tanta på +47 958 06 231 i staden for mor. Ho har framleis kontakt med kontoen snapkongen på Snapchat, som vi har meldt til NC3.',
      'Leirvikvegen 17',
      '+47 958 06 231',
      'snapkongen',
    ),
    clean(
      'Til Kripos: vi har fått tips frå to gutar i 15-årsalderen om ein Twitch-straumar som skal ha delt skjermbilete av mindreårige i chatten. Dei kjenner ikkje namnet hans. Kontaktpunktet vårt i saka er Nettpatruljen Vest, saksnummer 24-131909.',
    ),
    withIds(
      'Bekymringsmelding: guten på 12 år, Magnus Hovland, fortel på Roblox at faren slår når han tapar i FIFA. Adressa er Skulegata 4, 5750 Odda, og han går i 7B på Tyssedal skule. Vi ber barnevernet ta kontakt med skulen før helga.',
      'Magnus Hovland',
      'Skulegata 4',
      '5750 Odda',
      '7B på Tyssedal skule',
    ),
  ],
  nl: [
    withIds(
      'Doorverwijzing naar Veilig Thuis Utrecht: het meisje (13) heet Sanne Bakker en woont op de Kerkstraat 12, 3511 LX Utrecht. Een speler met de naam StormRider_NL stuurt haar via Roblox berichten en wil haar Snapchat. Moeder is bereikbaar op 06-38 41 27 95.',
      'Sanne Bakker',
      'Kerkstraat 12',
      '3511 LX Utrecht',
      'StormRider_NL',
      '06-38 41 27 95',
    ),
    clean(
      'Statusbericht voor het Team High Tech Crime, zaaknummer 2024-118273: de jongen (15) uit Zwolle heeft de Discord-server waarop hij werd afgeperst inmiddels verlaten. Hij heeft screenshots bewaard en zijn ouders ingelicht. Voor vragen: 0900-8844.',
    ),
    withIds(
      'Doorverwijzing naar de jeugdpolitie Antwerpen: de jongen van 14 gaf zijn rijksregisternummer, 10.06.14-257.89, en het gsm-nummer van zijn vader, 0475 62 18 39. Hij wordt op Fortnite al weken uitgescholden en bedreigd door een speler die zich xNoxx_BE noemt.',
      '10.06.14-257.89',
      '0475 62 18 39',
      'xNoxx_BE',
    ),
    clean(
      'Melding aan het CJG in Eindhoven, zonder namen: een meisje van 12 vertelde op TikTok dat klasgenoten haar onder druk zetten om filmpjes te maken. We hebben haar aangeraden met haar mentor te praten en het nummer van de Kindertelefoon (0800-0432) gegeven.',
    ),
    withIds(
      'Voor Veilig Thuis Rotterdam: de jongen noemt zichzelf Milan en gaf als mailadres milan.dekker2010 at outlook dot com. Hij zegt dat zijn stiefvader zijn spelcomputer kapot heeft gemaakt en hem heeft geslagen. Moeder kwam even aan de lijn en gaf zijn BSN door: 238457163.',
      'Milan',
      'milan.dekker2010 at outlook dot com',
      '238457163',
    ),
    clean(
      'Overgedragen aan de wijkagent in Leeuwarden: twee jongens van 13 en 14 vertelden op Minecraft dat iemand op hun server gratis Minecoins belooft in ruil voor inloggegevens. Er zijn geen persoonsgegevens uitgewisseld. Geregistreerd onder nummer 2024-0917-44.',
    ),
    clean(
      'Doorgestuurd naar de lokale politie Gent, Antonie Triestlaan 12: een meisje van 15 meldde op Snapchat dat een onbekende volwassene haar locatie op de kaart volgt. We hebben uitgelegd hoe ze de spookmodus aanzet en haar het nummer van Awel, 102, gegeven.',
    ),
    withIds(
      'Stand van zaken voor de jeugdbescherming in Almere: de jongen (16) is nu bereikbaar op zijn nieuwe nummer +31 6 21 47 83 09. De verdachte gebruikt op Twitch de naam tommie_plays_nl en heeft hem al €80 afhandig gemaakt.',
      '+31 6 21 47 83 09',
      'tommie_plays_nl',
    ),
    clean(
      'Voor het TBKK, zaak 2024-131002: een jongen van 14 uit de regio Twente zegt dat er in een Discord-groep afbeeldingen van minderjarigen rondgaan. Hij heeft niets gedownload; we hebben hem gevraagd niets door te sturen en de groep te melden bij het platform.',
    ),
    withIds(
      'Doorverwijzing naar het CLB: het meisje heet Lotte Peeters, zit in 2B van het Sint-Jozefcollege in Hasselt en wordt op TikTok gepest door klasgenoten. Haar mama wil graag gebeld worden op 0486/73.21.54.',
      'Lotte Peeters',
      '2B van het Sint-Jozefcollege',
      '0486/73.21.54',
    ),
  ],
  fr: [
    clean(
      "Signalement transmis à la brigade de protection des familles de Lyon, affaire n° 2024/118452 : une collégienne de 13 ans rencontrée sur Roblox dit qu'un adulte lui demande des photos contre des Robux. Elle n'a pas donné son nom. Nous lui avons conseillé d'en parler à ses parents et donné le 3018.",
    ),
    withIds(
      "Transmis à la CRIP du Nord : la jeune fille s'appelle Inès Moreau, 13 ans, domiciliée 14 rue des Tanneurs, 59000 Lille. Elle est harcelée sur Snapchat par un compte nommé lil.diablo59. Sa mère peut être jointe au 06 12 48 73 95.",
      'Inès Moreau',
      '14 rue des Tanneurs',
      '59000 Lille',
      'lil.diablo59',
      '06 12 48 73 95',
    ),
    withIds(
      'Signalement au SAJ de Liège : le garçon (14 ans) nous a donné le GSM de son père, 0472 18 36 94, et son adresse mail, noah.lambert2010 arobase gmail point com. Il dit être menacé sur Discord par un joueur qui exige 100 euros.',
      '0472 18 36 94',
      'noah.lambert2010 arobase gmail point com',
    ),
    clean(
      "Point de situation pour l'OFMIN : le compte TikTok signalé la semaine dernière a été supprimé par la plateforme. Les deux adolescentes de 14 ans concernées, de la région de Rennes, ont été orientées vers le 119 et leurs parents sont informés.",
    ),
    withIds(
      "Pour le parquet des mineurs de Marseille : le jeune se fait appeler « K4rimz » sur Fortnite et c'est lui qui, selon trois joueurs de 12 ans, leur a volé leurs comptes. Une des victimes est Léa Fabre ; sa mère nous a communiqué son numéro de sécurité sociale pour la plainte : 2 11 06 75 123 048 96.",
      'K4rimz',
      'Léa Fabre',
      '2 11 06 75 123 048 96',
    ),
    clean(
      "Transmis au commissariat de la zone Bruxelles-Capitale Ixelles, rue du Marché au Charbon 30 : un garçon de 15 ans dit avoir vu sur Twitch un streamer proposer de l'argent à des mineurs pour des vidéos. Il ne connaît pas le nom de la chaîne. Dossier BR.12.L3.045871/2024.",
    ),
    withIds(
      "Information préoccupante, Toulouse : la collégienne (12 ans), en 5e B au collège Jean-Jaurès de Colomiers, dit que son beau-père lit ses messages et la frappe. Elle nous a laissé son propre numéro, 07.81.24.56.93, et ne veut pas qu'on appelle à la maison.",
      '5e B au collège Jean-Jaurès de Colomiers',
      '07.81.24.56.93',
    ),
    clean(
      "Suivi pour la police locale de Namur : le garçon de 13 ans qui jouait la nuit sur Minecraft a repris les cours, d'après ce qu'il nous dit. Rien de nouveau à signaler ; nous restons joignables via le 101 ou la page de la patrouille. Dossier NA.55.L1.002314/2024.",
    ),
    withIds(
      "Transmis à la police de Charleroi : le suspect utilise le pseudo Shadow_Kev6000 sur Steam et sur Discord. La victime, Manon Dupuis, 15 ans, habite avenue de Waterloo 88, 6000 Charleroi ; elle préfère qu'on passe par sa tante, au 0498 57 20 61.",
      'Shadow_Kev6000',
      'Manon Dupuis',
      'avenue de Waterloo 88',
      '6000 Charleroi',
      '0498 57 20 61',
    ),
    clean(
      "Signalement à l'ASE de Nantes : un adolescent de 16 ans évoque des idées noires après des moqueries sur Discord. Nous lui avons donné le 3114 et rappelé le 119. Il accepte qu'un éducateur le recontacte par la messagerie de la plateforme.",
    ),
  ],
  de: [
    withIds(
      'Weiterleitung an das Jugendamt Köln: Das Mädchen (13) heißt Lea Schneider und wohnt in der Venloer Straße 214, 50823 Köln. Ein Spieler namens „DarkKnight_2k9“ schreibt ihr auf Roblox und will sich mit ihr treffen. Die Mutter ist unter 0176 2384 9156 erreichbar.',
      'Lea Schneider',
      'Venloer Straße 214',
      '50823 Köln',
      'DarkKnight_2k9',
      '0176 2384 9156',
    ),
    clean(
      'Sachstand für das LKA, Zentralstelle Cybercrime, Vorgang 2024/118734: Der 15-jährige Junge aus dem Raum Augsburg hat den erpresserischen Kontakt auf Discord blockiert und Screenshots gesichert. Die Eltern sind informiert; weitere Maßnahmen unsererseits sind nicht geplant.',
    ),
    withIds(
      'Meldung an die Polizei Dresden: Der Junge heißt Jonas, ist 12 und erzählt, dass ihm ein Erwachsener auf Fortnite V-Bucks gegen Fotos angeboten hat. Seine Mailadresse hat er so angegeben: jonas.k2012 at web punkt de. Der Täter nennt sich xXsnowman77Xx.',
      'Jonas',
      'jonas.k2012 at web punkt de',
      'xXsnowman77Xx',
    ),
    clean(
      'An die Kinderschutzfachkraft in Bremen, ohne Namen: Ein 14-jähriges Mädchen berichtet auf TikTok von Druck, freizügige Videos zu drehen. Wir haben ihr die Nummer gegen Kummer, 116 111, gegeben und sie ermutigt, mit ihrer Vertrauenslehrerin zu sprechen.',
    ),
    clean(
      'Übergabe an die Polizeiinspektion Passau, Nibelungenstraße 17: Zwei Brüder, 11 und 13, wurden auf einem Minecraft-Server um ihre Zugangsdaten gebracht. Persönliche Daten wurden nicht preisgegeben. Aktenzeichen ST/0914427/2024.',
    ),
    withIds(
      'Inobhutnahme prüfen, Jugendamt Hamburg-Mitte: Die 15-jährige Mia Krüger, die wir auf Snapchat gesprochen haben, schläft seit Tagen bei einer Freundin, weil der Vater sie bedroht. Ihre Handynummer ist +49 157 3182 6647, sie geht auf die Stadtteilschule am Hafen, Klasse 9c.',
      'Mia Krüger',
      '+49 157 3182 6647',
      'Stadtteilschule am Hafen, Klasse 9c',
    ),
    clean(
      'Sachstandsmitteilung an das LKA Berlin: Der Twitch-Kanal, über den Minderjährige zu Geldgeschenken gedrängt wurden, ist gesperrt. Die drei Jugendlichen zwischen 13 und 16 haben seitdem keine Nachrichten mehr bekommen. Rückfragen bitte über die Internetwache, im Notfall 110.',
    ),
    withIds(
      'Meldung an das Jugendamt Leipzig: Der Junge (14) hat die Handynummer seiner Oma angegeben, 0151 46 72 93 80, weil er bei ihr in der Eisenbahnstraße 56 wohnt. Auf Steam wird er von einem Nutzer namens LordVex_DE seit Wochen beleidigt und bedroht.',
      '0151 46 72 93 80',
      'Eisenbahnstraße 56',
      'LordVex_DE',
    ),
    clean(
      'Weitergeleitet an die Zentrale Ansprechstelle Cybercrime: Ein 16-Jähriger aus Stuttgart wurde auf Snapchat mit einem Nacktbild erpresst, hat aber nicht gezahlt. Wir haben ihm geraten, nichts zu löschen, und ihn an die Onlinewache verwiesen. Vorgangsnummer 24-7731-KS.',
    ),
    withIds(
      'Für die Kollegen in Nürnberg: Der Account „sweetlena.08“ auf TikTok gehört nach Angaben der Kinder einem Mann um die 30. Betroffen ist unter anderem Finn Wagner (12), dessen Vater unter 0162-8841375 auf Rückruf wartet.',
      'sweetlena.08',
      'Finn Wagner',
      '0162-8841375',
    ),
  ],
  is: [
    clean(
      'Tilkynning send barnavernd Reykjavíkur, mál nr. 007-2024-118452: stúlka, 13 ára, sem við ræddum við á Roblox segir að fullorðinn leikmaður biðji hana um myndir gegn Robux. Hún gaf ekki upp nafn. Við bentum henni á að tala við foreldra sína og á Hjálparsíma Rauða krossins, 1717.',
    ),
    withIds(
      'Til barnaverndar Kópavogs: stúlkan heitir Katrín Sigurðardóttir, kt. 120411-3220, og býr að Álfhólsvegi 32. Notandi sem kallar sig „mistur_99“ á Snapchat hefur hótað að dreifa myndum af henni. Móðir hennar er í síma 862 4517.',
      'Katrín Sigurðardóttir',
      '120411-3220',
      'Álfhólsvegi 32',
      'mistur_99',
      '862 4517',
    ),
    clean(
      'Stöðuuppfærsla til lögreglunnar á Suðurnesjum: drengurinn, 15 ára, sem sagði frá fjárkúgun á Discord í síðustu viku, hefur lokað á reikninginn og ekkert heyrt síðan. Málið er skráð undir 318-2024-4471 og ekki er þörf á frekari aðgerðum af okkar hálfu.',
    ),
    withIds(
      'Tilvísun til barnaverndar Akureyrar: drengurinn, 14 ára, gaf upp netfangið sitt sem arnar.thor2010 at gmail punktur com og vill að haft sé samband þar. Hann segir að pabbi hans drekki mikið og að hann spili Fortnite fram á nótt til að þurfa ekki að vera heima.',
      'arnar.thor2010 at gmail punktur com',
    ),
    clean(
      'Sent kynferðisbrotadeild lögreglunnar á höfuðborgarsvæðinu, Hverfisgötu 113: tvær stúlkur, 12 og 13 ára, greindu frá því á TikTok að karlmaður hafi sent þeim óviðeigandi skilaboð. Þær vistuðu skjáskot og foreldrar beggja hafa verið upplýstir.',
    ),
    withIds(
      'Til lögreglunnar á Suðurlandi: sá grunaði notar nafnið IceViking_07 á Steam og Discord og hefur beðið að minnsta kosti þrjá drengi um myndir. Einn þeirra, Jón Ágúst Helgason, 12 ára, gaf okkur símanúmer föður síns, +354 695 3308.',
      'IceViking_07',
      'Jón Ágúst Helgason',
      '+354 695 3308',
    ),
    clean(
      'Til skólahjúkrunarfræðings í grunnskóla í Hafnarfirði, án nafna: nokkrir nemendur í 8. bekk hafa fengið hlekk á Snapchat sem lofar ókeypis V-Bucks gegn innskráningu. Við mæltum með því að málið yrði rætt í bekknum.',
    ),
    withIds(
      'Barnavernd Hafnarfjarðar: við ræddum við stúlku á Minecraft sem segist heita Sara og vera 14 ára. Hún býr hjá ömmu sinni á Strandgötu 24, 220 Hafnarfirði, og vill að amman sé látin vita í síma 779 2046.',
      'Sara',
      'Strandgötu 24',
      '220 Hafnarfirði',
      '779 2046',
    ),
    clean(
      'Stöðuskýrsla til miðlægrar rannsóknardeildar, mál nr. 2024-5531: Twitch-rásinni sem tilkynnt var um hefur verið lokað. Drengurinn, 16 ára, frá Egilsstöðum, hefur fengið upplýsingar um Hjálparsímann 1717 og netspjall 112.',
    ),
    withIds(
      'Tilvísun til barnaverndar Reykjanesbæjar: drengurinn heitir Aron Freyr Jónsson og er í 9. bekk í Heiðarskóla. Bekkjarfélagar leggja hann í einelti í hópspjalli á Discord. Símanúmer móður: 847-1193.',
      'Aron Freyr Jónsson',
      '9. bekk í Heiðarskóla',
      '847-1193',
    ),
  ],
  fi: [
    withIds(
      'Lastensuojeluilmoitus Tampereelle: tyttö (13) kertoi Robloxissa, että häntä lähestyy pelaaja nimeltä Kuuvalo_13, joka pyytää kuvia Robuxeja vastaan. Tytön nimi on Aino Virtanen, ja äidin numero on 040 718 3926.',
      'Kuuvalo_13',
      'Aino Virtanen',
      '040 718 3926',
    ),
    clean(
      'Tilannetieto KRP:n kyberrikoskeskukselle, juttu 5000/R/118452/24: Discordissa kiristetty 15-vuotias oululainen poika on estänyt tilin ja tallentanut kuvakaappaukset. Huoltajat tietävät asiasta, eikä meiltä tarvita lisätoimia.',
    ),
    withIds(
      'Ilmoitus Helsingin poliisille: poika kertoi olevansa 14-vuotias ja antoi henkilötunnuksensa 170510A346R sekä osoitteensa Mannerheimintie 58 B 12, 00260 Helsinki. Hänen mukaansa tuntematon aikuinen uhkaa Snapchatissa levittää hänestä kuvia.',
      '170510A346R',
      'Mannerheimintie 58 B 12',
      '00260 Helsinki',
    ),
    clean(
      'Välitetty koulukuraattorille Jyväskylään ilman nimiä: kahdeksasluokkalainen tyttö kertoi TikTokissa, että luokkakaverit painostavat häntä tekemään videoita. Neuvoimme häntä puhumaan opettajan kanssa ja annoimme Lasten ja nuorten puhelimen numeron 116 111.',
    ),
    clean(
      'Siirretty Helsingin poliisilaitokselle, Ratapihantie 11: kaksi 12-vuotiasta poikaa kertoi Minecraft-palvelimella, että heiltä on huijattu tunnukset ilmaisten Minecoinsien lupauksella. Henkilötietoja ei vaihdettu. Ilmoitus on kirjattu numerolla 5010/R/93311/24.',
    ),
    withIds(
      'Lastensuojelulle Turkuun: poika kertoi nimensä olevan Eetu ja sanoo isäpuolen lyövän häntä, kun hän pelaa Fortnitea liian myöhään. Sähköpostinsa hän kirjoitti muodossa eetu.laine2011 at gmail piste com. Puhelinta hänellä ei ole.',
      'Eetu',
      'eetu.laine2011 at gmail piste com',
    ),
    clean(
      'Tilannepäivitys Lapin poliisille: Twitch-kanava, josta 14-vuotias rovaniemeläinen tyttö ilmoitti, on suljettu. Tyttö voi hyvin eikä ole saanut uusia viestejä. Asia voidaan meidän osaltamme päättää; tarvittaessa meidät tavoittaa nettipoliisin kautta.',
    ),
    withIds(
      'Lastensuojeluilmoitus Espooseen: 15-vuotias Emilia Nieminen asuu tätinsä luona osoitteessa Kirkkojärventie 6 ja toivoo, että yhteyttä otetaan tätiin numeroon +358 50 364 1187. Steamissa käyttäjä NordicWolf_FI on lähettänyt hänelle seksuaalissävytteisiä viestejä.',
      'Emilia Nieminen',
      'Kirkkojärventie 6',
      '+358 50 364 1187',
      'NordicWolf_FI',
    ),
    clean(
      'Välitetty KRP:lle: kolme 12–13-vuotiasta kuopiolaista poikaa kertoi Discord-palvelimesta, jolla jaetaan alaikäisten kuvia. He eivät tiedä ylläpitäjän nimeä. Neuvoimme olemaan lataamatta tai jakamatta mitään ja kertomaan asiasta vanhemmille.',
    ),
    withIds(
      'Vantaan sosiaalipäivystykselle: TikTokissa juttelemamme tyttö (14) käy 8B-luokkaa Hakunilan koulussa ja kertoo, että luokan ryhmächatissa levitetään hänestä kuvaa. Äidin puhelinnumero on 045-671 2390.',
      '8B-luokkaa Hakunilan koulussa',
      '045-671 2390',
    ),
  ],
  sv: [
    clean(
      'Orosanmälan skickad till socialtjänsten i Malmö, ärende 5000-K118452-24: en flicka på 13 år som vi pratade med på Roblox berättar att en vuxen spelare ber om bilder i utbyte mot Robux. Hon ville inte uppge sitt namn. Vi tipsade om BRIS på 116 111 och om att prata med en vuxen hemma.',
    ),
    withIds(
      'Orosanmälan till socialtjänsten i Göteborg: pojken heter Elias Lindqvist, personnummer 110823-4731, och bor på Första Långgatan 18, 413 27 Göteborg. Han utsätts för utpressning på Snapchat av kontot ”goteborgs_kungen”. Mamman nås på 073-512 48 96.',
      'Elias Lindqvist',
      '110823-4731',
      'Första Långgatan 18',
      '413 27 Göteborg',
      'goteborgs_kungen',
      '073-512 48 96',
    ),
    withIds(
      'Till polisen i Uppsala: den misstänkte kallar sig Zyphr0x på Discord och Steam och har kontaktat minst fyra pojkar mellan 11 och 13 år. Pappan till en av dem vill bli uppringd på 070 861 23 57.',
      'Zyphr0x',
      '070 861 23 57',
    ),
    clean(
      'Lägesrapport till Nationellt it-brottscentrum vid NOA: TikTok-kontot vi anmälde förra veckan är borttaget. De två flickorna, båda 14 år och från Västeråstrakten, har inte fått fler meddelanden och föräldrarna är informerade.',
    ),
    clean(
      'Överlämnat till lokalpolisområde Södermalm, Torkel Knutssonsgatan 20: en pojke på 15 år berättar på Twitch att en streamer erbjuder minderåriga pengar för att visa sig i kameran. Han vet inte vad kanalen heter. Vi har registrerat ärendet och hänvisat honom till 114 14 om han vill lämna fler uppgifter.',
    ),
    withIds(
      'Till socialjouren i Örebro: flickan säger att hon heter Wilma och att hon inte vågar gå hem i kväll. Hon skrev sin mejl som wilma.andersson10 at hotmail punkt com och vill bli kontaktad där. Vi pratade med henne på Minecraft strax efter midnatt.',
      'Wilma',
      'wilma.andersson10 at hotmail punkt com',
    ),
    clean(
      'Till elevhälsan på en högstadieskola i Luleå, utan namn: flera elever i årskurs 8 har fått en länk på Snapchat som lovar gratis V-Bucks om de loggar in med BankID. Vi rekommenderar att skolan tar upp bedrägerier på mentorstiden.',
    ),
    withIds(
      'Orosanmälan, Jönköping: pojken (14) går i 8C på Ekhagsskolan och blir hotad i en Fortnite-grupp av klasskamrater. Hans mamma, Petra Holm, vill bli kontaktad på +46 76 248 19 03.',
      '8C på Ekhagsskolan',
      'Petra Holm',
      '+46 76 248 19 03',
    ),
    clean(
      'Uppföljning till socialtjänsten i Umeå, ärende 5000-K131909-24: flickan på 12 år som spelade Roblox hela nätterna har enligt egen uppgift börjat sova bättre. Inget nytt att rapportera från vår sida; vi nås som vanligt på 114 14.',
    ),
    withIds(
      'Till polisen i Sundsvall: flickan (15) bor hos sin pappa på Storgatan 33 och har gett oss sitt eget nummer, 072-394 11 58. Användaren lillebror_snus på TikTok har skickat henne hotfulla meddelanden i två veckor.',
      'Storgatan 33',
      '072-394 11 58',
      'lillebror_snus',
    ),
  ],
};
