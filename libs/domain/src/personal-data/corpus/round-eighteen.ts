import { clean, CorpusNote, withIds } from './corpus-note';

/**
 * Round eighteen: written blind, without reading the detector or the other rounds, before the detector was run on
 * it. Plain notes as a new officer writes them in the interaction form right after the chat: one or two sentences,
 * each language with an e-mail in words, a handle after a platform name, a phone number as people type it, an identity
 * number with valid check digits, a name, and an address or a school with a name. The clean notes hold platforms,
 * games, towns, police units, help lines, stars with full names, game characters and numbers that identify no one.
 */
export const ROUND_EIGHTEEN: Readonly<Record<string, readonly CorpusNote[]>> = {
  en: [
    withIds(
      'The girl wrote her email for us: jade.morrison10 at hotmail dot com',
      'jade.morrison10 at hotmail dot com',
    ),
    withIds('His Discord is nightwolf_2011, he wanted us to add him.', 'nightwolf_2011'),
    withIds('He gave his mobile number: 07700 900 462.', '07700 900 462'),
    withIds(
      'The boy typed his Dutch BSN in the chat, 3128.47.658, so I told him never to share it.',
      '3128.47.658',
    ),
    withIds(
      'The girl said her name is Freya Walsh and that her friend Mia gets messages from an adult.',
      'Freya Walsh',
      'Mia',
    ),
    withIds('Chloe said she lives at 27 Marlowe Street in Dublin.', 'Chloe', '27 Marlowe Street'),
    clean(
      'Talked with a boy on Fortnite about a man who offered him 2000 V-Bucks for photos. Told him to block and report, and to call 116 111 if he needs to talk.',
    ),
    clean(
      'Kids on the Roblox server Brookhaven RP asked if the police can see their chats. Explained that Europol EC3 does not read private messages without a case.',
    ),
    clean(
      'A 14-year-old on Twitch said a streamer promised skins for a deposit on a crypto casino. Gave advice about gambling and the age limit of 18.',
    ),
    clean(
      'Group of girls on Discord said a classmate is bullied in a voice channel every Friday at 21:00. They will tell a teacher on Monday.',
    ),
    clean(
      'Boy on Minecraft asked if Steve can be arrested for griefing. We laughed and then talked about real scams with fake Nitro links.',
    ),
    clean(
      'They asked about Erling Haaland and Taylor Swift tickets on a scam site in March. Told them to ring 112 only in an emergency.',
    ),
  ],
  nb: [
    withIds(
      'Jenta skrev e-posten sin: ingrid.haugen11 krøllalfa hotmail punktum com',
      'ingrid.haugen11 krøllalfa hotmail punktum com',
    ),
    withIds('Snapchaten hennes er lillemy_2010, hun ville at vi skulle legge henne til.', 'lillemy_2010'),
    withIds('Gutten ga oss mobilnummeret sitt: 412 38 576.', '412 38 576'),
    withIds(
      'Hun skrev fødselsnummeret sitt i chatten, 140311 53612, og vi ba henne slette det.',
      '140311 53612',
    ),
    withIds(
      'Gutten heter Magnus Solberg og sier at kompisen Sander blir truet på Discord.',
      'Magnus Solberg',
      'Sander',
    ),
    withIds('Jenta heter Ida og går i 7B på Haukåsen skole i Oslo.', 'Ida', 'Haukåsen skole'),
    clean(
      'Snakket med en gutt på Fortnite om en voksen som tilbød 1500 V-Bucks for bilder. Han fikk råd om å blokkere og ringe 116 111.',
    ),
    clean(
      'Ungdommer på Roblox spurte om Politiets nettpatrulje kan lese meldingene deres. Forklarte at vi bare ser det de sender til oss.',
    ),
    clean(
      'En 13 år gammel jente fortalte om mobbing på en Minecraft-server hver fredag. Hun skal si fra til læreren på mandag.',
    ),
    clean(
      'Gutten trodde han hadde vunnet et Erling Haaland-kort på en nettside fra Bergen. Vi sa at det var svindel og at han ikke skal betale 299 kroner.',
    ),
    clean(
      'Noen på Twitch reklamerte for kasino med skins. To gutter i 9. klasse sa at de hadde tapt 400 kroner i januar.',
    ),
    clean('Jentene spurte hva Kripos gjør, og om Aurora Aksnes kommer til Tromsø i sommer.'),
  ],
  nn: [
    withIds(
      'Jenta skreiv e-posten sin: sigrid.nygard krøllalfa gmail punktum com',
      'sigrid.nygard krøllalfa gmail punktum com',
    ),
    withIds(
      'Brukarnamnet hans på Roblox er OlaBygg_09, og han ville ha hjelp med ein svindel.',
      'OlaBygg_09',
    ),
    withIds('Guten gav oss telefonnummeret sitt siffer for siffer: 9 8 1 2 4 4 7 0.', '9 8 1 2 4 4 7 0'),
    withIds(
      'Ho skreiv fødselsnummeret sitt i chatten, 220912–71862, og vi bad henne slette meldinga.',
      '220912–71862',
    ),
    withIds(
      'Guten heiter Eirik og fortel at systera Solveig Tveit får meldingar frå ein vaksen mann.',
      'Eirik',
      'Solveig Tveit',
    ),
    withIds('Ho heiter Ragnhild Bø og bur i Skulegata 12 på Voss.', 'Ragnhild Bø', 'Skulegata 12'),
    clean(
      'Snakka med to gutar på Fortnite om ein vaksen som lova dei 2000 V-Bucks. Dei fekk råd om å blokkere han og seie frå til ein vaksen dei stolar på.',
    ),
    clean(
      'Ungdomane på Discord spurde kva Politiets nettpatrulje gjer om kvelden. Vi sa at vi er på nett fram til klokka 22.',
    ),
    clean(
      'Ei jente på 14 år fortalde om mobbing på ein Minecraft-server frå Førde. Ho fekk nummeret til Alarmtelefonen for barn og unge, 116 111.',
    ),
    clean(
      'Guten spelar mykje på kasinosider med skins og har tapt 600 kroner sidan august. Vi snakka om speleavhengigheit og 18-årsgrensa.',
    ),
    clean(
      'Nokon på Roblox sende lenkjer til gratis Robux. Vi forklarte at det er svindel, og at dei aldri skal gje frå seg passordet.',
    ),
    clean(
      'Dei spurde om Martin Ødegaard skal spele for Arsenal neste sesong, og om politiet i Bergen er på Twitch.',
    ),
  ],
  nl: [
    withIds(
      'Het meisje gaf haar mail: sanne.devries2011 apenstaartje gmail punt com',
      'sanne.devries2011 apenstaartje gmail punt com',
    ),
    withIds('Zijn Fortnite-naam is xXDaanXx12, hij wil samen met ons spelen.', 'xXDaanXx12'),
    withIds('Het meisje uit Gent gaf haar gsm-nummer: 0472.38.19.64.', '0472.38.19.64'),
    withIds(
      'Hij zette zijn BSN in de chat, 182 937 458, ik heb gezegd dat hij dat nooit mag delen.',
      '182 937 458',
    ),
    withIds(
      'De jongen heet Jesse Bakker en zijn vriend Thijs wordt gepest op Discord.',
      'Jesse Bakker',
      'Thijs',
    ),
    withIds(
      'Ze heet Lotte van den Berg en woont op de Lindelaan 23 in Amersfoort.',
      'Lotte van den Berg',
      'Lindelaan 23',
    ),
    clean(
      "Gesproken met een jongen op Roblox over iemand die 800 Robux bood voor foto's. Hij weet nu dat hij de Kindertelefoon kan bellen op 0800-0432.",
    ),
    clean(
      'Een groep meisjes op Discord vroeg of de Politie Oost-Nederland hun berichten leest. Uitgelegd dat we dat niet doen zonder onderzoek.',
    ),
    clean(
      'Een gast van 15 uit Antwerpen zei dat hij elke zaterdag gokt met skins op een casinosite. We hebben gepraat over gokken en over Awel op 102.',
    ),
    clean('Ze vroegen of Kevin De Bruyne echt Fortnite speelt en of de Federale Politie ook op Twitch zit.'),
    clean(
      'Op een Minecraft-server uit Utrecht werd een jongen uit groep 8 uitgescholden. Zijn klasgenoten melden het maandag bij de mentor.',
    ),
    clean(
      'Iemand op Fortnite verkocht accounts met de Peely-skin voor € 25. Gezegd dat het oplichting is en dat ze aangifte kunnen doen bij de politie.',
    ),
  ],
  fr: [
    withIds(
      'La fille nous a donné son mail : lea.dubois2010 arobase hotmail point be',
      'lea.dubois2010 arobase hotmail point be',
    ),
    withIds("Son Insta c'est noah.bxl_09, il voulait qu'on le suive.", 'noah.bxl_09'),
    withIds('Il a donné son numéro de GSM : 0475/12.34.56.', '0475/12.34.56'),
    withIds(
      "Elle a tapé son numéro de registre national dans le chat, 11.05.23-143.44, je lui ai dit de l'effacer.",
      '11.05.23-143.44',
    ),
    withIds(
      "La fille s'appelle Manon Lejeune et sa copine Inès reçoit des messages d'un adulte.",
      'Manon Lejeune',
      'Inès',
    ),
    withIds(
      "Il s'appelle Maxime Lambert et il habite rue des Glycines 8 à Jambes.",
      'Maxime Lambert',
      'rue des Glycines 8',
    ),
    clean(
      "Parlé avec un garçon sur Fortnite d'un adulte qui lui proposait 1000 V-Bucks contre des photos. Je lui ai donné le numéro d'Écoute-Enfants, le 103.",
    ),
    clean(
      "Des jeunes sur Discord ont demandé si la Police fédérale lit leurs messages privés. J'ai expliqué qu'on ne voit que ce qu'ils nous envoient.",
    ),
    clean(
      "Une fille de 13 ans de Charleroi dit qu'on se moque d'elle sur un serveur Minecraft tous les mercredis. Elle va en parler à son éducatrice lundi.",
    ),
    clean(
      "Un ado a perdu 50 euros en skins sur un site de casino en février. On a parlé des jeux d'argent et de la limite de 18 ans.",
    ),
    clean(
      'Ils voulaient savoir si Romelu Lukaku et Angèle Van Laeken jouent à Fortnite. Ensuite on a parlé des faux liens pour des Robux gratuits.',
    ),
    clean(
      "Sur Roblox, quelqu'un se faisait passer pour un modérateur et demandait les mots de passe. Je leur ai dit d'appeler Child Focus au 116 000 si ça recommence.",
    ),
  ],
  de: [
    withIds(
      'Das Mädchen schrieb ihre E-Mail: lena.kessler11 Klammeraffe gmail Punkt com',
      'lena.kessler11 Klammeraffe gmail Punkt com',
    ),
    withIds('Sein TikTok heißt eupen_kicker12, er wollte, dass wir ihm folgen.', 'eupen_kicker12'),
    withIds('Er gab seine Handynummer: 0487 65 43 21.', '0487 65 43 21'),
    withIds(
      'Sie schrieb ihre Nationalregisternummer in den Chat, 12.08.14–267.38, ich habe ihr gesagt, sie soll das löschen.',
      '12.08.14–267.38',
    ),
    withIds(
      'Der Junge heißt Jonas Kreusch und sein Freund Tim wird auf Discord bedroht.',
      'Jonas Kreusch',
      'Tim',
    ),
    withIds(
      'Sie heißt Lara Schmetz und geht in die 6b der Marienschule in Raeren.',
      'Lara Schmetz',
      'Marienschule',
    ),
    clean(
      'Mit einem Jungen auf Fortnite gesprochen, dem ein Erwachsener 1000 V-Bucks für Fotos angeboten hat. Er soll ihn blockieren und kann die 116 111 anrufen.',
    ),
    clean(
      'Jugendliche auf Roblox fragten, ob die Polizeizone Eifel ihre Nachrichten liest. Ich habe erklärt, dass wir nur sehen, was sie uns schicken.',
    ),
    clean(
      'Ein Mädchen aus St. Vith, 14 Jahre, wird auf einem Minecraft-Server jeden Freitag beleidigt. Sie spricht am Montag mit ihrer Klassenlehrerin.',
    ),
    clean(
      'Zwei Jungen haben seit Oktober 120 Euro für Lootboxen in FC 25 ausgegeben. Wir haben über Glücksspiel und die Altersgrenze von 18 Jahren gesprochen.',
    ),
    clean('Sie fragten, ob Thibaut Courtois auf Twitch streamt und ob Helene Fischer in Eupen auftritt.'),
    clean(
      'Auf Discord wurden falsche Nitro-Links verschickt. Ich habe gesagt, dass man im Notfall die 112 anruft und sonst Anzeige bei der Föderalen Polizei erstattet.',
    ),
  ],
  is: [
    withIds(
      'Stelpan gaf upp netfangið sitt: katla.sig hjá gmail punktur com',
      'katla.sig hjá gmail punktur com',
    ),
    withIds('Snapchat-ið hennar er sunna_x11 og hún vildi að við bættum henni við.', 'sunna_x11'),
    withIds('Strákurinn gaf okkur símanúmerið sitt: 866 4921.', '866 4921'),
    withIds(
      'Hún skrifaði kennitöluna sína í spjallið, 030411-2770, og við báðum hana að eyða henni.',
      '030411-2770',
    ),
    withIds(
      'Strákurinn heitir Hilmar Þórsson og segir að vinur hans, Birkir, fái hótanir á Discord.',
      'Hilmar Þórsson',
      'Birkir',
    ),
    withIds(
      'Hún heitir Katrín Jónsdóttir og er í 9. bekk í Hvassaleitisskóla.',
      'Katrín Jónsdóttir',
      'Hvassaleitisskóla',
    ),
    clean(
      'Talaði við strák á Fortnite um fullorðinn mann sem bauð honum 2000 V-Bucks fyrir myndir. Hann fékk að vita af Hjálparsíma Rauða krossins, 1717.',
    ),
    clean(
      'Krakkar á Roblox spurðu hvort Lögreglan á höfuðborgarsvæðinu geti lesið skilaboðin þeirra. Ég útskýrði að við sjáum bara það sem þau senda okkur.',
    ),
    clean(
      'Stelpa á Akureyri, 13 ára, sagði að það væri gert grín að henni á Minecraft-þjóni á hverjum föstudegi. Hún ætlar að tala við kennarann á mánudaginn.',
    ),
    clean(
      'Strákur í 10. bekk hefur tapað 5000 krónum á veðmálasíðu síðan í janúar. Við ræddum um fjárhættuspil og 18 ára aldurstakmarkið.',
    ),
    clean('Þau spurðu hvort Gylfi Sigurðsson spili Fortnite og hvort Björk Guðmundsdóttir sé á Twitch.'),
    clean('Einhver á Discord sendi falska Nitro-hlekki. Ég sagði þeim að hringja í 112 ef þau eru í hættu.'),
  ],
  fi: [
    withIds(
      'Tyttö antoi sähköpostinsa: aino.virtanen10 ät gmail piste com',
      'aino.virtanen10 ät gmail piste com',
    ),
    withIds('Tytön Snapchat on pinkkiaino_11, hän halusi, että lisäämme hänet.', 'pinkkiaino_11'),
    withIds('Poika antoi puhelinnumeronsa: 040 718 2295.', '040 718 2295'),
    withIds(
      'Tyttö kirjoitti henkilötunnuksensa chattiin, 150311A274S, ja pyysimme häntä poistamaan viestin.',
      '150311A274S',
    ),
    withIds(
      'Poika kertoi olevansa Eetu Mäkelä ja että hänen kaverinsa Onni saa uhkausviestejä Discordissa.',
      'Eetu Mäkelä',
      'Onni',
    ),
    withIds(
      'Tyttö kertoi olevansa Emma Koskela, 8B-luokalla Kalevan koulussa Tampereella.',
      'Emma Koskela',
      'Kalevan koulussa',
    ),
    clean(
      'Juttelin Fortnitessa pojan kanssa, jolle aikuinen lupasi 1000 V-Bucksia kuvista. Neuvoin estämään käyttäjän ja soittamaan Lasten ja nuorten puhelimeen 116 111.',
    ),
    clean(
      'Nuoret kysyivät Robloxissa, lukeeko Nettipoliisi heidän yksityisviestejään. Kerroin, että näemme vain sen, mitä he lähettävät meille.',
    ),
    clean(
      'Oululainen 13-vuotias tyttö kertoi, että häntä kiusataan Minecraft-palvelimella joka perjantai. Hän puhuu opettajan kanssa maanantaina.',
    ),
    clean(
      'Kaksi 9.-luokkalaista poikaa on hävinnyt 200 euroa skin-kasinolla syyskuusta asti. Puhuimme rahapelaamisesta ja 18 vuoden ikärajasta.',
    ),
    clean('He kysyivät, pelaako Teemu Pukki Fortnitea ja tuleeko Erika Vikman Vaasaan kesällä.'),
    clean(
      'Discordissa jaettiin vääriä Nitro-linkkejä. Kerroin, että hätätilanteessa soitetaan 112 ja rikosilmoituksen voi tehdä Poliisin verkkosivuilla.',
    ),
  ],
  sv: [
    withIds(
      'Flickan skrev sin e-post: ebba.sjoblom11 snabel-a gmail punkt com',
      'ebba.sjoblom11 snabel-a gmail punkt com',
    ),
    withIds('Hans namn i Minecraft är BlockBoss_Ville, han ville spela med oss.', 'BlockBoss_Ville'),
    withIds('Pojken gav sitt telefonnummer: 050–362 8814.', '050–362 8814'),
    withIds(
      'Hon skrev sin personbeteckning i chatten, 070912A386A, och vi bad henne radera den.',
      '070912A386A',
    ),
    withIds(
      'Pojken heter Anton Lindqvist och säger att kompisen Elias får hot på Discord.',
      'Anton Lindqvist',
      'Elias',
    ),
    withIds(
      'Hon sa att hon heter Wilma Holmström och går i 6B i Kyrkbackens skola i Borgå.',
      'Wilma Holmström',
      'Kyrkbackens skola',
    ),
    clean(
      'Pratade med en pojke på Fortnite om en vuxen som lovade honom 1500 V-Bucks för bilder. Han fick numret till Barn- och ungdomstelefonen, 116 111.',
    ),
    clean(
      'Ungdomar på Roblox frågade om Centralkriminalpolisen läser deras meddelanden. Jag förklarade att vi bara ser det de skickar till oss.',
    ),
    clean(
      'En flicka från Vasa, 12 år, blir retad på en Minecraft-server varje onsdag. Hon ska prata med sin lärare på måndag.',
    ),
    clean(
      'Två pojkar i årskurs 8 har förlorat 300 euro på en sajt med skin-kasino sedan november. Vi pratade om penningspel och 18-årsgränsen.',
    ),
    clean('De frågade om Lukas Hradecky streamar på Twitch och om Mario kan bli polis.'),
    clean(
      'På Discord skickades falska Nitro-länkar. Jag sa att man ringer 112 i nödfall och kan göra en brottsanmälan på Polisens webbplats.',
    ),
  ],
};
