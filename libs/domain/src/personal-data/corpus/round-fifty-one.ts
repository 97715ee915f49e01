/**
 * Round fifty-one: written blind, before the detector was run on it.
 * Style: people named in passing (third round) – friends, siblings, parents, adult suspects and classmates named mid-story
 * with no introducing cue, in possessive, genitive and inflected forms, nicknames and lower case; clean notes full of
 * capitalised non-persons (places, streets, brands, famous people, fictional characters, name-like ordinary words).
 */
import { clean, CorpusNote, withIds } from './corpus-note';

export const ROUND_FIFTY_ONE: Readonly<Record<string, readonly CorpusNote[]>> = {
  en: [
    withIds(
      'Roblox, "Bloxburg" roleplay. Girl (12), British family living in Stavanger, is worried about her older brother. Says Callum has been skipping school since half-term and goes to "parties" down by the harbour with Dariusz, who is twenty-something and has a car. Callum\'s phone is always off when Mum tries to ring him. She begged us not to tell Callum she said anything. Passed to Sør-Vest PD youth team, no contact with the family from us tonight.',
      'Callum',
      'Dariusz',
    ),
    clean(
      "Kids from Malmö and Lund asked about Baker Street, Abbey Road and whether Penny Lane is a real place. Also Hope Street in Liverpool (it's a map on a Fortnite creative island). Amounts mentioned: £20, 1,200 V-Bucks, 400 Robux.",
    ),
    withIds(
      'Valorant Discord for a junior team. Two 15-year-olds from Espoo say their "coach" Brandon Achterberg asks each of them for 1-on-1 voice calls after midnight and sends them Steam gift cards. Achterberg told Luka not to mention the calls to the others, "because they would be jealous". Luka forwarded screenshots to us in DM. Achterberg\'s profile says "ex-pro, 24, Rotterdam"; the team, Frostbite Juniors, has about a dozen players aged 13–16 from Espoo and Vantaa, and he runs all their tryouts alone. Coach\'s Discord handle: b.achterberg_gg (server owner, account created March). Other boy did not want to say much. Handed to Helsinki police online team with the screenshots, case opened 14.11.',
      'Brandon Achterberg',
      'Achterberg',
      'Luka',
      'b.achterberg_gg',
    ),
    clean(
      'Helplines given tonight: Childline 0800 1111 (UK kid visiting Oslo), Alarmtelefonen 116 111, Kindertelefoon 0800-0432, 1717 in Iceland, emergency 112. Incident no. 2024-0517-0093, logged 21:47, closed 22:05.',
    ),
    withIds(
      'snap, late. boy ~14, english-speaking, lives in Reykjavík w/ dad. says "Big Tom" from the skatepark pays him and his mate ravi 10k kr a week for "holding a bag". number big tom texts from: +354 772 9014. ravi\'s mum has no idea. sent to LRH.',
      'Big Tom',
      'big tom',
      'ravi',
      '+354 772 9014',
    ),
    clean('No contact tonight. Server down.'),
    withIds(
      "Minecraft realm, English chat. Boy (13) from Leuven, half Irish. Parents are separating; he says Dad reads all his messages and Aoife has moved in with their gran in Cork. He wants a way to reach us privately – gave him the contact page. He insisted we write down his sister's mail: aoife dot mcgrath at outlook dot ie. We did not contact her.",
      'Aoife',
      'aoife dot mcgrath at outlook dot ie',
    ),
    clean(
      'Patrol log Tue 12 Nov, 18:00–21:30, Discord "Nordic Gaming Hub". Roughly 25 young people in #general and #voice-2. Topics: GTA age rating, fake MrBeast giveaways, "free V-Bucks" links. Nobody gave names. Two referred to 116 111. Ref 24/08831.',
    ),
    withIds("Rang Oluwaseun's aunt back.", 'Oluwaseun'),
    clean(
      'Will we come back? Yes – Friday, same time. Questions about whether Sherlock Holmes was real, whether Steve from Minecraft has a surname, and if Taylor Swift plays Roblox. Mark this thread as done.',
    ),
  ],
  nb: [
    withIds(
      'Fortnite, duo med to jenter fra Kongsberg (12 og 13). Den ene forteller at pappa flytter til Tromsø med ny dame, og at hun ikke får bli med. Venninna sa at Idunn bare gråter i friminuttene nå. Idunns mor vet ikke at hun har snakket med oss. Ga nummeret til Alarmtelefonen 116 111 og sa at hun kan komme tilbake på Discord i morgen.',
      'Idunn',
      'Idunns',
    ),
    clean(
      'Sak 24/119876-3. Bedrageri på Minecraft-server, 1 250 kr via Vipps. Fornærmede 12 år, bosatt i Notodden. Foresatte varslet tirsdag. Oppfølging uke 47.',
    ),
    withIds(
      'Snap. Gutt (15) fra Grorud sier at Kaptein og Jonatan Amare tilbyr 2000 kr per tur for å frakte pakker fra Vestli til Stovner, helst etter kl. 22. Kaptein skriver fra 967 03 418, Jonatan bare på Snap. Bestekompisen dawit har allerede kjørt to turer og fått ny mobil. Gutten vil ut, men er redd for hva Kaptein gjør hvis han sier nei. Ifølge gutten er det Kaptein som bestemmer, Jonatan kjører bare bilen. Ikke gitt noen råd om å konfrontere. Sendt til Oslo pd, ungdomsteamet Øst, med skjermbilder. Ny kontakt avtalt fredag.',
      'Kaptein',
      'Jonatan Amare',
      '967 03 418',
      'Jonatan',
      'dawit',
    ),
    clean(
      'Spørsmål om Erling Haaland, Aurora og Kygo – har de Discord? Vet ikke. Ellers prat om Karl Johan, Torgallmenningen og Nidarosdomen. Noen skrev «Sol ute, skole inne».',
    ),
    withIds(
      'Mor ringte inn etter at sønnen (14) hadde sendt BankID-info til en «Discord-moderator». I chatten lå både passordet og fødselsnummeret til gutten: 23091051249. Leander sier at Oscar Nguyen i parallellklassen tipset om «moderatoren». Henvist til banken.',
      '23091051249',
      'Leander',
      'Oscar Nguyen',
    ),
    clean('Rolig kveld. Ingen henvendelser.'),
    withIds(
      'Minecraft. En gjeng fra Steinkjer driver egen server og blir DDoS-et hver fredag. De mistenker Snorre Aune fra Verdal, som ble kastet ut i sommer. Aunes kompis Halvard skal ha skrytt av det på TikTok. Serveren står på brukeren nordtrønder_og_stolt.',
      'Snorre Aune',
      'Aunes',
      'Halvard',
      'nordtrønder_og_stolt',
    ),
    clean(
      'Patrulje på Twitch kl. 18–21. Mange spørsmål om Kripos, om hvorfor TikTok sletter videoer og om aldersgrensen på GTA. Ingen navn notert. Henvist til Alarmtelefonen 116 111 og Kors på halsen 800 333 21.',
    ),
    withIds('sms fra sigrun 2140', 'sigrun'),
    clean(
      'Storm på Helgeland, så mange satt inne og spilte. En gutt lurte på om Ola Nordmann er en ekte person. Forklarte at det er et eksempelnavn i skjemaer, akkurat som Kari Nordmann.',
    ),
  ],
  nn: [
    withIds(
      'Discord. Ein gut (13) frå Ørsta fortalde at bestefar hans hadde betalt 3 000 kr for «Robux» etter at nokon skreiv til han frå Eivind sin konto. Eivind og guten spelar saman kvar dag. Eivind Grøvik si mor har meldt kontoen som hacka. Rettleia om å kontakta banken.',
      'Eivind',
      'Eivind Grøvik',
    ),
    clean(
      'Referanse 24/20311-2. Svindel med Steam-gåvekort, 500 kr. Fornærma 12 år frå Odda. Føresette kontakta måndag. Rettleia om 116 111 og 02800.',
    ),
    withIds(
      'gut 15, Voss. han hadde lagt ut bilete av passet til veslesyster si på Discord for å visa at ho er «gammal nok». Fødselsnummeret var lesbart: 070412 54887. Sunniva veit ikkje om det. Bad han sletta biletet, og det gjorde han.',
      '070412 54887',
      'Sunniva',
    ),
    clean(
      'Spørsmål om Sigrid (songarinna), Ivar Aasen og Askeladden – ein gut meinte Askeladden hadde Snapchat. Me forklarte at det er ein eventyrfigur. Elles prat om Nordsjøvegen, Vågsbotn og Bryggen.',
    ),
    withIds(
      'Snapchat. Ei jente (14) frå Førde skal møta ein «venn» frå Bergen på konsert i Grieghallen i desember. Vennen er vaksen, ifølgje Kristiane, som har sett bilete av han på Instagram. Han har sendt nummeret sitt til Kristiane òg: 958 40 217. Me ringde Olav Brekke, far til jenta, same kveld, og han tek det vidare med skulen. Melding til Vest pd.',
      'Kristiane',
      '958 40 217',
      'Olav Brekke',
    ),
    clean('Stille vakt. Ingen kontakt.'),
    withIds(
      'TikTok. Fleire i kommentarane var uroa for Ingebjørg, som har lagt ut ting om å skada seg sjølv frå kontoen @ibbi.stord. Ingebjørg si venninne Mahlet Tesfaye tok kontakt med oss på Discord og bad oss gjera noko. Varsla Vest politidistrikt og barnevernsvakta i kommunen.',
      'Ingebjørg',
      '@ibbi.stord',
      'Mahlet Tesfaye',
    ),
    clean(
      'Nettpatrulje på Discord, tysdag kveld. Om lag tjue ungdomar frå Stord, Odda og Kvinnherad. Mykje prat om Fortnite og Brawl Stars og om politiet har TikTok. Ingen namn eller kontaktinfo notert.',
    ),
    withIds('Eldrid ringde att. Alt i orden.', 'Eldrid'),
    clean(
      'Ho spurde om Sol og Vår er gode namn på kattungane. Eg svara at det er fine namn. Det var storm i Sunnfjord, så straumen gjekk fleire gonger.',
    ),
  ],
  nl: [
    withIds(
      "Snapchat, drie meiden uit Vlissingen (14). Er gaat een nepnaaktfoto rond van Sterre, gemaakt met een AI-app. Volgens de meiden heeft Jayden het gemaakt en heeft Jayden z'n neef Milan Hoekstra het in de groepsapp van de hele jaarlaag gezet. Sterre d'r ouders weten het nog niet; zij durft het niet te vertellen. Uitgelegd wat Helpwanted kan doen en dat het strafbaar is. Verzoek om melding via school, morgen contact met de jeugdagent in Vlissingen.",
      'Sterre',
      'Jayden',
      'Milan Hoekstra',
    ),
    clean(
      "Groep uit Genk en Maasmechelen op Discord. Thema's: sexting, Awel (102), Child Focus (116 000). Iemand vroeg naar de Vooruit in Gent en of De Lijn camera's heeft. Dossiernummer HA.12.LB.004417/2024.",
    ),
    withIds(
      'Moeder belt na onze Discord-chat met haar zoon (13) uit Lelystad. Hij heeft voor een "Roblox-verificatie" het BSN van zijn vader ingevuld: 183764523. Rachid el Khatib heeft inmiddels aangifte gedaan, zegt ze. Ilias speelt gewoon verder.',
      '183764523',
      'Rachid el Khatib',
      'Ilias',
    ),
    clean(
      'Melding PL0900-2024118423. Bedrag €35 via Tikkie. Slachtoffer 14 jaar, woonplaats Roermond, Kloosterstraat (huisnummer onbekend). Ouders ingelicht op vrijdag 8 november.',
    ),
    withIds(
      'insta, jongen 15 jaar uit borgerhout. zegt dat hij en zijne maat anas "loopjes" doen voor een gast uit deurne, \'Mo Benz\'. 50 euro per keer. nummer van mo benz staat in zijn gsm als 0487 21 60 93. doorgegeven aan de lokale recherche.',
      'anas',
      'Mo Benz',
      'mo benz',
      '0487 21 60 93',
    ),
    clean('Rustig. Geen contact.'),
    withIds(
      "Star Stable. Meisje (11) uit Ieper vertelt dat Wannes, de zoon van de buren, haar account heeft overgenomen. Wannes' moeder zegt dat het een grapje was. Het meisje wil haar paard terug. Mail van de mama voor terugkoppeling: an punt desmet apenstaartje telenet punt be.",
      'Wannes',
      'an punt desmet apenstaartje telenet punt be',
    ),
    clean(
      'Patrouille op Twitch, woensdag 6 november, 19.00–22.00 uur. Vragen over Koningsdag, Max Verstappen en of de politie op Roblox kan zien wie wat koopt. Niemand gaf namen of nummers. Verwezen naar de Kindertelefoon (0800-0432) en 113 (0800-0113).',
    ),
    withIds('Fien haar mama belt morgen terug.', 'Fien'),
    clean(
      'Een meisje vroeg of Roos en Hoop goede namen zijn voor haar paarden in Star Stable. Daarna ging het over de Efteling, Holle Bolle Gijs en Joris en de Draak.',
    ),
  ],
  fr: [
    withIds(
      'Snap, groupe de jeunes de Charleroi. Une bagarre serait prévue samedi au Rive Gauche entre la bande de Rayan et celle de Gilles Dethier. Rayan a posté une vidéo où il montre un couteau. Chez les Dethier, personne ne répond au téléphone. Info transmise à la zone de police de Charleroi.',
      'Rayan',
      'Gilles Dethier',
      'Dethier',
    ),
    clean(
      "Questions sur la rue Royale, la place Saint-Lambert et le Carré à Liège. Un gamin a lancé « Merci Monsieur l'Agent, bonne soirée », puis a demandé si Gaston Lagaffe et Spirou avaient TikTok.",
    ),
    withIds(
      "Maman d'un ado de Liège (14) nous recontacte après la patrouille Discord. Son compagnon, M. Renard, a pris le GSM du gamin et publié son numéro national sur un forum pour « le punir » : 10.06.14-137.15. Elle veut que ce soit retiré. Noah dort chez sa grand-mère ce soir.",
      'Renard',
      '10.06.14-137.15',
      'Noah',
    ),
    clean(
      'PV BR.43.L7.019874/2024. Escroquerie via faux site Fortnite, préjudice 49,99 €. Victime âgée de 12 ans, domiciliée à Schaerbeek, avenue Louis Bertrand (numéro inconnu). Parents informés le 12/11.',
    ),
    withIds(
      "Instagram. Une fille de Mons (15) est menacée : un compte exige 200 € sinon il envoie ses photos à toute l'école. Elle a déjà payé 50 € avec le GSM de Lina, sa sœur. L'individu a laissé un numéro : zéro quatre septante-six, quarante-cinq, douze, quatre-vingt-neuf. Lina et Maëlle Vandenbroucke l'ont aidée à tout capturer. On lui a expliqué qu'il ne faut plus rien payer, plainte conseillée, PV à suivre par la zone Mons-Quévy.",
      'Lina',
      'zéro quatre septante-six, quarante-cinq, douze, quatre-vingt-neuf',
      'Maëlle Vandenbroucke',
    ),
    clean('Rien à signaler ce soir.'),
    withIds(
      "Minecraft. Un ado de Namur (16) s'inquiète pour son pote Ousmane, dont le beau-père confisque le GSM et l'enferme le week-end. M. Lambotte, le coach de basket, serait au courant. Le jeune nous a donné l'adresse d'Ousmane : ousmane.ba2008 arobase gmail point com. Signalé au SAJ de Namur.",
      'Ousmane',
      'Lambotte',
      'ousmane.ba2008 arobase gmail point com',
    ),
    clean(
      'Patrouille en ligne, jeudi 7 novembre, 18h–21h, Twitch et Discord. Questions sur Stromae, Angèle et Tintin (« est-ce que Tintin était policier ? »). Une trentaine de jeunes de Mons, Nivelles et Arlon. Aucun nom ni numéro relevé.',
    ),
    withIds('Rappeler la maman de Romane.', 'Romane'),
    clean(
      'Rappel des numéros donnés : Child Focus 116 000, Écoute-Enfants 103, police 101, urgences 112. Une jeune demandait si le 0800 32 123 du Centre de Prévention du Suicide est gratuit : oui.',
    ),
  ],
  de: [
    withIds(
      'Discord, Server eines Fußballvereins aus Büllingen. Ein Junge (13) erzählt, dass seine Schwester Leonie seit Karneval kaum noch nach Hause kommt. Sie sei mit Kevin Mreyen unterwegs, der schon 22 sei und ein Auto habe. Leonies Handy sei immer aus, die Eltern streiten nur noch. Der Junge will nicht, dass jemand erfährt, dass er mit uns gesprochen hat. Anonym an den Jugendhilfedienst weitergegeben.',
      'Leonie',
      'Kevin Mreyen',
      'Leonies',
    ),
    clean(
      'Die Lage im Chat war ernst, am Ende aber nur Spaß. Viel Gerede über das Hohe Venn, die Baraque Michel und den Weihnachtsmarkt in Eupen. Frank und frei: Die Kids finden Polizei auf Discord „cringe, aber okay".',
    ),
    withIds(
      "roblox, junge 12 aus kelmis. ein erwachsener 'onkel ralf' will sich mit ihm am bahnhof welkenraedt treffen. nummer laut chat: null vier neun sieben, dreiundzwanzig, fünfundvierzig, siebenundsechzig. luca sagt, dass onkel ralf ihm dasselbe geschrieben hat. eltern informiert.",
      'onkel ralf',
      'null vier neun sieben, dreiundzwanzig, fünfundvierzig, siebenundsechzig',
      'luca',
    ),
    clean(
      'Hilfsnummern: 112, 101, Child Focus 116 000, Telefonhilfe 108. Aktenzeichen EU.11.L3.004102/2024. Schaden 25 € (Paysafecard). Geschädigte 12 Jahre, wohnhaft in Amel, Kirchstraße (ohne Hausnummer).',
    ),
    withIds(
      'Junge (14) aus St. Vith hat auf TikTok ein Foto vom Personalausweis seiner Schwester gepostet, um zu zeigen, wie „hässlich" das Bild ist. Die Nationalregisternummer ist lesbar: 11.09.03-284.46. Laut dem Jungen hat Frau Theissens Sohn das Video schon geteilt. Mit seiner Zustimmung gelöscht.',
      '11.09.03-284.46',
      'Theissens',
    ),
    clean('Ruhiger Abend, kein Kontakt.'),
    withIds(
      'Instagram. Ilayda Yıldız und Noémie bekommen Nachrichten von einem Account, der Geld für Bilder bietet. Noémies Mutter hat uns geschrieben, Antwort bitte an: sabine punkt cremer ät skynet punkt be. Ilaydas Bruder Emre hat den Account schon gemeldet.',
      'Ilayda Yıldız',
      'Noémie',
      'Noémies',
      'sabine punkt cremer ät skynet punkt be',
      'Ilaydas',
      'Emre',
    ),
    clean(
      'Online-Streife auf Twitch, Mittwoch, 13. November, 18–21 Uhr. Fragen zu Fortnite-Skins, zur Polizeizone Weser-Göhl und ob die Polizei Snapchat lesen kann. Etwa 15 Jugendliche aus Raeren, Lontzen und Bütgenbach. Keine Namen notiert.',
    ),
    withIds("Elias' Vater ruft morgen zurück.", 'Elias'),
    clean(
      'Ein Junge fragte, ob Heidi Klum oder Thibaut Courtois auf Discord sind und ob Winnetou wirklich gelebt hat. Erklärt: Romanfigur von Karl May.',
    ),
  ],
  is: [
    withIds(
      'Discord. Stelpa (12) frá Ísafirði segir að pabbi hennar sé á sjó og að Kristófer, stóri bróðir hennar, sé alltaf úti á nóttunni með Bergþóri og eldri strákum. Kristófer kom heim í gær með glóðarauga. Mamma hennar veit ekki að hún hafi talað við okkur. Bent á 1717 og á barnavernd Ísafjarðarbæjar.',
      'Kristófer',
      'Bergþóri',
    ),
    clean(
      'Mál nr. 007-2024-081234. Svik í Roblox, tjón 4.990 kr. Brotaþoli 12 ára, búsettur í Borgarnesi. Foreldrar upplýstir á föstudag.',
    ),
    withIds(
      'tiktok. strákur 14 ára frá akureyri selur „staðfesta" aðganga og notar kennitölu frænku sinnar, kolbrúnar, til að staðfesta þá: 120810-3400. hann segir að sindri hafi kennt honum þetta. honum sagt að hætta strax, foreldrum gert viðvart.',
      'kolbrúnar',
      '120810-3400',
      'sindri',
    ),
    clean(
      'Krakkarnir spurðu um Laugaveg, Austurstræti og Hallgrímskirkju. Spjallað um Eurovision og Hatara. Einn spurði hvort Jón Sigurðsson hefði verið til – já, á 19. öld. Verð á V-Bucks: 1.500 kr. og 2.990 kr.',
    ),
    withIds(
      'Fortnite. Tveir strákar úr Reykjanesbæ. Fullorðinn maður, „Gummi", hefur boðið Mikołaj og Ísaki Þór pening fyrir að geyma poka. Númerið hans samkvæmt Ísaki: 867 2415. Málinu vísað til lögreglunnar á Suðurnesjum.',
      'Gummi',
      'Mikołaj',
      'Ísaki Þór',
      'Ísaki',
      '867 2415',
    ),
    clean('Rólegt kvöld. Engin samskipti.'),
    withIds(
      'Instagram. Embla Rún og vinkona hennar fá ljót skilaboð frá aðganginum @hrafnhildur_xo_08. Stelpurnar telja að Hrafnhildur standi á bak við þetta. Móðir Emblu hafði samband og vill fá svar á netfangið gudnyh att simnet punktur is.',
      'Embla Rún',
      '@hrafnhildur_xo_08',
      'Hrafnhildur',
      'Emblu',
      'gudnyh att simnet punktur is',
    ),
    clean(
      'Netvakt á Twitch, miðvikudaginn 13. nóvember kl. 19–22. Um 20 krakkar frá Egilsstöðum, Húsavík og Selfossi. Spurt um Fortnite, GTA og hvort lögreglan geti lesið Snapchat. Engin nöfn skráð. Bent á 112 og Hjálparsíma Rauða krossins, 1717.',
    ),
    withIds('Hringja í pabba Salku á morgun.', 'Salku'),
    clean(
      'Sól og blíða fyrir norðan, sögðu krakkarnir. Spurt hvort Björk og Laufey væru á Discord og hvort Stekkjarstaur og Grýla væru til í alvörunni.',
    ),
  ],
  fi: [
    withIds(
      'Snapchat. Kaksi poikaa Seinäjoelta (14 ja 15). Toisen serkku Jani Mäkelä on 19 ja myy heille nuuskaa koulun takana. Janille maksetaan MobilePaylla, ja Eetu on jo velkaa hänelle 120 euroa. Eetun äiti ei tiedä mitään. Pojat pelkäävät, että Jani kertoo heidän vanhemmilleen, jos he lopettavat maksamisen. Ohjattu Sekasin-chattiin, tieto nuorisopoliisille ja koulun kuraattorille ilman poikien nimiä.',
      'Jani Mäkelä',
      'Janille',
      'Eetu',
      'Eetun',
      'Jani',
    ),
    clean(
      'Kysyttiin, onko Käärijä Discordissa, pelaako Teemu Pukki Fortnitea ja onko Muumipappa oikeasti olemassa. Puhuttiin myös Angry Birdsin Redistä ja Hervannan kirjastosta.',
    ),
    withIds(
      'poika 14v rovaniemeltä myy fortnite-tilejä ja on laittanut myynti-ilmoitukseen "todisteeksi" serkkunsa henkilötunnuksen: 180710A438Y. sanoi että onnille on käynyt samoin, onni on hänen kaverinsa. pyydetty poistamaan, huoltajalle soitettu.',
      '180710A438Y',
      'onnille',
      'onni',
    ),
    clean(
      'Tapahtuma 5500/R/12345/24. Huijaus Robloxissa, vahinko 49,90 €. Asianomistaja 12-vuotias, kotikunta Vaasa. Huoltajat tavoitettu. Poliisin neuvonta 0295 419 800.',
    ),
    withIds(
      'Fortnite, kolme poikaa Porista. Aikuinen "Jartsa" on tarjonnut Niilo Hakkaraiselle ja Abdirahmanille rahaa kuvista. Jartsan numero Niilon mukaan: 044 738 2915. Ilmoitettu Lounais-Suomen poliisilaitokselle.',
      'Jartsa',
      'Niilo Hakkaraiselle',
      'Abdirahmanille',
      'Jartsan',
      'Niilon',
      '044 738 2915',
    ),
    clean('Hiljainen ilta, ei yhteydenottoja.'),
    withIds(
      'TikTok-live Kouvolasta. Kommenteissa moni kirjoitti, että Peppi Kokkosen tili @peppi.k_2010 on kaapattu ja sillä pyydetään rahaa. Pepin äiti laittoi viestiä osoitteesta tarja piste kokkonen ät gmail piste com. Soitetaan takaisin huomenna.',
      'Peppi Kokkosen',
      '@peppi.k_2010',
      'Pepin',
      'tarja piste kokkonen ät gmail piste com',
    ),
    clean(
      'Nettipartio Twitchissä keskiviikkona 13.11. klo 18–21. Noin 30 nuorta Iisalmesta, Joensuusta ja Kajaanista. Kysymyksiä GTA:n ikärajasta ja siitä, näkeekö poliisi Snapchat-viestit. Nimiä ei kirjattu. Ohjattu numeroon 116 111 (MLL:n Lasten ja nuorten puhelin).',
    ),
    withIds('Soitto Aadan isälle klo 17.', 'Aadan'),
    clean(
      'Lumi satoi koko päivän, joten moni oli kotona. Onni oli, ettei kukaan jäänyt huijauksen uhriksi. Toivo on, että ensi viikolla yhtä moni tulee Discordiin.',
    ),
  ],
  sv: [
    withIds(
      'Snapchat. Kille (14) från Gävle berättar att Lillen och Kerem Aydın erbjuder "uppdrag" via Telegram – 5 000 kr för att hämta en väska i Sandviken och lämna den vid en pizzeria. Kerems lillebror går i hans parallellklass och har redan gjort två. Swishen ska komma från ett nummer som slutar på 34, mer visste han inte. Killen har inte svarat ännu och är rädd att Lillen ska hitta honom om han säger nej. Pratat om att han kan säga nej och om vilka vuxna han litar på. Överlämnat till Polisregion Mitt med skärmdumpar, socialtjänsten i Gävle underrättad.',
      'Lillen',
      'Kerem Aydın',
      'Kerems',
    ),
    clean(
      'Ärende 5500/R/23411/24 hos Österbottens polisinrättning. Bedrägeri i Roblox, skada 29,90 €. Målsägande 12 år, hemkommun Närpes. Vårdnadshavare kontaktade.',
    ),
    withIds(
      'Pappa ringde efter att dottern (14) i Kiruna lämnat ut sitt personnummer till en "Roblox-admin": 100523-3844. Vilma säger att Alva Henriksson i klassen fått samma meddelande. Tipsat om att spärra BankID och kontakta Skatteverket.',
      '100523-3844',
      'Vilma',
      'Alva Henriksson',
    ),
    clean(
      'Frågor om Drottninggatan, Stureplan och Kungsträdgården – är det "riktiga" namn? Pratade om Melodifestivalen, Loreen och Lilla My.',
    ),
    withIds(
      'Discord, ungdomar från Jakobstad och Nykarleby. Tjejen (15) säger att Kasper Sjöblom har skickat hennes bilder vidare till Wiljams kusin i Vasa. Wiljam ringer henne hela tiden från 050 417 3396. Hon vågar inte berätta för sin mamma. Hänvisad till Sekasin och 116 111, ärendet till Österbottens polisinrättning.',
      'Kasper Sjöblom',
      'Wiljams',
      'Wiljam',
      '050 417 3396',
    ),
    clean('Lugnt pass. Ingen kontakt.'),
    withIds(
      'minecraft, juni och meja från söderhamn (12). en äldre spelare, anton_the_builder, vill att de ska komma till hans server och "jobba" för pengar. juni gav honom sin mejl: juni.berg07 snabel-a hotmail punkt com. pratat med dem om att inte lämna ut sånt.',
      'juni',
      'meja',
      'anton_the_builder',
      'juni.berg07 snabel-a hotmail punkt com',
    ),
    clean(
      'Nätpatrull på Twitch, onsdag 13 november kl. 18–21. Ett tjugotal ungdomar från Växjö, Karlshamn och Ludvika. Frågor om GTA, Fortnite-skins och om polisen kan läsa Snapchat. Inga namn antecknade. Hänvisat till BRIS 116 111 och polisen 114 14.',
    ),
    withIds('Ring Loves mormor.', 'Loves'),
    clean(
      'Frågor om Pippi Långstrump, Zlatan och om Alfons Åberg har TikTok. Sten, sax, påse i röstkanalen – polisen förlorade. Någon skrev "Love ❤️ polisen" innan de loggade ut.',
    ),
  ],
};
