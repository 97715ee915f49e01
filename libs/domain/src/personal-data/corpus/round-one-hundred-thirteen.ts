/**
 * Round one hundred and thirteen: written blind, before the detector was run on it.
 * Busy evenings with several young people in one conversation: notes that say who said what, some naming them.
 */
import { clean, CorpusNote, withIds } from './corpus-note';

export const ROUND_ONE_HUNDRED_THIRTEEN: Readonly<Record<string, readonly CorpusNote[]>> = {
  en: [
    withIds(
      'Busy Discord voice channel tonight with five lads from Cork, all around 14. Most of them just wanted to know if the uniform was real, but Cian said an older player had been asking him for pictures, and his mate Oisín backed him up. Advised both to block and report, and to tell a parent.',
      'Cian',
      'Oisín',
    ),
    clean(
      'Roblox hangout with six kids aged 11 to 13. The oldest boy did most of the talking and kept quoting IShowSpeed, while two girls from Bergen wanted to know if police get to play games at work. Went through the report button and what to do if someone asks them to move to Snapchat.',
    ),
    clean(
      'Twitch chat was chaotic tonight, around 30 viewers, mostly teenagers from around Dublin. Questions about whether you can be arrested for swearing in a game, and one asked if Jonesy from Fortnite was based on a real guard. Kept it light and pointed them to Childline on 1800 66 66 66.',
    ),
    withIds(
      'Fortnite squad of four from Leeds, 15 and 16. Long chat about sites offering free V-Bucks. The one with the gamertag xX_BlazeRunner_Xx admitted he had typed his password into one last week; the others laughed until he said he had lost all his skins. Told him to change it and switch on two-factor.',
      'xX_BlazeRunner_Xx',
    ),
    withIds(
      'Minecraft server with a crowd of Year 8s from Liverpool. Most stayed anonymous, but a girl who introduced herself as Holly Brennan posted her mobile, 07700 900462, in open chat so the others could add her on WhatsApp. Asked her to delete it and spoke to the whole group about keeping numbers off public chat.',
      'Holly Brennan',
      '07700 900462',
    ),
    clean(
      "Snapchat Q&A from the station, loads of replies from 12 and 13 year olds in Manchester. Someone's cockapoo, Biscuit, turned up in half the pictures. Mostly questions about age limits on apps and whether police can see deleted snaps. Answered in general terms and shared the CEOP reporting link.",
    ),
    clean(
      'TikTok live from the station with the dog unit. Our police dog Rex got far more questions than we did: how old he is, what he eats, whether he plays Fortnite. A handful of serious questions too about bullying in group chats, which we answered off air.',
    ),
    withIds(
      "Three brothers on Steam, 13, 15 and 17. The middle one did the talking until the youngest blurted out that they had bought a game with their dad's card. Kieran, the eldest, said a skins trader had asked for his email and he had given it: kieranmurphy07 at outlook dot com. His brothers call him Murph, which is also his Steam name.",
      'Kieran',
      'kieranmurphy07 at outlook dot com',
      'Murph',
    ),
    clean(
      'Late session on a Discord server for Irish Fortnite players, eight or so at once, all shouting over each other. The loudest lad, about 15, reckoned Ninja earns more than the Taoiseach. Talked about in-game spending, loot boxes and how quickly it adds up; one of them had spent €60 in a month.',
    ),
    withIds(
      'Group of girls on Roblox, all 12, from the same school in Galway. They talked about a boy who keeps sending nasty messages. Ellie said she and her friend are both in 6th class at Scoil Iognáid and that he sits right behind them. Advised them to screenshot everything and tell their teacher.',
      'Ellie',
      '6th class at Scoil Iognáid',
    ),
  ],
  nb: [
    withIds(
      'Travel kveld på Discord med fem gutter fra Drammen, alle rundt 13 år. De fleste ville bare vite om uniformen var ekte, men kompisen hans Jonas fortalte at en voksen mann hadde bedt dem begge om bilder på Snapchat. Rådet dem til å blokkere, rapportere og si fra hjemme.',
      'Jonas',
    ),
    clean(
      'Roblox-gruppe med seks jenter på 11–12 år. To jenter fra Bergen var mest aktive og lurte på om politiet får spille på jobb. Den eldste hadde mye liv i seg og ville vite alt om politihunden vår. Snakket om å ikke dele bilder med folk de ikke kjenner.',
    ),
    clean(
      'TikTok-live fra stasjonen sammen med hundepatruljen. Politihunden Tor fikk flest spørsmål, om han biter og hva han spiser til middag. Ellers mange spørsmål om aldersgrenser og om man kan bli anmeldt for å banne i spill. Seerne var mellom 12 og 16.',
    ),
    withIds(
      'Fortnite-lag på fire, 14–15 år fra Trondheim. Vi snakket om svindelsider med gratis V-Bucks. Han som kaller seg Kebabkongen innrømmet at han hadde gitt bort passordet sitt, og Emil Haugen la ut mobilnummeret sitt, 412 58 736, i chatten for å få hjelp. Ba ham slette nummeret, og gikk gjennom totrinnsbekreftelse med alle fire.',
      'Kebabkongen',
      'Emil Haugen',
      '412 58 736',
    ),
    clean(
      'Spørrerunde på Snapchat med rundt tjue svar, mest 13-åringer fra Stavanger. Mange spurte om Mario og Sonic, og om politiet kan se slettede snapper. En gutt sendte bilde av katten sin. Svarte generelt og minnet om Alarmtelefonen for barn og unge, 116 111.',
    ),
    withIds(
      'Minecraft-server med en gjeng fra 8. trinn. Mye tull, men en jente som sa hun heter Ida, ble ertet av de andre. Hun fortalte at hun går i 8B på Lambertseter skole og at de samme guttene plager henne der også. Rådet henne til å snakke med kontaktlæreren og ta skjermbilder.',
      'Ida',
      '8B på Lambertseter skole',
    ),
    withIds(
      'Tre brødre på Steam, 12, 14 og 16 år. «Vi kjøpte spillet med pappas kort», sa Sander, den eldste. Han hadde også gitt e-posten sin, sander.lie2008 at gmail dot com, til en som byttet skins. Forklarte hvordan svindelen fungerer, og at de må fortelle det hjemme.',
      'Sander',
      'sander.lie2008 at gmail dot com',
    ),
    clean(
      'Discord-kanal for norske Minecraft-spillere, åtte stykker samtidig. Den yngste var 11 og holdt på å bygge en kopi av Nidarosdomen. Vi snakket om at ingen skal be om bilder eller adresse, og at de alltid kan ringe 116 111, eller 112 hvis det haster.',
    ),
    clean(
      'Fortnite-kveld med en stor gjeng fra Tromsø. Den høyeste stemmen tilhørte en gutt på 14 som siterte MrBeast hele tiden. Ingen delte noe personlig. Snakket om kjøp i spill, og en av dem hadde brukt 600 kroner på én måned.',
    ),
    withIds(
      'Twitch-chatten var full i kveld. En gutt på 15 skrev fødselsnummeret sitt, 140311 51369, for å «bevise» alderen da han ville inn i en gruppe med 18-årsgrense. På Twitch heter han Mørkeulv88. Slettet meldingen og tok en prat med ham på privat melding.',
      '140311 51369',
      'Mørkeulv88',
    ),
  ],
  nn: [
    clean(
      'Travel kveld på Discord med ein gjeng frå Voss, sju–åtte stykke på 13–14 år. Den eldste guten sa at han ikkje tor seie frå til foreldra når nokon er ekle mot han på nett. Vi snakka om kven dei kan gå til, og om Alarmtelefonen, 116 111.',
    ),
    withIds(
      'Roblox med fire jenter frå Førde. Dei fleste heldt seg anonyme, men Ingrid fortalde at ein vaksen hadde spurt kvar ho bur, og venninna hennar Synnøve sa at same brukaren hadde sendt henne gåver i spelet. Rådde dei til å blokkere og melde frå.',
      'Ingrid',
      'Synnøve',
    ),
    clean(
      'TikTok-live frå politistasjonen. Spørsmåla kom fort: om vi ber våpen, om politihunden er snill, og om Steve frå Minecraft kan arresterast. Ungdomane var frå 11 til 16 år. Svarte så godt vi kunne og minte om at dei ikkje skal dele adressa si med framande.',
    ),
    withIds(
      'Fortnite-lag på tre gutar frå Ålesund, alle 15. Ein av dei, som kallar seg Fjordbjørn_07, sa at han hadde gitt adressa si, Storgata 14, 6002 Ålesund, til ein som lova gratis V-Bucks. Forklarte kvifor det er farleg, og bad han fortelje det til foreldra.',
      'Fjordbjørn_07',
      'Storgata 14',
      '6002 Ålesund',
    ),
    clean(
      'Minecraft-server med nesten ein heil klasse. Dei bygde ein kopi av Bryggen, og den yngste jenta hadde meir liv i seg enn alle dei andre til saman. Vi snakka om kor lenge dei spelar om kvelden og kva dei gjer om nokon plagar dei.',
    ),
    withIds(
      'Snapchat med tre sysken på 12, 14 og 17. «Eg har gitt nummeret mitt til ein på Snap», sa Torstein, den eldste, og nummeret, 934 71 205, låg framleis ute i historia hans. Bad han fjerne det, og vi snakka om kven som kan sjå historiene.',
      'Torstein',
      '934 71 205',
    ),
    clean(
      'Steam-gruppe for norske Counter-Strike-spelarar, mest gutar på 15–16. Dei siterte xQc heile tida og meinte at skins er ei god investering. Snakka om pengespel og lootboksar, og om at det finst hjelp å få.',
    ),
    withIds(
      'Discord-kanal med seks ungdomar frå Hallingdal. Stort sett laust prat om skule og spel, men ein gut skreiv fødselsnummeret sitt, 220910 53563, for å kome inn på ein server med aldersgrense. Han skriv under namnet Halling_Helten. Bad han slette meldinga med ein gong.',
      '220910 53563',
      'Halling_Helten',
    ),
    clean(
      'Twitch-chat med mange innom, 12 til 15 år. To jenter frå Sogndal ville vite om politiet brukar Fortnite til å trene. Ein gut fortalde om hunden sin, ein labrador som søv på tastaturet. Ingen delte personopplysningar, berre gode spørsmål om nettmobbing.',
    ),
    withIds(
      'Roblox-kveld med ein gjeng frå 7. trinn. Kristine Vik Solberg fortalde at ho går i 7A på Nordnes skule, og at nokon i klassen har laga ein falsk profil av henne. Ho skal snakke med læraren, og vi hjelper til med å få profilen fjerna.',
      'Kristine Vik Solberg',
      '7A på Nordnes skule',
    ),
  ],
  nl: [
    withIds(
      "Drukke avond op Discord met vijf kinderen uit Tilburg, allemaal een jaar of 13. De meesten wilden alleen weten of het uniform echt was, maar Noor zei dat een volwassen man haar om foto's had gevraagd. Geadviseerd te blokkeren, te melden en het thuis te vertellen.",
      'Noor',
    ),
    clean(
      'Roblox-groep van zes meiden van 11 en 12. De oudste wilde vooral weten of agenten onder werktijd mogen gamen. Eén van hen had een roos als avatar gekozen en vroeg of dat veilig was. Uitgelegd wat ze wel en niet moeten delen.',
    ),
    withIds(
      'Fortnite-squad uit Gent, vier jongens van 15. Er werd veel gelachen, maar Arne vertelde dat hij zijn gsm-nummer, 0478 52 19 63, in een open chat had gezet, en zijn maat Wout had zijn rijksregisternummer, 11.06.15-283.54, doorgestuurd naar iemand die gratis V-Bucks beloofde. Met beide jongens gepraat; de ouders worden verwittigd.',
      'Arne',
      '0478 52 19 63',
      'Wout',
      '11.06.15-283.54',
    ),
    clean(
      'TikTok-live vanaf het bureau met de hondengeleider. Politiehond Max kreeg de meeste vragen: hoe oud hij is, of hij bijt en of hij ooit een boef heeft gevangen. Verder vragen over leeftijdsgrenzen en wat je doet als je online gepest wordt. Kijkers tussen 10 en 16 jaar.',
    ),
    clean(
      'Snapchat-vragenronde, veel reacties van 12- en 13-jarigen uit Utrecht. Vragen over Mario Kart, over de streamer Kai Cenat en of de politie verwijderde snaps kan terugzien. Iemand stuurde een foto van zijn konijn. Algemeen geantwoord en gewezen op de Kindertelefoon, 0800-0432.',
    ),
    withIds(
      'Minecraft-server met een groep brugklassers. Lotte van Dijk vertelde dat ze in klas 1C van het Stedelijk Gymnasium zit en dat een jongen uit haar klas haar steeds lastigvalt. Besproken hoe ze screenshots maakt en met haar mentor praat.',
      'Lotte van Dijk',
      'klas 1C van het Stedelijk Gymnasium',
    ),
    withIds(
      'Drie broers op Steam, 12, 14 en 16. Daan gaf toe dat ze de skins met de creditcard van hun vader hadden gekocht. De oudste, die zich Kaasboer_NL noemt, had ook zijn BSN, 619273847, aan een handelaar gegeven. Uitgelegd hoe die oplichting werkt.',
      'Daan',
      'Kaasboer_NL',
      '619273847',
    ),
    clean(
      'Discord-server voor Vlaamse Fortnite-spelers, een stuk of acht tegelijk. De luidste, een jongen van 15, citeerde de hele tijd Jonesy en Peely. Gepraat over aankopen in games en over lootboxen. Niemand deelde iets persoonlijks.',
    ),
    withIds(
      'Twitch-chat uit Rotterdam, veel kijkers tussen 13 en 15. Sem vroeg of het erg was dat hij zijn mailadres, sem.bakker2011 at hotmail dot com, in de chat had gezet; zijn vriend Milan zei dat hij het ook had gedaan. Beiden gevraagd het te verwijderen.',
      'Sem',
      'sem.bakker2011 at hotmail dot com',
      'Milan',
    ),
    clean(
      'Late sessie op Roblox met twee meiden uit Brugge en drie jongens uit Antwerpen. De oudste jongen wilde weten of je kunt worden opgepakt voor scheldwoorden in een game. Verwezen naar Awel op 102 voor als ze ergens mee zitten.',
    ),
  ],
  fr: [
    withIds(
      "Soirée chargée sur Discord avec cinq ados de Liège, 13-14 ans. La plupart voulaient savoir si l'uniforme était vrai, mais Lucas a dit qu'un adulte lui demandait des photos, et son pote Nathan a confirmé. Conseillé de bloquer, de signaler et d'en parler aux parents.",
      'Lucas',
      'Nathan',
    ),
    clean(
      'Groupe Roblox de six filles, 11 et 12 ans. Deux filles de Namur ont posé la plupart des questions : est-ce que les policiers jouent au travail, est-ce que le chien de la brigade canine mord. La plus âgée citait sans arrêt Squeezie. Rappel de ne rien partager avec des inconnus.',
    ),
    clean(
      "Live TikTok depuis le commissariat avec l'équipe cynophile. Notre berger malinois a eu plus de questions que nous : son âge, ce qu'il mange, s'il joue à Fortnite. Quelques questions sérieuses aussi sur le harcèlement dans les groupes, et rappel du 3018.",
    ),
    withIds(
      "Escouade Fortnite de quatre garçons de Lyon, 15 ans. Celui qui se fait appeler Le_Rat_Masqué a avoué avoir donné son numéro de sécu, 1 11 04 75 112 045 59, à un site de V-Bucks gratuits, et il avait aussi mis son portable, 06 12 48 73 95, dans le chat. Expliqué l'arnaque ; les parents seront prévenus.",
      'Le_Rat_Masqué',
      '1 11 04 75 112 045 59',
      '06 12 48 73 95',
    ),
    withIds(
      "Serveur Minecraft avec une bande d'élèves de 6e. Une fille qui s'appelle Chloé a raconté qu'elle est en 6e B au collège Jean-Moulin et que des garçons de sa classe se moquent d'elle. Conseillé d'en parler au CPE et de faire des captures d'écran.",
      'Chloé',
      '6e B au collège Jean-Moulin',
    ),
    clean(
      "Questions-réponses sur Snapchat, beaucoup de réponses de 12-13 ans de Marseille. Questions sur Mario, Sonic, et si la police peut voir les snaps supprimés. Un garçon a envoyé une photo de son chat. Réponses générales, et rappel du 119 pour l'enfance en danger.",
    ),
    withIds(
      "Trois frères sur Steam, 12, 14 et 17 ans. « On a acheté le jeu avec la carte de papa », a reconnu Hugo, le plus jeune. L'aîné, Théo, avait donné son adresse mail, theo.lambert09 arobase gmail point com, à un revendeur de skins. Expliqué comment fonctionne l'arnaque.",
      'Hugo',
      'Théo',
      'theo.lambert09 arobase gmail point com',
    ),
    clean(
      "Serveur Discord de joueurs belges de Fortnite, huit à la fois. Le plus bruyant, un garçon de 15 ans, répétait que Ninja gagne plus qu'un ministre. Discussion sur les achats en jeu et les loot boxes. Personne n'a partagé d'info perso.",
    ),
    withIds(
      "Chat Twitch très animé, surtout des 13-15 ans de Charleroi. Inès a écrit son adresse, rue de la Station 27, 6000 Charleroi, pour qu'une copine passe la prendre, et sa copine Manon a répondu qu'elle arrivait. Demandé aux deux de supprimer les messages.",
      'Inès',
      'rue de la Station 27',
      '6000 Charleroi',
      'Manon',
    ),
    clean(
      'Longue session Roblox avec deux filles de Bruxelles et trois garçons de Mons. Le plus âgé voulait savoir si on peut être arrêté pour des insultes dans un jeu. Expliqué la différence entre une blague et du harcèlement, et parlé du 103, Écoute-Enfants.',
    ),
  ],
  de: [
    withIds(
      'Voller Abend auf Discord, fünf Jungs aus Bochum, alle um die 13. Lukas meinte, ein Erwachsener habe ihn nach Fotos gefragt, und sein Kumpel, den alle nur Schulze nennen, bestätigte das. Geraten, zu blockieren, zu melden und den Eltern Bescheid zu sagen.',
      'Lukas',
      'Schulze',
    ),
    clean(
      'Roblox-Runde mit sechs Mädchen, 11 und 12. Die Älteste nahm alles sehr ernst und wollte wissen, ob Polizisten im Dienst zocken dürfen. Zwei Mädchen aus Kiel fragten nach unserem Diensthund. Besprochen, was man mit Fremden nicht teilt.',
    ),
    withIds(
      'Fortnite-Squad aus Leipzig, vier Jungs, 15. Der eine, der sich „Dönerlord“ nennt, hat seine Handynummer, 0176 23 45 81 90, in den offenen Chat gestellt, und Jonas Becker hat seine E-Mail, jonas.becker09 at gmx punkt de, an eine Gratis-V-Bucks-Seite gegeben. Beide gebeten, die Daten zu löschen und Passwörter zu ändern.',
      'Dönerlord',
      '0176 23 45 81 90',
      'Jonas Becker',
      'jonas.becker09 at gmx punkt de',
    ),
    clean(
      'TikTok-Live aus der Wache mit der Hundestaffel. Diensthund Ares bekam die meisten Fragen: wie alt er ist, ob er beißt, was er frisst. Dazu Fragen zu Altersgrenzen und Cybermobbing, Zuschauer zwischen 10 und 16. Auf die Nummer gegen Kummer, 116 111, hingewiesen.',
    ),
    clean(
      'Snapchat-Fragerunde, viele Antworten von 12- und 13-Jährigen aus München. Fragen zu Mario Kart, zu MontanaBlack und ob die Polizei gelöschte Snaps sehen kann. Einer schickte ein Foto von seinem Hamster. Allgemein beantwortet.',
    ),
    withIds(
      'Minecraft-Server mit einer Gruppe Siebtklässler. Ein Mädchen, das Mia heißt, erzählte, dass sie in die 7b der Gesamtschule Holweide geht und dort von Jungs aus ihrer Klasse fertiggemacht wird. Geraten, mit der Klassenlehrerin zu sprechen und Screenshots zu machen.',
      'Mia',
      '7b der Gesamtschule Holweide',
    ),
    withIds(
      'Drei Brüder auf Steam, 12, 14 und 16. „Das Spiel haben wir mit Papas Karte gekauft“, gab Leon zu. Der Älteste, der sich auf Steam Schattenwolf_2009 nennt, hatte einem Skin-Händler seine Adresse gegeben: Lindenstraße 8, 44137 Dortmund. Betrug erklärt, Eltern werden informiert.',
      'Leon',
      'Schattenwolf_2009',
      'Lindenstraße 8',
      '44137 Dortmund',
    ),
    clean(
      'Discord-Server für Fortnite-Spieler aus Deutschland und Österreich, acht gleichzeitig. Der Lauteste, etwa 15, war felsenfest überzeugt, dass Knossi Millionär ist. Gespräch über Glücksspiel in Spielen und woran man merkt, dass man zu viel Geld ausgibt.',
    ),
    withIds(
      'Twitch-Chat, viele Zuschauer zwischen 13 und 15 aus Hamburg. Emma schrieb, sie habe einem Typen ihre Nummer gegeben, 0152 987 654 32, und ihre Freundin Hanna meinte, der habe ihr auch geschrieben. Beide gebeten, den Kontakt zu blockieren und es den Eltern zu erzählen.',
      'Emma',
      '0152 987 654 32',
      'Hanna',
    ),
    clean(
      'Lange Roblox-Session mit zwei Mädchen aus Graz und drei Jungs aus Linz. Der älteste Junge wollte wissen, ob man für Beleidigungen im Spiel verhaftet werden kann. Unterschied zwischen Spaß und Mobbing erklärt, Rat auf Draht, 147, empfohlen.',
    ),
  ],
  is: [
    withIds(
      'Annasamt kvöld á Discord með fimm strákum úr Hafnarfirði, allir um 13 ára. Flestir vildu bara vita hvort búningurinn væri alvöru, en Aron sagði að fullorðinn maður hefði beðið hann um myndir og vinur hans Birkir staðfesti það. Ráðlagði þeim að loka á manninn, tilkynna hann og segja foreldrum frá.',
      'Aron',
      'Birkir',
    ),
    clean(
      'Roblox-hópur með sex stelpum, 11 og 12 ára. Tvær stelpur frá Akureyri spurðu mest, meðal annars hvort lögreglan megi spila í vinnunni. Sú elsta sagði að það væri sól og blíða úti og hún nennti varla að vera inni. Ræddum um að deila ekki myndum með ókunnugum.',
    ),
    clean(
      'TikTok-útsending frá lögreglustöðinni með hundasveitinni. Lögregluhundurinn fékk flestar spurningarnar: hvað hann er gamall, hvort hann bíti og hvað hann borðar. Auk þess spurningar um aldurstakmörk og einelti á netinu. Bentum á 1717, hjálparsíma Rauða krossins.',
    ),
    withIds(
      'Fortnite-lið, fjórir strákar úr Reykjavík, 15 ára. Sá sem kallar sig Víkingurinn99 viðurkenndi að hafa gefið upp kennitöluna sína, 030911-4740, á síðu sem lofaði ókeypis V-Bucks. Hann hafði líka sett símanúmerið sitt, 845 2367, í opið spjall. Útskýrðum svikin og báðum hann að láta foreldra vita.',
      'Víkingurinn99',
      '030911-4740',
      '845 2367',
    ),
    withIds(
      'Minecraft-þjónn með hópi úr 8. bekk. Stelpa sem heitir Embla sagði að hún væri í 8. B í Hagaskóla og að strákar úr bekknum væru að stríða henni. Ráðlögðum henni að tala við umsjónarkennarann og taka skjáskot.',
      'Embla',
      '8. B í Hagaskóla',
    ),
    clean(
      'Spurningar á Snapchat, mörg svör frá 12 og 13 ára krökkum í Kópavogi. Spurt um Mario, Sonic og hvort lögreglan sjái eydd snöpp. Einn sendi mynd af kettinum sínum. Svöruðum almennt og minntum á 112.',
    ),
    withIds(
      'Þrír bræður á Steam, 12, 14 og 16 ára. „Við keyptum leikinn með kortinu hans pabba,“ sagði Kári, sá yngsti. Sá elsti, Gunnar Þórsson, hafði gefið skinnasala netfangið sitt, gunnar.thors08 at gmail punktur com. Útskýrðum hvernig svikin ganga fyrir sig.',
      'Kári',
      'Gunnar Þórsson',
      'gunnar.thors08 at gmail punktur com',
    ),
    clean(
      'Discord-þjónn fyrir íslenska Fortnite-spilara, átta í einu. Sá háværasti, strákur um 15 ára, vitnaði sífellt í IShowSpeed. Ræddum um kaup í leikjum og lootbox. Enginn deildi neinu persónulegu.',
    ),
    withIds(
      'Twitch-spjall með mörgum 13 til 15 ára úr Reykjanesbæ. Sara skrifaði heimilisfangið sitt, Hafnargata 21, 230 Reykjanesbær, svo vinkona gæti sótt hana, og vinkona hennar Katla svaraði að hún væri á leiðinni. Báðum þær að eyða skilaboðunum.',
      'Sara',
      'Hafnargata 21',
      '230 Reykjanesbær',
      'Katla',
    ),
    clean(
      'Löng Roblox-lota með tveimur stelpum frá Selfossi og þremur strákum frá Ísafirði. Elsti strákurinn vildi vita hvort hægt sé að handtaka fólk fyrir blótsyrði í leik. Útskýrðum muninn á gríni og einelti.',
    ),
  ],
  fi: [
    clean(
      'Roblox-porukka, kuusi 11–12-vuotiasta tyttöä. Kaksi tyttöä Oulusta kyseli eniten, muun muassa saako poliisi pelata töissä. Vanhimman mielestä oli pelkkä onni, ettei kukaan ollut vielä kiusannut häntä pelissä. Puhuimme siitä, ettei kuvia jaeta tuntemattomille.',
    ),
    withIds(
      'Kiireinen ilta Discordissa, viisi poikaa Tampereelta, kaikki noin 13-vuotiaita. Useimmat halusivat vain tietää, onko univormu aito, mutta Eetu kertoi, että aikuinen mies oli pyytänyt häneltä kuvia, ja hänen kaverinsa Veeti vahvisti saman. Neuvoimme estämään, ilmoittamaan ja kertomaan vanhemmille.',
      'Eetu',
      'Veeti',
    ),
    withIds(
      'Fortnite-tiimi Turusta, neljä 15-vuotiasta poikaa. Se, joka käyttää nimimerkkiä Saunakarhu_04, myönsi antaneensa henkilötunnuksensa 180611A2733 sivustolle, joka lupasi ilmaisia V-Buckseja. Hän oli myös laittanut puhelinnumeronsa 040 718 2293 avoimeen chattiin. Kerroimme huijauksesta ja pyysimme kertomaan vanhemmille.',
      'Saunakarhu_04',
      '180611A2733',
      '040 718 2293',
    ),
    clean(
      'TikTok-live poliisilaitokselta koirapartion kanssa. Poliisikoira sai eniten kysymyksiä: kuinka vanha se on, pureeko se ja mitä se syö. Lisäksi kysyttiin ikärajoista ja nettikiusaamisesta. Muistutimme Lasten ja nuorten puhelimesta, 116 111.',
    ),
    withIds(
      'Minecraft-palvelimella porukka seitsemäsluokkalaisia. Aino kertoi, että hän on Kalevan koulun 7B-luokalla ja että luokan pojat kiusaavat häntä. Neuvoimme puhumaan luokanvalvojalle ja ottamaan kuvakaappauksia.',
      'Aino',
      'Kalevan koulun 7B',
    ),
    clean(
      'Snapchat-kyselytunti, paljon vastauksia 12–13-vuotiailta Espoosta. Kysyttiin Mariosta, Sonicista ja siitä, näkeekö poliisi poistetut snapit. Yksi lähetti kuvan kissastaan. Vastasimme yleisellä tasolla.',
    ),
    clean(
      'Discord-palvelin suomalaisille Fortnite-pelaajille, kahdeksan kerralla. Äänekkäin, noin 15-vuotias poika, siteerasi koko ajan MrBeastia. Parilla pojalla oli vielä toivo saada varastetut tilit takaisin, joten kävimme läpi, miten tukeen otetaan yhteyttä. Kukaan ei jakanut henkilökohtaisia tietoja.',
    ),
    withIds(
      'Kolme veljestä Steamissa, 12, 14 ja 16 vuotta. ”Ostettiin peli isän kortilla”, myönsi Onni, nuorin. Vanhin, Joonas Virtanen, oli antanut skinikauppiaalle sähköpostinsa joonas.virtanen08 at gmail dot com. Selitimme, miten huijaus toimii.',
      'Onni',
      'Joonas Virtanen',
      'joonas.virtanen08 at gmail dot com',
    ),
    withIds(
      'Twitch-chatissa paljon 13–15-vuotiaita Vantaalta. Emilia kirjoitti osoitteensa, Koivukyläntie 12 B 5, 01360 Vantaa, jotta kaveri voisi hakea hänet, ja hänen ystävänsä Ella vastasi olevansa tulossa. Pyysimme poistamaan viestit.',
      'Emilia',
      'Koivukyläntie 12 B 5',
      '01360 Vantaa',
      'Ella',
    ),
    clean(
      'Pitkä Roblox-sessio, kaksi tyttöä Kuopiosta ja kolme poikaa Joensuusta. Vanhin poika halusi tietää, voiko pelissä kiroilusta joutua pidätetyksi. Kerroimme, mikä ero on pilalla ja kiusaamisella.',
    ),
  ],
  sv: [
    withIds(
      'Stökig kväll på Discord med fem killar från Västerås, alla runt 13. De flesta ville bara veta om uniformen var äkta, men ”en gubbe bad om bilder på Snap”, sa Emil, och kompisen Hugo höll med. Rådde dem att blockera, anmäla och berätta för föräldrarna.',
      'Emil',
      'Hugo',
    ),
    clean(
      'Robloxgäng med sex tjejer, 11 och 12 år. Två tjejer från Göteborg frågade mest, bland annat om poliser får spela på jobbet. Den äldsta sa att hon vill bo i Stockholm när hon blir stor. Pratade om att inte dela bilder med okända.',
    ),
    withIds(
      'Fortnite-squad från Malmö, fyra killar på 15. Den som kallar sig Köttbullen_X erkände att han lagt ut sitt personnummer, 110523-2571, på en sida som lovade gratis V-Bucks, och Oscar Lindqvist hade skrivit sitt mobilnummer, 073-612 48 95, i öppna chatten. Förklarade bedrägeriet och bad dem prata med föräldrarna.',
      'Köttbullen_X',
      '110523-2571',
      'Oscar Lindqvist',
      '073-612 48 95',
    ),
    clean(
      'TikTok-live från polisstationen med hundföraren. Polishunden fick flest frågor: hur gammal den är, om den bits och vad den äter. Även frågor om åldersgränser och nätmobbning, tittare mellan 10 och 16. Tipsade om BRIS, 116 111.',
    ),
    clean(
      'Frågestund på Snapchat, massor av svar från 12- och 13-åringar i Uppsala. Frågor om Mario Kart och om polisen kan se raderade snappar. En kille skickade en bild på sin hund Bamse. Svarade allmänt.',
    ),
    withIds(
      'Minecraftserver med ett gäng sjuor. En tjej som heter Wilma berättade att hon går i 7B på Rinkebyskolan och att killar i klassen trakasserar henne. Rådde henne att prata med mentorn och ta skärmdumpar.',
      'Wilma',
      '7B på Rinkebyskolan',
    ),
    withIds(
      'Tre bröder på Steam, 12, 14 och 16. ”Vi köpte spelet med pappas kort”, erkände Elias, den yngste. Den äldste, Albin Sjöberg, hade gett sin mejl, albin.sjoberg08 at hotmail dot se, till en skinhandlare. Förklarade hur bluffen går till.',
      'Elias',
      'Albin Sjöberg',
      'albin.sjoberg08 at hotmail dot se',
    ),
    clean(
      'Discordserver för svenska Fortnite-spelare, åtta samtidigt. Den högljuddaste, en kille på runt 15, citerade hela tiden Jonesy och Peely. Pratade om köp i spel och lootlådor. Ingen delade något personligt.',
    ),
    clean(
      'Lång Robloxsession med två tjejer från Luleå och tre killar från Umeå. Den äldsta killen ville veta om man kan bli gripen för svordomar i ett spel. Förklarade skillnaden mellan skämt och mobbning.',
    ),
    withIds(
      'Twitchchatten full av 13–15-åringar från Örebro. Alva skrev sin adress, Storgatan 14, 702 10 Örebro, så att en kompis kunde hämta henne, och kompisen som alla kallar Majsan svarade att hon var på väg. Bad dem radera meddelandena.',
      'Alva',
      'Storgatan 14',
      '702 10 Örebro',
      'Majsan',
    ),
  ],
};
