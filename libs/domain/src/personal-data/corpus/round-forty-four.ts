/**
 * Round forty-four: written blind, before the detector was run on it.
 * Ten different officers per language, each with their own habits (careful, hurried, chatty, formal, bullet points,
 * loanwords, typos, lower case), across grooming, sextortion, scams, bullying, self-harm, threats, extremism, doxxing,
 * a runaway, account theft and small talk; clean notes carry famous people, game characters, units, help lines and codes.
 */
import { clean, CorpusNote, withIds } from './corpus-note';

export const ROUND_FORTY_FOUR: Readonly<Record<string, readonly CorpusNote[]>> = {
  en: [
    withIds(
      'Summary in English (chat was in Norwegian): a girl, 14, wrote to our Snapchat profile late on Friday because her best friend Sahra Warsame sent pictures to a "boy from Bergen" who now wants 2,000 kr in gift cards or he shares them with the whole year group. We told her paying almost never ends it, that none of this is Sahra\'s fault, and pointed her to Slett Meg and Kors på halsen. She promised to tell her mum tonight and to get her friend to do the same.',
      'Sahra Warsame',
      'Sahra',
    ),
    withIds(
      '- Platform: Roblox\n- Boy, 12, clicked a "free Robux" link on Wednesday, account taken over\n- Old username xX_BlazeWolf_Xx, user ID 4829176350\n- The thief is messaging his friend list asking for limiteds\n- Advised: Roblox support form, tell a parent, new password + 2-step\n- No money lost, no referral needed',
      'xX_BlazeWolf_Xx',
      '4829176350',
    ),
    withIds(
      'Referral details: A 15-year-old girl told us on Discord at 21:55 that she left home two days ago and is staying with a 23-year-old man she met on a Minecraft server. She gave the address as Kirkegata 23B, 3015 Drammen, and said she does not want to go back. The duty officer in Sør-Øst police district was informed by phone at 22:10 and a patrol was sent. Child welfare on call has been notified.',
      'Kirkegata 23B, 3015 Drammen',
    ),
    withIds(
      'twitch mod (17) says someone dumped his info in a streamers chat last nite: his mail "jonas dot berg07 at gmail dot com" and his numbr 922 41 783. getting prank calls + sub spam since. adviced: report the clip to twitch, change pw, dont answer unknown numbers. fwd to kripos for assesment',
      'jonas dot berg07 at gmail dot com',
      '922 41 783',
    ),
    withIds(
      'Great chat on Fortnite voice with three lads from Tampere who wanted to know if we are really allowed to play on work time (this week, yes!). Halfway through one of them said they are all in class 7C at Hervanta school and that a boy in their class gets shoved around in the changing room every PE lesson. We asked them to tell the class teacher and left the Poliisi Nettipartio contact. Good example of bullying coming up through small talk.',
      'class 7C at Hervanta school',
    ),
    clean(
      'Boy, about 15, in a Discord server full of "accelerationist" memes and pictures of the Christchurch shooter. We did not argue about the memes, just asked what he gets out of the server. His answer: "its the only place ppl reply to me". Talked about loneliness and gave him 116 111. Server reported to Discord Trust & Safety, screenshots saved in the case folder, copy to Kripos.',
    ),
    clean(
      'Week report text: most questions on the TikTok live were about the job itself. Do you carry a gun (in Norway, usually not), how long is police school (three years at PHS), and have we ever met Ole Gunnar Solskjær (no). Around 340 viewers at peak between 21:00 and 22:15. Nothing to follow up.',
    ),
    clean(
      'At 01:12 a girl wrote to Politiet Nettpatrulje on Instagram that she had cut herself and that "nobody would notice if I was gone". We kept her talking for about 25 minutes until she agreed to wake her dad and let him read the chat. He said he would take her to the legevakt. The operations centre was informed at 01:40. Follow-up by the local health service on Monday.',
    ),
    clean(
      'Minecraft server play.lavacraft.eu sells "VIP rank" for 150 NOK through Vipps and then bans the buyers. Three kids told us about it tonight, the biggest loss was 450 NOK. Told them to talk to their parents and their bank and to keep the receipts. Server reported to the host. Price list from the screenshot: VIP 150, MVP 300, Legend 450.',
    ),
    clean(
      'Guidance note from Kripos for all teams: when a child names another child as a victim, write "a classmate" or "a friend" in the note, never the name. Game characters like Mario, Steve, Jonesy or Peely are not people and can stay in the text. For referrals use Barnehuset Oslo or Barnehuset Bergen depending on the district.',
    ),
  ],
  nb: [
    withIds(
      'gutt ca 13 på roblox sier at en i klassen, mathias eriksen, har truet med å banke han etter skolen i morra. har skjermbilde av meldingen. ba han si fra til kontaktlærer og foreldre i kveld. sendt videre til forebygging i bergen',
      'mathias eriksen',
    ),
    withIds(
      'Jenta (13) skrev fødselsnummeret sitt, 140311 53450, i chatten fordi hun trodde politiet trengte det for å registrere en anmeldelse. Vi forklarte at politiet aldri ber om fødselsnummer i en chat, og at hun ikke skal dele det med noen på nett. Meldingen ble slettet fra samtalen etter avtale med henne.',
      '140311 53450',
    ),
    withIds(
      'Chill prat med ei jente på Discord som var litt usikker på en «venn» hun har møtt i en Genshin-server. Han kaller seg sleepy_kitsune, har gitt henne skins og Genesis Crystals for ca. 600 kr, og nå vil han at de skal flytte over til Telegram «fordi det er mer privat». Red flags over hele linja. Vi ga henne tips om å ikke bytte app, lagre chatten og snakke med en voksen hun stoler på.',
      'sleepy_kitsune',
    ),
    withIds(
      'Oppsummering: Gutt (14) ble lurt av en falsk «Snapchat Support» og ga fra seg innloggingskoden. Kontoen er tatt over. Han ba oss ringe ham etter middag og skrev nummeret sitt: 48122907. Vi ringte ikke, men forklarte hvordan han gjenoppretter kontoen og ba ham fortelle det til mora.',
      '48122907',
    ),
    withIds(
      'Henvisning: Elev i 9B ved Hundsund ungdomsskole forteller at nakenbilder av minst to jenter på trinnet deles i en Snapchat-gruppe med over 40 medlemmer. Eleven vil være anonym overfor skolen. Saken er oversendt Øst politidistrikt, seksjon for seksuallovbrudd, kl. 11:20. Kripos er orientert.',
      '9B ved Hundsund ungdomsskole',
    ),
    clean(
      'Tre jenter på Fortnite lurte på om de kunne bli arrestert fordi de hadde kjøpt skins billig på en nettside. Forklarte forskjellen på svindel og et dårlig kjøp, og at det er de som er blitt lurt. God stemning, de spurte om vi spilte Zero Build og hvem som er best av Ninja og Bugha. Ingen bekymring.',
    ),
    clean(
      'Debrief dag 3: Nettpatruljen i Sør-Vest hadde 47 samtaler, Kripos fulgte opp to saker om deling av overgrepsmateriale. Politiet Nettpatrulje på TikTok fikk flest henvendelser mellom kl. 20 og 23. Forslag til neste år: én ekstra betjent på Twitch fredag kveld.',
    ),
    clean(
      'Gutt skrev sent i går at han «ikke orker mer». Vi holdt samtalen gående i ca. 40 min. Han ville ikke si hvor han bor, men sa at storebroren var hjemme. Ga ham Mental Helse 116 123 og Kors på halsen 800 33 321. Han skrev til slutt «ok jeg går og vekker han». Vakthavende orientert kl. 00:35.',
    ),
    clean(
      'Flere spillere i en Minecraft-server bygde hakekors og spilte lydklipp med Breivik-sitater. Vi gikk inn med uniform-skin og spurte hva det betydde for dem. De fleste logget av. En gutt ble igjen og lurte på om det var ulovlig å «bare tulle». Fin samtale om hva hatytringer er. Serveren meldt til PST via Kripos.',
    ),
    clean(
      'Jente spurte om hun var svindlet: kjøpte billett til Sabrina Carpenter i Oslo Spektrum for 1 450 kr fra en TikTok-profil og fikk aldri billetten. Rådet henne til å anmelde på politiet.no sammen med en forelder og kontakte banken så fort som mulig. Sa også at Ticketmaster bare selger på egen side.',
    ),
  ],
  nn: [
    withIds(
      'Gut (12) fortel at Lars Mjeldes storebror, som alle kallar «Tuppen», har filma han i garderoben etter fotballtreninga og lagt det ut på TikTok. Guten skjemst og vil ikkje at trenaren skal vite det. Vi forklarte at dette er ulovleg og at det ikkje er hans feil, og han gjekk med på å seie det til mora.',
      'Lars Mjeldes',
      'Tuppen',
    ),
    withIds(
      '• Discord, laurdag kveld\n• Jente (14) blir kontakta av brukaren fjordulv_09 (brukar-ID 1093847561029384756) som skriv at han er 15, men snakkar som ein vaksen\n• Han ber om bilete «berre av ansiktet»\n• Råd: blokker, meld, lagre skjermbilete\n• Tips sendt til Kripos',
      'fjordulv_09',
      '1093847561029384756',
    ),
    withIds(
      'Ei jente på 16 skreiv på Snapchat at ho har rømt frå barnevernsinstitusjonen og sov hos ein kamerat. Etter ei stund sende ho adressa: Skulegata 7, 6900 Florø. Vakthavande i Vest politidistrikt fekk beskjed kl. 23:05 og sende patrulje. Ho var trygg og vart henta av institusjonen.',
      'Skulegata 7, 6900 Florø',
    ),
    withIds(
      'gut 15, minecraft. kontoen hans er stolen, og no har tjuven bytta epost. han vil at vi skal sende ei melding til den gamle e-posten hans som er ola punktum nes krøllalfa hotmail punktum com så han kan bevise at han eig kontoen. forklarte at vi ikkje kan det, viste han til Microsoft sitt skjema for kontogjenoppretting',
      'ola punktum nes krøllalfa hotmail punktum com',
    ),
    withIds(
      'Rapport: Gut (13) har selt CS2-skins for om lag 2 300 kr til ein «kjøpar» på Steam som aldri betalte. Han sende oss Steam-ID-en sin, 76561199204418837, og skreiv at han kunne ringjast på 412 90 356. Vi sa at vi ikkje ringjer opp born frå patruljen, og bad han melde saka saman med ein forelder.',
      '76561199204418837',
      '412 90 356',
    ),
    clean(
      'Jenter på TikTok-live spurde kor mykje ein politibetjent tener, og om ein må vere god i matte for å kome inn. Vi svara at utdanninga er tre år ved Politihøgskulen og at det er studiestader i Oslo, Bodø, Kongsvinger og Stavern. Over 200 sjåarar. Ingenting å følgje opp.',
    ),
    clean(
      'Ei jente (13) på Roblox fortalde at ein vaksen mann ville ha ho over på Snapchat og lova ho 1 000 Robux. Ho hadde ikkje sendt bilete. Vi roste ho for at ho sa ifrå, og viste korleis ho blokkerer og melder. Tipset vidare til Kripos med skjermbilete av samtalen.',
    ),
    clean(
      'Gruppechat for klassen der ein gut blir kalla «feit» og «taper» kvar dag. Han ville ikkje nemne nokon. Vi gav han 116 111 og fortalde om Mobbeombodet i Vestland. Han skulle prøve å snakke med helsesjukepleiaren på måndag. Ingen vidare sak.',
    ),
    clean(
      'Debrief veke 42: Vest politidistrikt hadde 31 samtalar på Discord og Minecraft. Mest spørsmål om aldersgrenser og om det er lov å kjøpe og selje kontoar. Ei sak om trugsmål vart sendt til Bergen sentrum politistasjon kl. 14:30. Neste skift startar 18:00.',
    ),
    clean(
      'Småprat i Fortnite med to gutar frå Voss som meinte at Kylian Mbappé er betre enn Erling Haaland. Vi var usamde. Dei spurde om politiet har eigen Fortnite-klan og om vi får lov til å bruke Peely-skin i uniform. Kjekk prat, ingen bekymring.',
    ),
  ],
  nl: [
    withIds(
      'Meisje (14) heeft haar BSN, 235 678 120, in de chat gezet omdat een "medewerker van DUO" op Instagram erom vroeg voor een "studietoelage". Uitgelegd dat dit oplichting is en dat zij haar BSN nooit via sociale media moet delen. Geadviseerd samen met een ouder melding te doen bij de Fraudehelpdesk.',
      '235 678 120',
    ),
    withIds(
      'jongen 13 zegt dat daan de vries uit zn squad hem elke avond uitscheldt in discord voice en dreigt zn adres te lekken. screens gemaakt. advies: blokkeren, ouders inlichten, mentor. geen aangifte nu',
      'daan de vries',
    ),
    withIds(
      'Jongen (15) werd via TikTok benaderd voor "makkelijk geld": zijn bankpas uitlenen voor €150. Hij twijfelde en vroeg ons om advies. Aan het eind gaf hij zijn nummer, 06-41278395, zodat "de politie hem kon appen". Niet gedaan, wel uitgelegd wat een geldezel is en dat hij zelf strafbaar kan zijn.',
      '06-41278395',
    ),
    withIds(
      'Doxxing: onder een TikTok-filmpje van een meisje (16) heeft een anoniem account haar woonadres gezet, Vondelstraat 112-2, 1054 GR Amsterdam, met de tekst "zie je morgen". Meisje is bang. Reactie gemeld bij TikTok, melding doorgezet naar Eenheid Amsterdam, wijkteam is ingelicht.',
      'Vondelstraat 112-2, 1054 GR Amsterdam',
    ),
    withIds(
      'Doorverwijzing: Een leerling uit klas 2B van het Calvijn College in Goes vertelt dat klasgenoot Mohamed El Idrissi al weken in een Snapchatgroep wordt bedreigd en dat er een nepaccount op zijn naam is gemaakt. De melder wil anoniem blijven. Doorgezet naar Eenheid Zeeland-West-Brabant, jeugdagent Goes.',
      'klas 2B van het Calvijn College',
      'Mohamed El Idrissi',
    ),
    clean(
      'Op Twitch vroeg een groepje of Politie Online echt door agenten wordt gedaan of door een bot. Lang gesprek over hoe je agent wordt (Politieacademie, mbo niveau 4) en hoe laat onze dienst eindigt (23:00). Ze noemden ons "de Fortnite-wouten" en vroegen of we Kwebbelkop kenden. Leuk contact.',
    ),
    clean(
      'Jongen (16) wordt afgeperst na een videocall met een "meisje" op Instagram: €500 of de beelden gaan naar al zijn volgers. Hij had al €50 betaald met een Paysafecard-code. Advies: niet meer betalen, alles bewaren, account niet verwijderen, Helpwanted.nl en de Kindertelefoon (0800-0432). Melding naar het TBKK.',
    ),
    clean(
      'Op TikTok gaat een filmpje rond dat er "morgen iets gebeurt" op een middelbare school in Zwolle. Geen naam, geen herleidbaar account. Doorgezet naar Eenheid Oost-Nederland om 15:45, het RTIC kijkt mee. Kinderen die ons erover vroegen gerustgesteld en uitgelegd dat doorsturen ook strafbaar kan zijn.',
    ),
    clean(
      'Minecraft-account kwijt na een link voor "gratis Minecoins". De jongen weet niet meer met welk mailadres hij het account heeft aangemaakt. Uitgelegd hoe herstel via Microsoft werkt en waarom tweestapsverificatie helpt. Kosten: geen. Duur gesprek: 12 minuten.',
    ),
    clean(
      'Drie kinderen in Adopt Me! zijn opgelicht bij een trade: hun Shadow Dragon tegen twee neon pets die nooit kwamen. Tranen, want "daar heb ik 3 jaar voor gespaard". Uitgelegd dat Roblox trades niet terugdraait en dat je alleen via het trade-venster in het spel moet ruilen. Geen aangifte, wel gemeld bij Roblox.',
    ),
  ],
  fr: [
    withIds(
      "La jeune fille (13 ans) nous a envoyé son numéro de registre national, 11.02.15-143.69, pour « prouver son âge » parce qu'un autre joueur lui avait dit que c'était obligatoire pour jouer sur son serveur Roblox. Expliqué que personne ne doit jamais lui demander ce numéro en ligne. Message supprimé avec son accord.",
      '11.02.15-143.69',
    ),
    withIds(
      "Conversation sympa sur Twitch avec un garçon de 14 ans qui stream Minecraft devant une dizaine de viewers. Il nous dit qu'un « fan » très généreux, pseudo LuneNoire777, lui offre des subs et lui demande de passer en privé sur Discord. On lui a expliqué pourquoi c'est un signal d'alerte. Il va en parler à son père. Tip envoyé à la FCCU.",
      'LuneNoire777',
    ),
    withIds(
      "fille 15a, compte insta piraté. elle veut qu on écrive a son ancienne adresse : emma point lambert arobase outlook point be pour prouver que c est a elle. impossible pour nous, renvoyée vers le formulaire d'Instagram. a changé mdp de sa boite mail.",
      'emma point lambert arobase outlook point be',
    ),
    withIds(
      "Signalement : un garçon de 12 ans sur Fortnite explique qu'Ayoub, un garçon de sa classe, reçoit des menaces de mort en message vocal depuis une semaine et n'ose plus aller à l'école. Le garçon ne connaît pas l'auteur. Transmis à la zone de police Bruxelles-Ouest à 16h20.",
      'Ayoub',
    ),
    withIds(
      "Fugue : une fille de 14 ans écrit sur Snapchat qu'elle a quitté la maison et dort chez « un ami de 19 ans », rue de la Station 45, 4000 Liège. Elle refuse de rentrer mais accepte qu'on prévienne quelqu'un. Zone de police de Liège informée à 22h50, patrouille envoyée, jeune retrouvée à 23h30.",
      'rue de la Station 45, 4000 Liège',
    ),
    clean(
      "Un groupe de garçons sur Fortnite nous demandait si la police fédérale peut lire leurs messages privés. Expliqué que non, pas sans enquête et décision d'un juge. Ils voulaient aussi savoir si on connaissait Squeezie et si on avait le skin de John Wick. Ambiance détendue, 20 minutes.",
    ),
    clean(
      "Une jeune de 15 ans sur Discord parlait de se scarifier « encore ce soir ». Conversation de 35 minutes, elle a accepté d'appeler Télé-Accueil au 107 et on lui a donné aussi le 103 (Écoute-Enfants). Elle a promis d'en parler au CPMS de son école. Info transmise à l'officier de garde à 23h10.",
    ),
    clean(
      "Serveur Discord francophone rempli de mèmes antisémites et de références au « Grand Remplacement ». Deux mineurs très actifs, identité inconnue. On n'a pas débattu, on a posé des questions. L'un d'eux a dit qu'il trouvait ça « juste drôle ». Serveur signalé à Discord, copie à la DJSOC et à l'OCAM.",
    ),
    clean(
      "Arnaque sur TikTok : « gagne un iPhone 15 pour 9,99 € ». Quatre enfants ont payé par carte, un a payé 29,97 € en trois fois. Conseil : prévenir les parents, appeler Card Stop au 078 170 170, faire une capture d'écran et signaler via Point de contact du SPF Économie.",
    ),
    clean(
      "Débriefing jour 2 : l'équipe belge a eu 58 conversations, surtout sur Roblox et Minecraft, avec un pic entre 19h et 21h. Le profil Police Online a reçu 12 questions sur le harcèlement et 3 sur le sexting. Rappel de Kripos : ne jamais noter les prénoms des enfants dans les notes.",
    ),
  ],
  de: [
    withIds(
      'Fortnite, Donnerstag 19:30\n– Junge (13) meldet, dass sein Epic-Konto gehackt wurde; V-Bucks für ca. 40 € ausgegeben\n– Epic-Account-ID: 4f8a2c91d3b74e6a9c05f1e2b7d38a60\n– Eltern wissen Bescheid\n– Hinweis auf Epic-Support und Anzeige bei der Polizeizone Eupen',
      '4f8a2c91d3b74e6a9c05f1e2b7d38a60',
    ),
    withIds(
      'Sehr offenes Gespräch auf Snapchat mit einem Mädchen (15) aus Eupen. Sie macht sich Sorgen um ihre Freundin: Lena Kreusch trifft sich seit Wochen mit einem 24-Jährigen, den sie auf TikTok kennengelernt hat, und er will, dass sie am Wochenende mit ihm nach Aachen fährt. Wir haben erklärt, wann das gefährlich wird, und sie ermutigt, mit einer Vertrauenslehrerin zu reden.',
      'Lena Kreusch',
    ),
    withIds(
      'junge 14, discord. ein user namens schattenwolf.eifel schickt ihm seit tagen gore videos und sagt er soll "es selbst auch mal probieren". junge wirkt verstört. hab ihn gebeten das den eltern zu zeigen, server gemeldet, screenshots gesichert. weiterleitung an Kripos zur einschätzung',
      'schattenwolf.eifel',
    ),
    withIds(
      'Zusammenfassung: Ein 16-Jähriger wurde in einem Instagram-Chat erpresst (angebliche Nacktbilder). Er hat uns seine Handynummer, 0487/65 43 21, geschickt, weil er „lieber telefonieren“ möchte. Wir haben ihm erklärt, dass die Onlinestreife nicht anruft, und ihm den Weg zur Polizeizone Weser-Göhl gezeigt. Er hat nicht gezahlt.',
      '0487/65 43 21',
    ),
    withIds(
      'Verweis: Eine Schülerin der Klasse 3B der Pater-Damian-Sekundarschule berichtet, dass in einem WhatsApp-Klassenchat ein gefälschtes Nacktbild einer Mitschülerin (KI-generiert) geteilt wird. Die Schülerin möchte anonym bleiben. Weitergeleitet an die Jugendabteilung der Polizeizone Eupen um 10:15.',
      'Klasse 3B der Pater-Damian-Sekundarschule',
    ),
    clean(
      'Kurzer Plausch auf Minecraft mit zwei Jungs aus St. Vith, die wissen wollten, ob Polizisten auch Creeper sprengen dürfen 😄 Sie fragten nach der Dienstwaffe und ob wir Thomas Müller schon mal getroffen hätten. Nichts weiter zu tun.',
    ),
    clean(
      'Ein Mädchen (12) berichtet, dass ein angeblich 14-jähriger Junge ihr auf Roblox 800 Robux angeboten hat, wenn sie ihm Fotos „ohne Pulli“ schickt. Sie hat nichts geschickt. Beratung: blockieren, melden, Eltern informieren. Weitergeleitet an die Föderale Gerichtspolizei Eupen mit Screenshots.',
    ),
    clean(
      'Jugendlicher äußert im Discord-Voice Suizidgedanken, „seit Monaten“. Gespräch ca. 50 Min., ruhig. Wir haben ihm die Telefonhilfe 108 und den Chat von Kaleido Ostbelgien genannt. Er hat zugestimmt, morgen mit der Schulkrankenschwester zu sprechen. Wachhabender informiert um 00:20.',
    ),
    clean(
      'In einem Steam-Gruppenchat werden Bilder von Adolf Hitler und die Zahl 88 als „Memes“ gepostet. Drei Jugendliche, vermutlich aus Belgien und Deutschland. Wir haben gefragt, was die Zahl bedeutet – einer wusste es nicht. Aufgeklärt, Gruppe an Valve gemeldet, Hinweis an Kripos.',
    ),
    clean(
      'Leitfaden von Kripos für Wochenberichte: nur Alter, Plattform, Thema und Uhrzeit notieren, z. B. „15 J., TikTok, Erpressung, 21:40“. Keine Namen, keine Nutzernamen, keine Telefonnummern. Bei Unsicherheit lieber „ein Freund“ oder „eine Mitschülerin“ schreiben.',
    ),
  ],
  is: [
    withIds(
      'Drengurinn (13 ára) skrifaði kennitöluna sína, 190410-3310, í spjallið af því að „stjórnandi“ á Discord-þjóni sagði að hann þyrfti hana til að fá verðlaun. Við útskýrðum að enginn eigi að biðja um kennitölu á netinu og að lögreglan geri það aldrei í spjalli. Skilaboðunum var eytt með hans samþykki.',
      '190410-3310',
    ),
    withIds(
      'Stelpa (14) hafði áhyggjur af vinkonu sinni, Sigrúnu Ástu Pálsdóttur, sem hefur verið að hitta eldri strák sem hún kynntist á TikTok. Hann sækir hana eftir skóla og gefur henni nikótínpúða. Við hrósuðum stelpunni fyrir að segja frá og hvöttum hana til að tala við námsráðgjafa. Sent áfram til barnaverndar.',
      'Sigrúnu Ástu Pálsdóttur',
    ),
    withIds(
      'strákur 16, snapchat. segist hafa verið hótað af hóp eldri stráka sem vita hvar hann á heima, hraunbæ 102, 110 reykjavík, og segjast ætla að koma í kvöld. hræddur. látum LRH vita kl 21:15, bíll sendur.',
      'hraunbæ 102, 110 reykjavík',
    ),
    withIds(
      '- Roblox, sunnudagur\n- Strákur (11) spilar oft með notanda sem heitir FrostyViking99 og segist vera 12 ára\n- Sá vill fá myndir og símanúmer\n- Ráð: loka á hann, tilkynna, segja foreldrum\n- Ábending send til Kripos',
      'FrostyViking99',
    ),
    withIds(
      'Samantekt: Stelpa í 8. bekk í Hagaskóla segir að einhver hafi búið til falskan Instagram-reikning með myndum af henni. Hún gaf okkur netfangið sitt, sunna2011 hjá gmail punktur com, svo við gætum „sent sönnunargögn“. Útskýrðum að við gerum það ekki og bentum á að tilkynna reikninginn til Instagram.',
      '8. bekk í Hagaskóla',
      'sunna2011 hjá gmail punktur com',
    ),
    clean(
      'Strákar á Fortnite spurðu hvort Lögreglan Netvakt væri alvöru lögga eða bara einhver að þykjast. Sögðum já, við erum lögreglan á höfuðborgarsvæðinu. Þeir spurðu hvort við hefðum hitt Gylfa Sigurðsson og hvort lögreglan ætti Fortnite-skin. Skemmtilegt spjall.',
    ),
    clean(
      'Stelpa (15) skrifaði á Discord seint um kvöld að hún vildi ekki lifa lengur. Héldum spjallinu gangandi í tæpan klukkutíma og bentum á Hjálparsíma Rauða krossins 1717 og netspjallið á 1717.is. Hún ætlaði að vekja mömmu sína. Tilkynnt til barnaverndar í gegnum 112 kl. 00:50.',
    ),
    clean(
      'Strákur (16) kúgaður eftir myndsímtal á Snapchat, krafinn um 300 evrur innan klukkutíma. Hann hafði ekki borgað. Ráðlagt að hætta samskiptum, geyma skjáskot og láta foreldra vita. Málið sent til kynferðisbrotadeildar LRH og Barnahúss.',
    ),
    clean(
      'Svindl á TikTok: síða sem lofar „ókeypis V-Bucks“ og biður um lykilorð að Epic-reikningi. Fimm krakkar spurðu okkur um þetta á einu kvöldi, milli kl. 20 og 22. Settum viðvörun á prófílinn og létum TikTok vita. Enginn tapaði peningum svo við vitum.',
    ),
    clean(
      'Vikuyfirlit: 64 samtöl, flest á Roblox og Fortnite, þrjú mál send áfram til LRH og eitt til lögreglunnar á Norðurlandi eystra. Kripos minnir á að skrifa „vinur“ eða „bekkjarfélagi“ í stað nafna. Næsta vakt hefst kl. 16:00 á föstudag.',
    ),
  ],
  fi: [
    withIds(
      'Tyttö (14) lähetti chattiin henkilötunnuksensa 120810A3546, koska joku Instagramissa oli väittänyt, että sillä saa "ilmaisen Netflixin". Kerroimme, ettei henkilötunnusta saa koskaan antaa netissä eikä poliisi kysy sitä chatissa. Viesti poistettiin hänen luvallaan, ja hän lupasi kertoa äidilleen.',
      '120810A3546',
    ),
    withIds(
      'Yhteenveto: Tyttö kertoi Snapchatissa, että hänen luokkakaverinsa Aino Mäkisen kuvia on muokattu tekoälyllä "alastonkuviksi" ja niitä jaetaan koulun Discord-kanavalla. Hän ei tiedä, kuka ne teki. Kerroimme, että kyse on rikoksesta ja että asiasta kannattaa kertoa kuraattorille. Ilmoitus Sisä-Suomen poliisilaitokselle.',
      'Aino Mäkisen',
    ),
    withIds(
      'poika 12v, roblox. käyttäjä nimeltä pikkumyy_2010 on pyytänyt häntä lähettämään kuvia "ilman paitaa" ja lupaa robuxeja. poika ei lähettänyt. neuvottu blokkaamaan ja kertomaan vanhemmille, vinkki eteenpäin krp:lle',
      'pikkumyy_2010',
    ),
    withIds(
      '• TikTok-live, lauantai klo 22\n• Poika (15) kirjoitti kommentteihin oman puhelinnumeronsa 040 718 2253 ja pyysi "tyttöjä soittamaan"\n• Kommentti poistettu, puhuttu yksityisyydestä\n• Ei jatkotoimia',
      '040 718 2253',
    ),
    withIds(
      'Karkuteille lähtenyt 15-vuotias kirjoitti Discordissa olevansa tuttavan luona osoitteessa Hämeenkatu 14 B 22, 33100 Tampere, eikä halua palata kotiin. Sisä-Suomen poliisilaitoksen kenttäjohtajalle ilmoitettu klo 23.40, partio lähetetty. Nuori tavoitettiin ja lastensuojelun päivystys otti asian hoitaakseen.',
      'Hämeenkatu 14 B 22, 33100 Tampere',
    ),
    clean(
      'Nuoret kysyivät TikTok-livessä, onko Poliisi Nettipartio oikea poliisi vai botti. Vastasimme, että olemme ihan oikeita poliiseja Helsingin poliisilaitokselta. Kysyttiin myös, mitä mieltä olemme Käärijästä ja saako poliisi pelata Fortnitea töissä. Katsojia noin 500.',
    ),
    clean(
      'Discord-palvelimella yläkoululaiset ovat tehneet yhdestä luokkalaisesta "meme-kanavan". Kertoja ei halunnut sanoa nimiä. Kerroimme, että kiusaamisesta voi kertoa opettajalle tai kuraattorille nimettömästi. Annettiin MLL:n Lasten ja nuorten puhelin 116 111.',
    ),
    clean(
      'Fortnite-chatissa joku kirjoitti uhkauksen "ampua koko koulu" ensi maanantaina. Pelaajan tiliä ei saatu selville. Asia välitetty Helsingin poliisilaitoksen päivystäjälle klo 16.05 ja KRP:lle. Nuoret, jotka kertoivat asiasta, rauhoiteltiin.',
    ),
    clean(
      'Nuori kirjoitti Instagramissa viiltelevänsä ja ettei "kukaan välitä". Juttelimme noin 30 minuuttia. Ohjasimme Sekasin-chattiin ja kerroimme, että hätätilanteessa soitetaan 112. Hän lupasi kertoa isälleen. Lastensuojeluilmoitus tehty.',
    ),
    clean(
      'Kolme poikaa Minecraftissa kysyi, onko "Hypixel VIP 2 €" -tarjous huijaus. Oli. Kerrottiin, että oikeat rankit ostetaan vain palvelimen omasta kaupasta. Lopuksi puhuttiin Teemu Pukista ja HIFK:n pelistä. Ei huolta.',
    ),
  ],
  sv: [
    withIds(
      'En flicka (14) från Umeå som spelar på en finlandssvensk Minecraft-server skrev sitt personnummer, 110624-4823, i chatten eftersom en ”admin” sagt att det behövdes för att få VIP. Vi förklarade att ingen ska be om personnummer på nätet. Meddelandet raderades med hennes samtycke och hon skulle berätta för sin pappa.',
      '110624-4823',
    ),
    withIds(
      'pojke 14 på discord, säger att elias johansson i parallellklassen hotar att sprida ett klipp där han gråter om han inte betalar 20 e. pojken rädd. bett honom säga till kurator o föräldrar. skärmdumpar sparade',
      'elias johansson',
    ),
    withIds(
      '• Discord, fredag kväll\n• Pojke (12) har fått vänförfrågan av användaren vargflicka.vasa (användar-ID 877216534098231306) som skickar länkar till en ”gratis Nitro”-sida\n• Pojken har redan loggat in via länken, kontot kapat\n• Råd: byta lösenord, slå på tvåstegsverifiering, berätta för förälder',
      'vargflicka.vasa',
      '877216534098231306',
    ),
    withIds(
      'Trevligt men lite rörigt samtal på Instagram med en tjej (15) som blivit utelåst från sitt konto. Hon skrev att mejlen som kontot är kopplat till är alva punkt lindqvist snabel-a hotmail punkt com och undrade om vi kunde ”fixa det”. Förklarade att polisen inte kan återställa konton och skickade länken till Instagrams hjälpcenter.',
      'alva punkt lindqvist snabel-a hotmail punkt com',
    ),
    withIds(
      'Hänvisning: En elev i klass 8C i Vasa övningsskola berättar att Dawit blir kallad rasistiska saker i klassens Snapchatgrupp varje kväll och att någon hotat honom med kniv på bussen. Eleven vill vara anonym. Ärendet överlämnat till Polisen i Österbotten, ungdomsgruppen, kl. 13.30.',
      'klass 8C i Vasa övningsskola',
      'Dawit',
    ),
    clean(
      'Snackade med tre tjejer från Jakobstad på Roblox i Brookhaven. De ville veta om polisen har egna bilar i spelet och om vi fick köra med sirenen på. Sen frågade de vad Polisen i Österbotten gör på helgerna. Glatt och avslappnat, inget att följa upp.',
    ),
    clean(
      'Pojke (15) utpressad efter att ha skickat en bild till en ”tjej” på Snapchat, krav på 100 euro i presentkort. Han hade inte betalat. Råd: sluta svara, spara allt, inte radera kontot, berätta för en vuxen. Hänvisade till Barnens och de ungas telefon 116 111 och Sekasin. Tips till CBI (KRP).',
    ),
    clean(
      'Fick frågan på Twitch om polisen kan se vad man skriver i privata meddelanden på Discord. Svarade att det kräver en förundersökning och beslut av domstol. Följdfråga: tjänar poliser mer än PewDiePie? Nej. Cirka 80 tittare, slut kl. 21.45.',
    ),
    clean(
      'Steam-konto kapat efter ett ”trade offer” via en falsk CS2-sajt. Förlust: skins för ungefär 120 euro. Pojken vet inte vem det var. Förklarade hur man kontaktar Steam Support och att man alltid ska kolla adressen innan man loggar in. Rekommenderade ändå en polisanmälan via polisen.fi tillsammans med en förälder.',
    ),
    clean(
      'Veckorapport, svenskspråkiga nätpatrullen: 39 samtal, mest Roblox, Fortnite och TikTok. Två ärenden vidare till KRP, ett till Polisen i Helsingfors. Poliisi Nettipartio-kontot på TikTok fick flest frågor på svenska på söndag mellan 18 och 20. Kripos vägledning om anonyma anteckningar följd.',
    ),
  ],
};
