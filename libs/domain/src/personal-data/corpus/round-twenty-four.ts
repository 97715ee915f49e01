import { clean, CorpusNote, withIds } from './corpus-note';

/**
 * Round twenty-four: written blind, before the detector was run on it. Ordinary evening notes from uniformed patrols
 * on gaming platforms in Norway, Iceland, Finland, the Netherlands, Belgium and from Europol liaisons: what a young
 * person asked or told and what the officer did, with an identifier where it naturally falls, and clean notes with
 * games, towns, famous people, help lines, scores and times that identify nobody.
 */
export const ROUND_TWENTY_FOUR: Readonly<Record<string, readonly CorpusNote[]>> = {
  en: [
    withIds(
      'Lad on the Fortnite server asked how to report a scam trade; said his mate Callum Reid lost two skins the same way, so we walked them both through the report button.',
      'Callum Reid',
    ),
    withIds(
      'Girl in the Roblox lobby wanted to know if the account xXMoonPetalXx that keeps messaging her can be blocked for good. Showed her block and report.',
      'xXMoonPetalXx',
    ),
    withIds(
      'He typed his number 07700 900461 into open chat asking us to ring him about a stolen account; told him to delete it and use the official support page.',
      '07700 900461',
    ),
    withIds(
      'She said someone keeps sending invites to her e-mail, tilly dot marsh at outlook dot com, and asked whether police can stop it. Explained blocking and saving screenshots.',
      'tilly dot marsh at outlook dot com',
    ),
    withIds(
      'Boy mentioned he lives at 14 Holloway Crescent and a player threatened to come round; took it seriously, advised him to tell a parent tonight and passed it to the local team.',
      '14 Holloway Crescent',
    ),
    clean(
      'Group of four in a Minecraft realm asked if we play; chatted about the Nether update for ten minutes and reminded them about Childline on 0800 1111.',
    ),
    clean(
      'A 13-year-old from Dublin asked whether Europol has a Discord. Told him no, and that our profile here is the Europol Cyber Patrol account.',
    ),
    clean(
      'Two players in Rocket League wanted to know if Cristiano Ronaldo really plays FIFA online; laughed it off and talked about fair play in ranked, Diamond II at around 9 pm.',
    ),
    clean(
      'Year 8 girl asked what happens if you send a photo to someone you met in Among Us. Explained sextortion in plain words and gave her the Report Remove link from the IWF.',
    ),
    clean(
      'Quiet Tuesday on the Valorant server, about 30 players; answered three questions on account phishing and logged off at 22:15.',
    ),
  ],
  nb: [
    withIds(
      'Gutten i Fortnite-lobbyen fortalte at kompisen Sindre Haugland har blitt presset for penger av en voksen spiller. Vi ba ham snakke med en voksen i kveld og tok saken videre.',
      'Sindre Haugland',
    ),
    withIds(
      'Jenta spurte om hun kunne anmelde brukeren NordlysKatten07 som sender stygge meldinger i Roblox; viste henne hvordan hun lagrer skjermbilder og blokkerer.',
      'NordlysKatten07',
    ),
    withIds(
      'Han skrev mobilnummeret sitt, 912 45 807, i chatten og ville at vi skulle ringe. Forklarte at vi ikke ringer opp barn via spill og ba ham slette meldingen.',
      '912 45 807',
    ),
    withIds(
      'En 14-åring limte inn fødselsnummeret 14031050120 for å bevise alderen sin; vi ba ham fjerne det straks og snakket om hvorfor man aldri deler det på nett.',
      '14031050120',
    ),
    withIds(
      'Jente fra 8B på Tåsen skole spurte hva hun skal gjøre når noen i klassen deler bilder av henne på Snapchat. Anbefalte å si fra til kontaktlæreren og ga henne nummeret til Alarmtelefonen for barn og unge, 116 111.',
      '8B på Tåsen skole',
    ),
    clean(
      'Fire gutter i Minecraft spurte om politiet spiller på fritiden; vi pratet om Ender Dragon og nettvett i et kvarter før vi logget av kl. 21.30.',
    ),
    clean(
      'En 12-åring fra Bodø lurte på om Erling Haaland har konto på Roblox. Svarte at vi ikke vet, og minnet om at kjente folk ofte blir etterlignet av svindlere.',
    ),
    clean(
      'Spørsmål fra en jente i 9. klasse om hva grooming er; forklarte det enkelt og viste til Kors på halsen og Politiets nettpatrulje.',
    ),
    clean(
      'Rolig onsdag på Counter-Strike-serveren, rundt 40 spillere; to spurte om skins-svindel og fikk råd om å bare handle via Steam.',
    ),
    clean(
      'Gjeng fra Tromsø ville vite om vi kunne slå dem i Rocket League. Tapte 3–1, men fikk snakket om hets i chatten underveis.',
    ),
  ],
  nn: [
    withIds(
      'Guten fortalde at systera hans, Ingrid Solheim, har fått meldingar frå ein vaksen mann på Discord. Me bad han seie frå til foreldra i kveld og melde saka vidare.',
      'Ingrid Solheim',
    ),
    withIds(
      'Ei jente spurde korleis ho kan melde brukaren FjellreveN_22 som truar henne i Fortnite; viste henne korleis ho tek skjermbilete og blokkerer.',
      'FjellreveN_22',
    ),
    withIds(
      'Han skreiv e-postadressa si, oddvar.nes2010@gmail.com, i den opne chatten og ville ha svar der. Me bad han slette ho og forklarte kvifor.',
      'oddvar.nes2010@gmail.com',
    ),
    withIds(
      'Ein 13-åring sa han bur i Kyrkjevegen 17 i Førde og at ein spelar har funne ut kvar han bur. Rådde han til å fortelje det til ein vaksen og sende oss melding via tipsforma.',
      'Kyrkjevegen 17',
    ),
    withIds(
      'Jenta la ut mobilnummeret sitt, 468 12 390, for å få gratis V-bucks; forklarte at det er svindel og bad henne fjerne det.',
      '468 12 390',
    ),
    clean(
      'Tre gutar frå Voss spurde om politiet har lov å spele Minecraft i arbeidstida. Me svara ja, når me er på nettpatrulje, og prata om nettvett i ti minutt.',
    ),
    clean(
      'Ei jente i 10. klasse lurte på kva ein gjer om nokon deler nakenbilete. Forklarte kva som er straffbart og viste til slettmeg.no og Alarmtelefonen 116 111.',
    ),
    clean(
      'Roleg fredagskveld på Roblox med kring 25 spelarar; to spurde om Aurora Aksnes har eigen server, og me sa at det truleg er ein falsk profil.',
    ),
    clean(
      'Ein gjeng frå Bergen utfordra oss i Rocket League kl. 20.00. Me tapte 4–2 og snakka om hets i chatten etterpå.',
    ),
    clean(
      'Spørsmål om kor gammal ein må vere for å ha Discord; svara 13 år og forklarte kvifor aldersgrensa finst.',
    ),
  ],
  nl: [
    withIds(
      'Jongen in de Fortnite-lobby vertelde dat zijn vriend Daan Verhoeven geld heeft overgemaakt aan iemand die skins beloofde. Uitgelegd hoe hij aangifte kan doen en geadviseerd het thuis te vertellen.',
      'Daan Verhoeven',
    ),
    withIds(
      'Meisje vroeg of ze het account TulpKoningin_09 op Roblox mag blokkeren omdat die haar steeds berichten stuurt; samen de blokkeer- en meldknop doorgelopen.',
      'TulpKoningin_09',
    ),
    withIds(
      'Hij zette zijn 06-nummer, 06 41 27 83 95, in de openbare chat om door ons gebeld te worden. Gevraagd het te verwijderen en uitgelegd waarom.',
      '06 41 27 83 95',
    ),
    withIds(
      'Een 14-jarige plakte zijn BSN 234567818 in de chat om te laten zien dat hij oud genoeg is; direct laten verwijderen en uitgelegd dat je dat nooit deelt.',
      '234567818',
    ),
    withIds(
      'Meisje zei dat ze op het Pieter Nieuwland College in klas 2C zit en dat een klasgenoot foto’s van haar doorstuurt. Geadviseerd haar mentor in te lichten en Helpwanted.nl gegeven.',
      'Pieter Nieuwland College in klas 2C',
    ),
    clean(
      'Vier jongens uit Utrecht vroegen of de politie ook Minecraft speelt. Een kwartier gekletst over de Ender Dragon en online veiligheid, om 21.45 uur uitgelogd.',
    ),
    clean(
      'Een 12-jarige vroeg of Max Verstappen echt op Twitch racet. Gezegd dat we dat niet weten en dat nepaccounts van bekende mensen vaak oplichters zijn.',
    ),
    clean(
      'Vraag van een meisje uit groep 8 over wat sexting is; in gewone woorden uitgelegd en de Kindertelefoon, 0800-0432, genoemd.',
    ),
    clean(
      'Rustige donderdagavond op de Rocket League-server, zo’n 35 spelers; twee vragen over phishing via Discord-links beantwoord.',
    ),
    clean(
      'Groep uit Groningen daagde ons uit voor een potje FIFA. Met 2–1 verloren, daarna kort over schelden in de chat gesproken.',
    ),
  ],
  fr: [
    withIds(
      'Un garçon sur Fortnite nous dit que son copain Mathis Lambert a envoyé de l’argent à un joueur qui promettait des V-bucks. Expliqué comment porter plainte et conseillé d’en parler aux parents.',
      'Mathis Lambert',
    ),
    withIds(
      'Une jeune fille demande si elle peut signaler le compte LaLuneDeNamur qui l’insulte sur Roblox ; on lui a montré comment bloquer et faire des captures d’écran.',
      'LaLuneDeNamur',
    ),
    withIds(
      'Il a mis son numéro de GSM, 0471 23 58 14, dans le chat public pour qu’on le rappelle. Demandé de l’effacer et expliqué pourquoi.',
      '0471 23 58 14',
    ),
    withIds(
      'Une ado de 13 ans a collé son numéro de registre national 10.03.14-123.08 pour prouver son âge ; on lui a demandé de le supprimer tout de suite.',
      '10.03.14-123.08',
    ),
    withIds(
      'Un garçon raconte qu’il habite rue des Tanneurs 42 à Liège et qu’un joueur menace de venir chez lui. Conseillé d’en parler ce soir à un adulte, info transmise à la zone de police.',
      'rue des Tanneurs 42',
    ),
    clean(
      'Trois jeunes de Charleroi demandent si la police joue vraiment à Minecraft. On a discuté dix minutes du Nether et de la sécurité en ligne avant de se déconnecter vers 21 h.',
    ),
    clean(
      'Un gamin de 12 ans demande si Romelu Lukaku joue à FIFA en ligne ; répondu qu’on n’en sait rien et que les faux comptes de stars servent souvent aux arnaques.',
    ),
    clean(
      'Question d’une élève de deuxième secondaire sur le harcèlement en ligne ; expliqué simplement et donné le numéro d’Écoute-Enfants, le 103.',
    ),
    clean(
      'Mercredi calme sur le serveur Rocket League, une trentaine de joueurs ; deux questions sur les liens de phishing Discord.',
    ),
    clean(
      'Une bande de Mons nous a défiés sur Brawl Stars. Perdu 3 à 1, puis on a parlé des insultes dans le chat.',
    ),
  ],
  de: [
    withIds(
      'Ein Junge auf dem Fortnite-Server erzählte, dass sein Freund Lukas Kessler einem Spieler Geld für Skins überwiesen hat. Erklärt, wie man Anzeige erstattet, und geraten, es den Eltern zu sagen.',
      'Lukas Kessler',
    ),
    withIds(
      'Ein Mädchen fragte, ob sie den Account EifelWolf_11 melden kann, der ihr auf Roblox ständig schreibt; Blockieren und Screenshots gemeinsam gezeigt.',
      'EifelWolf_11',
    ),
    withIds(
      'Er schrieb seine E-Mail-Adresse, jonas.kr2011@skynet.be, in den offenen Chat und wollte eine Antwort dorthin. Gebeten, sie zu löschen, und erklärt warum.',
      'jonas.kr2011@skynet.be',
    ),
    withIds(
      'Eine 13-Jährige gab ihre Nationalregisternummer 11.05.22-087.33 ein, um ihr Alter zu beweisen; sofort löschen lassen und erklärt, warum man die nie teilt.',
      '11.05.22-087.33',
    ),
    withIds(
      'Ein Schüler sagte, er sei in der 2B am Robert-Schuman-Institut Eupen und ein Mitschüler verbreite Fotos von ihm. Geraten, die Klassenlehrerin zu informieren.',
      '2B am Robert-Schuman-Institut Eupen',
    ),
    clean(
      'Vier Jungs aus St. Vith fragten, ob die Polizei auch Minecraft spielt. Zehn Minuten über den Enderdrachen und Sicherheit im Netz geplaudert, um 21.30 Uhr abgemeldet.',
    ),
    clean(
      'Ein 12-Jähriger wollte wissen, ob Thibaut Courtois wirklich auf Twitch streamt; gesagt, dass gefälschte Promi-Konten oft für Betrug genutzt werden.',
    ),
    clean(
      'Frage einer Schülerin aus der dritten Klasse Sekundar zu Cybermobbing; einfach erklärt und auf die Telefonhilfe 108 hingewiesen.',
    ),
    clean(
      'Ruhiger Donnerstag auf dem Rocket-League-Server, etwa 20 Spieler; zwei Fragen zu Phishing-Links beantwortet.',
    ),
    clean(
      'Eine Gruppe aus Kelmis forderte uns zu einer Runde FIFA heraus. 1:3 verloren und danach über Beleidigungen im Chat gesprochen.',
    ),
  ],
  is: [
    withIds(
      'Strákur á Fortnite sagði að vinur hans, Aron Þór Gunnarsson, hefði millifært pening til leikmanns sem lofaði skinnum. Útskýrðum hvernig á að kæra og bentum honum á að segja foreldrum frá.',
      'Aron Þór Gunnarsson',
    ),
    withIds(
      'Stelpa spurði hvort hún mætti tilkynna notandann NordurljosDis sem sendir henni ljót skilaboð á Roblox; sýndum henni hvernig á að blokka og taka skjáskot.',
      'NordurljosDis',
    ),
    withIds(
      'Hann skrifaði símanúmerið sitt, 861 4427, í opna spjallið og bað okkur að hringja. Báðum hann að eyða því og útskýrðum af hverju.',
      '861 4427',
    ),
    withIds(
      'Þrettán ára stúlka setti kennitöluna sína, 120409-2040, í spjallið til að sanna aldurinn; báðum hana að eyða henni strax.',
      '120409-2040',
    ),
    withIds(
      'Strákur sagðist búa á Hraunbæ 52 og að leikmaður hefði hótað að koma heim til hans. Tókum því alvarlega og ráðlögðum honum að segja fullorðnum frá í kvöld.',
      'Hraunbæ 52',
    ),
    clean(
      'Fjórir strákar frá Akureyri spurðu hvort lögreglan spilaði Minecraft. Spjölluðum í korter um Ender Dragon og netöryggi og skráðum okkur út klukkan 21:30.',
    ),
    clean(
      'Tólf ára strákur spurði hvort Gylfi Sigurðsson væri á Twitch; sögðum að falsaðir reikningar frægra séu oft notaðir til svika.',
    ),
    clean(
      'Stelpa í 8. bekk spurði hvað tæling á netinu væri; útskýrðum það einfaldlega og bentum á Hjálparsíma Rauða krossins, 1717.',
    ),
    clean(
      'Rólegt fimmtudagskvöld á Rocket League, um 15 spilarar; tvær spurningar um vefveiðar í gegnum Discord.',
    ),
    clean('Hópur úr Hafnarfirði skoraði á okkur í FIFA. Töpuðum 2–0 og ræddum svo um dónaskap í spjallinu.'),
  ],
  fi: [
    withIds(
      'Poika kertoi Fortnitessa, että hänen kaverinsa Eetu Laaksonen oli maksanut rahaa pelaajalle, joka lupasi skinejä. Neuvoimme rikosilmoituksen tekemisessä ja kehotimme kertomaan vanhemmille.',
      'Eetu Laaksonen',
    ),
    withIds(
      'Tyttö kysyi, voiko hän ilmiantaa käyttäjän RevontuliKissa23, joka lähettää hänelle rumia viestejä Robloxissa; näytimme, miten estetään ja otetaan kuvakaappaus.',
      'RevontuliKissa23',
    ),
    withIds(
      'Hän kirjoitti puhelinnumeronsa 040 718 2635 avoimeen chattiin ja pyysi meitä soittamaan. Pyysimme poistamaan viestin ja kerroimme miksi.',
      '040 718 2635',
    ),
    withIds(
      '13-vuotias liitti chattiin henkilötunnuksensa 140310A234K todistaakseen ikänsä; pyysimme poistamaan sen heti ja kerroimme, ettei sitä jaeta netissä.',
      '140310A234K',
    ),
    withIds(
      'Poika kertoi asuvansa osoitteessa Hämeenkatu 28 B 14 ja että eräs pelaaja on uhannut tulla käymään. Otimme asian vakavasti ja neuvoimme kertomaan aikuiselle vielä tänä iltana.',
      'Hämeenkatu 28 B 14',
    ),
    clean(
      'Neljä poikaa Oulusta kysyi, pelaako poliisi Minecraftia. Juttelimme vartin Ender Dragonista ja nettiturvallisuudesta ja kirjauduimme ulos klo 21.30.',
    ),
    clean(
      '12-vuotias kysyi, striimaako Teemu Pukki Twitchissä; kerroimme, että julkkisten nimissä tehdyillä valetileillä huijataan usein.',
    ),
    clean(
      'Seitsemäsluokkalainen tyttö kysyi, mitä grooming tarkoittaa; selitimme sen selkokielellä ja kerroimme Lasten ja nuorten puhelimesta 116 111.',
    ),
    clean(
      'Rauhallinen torstai-ilta Rocket League -palvelimella, noin 30 pelaajaa; kaksi kysymystä Discord-linkkien kalastelusta.',
    ),
    clean(
      'Porukka Tampereelta haastoi meidät FIFAan. Hävisimme 1–3 ja puhuimme sen jälkeen chatin kiusaamisesta.',
    ),
  ],
  sv: [
    withIds(
      'En pojke på Fortnite berättade att hans kompis Elias Lindholm har skickat pengar till en spelare som lovade skins. Vi förklarade hur man gör en polisanmälan och bad honom tala med föräldrarna.',
      'Elias Lindholm',
    ),
    withIds(
      'En flicka frågade om hon kan anmäla användaren SkärgårdsSälen som skickar elaka meddelanden i Roblox; visade hur man blockerar och tar skärmdumpar.',
      'SkärgårdsSälen',
    ),
    withIds(
      'Han skrev sin e-post, ella punkt nyman at gmail punkt com, i den öppna chatten och ville få svar dit. Bad honom radera den och förklarade varför.',
      'ella punkt nyman at gmail punkt com',
    ),
    withIds(
      'En 14-åring klistrade in sin personbeteckning 080911A417P för att bevisa sin ålder; vi bad henne ta bort den genast.',
      '080911A417P',
    ),
    withIds(
      'En flicka sa att hon går i 8A i Katedralskolan i Åbo och att en klasskompis sprider bilder på henne. Rådde henne att kontakta sin klassföreståndare.',
      '8A i Katedralskolan i Åbo',
    ),
    clean(
      'Fyra pojkar från Vasa frågade om polisen spelar Minecraft. Vi pratade en kvart om Ender Dragon och nätsäkerhet och loggade ut klockan 21.30.',
    ),
    clean(
      'En 12-åring ville veta om Alexander Stubb har ett konto på Roblox; svarade att falska konton i kändisars namn ofta används för bedrägerier.',
    ),
    clean(
      'En flicka i årskurs 7 frågade vad grooming är; förklarade enkelt och berättade om Barnens och ungas telefon, 116 111.',
    ),
    clean(
      'Lugn onsdagskväll på Rocket League-servern, ett trettiotal spelare; två frågor om nätfiske via Discord-länkar.',
    ),
    clean(
      'Ett gäng från Ekenäs utmanade oss i FIFA. Förlorade med 2–4 och pratade sedan om glåpord i chatten.',
    ),
  ],
};
