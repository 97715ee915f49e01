/**
 * Round one hundred and fourteen: written blind, before the detector was run on it.
 * Young people's own words quoted in the notes: gaming slang, emojis, abbreviations, chat messages copied verbatim.
 */
import { clean, CorpusNote, withIds } from './corpus-note';

export const ROUND_ONE_HUNDRED_FOURTEEN: Readonly<Record<string, readonly CorpusNote[]>> = {
  en: [
    withIds(
      'Chatted with a 13-year-old on Discord who kept saying everything was “lowkey sus”. Halfway through he typed “add me on snap its jaydenxo_2011 no cap 😂” in the open channel. Told him not to post his Snapchat in public servers and went through who can see his profile.',
      'jaydenxo_2011',
    ),
    clean(
      'Roblox session with three girls (12) who called each other “noob” and “bacon hair” the whole time. One said “my mum would literally kill me if she saw, I spent like 800 Robux on one skin 💀”. We talked about spending limits and asking before buying.',
    ),
    withIds(
      "A boy (14) on Fortnite asked if I was “actually a cop or just rizzing”. Later his mate wrote in the squad chat “text him 07723 418 906 he's the one selling the V-Bucks codes lol”. Explained why you don't share other people's numbers and that cheap V-Bucks deals are nearly always scams.",
      '07723 418 906',
    ),
    clean(
      'Twitch chat during a Kai Cenat stream. A 15-year-old wrote “GG EZ, Kai Cenat W, chat is so random today 💀” and told me he is level 87 in Bedwars. Talked about toxic chat, muting and reporting.',
    ),
    withIds(
      'Girl, 12, on a TikTok live asked how to stop a stranger messaging her. She showed me what she had sent him: “pls stop msging me, im chloe murphy and my dad is a guard 😤”. Advised her not to give her full name to strangers and helped her block and report the account.',
      'chloe murphy',
    ),
    clean(
      'Minecraft server chat, boys aged 11–13. Messages like “ur actually so bad NOOB”, “who stole my netherite sword??” and “Big Chungus is back lmao”. Nothing worrying; we talked about being sound in chat and reporting griefers.',
    ),
    withIds(
      "A 14-year-old on Steam wanted help getting his account back. He wrote “my email is ryan.obrien09 at hotmail dot co dot uk if u can fix it 🙏”. Explained that we can't recover accounts, that he shouldn't post his e-mail in public chats, and showed him Steam Support.",
      'ryan.obrien09 at hotmail dot co dot uk',
    ),
    clean(
      "Girl (13) showed me a Snapchat group chat: “she's such a pick me fr”, “ratio + L + you fell off”, “Sigma Queen 👑 not u”. She felt left out. We talked about leaving group chats and that Childline on 0800 1111 is free to call.",
    ),
    withIds(
      'Boy, 15, on Discord was on about a “1v1 irl” with another lad. In text he wrote “pull up to 14 Ashgrove Road then, bet 😤”. Spoke to both about threats, meeting people from online and never posting where you live.',
      '14 Ashgrove Road',
    ),
    clean(
      "Roblox Brookhaven with a 10-year-old who said “my big brother is 17 and he's mad good at Blox Fruits, he's like Level 2550”. She'd been offered “FREE ROBUX 100%” for her password; we went through phishing and two-step verification.",
    ),
  ],
  nb: [
    withIds(
      'Snakket med en gutt (13) på Discord som skrev «lowkey kjedelig server, add meg på snap heller: mats_h2011 😎». Forklarte hvorfor det ikke er lurt å dele brukernavn i åpne kanaler, og viste ham personverninnstillingene.',
      'mats_h2011',
    ),
    clean(
      'Fortnite med tre jenter på 12 år. De kalte hverandre «noob» og «bot» hele tida, og en skrev «GG, dere er så random 😂». Vi pratet om når tonen i chatten blir for hard, og om å si ifra.',
    ),
    withIds(
      'Jente (14) på Roblox hadde blitt lurt av en «giveaway». Hun skrev til meg: «de spurte om personnummeret mitt, jeg sendte 12031151390 😭 er det farlig??». Rådet henne til å snakke med foreldrene og aldri gi fra seg fødselsnummeret på nett.',
      '12031151390',
    ),
    clean(
      'På Twitch, mens flere så på Pokimane, ba en gutt (15) om «Rizz-tips». Han er level 200 i Fortnite og har brukt 1500 kr på skins, sa han, «men mamma vet ikke 🤫». Snakket om pengebruk i spill og å avtale en grense hjemme.',
    ),
    withIds(
      'Gutt på 12 år på Snapchat viste meg en melding fra en kompis: «ring emma hvis du vil bli med i squaden, nr hennes er 948 27 316». Forklarte at man ikke deler andres telefonnummer uten at de har sagt ja.',
      '948 27 316',
    ),
    clean(
      'Minecraft-server med gutter i 11–13-årsalderen. Chatten var full av «sus», «ratio», «Sigma» og «din mor 💀», men ingenting bekymringsfullt. Minnet dem på at de kan ringe Alarmtelefonen på 116 111 hvis noe er vanskelig.',
    ),
    withIds(
      'Jente (13) på TikTok fortalte at noen hadde lagt ut et bilde av venninna hennes med teksten «dette er Ida Marie Solberg i 8B på Hauketo skole 🤡». Vi snakket om deling av bilder uten samtykke og hvordan man melder innhold.',
      'Ida Marie Solberg',
      '8B på Hauketo skole',
    ),
    clean(
      'Steam-chat med en 16-åring som spiller CS2. Han skrev «teamet mitt er bare noobs, jeg carrier hele tida smh» og lurte på om en kniv til 300 kr er verdt det. Snakket om skin-gambling og svindel.',
    ),
    withIds(
      'Gutt (14) på Fortnite ville ha hjelp med en hacka konto og skrev «mailen min er sander.berg11 at gmail dot com, kan du fikse? 🙏». Forklarte at politiet ikke kan gjenopprette kontoer, og at han ikke skal skrive e-posten sin i åpen chat.',
      'sander.berg11 at gmail dot com',
    ),
    clean(
      'Snakket med to jenter på 12 på Roblox som kalte hverandre «bestie» og «bacon». De var mest opptatt av Adopt Me og hva en Shadow Dragon er verdt. Vi pratet om bytte av items og svindel.',
    ),
  ],
  nn: [
    withIds(
      'Prata med ein gut (14) på Discord som skreiv «lowkey keisamt her, følg meg på tiktok: eirik_fotball11 😤». Forklarte kvifor det ikkje er lurt å leggje ut brukarnamnet sitt i opne kanalar.',
      'eirik_fotball11',
    ),
    clean(
      'Fortnite-økt med tre jenter på 13 år. Dei kalla kvarandre «noob» og «NPC» og skreiv «GG ez 💀» etter kvar runde. Vi snakka om tonen i chatten og om å seie frå til ein vaksen.',
    ),
    withIds(
      'Jente (12) på Snapchat viste meg ei melding frå ein ukjend: «send nr ditt da». Ho hadde svara «ok 412 93 857 men ikkje ring etter kl 21 😅». Rådde henne til å blokkere og ikkje dele nummeret sitt med folk ho ikkje kjenner.',
      '412 93 857',
    ),
    clean(
      'Minecraft med gutar i 11-årsalderen. Chatten var full av «sus», «Skibidi» og «mora di 😂», og ein skreiv at han er level 45 og har brukt 200 kr på Minecoins. Ingenting uroande, men vi snakka om å vere grei med kvarandre.',
    ),
    withIds(
      'Gut (13) på Roblox hadde fått melding om «gratis Robux viss du stadfestar alderen din». Han skreiv «eg sende fødselsnummeret mitt 07091251285 er det dumt?? 😬». Forklarte at han må snakke med foreldra, og at ingen spel treng fødselsnummer.',
      '07091251285',
    ),
    clean(
      'Twitch-chat medan fleire såg på IShowSpeed. Ein gut på 15 skreiv «Speed er GOAT, ratio til alle hatarane». Vi snakka om kva ein kan skrive i opne chattar og om å ikkje henge seg på hets.',
    ),
    withIds(
      'Jente (14) på TikTok fortalde at ein gut hadde skrive til henne: «hei, eg heiter Sindre Aasheim og går på Firda vgs, vil du møtast?». Ho var usikker; vi snakka om å møte folk frå nettet og om å seie frå til ein vaksen.',
      'Sindre Aasheim',
      'Firda vgs',
    ),
    clean(
      'Steam-samtale med ein 16-åring som spelar CS2. Han skreiv «laget mitt er berre bots, eg carrya heile kampen smh» og spurde om skins til 500 kr var verdt det. Vi snakka om skin-gambling.',
    ),
    withIds(
      'Gut (15) på Discord truga ein annan med «1v1 irl». Den andre svara «kom då, eg bur i Fjellvegen 23, 6800 Førde 😂». Snakka med begge om truslar og om kvifor ein aldri legg ut adressa si.',
      'Fjellvegen 23',
      '6800 Førde',
    ),
    clean(
      'Prata med to jenter på 12 i Roblox Adopt Me. Dei kalla kvarandre «bestie» og «bacon hair» og diskuterte om ein Frost Dragon er verd meir enn ein Shadow Dragon. Vi snakka om byte og svindel.',
    ),
  ],
  nl: [
    withIds(
      'Jongen (13) op Discord schreef “lowkey saai hier, add me op snap: daan_v2012 👀”. Uitgelegd waarom je je gebruikersnaam niet in openbare kanalen zet en samen zijn privacy-instellingen bekeken.',
      'daan_v2012',
    ),
    clean(
      'Fortnite met drie meiden van 12. Ze noemden elkaar de hele tijd “noob” en “bot” en typten “GG, jullie zijn zo random 😂”. We hadden het over de toon in de chat en wanneer je iets meldt.',
    ),
    withIds(
      'Meisje (14) op Snapchat liet een bericht van een vriendin zien: “app ff met lotte, haar nummer is 06-41 27 83 95, ze wil in de squad”. Uitgelegd dat je andermans nummer niet zomaar deelt.',
      '06-41 27 83 95',
    ),
    clean(
      'Twitch-chat bij een stream van Kai Cenat. Een jongen van 15 typte “W stream, chat is echt Sus vandaag 💀” en vertelde dat hij level 120 is in Fortnite en 40 euro aan skins heeft uitgegeven. Gesproken over geld uitgeven in games.',
    ),
    withIds(
      'Jongen (12) op Roblox had een bericht gekregen: “gratis Robux als je je BSN stuurt”. Hij schreef terug “oké 234567818 krijg ik nu robux?? 🤑”. Uitgelegd dat hij dit met zijn ouders moet bespreken en dat geen enkel spel je BSN nodig heeft.',
      '234567818',
    ),
    clean(
      'Minecraft-server met Vlaamse gasten van 11 à 13 jaar. In de chat vooral “sus”, “noob” en “uw moeder 😂”, niets verontrustends. Gewezen op Awel via 102 als ze ergens mee zitten.',
    ),
    withIds(
      'Gast van 14 op Steam wou hulp bij zijn gehackte account en typte “mijn mail is jens.peeters12 at telenet dot be, kunt ge da fixen? 🙏”. Uitgelegd dat de politie geen accounts herstelt en dat ge uw mail niet in een open chat zet.',
      'jens.peeters12 at telenet dot be',
    ),
    clean(
      "Snapchatgroep van meiden (13) met berichten als “zij is zo'n pick me”, “ratio + L” en “Rizz Queen 👑 ofzo”. Eén meisje voelde zich buitengesloten. Besproken hoe je een groep verlaat en dat ze de Kindertelefoon kan bellen op 0800-0432.",
    ),
    withIds(
      'Meisje (12) op TikTok liet een reactie onder haar video zien: “haha dat is Sanne Bakker uit groep 8 van De Regenboog 🤡”. Samen de reactie gemeld en besproken dat ze het aan haar ouders vertelt.',
      'Sanne Bakker',
      'groep 8 van De Regenboog',
    ),
    clean(
      'Twee jongens van 11 in Blox Fruits riepen steeds “GG noob” en “skill issue”. Eén vertelde dat zijn broer van 16 “de beste speler van Nederland” is en al level 2000 heeft. Gepraat over oplichting bij het ruilen van fruits.',
    ),
  ],
  fr: [
    withIds(
      'Ado de 13 ans sur Discord qui écrit « lowkey nul ce serveur, ajoutez-moi sur snap : lucas.dbx12 😎 ». Expliqué pourquoi on ne met pas son pseudo dans un salon public et vérifié ses paramètres de confidentialité.',
      'lucas.dbx12',
    ),
    clean(
      'Partie de Fortnite avec trois filles de 12 ans qui se traitaient de « noob » et de « bot » toute la soirée, avec des « GG ez 💀 » à chaque fin de manche. On a parlé du ton dans le chat et du signalement.',
    ),
    withIds(
      "Fille de 14 ans sur Snapchat, m'a montré le message d'une copine : « wsh ajoute inès, son num c 06 47 82 19 53 elle veut rejoindre la squad ». Expliqué qu'on ne partage pas le numéro de quelqu'un sans son accord.",
      '06 47 82 19 53',
    ),
    clean(
      "Sur Twitch pendant un live de Squeezie, un garçon de 15 ans écrivait « Squeezie c'est le GOAT, ratio les haters ». Il est niveau 150 sur Fortnite et a dépensé 30 € en skins « mais ma mère sait pas 🤫 ». Parlé d'argent dans les jeux.",
    ),
    withIds(
      "Fille de 14 ans sur Roblox, on lui avait promis des Robux gratuits contre son « numéro de sécu ». Elle a écrit « jlai envoyé 2 11 04 75 113 042 79 c grave ?? 😭 ». Conseillé d'en parler à ses parents ; aucun jeu ne demande ce numéro.",
      '2 11 04 75 113 042 79',
    ),
    clean(
      "Serveur Minecraft avec des gamins de 11-12 ans de la région de Liège. Dans le chat : « t'es trop nul », « sus », « ta mère 😂 », rien d'inquiétant. Rappelé qu'ils peuvent appeler le 103 s'il y a un souci.",
    ),
    withIds(
      "Garçon de 15 ans sur un serveur Discord belge a posté « mon numéro national c 10.06.15-147.72 pour prouver que j'ai 15 ans lol ». Expliqué pourquoi ce numéro ne doit jamais circuler en ligne et l'ai aidé à supprimer le message.",
      '10.06.15-147.72',
    ),
    clean(
      "Groupe Snapchat de filles de 13 ans : « elle fait trop la pick me », « cheh », « L + ratio ». Une des filles se sentait mise à l'écart. Parlé de quitter un groupe et donné le 3018, numéro gratuit contre le cyberharcèlement.",
    ),
    withIds(
      "Ado de 14 ans sur TikTok qui voulait récupérer son compte piraté : « mon mail c'est emma.lefevre2011 arobase gmail point com aidez moi svp 🙏 ». Expliqué que la police ne récupère pas les comptes et qu'on n'écrit pas son adresse mail en public.",
      'emma.lefevre2011 arobase gmail point com',
    ),
    clean(
      "Deux garçons de 10 ans sur Roblox Brookhaven se traitaient de « bacon » et de « Noob Master ». L'un m'a dit que son grand frère a 17 ans et « farm » Blox Fruits tous les soirs. Parlé des arnaques aux Robux gratuits.",
    ),
  ],
  de: [
    withIds(
      'Junge (13) auf Discord schrieb „lowkey langweilig hier, addet mich auf snap: leon_mkx12 😎“. Erklärt, warum man seinen Benutzernamen nicht in offene Kanäle schreibt, und gemeinsam die Privatsphäre-Einstellungen angeschaut.',
      'leon_mkx12',
    ),
    clean(
      'Fortnite-Runde mit drei Mädchen (12), die sich ständig „Noob“ und „Bot“ nannten und nach jeder Runde „GG EZ 💀“ schrieben. Über den Ton im Chat und das Melden gesprochen.',
    ),
    withIds(
      'Mädchen (14) zeigte mir auf Snapchat eine Nachricht ihrer Freundin: „schreib mal mia an, ihre nummer ist 0176 41892753, sie will in die squad“. Erklärt, dass man fremde Nummern nicht ohne Zustimmung weitergibt.',
      '0176 41892753',
    ),
    clean(
      'Twitch-Chat bei einem Stream von MontanaBlack. Ein 15-Jähriger schrieb „Monte ist der GOAT, ratio an alle Hater“; er ist Level 180 in Fortnite und hat 50 € für Skins ausgegeben. Über Geldausgaben in Spielen und Absprachen mit seiner Mutter gesprochen.',
    ),
    withIds(
      'Junge (12) auf Roblox hatte einem Fremden geschrieben: „ich heiße Jonas Wagner und wohne in der Lindenstraße 8 in Kassel lol“. Mit ihm besprochen, warum man Namen und Adresse nie an Fremde gibt, und den Chat gemeldet.',
      'Jonas Wagner',
      'Lindenstraße 8',
    ),
    clean(
      'Minecraft-Server mit Jungs zwischen 11 und 13. Im Chat viel „sus“, „Digga“, „deine Mutter 😂“ und „wer hat mein Netherite-Schwert geklaut??“, nichts Bedenkliches. Auf die Nummer gegen Kummer 116 111 hingewiesen.',
    ),
    withIds(
      'Ein 14-Jähriger auf Steam wollte Hilfe mit seinem gehackten Account und schrieb „meine mail ist tim.schulz2011 at web dot de bitte hilfe 🙏“. Erklärt, dass die Polizei keine Accounts wiederherstellt und man seine Mail nicht öffentlich postet.',
      'tim.schulz2011 at web dot de',
    ),
    clean(
      'Snapchat-Gruppe von Mädchen (13) mit Nachrichten wie „sie ist so ein pick me“, „cringe“, „L + ratio“. Eine fühlte sich ausgeschlossen; wir haben besprochen, wie man eine Gruppe verlässt und wem man sich anvertrauen kann.',
    ),
    withIds(
      'Mädchen (13) auf TikTok zeigte einen Kommentar unter ihrem Video: „das ist lena hoffmann aus der 7c vom Goethe-Gymnasium 🤡🤡“. Kommentar gemeldet und besprochen, dass sie ihren Eltern Bescheid sagt.',
      'lena hoffmann',
      '7c vom Goethe-Gymnasium',
    ),
    clean(
      'Zwei Jungs (10) in Blox Fruits beschimpften sich als „Noob“ und „Bacon“. Einer erzählte, dass sein großer Bruder 17 ist und „voll der Sigma“ sei. Über Betrug beim Traden gesprochen.',
    ),
  ],
  is: [
    withIds(
      'Spjallaði við strák (13 ára) á Discord sem skrifaði „lowkey leiðinlegur server, addið mér á snap: siggi_gg2012 😎“. Útskýrði af hverju maður setur ekki notendanafnið sitt í opnar rásir.',
      'siggi_gg2012',
    ),
    clean(
      'Fortnite með þremur stelpum, 12 ára, sem kölluðu hver aðra „noob“ og „bot“ allan tímann og skrifuðu „GG ez 💀“ eftir hverja umferð. Ræddum um tóninn í spjallinu og að láta vita.',
    ),
    withIds(
      'Stelpa (14 ára) sýndi mér skilaboð frá vinkonu sinni á Snapchat: „heyrðu addaðu freyju, síminn hennar er 862-4519, hún vill vera í squadinu“. Útskýrði að maður deili ekki símanúmeri annarra án leyfis.',
      '862-4519',
    ),
    clean(
      'Á Twitch, á meðan streymi hjá IShowSpeed stóð yfir, skrifaði 15 ára strákur „Speed er GOAT, ratio á alla hatera“. Hann er level 90 í Fortnite og hefur eytt 5.000 kr. í skins. Ræddum um peningaeyðslu í leikjum og að semja við mömmu sína.',
    ),
    withIds(
      'Strákur (15 ára) á Roblox hafði fengið skilaboð um „frítt Robux ef þú staðfestir aldurinn“. Hann skrifaði „ég sendi kennitöluna mína 190810-2160 er það slæmt?? 😬“. Ráðlagði honum að tala við foreldra sína; enginn leikur þarf kennitölu.',
      '190810-2160',
    ),
    clean(
      'Minecraft-þjónn með strákum á aldrinum 11–13 ára. Í spjallinu var mikið „sus“, „noob“ og „mamma þín 😂“, ekkert áhyggjuefni. Minnti þá á Hjálparsíma Rauða krossins, 1717.',
    ),
    withIds(
      'Stelpa (13 ára) á TikTok sýndi mér athugasemd undir myndbandinu sínu: „haha þetta er Katrín Sól Einarsdóttir í 8. bekk í Hagaskóla 🤡“. Tilkynntum athugasemdina og ræddum um að segja foreldrunum frá.',
      'Katrín Sól Einarsdóttir',
      '8. bekk í Hagaskóla',
    ),
    clean(
      'Steam-spjall við 16 ára strák sem spilar CS2. Hann skrifaði „liðið mitt er bara botar, ég carryaði allan leikinn smh“ og spurði hvort skin á 3.000 kr. væri þess virði. Ræddum um fjárhættuspil með skins.',
    ),
    withIds(
      'Strákur (14 ára) á Fortnite vildi fá hjálp með hakkaðan aðgang og skrifaði „emailið mitt er arnar.thor11 at gmail dot com plís hjálpið 🙏“. Útskýrði að lögreglan endurheimti ekki aðganga og að maður setji ekki netfangið sitt í opið spjall.',
      'arnar.thor11 at gmail dot com',
    ),
    clean(
      'Tvær stelpur, 12 ára, í Roblox Adopt Me kölluðu hvor aðra „bestie“ og „bacon hair“ og rifust um hvort Frost Dragon væri meira virði en Shadow Dragon. Ræddum um skipti og svindl.',
    ),
  ],
  fi: [
    withIds(
      'Juttelin Discordissa 13-vuotiaan pojan kanssa, joka kirjoitti ”lowkey tylsä serveri, addatkaa mut snäpissä: eetu_k2012 😎”. Kerroin, miksi käyttäjänimeä ei kannata laittaa julkisille kanaville.',
      'eetu_k2012',
    ),
    clean(
      'Fortnite-pelissä kolme 12-vuotiasta tyttöä haukkui toisiaan ”nuubeiksi” ja ”boteiksi” ja kirjoitti joka kierroksen jälkeen ”GG ez 💀”. Puhuttiin chatin sävystä ja ilmoittamisesta.',
    ),
    withIds(
      '14-vuotias tyttö näytti Snapchatissa kaverinsa viestin: ”lisää aino, sen numero on 040 718 2934, se haluu meidän squadiin”. Kerroin, ettei toisen numeroa jaeta ilman lupaa.',
      '040 718 2934',
    ),
    clean(
      'Twitchissä, kun porukka katsoi Kai Cenatin streamia, 15-vuotias poika kirjoitti ”Kai on GOAT, ratio kaikille hatereille”. Hän on Fortnitessa levelillä 160 ja on käyttänyt skineihin 40 €. Puhuttiin rahankäytöstä peleissä ja siitä, että asiasta sovitaan äidin kanssa.',
    ),
    withIds(
      '14-vuotias tyttö Robloxissa oli saanut viestin ”ilmaisia Robuxeja jos vahvistat ikäsi”. Hän kirjoitti ”laitoin mun hetun 020611A3187 onks se huono juttu?? 😬”. Neuvoin puhumaan vanhempien kanssa; mikään peli ei tarvitse henkilötunnusta.',
      '020611A3187',
    ),
    clean(
      'Minecraft-serverillä 11–13-vuotiaita poikia. Chatissa paljon ”sus”, ”noob”, ”Sigma” ja ”sun mutsi 😂”, ei mitään huolestuttavaa. Muistutin MLL:n Lasten ja nuorten puhelimesta, numero 116 111.',
    ),
    withIds(
      '14-vuotias tyttö näytti TikTok-kommentin videonsa alla: ”lol tää on Emilia Korhonen 8C:ltä, kaikki tietää 🤡”. Ilmoitettiin kommentti yhdessä ja puhuttiin siitä, että hän kertoo asiasta vanhemmilleen.',
      'Emilia Korhonen',
    ),
    clean(
      'Steamissä 16-vuotias CS2-pelaaja kirjoitti ”mun tiimi on pelkkiä botteja, carrysin koko matsin smh” ja kysyi, onko 30 euron skini sen arvoinen. Puhuttiin skineillä uhkapelaamisesta.',
    ),
    withIds(
      'Discordissa 15-vuotias poika uhkaili toista ”1v1 irl”. Toinen vastasi ”tuu vaan, asun Koivukuja 4, 33100 Tampere 😂”. Puhuttiin molempien kanssa uhkailusta ja siitä, miksi omaa osoitetta ei koskaan laiteta julkisesti.',
      'Koivukuja 4',
      '33100 Tampere',
    ),
    clean(
      'Kaksi 12-vuotiasta tyttöä Roblox Adopt Me -pelissä kutsui toisiaan ”bestieksi” ja ”bacon hairiksi” ja väitteli siitä, onko Frost Dragon arvokkaampi kuin Shadow Dragon. Puhuttiin vaihtokaupoista ja huijauksista.',
    ),
  ],
  sv: [
    withIds(
      'Pratade med en kille (13) på Discord som skrev ”lowkey tråkig server, adda mig på snap: elias_gg12 😎”. Förklarade varför man inte lägger ut sitt användarnamn i öppna kanaler.',
      'elias_gg12',
    ),
    clean(
      'Fortnite med tre tjejer på 12 år som kallade varandra ”noob” och ”bot” hela tiden och skrev ”GG ez 💀” efter varje runda. Pratade om tonen i chatten och om att anmäla.',
    ),
    withIds(
      'Tjej (14) visade ett meddelande från en kompis på Snapchat: ”adda wilma, hennes nr är 073-412 86 59, hon vill va med i squaden”. Förklarade att man inte delar andras nummer utan lov.',
      '073-412 86 59',
    ),
    clean(
      'På Twitch under en stream med xQc skrev en kille på 15 ”xQc är GOAT, ratio alla haters”. Han är level 140 i Fortnite och har lagt 400 kr på skins, ”men morsan vet inte 🤫”. Pratade om pengar i spel.',
    ),
    withIds(
      'Kille (14) på Roblox hade fått ett meddelande om ”gratis Robux om du verifierar din ålder”. Han skrev ”ja skicka mitt personnummer 110417-4634 e de dåligt?? 😬”. Rådde honom att prata med sina föräldrar; inget spel behöver ditt personnummer.',
      '110417-4634',
    ),
    clean(
      'Minecraft-server med killar mellan 11 och 13. I chatten mycket ”sus”, ”noob” och ”din mamma 😂”, inget oroande. Tipsade om BRIS på 116 111 om något känns jobbigt.',
    ),
    withIds(
      'Tjej (13) på TikTok visade en kommentar under sin video: ”haha det här är Alva Lindqvist i 7A på Västerbergsskolan 🤡”. Vi anmälde kommentaren och pratade om att berätta för föräldrarna.',
      'Alva Lindqvist',
      '7A på Västerbergsskolan',
    ),
    clean(
      'Steam-chatt med en 16-åring som spelar CS2. Han skrev ”mitt lag är bara bots, jag carrya hela matchen smh” och frågade om ett skin för 300 kr var värt det. Pratade om skin-gambling.',
    ),
    withIds(
      'Kille (14) på Fortnite ville ha hjälp med sitt hackade konto och skrev ”min mejl är oscar.nyberg11 at hotmail dot se snälla hjälp 🙏”. Förklarade att polisen inte kan återställa konton och att man inte skriver sin mejl i öppen chatt.',
      'oscar.nyberg11 at hotmail dot se',
    ),
    clean(
      'Två tjejer på 12 i Roblox Adopt Me kallade varandra ”bestie” och ”bacon hair” och bråkade om huruvida en Frost Dragon är värd mer än en Shadow Dragon. Pratade om byten och bedrägerier.',
    ),
  ],
};
