import { clean, CorpusNote, withIds } from './corpus-note';

/**
 * Round fourteen: written blind, without reading the detector or earlier rounds, before the detector was run on it.
 * The notes are end-of-evening debrief paragraphs (what worked, challenges, signals, platform observations) with one
 * identifier slipped in somewhere in the middle, and non-native English summaries by Nordic, Dutch and Belgian
 * officers. The clean debriefs are long and full of capitalised words that are not people: platforms, games and
 * game modes, events, help lines and organisations, police units, towns, famous people, numbers of every kind.
 * Identity numbers carry valid check digits.
 */
export const ROUND_FOURTEEN: Readonly<Record<string, readonly CorpusNote[]>> = {
  en: [
    withIds(
      'Debrief after the Fortnite evening, Norwegian team. We was in the Creative hub from 19:00 to 21:30 and had around 20 conversations, mostly boys in the age 12–14. One lad kept asking for my snap, his own was lukas_k09, and I wrote it in the log before I thinked about it. The trust came quick when we explained that Politiet is also online and not only on the street. For the next time we must prepare better answers about what is allowed to stream on Twitch.',
      'lukas_k09',
    ),
    withIds(
      'Summary of the Discord session for the Europol liaison. It was a calm evening and the most questions was about V-Bucks scams and fake giveaways in the name of MrBeast. The boy who we helped last week came back to the server and said the scammer had asked his henkilötunnus, and he almost send 120311A247Y before he stopped himself. We told him to speak with the parents and to call the help line of MLL. Good signal is that the youngsters return to us on their own.',
      '120311A247Y',
    ),
    withIds(
      'Debrief Roblox, Brookhaven and Adopt Me, Thursday evening. We have spoken with 17 kids, age 10 until 13, and most of them did know already what is the Kindertelefoon. One boy read out his phone number in the voice chat, 06-18273645, before we could stop him, so we explained him directly why this is not smart. The moderators of the game was fast to help when we reported an adult account. For next time I think we should be two officers in the same server, not one.',
      '06-18273645',
    ),
    withIds(
      'Short summary for the liaison meeting in The Hague. The Minecraft server was full with youngsters from Antwerpen and Gent, mostly playing Bed Wars and SkyWars. A girl told that a man on TikTok had ask her to mail him pictures, and she typed her own adress in the chat as stefke.vdb2011 at gmail dot com before we could say anything. We let her remove the message and we passed the case to Child Focus the same night. In general the atmosphere was positive and the kids found our uniform avatar very funny.',
      'stefke.vdb2011 at gmail dot com',
    ),
    withIds(
      "End of session notes from Trondheim, Twitch and Discord. It was not so many chats this evening, maybe 9, because of the winter holiday in Trøndelag. A boy was worried for his cousin Marius Andreas Holm, who don't come out of his room anymore and only plays in the night. We gave him the number to Kors på halsen and told that he can also speak with the school nurse. I think we must learn more how to answer when they tell about family and not only about themselves.",
      'Marius Andreas Holm',
    ),
    clean(
      'Debrief Friday 14 March, Fortnite and Roblox, written by the Finnish team. From 19 to 21 we had 23 conversations and around 60 % of the players was between 13 and 15 years. Most questions was about the Winterfest event, about free V-Bucks sites and if Poliisi can read their private messages on Discord. Many of them know MrBeast and IShowSpeed better than any police, so we used the fake giveaways in their name as example. The voice chat in Battle Royale is too fast for longer talk, Creative mode worked much better. Signal for NC3 and Europol: again a wave of fake Steam gift cards for 25 euro shared on Minecraft servers.',
    ),
    clean(
      'Summary in English for the Nordic meeting in Oslo in April. Kripos joined us in the Roblox session on Wednesday, we visited Brookhaven, Adopt Me and Blox Fruits and talked with around 30 kids. The younger ones, age 9–11, asked mostly about the Halloween update and if it is allowed to trade pets for Robux. Redd Barna and Kors på halsen was mentioned in almost every chat, and two girls said they already used the chat of Kors på halsen in January. What worked good: short questions, emojis and patience. What did not work: the long text with rules in the server description, nobody was reading it.',
    ),
    clean(
      'Debrief from Politie Oost-Nederland, Tuesday evening on Twitch and Discord. We joined a charity stream of a Dutch Minecraft creator and answered 41 messages in the chat between 20:00 and 21:15. The youngsters asked about cheating in Bed Wars, about the price of Discord Nitro (9,99 euro in the month) and if the police plays Fortnite for real. Some asked if Max Verstappen is also playing Fortnite, which gave a nice start to talk about fake accounts of famous people. Kindertelefoon and Helpwanted.nl were shared three times. Observation for the platform: servers for 13+ have many users who are clearly 11 or 12, so the age check does not work like Discord is saying.',
    ),
    clean(
      'English summary for Europol, session of Saturday with teams from Brussel and Liège. Police Fédérale and the local zone did a common Minecraft stream together with Child Focus and at the peak, around 19:40, we had 150 viewers. The questions was about sextortion, the Snap Map and if Instagram gives data to the police. Famous names came back all the time: Kylian Mbappé skins, Lionel Messi in EA Sports FC, videos of Squeezie and songs of Stromae. Challenge: French and Dutch in the same chat is hard, and for Eupen we need next time a moderator who speaks German.',
    ),
    clean(
      'Short summary from Lögreglan á höfuðborgarsvæðinu, written in English for the liaison network. In October we had 5 sessions on Discord and Roblox, every Thursday from 19 to 21, and we met about 110 youngsters in age 12–16. Barnaheill and Stígamót cooperate with us and their links was posted in every server. The biggest trends was Grow a Garden and Dress to Impress, and many girls asked about fake modelling offers on Instagram and TikTok, or if we like Laufey as much as they do. Good experience: young people in Reykjavík and Akureyri said they feel more safe when they see the police online.',
    ),
  ],
  nb: [
    withIds(
      'Debrief etter kveldens økt på Discord og Roblox. Vi hadde 18 samtaler, de fleste med jenter på 12–13 år, og mange kjente igjen uniformen fra skolebesøkene i høst. Jenta vi hjalp forrige uke, Sofie fra 8B på Nordby skole, skrev igjen senere og fortalte at kontoen som presset henne, var stengt. Det var godt å høre, men det minner oss på at oppfølging betyr mye. Neste gang bør vi avtale et fast tidspunkt for slike tilbakemeldinger.',
      'Sofie',
      '8B på Nordby skole',
    ),
    withIds(
      'Oppsummering av kvelden i Fortnite. Det gikk tregt i starten, men etter klokka 20 kom det mange spørsmål om svindel med V-Bucks og falske gavekort. En gutt fortalte at en «rekrutterer» hadde bedt om fødselsnummeret hans, og han skrev det rett i chatten, 14031152314, før vi rakk å stoppe ham. Vi fikk slettet meldingen, forklarte hvorfor og meldte saken videre til Kripos. Det viser at de yngste ikke skjønner hvor mye et personnummer er verdt.',
      '14031152314',
    ),
    withIds(
      'Debrief fra Twitch-strømmen i Stavanger. Stemningen var god og chatten aktiv hele kvelden, over 200 meldinger på halvannen time. Én gutt spurte gang på gang om snappen min, og den han selv brukte, var mathias.brg07, noe han skrev tre ganger. Vi svarte at politiet ikke deler private kontoer, og brukte det som en anledning til å snakke om hvem man legger til. Mange av de andre i chatten tok poenget, og flere skrev at de skulle rydde i vennelistene sine.',
      'mathias.brg07',
    ),
    withIds(
      'Kveldens økt i Minecraft var roligere enn vanlig, kanskje fordi det var vinterferie på Østlandet. En gutt i Bed Wars var så ivrig etter å få hjelp med en hacket konto at han leste opp mobilnummeret sitt, 412 38 765, i talechatten. Vi stoppet ham og forklarte at vi aldri trenger slikt der inne. Det gikk fint, men det viser at vi må si tydeligere fra tidlig hva de ikke skal dele. Ellers var det mye prat om Halloween-eventet og nye skins.',
      '412 38 765',
    ),
    withIds(
      'Debrief, spørsmål om Snapchat på Discord. Flere jenter i 13–14-årsalderen spurte hva de skal gjøre når noen truer med å spre bilder. Ei av dem ville at vi skulle sende informasjon på e-post og skrev adressen som emma.lie09 krøllalfa gmail punktum com, før vi rakk å si at vi ikke tar imot slikt. Vi henviste heller til Kors på halsen og slettmeg.no. Det sier mye om hvor utrygge de er, og hvor lite de tenker på at alt i chatten kan leses av andre.',
      'emma.lie09 krøllalfa gmail punktum com',
    ),
    clean(
      'Debrief torsdag 6. februar, Roblox og Fortnite fra 19 til 21. Vi hadde 23 samtaler, de fleste med barn mellom 10 og 13 år, og rundt halvparten spilte Brookhaven eller Adopt Me. Spørsmålene handlet mest om Robux-svindel, om Politiet kan se private meldinger og om hvorfor vi har uniform i spillet. Redd Barna og Kors på halsen ble delt i chatten sju ganger, og to fra Kripos fulgte økta som observatører. Det som fungerte best, var korte svar og humor; det som fungerte dårligst, var lange forklaringer om regelverket. Til neste gang vil vi prøve Blox Fruits, der det ifølge barna foregår mye bytting av kontoer.',
    ),
    clean(
      'Oppsummering fra Twitch-strømmen med Oslo politidistrikt. Vi var live i 90 minutter og hadde på det meste 340 seere, mange fra Bærum, Asker og Drammen. Chatten ville helst snakke om Erling Haaland, Martin Ødegaard og hvem som vinner Eliteserien, men etter hvert kom det gode spørsmål om deling av bilder og om Snap Map. Vi la ut lenke til slettmeg.no og Kors på halsen flere ganger. Utfordringen var tempoet: Med over 15 meldinger i minuttet rakk vi ikke å svare på alt, så neste gang bør vi være tre i stedet for to.',
    ),
    clean(
      'Debrief etter Minecraft-kvelden i samarbeid med Redd Barna. Serveren var åpen fra 18:30 til 21:00, og spillerne bygde en politistasjon i Creative mens vi pratet om nettvett. Elevene i 7. klasse var mest opptatt av Bed Wars og Winterfest i Fortnite, mens de eldste spurte om TikTok og aldersgrensen på 13 år. Lærere i Bergen hadde tipset om økta i KRLE og samfunnsfag, og det merket vi på spørsmålene. Neste økt blir i mars, og da vil vi ha med noen fra Kripos og NC3 for å snakke om svindel.',
    ),
    clean(
      'Kveldens signaler: Flere på 14 og 15 år forteller om falske modelloppdrag på Instagram, og det er de samme tre tilbudene som går igjen fra Tromsø til Kristiansand. På Discord er det mange servere for «gratis Nitro», og én av dem hadde over 4 000 medlemmer fredag kveld. Vi meldte serverne til Discord Trust & Safety og sendte en oppsummering til Kripos. Ellers var det hyggelig stemning i Roblox, der barna viste oss Halloween-huset sitt i Brookhaven og spurte om vi likte Taylor Swift. Det er slike små øyeblikk som bygger tillit over tid.',
    ),
    clean(
      'Plattformobservasjoner etter ukas tre økter, mandag, onsdag og fredag. Fortnite har fått nye foreldrekontroller, men få av barna vi snakket med, visste om dem, og ingen hadde slått dem på. I Roblox opplever de yngste, 9–11 år, at voice chat er skremmende, mens 13-åringene helst vil ha den. På Twitch ble det mye snakk om MrBeast og om konkurranser med premier på 500 kroner, som nesten alltid viser seg å være svindel. Til sammen ble det 61 samtaler, og Alarmtelefonen for barn og unge på 116 111 ble nevnt i nesten hver tredje.',
    ),
  ],
  nn: [
    withIds(
      'Debrief etter kvelden på Discord. Det var stille fram mot klokka 20, men så kom det fleire spørsmål om trugsmål og pengekrav. Ein gut fortalde at storebroren hans, Eirik Johan Haugland, hadde betalt 2 000 kroner til ein konto han ikkje kjende, fordi han var redd for at bilete skulle bli spreidde. Vi rådde han til å snakke med foreldra og melde det til politiet, og vi gav han nummeret til Kors på halsen. Slike samtalar tek tid, og vi må setje av meir rom til dei.',
      'Eirik Johan Haugland',
    ),
    withIds(
      'Oppsummering frå Roblox-økta. Stemninga var god, og borna var nyfikne på kva politiet gjer på nettet. Ei jente fortalde at nokon i Brookhaven hadde bede om personnummeret hennar for å «vinne» Robux, og ho hadde faktisk skrive 190810 51707 i ei privat melding. Vi forklarte kvifor det er farleg, og ho lova å seie det til mora. Det syner at også dei yngste blir freista av slike tilbod.',
      '190810 51707',
    ),
    withIds(
      'Debrief frå Fortnite-kvelden på Vestlandet. Vi hadde 14 samtalar, dei fleste med gutar på 12–14 år frå Førde, Voss og Sogndal. Ein av dei sa at han ikkje turte gå heim, fordi nokon frå spelet visste at han budde i Strandgata 9, noko han hadde fortalt sjølv i ein stream. Vi tok det på alvor, fekk kontakt med føresette og melde det vidare til vakthavande. Elles handla kvelden mest om nye skins og Battle Royale.',
      'Strandgata 9',
    ),
    withIds(
      'Kveldens økt på Twitch og TikTok var prega av spørsmål om falske konkurransar. Ei jente ville absolutt at vi skulle følgje henne og limte inn lenkja https://www.tiktok.com/@ingrid_fjell08 i chatten. Vi svarte venleg at politiet ikkje følgjer private kontoar, og brukte det til å snakke om kven som kan sjå innhaldet deira. Fleire av dei andre skreiv at dei hadde opne profilar utan å ha tenkt over det. Det er eit tema vi bør ta opp att neste veke.',
      'https://www.tiktok.com/@ingrid_fjell08',
    ),
    withIds(
      'Debrief, Minecraft-server med elevar frå heile Møre og Romsdal. Vi hadde 11 samtalar og mest prat om Bed Wars, men éin gut var svært oppteken av at kontoen hans var stolen. Han skreiv at vi kunne ringje han på 934 12 580 om vi fann ut noko, og det stod der ei god stund før vi fekk sletta det. Vi forklarte at slikt skal gå via føresette og dei vanlege kanalane til politiet. Til neste gong bør moderatorane på serveren ha eit filter for telefonnummer.',
      '934 12 580',
    ),
    clean(
      'Debrief onsdag 12. mars, Roblox og Minecraft frå 19 til 21. Vi hadde 19 samtalar med born mellom 10 og 14 år, dei fleste frå Bergen, Stord og Haugesund. Dei yngste ville helst vise oss Adopt Me og Blox Fruits, medan dei eldre spurde kvifor Politiet i det heile er på Discord. Redd Barna og Kors på halsen vart lenkja til i chatten fem gonger, og to jenter sa at dei hadde brukt chatten til Kors på halsen før. Det som fungerte, var å svare kort og å spele med dei ei stund før vi tok opp alvorlege tema.',
    ),
    clean(
      'Oppsummering frå Twitch-straumen saman med Vest politidistrikt. Vi var direkte i ein time og tre kvarter og hadde opp mot 280 sjåarar på det meste. Chatten snakka mykje om Erling Haaland, om Brann og om Winterfest i Fortnite, men også om deling av bilete på Snapchat. Vi la ut lenkje til slettmeg.no og til Alarmtelefonen 116 111 fleire gonger. Utfordringa var at mange skreiv dialekt og engelsk om kvarandre, så svara våre vart av og til for formelle.',
    ),
    clean(
      'Debrief etter Halloween-eventet i Roblox. Over 40 born var innom serveren vår i løpet av kvelden, og mange hadde laga eigne kostyme til avatarane sine. Spørsmåla handla om Robux, om kor gamal ein må vere for å ha TikTok og om korleis ein blokkerer nokon på Discord. Lærarar i Sunnfjord hadde nemnt økta i samfunnsfag og norsk, og det merka vi på kor førebudde elevane var. Neste gong vil vi invitere Kripos og NC3 til å snakke om svindel i spel.',
    ),
    clean(
      'Signal frå veka: Fleire 15-åringar fortel om tilbod om «lettente pengar» på Instagram og Snapchat, og det same oppsettet går att frå Ålesund til Kristiansand. På Discord fann vi to serverar med over 3 000 medlemer som lovar gratis Nitro, og desse er melde til Discord Trust & Safety. I Fortnite er det mykje prat om Creative-kart som krev at ein loggar inn på eksterne sider. Vi har sendt ei samla oppsummering til Kripos og Europol. Elles var stemninga god, og mange takka for at vi var der.',
    ),
    clean(
      'Plattformobservasjonar etter tre kveldar, tysdag, torsdag og laurdag. Foreldrekontrollane i Roblox og Fortnite er lite kjende, og berre to av 37 born vi spurde, hadde slått dei på. I Minecraft var det mykje Bed Wars og SkyWars, og dei fleste spelarane var mellom 11 og 13 år. På TikTok og Twitch gjekk det mykje i MrBeast og konkurransar med premiar på 1 000 kroner, som nesten alltid er svindel. Vi ser at tillit tek tid, men at dei same borna kjem att veke etter veke.',
    ),
  ],
  nl: [
    withIds(
      "Debrief na de avond op Discord en Roblox. We hadden 16 gesprekken, vooral met meiden van 12 tot 14, en de toon was open en nieuwsgierig. Eén meisje vertelde dat een 'recruiter' op Instagram om haar BSN had gevraagd voor een betaalde opdracht, en ze had 238471652 al in het gesprek gezet voordat ze ging twijfelen. We hebben uitgelegd waarom dat gevaarlijk is en haar naar Helpwanted.nl en de Kindertelefoon verwezen. Dit soort oplichting zien we steeds vaker bij jongere kinderen.",
      '238471652',
    ),
    withIds(
      'Korte terugblik op de Fortnite-sessie van vanavond. Het begon rustig, maar rond 20:30 kwamen er veel vragen over gratis V-Bucks en nepgiveaways. Een jongen die zijn account kwijt was, las in de voicechat zijn nummer voor, 06 41 27 83 95, omdat hij dacht dat wij hem dan konden bellen. We hebben hem meteen onderbroken en uitgelegd dat de politie dat nooit zo vraagt. Volgende keer moeten we aan het begin duidelijker zeggen wat je niet deelt.',
      '06 41 27 83 95',
    ),
    withIds(
      "Debriefing van de Minecraft-avond met de politiezone Antwerpen. We speelden vooral Bed Wars en kregen tussendoor veel vragen over pesten in de klas. Een jongen vertelde dat zijn beste vriend Daan al weken niet meer naar school durft omdat er foto's van hem rondgaan op Snapchat. We hebben hem gewezen op Child Focus en op het CLB, en gezegd dat hij het ook aan een leerkracht mag vertellen. Zulke verhalen komen pas na een halfuur los, dus we moeten de sessies niet te kort maken.",
      'Daan',
    ),
    withIds(
      'Terugblik op Twitch en TikTok, donderdagavond. Er waren veel vragen over sextortion en of je aangifte kunt doen als je zelf iets hebt gestuurd. Een meisje wilde dat we haar informatie mailden en tikte noor.jansen2010@hotmail.com in de chat, zichtbaar voor iedereen. We hebben het bericht laten verwijderen en haar gewezen op Helpwanted.nl. Het laat zien hoe weinig kinderen nadenken over wie er allemaal meeleest.',
      'noor.jansen2010@hotmail.com',
    ),
    withIds(
      'Debriefing na de Roblox-sessie in Brookhaven met kinderen uit Gent, Brugge en Kortrijk. De sfeer was goed en de kinderen vonden het grappig dat de politie een eigen huis in het spel had. Een meisje van 11 vertelde dat iemand haar 1 000 Robux had beloofd in ruil voor haar rijksregisternummer, en ze had 12.09.27-148.65 al doorgestuurd. We hebben samen met haar ouders contact opgenomen en de zaak doorgegeven. Voor de volgende keer willen we een korte uitleg over identiteitsfraude voorbereiden.',
      '12.09.27-148.65',
    ),
    clean(
      "Debrief vrijdag 7 maart, Fortnite en Roblox van 19:00 tot 21:00. We hadden 27 gesprekken, de meeste met kinderen tussen 10 en 13 jaar uit Utrecht, Amersfoort en Zeist. De vragen gingen over Robux-oplichting, over de Winterfest-update en over de vraag of de Politie privéberichten kan lezen. De Kindertelefoon en Helpwanted.nl zijn zes keer gedeeld, en twee collega's van het Team High Tech Crime keken mee. Wat goed werkte: korte antwoorden en samen een potje Battle Royale spelen. Wat minder werkte: de lange uitleg over de regels in het kanaal.",
    ),
    clean(
      "Debriefing van de Twitch-stream met de Federale Politie en Child Focus. We waren anderhalf uur live en hadden op het hoogtepunt zo'n 260 kijkers, vooral uit Vlaanderen maar ook uit Brussel. De chat wou vooral praten over Kevin De Bruyne, Club Brugge en het nieuwe Fortnite-seizoen, maar na een tijd kwamen er goede vragen over Snapchat en het delen van foto's. We plaatsten de link naar Child Focus en naar Nupraatikerover.be meerdere keren. Het tempo lag hoog, met meer dan twaalf berichten per minuut, dus volgende keer zitten we met drie.",
    ),
    clean(
      'Terugblik op de Halloween-avond in Minecraft. Meer dan 50 kinderen kwamen langs op de server, en velen hadden speciale skins voor het event gemaakt. De vragen gingen over Bed Wars, over de leeftijdsgrens van 13 jaar op TikTok en over hoe je iemand blokkeert op Discord. Leerkrachten uit Zwolle en Deventer hadden de sessie genoemd tijdens de les mediawijsheid, en dat merkte je aan de vragen. In december willen we een sessie met Bureau Jeugd en Media en de Kindertelefoon organiseren.',
    ),
    clean(
      'Signalen van deze week: meerdere jongeren van 14 en 15 jaar vertellen over nepmodellenwerk op Instagram, en van Hasselt tot Oostende duiken dezelfde berichten op. Op Discord vonden we drie servers met samen meer dan 5 000 leden die gratis Nitro beloven. We hebben ze gemeld bij Discord Trust & Safety en een samenvatting bezorgd aan de Federale Gerechtelijke Politie en Europol. In Roblox was de sfeer dan weer heel gezellig: kinderen toonden ons hun huizen in Brookhaven en vroegen of we fan zijn van Stromae. Zulke momenten bouwen vertrouwen op.',
    ),
    clean(
      'Platformobservaties na drie avonden, maandag, woensdag en zaterdag. Weinig ouders en kinderen kennen het ouderlijk toezicht in Fortnite en Roblox; slechts 3 van de 42 kinderen die we het vroegen, hadden het aanstaan. Op Twitch ging het veel over Max Verstappen en over giveaways met prijzen van 100 euro, die bijna altijd nep zijn. In Blox Fruits wordt veel met accounts gehandeld, ook door kinderen van 10 en 11. We zien dat vertrouwen tijd kost, maar dat dezelfde kinderen week na week terugkomen.',
    ),
  ],
  fr: [
    withIds(
      "Débriefing de la soirée sur Roblox et Discord avec la zone de police de Namur. Nous avons eu 15 conversations, surtout avec des jeunes de 11 à 13 ans, et l'ambiance était détendue. Un garçon nous a expliqué qu'un « recruteur » lui avait promis 2 000 Robux contre son numéro de registre national, et il avait déjà tapé 11.03.14-273.73 dans le chat privé. Nous avons pris contact avec ses parents et transmis l'affaire. Pour la prochaine fois, il faudra préparer une courte explication sur l'usurpation d'identité.",
      '11.03.14-273.73',
    ),
    withIds(
      "Bilan de la session Fortnite de ce mercredi. Ça a commencé lentement, mais vers 20 h il y a eu beaucoup de questions sur les faux V-Bucks et les concours bidon. Une fille qui avait perdu l'accès à son compte a donné son numéro en vocal, le 0478 56 21 09, en pensant que nous allions la rappeler. Nous l'avons arrêtée tout de suite en expliquant que la police ne demande jamais cela dans un jeu. La prochaine fois, il faudra dire clairement dès le début ce qu'on ne partage pas.",
      '0478 56 21 09',
    ),
    withIds(
      "Débriefing Twitch et Snapchat, jeudi soir. Beaucoup de questions sur le harcèlement et sur les photos partagées sans accord. Une ado insistait pour avoir notre Snap et a fini par écrire le sien, lea.dbx_11, trois fois dans le chat. Nous avons répondu que la police ne partage pas de comptes privés et nous avons parlé de qui on accepte en ami. Plusieurs autres jeunes ont dit qu'ils allaient faire le tri dans leur liste.",
      'lea.dbx_11',
    ),
    withIds(
      "Bilan de la soirée Minecraft avec des élèves de Liège, Verviers et Huy. La plupart jouaient à Bed Wars et posaient des questions sur la triche. Un garçon a raconté qu'un joueur adulte savait qu'il habitait rue Saint-Gilles 112, parce qu'il l'avait dit lui-même pendant un live. Nous avons pris cela au sérieux, contacté les parents et transmis l'information à la zone. Le reste de la soirée a surtout tourné autour des skins et du mode Créatif.",
      'rue Saint-Gilles 112',
    ),
    withIds(
      "Débriefing de la soirée Discord, plus calme que prévu. Une jeune fille s'inquiétait pour sa cousine, Inès Marie Lambert, qui reçoit des menaces depuis qu'elle a envoyé une photo à un inconnu sur Instagram. Nous avons donné le numéro de Child Focus, le 116 000, et expliqué qu'elle peut aussi en parler au centre PMS de l'école. Ce genre de conversation prend du temps, et nous devons lui laisser plus de place. Il n'y a eu que 8 conversations, mais elles sont allées plus loin que d'habitude.",
      'Inès Marie Lambert',
    ),
    clean(
      'Débriefing du vendredi 21 mars, Fortnite et Roblox de 19 h à 21 h. Nous avons eu 24 conversations, surtout avec des enfants de 10 à 13 ans venant de Charleroi, Mons et Tournai. Les questions portaient sur les arnaques aux Robux, sur la mise à jour Winterfest et sur la possibilité pour la Police Fédérale de lire les messages privés. Child Focus et le 103 Écoute-Enfants ont été partagés sept fois dans le chat. Ce qui a bien marché : des réponses courtes et une partie de Battle Royale ensemble ; ce qui a moins marché : les longs textes sur le règlement.',
    ),
    clean(
      "Bilan du stream Twitch avec la zone de police Bruxelles-Capitale Ixelles et Child Focus. Nous étions en direct pendant une heure et demie, avec jusqu'à 310 spectateurs. Le chat voulait surtout parler de Romelu Lukaku, du Standard et de Squeezie, mais peu à peu des questions sérieuses sont arrivées sur Snapchat et le partage de photos. Nous avons mis le lien vers Child Focus et vers le 103 à plusieurs reprises. Avec plus de quinze messages par minute, il nous faudra être trois la prochaine fois.",
    ),
    clean(
      "Retour sur la soirée Halloween dans Minecraft. Plus de 45 enfants sont passés sur le serveur, et beaucoup avaient créé des skins spéciaux pour l'événement. Les questions concernaient Bed Wars, l'âge minimum de 13 ans sur TikTok et la manière de bloquer quelqu'un sur Discord. Des enseignants de Wavre et d'Ottignies avaient parlé de la session pendant le cours d'éducation aux médias, et cela se voyait aux questions. En décembre, nous voulons organiser une session avec Child Focus et Europol.",
    ),
    clean(
      'Signaux de la semaine : plusieurs jeunes de 14 et 15 ans parlent de fausses offres de mannequinat sur Instagram, et les mêmes messages circulent d’Arlon à Mouscron. Sur Discord, nous avons trouvé deux serveurs de plus de 4 000 membres qui promettent du Nitro gratuit. Nous les avons signalés à Discord Trust & Safety et avons envoyé un résumé à la Police Judiciaire Fédérale. Sur Roblox, l’ambiance était très bonne : les enfants nous ont montré leurs maisons dans Brookhaven et nous ont demandé si nous aimions Angèle. Ce sont ces petits moments qui construisent la confiance.',
    ),
    clean(
      'Observations sur les plateformes après trois soirées, lundi, mercredi et samedi. Le contrôle parental de Fortnite et de Roblox reste peu connu : seuls 4 des 38 enfants interrogés l’avaient activé. Dans Blox Fruits, on échange beaucoup de comptes, même à 10 ou 11 ans. Sur Twitch, on parlait surtout de Kylian Mbappé et de concours avec des lots de 50 euros, presque toujours des arnaques. Nous voyons que la confiance prend du temps, mais que les mêmes enfants reviennent semaine après semaine.',
    ),
  ],
  de: [
    withIds(
      'Nachbesprechung des Abends auf Roblox und Discord mit der Polizeizone Weser-Göhl. Wir hatten 13 Gespräche, vor allem mit Kindern zwischen 11 und 13 Jahren, und die Stimmung war locker. Ein Mädchen erzählte, dass ihr jemand 1 500 Robux für ihre Nationalregisternummer versprochen hatte, und sie hatte 13.02.21-084.87 schon in den privaten Chat geschrieben. Wir haben die Eltern kontaktiert und den Fall weitergegeben. Beim nächsten Mal brauchen wir eine kurze Erklärung zum Thema Identitätsdiebstahl.',
      '13.02.21-084.87',
    ),
    withIds(
      'Rückblick auf die Fortnite-Runde am Mittwoch. Es ging ruhig los, doch gegen 20 Uhr kamen viele Fragen zu gefälschten V-Bucks und Gewinnspielen. Ein Junge wollte, dass wir ihm Infos schicken, und schrieb seine Adresse finn.kessler08@skynet.be offen in den Chat. Wir haben ihn gebeten, die Nachricht zu löschen, und erklärt, warum man so etwas nicht teilt. Beim nächsten Mal sagen wir gleich am Anfang deutlich, was nicht in den Chat gehört.',
      'finn.kessler08@skynet.be',
    ),
    withIds(
      'Nachbesprechung Twitch und Instagram, Donnerstagabend. Viele Fragen drehten sich um Mobbing und um Fotos, die ohne Zustimmung geteilt werden. Ein Mädchen bat uns, ihrem Profil zu folgen, und setzte den Link instagram.com/mia.schr_eupen in den Chat. Wir antworteten freundlich, dass die Polizei keinen privaten Konten folgt, und sprachen darüber, wer Inhalte sehen kann. Mehrere andere meinten danach, sie wollten ihre Profile auf privat stellen.',
      'instagram.com/mia.schr_eupen',
    ),
    withIds(
      'Bilanz des Minecraft-Abends mit Schülerinnen und Schülern aus Eupen, Kelmis und St. Vith. Die meisten spielten Bed Wars und fragten nach Cheats. Ein Junge erzählte, dass ein erwachsener Mitspieler wusste, dass er in der Hookstraße 17 wohnt, weil er es selbst in einem Stream gesagt hatte. Wir haben das ernst genommen, die Eltern verständigt und die Information an die Polizeizone weitergeleitet. Der Rest des Abends drehte sich vor allem um Skins und den Kreativmodus.',
      'Hookstraße 17',
    ),
    withIds(
      'Nachbesprechung des Discord-Abends, ruhiger als erwartet. Ein Mädchen machte sich Sorgen um ihre Cousine Lena, die seit Wochen Drohungen bekommt, nachdem sie einem Unbekannten auf Snapchat ein Foto geschickt hatte. Wir haben auf Child Focus (116 000) hingewiesen und erklärt, dass sie auch mit Kaleido an ihrer Schule sprechen kann. Solche Gespräche brauchen Zeit, und dafür müssen wir mehr Raum einplanen. Insgesamt waren es nur 8 Gespräche, aber sie gingen tiefer als sonst.',
      'Lena',
    ),
    clean(
      'Nachbesprechung Freitag, 14. März, Fortnite und Roblox von 19 bis 21 Uhr. Wir hatten 22 Gespräche, die meisten mit Kindern zwischen 10 und 13 Jahren aus Eupen, Raeren und Bütgenbach. Die Fragen drehten sich um Robux-Betrug, das Winterfest-Update und darum, ob die Polizei private Nachrichten lesen kann. Child Focus und die Telefonhilfe 108 wurden sechsmal im Chat geteilt. Gut funktioniert haben kurze Antworten und eine gemeinsame Runde Battle Royale, weniger gut lange Texte über die Serverregeln.',
    ),
    clean(
      'Bilanz des Twitch-Streams mit der Polizeizone Eifel und der Föderalen Polizei. Wir waren anderthalb Stunden live und hatten in der Spitze rund 120 Zuschauer, viele auch aus Aachen und Luxemburg. Der Chat wollte vor allem über Thomas Müller, die Bundesliga und MontanaBlack reden, doch nach einer Weile kamen ernste Fragen zu Snapchat und zum Teilen von Bildern. Wir haben mehrfach auf Child Focus und die Telefonhilfe hingewiesen. Da viele zwischen Deutsch, Französisch und Englisch wechselten, brauchen wir beim nächsten Mal eine dritte Person im Team.',
    ),
    clean(
      'Rückblick auf den Halloween-Abend in Minecraft. Über 30 Kinder kamen auf den Server, viele mit eigenen Skins für das Event. Gefragt wurde nach Bed Wars, nach dem Mindestalter von 13 Jahren bei TikTok und danach, wie man jemanden auf Discord blockiert. Lehrkräfte aus St. Vith und Büllingen hatten die Runde im Deutsch- und Geschichtsunterricht angekündigt, das merkte man an den Fragen. Im Dezember wollen wir eine Runde gemeinsam mit Kaleido Ostbelgien und Child Focus anbieten.',
    ),
    clean(
      'Signale der Woche: Mehrere 14- und 15-Jährige berichten von falschen Modelangeboten auf Instagram, und dieselben Nachrichten tauchen von Eupen bis Lüttich auf. Auf Discord fanden wir zwei Server mit zusammen über 6 000 Mitgliedern, die kostenloses Nitro versprechen. Wir haben sie bei Discord Trust & Safety gemeldet und eine Zusammenfassung an die Föderale Gerichtspolizei und Europol geschickt. In Roblox war die Stimmung dagegen sehr herzlich: Die Kinder zeigten uns ihre Häuser in Brookhaven und fragten, ob wir Fans von Taylor Swift sind. Solche Momente schaffen Vertrauen.',
    ),
    clean(
      'Plattformbeobachtungen nach drei Abenden, Montag, Mittwoch und Samstag. Die Jugendschutzeinstellungen in Fortnite und Roblox sind kaum bekannt; nur 2 von 29 befragten Kindern hatten sie aktiviert. In Blox Fruits werden viele Konten gehandelt, auch von Zehn- und Elfjährigen. Auf Twitch ging es oft um Papaplatte und um Gewinnspiele mit Preisen von 50 Euro, die fast immer Betrug sind. Vertrauen braucht Zeit, aber dieselben Kinder kommen Woche für Woche wieder.',
    ),
  ],
  is: [
    withIds(
      'Samantekt eftir kvöldið á Roblox og Discord. Við áttum 14 samtöl, flest við krakka á aldrinum 11 til 13 ára, og andrúmsloftið var afslappað. Strákur sagði okkur að einhver hefði lofað honum 2.000 Robux í skiptum fyrir kennitöluna hans og að hann hefði þegar skrifað 150311-3490 í einkaskilaboð. Við höfðum samband við foreldra hans og komum málinu áfram. Næst þurfum við að undirbúa stutta útskýringu á persónuþjófnaði.',
      '150311-3490',
    ),
    withIds(
      'Yfirferð eftir Fortnite-kvöldið á miðvikudaginn. Það byrjaði rólega en upp úr klukkan 20 komu margar spurningar um fölsk V-Bucks og gjafaleiki. Stelpa sem hafði misst aðganginn sinn las símanúmerið sitt upp í raddspjallinu, 862 4417, af því að hún hélt að við myndum hringja í hana. Við stoppuðum hana strax og útskýrðum að lögreglan biður aldrei um slíkt í leik. Næst verðum við að segja skýrt strax í byrjun hvað á ekki að deila.',
      '862 4417',
    ),
    withIds(
      'Samantekt eftir kvöldið á Discord, sem var rólegra en við bjuggumst við. Stelpa hafði áhyggjur af vinkonu sinni, Kötlu, sem hefur fengið hótanir eftir að hún sendi ókunnugum manni mynd á Snapchat. Við bentum á Hjálparsíma Rauða krossans 1717 og Stígamót og sögðum að hún gæti líka talað við námsráðgjafann í skólanum. Svona samtöl taka tíma og við þurfum að gefa þeim meira rými. Samtölin voru aðeins 7 en þau fóru dýpra en venjulega.',
      'Kötlu',
    ),
    withIds(
      'Yfirferð yfir Twitch og Snapchat, fimmtudagskvöld. Margar spurningar snerust um einelti og myndir sem er deilt án samþykkis. Strákur bað aftur og aftur um Snapchat-ið okkar og skrifaði að lokum sitt eigið, jonsi_gamer12, þrisvar í spjallið. Við svöruðum að lögreglan deili ekki einkareikningum og ræddum um hverja maður samþykkir sem vini. Nokkrir aðrir sögðust ætla að fara yfir vinalistana sína.',
      'jonsi_gamer12',
    ),
    withIds(
      'Samantekt eftir Minecraft-kvöldið með krökkum frá Reykjavík, Kópavogi og Hafnarfirði. Flestir spiluðu Bed Wars og spurðu um svindl. Strákur sagði frá því að fullorðinn leikmaður vissi að hann byggi á Laugavegi 112 af því að hann hefði sjálfur sagt það í streymi. Við tókum það alvarlega, höfðum samband við foreldra og komum upplýsingunum áfram til lögreglunnar á höfuðborgarsvæðinu. Restin af kvöldinu snerist aðallega um skins og Creative-haminn.',
      'Laugavegi 112',
    ),
    clean(
      'Samantekt föstudaginn 14. mars, Fortnite og Roblox frá klukkan 19 til 21. Við áttum 21 samtal, flest við börn á aldrinum 10 til 13 ára frá Akureyri, Selfossi og Reykjanesbæ. Spurningarnar snerust um Robux-svindl, Winterfest-uppfærsluna og hvort Lögreglan geti lesið einkaskilaboð. Barnaheill og Hjálparsími Rauða krossans 1717 voru nefnd sex sinnum í spjallinu. Það sem virkaði vel voru stutt svör og sameiginlegur leikur í Battle Royale, en löngu textarnir um reglurnar virkuðu síður.',
    ),
    clean(
      'Yfirferð eftir Twitch-streymið með Lögreglunni á höfuðborgarsvæðinu og Barnaheillum. Við vorum í beinni útsendingu í einn og hálfan tíma og mest horfðu um 190 manns. Spjallið vildi helst tala um Gylfa Sigurðsson, Laufeyju og landsliðið, en smám saman komu alvarlegar spurningar um Snapchat og myndadeilingu. Við settum tengil á Barnaheill og 112.is nokkrum sinnum í spjallið. Þar sem margir skrifuðu á ensku og íslensku til skiptis þurfum við að vera þrjú næst.',
    ),
    clean(
      'Samantekt eftir Halloween-kvöldið í Minecraft. Yfir 30 börn komu inn á serverinn okkar og mörg þeirra höfðu búið til sérstök skins fyrir viðburðinn. Spurt var um Bed Wars, um 13 ára aldurstakmarkið á TikTok og hvernig maður blokkar einhvern á Discord. Kennarar á Ísafirði og Egilsstöðum höfðu sagt frá kvöldinu í samfélagsfræði og íslensku og það sást á spurningunum. Í desember viljum við bjóða upp á kvöld með Stígamótum og Barnaheillum.',
    ),
    clean(
      'Merki vikunnar: Nokkrir 14 og 15 ára krakkar segja frá fölskum fyrirsætutilboðum á Instagram og sömu skilaboðin birtast frá Reykjavík til Akureyrar. Á Discord fundum við tvo servera með samtals yfir 5.000 meðlimum sem lofa ókeypis Nitro. Við tilkynntum þá til Discord Trust & Safety og sendum samantekt til Ríkislögreglustjóra og Europol. Í Roblox var stemningin hins vegar mjög hlý: börnin sýndu okkur húsin sín í Brookhaven og spurðu hvort við hlustuðum á Taylor Swift. Svona augnablik byggja upp traust.',
    ),
    clean(
      'Athuganir á miðlunum eftir þrjú kvöld, mánudag, miðvikudag og laugardag. Foreldrastillingar í Fortnite og Roblox eru lítið þekktar og aðeins 3 af 33 börnum sem við spurðum höfðu kveikt á þeim. Í Blox Fruits er mikið skipt á aðgöngum, líka hjá 10 og 11 ára börnum. Á Twitch var mikið talað um MrBeast og gjafaleiki með vinningum upp á 10.000 krónur sem eru nær alltaf svindl. Traust tekur tíma, en sömu börnin koma aftur viku eftir viku.',
    ),
  ],
  fi: [
    withIds(
      'Yhteenveto illasta Robloxissa ja Discordissa. Kävimme 16 keskustelua, enimmäkseen 11–13-vuotiaiden kanssa, ja tunnelma oli rento. Eräs tyttö kertoi, että joku oli luvannut hänelle 2 000 Robuxia henkilötunnusta vastaan, ja hän oli jo kirjoittanut yksityisviestiin 030912A418S. Otimme yhteyttä hänen vanhempiinsa ja välitimme asian eteenpäin. Ensi kerralla tarvitsemme lyhyen selityksen identiteettivarkaudesta.',
      '030912A418S',
    ),
    withIds(
      'Purku keskiviikon Fortnite-illasta. Alku oli hiljainen, mutta kahdeksan jälkeen tuli paljon kysymyksiä väärennetyistä V-Bucksista ja arvonnoista. Poika, joka oli menettänyt tilinsä, luki puhelinnumeronsa ääneen puhechatissa, 040 718 2293, koska luuli meidän soittavan hänelle. Keskeytimme hänet heti ja kerroimme, ettei poliisi koskaan pyydä sellaista pelissä. Ensi kerralla sanomme heti alussa selvästi, mitä ei jaeta.',
      '040 718 2293',
    ),
    withIds(
      'Yhteenveto Discord-illasta, joka oli odotettua rauhallisempi. Poika oli huolissaan serkustaan Eetusta, joka on saanut uhkauksia lähetettyään kuvan tuntemattomalle Snapchatissa. Kerroimme MLL:n Lasten ja nuorten puhelimesta (116 111) ja Sekasin-chatista ja sanoimme, että hän voi puhua myös koulukuraattorin kanssa. Tällaiset keskustelut vievät aikaa, ja niille pitää varata enemmän tilaa. Keskusteluja oli vain 9, mutta ne menivät tavallista syvemmälle.',
      'Eetusta',
    ),
    withIds(
      'Purku Twitchistä ja Snapchatista, torstai-ilta. Moni kysymys koski kiusaamista ja kuvia, joita jaetaan ilman lupaa. Yksi poika pyysi toistuvasti Snapchatiamme ja kirjoitti lopulta omansa, kettu_pelaa09, kolme kertaa chattiin. Vastasimme, ettei poliisi jaa yksityisiä tilejä, ja puhuimme siitä, keitä kaveriksi kannattaa hyväksyä. Useampi muu sanoi käyvänsä kaverilistansa läpi.',
      'kettu_pelaa09',
    ),
    withIds(
      'Yhteenveto Minecraft-illasta, jossa oli nuoria Tampereelta, Lahdesta ja Jyväskylästä. Useimmat pelasivat Bed Warsia ja kyselivät huijaamisesta. Eräs tyttö halusi, että lähetämme hänelle ohjeita sähköpostilla, ja kirjoitti osoitteensa muodossa aada piste virtanen ät gmail piste com kaikkien nähtäville. Pyysimme häntä poistamaan viestin ja kerroimme, miksi sellaista ei jaeta. Muuten ilta pyöri lähinnä skinien ja Creative-tilan ympärillä.',
      'aada piste virtanen ät gmail piste com',
    ),
    clean(
      'Purku perjantailta 14. maaliskuuta, Fortnite ja Roblox kello 19–21. Kävimme 23 keskustelua, suurimmaksi osaksi 10–13-vuotiaiden kanssa Oulusta, Kuopiosta ja Rovaniemeltä. Kysymykset koskivat Robux-huijauksia, Winterfest-päivitystä ja sitä, voiko Poliisi lukea yksityisviestejä. MLL:n Lasten ja nuorten puhelin ja Sekasin-chat jaettiin chatissa kuusi kertaa. Hyvin toimivat lyhyet vastaukset ja yhteinen Battle Royale -peli, huonommin pitkät tekstit palvelimen säännöistä.',
    ),
    clean(
      'Yhteenveto Twitch-striimistä, jonka teimme yhdessä Helsingin poliisilaitoksen ja Pelastakaa Lapset ry:n kanssa. Olimme suorassa lähetyksessä puolitoista tuntia, ja katsojia oli enimmillään noin 270. Chat halusi puhua lähinnä Teemu Pukista, Käärijästä ja HIFK:sta, mutta vähitellen tuli vakavia kysymyksiä Snapchatista ja kuvien jakamisesta. Laitoimme linkin Nettipoliisin sivuille ja MLL:n palveluihin useaan kertaan. Koska moni kirjoitti vuorotellen suomeksi, ruotsiksi ja englanniksi, tarvitsemme ensi kerralla kolmannen henkilön.',
    ),
    clean(
      'Katsaus Halloween-iltaan Minecraftissa. Palvelimella kävi yli 40 lasta, ja monella oli tapahtumaa varten tehdyt omat skinit. Kysymykset koskivat Bed Warsia, TikTokin 13 vuoden ikärajaa ja sitä, miten joku estetään Discordissa. Opettajat Porista ja Vaasasta olivat kertoneet illasta äidinkielen ja yhteiskuntaopin tunneilla, mikä näkyi kysymyksistä. Joulukuussa haluamme järjestää illan yhdessä MLL:n ja Europolin kanssa.',
    ),
    clean(
      'Viikon signaalit: useat 14- ja 15-vuotiaat kertovat valheellisista mallikeikkatarjouksista Instagramissa, ja samat viestit kiertävät Turusta Joensuuhun. Discordista löysimme kaksi palvelinta, joilla on yhteensä yli 4 500 jäsentä ja jotka lupaavat ilmaista Nitroa. Ilmoitimme ne Discord Trust & Safetylle ja lähetimme yhteenvedon Keskusrikospoliisille ja Europolille. Robloxissa tunnelma oli taas lämmin: lapset esittelivät meille talojaan Brookhavenissa ja kysyivät, pidämmekö Taylor Swiftistä. Tällaiset hetket rakentavat luottamusta.',
    ),
    clean(
      'Havaintoja alustoista kolmen illan jälkeen: maanantai, keskiviikko ja lauantai. Fortniten ja Robloxin lapsilukot tunnetaan huonosti, ja vain kolme niistä 36 lapsesta, joilta kysyimme, oli ottanut ne käyttöön. Blox Fruitsissa vaihdetaan paljon tilejä, myös 10- ja 11-vuotiaiden kesken. Twitchissä puhuttiin paljon MrBeastista ja arvonnoista, joissa luvataan 50 euron palkintoja ja jotka ovat lähes aina huijauksia. Luottamus vie aikaa, mutta samat lapset palaavat viikosta toiseen.',
    ),
  ],
  sv: [
    withIds(
      'Sammanfattning av kvällen på Roblox och Discord. Vi hade 12 samtal, mest med barn i åldern 11–13, och stämningen var avslappnad. En flicka berättade att någon lovat henne 1 500 Robux i utbyte mot hennes personbeteckning, och hon hade redan skrivit 170612A572B i ett privat meddelande. Vi tog kontakt med hennes föräldrar och förde ärendet vidare. Till nästa gång behöver vi en kort förklaring om identitetsstöld.',
      '170612A572B',
    ),
    withIds(
      'Genomgång av onsdagens Fortnite-kväll. Det började lugnt, men efter klockan 20 kom många frågor om falska V-Bucks och utlottningar. En pojke som förlorat sitt konto läste upp sitt nummer i röstchatten, 050 362 8814, eftersom han trodde att vi skulle ringa upp honom. Vi avbröt honom genast och förklarade att polisen aldrig ber om sådant i ett spel. Nästa gång säger vi tydligt redan i början vad man inte delar.',
      '050 362 8814',
    ),
    withIds(
      'Sammanfattning av Discord-kvällen, som var lugnare än väntat. En flicka var orolig för sin kusin Ella Sofia Lindholm, som fått hot efter att ha skickat en bild till en okänd på Snapchat. Vi berättade om MLL:s Barn- och ungdomstelefon (116 111) och Rädda Barnen och sade att hon också kan tala med skolkuratorn. Sådana samtal tar tid, och vi måste ge dem mer utrymme. Samtalen var bara 8, men de gick djupare än vanligt.',
      'Ella Sofia Lindholm',
    ),
    withIds(
      'Sammanfattning av Minecraft-kvällen med unga från Jakobstad, Vasa och Karleby. De flesta spelade Bed Wars och frågade om fusk. En pojke berättade att en vuxen medspelare visste att han bor på Runebergsgatan 12, eftersom han själv hade sagt det i en stream. Vi tog det på allvar, kontaktade vårdnadshavarna och förde informationen vidare till Österbottens polisinrättning. Resten av kvällen handlade mest om skins och Creative-läget.',
      'Runebergsgatan 12',
    ),
    withIds(
      'Genomgång av Twitch och TikTok, torsdagskväll. Många frågor gällde mobbning och bilder som delas utan lov. En pojke ville att vi skulle följa hans kanal och klistrade in länken www.twitch.tv/hampus_plays i chatten. Vi svarade vänligt att polisen inte följer privata konton och pratade om vem som kan se det man lägger ut. Flera andra sade efteråt att de skulle göra sina profiler privata.',
      'www.twitch.tv/hampus_plays',
    ),
    clean(
      'Genomgång fredagen den 14 mars, Fortnite och Roblox klockan 19–21. Vi hade 20 samtal, mest med barn mellan 10 och 13 år från Borgå, Ekenäs och Mariehamn. Frågorna gällde Robux-bedrägerier, Winterfest-uppdateringen och om Polisen kan läsa privata meddelanden. MLL:s Barn- och ungdomstelefon och Rädda Barnen delades sex gånger i chatten. Det som fungerade bra var korta svar och en gemensam runda Battle Royale, det som fungerade sämre var långa texter om serverreglerna.',
    ),
    clean(
      'Sammanfattning av Twitch-sändningen med Helsingfors polisinrättning och Folkhälsan. Vi sände i en och en halv timme, och som mest hade vi omkring 180 tittare. Chatten ville helst prata om Teemu Pukki, Käärijä och IFK Mariehamn, men så småningom kom allvarliga frågor om Snapchat och bilddelning. Vi lade ut länken till Nätpolisen och till MLL flera gånger. Eftersom många växlade mellan svenska, finska och engelska behöver vi en tredje person nästa gång.',
    ),
    clean(
      'Återblick på Halloween-kvällen i Minecraft. Över 35 barn kom in på servern, och många hade gjort egna skins för evenemanget. Frågorna gällde Bed Wars, 13-årsgränsen på TikTok och hur man blockerar någon på Discord. Lärare i Kristinestad och Närpes hade berättat om kvällen på lektionerna i modersmål och samhällslära, och det märktes på frågorna. I december vill vi ordna en kväll tillsammans med Rädda Barnen och Centralkriminalpolisen.',
    ),
    clean(
      'Veckans signaler: flera 14- och 15-åringar berättar om falska modelluppdrag på Instagram, och samma meddelanden dyker upp från Åbo till Uleåborg. På Discord hittade vi två servrar med sammanlagt över 3 500 medlemmar som lovar gratis Nitro. Vi anmälde dem till Discord Trust & Safety och skickade en sammanfattning till Centralkriminalpolisen och Europol. I Roblox var stämningen däremot varm: barnen visade oss sina hus i Brookhaven och frågade om vi gillar Taylor Swift. Sådana stunder bygger förtroende.',
    ),
    clean(
      'Plattformsobservationer efter tre kvällar, måndag, onsdag och lördag. Föräldrakontrollerna i Fortnite och Roblox är dåligt kända, och bara 2 av 31 barn som vi frågade hade slagit på dem. I Blox Fruits byts det mycket konton, också bland 10- och 11-åringar. På Twitch talades det mycket om MrBeast och utlottningar med vinster på 50 euro, som nästan alltid är bedrägerier. Förtroende tar tid, men samma barn kommer tillbaka vecka efter vecka.',
    ),
  ],
};
