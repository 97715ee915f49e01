import { clean, CorpusNote, withIds } from './corpus-note';

/**
 * Round twenty-two: written blind, before the detector was run on it. It leans on the three hardest kinds: names of
 * young people, their friends and relatives in every position and form (subject, object, after a preposition,
 * possessive, Finnish and Icelandic cases, short forms, double names, particles, patronymics), schools and classes
 * in each country's way (also only the school's short name), and addresses (street and number, with or without a
 * postcode). The clean notes use the same constructions without identifying anyone: towns, class years without a
 * school, "the school" in general, streets as places without a number, stars, game characters, unnamed relatives.
 */
export const ROUND_TWENTY_TWO: Readonly<Record<string, readonly CorpusNote[]>> = {
  en: [
    withIds(
      "Spoke with a lad called Michael O'Donnell in the Fortnite lobby. His mate Jojo calls him Mikey, and we showed Mikey how to block the adult.",
      "Michael O'Donnell",
      'Jojo',
      'Mikey',
    ),
    withIds(
      'She is in year 9 at Oakfield Academy and said a few girls at Oakfield got the same DMs.',
      'Oakfield Academy',
      'Oakfield',
    ),
    withIds(
      'He lives at 14 Elmwood Road, Leeds LS6 2QT, with his nan and his little sister Ruby.',
      '14 Elmwood Road',
      'Ruby',
    ),
    withIds(
      "Anne-Sofie's brother came over to talk. He is worried about Anne-Sofie because an adult keeps sending her gifts in Roblox.",
      'Anne-Sofie',
    ),
    withIds(
      "Priya told us Kieran Walsh in 8C at St Bede's keeps posting photos of her. We advised Priya to tell a teacher.",
      'Priya',
      'Kieran Walsh',
      "St Bede's",
    ),
    withIds(
      'Lou-Anne lives at Vondelstraat 41 in Amsterdam; her cousin Noor van der Heijden was playing with her.',
      'Lou-Anne',
      'Vondelstraat 41',
      'Noor van der Heijden',
    ),
    clean('Spoke with a boy in year 9. He lives in Leeds and hangs out on Oxford Street at weekends.'),
    clean(
      "Two girls asked if Harry Kane's transfer was real; we chatted about Kane and what Messi is doing now.",
    ),
    clean('The kid mains Mario and says Link is overrated. He asked us whether Peach can beat Bowser.'),
    clean(
      'Her older brother and her gran both play with her. She said the school blocks Roblox on the wifi.',
    ),
    clean(
      'Met a group at the Grote Markt in Antwerp; they all go to school in Mechelen and are in their second year.',
    ),
    clean(
      'A girl from Tromsø asked if we knew Taylor Swift; we told her to report the account pretending to be Swift. Her dad and stepmum were nearby.',
    ),
  ],
  nb: [
    withIds(
      'Gutten heter Jonathan Berg, men kompisene kaller ham Jonte. Vi ga Jonte et kort med nummeret til Alarmtelefonen.',
      'Jonathan Berg',
      'Jonte',
    ),
    withIds(
      'Jenta går i 8B på Ullern og sa at flere jenter på Ullern skole har fått de samme meldingene.',
      'Ullern skole',
      'Ullern',
    ),
    withIds('Han bor i Kirkeveien 112B, 0361 Oslo, sammen med moren og søsteren.', 'Kirkeveien 112B'),
    withIds(
      'Anne-Sofies bror kom bort til oss. Han er bekymret for Anne-Sofie fordi en voksen har bedt henne om bilder.',
      'Anne-Sofies',
      'Anne-Sofie',
    ),
    withIds(
      'Vi fikk vite at Emmas bestevenninne, Ida Marie Haugen, blir mobbet av en gutt i 9A på Grønnlia ungdomsskole.',
      'Emmas',
      'Ida Marie Haugen',
      'Grønnlia ungdomsskole',
    ),
    withIds(
      'Gutten oppga adressen Fjellveien 23 og ba oss spørre etter Jan-Erik hvis noe skjedde. Moren til Jan-Erik var ikke hjemme.',
      'Fjellveien 23',
      'Jan-Erik',
    ),
    clean('Gutten bor i Bodø og går i 8. klasse. Han henger mye på Karl Johan i helgene.'),
    clean(
      'Jenta spurte om Haaland skal til Real Madrid. Vi snakket om Haalands mål og om kapteinen Ødegaard.',
    ),
    clean(
      'De spilte Minecraft, og en av dem var sur fordi Steve døde i lava. Hun liker bedre å spille som Zelda enn Link.',
    ),
    clean('Storebroren og mormoren hennes spiller også. Hun sa at Roblox er sperret på skolen.'),
    clean('Møtte en gjeng ved Torvet i Trondheim. De går på ungdomsskolen der, alle sammen i niende klasse.'),
    clean('Hun digger Aurora og Sigrid og spurte om Sigrid skal spille på Øya i år. Faren hennes var med.'),
  ],
  nn: [
    withIds(
      'Guten heiter Eirik Nesheim, men vennene kallar han Eiki. Me snakka lenge med Eiki om kven han spelar med.',
      'Eirik Nesheim',
      'Eiki',
    ),
    withIds(
      'Ho går i 9C på Vikane ungdomsskule og sa at fleire på Vikane har fått meldingar frå den same vaksne.',
      'Vikane ungdomsskule',
      'Vikane',
    ),
    withIds('Han bur i Øvre Holmegate 14 i Stavanger saman med mora.', 'Øvre Holmegate 14'),
    withIds(
      'Me gav Siggi eit kort med nummeret til Kors på halsen, og Siggis veslebror fekk òg eitt.',
      'Siggi',
      'Siggis',
    ),
    withIds(
      'Ho fortalde at Marit-Helene Bøe i parallellklassen har fått trugsmål, og at ho bur i Kyrkjevegen 7, 6900 Florø.',
      'Marit-Helene Bøe',
      'Kyrkjevegen 7',
    ),
    withIds(
      'Ho vil at me skal snakka med venninna hennar, Ingrid Sæle, som går på Fjordbyen vidaregåande skule.',
      'Ingrid Sæle',
      'Fjordbyen vidaregåande skule',
    ),
    clean('Guten bur i Førde og går i 8. klasse. Han heng mykje på Torgallmenningen etter skulen.'),
    clean('Ho spurde om Haaland er betre enn Mbappé, og me prata om den nye kontrakten til Haaland.'),
    clean(
      'Dei spelte Fortnite, og ein av dei meinte at Peely er den beste skinnen. Han likar òg Master Chief.',
    ),
    clean('Storesyster og farmor hennar spelar òg. På skulen får dei ikkje bruka Discord.'),
    clean('Me møtte ein gjeng frå Voss på kinoen. Dei går i tiande klasse og bur på bygda.'),
    clean('Han er fan av Kygo og spurde om konserten til Kygo i Bergen var avlyst. Onkelen hans var med.'),
  ],
  nl: [
    withIds(
      'Meisje zit in groep 8 van De Regenboog en zei dat Lotje uit haar klas ook zulke berichten krijgt.',
      'De Regenboog',
      'Lotje',
    ),
    withIds('Hij woont op de Kerkstraat 12 in Zwolle, samen met zijn moeder.', 'Kerkstraat 12'),
    withIds(
      'We spraken met Daan van der Berg; zijn vrienden noemen hem Daantje. Met Daantje hebben we het over melden gehad.',
      'Daan van der Berg',
      'Daantje',
    ),
    withIds(
      'Hij zit in het tweede middelbaar aan het Sint-Pieterscollege en zegt dat Wout De Smet hem al weken pest.',
      'Sint-Pieterscollege',
      'Wout De Smet',
    ),
    withIds(
      'Het meisje woont in de Molenstraat 45 bus 2, 9300 Aalst, bij haar grootouders. Ze vroeg of we de mama van Marie-Lou konden bellen.',
      'Molenstraat 45 bus 2',
      'Marie-Lou',
    ),
    withIds(
      'Femkes broer zit op het Stedelijk Lyceum Zuid, en volgens Sanne stuurt hij haar nare berichten.',
      'Femkes',
      'Stedelijk Lyceum Zuid',
      'Sanne',
    ),
    clean('Jongen woont in Zwolle en zit in groep 8. Op zaterdag hangt hij rond op de Grote Markt.'),
    clean(
      'Ze vroeg of Max Verstappen echt gamet; we praatten over het simraceteam van Verstappen en over Lando Norris.',
    ),
    clean(
      'Ze speelden Minecraft en hij was kwaad omdat een creeper zijn huis had opgeblazen. Hij speelt het liefst als Mario of Luigi.',
    ),
    clean('Zijn oudere zus en zijn opa gamen ook. Op school mag hij niet op Roblox.'),
    clean(
      'Een groepje uit Gent, allemaal uit het derde middelbaar, stond aan de Korenmarkt. We gaven hun de folder van Child Focus.',
    ),
    clean(
      'Hij is fan van Stromae en Angèle en vroeg of het nieuwe album van Stromae al uit is. Zijn mama stond erbij.',
    ),
  ],
  fr: [
    withIds(
      "Le jeune est en 2e secondaire à l'Athénée Royal de Jambes et dit que d'autres élèves de l'Athénée reçoivent les mêmes messages.",
      'Athénée Royal de Jambes',
      'Athénée',
    ),
    withIds('Elle habite rue des Lilas 12, 5000 Namur, avec sa maman et son beau-père.', 'rue des Lilas 12'),
    withIds(
      'On a parlé avec Jojo, Jordan Lambert de son vrai nom. Le frère de Jordan était là aussi et on a donné notre carte à Jojo.',
      'Jojo',
      'Jordan Lambert',
      'Jordan',
    ),
    withIds(
      "Elle nous a demandé d'aider Marie-Lou, qui est en 6e primaire à l'école communale Les Tilleuls. On a donné à Marie-Lou le numéro du 103.",
      'Marie-Lou',
      'école communale Les Tilleuls',
    ),
    withIds(
      'Le garçon habite au 8 chemin du Moulin à Wavre; sa copine Chloé Dubois vient souvent jouer chez lui.',
      '8 chemin du Moulin',
      'Chloé Dubois',
    ),
    withIds(
      "Selon Inès, c'est Kevin Van Damme, de 3e secondaire au Collège Saint-Julien, qui lui envoie des photos. Elle a peur de Kevin.",
      'Inès',
      'Kevin Van Damme',
      'Collège Saint-Julien',
      'Kevin',
    ),
    clean(
      "Le garçon habite à Namur et il est en 2e secondaire. Il traîne souvent place d'Armes le mercredi après-midi.",
    ),
    clean(
      'Elle nous a parlé de Lukaku et de Courtois; pour elle, Courtois est le meilleur gardien du monde.',
    ),
    clean(
      'Ils jouaient à Zelda et il voulait absolument sauver Zelda avant le goûter. Son perso préféré reste Kirby.',
    ),
    clean("Sa grande sœur et son parrain jouent aussi avec lui. À l'école, on lui a confisqué son GSM."),
    clean(
      'Un groupe de Liège, tous en quatrième, attendait à la gare des Guillemins. Ils connaissaient déjà le 103.',
    ),
    clean(
      "Il adore Angèle et voulait savoir si Stromae reviendrait à Forest National. Son papa l'accompagnait.",
    ),
  ],
  de: [
    withIds(
      'Sie geht in die 3b am Robert-Schuman-Institut und meint, am RSI hätten mehrere Mädchen solche Nachrichten bekommen.',
      'Robert-Schuman-Institut',
      'RSI',
    ),
    withIds('Er wohnt in der Bergstraße 4 in Eupen, zusammen mit seiner Oma.', 'Bergstraße 4'),
    withIds(
      "Wir haben mit Lukas Kessler gesprochen; seine Freunde nennen ihn Lucky. Lukas' Schwester war auch dabei, und wir haben Lukas unsere Karte gegeben.",
      'Lukas Kessler',
      'Lucky',
      "Lukas'",
      'Lukas',
    ),
    withIds(
      'Annas Freundin Jana-Marie Schröder wird von einem Jungen aus der Pater-Damian-Schule bedrängt.',
      'Annas',
      'Jana-Marie Schröder',
      'Pater-Damian-Schule',
    ),
    withIds(
      'Der Junge gab als Adresse Hauptstraße 27, 4780 St. Vith an und sagte, wir sollen nach Timo fragen.',
      'Hauptstraße 27',
      'Timo',
    ),
    withIds(
      'Mit Lea und ihrem Cousin Nico Hilgers aus der 2. Klasse der Bischöflichen Schule St. Vith haben wir über Grooming gesprochen.',
      'Lea',
      'Nico Hilgers',
      'Bischöflichen Schule St. Vith',
    ),
    clean(
      'Der Junge wohnt in Eupen und geht in die 3. Klasse der Sekundarschule. Nachmittags hängt er oft am Werthplatz ab.',
    ),
    clean('Sie fragte, ob Thomas Müller noch spielt, und wir redeten über Müllers Tore und über De Bruyne.'),
    clean(
      'Sie spielten Pokémon; er wollte unbedingt Pikachu gegen Glurak kämpfen lassen. Sein Lieblingscharakter ist aber Sonic.',
    ),
    clean('Ihr großer Bruder und ihre Tante spielen auch mit. In der Schule ist das Handy verboten.'),
    clean(
      'Eine Gruppe aus Kelmis stand am Marktplatz; alle gehen in die zweite Klasse und wollten wissen, wie man einen Account meldet.',
    ),
    clean(
      'Er ist Fan von Mark Forster und war bei Forsters Konzert in Aachen. Sein Vater hatte die Karten gekauft.',
    ),
  ],
  is: [
    withIds(
      'Strákurinn heitir Sigurður Jónsson en vinir hans kalla hann Sigga. Siggi sagði okkur frá manni sem bað um myndir og við gáfum Sigga númerið hjá 112.',
      'Sigurður Jónsson',
      'Sigga',
      'Siggi',
    ),
    withIds(
      'Hún er í 9. bekk í Réttarholtsskóla og sagði að fleiri stelpur í Réttó hefðu fengið sömu skilaboð.',
      'Réttarholtsskóla',
      'Réttó',
    ),
    withIds('Hann býr á Laugavegi 12 með mömmu sinni og litla bróður.', 'Laugavegi 12'),
    withIds(
      'Við töluðum við vinkonu Katrínar Ásgeirsdóttur. Hún hefur áhyggjur af Katrínu vegna manns sem sendir henni skilaboð á Discord.',
      'Katrínar Ásgeirsdóttur',
      'Katrínu',
    ),
    withIds(
      'Stelpan sagðist búa í Hraunbæ 102, 110 Reykjavík, og bað okkur að segja pabba Önnu Maríu ekki frá þessu.',
      'Hraunbæ 102',
      'Önnu Maríu',
    ),
    withIds(
      'Jón Gunnar í 8. bekk í Lækjarskóla sagði að Dísa, systir hans, væri að spjalla við fullorðinn mann.',
      'Jón Gunnar',
      'Lækjarskóla',
      'Dísa',
    ),
    clean('Strákurinn býr á Akureyri og er í 8. bekk. Hann hangir oft á Laugaveginum um helgar.'),
    clean(
      'Hún er mikill aðdáandi Laufeyjar og spurði hvort Björk byggi enn á Íslandi. Við sögðum að lög Laufeyjar væru líka vinsæl hjá okkur.',
    ),
    clean(
      'Þau spiluðu Minecraft og hann varð reiður þegar creeper sprengdi húsið hans. Uppáhaldspersónan hans er Mario.',
    ),
    clean('Stóra systir hennar og amma spila líka. Í skólanum má hún ekki nota símann.'),
    clean('Hópur krakka úr Hafnarfirði, öll í 10. bekk, beið við Hlemm eftir strætó.'),
    clean(
      'Hann spurði hvort við þekktum Hannes Þór Halldórsson og hló þegar við sögðum nei. Pabbi hans var með honum.',
    ),
  ],
  fi: [
    withIds(
      'Poika kertoi nimekseen Mikko Virtanen, mutta kaverit sanovat häntä Mikiksi. Juttelimme Mikin kanssa pitkään.',
      'Mikko Virtanen',
      'Mikiksi',
      'Mikin',
    ),
    withIds(
      'Tyttö on 7. luokalla Kalevan koulussa ja sanoi, että Kalevassa moni muukin on saanut samanlaisia viestejä.',
      'Kalevan koulussa',
      'Kalevassa',
    ),
    withIds('Hän asuu Hämeenkadulla 21 äitinsä ja pikkusiskonsa kanssa.', 'Hämeenkadulla 21'),
    withIds(
      'Ainon kaveri Ella-Maria Korhonen kertoi, että Ainolle lähettää viestejä aikuinen mies. Lupasimme auttaa Ainoa.',
      'Ainon',
      'Ella-Maria Korhonen',
      'Ainolle',
      'Ainoa',
    ),
    withIds(
      'Poika antoi osoitteekseen Tuomiokirkonkatu 8 A 4, 90100 Oulu, ja pyysi, että kysyisimme Jannea.',
      'Tuomiokirkonkatu 8 A 4',
      'Jannea',
    ),
    withIds(
      'Oona sanoi, että Eetu Lehtisen isoveli käy 9. luokkaa Hervannan yhtenäiskoulussa ja kiusaa Eetua.',
      'Oona',
      'Eetu Lehtisen',
      'Hervannan yhtenäiskoulussa',
      'Eetua',
    ),
    clean('Poika asuu Tampereella ja käy 8. luokkaa. Hän hengailee usein Hämeenkadulla viikonloppuisin.'),
    clean('Tyttö kysyi, pelaako Teemu Pukki vielä, ja juttelimme Pukin maaleista ja Kimi Räikkösestä.'),
    clean(
      'He pelasivat Minecraftia, ja poika suuttui, kun creeper räjäytti hänen talonsa. Hänen lempihahmonsa on Mario.',
    ),
    clean(
      'Hänen isosiskonsa ja mummonsa pelaavat myös. Ainoa asia, joka häntä harmitti, oli että koulussa puhelimet kerätään pois.',
    ),
    clean(
      'Ryhmä nuoria Espoosta, kaikki yhdeksäsluokkalaisia, odotti Kauppatorilla. Annoimme heille Sekasin-chatin tiedot.',
    ),
    clean('Hän on Käärijän fani ja kysyi, onko Käärijä tulossa Tampereelle. Hänen isänsä oli mukana.'),
  ],
  sv: [
    withIds(
      'Han går i 7A på Vasa övningsskola och sa att många på Övis får konstiga meddelanden.',
      'Vasa övningsskola',
      'Övis',
    ),
    withIds('Hon bor på Strandvägen 7 i Jakobstad med sin mamma och lillebror.', 'Strandvägen 7'),
    withIds(
      'Vi pratade med Jonathan Sjöblom, som kompisarna kallar Jonte. Jontes syster var också där, och vi gav Jonte vårt kort.',
      'Jonathan Sjöblom',
      'Jonte',
      'Jontes',
    ),
    withIds(
      'Enligt Ebba blir hennes kusin Linnea-Sofia Forsman trakasserad av någon från sjuan i Kungsvägens skola.',
      'Ebba',
      'Linnea-Sofia Forsman',
      'Kungsvägens skola',
    ),
    withIds(
      'Pojken uppgav adressen Handelsesplanaden 14 B 9, 65100 Vasa, och bad oss fråga efter Casper.',
      'Handelsesplanaden 14 B 9',
      'Casper',
    ),
    withIds(
      'Vi fick höra att Emils bästa kompis, Oskar Nyberg, går på Borgå Gymnasium och inte vågar berätta något för Oskars pappa.',
      'Emils',
      'Oskar Nyberg',
      'Borgå Gymnasium',
      'Oskars',
    ),
    clean('Pojken bor i Jakobstad och går i åttan. Han hänger mycket på Storgatan efter skolan.'),
    clean(
      'Hon frågade om Isac Elliot ska spela i Vasa, och vi pratade om Isac Elliots nya låt och om Kimi Räikkönen.',
    ),
    clean(
      'De spelade Among Us och han var sur för att Red hade kastats ut. Hans favoritfigur i Smash är Kirby.',
    ),
    clean(
      'Hennes storebror och mormor spelar också. I skolan får de inte använda telefonen under lektionerna.',
    ),
    clean(
      'Ett gäng från Borgå, alla i nian, väntade vid Salutorget. Vi gav dem numret till MLL:s barn- och ungdomstelefon.',
    ),
    clean(
      'Han är ett stort fan av Kimi Räikkönen och undrade om Räikkönen kommer till Vasa. Hans pappa och farbror var med.',
    ),
  ],
};
