import { clean, CorpusNote, withIds } from './corpus-note';

/**
 * Round thirteen: written blind, before the detector was run on it, from the rules alone. Its notes quote the young
 * person's chat the way officers paste it: lower case, slang, typos, timestamps, mixed with the officer's own words.
 * The identifiers sit inside the quotes (first names, handles after "add me", numbers typed chat-style, e-mails with
 * " at ", partly typed addresses, identity numbers given to a scammer); the clean notes quote chat that only looks
 * like it (slang, game terms with digits, famous nicknames, skins, scam messages, police profiles, prices, help lines).
 */
export const ROUND_THIRTEEN: Readonly<Record<string, readonly CorpusNote[]>> = {
  en: [
    withIds(
      'Roblox hangout, girl approx 12. Pasted from chat: [19:42] kid: "my insta is lil.maya_x dont tell my mum lol". Advised her to set the account to private.',
      'lil.maya_x',
    ),
    withIds(
      'Boy wrote in the lobby: "im noah btw and this is ethan hes my cousin we play every nite". Talked about not sharing real names with strangers.',
      'noah',
      'ethan',
    ),
    withIds(
      'Before we joined he had typed to an unknown player: "text me 07700900461 if u want the skin". Explained why that is risky, he deleted the message.',
      '07700900461',
    ),
    withIds(
      'Fortnite party chat. She wrote "my email is ruby dot f2011 at gmail dot com can u send the link there" to someone offering free skins. Reported the account.',
      'ruby dot f2011 at gmail dot com',
    ),
    withIds(
      '[20:15] kid: "i live at 14 kestrel close in leeds come over lol". [20:16] kid: "add me on roblox xX_ghostkid_Xx". Spoke to him about location sharing.',
      '14 kestrel close',
      'xX_ghostkid_Xx',
    ),
    clean(
      'Fortnite squad chat, boy wrote "gg ez bro 1v1 me on box fights" and then "lol ur a noob". Talked about toxic chat. Around 12, from Rotterdam.',
    ),
    clean(
      '[18:05] kid: "someone said they give 2000 vbucks free if i click the link lol is that real". Explained it is a scam and reported the message. No details shared.',
    ),
    clean(
      'He quoted a scammer: "send me ur login and i add 5000 robux to ur acc". He did not reply. Told him about Childline 0800 1111 and how to block.',
    ),
    clean(
      'Minecraft server chat: "im lvl 50 and top 3 on the server lmao", then "i main peely and jonesy in fortnite" and "the goat is CR7 sheesh". Talked about screen time after 22:00.',
    ),
    clean(
      'Twitch chat during the stream: "is the europol patrol account real xd" and "bro a cop in #general wallah". Confirmed it is our official profile and answered questions for 20 minutes.',
    ),
  ],
  nb: [
    withIds(
      'Gutten skrev i chatten: "jeg heter mathias, adda meg på snap mathi_k09 da". Vi forklarte hvorfor han ikke bør legge ut brukernavn til fremmede.',
      'mathias',
      'mathi_k09',
    ),
    withIds(
      'Jenta hadde skrevet til en annen spiller: "ring meg på +4741236587 hvis du vil spille mer". Vi ba henne slette meldingen.',
      '+4741236587',
    ),
    withIds(
      '[21:03] gutt: "bor i fjellveien 12b i bodø, kom og hent skinnet". Snakket med ham om å ikke oppgi hvor han bor.',
      'fjellveien 12b',
    ),
    withIds(
      'Gutten limte inn det han hadde sendt til en «admin»: "personnummeret mitt er 14031151288 får jeg robuxa nå?". Forklarte at det var svindel, han skal si det til foreldrene.',
      '14031151288',
    ),
    withIds(
      'Hun skrev: "det er ingrid, bestevenninna mi, mailen hennes er solberg.i11 at gmail punktum com". Vi sa at hun ikke skal dele andres kontaktinfo.',
      'ingrid',
      'solberg.i11 at gmail punktum com',
    ),
    clean(
      'Discord-server, kanalen #generelt: "gg ez", "lol noob", "1v1 meg i build fights bro". Snakket om tonen i chatten.',
    ),
    clean(
      'Gutten skrev: "noen sa jeg får 2000 v-bucks gratis hvis jeg logger inn på en side". Vi forklarte at det er svindel. Han hadde ikke delt noe.',
    ),
    clean(
      '[19:20] jente: "er politiet ekte her? står politiet nettpatrulje på profilen". Vi bekreftet at det er vår profil og tipset om Kors på halsen 800 33 321.',
    ),
    clean(
      'Han skrev "jeg er lvl 50 og top 3 i FC 25 wallah" og "messi er goaten". Snakket om spilletid etter kl. 22 på hverdager.',
    ),
    clean(
      'Jente fra Tromsø skrev: "skinnet koster 150 kr, er det verdt det xd". Vi snakket om kjøp i spill og om å spørre foreldrene først.',
    ),
  ],
  nn: [
    withIds(
      'Guten skreiv: "e heite sindre, adda meg på snap sindre_h07". Vi forklarte kvifor han ikkje bør dele brukarnamnet med framande.',
      'sindre',
      'sindre_h07',
    ),
    withIds(
      'Ho hadde skrive til ein annan spelar: "nummeret mitt er 481.23.657 send melding". Vi bad henne slette meldinga.',
      '481.23.657',
    ),
    withIds(
      'Guten fortalde at ein «moderator» bad om personnummer, og han skreiv: "17061254757 er det nok?". Vi sa at han må fortelje det til foreldra i kveld.',
      '17061254757',
    ),
    withIds(
      '[20:44] jente: "eg bur i kyrkjevegen 8 på voss, kom innom". Snakka med henne om kva ein ikkje skal skrive i open chat.',
      'kyrkjevegen 8',
    ),
    withIds(
      'Guten skreiv: "det er eirik, bror min, han spelar med meg, brukarnamnet hans er frostbiten99". Vi sa at han ikkje skal dele andre sine kontoar.',
      'eirik',
      'frostbiten99',
    ),
    clean(
      'Kanalen #spel-prat på Discord: "gg ez", "kven vil 2v2", "du er ein noob xd". Vi snakka om å vere grei i chatten.',
    ),
    clean(
      'Guten viste meldinga frå svindlaren: "klikk på lenka og få 5000 robux gratis". Han hadde ikkje svara. Vi bad han melde frå om kontoen.',
    ),
    clean(
      'Ho skreiv "eg er lvl 42 og har W/L 1.8 lol" og spurde om politiet spelar sjølv. Frå Førde, 13 år.',
    ),
    clean(
      '[18:30] gut: "er det verkeleg politiet? står politiet nettpatrulje" – vi stadfesta profilen og gav han nummeret til Alarmtelefonen for barn og unge, 116 111.',
    ),
    clean('Han skreiv "kjem GTA 6 på fredag bro sheesh" og "haaland er konge". Vi snakka om aldersgrenser.'),
  ],
  nl: [
    withIds(
      'Hij typte naar een onbekende speler: "mn nummer is 06-41873920 app me". Uitgelegd waarom dat niet slim is, bericht verwijderd.',
      '06-41873920',
    ),
    withIds(
      '[19:12] meisje: "ik ben fleur en dit is mn broertje sem, voeg me toe: fleurtje_2011". Gesprek over delen met onbekenden.',
      'fleur',
      'sem',
      'fleurtje_2011',
    ),
    withIds(
      'Jongen had een chat over "gratis skins" gevolgd en typte: "mijn bsn is 612839473 krijg ik nu de skin". Uitgelegd dat het oplichting is, ouders ingelicht.',
      '612839473',
    ),
    withIds(
      'Ze schreef in de lobby: "ik woon op de lindelaan 23 kom maar langs haha". Besproken dat je je adres nooit in een open chat zet.',
      'lindelaan 23',
    ),
    withIds(
      'Meisje uit Gent typte: "amai zijt ge echt van de politie? mijn mail is jana.peeters at telenet punt be, stuur het daar maar". Gezegd dat ze dat niet zomaar moet doorgeven.',
      'jana.peeters at telenet punt be',
    ),
    clean(
      'Jongen typte in #algemeen: "gg ez", "1v1 mij dan noob", "wollah bro". Gesprek over schelden in de chat.',
    ),
    clean(
      'Meisje citeerde een bericht dat ze kreeg: "stuur je wachtwoord en je krijgt 2000 V-Bucks". Ze had niets gestuurd. Uitgelegd hoe je meldt, verwezen naar de Kindertelefoon 0800-0432.',
    ),
    clean(
      'Allez, hij typte "ik ben lvl 80 en top 3 in FC 25 xd" en vroeg of de politie ook Fortnite speelt. Jongen uit Antwerpen, 12 jaar.',
    ),
    clean(
      '[20:05] jongen: "is dit echt de politie? er staat Politie Online op je profiel". Bevestigd dat het ons account is. Daarna: "sheesh respect".',
    ),
    clean(
      'Ze schreef: "mn ma zegt dat GTA 6 pas vanaf 18 is lol" en "ik kijk alleen Ronaldo filmpjes". Over leeftijdsgrenzen gepraat; de skin kost 15 euro.',
    ),
  ],
  fr: [
    withIds(
      'Le jeune a écrit : « moi c lucas, ajoute-moi sur snap lucas.dbx ». Expliqué pourquoi il ne faut pas donner son pseudo à des inconnus.',
      'lucas',
      'lucas.dbx',
    ),
    withIds(
      'Elle avait tapé à un autre joueur : « mon num c 0471.28.63.95 envoie un msg ». On lui a demandé de supprimer le message.',
      '0471.28.63.95',
    ),
    withIds(
      "Un « admin » lui avait demandé son numéro national, il a répondu : « c 11.03.14-153.96 c bon jpeux avoir les robux ». Expliqué l'arnaque, les parents seront prévenus.",
      '11.03.14-153.96',
    ),
    withIds(
      "[18:50] fille : « j'habite rue des wallons 17 à namur viens ». Discussion sur la localisation et ce qu'on met dans un chat ouvert.",
      'rue des wallons 17',
    ),
    withIds(
      "Il a écrit : « c'est nathan mon pote, son mail c n.collard2012 arobase hotmail point be ». Dit qu'on ne partage pas les coordonnées des autres.",
      'nathan',
      'n.collard2012 arobase hotmail point be',
    ),
    clean(
      "Dans le salon #général : « gg ez », « 1v1 moi si t'es chaud », « t'es un noob mdr ». On a parlé du respect dans le chat.",
    ),
    clean(
      "Il a recopié le message reçu : « clique ici pour 2000 V-Bucks gratuits ». Il n'a rien envoyé. On lui a donné le 103 Écoute-Enfants.",
    ),
    clean(
      'Elle a écrit : « jsuis lvl 60 et top 3 sur le serveur wsh » et « mbappé c le goat ». 12 ans, de Liège.',
    ),
    clean(
      '[17:35] garçon : « c vraiment la police ? y a marqué Police Fédérale sur ton profil ». On a confirmé. Puis : « ah ouais sheesh ».',
    ),
    clean(
      'Il a tapé « GTA 6 sort quand frérot » et « le skin coûte 15 euros c abusé ». Discussion sur le PEGI 18 et les achats ; il joue septante minutes par jour selon lui.',
    ),
  ],
  de: [
    withIds(
      'Der Junge schrieb: "ich bin der leon aus eupen, adde mich auf discord leon_eup09". Erklärt, warum man seinen Namen nicht mit Fremden teilt.',
      'leon',
      'leon_eup09',
    ),
    withIds(
      'Sie hatte einem anderen Spieler getippt: "meine nummer ist +32 487 56 21 94 schreib mir". Wir baten sie, die Nachricht zu löschen.',
      '+32 487 56 21 94',
    ),
    withIds(
      'Er hatte einem angeblichen Mod geschrieben: "meine nationalnummer ist 12082726439 krieg ich jetzt den skin". Betrug erklärt, Eltern informiert.',
      '12082726439',
    ),
    withIds(
      '[19:58] mädchen: "wohne in der klosterstraße 9 in sankt vith komm vorbei". Über Standortangaben im offenen Chat gesprochen.',
      'klosterstraße 9',
    ),
    withIds(
      'Er schrieb: "das ist mein kumpel finn, seine mail ist f.kessler12 at gmx punkt net". Gesagt, dass man die Daten anderer nicht weitergibt.',
      'finn',
      'f.kessler12 at gmx punkt net',
    ),
    clean(
      'Im Kanal #allgemein: "gg ez", "1v1 mich du noob", "digga lol". Über Beleidigungen im Chat gesprochen.',
    ),
    clean(
      'Er zeigte die Nachricht des Betrügers: "schick dein passwort und du bekommst 2000 V-Bucks". Nichts geschickt. Hinweis: im Notfall die 101 anrufen.',
    ),
    clean(
      'Sie schrieb: "bin lvl 50 und top 3 in FC 25 xd" und "ronaldo ist der goat". 13 Jahre, aus Kelmis.',
    ),
    clean(
      '[18:12] junge: "bist du echt polizei? steht Polizeizone Weser-Göhl auf deinem profil". Bestätigt, dass es unser Profil ist.',
    ),
    clean(
      'Er tippte "wann kommt GTA 6 bro" und "der skin kostet 20 euro, sheesh". Über Altersfreigaben gesprochen. Spielt nach eigenen Angaben bis 23 Uhr.',
    ),
  ],
  is: [
    withIds(
      'Strákurinn skrifaði: „ég heiti kári og er 12 ára, addaðu mér á snap kari.thor11“. Við útskýrðum af hverju hann ætti ekki að gefa ókunnugum notendanafnið sitt.',
      'kári',
      'kari.thor11',
    ),
    withIds(
      'Hún hafði skrifað til annars spilara: „síminn minn er 8621547 hringdu“. Við báðum hana að eyða skilaboðunum.',
      '8621547',
    ),
    withIds(
      'Strákurinn hafði svarað „stjórnanda“ sem bað um kennitölu: „kennitalan mín er 210411-2320 fæ ég robux núna“. Útskýrðum að þetta væru svik og hann lofaði að segja foreldrum sínum frá.',
      '210411-2320',
    ),
    withIds(
      '[20:30] stelpa: „ég bý á hraunbæ 14 í reykjavík komdu“. Ræddum við hana um að segja ekki hvar hún á heima í opnu spjalli.',
      'hraunbæ 14',
    ),
    withIds(
      'Hann skrifaði: „þetta er katla frænka mín, netfangið hennar er ks2010 at gmail punktur com“. Sögðum honum að deila ekki upplýsingum um aðra.',
      'katla',
      'ks2010 at gmail punktur com',
    ),
    clean('Á rásinni #almennt: „gg ez“, „1v1 mig noob“, „lol bro“. Við ræddum um framkomu í spjallinu.'),
    clean(
      'Stelpan sýndi skilaboð frá svikara: „smelltu á hlekkinn og fáðu 2000 V-Bucks frítt“. Hún svaraði ekki. Bentum henni á Hjálparsíma Rauða krossins 1717.',
    ),
    clean(
      'Hann skrifaði: „ég er lvl 50 og top 3 á servernum xd“ og „messi er geitin“. Þrettán ára, frá Akureyri.',
    ),
    clean(
      '[19:05] strákur: „er þetta í alvöru löggan? það stendur Lögreglan á höfuðborgarsvæðinu á prófílnum“. Við staðfestum að þetta væri okkar aðgangur.',
    ),
    clean(
      'Hún skrifaði „hvenær kemur GTA 6“ og „skinnið kostar 2000 kr sheesh“. Ræddum aldurstakmörk og kaup í leikjum.',
    ),
  ],
  fi: [
    withIds(
      'Poika kirjoitti: "olen aleksi, lisää mut snäpis kk_boi11". Kerroimme, miksi käyttäjänimeä ei kannata antaa tuntemattomille.',
      'aleksi',
      'kk_boi11',
    ),
    withIds(
      'Tyttö oli kirjoittanut toiselle pelaajalle: "mun numero on 0458812934 laita viestii". Pyysimme häntä poistamaan viestin.',
      '0458812934',
    ),
    withIds(
      'Poika oli vastannut "moderaattorille": "mun hetu on 150311A2843 saanko nyt ne robuxit". Kerroimme, että kyse on huijauksesta, ja hän lupasi kertoa vanhemmilleen.',
      '150311A2843',
    ),
    withIds(
      '[20:10] tyttö: "asun hämeenkadulla 21 tampereel tuu käymää". Puhuttiin siitä, ettei osoitetta kirjoiteta avoimeen chattiin.',
      'hämeenkadulla 21',
    ),
    withIds(
      'Hän kirjoitti: "tää on mun kaveri eetu, sen sposti on e.heikkinen12 at gmail piste com". Sanoimme, ettei toisten tietoja jaeta.',
      'eetu',
      'e.heikkinen12 at gmail piste com',
    ),
    clean(
      'Kanavalla #yleinen: "gg ez", "1v1 mua noob", "lol bro". Puhuttiin asiallisesta käytöksestä chatissa.',
    ),
    clean(
      'Poika näytti huijarin viestin: "klikkaa linkkiä niin saat 2000 V-Bucksia ilmaiseksi". Hän ei vastannut. Kerroimme MLL:n Lasten ja nuorten puhelimesta 116 111.',
    ),
    clean('Tyttö kirjoitti: "oon lvl 50 ja top 3 serverillä xd" ja "messi on goat". 12-vuotias Oulusta.'),
    clean(
      '[18:45] poika: "ootko oikeesti poliisi? profiilissa lukee Nettipoliisi". Vahvistimme, että profiili on poliisin.',
    ),
    clean(
      'Hän kirjoitti "milloin GTA 6 tulee" ja "skini maksaa 15 euroa sheesh". Puhuttiin ikärajoista ja pelien sisäisistä ostoista.',
    ),
  ],
  sv: [
    withIds(
      'Flickan skrev: "jag heter wilma, lägg till mig på snap wilmis.vasa". Vi förklarade varför man int ska ge sitt användarnamn åt främlingar.',
      'wilma',
      'wilmis.vasa',
    ),
    withIds(
      'Pojken hade skrivit åt en annan spelare: "mitt nummer e +358 50 412 7789 skicka sms". Vi bad honom radera meddelandet.',
      '+358 50 412 7789',
    ),
    withIds(
      'En "admin" bad om personbeteckning och han skrev: "220912A3561 får jag skinnet nu". Vi förklarade bedrägeriet, föräldrarna kontaktas.',
      '220912A3561',
    ),
    withIds(
      '[19:33] flicka: "jag bor på strandvägen 7 i jakobstad kom hit". Vi pratade om att int skriva var man bor i en öppen chatt.',
      'strandvägen 7',
    ),
    withIds(
      'Han skrev: "det här är min kompis elias, hans mejl e e.nyman11 at hotmail punkt com". Vi sa att man int delar andras uppgifter.',
      'elias',
      'e.nyman11 at hotmail punkt com',
    ),
    clean(
      'I kanalen #allmänt: "gg ez", "1v1 mig din noob", "lol bro". Vi pratade om hur man beter sig i chatten.',
    ),
    clean(
      'Pojken visade bedragarens meddelande: "klicka på länken så får du 2000 V-Bucks gratis". Han hade int svarat. Vi tipsade om Barn- och ungdomstelefonen 116 111.',
    ),
    clean('Hon skrev: "jag e lvl 50 och top 3 på servern xd" och "messi e goaten". 12 år, från Vasa.'),
    clean(
      '[18:20] pojke: "e du på riktigt polis? de står Nettipoliisi på profilen". Vi bekräftade att profilen är polisens.',
    ),
    clean(
      'Han skrev "när kommer GTA 6" och "skinnet kostar 15 euro sheesh". Vi pratade om åldersgränser och köp i spel.',
    ),
  ],
};
