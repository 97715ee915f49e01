import { clean, CorpusNote, withIds } from './corpus-note';

/**
 * Round nineteen: written blind, before the detector was run on it; mostly clean notes to measure false alarms. Each
 * language has four notes with identifiers and eight clean notes that are as tricky as real patrol notes get: sentence
 * starts that are ordinary words and also first names somewhere ("Per", "Dag", "Rose", "Klara", "Kai", "Sól"), stars,
 * streamers and players by name, towns that are also names or surnames, help lines and police profiles, products with
 * digits, clan tags, channels, hashtags, prices, times, ages and class years without a school, relatives without names.
 */
export const ROUND_NINETEEN: Readonly<Record<string, readonly CorpusNote[]>> = {
  en: [
    withIds('a boy in the Fortnite lobby said his name is Callum Rourke and that he is 13', 'Callum Rourke'),
    withIds('she asked us to add her on Snapchat: lily.m_2011', 'lily.m_2011'),
    withIds(
      'the lad typed his number +44 7700 900458 so we could "call him back", we declined',
      '+44 7700 900458',
    ),
    withIds(
      'his Discord is frostbyte_0427 and he says he lives at 14 Wren Close',
      'frostbyte_0427',
      '14 Wren Close',
    ),
    clean(
      'Will check back on the Roblox group on Friday at 19:00; the moderators were helpful and nobody raised concerns.',
    ),
    clean(
      'Mark the chat as closed: at 21:40 we referred the boy to Childline (0800 1111) and he said his mum already knows.',
    ),
    clean(
      'Rose from Bronze to Gold in Rocket League in two weeks, he told us, and his dad paid €20 for the Rocket Pass.',
    ),
    clean(
      'Three kids in the lobby were watching IShowSpeed and MrBeast clips and arguing whether Jude Bellingham or Bukayo Saka is better in FC 25.',
    ),
    clean('He moved from Preston to Lincoln last year and misses his old Warzone squad from Year 8.'),
    clean(
      'Alexa was blasting Sabrina Carpenter in the background of the voice chat until her dad unplugged it.',
    ),
    clean(
      'Clan tag [EUPOL] is ours. Sat in #general from 20:15 for 45 minutes and reported a fake "free V-Bucks" page to fortnite.com/help.',
    ),
    clean(
      'Girls aged 12 to 14, all on PS5 or iPhone 15, asked whether GTA 6 really comes out in 2026; we pointed them to the #SayNo campaign on europol.europa.eu.',
    ),
  ],
  nb: [
    withIds('Jenta sa hun heter Ingrid Solbakken og går i 9. klasse.', 'Ingrid Solbakken'),
    withIds('Gutten ga oss Snapchat-navnet sitt, tobias_k2010, og ba oss legge ham til.', 'tobias_k2010'),
    withIds('Mobilnummeret hans er 412 90 318, sa han, men moren hans vet ikke om chatten.', '412 90 318'),
    withIds('Hun sa at hun bor i Tollbugata 7 på Hamar og spurte om vi kunne komme innom.', 'Tollbugata 7'),
    clean(
      'Per i dag har vi snakket med rundt 30 ungdommer på Fortnite-serveren, de fleste mellom 12 og 15 år.',
    ),
    clean(
      'Liv og helse går foran, sa vi til gutten, og ba ham ringe Kors på halsen på 800 33 321 hvis det blir tungt.',
    ),
    clean(
      'Dag to av patruljen i Minecraft. Stein, grus og diamanter var alt de ville snakke om, ingen bekymringer.',
    ),
    clean(
      'To gutter kranglet om Haaland eller Ødegaard er best i FC 25, og en jente spilte Cezinando på full guffe i voice-chatten.',
    ),
    clean(
      'Jenta fortalte at hun nettopp har flyttet fra Moss til Vik i Sogn, og at hun savner klassen sin fra 7. klasse.',
    ),
    clean(
      'Vi viste til Politiets nettpatrulje på TikTok og til slettmeg.no for å få fjernet bildet; moren hennes blir med på samtalen neste uke.',
    ),
    clean(
      'Han hadde brukt 1 299 kr på Robux siden jul og kjøpt PS5 for konfirmasjonspengene, sa storebroren hans.',
    ),
    clean(
      '[NOR]-klanen har en Discord-server, «Nordic Gaming Hub», med over 4 000 medlemmer; i #generelt var det rolig fram til kl. 21.30. Lykke til med eksamen, skrev vi før vi logget av.',
    ),
  ],
  nn: [
    withIds('Guten sa at han heiter Eirik Bøyum og er 14 år.', 'Eirik Bøyum'),
    withIds(
      'Ho gav oss Instagram-kontoen sin, @sunniva.hjelle, og ville at vi skulle følgje henne.',
      '@sunniva.hjelle',
    ),
    withIds(
      'Telefonnummeret hans er 474 82 915, sa han, og mora hans veit ikkje at han spelar om natta.',
      '474 82 915',
    ),
    withIds('Ho fortalde at ho går i 10B på Hjellvik ungdomsskule.', '10B på Hjellvik ungdomsskule'),
    clean(
      'Dag tre på Roblox-patruljen: fleire ungdommar spurde om vi var ekte politi, og ingen av dei var uroa.',
    ),
    clean('Vår gjennomgang av kvelden viser rundt 25 samtalar på Fortnite mellom kl. 18.00 og 21.30.'),
    clean(
      'Liv og røre i lobbyen; ein gut i 8. klasse hadde kjøpt skins for 450 kroner utan at faren hans visste det.',
    ),
    clean(
      'Sol og sommar i Minecraft-verda deira, men ei jente fortalde at systera hennar vart plaga på ein annan server, så vi viste til Kors på halsen.',
    ),
    clean(
      'Dei diskuterte om Kygo eller Alan Walker lagar best musikk, og kven som vinn mellom Brann og Molde i FC 25.',
    ),
    clean('Ho har flytta frå Voss til Os og saknar venene sine frå 9. klasse.'),
    clean(
      'Vi delte lenkja til politiet.no og fortalde om Politiets nettpatrulje på TikTok; bestemora hans var med i samtalen.',
    ),
    clean(
      'Klanen [VEST] har eigen Discord-server, «Vestlandsgaming», med kanalen #nybyrjarar; vi var innom kl. 20.15 i 40 minutt.',
    ),
  ],
  nl: [
    withIds('Het meisje zei dat ze Sanne de Wit heet en in groep 8 zit.', 'Sanne de Wit'),
    withIds('Hij zette zijn nummer gewoon in de chat: 06-48271935.', '06-48271935'),
    withIds(
      'De jongen gaf zijn TikTok-naam, @jarne.vdb_09, en vroeg of we hem wilden volgen.',
      '@jarne.vdb_09',
    ),
    withIds('Ze woont in de Kerkstraat 23 in Lokeren, zei ze, vlak bij het station.', 'Kerkstraat 23'),
    clean(
      'Wil vrijdag om 19.00 uur nog eens terug naar deze Roblox-server; de moderators waren behulpzaam en er waren geen zorgen.',
    ),
    clean(
      'Roos, tulp en zonnebloem: in Animal Crossing had het meisje uit groep 7 al meer dan honderd bloemen geplant.',
    ),
    clean(
      'Drie jongens in de lobby vonden Max Verstappen een betere gamer dan Enzo Knol en vroegen of wij ook FC 25 spelen.',
    ),
    clean('Hij komt uit Mol, zijn neef uit Geel; ze spelen elke woensdagnamiddag samen Minecraft, zei hij.'),
    clean(
      'Doorverwezen naar de Kindertelefoon (0800-0432) en naar politie.nl; haar moeder weet ervan en belt morgen na 17.00 uur zelf.',
    ),
    clean(
      'Ze zit in het zesde leerjaar en speelt sinds de kerstvakantie op een PS5. We hebben haar uitgelegd dat ze Awel op 102 kan bellen.',
    ),
    clean(
      'De clan [BXL] heeft een Discord-server "Vlaamse Gamers" met 2.300 leden; in #algemeen ging het vooral over De Bruyne en Lukaku.',
    ),
    clean(
      'Best gezellig in de lobby vanavond: 40 minuten gepraat met een groepje uit de brugklas over FC 25 en hoeveel ze aan skins uitgeven.',
    ),
  ],
  fr: [
    withIds("La jeune fille nous a dit s'appeler Manon Delvaux et avoir 13 ans.", 'Manon Delvaux'),
    withIds('Il a donné son numéro de GSM dans le chat : 0478 12 34 56.', '0478 12 34 56'),
    withIds("Son pseudo Discord est noah.lmbrt_27, il voulait qu'on l'ajoute.", 'noah.lmbrt_27'),
    withIds('Elle habite rue de la Station 18 à Ciney, avec sa mère.', 'rue de la Station 18'),
    clean(
      "Rose, c'est la couleur de son skin préféré dans Fortnite, et elle a dépensé 20 € en V-bucks sans demander à sa mère.",
    ),
    clean("Marin d'eau douce dans Sea of Thieves, de son propre aveu : il a coulé trois fois en une heure."),
    clean(
      'Constance et patience : on est restés 45 minutes dans le salon vocal avant que les jeunes osent poser des questions.',
    ),
    clean(
      "Deux garçons se disputaient pour savoir qui est meilleur dans FC 25, Doku ou Lukaku, pendant qu'un autre regardait un live de Squeezie.",
    ),
    clean(
      'Il vient de Marche et joue avec un cousin de Spa ; ils se retrouvent sur Minecraft tous les mercredis après-midi.',
    ),
    clean(
      'Nous lui avons donné le numéro 103 (Écoute-Enfants) et le lien childfocus.be ; son père est au courant.',
    ),
    clean(
      'Élève de 2e secondaire, il nous a demandé comment devenir policier ; on lui a montré le site jobpol.be et la page de la police fédérale.',
    ),
    clean(
      'Prudence avec les liens : dans le salon #général du serveur du clan [WBX], un garçon de 12 ans a partagé une fausse page « robux-gratuits.net », que nous avons signalée.',
    ),
  ],
  de: [
    withIds('Das Mädchen sagte, sie heißt Lena Kessler und ist 12 Jahre alt.', 'Lena Kessler'),
    withIds('Seine Handynummer hat er einfach in den Chat geschrieben: 0471 23 45 67.', '0471 23 45 67'),
    withIds(
      'Er schickte uns seine E-Mail-Adresse, jonas.hilger2011@outlook.be, damit wir ihm „die Regeln“ schicken.',
      'jonas.hilger2011@outlook.be',
    ),
    withIds('Sie wohnt in der Aachener Straße 42 in Eupen, sagte sie.', 'Aachener Straße 42'),
    clean(
      'Ernst genommen hat die Warnung vor Fake-Gewinnspielen zuerst keiner; erst als wir erklärten, dass dabei Accounts geklaut werden, hörten alle zu.',
    ),
    clean('Rosa Haare und ein Einhorn-Rucksack: So sah ihr Avatar in Roblox aus, erzählte die Zwölfjährige.'),
    clean(
      'Will jemand in der Lobby mit uns reden, bleiben wir; heute waren es 14 Jugendliche zwischen 11 und 15 Jahren.',
    ),
    clean(
      'Zwei Jungs stritten, ob Papaplatte oder MontanaBlack der bessere Streamer ist und wer in FC 25 stärker ist, Musiala oder Doku.',
    ),
    clean(
      'Er kommt aus Amel, sein Cousin aus Kelmis; die beiden zocken jeden Mittwochnachmittag zusammen Fortnite.',
    ),
    clean(
      'Wir haben ihr die Telefonhilfe 108 und die Seite childfocus.be genannt; ihr Bruder war beim Gespräch dabei.',
    ),
    clean(
      'Im zweiten Sekundarschuljahr sei Fortnite out, meinte er; alle spielen jetzt Brawl Stars auf dem iPhone 15, und er hat dafür schon 35 € ausgegeben.',
    ),
    clean(
      'Der Clan [OSTB] hat einen Discord-Server „Ostbelgien zockt“ mit rund 850 Mitgliedern; im Kanal #allgemein war es zwischen 19:30 und 21:00 Uhr ruhig. Die Polizeizone Weser-Göhl war mit ihrem offiziellen Profil auch dabei.',
    ),
  ],
  is: [
    withIds('Stelpan sagðist heita Embla Rún Gunnarsdóttir og vera 13 ára.', 'Embla Rún Gunnarsdóttir'),
    withIds('Hann gaf upp símanúmerið sitt í spjallinu: 698 2417.', '698 2417'),
    withIds(
      'Strákurinn skrifaði kennitöluna sína í spjallið, 120311-2470, og spurði hvort hann fengi verðlaun.',
      '120311-2470',
    ),
    withIds('Hann bað okkur að adda sér á Snapchat, notandanafnið er siggi_b2010.', 'siggi_b2010'),
    clean(
      'Sól og blíða í Minecraft-heiminum þeirra, en ein þeirra sagði að systir hennar hefði fengið ljót skilaboð á Roblox.',
    ),
    clean(
      'Birta skjásins var í botni, sagði hann, þegar pabbi hans tók PS5-tölvuna úr sambandi um miðnætti.',
    ),
    clean(
      'Dagur tvö á Fortnite-vaktinni: um 20 krakkar á aldrinum 11 til 15 ára spurðu hvort við værum alvöru lögregla.',
    ),
    clean(
      'Hrafn, ugla og refur voru meðal dýranna sem hún hafði safnað í Adopt Me, og hún hafði keypt Robux fyrir 5.000 krónur.',
    ),
    clean(
      'Þeir rifust um hvort Herra Hnetusmjör eða Aron Can væri betri rappari, og ein stelpa hlustaði á Laufey allan tímann.',
    ),
    clean('Hann flutti frá Hellu til Hafnar í fyrra og saknar vina sinna í 8. bekk.'),
    clean(
      'Við bentum henni á Hjálparsíma Rauða krossins, 1717, og netspjallið á 1717.is; mamma hennar veit af málinu.',
    ),
    clean(
      'Liðið [ICE] er með Discord-þjón sem heitir „Íslenskir Spilarar“ og yfir 1.200 meðlimi; á rásinni #almennt var allt rólegt milli kl. 20:00 og 21:15.',
    ),
  ],
  fi: [
    withIds('Tyttö kertoi nimekseen Emilia Virtanen ja sanoi olevansa 13-vuotias.', 'Emilia Virtanen'),
    withIds('Poika kirjoitti puhelinnumeronsa chattiin: 045 781 2390.', '045 781 2390'),
    withIds('Hän kertoi henkilötunnuksensa 150311A248X ja kysyi, saako sillä palkinnon.', '150311A248X'),
    withIds('Hän pyysi lisäämään hänet Discordissa, nimimerkki kettu_niilo09.', 'kettu_niilo09'),
    clean('Kai hän oli vähän alle 13, vaikka sanoi olevansa 15; emme kysyneet asiasta enempää.'),
    clean('Onni oli matkassa: porukka voitti Fortnite-turnauksen 3–1 ja halusi näyttää voittoruudun meille.'),
    clean(
      'Ilta oli rauhallinen: Roblox-palvelimella juteltiin klo 18.30–21.00 noin 20 nuoren kanssa, eikä kukaan kertonut huolista.',
    ),
    clean('Valo sammui kesken pelin, kun isä irrotti PS5:n seinästä kello 23, kertoi poika nauraen.'),
    clean(
      'Pojat väittelivät, onko Barkov vai Rantanen parempi NHL 25:ssä, ja yksi soitti taustalla Käärijää.',
    ),
    clean('Hän muutti Salosta Lahteen viime keväänä ja kaipaa vanhoja luokkakavereitaan 7. luokalta.'),
    clean(
      'Ohjasimme tytön MLL:n Lasten ja nuorten puhelimeen (116 111) ja Sekasin-chattiin; hänen äitinsä tietää asiasta.',
    ),
    clean(
      'Klaani [SUOMI] ylläpitää Discord-palvelinta ”Suomi Gaming”, jossa on yli 5 000 jäsentä; #yleinen-kanavalla oli hiljaista kello 20–21.',
    ),
  ],
  sv: [
    withIds('Flickan sa att hon heter Wilma Lindqvist och går i sjuan.', 'Wilma Lindqvist'),
    withIds('Han skrev sitt nummer i chatten: 050 364 8827.', '050 364 8827'),
    withIds('Pojken bad oss lägga till honom på Snap: elias.bck_10', 'elias.bck_10'),
    withIds('Hon sa att hon bor på Strandgatan 12 i Ekenäs.', 'Strandgatan 12'),
    clean('Klara besked från gruppen: ingen av dem hade fått konstiga meddelanden den här veckan.'),
    clean(
      'Saga eller verklighet? Pojken trodde att man kan få gratis Robux via en länk, vi förklarade att det är bedrägeri.',
    ),
    clean(
      'Liv och rörelse i lobbyn i kväll: ungefär 25 unga mellan 11 och 15 år, och ingen av dem verkade orolig.',
    ),
    clean(
      'Dag två av patrullen på Fortnite, klockan 19.00–21.30. Sten, sax, påse avgjorde vem som fick prata med oss först.',
    ),
    clean(
      'Killarna bråkade om vem som är bäst i NHL 25, Barkov eller Rantanen, och en av dem lyssnade på Isac Elliot hela tiden.',
    ),
    clean('Hon flyttade från Lovisa till Jakobstad i höstas och saknar sina kompisar från åttan.'),
    clean(
      'Vi hänvisade honom till MLL:s Barnens och ungdomarnas telefon (116 111) och till poliisi.fi; hans pappa var med i samtalet.',
    ),
    clean(
      'Klanen [SVFI] har en Discord-server, "Svenskfinland Gaming", med 900 medlemmar; i #allmänt var det lugnt mellan kl. 20 och 21, och en kille berättade att han köpt V-bucks för 40 euro.',
    ),
  ],
};
