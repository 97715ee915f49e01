import { clean, CorpusNote, withIds } from './corpus-note';

/**
 * Round twenty-five: written blind, before the detector was run on it. The notes are typed on a foreign or phone
 * keyboard without the languages' special letters: ASCII only, with Norwegian "o"/"aa"/"ae", Icelandic "d"/"th",
 * Finnish and Swedish bare vowels, German "ae"/"oe"/"ue"/"ss" and French without accents. Identifiers (names with
 * folded letters, handles, phone numbers, e-mails in words, ID numbers with valid check digits, addresses, schools
 * with a class) sit beside clean notes with stars, towns, police units and help lines written the same way.
 */
export const ROUND_TWENTY_FIVE: Readonly<Record<string, readonly CorpusNote[]>> = {
  en: [
    withIds(
      'the lad on the Swedish server said his mate Bjorn Aastrom was the one sending the threats',
      'Bjorn Aastrom',
    ),
    withIds('she plays as xx_kaetlin_moerk_xx on Roblox and asked us to add her', 'xx_kaetlin_moerk_xx'),
    withIds('boy gave his number 0047 912 34 567 and asked us to text him after school', '0047 912 34 567'),
    withIds(
      'her email is sigrun dot hakonsen at gmail dot com, she wanted the screenshots sent there',
      'sigrun dot hakonsen at gmail dot com',
    ),
    withIds(
      'he said he lives at Grunerlokka gate 14 with his nan and does not feel safe at home',
      'Grunerlokka gate 14',
    ),
    clean('chat about Odegaard and Haaland, he reckons Norway will qualify this time'),
    clean('told the group about the Europol Cybercrime Centre and that we patrol in uniform here'),
    clean(
      'girl from Tromso, 14, was worried about a scam; pointed her to the local police and the Kindertelefoon style helpline in her country',
    ),
    clean('they were streaming Minecraft on Saturday evening, level 42, nothing to report'),
    clean('talked about Bjork and Kaarija with a group of teens in the Eurovision chat, friendly mood'),
  ],
  nb: [
    withIds('Gutten sa at han heter Jorgen Bjornstad og gaar i sjuende klasse', 'Jorgen Bjornstad'),
    withIds(
      'Jenta fortalte at venninnen Maarit Saether hadde faatt stygge meldinger paa Snapchat',
      'Maarit Saether',
    ),
    withIds(
      'Han ga oss fodselsnummeret sitt 14031051267 uten at vi spurte, slettet fra chatten',
      '14031051267',
    ),
    withIds(
      'Hun bor i Tollbugata 7B og gaar i 9B paa Haugerud skole',
      'Tollbugata 7B',
      '9B paa Haugerud skole',
    ),
    withIds('Brukernavnet hans paa Discord er bjornebaer_haakon2010', 'bjornebaer_haakon2010'),
    clean('Praten handlet om Odegaard og om Norge slaar Italia, god stemning i kanalen'),
    clean(
      'Jente fra Tromso, 13 aar, spurte hvordan man anmelder; henviste til Alarmtelefonen for barn og unge 116 111',
    ),
    clean('Vi fortalte at Politiets nettpatrulje er til stede paa Discord, Twitch og TikTok'),
    clean('Gruppen spilte Fortnite til klokka 22 paa fredag, ingen bekymringer'),
    clean('Snakket om Aurora og Kygo, han vil bli musiker naar han blir stor'),
  ],
  nn: [
    withIds('Guten fortalde at han heiter Haakon Ostebo og at faren er mykje borte', 'Haakon Ostebo'),
    withIds('Ho sa at veninna Aase Kvaalen vart mobba i skulegarden', 'Aase Kvaalen'),
    withIds('Telefonnummeret hennar er 412 55 908, ho ville at vi skulle ringje', '412 55 908'),
    withIds('Han sende oss fodselsnummeret 22080953422 i chatten, vi bad han slette det', '22080953422'),
    withIds(
      'Ho gaar i 8A paa Aasane ungdomsskule og vart truga av ein eldre gut',
      '8A paa Aasane ungdomsskule',
    ),
    clean('Vi prata om Odegaard og Solbakken, han meinte Brann vinn serien i aar'),
    clean('Gut fraa Forde, 15 aar, lurte paa kva nettpatruljen i Vest politidistrikt gjer'),
    clean('Ei jente spurde om Korsvei og Mental Helse sin hjelpetelefon 116 123, vi gav ho nummeret'),
    clean('Dei spela Minecraft heile laurdagen, naadde nivaa 30, ingenting aa melde'),
    clean('Praten handla om Sigrid og Girl in Red, god tone i kanalen'),
  ],
  nl: [
    withIds('Het meisje zei dat ze Femke de Wit heet en in Almere woont', 'Femke de Wit'),
    withIds('Zijn gamertag op Xbox is DutchDragon_2011, hij wilde dat we hem toevoegden', 'DutchDragon_2011'),
    withIds('Hij gaf zijn BSN 234567818 omdat hij dacht dat we dat nodig hadden', '234567818'),
    withIds('Ze woont op de Oudegracht 112 in Utrecht en is bang voor haar stiefvader', 'Oudegracht 112'),
    withIds(
      'Jongen zit in 2B op het Stedelijk Gymnasium Leiden en wordt gepest in de klassenapp',
      '2B op het Stedelijk Gymnasium Leiden',
    ),
    clean('Gesprek over Max Verstappen en Frenkie de Jong, hij wil later coureur worden'),
    clean(
      'Meisje uit Zwolle, 14 jaar, vroeg hoe je aangifte doet; doorverwezen naar de Kindertelefoon 0800-0432',
    ),
    clean('We legden uit dat het Team Digitale Wijkagent in uniform op Discord en Roblox patrouilleert'),
    clean('De groep speelde Fortnite tot half elf op woensdag, niets bijzonders'),
    clean('Praatje over Ajax tegen PSV in De Klassieker, veel grappen in de chat'),
  ],
  fr: [
    withIds(
      'La fille nous a dit qu elle s appelle Ines Lefevre et qu elle a peur de rentrer',
      'Ines Lefevre',
    ),
    withIds('Son amie Chloe se fait harceler sur Instagram depuis septembre', 'Chloe'),
    withIds('Il a donne son numero de registre national 10031412308 dans le chat public', '10031412308'),
    withIds('Elle habite rue de la Regence 23 a Liege avec sa tante', 'rue de la Regence 23'),
    withIds(
      'Il est en 2e secondaire au college Saint-Benoit de Namur et les autres de sa classe le menacent',
      'en 2e secondaire au college Saint-Benoit de Namur',
    ),
    clean('Discussion sur Stromae et Angele, il veut faire de la musique plus tard'),
    clean(
      'Un garcon de Charleroi, 13 ans, a demande comment porter plainte; renvoye vers Ecoute-Enfants au 103',
    ),
    clean('On a explique que la Police federale patrouille en uniforme sur Discord et Fortnite'),
    clean('Le groupe jouait a Minecraft jusqu a 21 h le mercredi, rien a signaler'),
    clean('Ils parlaient de Thibaut Courtois et des Diables Rouges, bonne ambiance a l ecole selon eux'),
  ],
  de: [
    withIds('Der Junge sagte, er heisse Lukas Schroeder und wohne bei seiner Oma', 'Lukas Schroeder'),
    withIds('Sie wohnt in der Hauptstrasse 12 in Eupen und hat Angst vor ihrem Bruder', 'Hauptstrasse 12'),
    withIds('Seine Handynummer ist 0471 23 45 67, er wollte zurueckgerufen werden', '0471 23 45 67'),
    withIds(
      'Ihre Mailadresse ist jana punkt mueller at outlook punkt be, dorthin sollten wir die Bilder schicken',
      'jana punkt mueller at outlook punkt be',
    ),
    withIds(
      'Er schrieb seine Nationalnummer 09082245631 in den Chat, wir haben ihn gebeten sie zu loeschen',
      '09082245631',
    ),
    clean('Gespraech ueber Kevin De Bruyne und Thomas Mueller, er moechte Fussballprofi werden'),
    clean(
      'Maedchen aus Sankt Vith, 14 Jahre, fragte nach Hilfe; verwiesen an die Kinder- und Jugendtelefon Nummer 108',
    ),
    clean('Wir haben erklaert, dass die Polizeizone Weser-Goehl in Uniform auf Discord praesent ist'),
    clean('Die Gruppe spielte Fortnite bis 22 Uhr am Freitag, Level 57, nichts Auffaelliges'),
    clean('Sie redeten ueber den Karneval in Eupen und die Schulferien im Maerz'),
  ],
  is: [
    withIds('Stelpan sagdi ad hun heiti Gudrun Jonsdottir og se i 8. bekk', 'Gudrun Jonsdottir'),
    withIds('Strakurinn sagdi ad vinur hans Thorir vaeri ad fa hotanir a Discord', 'Thorir'),
    withIds('Hun sendi kennitoluna sina 1204103420 i spjallid, vid badum hana ad eyda henni', '1204103420'),
    withIds('Hann er i 9. bekk i Hagaskola og er lagdur i einelti', '9. bekk i Hagaskola'),
    withIds('Notandanafnid hans a Roblox er thor_ljosi_2010', 'thor_ljosi_2010'),
    clean('Spjall um Bjork og Laufey, hun vill verda songkona'),
    clean(
      'Strakur fra Akureyri, 13 ara, spurdi hvernig madur tilkynnir; visad a Hjalparsima Raudakrossins 1717',
    ),
    clean('Vid sogdum theim ad logreglan a hofudborgarsvaedinu se a Discord i einkennisbuningi'),
    clean('Hopurinn spiladi Fortnite til klukkan 22 a laugardag, ekkert ad fretta'),
    clean('Taladi um Gylfa Sigurdsson og landslidid, godur andi i hopnum i Reykjavik'),
  ],
  fi: [
    withIds('Tytto kertoi, etta hanen nimensa on Aino Jarvinen ja etta hanta pelottaa', 'Aino Jarvinen'),
    withIds('Poika sanoi, etta hanen kaverinsa Vaino saa uhkausviesteja Snapchatissa', 'Vaino'),
    withIds('Han asuu osoitteessa Hameenkatu 18 B 4 Tampereella isoaitinsa kanssa', 'Hameenkatu 18 B 4'),
    withIds('Han laittoi henkilotunnuksensa 140310A236M chattiin, pyysimme poistamaan sen', '140310A236M'),
    withIds(
      'Tytto on yhdeksannella luokalla Kalevan koulussa ja hanta kiusataan',
      'yhdeksannella luokalla Kalevan koulussa',
    ),
    clean('Juttelimme Kaarijasta ja Teemu Pukista, hyva tunnelma kanavalla'),
    clean(
      'Poika Jyvaskylasta, 14 vuotta, kysyi miten tehdaan rikosilmoitus; ohjattiin Lasten ja nuorten puhelimeen 116 111',
    ),
    clean('Kerroimme, etta Poliisin nettipoliisi partioi univormussa Discordissa ja TikTokissa'),
    clean('Porukka pelasi Fortnitea lauantaina kello 23 asti, taso 48, ei huomautettavaa'),
    clean('Puhuttiin Lordista ja Euroviisuista, kaikki olivat hyvalla tuulella Oulussa'),
  ],
  sv: [
    withIds('Flickan sa att hon heter Ella Lindqvist och att hon inte vill ga hem', 'Ella Lindqvist'),
    withIds('Hans kompis Mikael Jarvinen far hotfulla meddelanden pa Discord', 'Mikael Jarvinen'),
    withIds(
      'Hon gar i sjunde klass i Vasa ovningsskola och blir mobbad i klasschatten',
      'sjunde klass i Vasa ovningsskola',
    ),
    withIds('Han gav sitt telefonnummer 040 123 4567 och bad oss ringa', '040 123 4567'),
    withIds('Hans anvandarnamn pa Twitch ar sjobjorn_viggo', 'sjobjorn_viggo'),
    clean('Vi pratade om Kaarija och Loreen, stamningen var god i kanalen'),
    clean(
      'En pojke fran Jakobstad, 15 ar, fragade hur man gor en anmalan; hanvisad till Barnens och ungas telefon 116 111',
    ),
    clean('Vi berattade att Osterbottens polisinrattning patrullerar i uniform pa Discord'),
    clean('Gruppen spelade Minecraft till klockan 21 pa fredag, ingenting att rapportera'),
    clean('Samtal om Teemu Selanne och Mikael Granlund, han vill bli hockeyproffs'),
  ],
};
