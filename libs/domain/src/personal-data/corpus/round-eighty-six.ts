/**
 * Round eighty-six: written blind, before the detector was run on it.
 * Group chats and clans: each note with identifiers names two to four people in passing (friends, siblings, coaches, stepparents), inflected as the language requires.
 */
import { clean, CorpusNote, withIds } from './corpus-note';

export const ROUND_EIGHTY_SIX: Readonly<Record<string, readonly CorpusNote[]>> = {
  en: [
    withIds(
      "Roblox clan chat, three girls from Drammen. Amina Warsame said her cousin Hodan and a guy from Oslo they call 'Dex' keep offering the group Robux for photos; Dex also posts as tiktok.com/@dexterplayz_2008. Advised them to report Dex and to tell Amina's aunt.",
      'Amina Warsame',
      'Hodan',
      'Dex',
      'tiktok.com/@dexterplayz_2008',
      'Amina',
    ),
    withIds(
      'Kripos, Fortnite lobby: two brothers, Mateusz and Kacper Nowak, live at Tollbugata 17 in Bodø with their stepfather Grzegorz. Kacper says Grzegorz takes the consoles and shouts when he drinks. Gave them 116 111 and told them to call 112 if it gets worse.',
      'Mateusz',
      'Kacper Nowak',
      'Tollbugata 17',
      'Grzegorz',
      'Kacper',
    ),
    withIds(
      'Belgian team, Twitch chat: Lotte Peeters and her friend Yasmina are being bullied by an older boy from Genk, Kobe, who posts their pictures. Lotte wanted us to ring her mum on 0478 52 19 63; we declined and referred both girls to 1712.',
      'Lotte Peeters',
      'Yasmina',
      'Kobe',
      '0478 52 19 63',
      'Lotte',
    ),
    withIds(
      "Snapchat group of five from Tampere. Eetu Mäkinen says their football coach Jari messages the younger players at night from jari.coach77@gmail.com, and that Eetu's sister Aino got one of those messages too. They want to report but are scared of being dropped from the team.",
      'Eetu Mäkinen',
      'Jari',
      'jari.coach77@gmail.com',
      "Eetu's",
      'Aino',
    ),
    withIds(
      "Finnish team, Habbo room: Niko Salo said a man calling himself 'Pete' asks him and his friends Aleksi and Minh Nguyen for their henkilötunnus to 'verify' a prize. Aleksi had already typed his, 040909A8375, in the room before we arrived.",
      'Niko Salo',
      'Pete',
      'Aleksi',
      'Minh Nguyen',
      '040909A8375',
    ),
    clean(
      'Chatted with a whole Fortnite squad from Stavanger about the new season; mostly they wanted to know whether the police play Fortnite too. Two of them were big fans of Erling Haaland and Ninja. No personal data recorded.',
    ),
    clean(
      "Dutch team reports a Roblox group of about 12 kids asking how to report scams. Referred them to De Kindertelefoon on 0800-0432 and explained what the blue profile 'Politie Online' is for. Case 2024/118 unchanged.",
    ),
    clean(
      "Discord server 'Nordic Builders' (around 40 members, aged 11 to 15) asked why Kripos was there. The officer explained the patrol week, talked about Minecraft redstone and warned about fake Taylor Swift ticket sellers. Nobody shared anything personal.",
    ),
    clean(
      'Steam group from a school in Tromsø, five boys of about 14, complained that older players in Counter-Strike lobbies are toxic. Gave them 116 111 and showed them how to mute and report. 17:40 to 18:05.',
    ),
    clean(
      'Twitch chat during a Kai Cenat rerun: a group of Finnish girls asked whether the police can read deleted messages. The Finnish officer answered in general terms; no names, handles or numbers were noted.',
    ),
  ],
  nb: [
    withIds(
      'Discord-gruppe med fire gutter fra Fredrikstad. Emil Johansen fortalte at storebroren til Tobias, Markus, deler bilder av jenter fra klassen, og at en voksen mann som kaller seg «Onkel_Roy» har lagt dem alle til. Emil og Tobias fikk råd om å snakke med kontaktlæreren.',
      'Emil Johansen',
      'Tobias',
      'Markus',
      'Onkel_Roy',
      'Emil',
    ),
    withIds(
      'Snap-gruppe: Hamza Ahmadi skrev fødselsnummeret sitt, 14031161321, fordi «noen i gruppa» ba om det. Han sa at kusinen Leyla og venninnen hennes Sara Berg får trusler fra en eldre gutt i Drammen som vil ha penger, og at Sara allerede har sendt 500 kr på Vipps.',
      'Hamza Ahmadi',
      '14031161321',
      'Leyla',
      'Sara Berg',
      'Sara',
    ),
    withIds(
      'Roblox: tre jenter i 7B på Lambertseter skole, blant dem Ingrid og Thea Solberg, sier at håndballtreneren Frode ringer dem sent om kvelden fra 913 47 285. Thea vil ikke at foreldrene skal få vite det.',
      '7B på Lambertseter skole',
      'Ingrid',
      'Thea Solberg',
      'Frode',
      '913 47 285',
      'Thea',
    ),
    withIds(
      'Fortnite-lag fra Tromsø: Mohammed og lillebroren Yusuf Abdi bor i Storgata 88, og stefaren Ahmed tar mobilene deres når han blir sint. Yusuf spurte om politiet kunne komme dit i kveld.',
      'Mohammed',
      'Yusuf Abdi',
      'Storgata 88',
      'Ahmed',
      'Yusuf',
    ),
    withIds(
      'I TikTok-kommentarene skrev Nora Lie at venninnen «Mimmi» og Jonas Vik fra Hamar får meldinger fra en mann som vil ha BankID-koder. Han oppga adressen stian.h krølla hotmail punktum com, og Nora har svart ham én gang.',
      'Nora Lie',
      'Mimmi',
      'Jonas Vik',
      'stian.h krølla hotmail punktum com',
      'Nora',
    ),
    clean(
      'Snakket med en gjeng på seks fra en skole i Bodø om Minecraft-servere og Hypixel. De lurte på om politiet kan stenge kontoer. Ingen personopplysninger notert.',
    ),
    clean(
      'En gruppe på Twitch så på Martin Ødegaard-klipp og spurte om Kripos jobber med svindel. Politibetjenten forklarte hva patruljen gjør og ga dem 116 111 og 02800.',
    ),
    clean(
      'Fire jenter på 13 og 14 år fra Kristiansand fortalte om mobbing i en Snap-gruppe, uten å si hvem det gjaldt. Vi ga dem Kors på halsen og forklarte hvordan man tar skjermbilde. Sak 24-1187 oppdatert kl. 19.20.',
    ),
    clean(
      'Klanen «Nordlys» i Clash of Clans (ca. 25 medlemmer) ville vite hvorfor politiet har blå profil. Vi snakket om Mario, Sonic og den nye låta til Astrid S. Ingenting personlig.',
    ),
    clean(
      'Guttegjeng fra Lillestrøm på Steam spurte om det er lov å selge skins. Forklarte reglene og svindelfaren; 3 av 5 hadde blitt lurt før. Ingen navn eller brukernavn ble notert.',
    ),
  ],
  nn: [
    withIds(
      'Discord-gruppe frå Voss. Jenta heiter Solveig Haugland, og ho seier at venninna Ragnhild og ein eldre gut frå Bergen som kallar seg «Vossabjønn» har bede dei om bilete. Eg rådde Solveig til å blokkera han.',
      'Solveig Haugland',
      'Ragnhild',
      'Vossabjønn',
      'Solveig',
    ),
    withIds(
      'På Roblox fortalde Sigurd at stefaren hans, Leif Tveit, og onkelen Olav har sendt truslar til mora. Sigurd bur i Øvregata 14 i Førde og er redd for å gå heim i kveld.',
      'Sigurd',
      'Leif Tveit',
      'Olav',
      'Øvregata 14',
    ),
    withIds(
      'Snapchat: to sysken, Aryan og Nasrin Rahimi, seier at ein mann som heiter Kjetil ringjer dei frå 476 12 938 og lovar gåvekort. Nasrin skreiv sjølv fødselsnummeret sitt, 07120872685, i chatten før eg rakk å stoppa henne.',
      'Aryan',
      'Nasrin Rahimi',
      'Kjetil',
      '476 12 938',
      'Nasrin',
      '07120872685',
    ),
    withIds(
      'Fortnite-laget til Eirik og Ola Nes i 10. klasse på Stord ungdomsskule blir mobba av ein gut frå Haugesund med brukarnamnet stordkongen_07. Eirik spurde kva politiet kan gjera med det.',
      'Eirik',
      'Ola Nes',
      '10. klasse på Stord ungdomsskule',
      'stordkongen_07',
    ),
    withIds(
      'Minecraft-serveren: Ingvild skreiv at treneren hennar, Bjarne Myklebust, sender meldingar til henne og Marte frå bjarne.myk krølla gmail punktum com. Ingvild vil ikkje at foreldra skal vita det.',
      'Ingvild',
      'Bjarne Myklebust',
      'Marte',
      'bjarne.myk krølla gmail punktum com',
    ),
    clean(
      'Ein gjeng på fem frå ein skule i Sogndal spurde kva politiet gjer på Discord. Eg forklarte patruljen og snakka om Zelda og Link. Ingen personopplysningar vart skrivne ned.',
    ),
    clean(
      'Tre jenter på 12 år ville ikkje seia noko om seg sjølve, men lurte på om Kygo skal spela i Ålesund i sommar. Gav dei 116 111 i tilfelle. Kl. 20.15.',
    ),
    clean(
      'Klanen i Clash Royale (om lag 30 medlemer) snakka om svindel med V-bucks. Politibetjenten frå Kripos viste korleis ein melder frå. Sak 24-2290.',
    ),
    clean(
      'Gutar frå Nordfjord på Steam spurde om det er lov å spela spel med 18-årsgrense. Me snakka om PEGI og om Erling Haaland. Ingenting personleg.',
    ),
    clean(
      'Eg prata med ein heil klasse frå Odda, om lag 22 elevar, som ville vita kva ein gjer når nokon trugar ein på nettet. Gav dei 112 og 116 111. Ingen namn noterte.',
    ),
  ],
  nl: [
    withIds(
      "Discordgroep uit Rotterdam-Zuid: Daan de Vries vertelt dat zijn vriend Mohamed en diens zus Fatima El Amrani worden afgeperst door een jongen uit Schiedam die zich 'Rico' noemt. Daan heeft de chat bewaard.",
      'Daan de Vries',
      'Mohamed',
      'Fatima El Amrani',
      'Rico',
      'Daan',
    ),
    withIds(
      'Fortnite-squad: Sem en Luuk Bakker wonen op Kerkstraat 42, 3811 CV Amersfoort, samen met hun stiefvader Ronald. Luuk typte ook zijn BSN, 273648196, omdat iemand in de lobby erom had gevraagd.',
      'Sem',
      'Luuk Bakker',
      'Kerkstraat 42, 3811 CV Amersfoort',
      'Ronald',
      'Luuk',
      '273648196',
    ),
    withIds(
      'Roblox-chat met meisjes uit Gent: Lien Claes zegt dat een oudere jongen uit Antwerpen, Bram, haar en haar nicht Elif Yılmaz om hun rijksregisternummer vroeg. Lien heeft het hare al gestuurd: 10.05.14-237.05.',
      'Lien Claes',
      'Bram',
      'Elif Yılmaz',
      'Lien',
      '10.05.14-237.05',
    ),
    withIds(
      'Snapchat: Noah en Jayden (allebei 13) worden gepest door een klasgenoot, Milan van Dijk uit klas 2B van het Stedelijk Lyceum. Noah wil dat wij Milans ouders bellen op 06 41 27 83 59.',
      'Noah',
      'Jayden',
      'Milan van Dijk',
      'klas 2B van het Stedelijk Lyceum',
      'Milans',
      '06 41 27 83 59',
    ),
    withIds(
      'Minecraftserver: Sanne gaf het mailadres van haar trainer Kees, kees.bos apenstaartje ziggo punt nl, en zei dat hij ook haar vriendin Aylin privéberichten stuurt.',
      'Sanne',
      'Kees',
      'kees.bos apenstaartje ziggo punt nl',
      'Aylin',
    ),
    clean(
      'Groep van zes jongens uit Utrecht vroeg of de politie ook Fortnite speelt. Gepraat over Memphis Depay en het nieuwe seizoen. Geen persoonsgegevens genoteerd.',
    ),
    clean(
      'Vlaamse klas (ongeveer 20 leerlingen) van een school in Leuven chatte via Discord over pesten. Doorverwezen naar Awel op 102 en naar 1712. Dossier 2024/0456.',
    ),
    clean(
      'Twitch-chat bij een stream van Kalvijn: een groepje meiden vroeg wat een wijkagent doet. De agent van het team legde het uit; niemand deelde iets persoonlijks.',
    ),
    clean(
      "Roblox-groep 'Brabant Bouwers' (31 leden) vroeg hoe je oplichting met Robux meldt. Uitgelegd via het blauwe profiel van de politie en 0800-0432 genoemd. 19:45 tot 20:10.",
    ),
    clean(
      'Drie broers uit Almere praatten over Minecraft, Steve en Alex, maar wilden geen namen geven. Prima; geen gegevens vastgelegd.',
    ),
  ],
  fr: [
    withIds(
      "Groupe Discord de Liège : Lucas Dubois raconte que son copain Théo et la sœur de Théo, Manon, reçoivent des messages d'un homme de Namur qui se fait appeler « Tonton Fred ». Lucas a gardé les captures d'écran.",
      'Lucas Dubois',
      'Théo',
      'Manon',
      'Tonton Fred',
      'Lucas',
    ),
    withIds(
      "Sur Roblox, Inès Benali dit que son beau-père Karim la frappe et qu'ils habitent rue des Carmes 23 à Charleroi avec son petit frère Nassim. Inès a laissé son numéro, 0486 33 71 20, pour qu'on la rappelle.",
      'Inès Benali',
      'Karim',
      'rue des Carmes 23',
      'Nassim',
      'Inès',
      '0486 33 71 20',
    ),
    withIds(
      'Fortnite : deux frères, Maxime et Louis Lambert, se font harceler par un garçon de Mons dont le pseudo est xX_MonsSniper_Xx. Maxime lui a même envoyé son numéro de registre national, 09.08.17-163.86.',
      'Maxime',
      'Louis Lambert',
      'xX_MonsSniper_Xx',
      '09.08.17-163.86',
    ),
    withIds(
      "Snapchat : Chloé, de la 1re B à l'Athénée royal d'Uccle, dit que Jade Willems et leur entraîneur, Monsieur Dupont, l'insultent dans le groupe. Chloé voudrait changer d'école.",
      'Chloé',
      "1re B à l'Athénée royal d'Uccle",
      'Jade Willems',
      'Monsieur Dupont',
    ),
    withIds(
      "Minecraft : Yasmine a recopié l'adresse de l'homme qui lui promet des skins, marco.v arobase hotmail point be, et dit qu'il écrit aussi à ses cousines Salma et Rania.",
      'Yasmine',
      'marco.v arobase hotmail point be',
      'Salma',
      'Rania',
    ),
    clean(
      'Un groupe de cinq garçons de Bruxelles a parlé de Fortnite et de Romelu Lukaku. Ils voulaient savoir si la police peut bannir des joueurs. Aucune donnée personnelle notée.',
    ),
    clean(
      "Classe d'une école de Namur (environ 18 élèves) sur Discord : questions sur le cyberharcèlement. Renvoyés vers le 103 (Écoute-Enfants) et le 112. Dossier 2024/731.",
    ),
    clean(
      "Sur Twitch, pendant un live de Squeezie, des filles de 13 ans ont demandé ce que fait l'inspectrice de la patrouille. Explications générales, rien de personnel.",
    ),
    clean(
      "Clan Clash of Clans « Les Wallons » (27 membres) : arnaques aux gemmes. L'agent a expliqué comment signaler un compte. 18h30-19h00.",
    ),
    clean(
      "Trois ados de Verviers ont parlé de Mario Kart, de Luigi et de Stromae. Ils n'ont donné ni noms ni pseudos, et l'agent n'en a pas demandé.",
    ),
  ],
  de: [
    withIds(
      'Discord-Gruppe aus Eupen: Lena Schmitz erzählt, dass ein älterer Junge aus Aachen namens Kevin ihrem Bruder Jonas und ihrer Freundin Mia Geld für Fotos anbietet. Lena hat Jonas geraten, ihn zu blockieren.',
      'Lena Schmitz',
      'Kevin',
      'Jonas',
      'Mia',
      'Lena',
    ),
    withIds(
      'Fortnite: Emre Yıldız und sein Cousin Burak wohnen in der Hauptstraße 56, 4700 Eupen; der Stiefvater Mehmet schreit laut Emre jeden Abend herum. Emre möchte mit einem Erwachsenen reden.',
      'Emre Yıldız',
      'Burak',
      'Hauptstraße 56, 4700 Eupen',
      'Mehmet',
      'Emre',
    ),
    withIds(
      'Roblox: Der Trainer von Finn und Paul Becker, ein Herr Wagner, schreibt den Jungs nachts von 0170 4829315. Paul hat Finns Gamertag FinnTheFox2011 an ihn weitergegeben.',
      'Finn',
      'Paul Becker',
      'Herr Wagner',
      '0170 4829315',
      'Paul',
      'Finns',
      'FinnTheFox2011',
    ),
    withIds(
      'Snapchat: Die Mädchen der Klasse 7a der Pater-Damian-Sekundarschule, darunter Sophie und Hannah Krings, werden von Lukas aus St. Vith erpresst. Sophie hat ihm schon 50 Euro geschickt.',
      'Klasse 7a der Pater-Damian-Sekundarschule',
      'Sophie',
      'Hannah Krings',
      'Lukas',
    ),
    withIds(
      'Minecraft: Laura nannte die Adresse des Mannes, der ihr und ihrer Schwester Anna Skins verspricht: tom.berger Klammeraffe web Punkt de. Er habe auch Lauras Freund Ben angeschrieben.',
      'Laura',
      'Anna',
      'tom.berger Klammeraffe web Punkt de',
      'Lauras',
      'Ben',
    ),
    clean(
      'Eine Gruppe von vier Jungs aus Köln hat über EA FC und Jamal Musiala gesprochen und gefragt, ob die Polizei auch zockt. Keine personenbezogenen Daten notiert.',
    ),
    clean(
      'Eine Klasse aus einer Schule in Kelmis (ca. 20 Schüler) fragte auf Discord nach Cybermobbing. Verweis auf die Nummer gegen Kummer 116 111 und auf 112. Vorgang 2024/318.',
    ),
    clean(
      'Twitch-Chat bei MontanaBlack: ein paar Mädchen wollten wissen, was die Polizistin mit dem blauen Profil macht. Allgemein erklärt, nichts Persönliches.',
    ),
    clean(
      'Der Clan „Ostbelgien Gaming“ (rund 35 Mitglieder) sprach über Betrug mit V-Bucks. Der Beamte zeigte, wie man meldet. 17:15–17:50 Uhr.',
    ),
    clean(
      'Drei Geschwister aus Bütgenbach redeten über Zelda, Link und Ganon, ohne Namen zu nennen. Der Kollege fragte auch nicht danach.',
    ),
  ],
  is: [
    withIds(
      'Discord-hópur úr Hafnarfirði: Jón Gunnarsson segir að vinur hans, Aron, og systir Arons, Embla, fái skilaboð frá eldri strák frá Selfossi sem kallar sig „Siggi sæti“. Jón hefur vistað skjáskotin.',
      'Jón Gunnarsson',
      'Aron',
      'Arons',
      'Embla',
      'Siggi sæti',
      'Jón',
    ),
    withIds(
      'Á Roblox sagði Katla Sigurðardóttir að stjúpfaðir hennar, Einar, lemji hana og að þau búi á Hringbraut 45 með litla bróður hennar, Kára. Katla gaf upp kennitöluna sína, 120610-2870.',
      'Katla Sigurðardóttir',
      'Einar',
      'Hringbraut 45',
      'Kára',
      'Katla',
      '120610-2870',
    ),
    withIds(
      'Fortnite: tveir bræður, Tómas og Bjarki Pétursson, eru lagðir í einelti af strák úr Reykjanesbæ sem heitir IceKing_Keflo á Xbox. Tómas sendi honum símanúmerið sitt, 862 4417.',
      'Tómas',
      'Bjarki Pétursson',
      'IceKing_Keflo',
      '862 4417',
    ),
    withIds(
      'Snapchat: Stelpurnar í 7. bekk í Melaskóla, þar á meðal Sóley og Hekla Jónsdóttir, fá hótanir frá Daníel, þjálfaranum sínum. Sóley vill ekki að foreldrar hennar viti af þessu.',
      '7. bekk í Melaskóla',
      'Sóley',
      'Hekla Jónsdóttir',
      'Daníel',
    ),
    withIds(
      'Minecraft: Anna skrifaði netfang mannsins sem býður henni og vini hennar, Marek Kowalski, skinn: gummi.h hjá gmail punktur is. Hann hefur líka sent Guðrúnu, systur Önnu, skilaboð.',
      'Anna',
      'Marek Kowalski',
      'gummi.h hjá gmail punktur is',
      'Guðrúnu',
      'Önnu',
    ),
    clean(
      'Hópur fimm stráka úr Kópavogi talaði um Fortnite og Gylfa Sigurðsson og spurði hvort lögreglan spili líka. Engar persónuupplýsingar skráðar.',
    ),
    clean(
      'Bekkur úr skóla á Akureyri (um 20 nemendur) spurði á Discord um neteinelti. Vísað á Hjálparsíma Rauða krossins 1717 og á 112. Mál 2024-0193.',
    ),
    clean(
      'Á Twitch, meðan á útsendingu hjá IShowSpeed stóð, spurðu nokkrar stelpur hvað lögreglukonan með bláa prófílinn gerir. Almenn svör, ekkert persónulegt.',
    ),
    clean(
      'Ættbálkurinn „Víkingar“ í Clash of Clans (um 28 meðlimir) ræddi svik með gems. Lögreglumaðurinn sýndi hvernig á að tilkynna. Kl. 18:10–18:40.',
    ),
    clean(
      'Þrjú systkini úr Borgarnesi töluðu um Mario, Luigi og Björk en gáfu hvorki upp nöfn né notendanöfn.',
    ),
  ],
  fi: [
    withIds(
      'Discord-ryhmä Oulusta: Eetu Heikkinen kertoi, että hänen kaverilleen Villelle ja Villen siskolle Ellalle viestittelee vanhempi poika Kajaanista, jonka nimimerkki on KajaaniKing99. Eetu on tallentanut viestit.',
      'Eetu Heikkinen',
      'Villelle',
      'Villen',
      'Ellalle',
      'KajaaniKing99',
      'Eetu',
    ),
    withIds(
      'Robloxissa Aino Virtanen kertoi, että isäpuoli Jari lyö häntä ja että he asuvat osoitteessa Hämeenkatu 12 B 7 pikkuveljensä Onnin kanssa. Aino kirjoitti itse henkilötunnuksensa 150310A274H.',
      'Aino Virtanen',
      'Jari',
      'Hämeenkatu 12 B 7',
      'Onnin',
      'Aino',
      '150310A274H',
    ),
    withIds(
      'Fortnitessa kaksi veljestä, Mikael ja Joonas Nieminen, kertoi, että tamperelainen poika kiusaa heitä; pojan Xbox-nimi on TreSniper_04. Mikael lähetti hänelle puhelinnumeronsa 040 718 2263.',
      'Mikael',
      'Joonas Nieminen',
      'TreSniper_04',
      '040 718 2263',
    ),
    withIds(
      'Snapchatissa Kalevan koulun 7B-luokan tytöt, muun muassa Emma ja Sara Hassan, saavat uhkauksia valmentajaltaan Markulta. Emman mukaan Marko Lehtonen on pyytänyt kuvia myös Saran pikkusiskolta.',
      'Kalevan koulun 7B-luokan',
      'Emma',
      'Sara Hassan',
      'Markulta',
      'Emman',
      'Marko Lehtonen',
      'Saran',
    ),
    withIds(
      'Minecraftissa Elias kirjoitti sen miehen sähköpostin, joka lupaa hänelle ja Mohamed Alille skinejä: timo.k ät luukku piste com. Mies on viestitellyt myös Eliaksen serkulle Veeralle.',
      'Elias',
      'Mohamed Alille',
      'timo.k ät luukku piste com',
      'Eliaksen',
      'Veeralle',
    ),
    clean(
      'Viiden pojan porukka Espoosta jutteli Fortnitesta ja Teemu Pukista ja kysyi, pelaako poliisikin. Henkilötietoja ei kirjattu.',
    ),
    clean(
      'Luokka eräästä jyväskyläläisestä koulusta (noin 20 oppilasta) kysyi Discordissa nettikiusaamisesta. Ohjattiin MLL:n Lasten ja nuorten puhelimeen 116 111 ja hätänumeroon 112. Asia 2024/552.',
    ),
    clean(
      'Twitchissä Kai Cenatin striimin aikana muutama tyttö kysyi, mitä sinisen profiilin poliisi tekee. Vastattiin yleisellä tasolla, ei mitään henkilökohtaista.',
    ),
    clean(
      'Clash of Clans -klaani ”Suomen Sudet” (noin 30 jäsentä) puhui gemi-huijauksista. Nettipoliisi näytti, miten ilmoitus tehdään. Klo 19.05–19.35.',
    ),
    clean(
      'Kolme sisarusta Lahdesta puhui Mariosta, Luigista ja Käärijästä, mutta ei kertonut nimiään eikä käyttäjänimiään.',
    ),
  ],
  sv: [
    withIds(
      'Discordgrupp från Vasa: Oskar Lindholm berättar att hans kompis Elias och Elias syster Wilma får meddelanden från en äldre kille i Jakobstad som kallar sig ”Jakkekungen”. Oskar har sparat skärmdumparna.',
      'Oskar Lindholm',
      'Elias',
      'Wilma',
      'Jakkekungen',
      'Oskar',
    ),
    withIds(
      'På Roblox säger Maja Andersson att hennes styvpappa Patrik slår henne och att de bor på Storgatan 31 i Umeå med lillebror Hugo. Maja skrev själv sitt personnummer, 100623-4825.',
      'Maja Andersson',
      'Patrik',
      'Storgatan 31',
      'Hugo',
      'Maja',
      '100623-4825',
    ),
    withIds(
      'Fortnite: två bröder, Ali och Omar Hussein, mobbas av en kille från Borås med Xbox-namnet BoråsBeast07. Ali har skickat sitt mobilnummer 070-482 19 56 till honom.',
      'Ali',
      'Omar Hussein',
      'BoråsBeast07',
      '070-482 19 56',
    ),
    withIds(
      'Snapchat: Tjejerna i klass 7C på Ekenäs högstadieskola, bland dem Ella och Saga Nyström, får hot från sin tränare Mikael. Ellas mamma vet ingenting.',
      'klass 7C på Ekenäs högstadieskola',
      'Ella',
      'Saga Nyström',
      'Mikael',
      'Ellas',
    ),
    withIds(
      'Minecraft: Alva skrev av mejladressen till mannen som lovar henne och kusinen Nora skins: jonte.b snabel-a hotmail punkt se. Han har också kontaktat Alvas bästis Leah Karlsson.',
      'Alva',
      'Nora',
      'jonte.b snabel-a hotmail punkt se',
      'Alvas',
      'Leah Karlsson',
    ),
    clean(
      'Ett gäng på fem killar från Helsingfors pratade om Fortnite och Zlatan Ibrahimović och undrade om polisen också spelar. Inga personuppgifter antecknades.',
    ),
    clean(
      'En klass från en skola i Borgå (ca 20 elever) frågade på Discord om nätmobbning. Hänvisade till Barnens och de ungas telefon 116 111 och till 112. Ärende 2024/664.',
    ),
    clean(
      'På Twitch under en stream av xQc frågade några tjejer vad poliskvinnan med den blå profilen gör. Allmänna svar, inget personligt.',
    ),
    clean(
      'Klanen ”Nordens Vargar” i Clash of Clans (ca 30 medlemmar) diskuterade bedrägerier med gems. Polisen visade hur man anmäler. Kl. 18.20–18.50.',
    ),
    clean(
      'Tre syskon från Mariehamn pratade om Mario, Luigi och Benjamin Ingrosso men ville inte säga sina namn eller användarnamn, och det behövdes inte.',
    ),
  ],
};
