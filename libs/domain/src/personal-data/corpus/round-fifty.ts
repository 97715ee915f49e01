/**
 * Round fifty: written blind, before the detector was run on it.
 * A normal evening of notes by ten different officers per language (careful, hurried, chatty, formal, bullet points,
 * pasted chat, lower case, typos), with identifiers written in everyday ways and clean notes full of look-alikes.
 */
import { clean, CorpusNote, withIds } from './corpus-note';

export const ROUND_FIFTY: Readonly<Record<string, readonly CorpusNote[]>> = {
  en: [
    withIds(
      'Spoke with a 13-year-old girl on the Discord server "Cozy Cottage RP". She says an adult user, xX_DriftKing_Xx, has been asking her to move to Snapchat and keeps sending her Robux gift cards "for being mature". She gave her own name, Amelia-Rose Whitfield, and says she lives with her mum in Leeds. Advised her to block and report him, not to switch apps, and to tell her mum tonight. Gave Childline 0800 1111. Screenshots of the DMs attached to case 24-118832. She was calm, asked good questions ("can he see my IP?"). She also mentioned two other girls on the same server got the same cards, but she didn\'t want to name them and we didn\'t push. Follow-up: check the same handle against this week\'s reports.',
      'xX_DriftKing_Xx',
      'Amelia-Rose Whitfield',
    ),
    withIds(
      'kid in fortnite lobby chat lost his acc after a "free vbucks" site. wants us to get it back lol. his mail: jayden dot okafor 2011 at outlook dot com. told him reset pw + 2fa, sent epic support link. done 20:14',
      'jayden dot okafor 2011 at outlook dot com',
    ),
    withIds(
      "Boy (15) DM'd our Instagram at 22:40, very scared. Sextortion: an account posing as a girl, mia.lovesu, got a video on Snap and now demands £200 in Amazon vouchers by midnight. The number the blackmailer used on WhatsApp: +44 77 00 90 04 61. Told him: don't pay, stop replying, don't delete anything, use Report Remove (IWF/Childline). He asked if HE would be in trouble. Told him no, absolutely not.",
      'mia.lovesu',
      '+44 77 00 90 04 61',
    ),
    withIds(
      `Copied from Roblox chat (Brookhaven), sent to us by the boy himself:
> [noobslayer_2012]: everyone in 8C at Kingsmead Academy hates harvey
> [noobslayer_2012]: he broke the bus seat cos hes so fat lmao
Harvey is 12 and this has been going on since September. Passed to the school liaison officer with his consent.`,
      'noobslayer_2012',
      '8C at Kingsmead Academy',
      'harvey',
      'Harvey',
    ),
    withIds(
      'Runaway concern. Girl, says 16, live on TikTok at 01:15 saying she\'s "never going home". Account sienna.k.dance (https://www.tiktok.com/@sienna.k.dance). In the comments she tells a friend she\'s at Dean\'s, 27 hollybush lane, "the one with the green door". Dean is apparently 19. Control room informed 01:22, local unit sent.',
      'sienna.k.dance',
      'https://www.tiktok.com/@sienna.k.dance',
      '27 hollybush lane',
      'Dean',
    ),
    clean(
      'Quiet one. Chatted with a group in a Hypixel lobby about what police actually do online. Q of the night: "do you arrest people for aimbot in Valorant". Another wanted to know if Kai Cenat is a real cop on stream (he is not). ~45 min, about 20 players, all nice.',
    ),
    clean(
      'Fake Steam trade doing the rounds: "CS2 Karambit | Doppler" offered for $1,250, link goes to steamcommunnity dot ru (two n\'s). Flagged the domain to the NCSC, ticket INC-2024-0457. No victim identified so far.',
    ),
    clean(
      'Anonymous user in a #vent channel on Discord posted about cutting tonight. No way to identify. We posted Samaritans 116 123, Childline 0800 1111 and Shout (text 85258) in the channel and the mods pinned it. Escalated to Discord Trust & Safety, ref 2219-4471-09. 23:51.',
    ),
    clean('Nothing to report.'),
    clean(
      "Twitch, Fortnite creative tournament, map code 4826-1193-7750. Racist spam in chat aimed at Bukayo Saka after the England game, roughly 12 accounts banned by the streamer's mods. No minors targeted as far as we could see. Third time this week this sort of thing, adding to the weekly trend report. Also: kids kept asking whether Lara Croft or Master Chief would make a better cop. Master Chief won.",
    ),
  ],
  nb: [
    withIds(
      'Samtale på Snapchat med jente, 12 år, fra Bodø. Hun forteller at en mann som kaller seg «TrondheimTom» har sendt henne penger på Vipps flere ganger og nå ber om bilder «bare av ansiktet først». Jenta heter Lykke Johansen Aas. Foresatte ikke varslet ennå, hun ville ikke. Saken er meldt videre til Nordland politidistrikt, ref. 17884512.',
      'TrondheimTom',
      'Lykke Johansen Aas',
    ),
    withIds(
      'gutt 14 mista snapen sin, noen har bytta passord. ville gi oss fnr for å «bevise» hvem han er: 14030951388 – sa at det trenger vi IKKE. tlf hans 926 44 718, ringte ikke. henvist til snap support',
      '14030951388',
      '926 44 718',
    ),
    withIds(
      `Fra Discord-serveren «Oslo Øst Gaming», skjermbilde fra en 13-åring:
«hvis yusuf kommer på skolen i morgen så stikker jeg han»
Skrevet av en bruker som i voice staver navnet sitt «understrek skygge åtte åtte». Ifølge andre på serveren går yusuf i 9C på Haugerud skole. Oslo pd v/ operasjonssentralen varslet 21:48, skolen kontaktes i morgen kl 08.`,
      'yusuf',
      'understrek skygge åtte åtte',
      '9C på Haugerud skole',
    ),
    withIds(
      'Jente (15) i Kristiansand forteller at en Insta-konto truer med å legge ut bilder hvis hun ikke betaler 3000 kr. Hun har registrert seg på en falsk «modelljobb»-side med e-posten emilie punkt nygaard krøll gmail punkt com. Hun bor i Kjerrheiveien 8, oppe på Vågsbygd. Rådet: ikke betal, ta skjermbilder, snakk med mamma. Ga henne 116 111.',
      'emilie punkt nygaard krøll gmail punkt com',
      'Kjerrheiveien 8',
    ),
    withIds(
      'Ble kontakta i Roblox av en jente som er kjempebekymra for venninna si, Storm. Hun har ikke vært hjemme siden fredag og svarer ikke på noe. Storm har TikTok (tiktok.com/@stormy.ig2010) og siste video er tatt på Gardermoen?! Venninna ga også mobilnr: 47 81 20 93. Sendt til ops Øst, de tok det derfra. Ærlig talt, bra jobba av venninna. Hun var redd for å «sladre», men vi sa at det er akkurat sånn man er en god venn. Hun spurte også om hun kunne få vite hvordan det gikk – forklarte at vi ikke kan si noe om det, men at hun gjerne kan snakke med en voksen på skolen eller ringe 116 111 hvis hun blir urolig. Spilte litt Roblox med henne etterpå (tapte), hun var mye roligere da vi logget av.',
      'Storm',
      'tiktok.com/@stormy.ig2010',
      '47 81 20 93',
    ),
    clean(
      'Rolig kveld på Twitch. Prata med noen gutter om Erling Haaland og om politiet har Tesla (nei, mest Volvo og Skoda). Fikk spørsmål om hvordan man blir politi: PHS, 3 år bachelor. Ca. 35 min.',
    ),
    clean(
      'Svindelside for V-bucks: 13 500 V-bucks for 199 kr, «betal med Vipps». Ordrenr. på skjermbildet: 48213-77. Domenet vbucks-norge.shop er meldt til NorSIS og Økokrim. Ingen fornærmet identifisert.',
    ),
    clean(
      'Anonym bruker i #vent-kanalen på en Discord-server skrev om selvskading. Ikke mulig å identifisere. Vi postet Kirkens SOS 22 40 00 40, Mental Helse 116 123 og Alarmtelefonen for barn og unge 116 111. Modsa har pinnet det. Vakthavende orientert kl 21:40.',
    ),
    clean(
      'Rasistiske kommentarer mot Martin Ødegaard i en EA FC 24-lobby. Ikke mulig å finne avsender. Notert i ukesrapporten, sak 24/30117.',
    ),
    clean('minecraft, 6 unger, creeper-farm og enderdragen. ingenting å melde'),
  ],
  nn: [
    withIds(
      'Samtale på Discord med ein gut på 13 år frå Førde. Han fortel at ein vaksen mann med brukarnamnet «fjellgeita_77» har bede han sende bilete og lova han 500 kr i Steam-kort. Guten heiter Torstein Hjelmeland Sæle. Vi har rådd han til å blokkere, melde frå og snakke med foreldra i kveld. Melding sendt til Vest politidistrikt.',
      'fjellgeita_77',
      'Torstein Hjelmeland Sæle',
    ),
    withIds(
      'Jenta (14) frå Ørsta ville at vi skulle ringje henne og skreiv nummeret slik: ni ni ein to, null fire fem sju. Vi ringjer ikkje ungdomar på privat nummer, forklarte det. Ho var mest oppteken av at Roblox-kontoen hennar vart teken av ein «venn» som fekk passordet mot 400 Robux. Meldt til Roblox.',
      'ni ni ein to, null fire fem sju',
    ),
    withIds(
      'Alvorleg: gut (15) skreiv på Snapchat at han ikkje ville leve lenger. Han gav fødselsnummeret sitt, 271108 54299, fordi han trudde vi trong det for å hjelpe. Bur på Stord. Kontakta operasjonssentralen kl 22:17, patrulje sendt, mor var heime. Han fekk òg Mental Helse 116 123.',
      '271108 54299',
    ),
    withIds(
      'amina i 10b på sogndal ungdomsskule vert mobba i ein gruppechat på snap som heiter «10b utan amina». ho sende skjermbilete. kontaktlærar og helsesjukepleiar bør få vite. tipsa ho om å lagre alt og ikkje svare.',
      'amina',
      '10b på sogndal ungdomsskule',
    ),
    withIds(
      `- Tips frå ein gut i Minecraft: kameraten hans, Sindre Aa, får truslar frå ein eldre gut
- Truslane kjem frå vossagut.99@gmail.com
- Sindre bur i Uttrågata 12, 5700 Voss
- Sendt vidare til Vest pd, vakthavande orientert`,
      'Sindre Aa',
      'vossagut.99@gmail.com',
      'Sindre',
      'Uttrågata 12, 5700 Voss',
    ),
    clean(
      'Prata med ein gjeng i Fortnite om kva politiet gjer på nett. Dei ville vite om vi ser alt dei skriv (nei). Ein spurde om Ylvis er politi. Trivelege ungar, 40 min.',
    ),
    clean(
      'Falsk «gratis skin»-side delt på Discord: Renegade Raider for 0 kr mot innlogging med Epic-konto. Domenet er meldt. Sak 24/88120. Ingen har gjeve opplysingar til oss.',
    ),
    clean(
      'Ei ung jente spurde korleis ho kan få sletta nakenbilete som er delt. Vi viste til slettmeg.no, Kors på halsen 800 33 321 og 116 111. Ho ville ikkje seie kven det galdt, og det er heilt greitt.',
    ),
    clean(
      'Hets mot Aurora Aksnes i chatten på ein Twitch-stream etter konserten i Bergen. Ikkje mogleg å finne avsendar. Notert.',
    ),
    clean('Nettpatruljen Vest, 19–23. Tre samtalar. Ingen saker.'),
  ],
  nl: [
    withIds(
      'Gesprek via Discord met een meisje van 13 uit Zwolle. Zij vertelt dat een man die zich Coach_Ricardo noemt haar gratis Robux belooft als ze foto\'s stuurt in een "privé-server". Het meisje is Fatima-Zahra El Amrani, zit in 1B op het Greijdanus. Geadviseerd te blokkeren en het haar ouders te vertellen. Doorgezet naar team Zeden Oost-Nederland.',
      'Coach_Ricardo',
      'Fatima-Zahra El Amrani',
      '1B op het Greijdanus',
    ),
    withIds(
      'jongen 16, sextortion via insta. dader wil 150 euro via tikkie. nr dader: 06 4 827 1953. jongen heet bram zegt ie. advies: niet betalen, blokkeren, helpwanted.nl. ook 113 genoemd want hij zat er echt doorheen',
      '06 4 827 1953',
      'bram',
    ),
    withIds(
      'Jongen (14) uit Genk, Fortnite-account gehackt nadat hij had ingelogd op een "gratis V-bucks"-site. Zijn mail zoals hij het typte: mathis punt claes apenstaartje telenet punt be. Gsm van de mama gevraagd voor terugbellen maar niet genoteerd. Doorverwezen naar Epic Games support en naar de politiezone CARMA.',
      'mathis punt claes apenstaartje telenet punt be',
    ),
    withIds(
      `Snap doorgestuurd door een vriendin:
"ik ga weg en ik kom nooit meer terug. ben bij kevin in almere zeg niks tegen mn moeder"
Gaat om Roos, 15, uit Lelystad. Vriendin had zelfs haar BSN (618472903) van een schoolformulier, gezegd dat we dat niet nodig hebben. Adres van Kevin volgens de vriendin: Rentmeesterstraat 41. Meldkamer Midden-Nederland gebeld om 23:05.`,
      'kevin',
      'Roos',
      '618472903',
      'Kevin',
      'Rentmeesterstraat 41',
    ),
    withIds(
      `- Melding via Roblox, meisje (14), Roeselare
- Pesten door een groepje in Brookhaven, ze sturen haar profiel rond: roblox.com/users/3928110475/profile
- Geeft spontaan haar rijksregisternummer 10.05.12-273.29 (!!) en gsm 0478 91 23 05
- Naam: Lotte-Marie Vanhoutte
- Advies: blokkeren, melden, praten met het CLB. Awel 102 meegegeven.`,
      'roblox.com/users/3928110475/profile',
      '10.05.12-273.29',
      '0478 91 23 05',
      'Lotte-Marie Vanhoutte',
    ),
    clean(
      'Twitch-stream van Gamemeneer. Kinderen vroegen of Virgil van Dijk ook agent kan worden. Daarna 10 minuten over de politiehond. 25 min, geen meldingen.',
    ),
    clean(
      'Nepwebshop goedkope-fifa-coins.nl: 2 miljoen coins voor € 49,95. Bestelnummer op de screenshot: #NL-2024-553812. Geen slachtoffer bekend. Doorgezet naar de Fraudehelpdesk (088 786 73 72).',
    ),
    clean(
      'Zorgelijk bericht in een Discord-server, anonieme gebruiker. De Kindertelefoon 0800-0432 en 113 (0800-0113) in het kanaal gezet. Moderators ingelicht. Overdracht aan de nachtdienst om 00:30.',
    ),
    clean(
      'Haatberichten in een Fortnite-lobby tegen Romelu Lukaku na de match België–Slovakije. Niet traceerbaar. Genoteerd voor het weekrapport, pv-nummer volgt.',
    ),
    clean('Minecraft, server Bouwpolis, 8 kids. Niks bijzonders.'),
  ],
  fr: [
    withIds(
      "Entretien via Discord avec une jeune fille de 12 ans domiciliée à Charleroi. Elle signale qu'un individu utilisant le pseudo « Le_Grand_Frère_59 » lui propose des cartes Paysafecard en échange de photos. La jeune fille, Yasmine Benali, est en 1re C à l'Athénée Royal Vauban. Conseils donnés : bloquer, signaler, en parler à sa maman. Transmis à la zone de police de Charleroi.",
      'Le_Grand_Frère_59',
      'Yasmine Benali',
      "1re C à l'Athénée Royal Vauban",
    ),
    withIds(
      "ado 15a namur, compte insta piraté. il a donné son mail: theo point lambert arobase hotmail point be. mdp changé par le pirate. conseillé récup + 2FA. rien d'autre",
      'theo point lambert arobase hotmail point be',
    ),
    withIds(
      "Garçon (15 ans), Liège. Sextorsion classique : « fille » rencontrée sur Snapchat, appel vidéo enregistré, exigence de 300 € en cartes cadeaux. Numéro WhatsApp de l'auteur : +225 07 58 42 19 06. Le jeune voulait absolument nous donner son numéro national, 09.03.18-146.38, on lui a expliqué que ce n'était pas nécessaire. Orienté vers Child Focus 116 000. PV à rédiger par la zone de Liège.",
      '+225 07 58 42 19 06',
      '09.03.18-146.38',
    ),
    withIds(
      `Capture d'écran transmise (chat Fortnite) :
[KRNL_dz] t mort demain a la récré rayan
[KRNL_dz] jsais ou t'habites rue de la Station 27
Rayan a 13 ans, Tournai. Transmis à la zone du Tournaisis, contact avec l'école demain matin.`,
      'KRNL_dz',
      'rayan',
      'rue de la Station 27',
      'Rayan',
    ),
    withIds(
      "Une copine de classe nous écrit sur TikTok, très inquiète pour Prune (« elle a fugué depuis hier soir »). Elle pense que Prune est chez un mec de 20 ans à La Louvière, « à côté du Cora ». Elle nous donne le gsm de Prune : 0485 27 61 03. Dispatching prévenu à 21h50, signalement de disparition en cours. La copine a été super, vraiment : elle avait peur qu'on « engueule » Prune, on lui a expliqué qu'on voulait juste être sûrs qu'elle soit en sécurité. Elle dit aussi que Prune n'allait plus trop bien depuis la rentrée et parlait de « tout lâcher ». Elle a reçu le numéro de Télé-Accueil 107 et d'Écoute-Enfants 103 pour elle-même. À relire demain par l'équipe jeunesse.",
      'Prune',
      '0485 27 61 03',
    ),
    clean(
      "Discussion sympa sur Twitch avec des jeunes qui regardaient Squeezie. Questions : est-ce qu'un policier a le droit de jouer à GTA ? Est-ce qu'on connaît Thibaut Courtois ? 30 min.",
    ),
    clean(
      'Arnaque repérée : site robux-gratuits.be qui promet 10 000 Robux pour 4,99 €. Référence de commande visible sur la capture : CMD-77120-BE. Signalé via Safeonweb. Aucune victime identifiée.',
    ),
    clean(
      'Message inquiétant dans un salon Discord (#confessions), auteur anonyme. On a posté Écoute-Enfants 103, le Centre de Prévention du Suicide 0800 32 123 et Child Focus 116 000. Modération prévenue à 23h12.',
    ),
    clean(
      'Insultes homophobes dans un chat Roblox (jeu « Da Hood ») visant Angèle après son concert à Forest National. Aucun auteur identifiable. Noté pour le rapport hebdo, zone Bruxelles-Midi.',
    ),
    clean('RAS. 3 conversations Minecraft, 1 Fortnite. Fin 22h30.'),
  ],
  de: [
    withIds(
      'Gespräch über Discord mit einem 12-jährigen Mädchen aus Kelmis. Ein Nutzer namens „DerNetteOnkel82“ schreibt ihr seit zwei Wochen, macht Komplimente und will unbedingt auf Telegram wechseln. Das Mädchen heißt Mia Hilgers. Empfohlen, den Kontakt abzubrechen und die Eltern einzubeziehen. Weiterleitung an die Polizeizone Weser-Göhl.',
      'DerNetteOnkel82',
      'Mia Hilgers',
    ),
    withIds(
      'junge 14 aus eupen, minecraft-acc weg. mail: jonas punkt mreyen ät gmx punkt de. hat sein passwort nem "freund" gegeben für ne op-rüstung. microsoft-support gezeigt',
      'jonas punkt mreyen ät gmx punkt de',
    ),
    withIds(
      'Sextortion-Fall. Junge, 13 Jahre, wohnhaft in St. Vith. Er wurde über Instagram von einem angeblichen Mädchen angeschrieben und nach einem Videochat um 250 € erpresst. Der Jugendliche nannte ungefragt seine Nationalregisternummer 11.02.04-385.60 sowie seine Handynummer 0471 58 23 90. Beratung erfolgt, Hinweis auf Child Focus 116 000. Übergabe an die Polizeizone Eifel.',
      '11.02.04-385.60',
      '0471 58 23 90',
    ),
    withIds(
      `Aus dem WhatsApp-Gruppenchat „2B Hass“, weitergeleitet von einer Mitschülerin:
„elif stinkt, keiner will neben der sitzen“
„morgen kippen wir ihr cola in die tasche 😂“
Betroffen ist Elif aus der 2B am Robert-Schuman-Institut. Schulleitung wird morgen früh informiert.`,
      'elif',
      'Elif',
      '2B am Robert-Schuman-Institut',
    ),
    withIds(
      'Hinweis über TikTok-Live: Mädchen (15), nennt sich lina.vom.venn (https://www.tiktok.com/@lina.vom.venn), sagt, sie sei von zu Hause abgehauen und penne „bei nem Kumpel in der Hauptstraße 112 in Bütgenbach“. Gab eine Nummer durch für „wer mich abholen will“: 0495.33.71.08. Leitstelle 22:48 informiert, Streife ist unterwegs.',
      'lina.vom.venn',
      'https://www.tiktok.com/@lina.vom.venn',
      'Hauptstraße 112',
      '0495.33.71.08',
    ),
    clean(
      'Netter Plausch auf Twitch mit Jugendlichen, die MontanaBlack geschaut haben. Fragen: Darf die Polizei Fortnite spielen? Kennen wir Thomas Müller? 😄 Danach eine halbe Ewigkeit über den Polizeiberuf: wie lange die Ausbildung dauert, ob man in Eupen oder in Brüssel arbeiten muss, ob man eine Waffe mit nach Hause nimmt (nein), ob wir schon mal jemanden verhaftet haben, der Fortnite spielt (kein Kommentar 😄). Ein Junge wollte wissen, ob man mit einer Brille Polizist werden kann – ja. Insgesamt 35 Minuten, sehr angenehm, nichts Auffälliges. Hinweis an die Kollegen: Die Kids schauen alle dieselben drei Streamer, lohnt sich evtl. für eine Aktion.',
    ),
    clean(
      'Fake-Shop für EA FC 25-Coins: 1 Mio. Coins für 19,99 €. Bestellnummer auf dem Screenshot: 2024-EU-88317. Meldung an Safeonweb. Kein Geschädigter bekannt.',
    ),
    clean(
      'Anonymer Beitrag in einem Discord-Kanal über Selbstverletzung, keine Identifizierung möglich. Gepostet: Telefonhilfe 108, Child Focus 116 000 und Notruf 112. Moderatoren um 21:15 informiert.',
    ),
    clean(
      'Hasskommentare gegen Kevin De Bruyne im Chat eines Fortnite-Turniers. Kein Urheber ermittelbar. Vermerkt unter EU.17.L3.004512/2024.',
    ),
    clean(
      'Minecraft, Server „Eifelcraft“. 5 Kinder, Fragen zum Streifenwagen. Alles ruhig. Schichtende 23 Uhr.',
    ),
  ],
  is: [
    withIds(
      'Spjall á Discord við 13 ára stelpu á Akureyri. Hún segir að fullorðinn maður með notandanafnið „Ísbjörninn_69“ hafi boðið henni Robux fyrir myndir og vilji hitta hana. Stelpan heitir Guðrún Embla Sigurðardóttir og er í 8. bekk í Brekkuskóla. Ráðlagt að loka á hann og tala við foreldra. Málið sent til lögreglunnar á Norðurlandi eystra.',
      'Ísbjörninn_69',
      'Guðrún Embla Sigurðardóttir',
      '8. bekk í Brekkuskóla',
    ),
    withIds(
      'strákur 14 ára, fortnite aðgangur hakkaður. gaf kennitöluna sína óbeðinn 120410-3770, sagði honum að gera það ekki aftur. vísaði á epic support',
      '120410-3770',
    ),
    withIds(
      'Drengur (15) á Egilsstöðum. Kúgun eftir myndsímtal á Snapchat, gerandinn krefst 40.000 kr. Drengurinn gaf upp símanúmerið sitt 867 40 12 svo við gætum hringt – hringdum ekki, bentum á 112. Ráðlagt að borga ekki og vista öll skilaboð.',
      '867 40 12',
    ),
    withIds(
      'Natalia Kowalska (14 ára, Selfossi) missti Instagram-aðganginn sinn eftir „gjafaleik“. Netfangið hennar, eins og hún skrifaði það: natalia punktur k2010 hjá hotmail punktur com. Einhver breytti lykilorðinu. Leiðbeindi henni um endurheimt og tvíþátta auðkenningu.',
      'Natalia Kowalska',
      'natalia punktur k2010 hjá hotmail punktur com',
    ),
    withIds(
      `Afrit úr TikTok-athugasemdum:
„sól er hjá mér á Hafnargötu 31 ekki segja mömmu hennar“
Sól er 15 ára úr Keflavík, talin týnd síðan í gær. Vinkonan sendi líka kennitöluna hennar: 050909-2470. Haft samband við fjarskiptamiðstöð kl. 23:20.`,
      'sól',
      'Hafnargötu 31',
      'Sól',
      '050909-2470',
    ),
    clean(
      'Spjall á Twitch við krakka sem voru að horfa á Minecraft-streymi. Spurðu hvort löggan ætti dróna og hvort við þekktum Laufey. 30 mín, ekkert athugavert.',
    ),
    clean(
      'Svikasíða sem selur V-Bucks: 13.500 V-Bucks á 2.990 kr. Pöntunarnúmer á skjáskoti: IS-55120. Tilkynnt til CERT-IS. Enginn þolandi fundinn.',
    ),
    clean(
      'Nafnlaus notandi á Discord skrifaði um sjálfsskaða. Settum inn Hjálparsíma Rauða krossins 1717, netspjallið á 1717.is og 112. Stjórnendur upplýstir kl. 22:05.',
    ),
    clean(
      'Hatursummæli um innflytjendur í Roblox-spjalli, enginn einstaklingur nefndur. Skráð í vikuskýrslu, mál 007-2024-45112.',
    ),
    clean('Rólegt kvöld. 4 samtöl.'),
  ],
  fi: [
    withIds(
      'Keskustelu Discordissa 12-vuotiaan tytön kanssa, Kuopio. Tyttö kertoo, että aikuinen käyttäjä ”setä_pekka_fi” on pyytänyt kuvia ja luvannut 50 € lahjakortin. Tyttö on Ilona Räsänen, Pyörön koulun 6B-luokalla. Ohjattu estämään ja kertomaan vanhemmille. Ilmoitus Itä-Suomen poliisilaitokselle.',
      'setä_pekka_fi',
      'Ilona Räsänen',
      'Pyörön koulun 6B-luokalla',
    ),
    withIds(
      'poika 14v, snäpi kaapattu. antoi hetunsa ihan pyytämättä 170610A348L, sanottiin ettei tarvi. ohjattu snapin tukeen',
      '170610A348L',
    ),
    withIds(
      'Sekstortio. Poika 15 v, Pori. Instagram-tili ”emmi_xo” sai videon ja vaatii 200 € Paysafe-kortteina. Poika antoi oman numeronsa soittopyyntöä varten: 0503187724 – ei soitettu, ohjeistettiin chatissa. Ei saa maksaa, kaikki tallennetaan, ilmoitus nettipoliisille. Sekasin-chat ja 116 111 annettu.',
      'emmi_xo',
      '0503187724',
    ),
    withIds(
      'Onni (13 v, Lahti) menetti Roblox-tilinsä, kun ”kaveri” lupasi hänelle Headless Horsemanin. Sähköposti, jonka hän antoi: onni piste virtanen ät gmail piste com. Ohjeistettu tilin palautukseen ja kaksivaiheiseen tunnistautumiseen.',
      'Onni',
      'onni piste virtanen ät gmail piste com',
    ),
    withIds(
      `Kopio Fortnite-chatista (lähettänyt kaveri):
[Jokeri_666]: huomenna mä tuun veeti sun kotiin
[Jokeri_666]: tiiän et asut Kauppurienkatu 21 B 14
Veeti on 13, Oulu. Kaveri tiesi myös hänen hetunsa 030911A226A (!). Oulun partio tietoinen klo 21.35.`,
      'Jokeri_666',
      'veeti',
      'Kauppurienkatu 21 B 14',
      'Veeti',
      '030911A226A',
    ),
    clean(
      'Twitchissä juttelua nuorten kanssa, jotka kyselivät Lauri Markkasesta ja Käärijästä. Saako poliisi pelata Fortnitea työajalla? Ei saa. 30 min.',
    ),
    clean(
      'Huijaussivu ilmaiset-robuxit.fi lupaa 10 000 Robuxia 4,99 eurolla. Tilausnumero kuvakaappauksessa #FI-448201. Ilmoitettu Kyberturvallisuuskeskukselle. Ei uhreja tiedossa.',
    ),
    clean(
      'Nimetön viesti Discordissa itsetuhoisuudesta, ei tunnistettavissa. Jaettu: MIELI ry:n kriisipuhelin 09 2525 0111, Sekasin-chat ja 112. Moderaattorit tietoisia klo 22.40.',
    ),
    clean(
      'Rasistista viestittelyä Roblox-chatissa Teemu Pukkia vastaan. Kirjattu viikkoraporttiin, asia 5500/R/12345/24.',
    ),
    clean('rauhallinen ilta. minecraft 2 keskustelua, fortnite 1. vuoro loppu klo 23'),
  ],
  sv: [
    withIds(
      'Samtal på Discord med en flicka, 12 år, Umeå. En vuxen användare som kallar sig ”snällaJocke” har skickat Robux och vill att hon byter till Telegram. Flickan heter Saga Nilsson Ahmadi och går i 6A på Ålidhemsskolan. Råd: blockera, spara allt, berätta för en vuxen. Överlämnat till region Nord, ärende 5000-K123456-24.',
      'snällaJocke',
      'Saga Nilsson Ahmadi',
      '6A på Ålidhemsskolan',
    ),
    withIds(
      'tjej 15 örebro, hennes tiktok kapad. ville ge oss personnr 090417-2384 ”så ni vet att det är jag” – sa nej tack. hänvisat till tiktoks support',
      '090417-2384',
    ),
    withIds(
      'Tjej 13 i Jönköping blev lurad på en ”gratis Adopt Me-pet”. Hon loggade in med sin mejl: ebba punkt sjoberg snabel-a hotmail punkt se. Nu är kontot borta. Hon gav även sin mammas mobil 073-912 44 08 ifall vi ”behöver ringa”. Vi ringde inte, tipsade om Roblox support.',
      'ebba punkt sjoberg snabel-a hotmail punkt se',
      '073-912 44 08',
    ),
    withIds(
      'Finlandssvensk tjej (15) från Vasa skrev på Snapchat att hon rymt hemifrån och bor hos en äldre pojkvän. Kompisen som kontaktade oss gav hennes nummer, 040 765 2231, och adressen där hon tros vara: Handelsesplanaden 14 A 3. Tjejen heter Wilma enligt kompisen. Österbottens polisinrättning larmad 22.10.',
      '040 765 2231',
      'Handelsesplanaden 14 A 3',
      'Wilma',
    ),
    withIds(
      `Klipp från Instagram-DM, skickat av Nour, 13, Västerås:
”din j*vla blatte vi vet var du bor”
Avsändare: instagram.com/sverige_forst_88. Nour läste upp namnet i samtalet som ”sverige understreck först åttioåtta”. Hennes personnummer 110923-5042 syntes i en skärmdump hon skickade av misstag – raderat hos oss. Anmälan om olaga hot och hets mot folkgrupp upprättad. Hon var väldigt lugn men sa att det är ”typ tredje gången i år” och att hon slutat berätta hemma för att hennes pappa blir så arg. Vi pratade om att det inte är hennes fel och att hon gör rätt som säger ifrån. Hon fick BRIS 116 111. Hon ville inte att vi kontaktar föräldrarna i kväll.`,
      'Nour',
      'instagram.com/sverige_forst_88',
      'sverige understreck först åttioåtta',
      '110923-5042',
    ),
    clean(
      'Snackade med några killar på Twitch som kollade Zlatan-klipp. Frågade om polisen får spela Counter-Strike på jobbet och om vi känner PewDiePie. 25 min, trevligt.',
    ),
    clean(
      'Bluffsajt billiga-vbucks.se: 13 500 V-Bucks för 149 kr via Swish till 123 456 78 90. Ordernummer SE-2024-77810. Rapporterat vidare. Ingen drabbad identifierad.',
    ),
    clean(
      'Anonym användare på Discord skrev om att skada sig själv. Vi postade Mind Självmordslinjen 90101, BRIS 116 111 och 112. Moderatorerna informerade 23:05.',
    ),
    clean(
      'Finlandssvensk Minecraft-server i Borgå, pratade om KAJ och ”Bara bada bastu”. Trevligt, inga ärenden. 40 min.',
    ),
    clean('Lugnt. 19–23. Fortnite x3, Roblox x2.'),
  ],
};
