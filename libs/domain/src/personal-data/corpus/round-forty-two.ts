/**
 * Round forty-two: written blind, before the detector was run on it.
 * Ten different officers per language, each with their own habits — careful, hurried, chatty, formal, bullet points,
 * loanwords, typos, quoting the child, summarising for Europol — across grooming, sextortion, scams, bullying,
 * self-harm, school threats, extremism, small talk, a lost pet and exam stress.
 */
import { clean, CorpusNote, withIds } from './corpus-note';

export const ROUND_FORTY_TWO: Readonly<Record<string, readonly CorpusNote[]>> = {
  en: [
    clean(
      'Interaction summary: joined the Twitch chat of a well-known Norwegian streamer at the request of his management and answered questions for 25 min. Topics: how to report harassment, why police are on Twitch at all, whether Kripos reads private messages (no). Several chatters compared us to Judy Hopps and asked if we know Erling Haaland. Approx. 1,400 viewers. No concerns.',
    ),
    withIds(
      "EUROPOL/EC3 summary, Discord, day 2:\n- girl (13) reports an adult in a Roblox trading server asking for 'private pics' in exchange for 2,000 Robux\n- her own Discord user ID 1187309245561827411, she also plays as pixie.moonlight on Roblox\n- screenshots secured, referred to Kripos liaison, ticket NO-AW-0412",
      '1187309245561827411',
      'pixie.moonlight',
    ),
    clean(
      "Girl approached the Politiet Nettpatrulje profile on TikTok at 23:10, said she had been cutting and that 'nobody would notice if I was gone'. Officer stayed in the chat, shared Mental Helse 116 123 and asked her to wake an adult at home. She agreed. Duty officer in Sør-Øst informed, case ref 24-118834. Follow-up check tomorrow 09:00.",
    ),
    withIds(
      "Small talk on Roblox (Brookhaven). Boy, maybe 10, told us his cat ran away and asked if police look for cats. Then he typed his address, Fjellveien 23, 5019 Bergen, so we could 'bring her back if u find her'. Explained we don't search for pets, told him never to post where he lives in public chat, suggested the local Facebook group.",
      'Fjellveien 23, 5019 Bergen',
    ),
    withIds(
      "tobias (15) on snapchat says someone hacked his acc and wants 500kr on vipps or they post his nudes. he gave us his number 'so u can call me' - 908 21 447. told him dont pay, block, screenshot. referred to Trøndelag PD, they will ring him after school",
      'tobias',
      '908 21 447',
    ),
    clean(
      "Minecraft Bedrock realm, three kids building a police station 'for you guys'. Asked if Steve could be arrested for punching trees, whether creepers count as terrorists and if we had ever played Hypixel Bed Wars. Fun chat, talked about not sharing passwords. 40 min.",
    ),
    withIds(
      "Summary (translated from Dutch): a 14-year-old on TikTok Live asked how to report a fake account that uses her photos. She wanted us to email her back at noor underscore vd at outlook dot com. We explained we don't take reports by DM and gave her the Politie Online report form and Helpwanted.nl.",
      'noor underscore vd at outlook dot com',
    ),
    clean(
      "Translated from Finnish for Kripos: upper-secondary student, 17, stressed about the matriculation exams in March, asked whether police could 'make my parents stop yelling'. Poliisi Nettipartio explained what police can and cannot do and pointed him to Sekasin chat and the school nurse. No offence, no child-welfare referral needed.",
    ),
    withIds(
      "Threat of school violence, Minecraft server (Finnish speakers). A player wrote that he 'will bring a knife on Monday' to class 9A at Tapiolan koulu. Another child told us the writer sits next to Eetu and has said this before. Passed to the Poliisi Nettipartio officer on duty at 21:40 as urgent.",
      'class 9A at Tapiolan koulu',
      'Eetu',
    ),
    clean(
      "Fortnite lobby: several players spamming a 'free V-Bucks' link (vbucks-gift[.]store) that asks for the Epic login and a 6-digit 2FA code. Reported to Epic Games and added to the NC3 phishing list. One player kept repeating 1488 and Atomwaffen slogans; no identifying info, screenshots to the extremism desk.",
    ),
  ],
  nb: [
    withIds(
      'Hyggelig prat på Discord med ei jente som vennene kaller «Pusen» – hun het egentlig Ingrid Solbakken, sa hun, og ville at vi skulle vite det 😊 Hun lurte på hvordan man blir politi og om man må være kjempesterk. Anbefalte nettsiden til Politihøgskolen.',
      'Pusen',
      'Ingrid Solbakken',
    ),
    clean(
      'Samtale med en gruppe ungdommer i Twitch-chatten til en kjent norsk gamer. Spørsmål om hvorfor Politiet Nettpatrulje er på Twitch, om Kripos kan se slettede meldinger og hva NC3 er. Svarte generelt. Ingen bekymringer. Varighet 35 min.',
    ),
    withIds(
      'Gutt (12) på Roblox oppga selv fødselsnummeret sitt, 140312 54931, fordi han trodde vi måtte «registrere» ham før han kunne melde fra om svindel. Ba ham slette meldingen straks og forklarte at politiet aldri spør om fødselsnummer i chat. Svindelen gjaldt falske Robux-kort til 400 kr.',
      '140312 54931',
    ),
    clean(
      'Guttegjeng på Fortnite spurte om vi kjenner Erling Braut Haaland og Aurora, og om Jonesy egentlig er politi. Snakket om kjøp av kontoer og at det nesten alltid er svindel. Ingen personopplysninger notert.',
    ),
    withIds(
      'Snapchat – trusler\n* gutt 14 fikk trussel etter krangel i Fortnite\n* trusselen kom fra kontoen «baller_kongen09»\n* avsender skrev «vet hvor du bor: Lerkeveien 7»\n* gutten bekreftet at det er hjemmeadressen hans\n* sendt Øst pd, anbefalt anmeldelse',
      'baller_kongen09',
      'Lerkeveien 7',
    ),
    clean(
      'Jente ca. 9 år på Roblox (Adopt Me) lurte på om politiet kan finne katten hennes som stakk av i Tromsø i går kveld. Forklarte at vi ikke leter etter dyr, men at hun kan sjekke Dyrebar og be foreldrene henge opp lapper. Hun var lei seg, men fornøyd med svaret.',
    ),
    withIds(
      'mobbing i klassechat på tiktok, jente 13 går i 8C på Hundsund ungdomsskole, sier alle har blokka henne og lagd memes av henne. ga henne alarmtelefonen 116 111. følges opp av SLT-koordinator i kommunen',
      '8C på Hundsund ungdomsskole',
    ),
    clean(
      'Kl. 22:47 skrev en ungdom til oss på Discord at han «ikke orker mer». Holdt samtalen i 40 min og fikk ham til å ringe Mental Helse på 116 123. Operasjonssentralen varslet, sak 24/11223. Oppfølging i morgen kl. 08:30.',
    ),
    withIds(
      'Sextortion via Instagram/Snapchat. Gutt 16 hadde allerede betalt 1 500 kr før han tok kontakt. Vil bli ringt på 482 07 915 etter skolen. Mor ønsker kopi av rådene på e-post: trine punktum haugen krøllalfa online punktum no. Videresendt Kripos.',
      '482 07 915',
      'trine punktum haugen krøllalfa online punktum no',
    ),
    clean(
      'Server med ca 200 members der det ble postet memes om Breivik og «great replacement». Ingen direkte trusler, men mange unge brukere. La ut info om at hatefulle ytringer kan være straffbare (strl. § 185). Screenshots sendt PST-kontakt via Kripos.',
    ),
  ],
  nn: [
    clean(
      'Lang prat med ein gjeng på TikTok Live om korleis det er å vere politi i Sogndal. Dei ville vite om vi har hund, om vi har køyrt med blålys i dag og om Politiet Nettpatrulje er ekte. Svara så godt vi kunne. Ingen uro.',
    ),
    withIds(
      'Prata med to gutar på Minecraft. Den eine, sindre, fortalde at ein vaksen spelar har sendt han meldingar om å møtast i Førde «berre for å gje han ein ting». Bad han ikkje møte nokon og snakke med mor si. Sak oppretta, vidare til Vest pd.',
      'sindre',
    ),
    clean(
      'Gut i 16-årsalderen fortalde at ei «jente» han møtte på Instagram trugar med å dele bilete om han ikkje betalar 2 000 kr i gåvekort. Han har ikkje betalt. Rådde han til å la vere, ta skjermbilete og melde via politiet.no. Vidare til Kripos (ref. 20240311457).',
    ),
    withIds(
      'Jenta (11) skreiv fødselsnummeret sitt, 05061351258, i chatten på Roblox fordi ein «admin» hadde bede om det for å gje ho gratis Robux. Forklarte at dette er svindel og at ho må seie det til foreldra. Meldt til Roblox.',
      '05061351258',
    ),
    clean(
      'Eksamen i matte på torsdag, ho var stressa og sov dårleg. Snakka om pust, pausar og at det er heilt greitt å be om hjelp. Tipsa om Kors på halsen (800 33 321) og helsesjukepleiaren. Ho takka for praten.',
    ),
    withIds(
      'Trugsmål om skulevald: Discord-brukaren «nordfjord_nightmare» (brukar-ID 902847561238490112) skreiv i ein open kanal at han skal «ta med seg noko» til skulen måndag. Vest politidistrikt varsla kl. 19:12. Kontoen høyrer truleg til ein ungdom.',
      'nordfjord_nightmare',
      '902847561238490112',
    ),
    clean(
      'Fortnite: fleire ungar spurde om Peely og Fishstick kan arresterast 😄 Praten gjekk vidare til kjøp av skins frå framande og korleis kontoar vert stolne. Ingen personopplysningar.',
    ),
    withIds(
      'Ho går i 9B ved Stord ungdomsskule og blir mobba i ei Snapchat-gruppe. Ville at vi skulle sende sms til mora på 97 45 18 23. Det gjer vi ikkje, men ho fekk råd om skjermbilete og å gå til kontaktlæraren.',
      '9B ved Stord ungdomsskule',
      '97 45 18 23',
    ),
    clean(
      'Spurde om vi har møtt Kong Harald og om Jens Stoltenberg er sjefen til politiet. Forklarte kort kven som styrer kva. 12:15–12:40, Discord-server for 8.-klassingar i Vestland, ingen namn notert.',
    ),
    withIds(
      'Gut (15) ville heller ha svar på e-post enn på DM: «ole.kristian.h alfakrøll gmail punktum com». Gav han lenke til politiet.no/tips i staden og forklarte kvifor vi ikkje tek imot tips på e-post her.',
      'ole.kristian.h alfakrøll gmail punktum com',
    ),
  ],
  nl: [
    withIds(
      "Meisje (14) op TikTok had haar BSN 238174608 gedeeld omdat een 'recruiter' haar een bijbaantje als influencer beloofde. Uitgelegd dat dit tot identiteitsfraude kan leiden, geadviseerd ouders in te lichten, melding bij de Fraudehelpdesk.",
      '238174608',
    ),
    clean(
      'Chat op Twitch tijdens de stream van een bekende Nederlandse gamer; kijkers vroegen of we Max Verstappen kennen en of Politie Online echte agenten zijn. Veel vragen over verkeersboetes. Geen zorgen.',
    ),
    withIds(
      "Jongen vertelde dat hij Daan heet en op de Kastanjelaan 31 in Zwolle woont; hij wilde dat 'de politie even langskomt' omdat zijn Fortnite-account gehackt is. Uitgelegd dat we daarvoor niet langskomen, aangifte kan via politie.nl.",
      'Daan',
      'Kastanjelaan 31',
    ),
    clean(
      'Meisje (12) zei dat ze gepest wordt en zichzelf soms pijn doet. De Kindertelefoon (0800-0432) en 113 Zelfmoordpreventie (0800-0113) gegeven, gevraagd of ze een volwassene vertrouwt: ja, haar oma. Afgesproken dat ze vanavond met haar praat. Zaaknummer 202403115.',
    ),
    withIds(
      "sexting/afpersing via snap, jongen 15, wil gebeld worden op 06-41882937 maar pas na 20u want dan is zn moeder weg. doorgezet naar team zeden, ook 113 genoemd ivm uitspraken over 'er een eind aan maken'",
      '06-41882937',
    ),
    clean(
      "Roblox-scam: 'gratis Robux' via een link naar robIox-rewards[.]net die vraagt om code 7H3K-9QZ2 in te voeren. Doorgestuurd naar Roblox Trust & Safety en de Fraudehelpdesk. Veel kinderen in de server; waarschuwing geplaatst om 16:05.",
    ),
    withIds(
      'Klas 2B van het Stedelijk Gymnasium Leiden heeft een Discordserver waarin één leerling (roblox: @lotte.xo) stelselmatig wordt uitgescholden. Uitleg gegeven over blokkeren en melden en over de mentor inschakelen. Verder een heel behulpzame groep.',
      'Klas 2B van het Stedelijk Gymnasium Leiden',
      'lotte.xo',
    ),
    clean(
      'Minecraft-server van een groep 8, ze bouwden een politiebureau na. Vragen: mag je een creeper arresteren, hoe hard rijdt een politieauto, heb je ooit een boef gevangen. Gezellig, 20 min.',
    ),
    withIds(
      "Samenvatting t.b.v. Europol: een 13-jarige meldde via Politie Online dat een volwassene hem een 'modellencontract' aanbood. De jongen gaf als mailadres sem punt devries apenstaartje gmail punt com. Contact met ouders geadviseerd; zaak overgedragen aan het TBKK.",
      'sem punt devries apenstaartje gmail punt com',
    ),
    clean(
      "server vol accelerationist memes, paar users hebben het over 'dag X' maar niks concreets. screenshots naar DLIO, geen namen gezien, accounts lijken throwaways",
    ),
  ],
  fr: [
    clean(
      "Discussion sur Twitch pendant le live d'un streamer connu ; beaucoup de questions : est-ce que la police belge joue à Fortnite, est-ce qu'on connaît Squeezie, est-ce que « Politie Online » existe aussi en français. Ambiance bon enfant.",
    ),
    withIds(
      "Une jeune fille (12 ans) sur Roblox a envoyé son numéro de registre national, 12.04.19-237.84, à un soi-disant « modérateur » qui promettait des Robux gratuits. Nous lui avons expliqué l'arnaque et conseillé d'en parler à ses parents. Signalé à Roblox.",
      '12.04.19-237.84',
    ),
    clean(
      "Une ado nous écrit à 23h40 qu'elle veut « disparaître ». Nous restons en ligne, lui donnons le Centre de Prévention du Suicide (0800 32 123) et Écoute-Enfants (103). Elle accepte de réveiller sa mère. Dispatching 101 informé.",
    ),
    withIds(
      "Lucas, 14 ans, victime de sextorsion sur Instagram : il a déjà payé 50 € en cartes Paysafe. Il nous a laissé son GSM, 0478 21 63 09, pour qu'on le rappelle. Transmis à la FCCU et à Child Focus (116 000).",
      'Lucas',
      '0478 21 63 09',
    ),
    clean(
      'Arnaque aux skins CS2 : un faux site steamcommunnity-trade[.]com vole les comptes via un QR code. Signalé à Valve et à Safeonweb. Prix annoncé : « AK-47 Redline » à 3 €.',
    ),
    withIds(
      "Menace de violence scolaire sur un serveur Discord : un élève de 3e secondaire B à l'Athénée Royal de Namur écrit qu'il « va tout faire péter » vendredi. Zone de police Namur Capitale prévenue à 20h15.",
      "3e secondaire B à l'Athénée Royal de Namur",
    ),
    clean(
      "Échange avec un élève de rhéto stressé par les examens de juin. Il demande si la police peut « contrôler » ses parents qui lui mettent la pression. Explications sur le rôle de la police, orientation vers le centre PMS et Télé-Accueil (107). Pas d'infraction.",
    ),
    withIds(
      "Harcèlement Fortnite/Discord. Le garçon (13) joue sous le pseudo xX_Mathéo_Xx et nous a donné son ID Discord 1044378219903541268 pour qu'on « vérifie ». Expliqué qu'on ne vérifie pas de comptes comme ça ; conseillé de bloquer et de signaler.",
      'xX_Mathéo_Xx',
      '1044378219903541268',
    ),
    clean(
      "Sur Minecraft, des enfants nous demandent si Herobrine existe vraiment et s'il faut l'arrêter 😄 Ensuite questions sur comment devenir inspecteur. 30 minutes, aucun souci.",
    ),
    withIds(
      "Petit garçon adorable (10 ans ?) qui voulait nous inviter à son anniversaire 😅 Il a écrit son adresse, rue des Tilleuls 18 à Liège, et l'e-mail de sa maman : nathalie point renard arobase skynet point be. On lui a gentiment expliqué de ne jamais faire ça en ligne.",
      'rue des Tilleuls 18',
      'nathalie point renard arobase skynet point be',
    ),
  ],
  de: [
    withIds(
      'Sehr nette Unterhaltung mit Lena Schröder und ihrer Freundin auf Minecraft – die beiden bauen Eupen nach! Fragen zu Streifenwagen, Hunden und ob wir schon mal jemanden verhaftet haben. Lena hat uns sogar ein Polizeiauto aus Blöcken gebaut.',
      'Lena Schröder',
      'Lena',
    ),
    clean(
      'Fragen auf Twitch: ob wir Thomas Müller kennen, ob „Politie Online“ auch auf Deutsch chattet, wie viel ein Polizist verdient (Antwort grob: ca. 2.800 € brutto am Anfang). Nette Runde, 45 Min.',
    ),
    withIds(
      'Junge (13) hat im Roblox-Chat seine Nationalregisternummer 11080258460 gepostet, weil ein „Admin“ sie für ein Gewinnspiel verlangte. Wir haben ihn gebeten, die Nachricht zu löschen, und ihm geraten, mit den Eltern zu reden. Meldung an Roblox.',
      '11080258460',
    ),
    clean(
      'Jugendliche schreibt um 00:15, dass sie sich ritzt. Gespräch ca. 50 Minuten, Telefonseelsorge 0800 111 0 111 und Kinder- und Jugendtelefon 108 genannt. Sie will morgen zur Vertrauenslehrerin. Leitstelle 101 informiert, keine Personalien bekannt.',
    ),
    withIds(
      '- Drohung Amoklauf, Discord\n- Schüler der 4B am Robert-Schuman-Institut Eupen schreibt „morgen knallts“\n- 21:05 PZ Weser-Göhl informiert\n- Screens gesichert',
      '4B am Robert-Schuman-Institut Eupen',
    ),
    clean(
      'V-Bucks-Betrug: Link fortnite-vbucks-gratis[.]de, verlangt Epic-Login und Bestätigungscode. Angebot 13.500 V-Bucks für 0,99 €. Bei Epic und CERT.be gemeldet.',
    ),
    withIds(
      'Cybermobbing auf TikTok. Das Mädchen (14) wird unter ihrem eigenen Account @sina_ausstvith in den Kommentaren beleidigt. Sie will, dass wir ihre Mutter anrufen: 0494 37 82 15. Haben stattdessen auf das Jugendtelefon 108 und den Vertrauenslehrer verwiesen.',
      'sina_ausstvith',
      '0494 37 82 15',
    ),
    clean(
      'Mädchen (ca. 8) auf Roblox fragt, ob die Polizei ihren entlaufenen Hasen sucht. Erklärt, dass wir das nicht machen, aber sie kann beim Tierheim anrufen und Zettel aufhängen. Sie schickte uns ein 🐰.',
    ),
    withIds(
      'Zusammenfassung für Europol: Ein 12-Jähriger wurde auf Roblox (Benutzer-ID 3917480262) von einem Erwachsenen kontaktiert, der ihn auf Snapchat locken wollte. Der Junge gab uns die Mailadresse seines Vaters: marc punkt kessler at proximus punkt be. Weitergeleitet an die FCCU.',
      '3917480262',
      'marc punkt kessler at proximus punkt be',
    ),
    clean(
      'Minecraft-Server mit Hakenkreuz-Bauten und Sprüchen wie „Sieg Heil“ im Chat. Server-Admin informiert, Screenshots an die Föderale Gerichtspolizei Eupen. Keine Namen, alle Accounts mit Zufallsnamen.',
    ),
  ],
  is: [
    clean(
      'Krakkar á TikTok spurðu hvort Lögreglan Netvakt væri alvöru lögregla og hvort við þekktum Laufeyju eða Gylfa Þór. Svöruðum spurningum um starfið í 30 mínútur.',
    ),
    withIds(
      'Spjallaði við strák á Fortnite sem sagðist vera bróðir Jóns. Hann sagði að Jóni hefði verið hótað af eldri strák vegna skulda fyrir V-Bucks. Ráðlögðum honum að tala við foreldra sína og hringja í 1717 ef hann vill ræða málið.',
      'Jóns',
      'Jóni',
    ),
    clean(
      'Unglingur skrifaði kl. 23:55 að hann vildi ekki lifa lengur. Héldum samtalinu gangandi, gáfum upp Hjálparsíma Rauða krossins 1717 og Neyðarlínuna 112. Hann lofaði að vekja pabba sinn. Engar persónuupplýsingar skráðar.',
    ),
    withIds(
      'Stúlka (12 ára) á Roblox sendi okkur kennitöluna sína, 220412-2020, því hún hélt að lögreglan þyrfti hana til að taka við tilkynningu. Bentum henni á að eyða skilaboðunum og gefa aldrei upp kennitölu í spjalli.',
      '220412-2020',
    ),
    clean(
      'Svindl á Discord: „ókeypis Nitro“ hlekkur (discrod-gift[.]com). Tilkynnt til Discord og CERT-IS. Nokkur börn höfðu smellt á hlekkinn, ráðlögðum þeim að skipta um lykilorð.',
    ),
    withIds(
      'Kúgun á Snapchat: drengur 15 ára, notandi siggi_svali07, var krafinn um 30.000 kr. Hann vildi að við hringdum í sig í síma 771 2384 eftir kl. 17. Vísað á kynferðisbrotadeild LRH.',
      'siggi_svali07',
      '771 2384',
    ),
    clean(
      'Stúlka í 10. bekk kvíðin fyrir lokaprófunum, spurði hvort lögreglan gæti hjálpað. Ræddum um svefn og hvíld, vísuðum á námsráðgjafa og Píeta-samtökin (552 2218).',
    ),
    withIds(
      'Hótun um ofbeldi í skóla á Discord: nemandi í 9. B í Hagaskóla skrifaði að hann ætlaði „að gera eitthvað“ á mánudaginn. Lögreglan á höfuðborgarsvæðinu látin vita kl. 20:30.',
      '9. B í Hagaskóla',
    ),
    clean(
      'Minecraft: börnin byggðu lögreglustöð og spurðu hvort Creeper væri glæpamaður og hvort Enderman mætti fara í fangelsi. Skemmtilegt spjall, ráðleggingar um lykilorð. Tími: 16:10–16:45.',
    ),
    withIds(
      'Lítil stúlka bauð okkur í afmælið sitt og skrifaði heimilisfangið: Lindargata 42, 101 Reykjavík, og netfang mömmu sinnar: helga punktur sig hjá simnet punktur is. Við útskýrðum vingjarnlega að hún mætti ekki deila slíku á netinu.',
      'Lindargata 42, 101 Reykjavík',
      'helga punktur sig hjá simnet punktur is',
    ),
  ],
  fi: [
    withIds(
      'Tyttö (12) kertoi Robloxissa henkilötunnuksensa 190312A284X, koska ”ylläpitäjä” oli pyytänyt sitä ilmaisten Robuxien vastineeksi. Neuvottiin poistamaan viesti ja kertomaan vanhemmille. Ilmoitus Robloxille.',
      '190312A284X',
    ),
    clean(
      'Twitchissä kysyttiin, tunteeko Poliisi Nettipartio Teemu Pukin tai Käärijän ja saako poliisi pelata työajalla. Vastattiin kysymyksiin poliisin työstä. 40 min, ei huolia.',
    ),
    withIds(
      'Juteltiin Minecraftissa kolmen pojan kanssa. Yksi heistä kertoi, että Ainolle on lähetelty uhkaavia viestejä Snapchatissa. Pyysimme häntä kannustamaan Ainoa kertomaan asiasta aikuiselle. Ohjattiin Sekasin-chattiin.',
      'Ainolle',
      'Ainoa',
    ),
    clean(
      'Nuori kirjoitti klo 23.20 viiltelevänsä. Keskusteltiin pitkään, annettiin MIELI ry:n kriisipuhelimen numero 09 2525 0111 ja hätänumero 112. Lupasi herättää isänsä. Ei henkilötietoja.',
    ),
    withIds(
      'Seksuaalinen kiristys Instagramissa, poika 15 v (IG: @jere.kiekko). On maksanut jo 100 €. Pyysi soittamaan numeroon 040 718 2294 koulun jälkeen. Välitetty Helsingin poliisin seksuaalirikosyksikölle.',
      'jere.kiekko',
      '040 718 2294',
    ),
    clean(
      'Lukiolainen stressaa ylioppilaskokeista ja kysyi, voiko poliisi jotenkin auttaa. Keskusteltiin jaksamisesta, ohjattiin koulukuraattorille ja Sekasin-chattiin.',
    ),
    withIds(
      '• Kouluväkivallan uhka, Discord\n• Kalevan yläkoulun 8C-luokan oppilas kirjoitti ”huomenna tulee ruumiita”\n• Sisä-Suomen poliisi ilmoitettu klo 21.10\n• Kuvakaappaukset tallennettu',
      'Kalevan yläkoulun 8C-luokan',
    ),
    clean(
      'Robux-huijaus: linkki roblox-free-robux[.]fi pyytää tunnukset ja 6-numeroisen koodin. Ilmoitettu Robloxille ja Kyberturvallisuuskeskukselle. Tarjous ”1 000 Robux 0,99 €”.',
    ),
    withIds(
      'Pikkupoika (n. 9 v) halusi kutsua meidät synttäreilleen ja kirjoitti osoitteensa Koivukuja 5 B 12, 90500 Oulu sekä äidin sähköpostin sari piste lehtonen ät gmail piste com. Kerroimme ystävällisesti, ettei sellaisia kannata jakaa netissä.',
      'Koivukuja 5 B 12, 90500 Oulu',
      'sari piste lehtonen ät gmail piste com',
    ),
    clean(
      'Discord-servulla jaettiin Atomwaffen-meemejä ja puhuttiin ”race warista”. Ei suoria uhkauksia. Kuvakaappaukset Supolle KRP:n kautta. Käyttäjät anonyymejä.',
    ),
  ],
  sv: [
    clean(
      'På Twitch frågade tittarna om vi känner Zlatan, om Poliisi Nettipartio pratar svenska (ja!) och hur man blir polis i Finland. Trevlig stämning, 35 min.',
    ),
    withIds(
      'Pojke (13) från Sverige skrev sitt personnummer 110923-2742 i Roblox-chatten för att ”verifiera” sig inför en Robux-giveaway. Vi bad honom radera meddelandet och berätta för en vuxen. Rapporterat till Roblox.',
      '110923-2742',
    ),
    clean(
      'Ungdom skrev kl. 00.30 att hon skadar sig själv. Vi stannade kvar i chatten, gav numret till BRIS 116 111 och Mind Självmordslinjen 90101. Hon lovade att väcka sin mamma. Inga personuppgifter noterade.',
    ),
    withIds(
      'Ellen Nyström, 14, kontaktade oss på TikTok efter att någon skapat ett fejkkonto med hennes bilder. Hon ville bli uppringd på 070-418 22 93. Hänvisade till BRIS och polisanmälan via polisen.se.',
      'Ellen Nyström',
      '070-418 22 93',
    ),
    clean(
      'Bedrägeri i Fortnite: ”gratis V-Bucks” via länken vbucks-bonus[.]se, kräver inloggning och engångskod 482 913. Rapporterat till Epic. Ca 15 barn i lobbyn varnades.',
    ),
    withIds(
      'Hot om skolvåld på Discord: en elev i 8B på Vasa övningsskola skrev att han ska ”ta med pappas gevär”. Polisen i Österbotten underrättad kl. 19.50.',
      '8B på Vasa övningsskola',
    ),
    clean(
      'En tjej på Roblox undrade om polisen letar efter bortsprungna katter i Jakobstad. Förklarade att vi inte gör det men tipsade om Facebook-grupper och djurskyddsföreningen. Hon blev glad.',
    ),
    withIds(
      'Misstänkt grooming. Flicka 12 år, Roblox-namn bubblegum_tilde (användar-ID 2750391846), har fått meddelanden från en vuxen som vill flytta samtalet till Snapchat. Ärendet till Centralkriminalpolisen.',
      'bubblegum_tilde',
      '2750391846',
    ),
    clean(
      'Minecraft-gänget ville veta om Alex kan gripas för att ha stulit från bybor 😄, om polisen har drönare och vad CKP gör. Pratade om lösenord.',
    ),
    withIds(
      'liten kille ville skicka oss en teckning och skrev ”jag heter vilgot och bor på Strandvägen 9, 22100 Mariehamn, mammas mejl är anna punkt holm snabel-a aland punkt net”. sa vänligt att man inte ska dela sånt',
      'vilgot',
      'Strandvägen 9, 22100 Mariehamn',
      'anna punkt holm snabel-a aland punkt net',
    ),
  ],
};
