/**
 * Round one hundred and twenty-four: written blind, before the detector was run on it.
 * A third reviewer's corpus: detailed notes after Discord, Roblox, Fortnite, Minecraft and Twitch chats, identifiers as a
 * worried child gives them away (a friend's name, the street, a snap, mum's number), clean notes equally detailed.
 */
import { clean, CorpusNote, withIds } from './corpus-note';

export const ROUND_ONE_HUNDRED_TWENTY_FOUR: Readonly<Record<string, readonly CorpusNote[]>> = {
  en: [
    withIds(
      'Roblox, Brookhaven server, girl aged 12 from Cork. She said her best friend Chloe Brennan is being called names in a class group chat every evening and has stopped wanting to go to school. Advised her to screenshot the messages, tell a teacher she trusts and keep standing by her friend; she said she would talk to her mum tonight.',
      'Chloe Brennan',
    ),
    clean(
      "Chatted on Fortnite with three lads around 14 from Limerick who wanted to know if we are real Gardaí. Talked about skins, Ninja's streams and whether the Battle Pass is worth 950 V-Bucks. Reminded them that nobody from Epic will ever ask for their password and that Childline is free on 1800 66 66 66, day or night.",
    ),
    withIds(
      "Discord, boy aged 13 on a Minecraft server. He was proud that a 'pro player' had added him and asked for his Snapchat, so he gave it straight away: kyle_b2011. We talked about why adults who offer free skins want to move the chat to Snapchat; he agreed to block the account and tell his dad this evening.",
      'kyle_b2011',
    ),
    clean(
      'Minecraft server run by a secondary school in Galway, pupils from 12 to 15 building a copy of the Cliffs of Moher. They joked that the Creepers were the only criminals on the server, then asked more seriously what to do if someone shares a nude of a classmate. Explained that they should never forward it, report it and tell an adult; mentioned Hotline.ie and 116 111.',
    ),
    withIds(
      "Twitch, girl of 11 from Manchester watching a Minecraft stream. She got upset after someone in chat threatened to 'find her', and to prove she was safe she typed her mum's mobile: 07912 483 615. Asked her to delete the message straight away, explained that strangers can use a number to track people down, and helped her report the user to Twitch.",
      '07912 483 615',
    ),
    clean(
      "Our Discord profile Politiet_Nettpatrulje was pinged by a 15-year-old from Bergen who wanted to practise his English with us. Talked about the Premier League, Erling Haaland and Liverpool's chances this season. No concerns; logged under case number 24/118733 as a contact only.",
    ),
    withIds(
      "Roblox, boy aged 12, worried because an 'older friend' from the game wants to send him a birthday present and asked for his address. He had already told him he lives at 27 Ashfield Road, LS6 2QH, near Hyde Park in Leeds. We explained why that is risky and advised him to stop replying; he agreed to tell his parents tonight and the local team has been informed.",
      '27 Ashfield Road',
      'LS6 2QH',
    ),
    clean(
      "Fortnite, 13-year-old girl from Belfast who lost 1,500 V-Bucks to a 'free skin generator' site. Explained that these sites are scams, helped her change her password and turn on two-factor authentication. She said her favourite skin is Peely and that she watches Lazarbeam every day after homework.",
    ),
    withIds(
      "Minecraft, girl of 14 who wanted help because someone keeps logging into her account. She gave us her e-mail the way she had spelled it out to a 'support agent' who contacted her: ellie.walsh2011 at hotmail dot co dot uk. Told her real support never asks for a password in chat, helped her reset it and advised her to tell her parents.",
      'ellie.walsh2011 at hotmail dot co dot uk',
    ),
    clean(
      'Twitch chat during a Roblox charity stream, around 20 kids from Norway and Ireland. Answered questions about how old you have to be to join the police, whether we carry guns and how many Robux a Dominus costs (far too many). Told them to ring 112 in an emergency and that our profile is open every Tuesday from 18:00 to 20:00.',
    ),
  ],
  nb: [
    withIds(
      'Fortnite, gutt på 13 år fra Drammen. Han hadde fått tilbud om gratis V-Bucks hvis han sendte fødselsnummeret sitt, og hadde allerede skrevet 22041151270 i chatten. Vi forklarte hva et fødselsnummer kan misbrukes til, ba ham slette meldingen og snakke med foreldrene sine i kveld.',
      '22041151270',
    ),
    clean(
      'Roblox, tre jenter på 11–12 år fra Kristiansand som spilte Adopt Me. Vi pratet om hvem som er kulest på TikTok, og de lurte på om vi kjenner Alan Walker. Minnet dem på at de alltid kan ringe Alarmtelefonen for barn og unge på 116 111 hvis noe er vanskelig hjemme.',
    ),
    withIds(
      'Discord, jente på 14 år. Hun fortalte at venninnen hennes, Ingrid Solberg, blir holdt utenfor og får stygge meldinger på Snapchat hver kveld, og hun var redd for å bli den neste. Vi rådet henne til å ta skjermbilder, si fra til kontaktlæreren og fortsette å være en god venn; hun skulle snakke med helsesykepleieren i morgen.',
      'Ingrid Solberg',
    ),
    clean(
      'Minecraft-server for ungdomsskoleelever i Tromsø. Guttene på 13–14 år ville helst snakke om Erling Haaland og om politiet har egne hunder. Vi svarte på spørsmål om hvordan man blir politi og minnet om at man ringer 112 når noen er i fare. Ingen bekymring.',
    ),
    withIds(
      'Roblox, gutt på 10 år. En «venn» i spillet hadde spurt hvor han bor for å sende ham en gave, og han hadde svart Storgata 14B, 0184 Oslo. Vi forklarte at man aldri gir adressen sin til noen man bare kjenner på nett, og han lovet å fortelle det til mamma. Saken er sendt videre til forebyggende enhet.',
      'Storgata 14B',
      '0184 Oslo',
    ),
    clean(
      'Discord, gutt på 15 år fra Bodø som hadde sett profilen politiet.nettpatrulje og ville sjekke om den var ekte. Vi bekreftet det og snakket om svindel med Steam-gavekort. Registrert som samtale, saksnummer 24-118402. Ingen videre oppfølging.',
    ),
    withIds(
      'Fortnite, jente på 12 år som var alene hjemme og ble redd da det ble mørkt og mamma ikke kom. Hun skrev mammas nummer i chatten, 918 47 362, og spurte om vi kunne ringe henne. Vi ba henne slette meldingen fordi alle kan se chatten, roet henne ned og sa at hun skal ringe 112 hvis hun føler seg utrygg. Ifølge jenta kom mamma hjem kort tid etter.',
      '918 47 362',
    ),
    clean(
      'Twitch-stream med Minecraft, chat med rundt 30 ungdommer. Spørsmål om hvor gammel man må være for å ha Snapchat (13 år) og om det er lov å lage memes av kjendiser som Kygo og Aurora. Vi snakket om deling av bilder uten samtykke. God stemning, sendingen varte fra 19.00 til 20.30.',
    ),
    withIds(
      'Discord, gutt på 14 år fra Stavanger. Han fortalte at en jente i klassen som heter Thea har fått en nakenvideo av seg selv spredt på Snapchat, og at kontoen som la den ut heter emma.hj2010. Vi forklarte at dette er straffbart, ba ham ikke dele videre og si fra til en lærer; saken er sendt til Sør-Vest politidistrikt.',
      'Thea',
      'emma.hj2010',
    ),
    clean(
      'Roblox, gutt på 9 år som fortalte at han hadde kjøpt 400 Robux for 59 kroner av bursdagspengene. Han spurte om det er lov å selge brukeren sin, og vi forklarte hvorfor det ikke er lurt. Anbefalte ham å snakke med en voksen før han kjøper noe mer i spillet.',
    ),
  ],
  nn: [
    withIds(
      'Minecraft, jente på 13 år frå Stord. Ho fortalde at ei klassevenninne, Synnøve Haugland, har slutta å kome på skulen etter at nokon la ut bilete av henne i ein gruppechat. Vi rådde henne til å seie ifrå til kontaktlæraren og å vere ein god ven; ho skulle snakke med foreldra sine i kveld.',
      'Synnøve Haugland',
    ),
    clean(
      'Fortnite, to gutar på 14 år frå Voss som spurde kva politiet gjer på Discord. Vi prata om kor mykje ein bør bruke på V-Bucks, om Martin Ødegaard og om kven som er best av Messi og Ronaldo. Minte dei på at dei kan ringje 116 111 om dei treng nokon å snakke med.',
    ),
    withIds(
      'Discord, gut på 14 år som hadde fått beskjed av ein «moderator» om å sende fødselsnummeret sitt for å få tilbake kontoen. Han skreiv 030910 513 88 i meldinga før han spurde oss om det var trygt. Vi forklarte at det er svindel, bad han slette meldinga og fortelje det til foreldra.',
      '030910 513 88',
    ),
    clean(
      'Roblox, fleire born på 10–12 år frå Sogndal i ein Brookhaven-server. Dei ville vite om politiet har lov til å spele Roblox, og kva ein gjer om nokon ber om bilete. Vi forklarte at ein aldri skal sende bilete til folk ein berre kjenner på nett, og at ein alltid kan seie ifrå til ein vaksen.',
    ),
    withIds(
      'Fortnite, gut på 13 år som var redd fordi ein eldre spelar hadde truga med å «kome heim til han». Han hadde sjølv fortalt at han bur i Sjøvegen 7, 6800 Førde. Vi roa han ned, forklarte kvifor ein ikkje skal dele adressa si på nett, og melde saka vidare til politiet i Sunnfjord.',
      'Sjøvegen 7',
      '6800 Førde',
    ),
    clean(
      'Twitch, stream der vi spelte Minecraft med ungdomar frå heile Vestlandet. Spørsmål om korleis ein blir politi, kor lang tid utdanninga tek (tre år) og om vi har sett Kygo live. Profilen vår politiet.vest.nett svarte på spørsmål frå 18.00 til 19.30. Ingen saker registrerte.',
    ),
    withIds(
      'Snapchat vart nemnt i ein Discord-chat: jente på 15 år spurde om ho kunne gi oss telefonnummeret til mora, +47 412 66 093, sidan mora ville snakke med politiet om ein mann som sender meldingar til dottera. Vi forklarte at mora må kontakte politiet direkte på 02800, og bad jenta fjerne nummeret frå chatten.',
      '+47 412 66 093',
    ),
    clean(
      'Minecraft, gut på 11 år som hadde bygd ein kopi av Bryggen i Bergen og ville vise oss kopien. Vi snakka om kor lenge han får spele om kvelden (til 21.00) og om kva han gjer om nokon er slem i chatten. Fin samtale, inga uro.',
    ),
    withIds(
      'Roblox, jente på 12 år som fortalde at ein gut på skulen som kallar seg xX_TorFlamme_Xx i spelet, sender henne ekle meldingar. Ho skreiv òg e-postadressa si i chatten, maria.nes2012 at gmail dot com, fordi ho trudde vi trong ho for å melde saka. Vi rådde henne til å blokkere han, ta skjermbilete og seie ifrå til læraren.',
      'xX_TorFlamme_Xx',
      'maria.nes2012 at gmail dot com',
    ),
    clean(
      'Discord, gut på 14 år som lurte på om det er straffbart å kjøpe Robux frå nettsider som lovar dobbel mengd. Vi forklarte at slike sider ofte er svindel og at han berre bør kjøpe i appen. Han fortalde at han har 6 i matte og vil bli etterforskar. Saksnummer 24-305177, berre registrert som samtale.',
    ),
  ],
  nl: [
    withIds(
      'Roblox, meisje van 12 uit Zwolle. Ze vertelde dat haar vriendin Lotte Visser uit groep 8 van basisschool De Regenboog al weken wordt uitgescholden in de klassenapp en niet meer naar school durft. We hebben haar aangeraden screenshots te maken, het aan de juf te vertellen en haar vriendin te blijven steunen.',
      'Lotte Visser',
      'basisschool De Regenboog',
    ),
    clean(
      'Fortnite, drie jongens van 13 en 14 uit Eindhoven die wilden weten of wij echt van de politie zijn. We praatten over Memphis Depay, PSV en of de Battle Pass zijn geld waard is. Tip gegeven: bij zorgen kun je altijd anoniem De Kindertelefoon bellen op 0800-0432.',
    ),
    withIds(
      "Discord, jongen van 13 uit Gent. Iemand die zich voordeed als moderator vroeg om zijn rijksregisternummer om zijn account 'te verifiëren', en hij had al 11.08.17-263.28 getypt. We legden uit dat dit oplichting is, vroegen hem het bericht te verwijderen en het aan zijn ouders te vertellen.",
      '11.08.17-263.28',
    ),
    clean(
      'Minecraft-server van een middelbare school in Leuven, leerlingen van het eerste en tweede middelbaar. Ze stelden vragen over hoe je bij de politie kan werken en of Lukaku nog scoort voor de Rode Duivels. We herinnerden hen eraan dat ze bij problemen altijd Awel kunnen bellen op 102. Geen bijzonderheden.',
    ),
    withIds(
      'Snapchat kwam ter sprake in een Twitch-chat: een meisje van 15 uit Rotterdam zei dat een man haar elke avond berichten stuurt en gaf ons het nummer van haar moeder, 06-48213957, zodat wij haar konden bellen. We hebben uitgelegd dat we niet via de chat terugbellen, gevraagd het nummer te verwijderen en haar moeder doorverwezen naar 0900-8844.',
      '06-48213957',
    ),
    clean(
      "Roblox, jongen van 10 uit Amersfoort die 800 Robux kwijt was na een 'gratis Robux'-site. We hebben samen zijn wachtwoord veranderd en tweestapsverificatie aangezet. Hij vertelde dat hij later YouTuber wil worden, net als Enzo Knol.",
    ),
    withIds(
      "Fortnite, jongen van 12 die een 'vriend' uit het spel zijn adres had gegeven omdat hij een cadeautje zou krijgen: Lindenlaan 23, 3581 KD Utrecht. We legden uit waarom dat gevaarlijk is, raadden hem aan niet meer te reageren en het vanavond aan zijn vader te vertellen. Melding doorgezet naar het basisteam.",
      'Lindenlaan 23',
      '3581 KD Utrecht',
    ),
    clean(
      "Twitch-stream met Minecraft, zo'n 40 kinderen uit Vlaanderen en Nederland in de chat. Vragen over de leeftijdsgrens van TikTok (13 jaar), over Stromae en over wat je doet als iemand je een naaktfoto stuurt. Ons profiel Politie_Online_NL was van 19.00 tot 20.30 uur actief.",
    ),
    withIds(
      "Discord, meisje van 13 uit Almere. Een 'Roblox-medewerker' had beloofd dat ze haar gehackte account terugkreeg als ze haar BSN stuurde; ze had 237481595 al doorgegeven, net als haar Snapchat lotje.xo11. We legden uit dat dit oplichting is, hielpen haar haar Snapchat-naam te wijzigen en raadden haar aan het samen met haar ouders te melden bij de Fraudehelpdesk.",
      '237481595',
      'lotje.xo11',
    ),
    clean(
      'Minecraft, meisje van 11 uit Brugge dat met haar zus het Belfort nabouwde. We spraken over schermtijd (niet na 21 uur) en over wat je doet als een onbekende cadeautjes aanbiedt. Ze kende Awel al via school en had een 8 op 10 voor haar rapport wiskunde. Geen zorgen.',
    ),
  ],
  fr: [
    withIds(
      "Fortnite, garçon de 12 ans de Liège. Il nous a raconté qu'un autre joueur lui avait promis 5 000 V-Bucks contre son numéro de registre national, et il avait déjà tapé 12.03.04-148.34 dans le chat. Nous lui avons expliqué qu'il s'agit d'une arnaque, lui avons demandé d'effacer le message et d'en parler à ses parents ce soir.",
      '12.03.04-148.34',
    ),
    clean(
      "Roblox, trois filles de 11 et 12 ans de Namur qui jouaient à Adopt Me. On a parlé d'Angèle, de Stromae et de la manière de réagir si quelqu'un demande des photos. Rappel : en Belgique, Écoute-Enfants répond au 103, gratuitement et de façon anonyme.",
    ),
    withIds(
      "Discord, fille de 14 ans de Lyon. Elle a expliqué que sa meilleure amie, qui s'appelle Inès, reçoit des messages menaçants d'un garçon de leur classe de 4e B au collège Jean-Moulin. Nous lui avons conseillé de garder des captures d'écran, de prévenir le CPE et de continuer à soutenir son amie ; signalement transmis à la brigade de protection des familles.",
      'Inès',
      'collège Jean-Moulin',
    ),
    clean(
      "Minecraft, serveur d'un collège de Marseille, élèves de 11 à 14 ans. Questions sur le métier de policier, sur Kylian Mbappé et sur ce qu'on risque si on partage une vidéo humiliante. Nous avons rappelé le 3018, numéro national contre le cyberharcèlement, et le 119 pour l'enfance en danger.",
    ),
    withIds(
      "Twitch, garçon de 12 ans, inquiet parce qu'un joueur adulte veut le rencontrer. Il lui avait déjà donné son adresse, 12 rue des Lilas, 31000 Toulouse, et le numéro de sa mère, 06 12 47 83 59. Nous lui avons dit de ne plus répondre, de bloquer ce joueur et d'en parler tout de suite à sa mère ; la situation a été signalée.",
      '12 rue des Lilas',
      '31000 Toulouse',
      '06 12 47 83 59',
    ),
    clean(
      'Fortnite, deux garçons de 15 ans de Bruxelles qui voulaient savoir si notre profil Police_Belge_Online était vraiment tenu par des policiers. On a parlé de Squeezie, de la Coupe du monde et des arnaques aux skins gratuits. Échange enregistré sous le numéro de dossier BR.55.L1.012345/24.',
    ),
    withIds(
      "Roblox, fille de 13 ans de Nantes. Pour « prouver son âge » à un prétendu modérateur, elle lui avait envoyé son numéro de sécurité sociale, 2 11 06 75 123 048 96, recopié sur un papier de sa mère. Nous lui avons expliqué que personne n'a besoin de ce numéro dans un jeu, qu'elle devait supprimer le message et prévenir ses parents.",
      '2 11 06 75 123 048 96',
    ),
    clean(
      "Discord, garçon de 10 ans d'Avignon qui avait perdu 1 200 Robux sur un site de « Robux gratuits ». Nous l'avons aidé à changer son mot de passe et à activer la double authentification. Il nous a dit qu'il adore Mario Kart et qu'il a eu 16/20 en maths.",
    ),
    withIds(
      "Snapchat mentionné sur Fortnite : garçon de 14 ans de Charleroi qui se fait harceler par un élève de sa classe, Lucas Dubois. Il nous a aussi donné son propre pseudo Snap, noah.crl10, pour qu'on le « contacte ». Nous avons expliqué que nous ne contactons personne en privé et l'avons orienté vers le 103 et la direction de son école.",
      'Lucas Dubois',
      'noah.crl10',
    ),
    clean(
      "Minecraft, fille de 12 ans de Paris qui construisait la tour Eiffel avec des copines. On a parlé du temps d'écran (pas après 21 h) et de ce qu'il faut faire si un inconnu propose des cadeaux. Elle connaissait déjà le 3018 grâce à son collège. Aucune inquiétude.",
    ),
  ],
  de: [
    withIds(
      'Roblox, Mädchen, 12 Jahre, aus Köln. Sie erzählte, dass ihre beste Freundin Lena Schulz seit Wochen in der Klassengruppe fertiggemacht wird und nicht mehr zur Schule gehen will. Wir haben ihr geraten, Screenshots zu machen, sich an die Vertrauenslehrerin zu wenden und weiter für ihre Freundin da zu sein.',
      'Lena Schulz',
    ),
    clean(
      'Fortnite, drei Jungs zwischen 13 und 15 aus Hamburg, die wissen wollten, ob wir echte Polizisten sind. Gesprochen über Toni Kroos, den HSV und ob sich der Battle Pass für 950 V-Bucks lohnt. Hinweis auf die Nummer gegen Kummer, 116 111, kostenlos und anonym.',
    ),
    withIds(
      'Discord, Junge, 14, aus Leipzig. Ein angeblicher Moderator hatte gedroht, seinen Account zu löschen, wenn er nicht seine Handynummer schickt – er hatte schon 0176 43829157 geschrieben. Wir haben ihm erklärt, dass das Betrug ist, ihm geholfen, die Nachricht zu löschen, und ihm geraten, mit seinen Eltern zu sprechen.',
      '0176 43829157',
    ),
    clean(
      'Minecraft-Server einer Gesamtschule in Dortmund, Schülerinnen und Schüler der 7. und 8. Klasse. Fragen dazu, wie man zur Polizei kommt, ob wir eine Dienstwaffe tragen und ob Steve aus Minecraft eigentlich einen Nachnamen hat. Hinweis: Im Notfall immer die 110 wählen.',
    ),
    withIds(
      'Fortnite, Junge, 11, aus München. Ein „Freund“ aus dem Spiel wollte ihm ein Geschenk schicken, und er hatte ihm schon seine Adresse gegeben: Lindenstraße 8, 80331 München. Wir haben erklärt, warum man Adressen nie an Online-Bekanntschaften weitergibt; er will heute Abend mit seiner Mutter sprechen. Meldung an das zuständige Kommissariat weitergeleitet.',
      'Lindenstraße 8',
      '80331 München',
    ),
    clean(
      'Twitch, Minecraft-Stream, rund 50 Kinder und Jugendliche im Chat. Fragen zu TikTok ab 13, zu Cro und dazu, was man tut, wenn jemand Nacktbilder verschickt. Unser Profil Polizei_NRW_Online war von 18:00 bis 19:30 Uhr aktiv. Keine Auffälligkeiten.',
    ),
    withIds(
      'Snapchat wurde in einem Roblox-Chat erwähnt: Ein Mädchen, 13, aus Bremen erzählte, dass ein Junge, der Finn heißt und in ihre Klasse geht, Bilder von ihr weiterschickt. Sie hat uns auch ihren Snapchat-Namen gegeben, mia.sunny11, damit wir ihr „folgen“ können. Wir haben erklärt, dass wir das nicht tun, und ihr geraten, sich an die Schulsozialarbeit zu wenden.',
      'Finn',
      'mia.sunny11',
    ),
    clean(
      'Roblox, Junge, 12, aus Stuttgart, der stolz erzählte, dass er 800 Robux für 9,99 € gekauft hat. Wir haben über Fake-Seiten mit „Gratis-Robux“ gesprochen und ihm geraten, vor jedem Kauf seine Eltern zu fragen. Er hat in Mathe eine 2 und will später zur Kripo.',
    ),
    withIds(
      'Minecraft, Mädchen, 14, aus Hannover, deren Account gehackt wurde. Sie hat ihre E-Mail-Adresse so in den Chat geschrieben, wie es ihr ein falscher Support-Mitarbeiter erklärt hatte: jana.krueger2010 at web dot de. Wir haben ihr geholfen, das Passwort zu ändern, und ihr geraten, ihren Eltern Bescheid zu sagen.',
      'jana.krueger2010 at web dot de',
    ),
    clean(
      'Discord, Junge, 15, aus Berlin, der fragte, ob es strafbar ist, Memes über Olaf Scholz zu teilen. Wir haben über Persönlichkeitsrechte und Beleidigung gesprochen. Aktenzeichen 24/3318-K, nur als Gespräch erfasst.',
    ),
  ],
  is: [
    withIds(
      'Roblox, 12 ára stelpa frá Akureyri. Hún sagði að besta vinkona hennar, Guðrún Jónsdóttir, fái ljót skilaboð í bekkjarhópnum á hverju kvöldi og vilji ekki lengur fara í skólann. Við ráðlögðum henni að taka skjáskot, láta kennarann vita og halda áfram að styðja vinkonu sína.',
      'Guðrún Jónsdóttir',
    ),
    clean(
      'Fortnite, þrír strákar um 13 ára úr Hafnarfirði sem vildu vita hvort við værum alvöru lögreglumenn. Við spjölluðum um Aron Pálmarsson, handboltalandsliðið og hvort Battle Pass sé peninganna virði. Minntum þá á að hægt er að hringja í Hjálparsíma Rauða krossins, 1717, allan sólarhringinn.',
    ),
    withIds(
      'Discord, 12 ára strákur. Einhver sem þóttist vera stjórnandi bað um kennitöluna hans til að „staðfesta aðganginn“ og hann var búinn að skrifa 080312-2100 í spjallið. Við útskýrðum að þetta væru svik, báðum hann að eyða skilaboðunum og segja foreldrum sínum frá.',
      '080312-2100',
    ),
    clean(
      'Minecraft-netþjónn grunnskóla í Reykjanesbæ, nemendur í 7. og 8. bekk. Spurningar um hvernig maður verður lögreglumaður og hvort Creeper geti sprengt alvöru hús. Við minntum á 112 í neyð og að alltaf megi tala við fullorðinn sem maður treystir.',
    ),
    withIds(
      'Fortnite, 11 ára strákur sem var hræddur af því að eldri spilari hótaði að „koma heim til hans“. Hann hafði sjálfur sagt honum að hann ætti heima í Hraunbæ 42, 110 Reykjavík. Við róuðum hann, útskýrðum af hverju maður gefur aldrei upp heimilisfang á netinu og létum lögregluna á höfuðborgarsvæðinu vita.',
      'Hraunbæ 42',
      '110 Reykjavík',
    ),
    clean(
      'Twitch, Minecraft-streymi með um 30 krökkum úr Kópavogi og Garðabæ. Spurt var um TikTok, Bríeti og Laufeyju og hvað eigi að gera ef einhver sendir nektarmyndir. Prófíllinn okkar Lögreglan_Netvakt var virkur frá kl. 19:00 til 20:30. Ekkert sem þarf að fylgja eftir.',
    ),
    withIds(
      'Snapchat kom upp í spjalli á Roblox: 14 ára stelpa gaf okkur símanúmer mömmu sinnar, 867 4521, svo að við gætum hringt í hana út af manni sem sendir henni skilaboð. Við útskýrðum að mamma hennar þyrfti sjálf að hafa samband við lögregluna og báðum hana að eyða númerinu úr spjallinu.',
      '867 4521',
    ),
    clean(
      'Roblox, 9 ára strákur frá Selfossi sem hafði keypt 400 Robux fyrir afmælispeningana. Við töluðum um svikasíður sem lofa „ókeypis Robux“ og hann lofaði að spyrja pabba sinn áður en hann kaupir meira. Hann sagðist vera bestur í bekknum í stærðfræði.',
    ),
    withIds(
      'Discord, 13 ára stelpa úr Garðabæ. Hún sagði að strákur í bekknum hennar, sem heitir Arnar, hefði dreift mynd af henni, og gaf okkur líka notandanafnið sitt á Snapchat, birta.sol2011, svo að við gætum „fylgst með“. Við ráðlögðum henni að tala við námsráðgjafann og tilkynna myndina.',
      'Arnar',
      'birta.sol2011',
    ),
    clean(
      'Minecraft, 15 ára strákur frá Ísafirði sem spurði hvort það væri ólöglegt að kaupa Fortnite-aðgang af öðrum. Við útskýrðum að slík kaup brjóti reglur leiksins og að oft sé um svik að ræða. Skráð sem samtal, málsnúmer 007-2024-041233.',
    ),
  ],
  fi: [
    withIds(
      'Roblox, 12-vuotias tyttö Jyväskylästä. Hän kertoi, että hänen paras ystävänsä Eveliina Korhonen saa joka ilta ilkeitä viestejä luokan ryhmächatissa eikä halua enää mennä kouluun. Neuvoimme ottamaan kuvakaappauksia, kertomaan asiasta opettajalle ja tukemaan ystävää.',
      'Eveliina Korhonen',
    ),
    clean(
      'Fortnite, kolme 13–14-vuotiasta poikaa Oulusta, jotka halusivat tietää, olemmeko oikeita poliiseja. Juteltiin Teemu Pukin maaleista, Battle Passin hinnasta ja siitä, kannattaako V-Buckseja ostaa. Muistutettiin, että MLL:n Lasten ja nuorten puhelin vastaa numerossa 116 111.',
    ),
    withIds(
      'Discord, 13-vuotias poika Espoosta. Joku ”moderaattori” oli pyytänyt hänen henkilötunnustaan tilin vahvistamiseksi, ja hän oli jo kirjoittanut 190711A284W chattiin. Kerroimme, että kyse on huijauksesta, ja pyysimme häntä poistamaan viestin ja kertomaan asiasta vanhemmilleen.',
      '190711A284W',
    ),
    clean(
      'Minecraft-palvelin, jota pyörittää helsinkiläinen yläkoulu, mukana 7.- ja 8.-luokkalaisia. Kysymyksiä poliisin työstä, Käärijästä ja siitä, mitä tehdä, jos joku pyytää alastonkuvia. Muistutettiin, että hätätilanteessa soitetaan 112.',
    ),
    withIds(
      'Fortnite, 11-vuotias poika, jota vanhempi pelaaja oli uhannut tulla ”käymään hänen kotonaan”. Poika oli itse kertonut asuvansa osoitteessa Hämeenkatu 12 B 7, 33100 Tampere. Rauhoittelimme häntä, kerroimme, miksi osoitetta ei kannata jakaa netissä, ja välitimme tiedon Sisä-Suomen poliisille.',
      'Hämeenkatu 12 B 7',
      '33100 Tampere',
    ),
    clean(
      'Twitch, Minecraft-striimi, chatissa noin 40 lasta ja nuorta eri puolilta Suomea. Kysyttiin TikTokin ikärajasta, Robinin keikoista ja siitä, miten toimia nettikiusaamisessa. Profiili Poliisi_Nettipartio oli paikalla klo 18.00–19.30. Ei jatkotoimia.',
    ),
    withIds(
      'Snapchat mainittiin Roblox-chatissa: 14-vuotias tyttö antoi meille äitinsä numeron 040 758 3921, jotta soittaisimme hänelle miehestä, joka lähettelee tytölle viestejä. Kerroimme, että äidin täytyy itse ottaa yhteyttä poliisiin, ja pyysimme poistamaan numeron chatista.',
      '040 758 3921',
    ),
    clean(
      'Roblox, 9-vuotias poika Lahdesta, joka oli ostanut 800 Robuxia syntymäpäivärahoillaan. Puhuttiin ”ilmaisia Robuxeja” lupaavista huijaussivuista, ja hän lupasi kysyä isältään ennen seuraavaa ostosta. Hän kertoi saaneensa matikan kokeesta 9+.',
    ),
    withIds(
      'Discord, 13-vuotias tyttö Turusta. Hän kertoi, että luokan poika, jonka nimi on Onni, levittää hänestä kuvia, ja antoi samalla Snapchat-nimensä aino.s2011, jotta voisimme ”seurata” häntä. Kerroimme, ettemme tee niin, ja neuvoimme kääntymään koulukuraattorin puoleen.',
      'Onni',
      'aino.s2011',
    ),
    clean(
      'Minecraft, 15-vuotias poika Rovaniemeltä, joka kysyi, onko laitonta myydä oma Fortnite-tili. Kerroimme, että se rikkoo pelin sääntöjä ja että tilikaupoissa huijataan usein. Kirjattu keskusteluksi, diaarinumero 5500/2024/3318.',
    ),
  ],
  sv: [
    withIds(
      'Roblox, tjej 12 år från Umeå. Hon berättade att hennes bästa kompis Ella Lindqvist får elaka meddelanden i klassens gruppchatt varje kväll och inte vill gå till skolan längre. Vi rådde henne att ta skärmdumpar, prata med mentorn och fortsätta stötta sin kompis.',
      'Ella Lindqvist',
    ),
    clean(
      'Fortnite, tre killar 13–14 år från Göteborg som ville veta om vi var riktiga poliser. Vi snackade om Zlatan, Viktor Gyökeres och om Battle Pass är värt pengarna. Påminde om att BRIS svarar på 116 111 dygnet runt.',
    ),
    withIds(
      'Discord, tjej 13 år från Malmö. En påstådd moderator hade bett om hennes personnummer för att ”verifiera kontot”, och hon hade redan skrivit 110523-3843 i chatten. Vi förklarade att det är bedrägeri, bad henne radera meddelandet och berätta för sina föräldrar.',
      '110523-3843',
    ),
    clean(
      'Minecraft-server för en högstadieskola i Västerås, elever i årskurs 7 och 8. Frågor om polisutbildningen, om PewDiePie och om vad man gör om någon skickar nakenbilder. Påminde om 112 vid nödläge och 114 14 för att tipsa polisen.',
    ),
    withIds(
      'Fortnite, kille 11 år som var rädd för att en äldre spelare hotat att ”komma hem till honom”. Han hade själv skrivit att han bor på Storgatan 5, 753 20 Uppsala. Vi lugnade honom, förklarade varför man aldrig delar sin adress på nätet och skickade uppgifterna vidare till lokalpolisområdet.',
      'Storgatan 5',
      '753 20 Uppsala',
    ),
    clean(
      'Twitch, Minecraft-stream med ungefär 35 barn och unga i chatten. Frågor om åldersgränsen på TikTok, om Zara Larsson och om vad man gör vid nätmobbning. Vår profil Polisen_Natpatrullen var aktiv kl. 18.00–19.30. Inga åtgärder.',
    ),
    withIds(
      'Snapchat nämndes i en Roblox-chatt: tjej 14 år gav oss sin mammas nummer, 070-418 62 97, så att vi skulle ringa om en man som skickar meddelanden till henne. Vi förklarade att mamma behöver kontakta polisen själv på 114 14 och bad henne ta bort numret ur chatten.',
      '070-418 62 97',
    ),
    clean(
      'Roblox, kille 12 år från Örebro som köpt 800 Robux för 99 kronor av födelsedagspengarna. Vi pratade om bluffsidor som lovar ”gratis Robux”, och han lovade att fråga pappa innan nästa köp. Han berättade stolt att han fått A på matteprovet.',
    ),
    withIds(
      'Discord, tjej 13 år från Linköping. Hon berättade att en kille som heter Hugo och går i 7C på Folkungaskolan sprider bilder på henne, och hon gav oss sin mejl för att vi skulle ”höra av oss”: wilma.berg2011 at hotmail dot se. Vi förklarade att vi inte kontaktar någon privat och rådde henne att prata med kuratorn.',
      'Hugo',
      'Folkungaskolan',
      'wilma.berg2011 at hotmail dot se',
    ),
    clean(
      'Minecraft, kille 15 år från Luleå som undrade om det är olagligt att sälja sitt Fortnite-konto. Vi förklarade att det bryter mot spelets regler och att sådana affärer ofta är bluff. Registrerat som samtal, diarienummer 5000-K123456-24.',
    ),
  ],
};
