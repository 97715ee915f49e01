/**
 * Capitalised words and names that are not a young person: game characters, famous people, police units,
 * help lines, platforms and games, and towns. A note full of them must not be refused: a false alarm costs the
 * operator a rewrite while patrolling. All lower case; a multi-word entry is matched as a whole.
 */

import { withFoldedSpellings } from './candidate';
import { MORE_FAMOUS_PEOPLE, MORE_PLACES, MORE_POLICE_AND_HELP, ONE_WORD_STARS_AND_TITLES } from './well-known-names';

/**
 * Characters of a game that are first names too ("Steve", "Leon", "Ellie"): a character only in a note that names
 * the game, a boy or a girl of that name anywhere else.
 */
export const CHARACTERS_OF_GAMES: readonly (readonly [RegExp, readonly string[]])[] = [
  [/minecraft|\bmc\b|creeper|herobrine|enderman|hypixel/iu, ['steve', 'alex']],
  [/mario|nintendo|smash/iu, ['mario', 'luigi', 'daisy', 'peach', 'toad', 'yoshi']],
  [/fnaf|five nights/iu, ['freddy', 'bonnie', 'chica', 'foxy']],
  [/valorant/iu, ['reyna', 'sage', 'skye', 'jett', 'phoenix']],
  [/overwatch/iu, ['mercy', 'winston', 'lucio', 'moira']],
  [/league of legends|\blol\b/iu, ['lux', 'jinx']],
  [/brawl/iu, ['shelly', 'colt', 'leon', 'nita', 'poco']],
  [/gta|grand theft/iu, ['franklin', 'trevor']],
  [/assassin/iu, ['ezio']],
  [/tomb raider|croft/iu, ['lara']],
  [/last of us|tlou/iu, ['ellie', 'joel']],
  [/fortnite|fortnight/iu, ['raven', 'midas', 'jonesy', 'peely']],
];

export const GAME_CHARACTERS = [
  'herobrine', 'notch', 'jeb', 'creeper', 'enderman', 'ender dragon', 'wither', 'villager',
  'jonesy', 'peely', 'fishstick', 'meowscles', 'ramirez', 'banshee',
  'renegade raider', 'brite bomber', 'cuddle team leader', 'agent jones', 'the foundation',
  'peach', 'bowser', 'yoshi', 'toad', 'wario', 'link', 'zelda', 'ganon', 'kirby', 'sonic',
  'tails', 'knuckles', 'pikachu', 'ash ketchum', 'master chief', 'kratos', 'lara croft', 'geralt',
  'noob', 'guest', 'builderman', 'bacon', 'roblox', 'john doe', 'jane doe', 'shedletsky', 'david baszucki',
  'among us', 'sans', 'freddy fazbear', 'huggy wuggy', 'kissy missy', 'sonic the hedgehog',
  'spider-man', 'spiderman', 'batman', 'superman', 'harry potter', 'hermione', 'shrek',
  'jesus', 'jesus christ', 'allah', 'buddha', 'adam og eva', 'adam and eve', 'adam und eva', 'adam en eva',
  'adam et ève', 'aadam ja eeva', 'adam och eva', 'tim und struppi', 'tintin et milou', 'kuifje en bobbie',
  'tintin og terry', 'zwarte piet', 'max und moritz', 'max og moritz', 'tom and jerry', 'tom og jerry', 'tom et jerry', 'tom und jerry',
  'ask og embla', 'ask and embla', 'ask och embla', 'askur og embla', 'hänsel und gretel', 'hans og grete', 'hans en grietje', 'romeo and juliet', 'romeo og julie', 'romeo et juliette',
  'bert og ernie', 'bert and ernie', 'karius og baktus', 'emil i lönneberga', 'mercredi', 'wednesday',
  'ole brumm', 'kalle anka', 'donald duck', 'mikke mus', 'mickey mouse', 'pippi', 'pippi langstrømpe',
  'muumi', 'muumipeikko', 'moomin', 'pikku myy', 'tintin', 'kuifje', 'asterix', 'obelix', 'suske', 'wiske',
  'nijntje', 'miffy', 'bamse', 'kaptein sabeltann', 'smurf', 'gargamel', 'garfield', 'scooby', 'goku',
  'naruto', 'sasuke', 'luffy', 'skibidi', 'grimace', 'spongebob', 'patrick star', 'thanos', 'iron man', 'mamma mia',
  // Valorant, Overwatch, Apex, League of Legends, Brawl Stars, FNAF, GTA and other characters young people play as.
  'sova', 'raze', 'killjoy', 'cypher', 'omen', 'viper', 'breach', 'brimstone',
  'yoru', 'astra', 'kayo', 'chamber', 'neon', 'fade', 'harbor', 'gekko', 'deadlock', 'clove', 'vyse', 'tejo',
  'tracer', 'genji', 'hanzo', 'reinhardt', 'd.va', 'kiriko', 'moira', 'zarya', 'wraith',
  'bloodhound', 'lifeline', 'octane', 'pathfinder', 'bangalore', 'gibraltar', 'mirage', 'caustic', 'horizon', 'ahri',
  'jinx', 'yasuo', 'teemo', 'garen', 'ezreal', 'vayne', 'nita', 'spike', 'crow', 'el primo', 'poco', 'chica', 'foxy',
  'niko bellic', 'altaïr', 'aloy', 'arthur morgan', 'paimon', 'zhongli', 'raiden', 'eevee', 'charizard', 'amy rose',
  'rosalina', 'drift', 'lynx', 'aura', 'crystal', 'jonesy', 'fishstick', 'kratos', 'atreus',
  'sonic', 'shadow', 'knuckles', 'cj', 'john wick', 'the rock', 'chief',
  ...ONE_WORD_STARS_AND_TITLES,
];

/** Famous people, also as typed without special letters ("Martin Odegaard", "Teemu Selanne"). */
export const FAMOUS_PEOPLE = withFoldedSpellings([
  'adolf hitler', 'hitler', 'stalin', 'napoleon bonaparte', 'anne frank', 'greta thunberg', 'andrew tate', 'elon musk',
  'jens stoltenberg', 'kong harald', 'erna solberg', 'jonas gahr støre', 'felix kjellberg', 'arda güler', 'hakim ziyech', 'herr anwalt', 'hafþór júlíus björnsson', 'hafþór júlíus',
  'erling haaland', 'erling braut haaland', 'martin ødegaard', 'lionel messi', 'cristiano ronaldo', 'kylian mbappé',
  'kylian mbappe', 'kevin de bruyne', 'romelu lukaku', 'eden hazard', 'virgil van dijk', 'frenkie de jong',
  'max verstappen', 'lewis hamilton', 'taylor swift', 'billie eilish', 'ed sheeran', 'justin bieber',
  'ariana grande', 'selena gomez', 'harry styles', 'elon musk', 'mark zuckerberg', 'bill gates', 'jeff bezos',
  'donald trump', 'joe biden', 'barack obama', 'vladimir putin', 'emmanuel macron', 'olaf scholz',
  'angela merkel', 'jonas gahr støre', 'erna solberg', 'mark rutte', 'dick schoof', 'alexander de croo',
  'bart de wever', 'sanna marin', 'alexander stubb', 'petteri orpo', 'sauli niinistö', 'katrín jakobsdóttir',
  'bjarni benediktsson', 'guðni th. jóhannesson', 'halla tómasdóttir', 'kristrún frostadóttir', 'greta thunberg',
  'ulf kristersson', 'magdalena andersson', 'kong harald', 'dronning sonja', 'kronprins haakon', 'ingrid alexandra',
  'mr beast', 'mrbeast', 'pewdiepie', 'ninja', 'tfue', 'markiplier', 'dream', 'technoblade', 'kai cenat',
  'ishowspeed', 'andrew tate', 'tristan tate', 'logan paul', 'jake paul', 'kim kardashian', 'kanye west',
  'drake', 'eminem', 'snoop dogg', 'michael jackson', 'elvis presley', 'albert einstein', 'william shakespeare',
  'victor hugo', 'jean moulin', 'charles de gaulle', 'napoléon bonaparte', 'jeanne d\'arc', 'anne frank',
  'vincent van gogh', 'rembrandt van rijn', 'johan cruijff', 'johan cruyff', 'henrik ibsen', 'edvard munch',
  'roald amundsen', 'fridtjof nansen', 'jean sibelius', 'tove jansson', 'astrid lindgren', 'zlatan ibrahimović',
  'zlatan ibrahimovic', 'karsten warholm', 'jakob ingebrigtsen', 'magnus carlsen', 'aurora aksnes', 'alan walker',
  'kygo', 'björk guðmundsdóttir', 'kimi räikkönen', 'mika häkkinen', 'teemu pukki',
  'lauri markkanen', 'stromae', 'angèle', 'lady gaga', 'rihanna', 'beyoncé', 'beyonce', 'santa claus', 'julenissen',
  'kim jong un', 'gordon ramsay', 'lebron james', 'michael jordan', 'roger federer', 'serena williams',
  'gylfi sigurðsson', 'jóhanna sigurðardóttir', 'davíð oddsson', 'geir haarde', 'sigmundur davíð gunnlaugsson',
  'guðni jóhannesson', 'emma watson', 'tom holland', 'zendaya', 'timothée chalamet', 'millie bobby brown', 'ólafur ragnar grímsson', 'vigdís finnbogadóttir', 'aron pálmarsson', 'hannes þór halldórsson',
  'heimir hallgrímsson', 'jóhann berg guðmundsson', 'hákon arnar haraldsson', 'teemu selänne', 'jari litmanen',
  'patrik laine', 'kaapo kakko', 'mikko rantanen', 'sami hyypiä', 'robin packalen', 'jere pöyhönen', 'antti rinne',
  'ole gunnar solskjær', 'johannes høsflot klæbo', 'sondre norheim', 'kristoffer robin haug', 'alexander sørloth',
  'thibaut courtois', 'jérémy doku', 'leandro trossard', 'nafi thiam', 'remco evenepoel', 'wout van aert',
  'mathieu van der poel', 'memphis depay', 'cody gakpo', 'xavi simons', 'femke bol', 'sifan hassan', 'tiësto',
  'martin garrix', 'armin van buuren', 'jamal musiala', 'thomas müller', 'manuel neuer', 'joshua kimmich',
  'casper ruud', 'viktor hovland', 'therese johaug', 'marit bjørgen', 'petter northug', 'usain bolt',
  // Writers, singers and players young people of the five countries talk about.
  'ivar aasen', 'knut hamsun', 'sigrid undset', 'bjørnstjerne bjørnson', 'jon fosse', 'jo nesbø', 'halldór laxness',
  'hc andersen', 'h.c. andersen', 'hans christian andersen', 'selma lagerlöf', 'aleksis kivi', 'elias lönnrot',
  'sam smith', 'veronica maggio', 'zara larsson', 'hatari', 'alexander kristoff', 'lotte kopecky', 'tadej pogačar', 'will smith',
  'bas nijhuis', 'aron einar gunnarsson', 'ingólfur arnarson', 'leifur heppni', 'leif the lucky', 'leif erikson',
  'snorri sturluson', 'egill skallagrímsson', 'eiríkur rauði', 'erik the red', 'harald hårfagre', 'olav tryggvason',
  'victoria falls', 'florence and the machine', 'milou', 'capitaine haddock', 'tournesol',
  'jonas vingegaard', 'tove lo', 'sigrid raabe', 'girl in red', 'marie ulven',
  'daði freyr', 'laufey lín jónsdóttir', 'páll óskar', 'lil kleine', 'ronnie flex', 'davina michelle', 'duncan laurence',
  'joost klein', 'käärijä', 'loreen', 'cheek', 'antti tuisku', 'isac elliot', 'mats hummels', 'toni kroos',
  'leroy sané', 'florian wirtz', 'kai havertz', 'harry kane', 'jude bellingham', 'bukayo saka', 'marcus rashford',
  'mohamed salah', 'kevin durant', 'stephen curry', 'jordan henderson', 'tom brady', 'billie jean king',
  'ariana madix', 'olivia rodrigo', 'dua lipa', 'sabrina carpenter', 'charli xcx', 'post malone', 'travis scott',
  'lil nas x', 'doja cat', 'the weeknd', 'bruno mars', 'shawn mendes', 'lewis capaldi', 'tom cruise', 'pedro pascal',
  'herra hnetusmjör', 'angèle van laeken', 'mikael granlund', 'sebastian aho', 'aleksander barkov', 'mr bean', 'mrs doubtfire', 'madame tussauds', 'monsieur propre', 'santiago giménez',
  ...MORE_FAMOUS_PEOPLE,
]);

export const POLICE_AND_HELP = [
  'kripos', 'politiet', 'politi', 'politie', 'police', 'polizei', 'poliisi', 'polisen', 'polis', 'lögreglan',
  'lögregla', 'ríkislögreglustjóri', 'nccc', 'nc3', 'ec3', 'europol', 'eurojust', 'interpol', 'empact', 'fbi',
  'nettpatruljen', 'nettpatrulje', 'nettpatrulja', 'nettpatruljen øst', 'digitale wijkagent', 'wijkagent',
  'nettipoliisi', 'nettipoliisit', 'internet referral unit', 'federale politie', 'police fédérale',
  'föderale polizei', 'lokale politie', 'zone de police', 'nationale politie', 'politiets nettpatrulje',
  'politihøgskolen', 'politihøgskulen', 'poliisiammattikorkeakoulu', 'polisskolen', 'politieacademie', 'kors på halsen', 'alarmtelefonen', 'røde kors', 'redd barna', 'mental helse', 'kindertelefoon',
  'de kindertelefoon', 'awel', 'ecoute-enfants', 'écoute-enfants', 'child focus', 'nummer gegen kummer',
  'hjálparsíminn', 'rauði krossinn', 'barnaheill', 'mieli', 'mll', 'nuorten chat', 'sekasin', 'bris',
  'barnens rätt i samhället', 'childhelp', 'childline', 'samaritans', 'slettmeg', 'slettmeg.no', 'nettvett',
  'bufetat', 'barnevernet', 'barnevern', 'barnaverndarstofa', 'barnavernd', 'lastensuojelu', 'jeugdzorg',
  'veilig thuis', 'sos-barnebyer', 'rädda barnen', 'save the children', 'pelastakaa lapset', 'red de kinderen',
  'barnaheill', 'unicef', 'amnesty', '116 111', 'helpwanted', 'stop it now', 'meldknop', 'offlimits',
  'garda', 'gardaí', 'garda síochána', 'an garda síochána', 'police scotland', 'psni', 'met police',
  ...MORE_POLICE_AND_HELP,
];

export { PLATFORMS_AND_GAMES } from './platforms';
import { PLATFORMS_AND_GAMES } from './platforms';

/** Towns and regions of the five countries that a note names on their own ("a boy from Tampere"). */
export const PLACES = [
  'oslo', 'bergen', 'trondheim', 'stavanger', 'drammen', 'kristiansand', 'tromsø', 'bodø', 'ålesund', 'fredrikstad',
  'sandnes', 'skien', 'tønsberg', 'hamar', 'lillehammer', 'molde', 'harstad', 'gjøvik', 'arendal', 'haugesund',
  'bærum', 'asker', 'lørenskog', 'viken', 'innlandet', 'vestland', 'rogaland', 'agder', 'troms', 'finnmark', 'nordland',
  'brussel', 'bruxelles', 'brüssel', 'antwerpen', 'anvers', 'gent', 'gand', 'brugge', 'bruges', 'leuven', 'louvain',
  'liège', 'luik', 'lüttich', 'namur', 'namen', 'charleroi', 'mons', 'bergen', 'mechelen', 'hasselt', 'eupen',
  'sankt vith', 'kortrijk', 'oostende', 'aalst', 'wallonie', 'vlaanderen', 'flandre', 'ostbelgien',
  'amsterdam', 'rotterdam', 'den haag', 'utrecht', 'eindhoven', 'groningen', 'tilburg', 'almere', 'breda',
  'nijmegen', 'apeldoorn', 'haarlem', 'arnhem', 'enschede', 'zwolle', 'leiden', 'maastricht', 'dordrecht',
  'amersfoort', 'delft', 'den bosch', 'friesland', 'limburg', 'zeeland', 'brabant', 'holland',
  'reykjavík', 'reykjavik', 'kópavogur', 'hafnarfjörður', 'akureyri', 'garðabær', 'mosfellsbær', 'selfoss',
  'ísafjörður', 'egilsstaðir', 'keflavík', 'reykjanesbær', 'vestmannaeyjar', 'akranes', 'borgarnes', 'húsavík',
  'helsinki', 'helsingfors', 'espoo', 'esbo', 'tampere', 'tammerfors', 'vantaa', 'vanda', 'oulu', 'uleåborg',
  'turku', 'åbo', 'jyväskylä', 'lahti', 'kuopio', 'pori', 'joensuu', 'lappeenranta', 'hämeenlinna', 'vaasa',
  'vasa', 'seinäjoki', 'rovaniemi', 'kotka', 'porvoo', 'borgå', 'lappi', 'lappland', 'ahvenanmaa', 'åland',
  'mariehamn', 'kallio', 'stockholm', 'göteborg', 'malmö', 'uppsala', 'london', 'paris', 'berlin', 'europe',
  'florence', 'firenze', 'chelsea', 'liverpool', 'barcelona', 'madrid', 'ajax', 'anderlecht', 'celtic', 'juventus',
  // Towns that are first names somewhere too: "fra Molde og Alta", "de Mons", "uit Emmen", "Haminasta".
  'alta', 'ede', 'emmen', 'ath', 'hamina', 'lincoln', 'preston', 'limerick', 'jena', 'kiel', 'verona',
  'florida', 'dallas', 'orlando', 'odessa',
  'norge', 'noreg', 'norway', 'belgia', 'belgië', 'belgique', 'belgien', 'belgium', 'nederland', 'nederlân',
  'netherlands', 'ísland', 'island', 'iceland', 'suomi', 'finland', 'sverige', 'sweden', 'danmark', 'deutschland',
];

/**
 * The towns, villages and clubs of well-known-names.ts: not a person, and a young person who "går på Kongsberg" goes
 * to no named school; but "Kongsberg skole" with a school word is a school's name, so these do not stop the school
 * rules that PLACES stops.
 */
export const MORE_PLACE_SET: ReadonlySet<string> = new Set(MORE_PLACES.filter((place) => !PLACES.includes(place)));
/** Every town, region and club of both lists. */
export const TOWN_SET: ReadonlySet<string> = new Set([...PLACES, ...MORE_PLACES]);

/**
 * Countries and languages that are first names somewhere too ("en France", "speaks German"), and game terms written
 * with a capital ("Victoire royale").
 */
const COUNTRIES_LANGUAGES_AND_TERMS = [
  'france', 'frankrike', 'frankrijk', 'frankreich', 'ranska', 'frakkland', 'germany', 'tyskland', 'duitsland',
  'allemagne', 'saksa', 'þýskaland', 'spain', 'spania', 'spanje', 'espagne', 'spanien', 'espanja', 'spánn', 'italy',
  'italia', 'italië', 'italie', 'italien', 'ítalía', 'poland', 'polen', 'pologne', 'puola', 'pólland', 'england',
  'engeland', 'angleterre', 'englanti', 'english', 'german', 'french', 'dutch', 'flemish', 'norwegian', 'swedish',
  'finnish', 'icelandic', 'danish', 'spanish', 'italian', 'polish', 'arabic', 'turkish', 'somali', 'victoire royale',
  'victory royale',
  // Dutch adjectives of regions, towns and nations end in -s like a name's genitive ("Vlaams meisje", "Limburgs dorp").
  'vlaams', 'vlaamse', 'waals', 'waalse', 'brussels', 'brusselse', 'limburgs', 'limburgse', 'hollands', 'hollandse',
  'brabants', 'brabantse', 'zeeuws', 'zeeuwse', 'gronings', 'groningse', 'twents', 'twentse', 'drents', 'drentse',
  'antwerps', 'antwerpse', 'gents', 'gentse', 'haags', 'haagse', 'utrechts', 'utrechtse', 'amsterdams', 'amsterdamse',
  'rotterdams', 'rotterdamse', 'belgisch', 'belgische', 'nederlands', 'nederlandse', 'noors', 'noorse', 'zweeds',
  'zweedse', 'fins', 'finse', 'ijslands', 'ijslandse', 'deens', 'deense', 'duits', 'duitse', 'frans', 'franse', 'engels',
  'engelse', 'pools', 'poolse', 'turks', 'turkse', 'marokkaans', 'marokkaanse', 'somalisch', 'syrisch', 'afghaans',
];

export const NOT_A_PERSON: ReadonlySet<string> = new Set([
  ...COUNTRIES_LANGUAGES_AND_TERMS,
  ...GAME_CHARACTERS,
  ...FAMOUS_PEOPLE,
  ...POLICE_AND_HELP,
  ...PLATFORMS_AND_GAMES,
  ...PLACES,
  ...MORE_PLACES,
]);

/** Months and days of the nine languages that are first names somewhere too: "juni-juli", "mai-august". */
export const CALENDAR_WORDS: ReadonlySet<string> = new Set(
  ('january february march april may june july august september october november december januar februar mars ' +
    'april mai juni juli august september oktober november desember dezember janvier février avril juin juillet ' +
    'août septembre octobre novembre décembre januari februari maart mei augustus juli oktober tammikuu helmikuu ' +
    'maaliskuu huhtikuu toukokuu kesäkuu heinäkuu elokuu syyskuu lokakuu marraskuu joulukuu janúar febrúar ' +
    'apríl maí júní júlí ágúst október nóvember desember monday tuesday wednesday thursday friday saturday sunday ' +
    'mandag tirsdag onsdag torsdag fredag lørdag søndag måndag tisdag lördag söndag maandag dinsdag woensdag ' +
    'donderdag vrijdag zaterdag zondag lundi mardi mercredi jeudi vendredi samedi dimanche montag dienstag ' +
    'mittwoch donnerstag freitag samstag sonntag maanantai tiistai keskiviikko torstai perjantai lauantai sunnuntai ' +
    'mánudagur þriðjudagur miðvikudagur fimmtudagur föstudagur laugardagur sunnudagur jul påske easter christmas ' +
    // Holidays: "les vacances de la Toussaint", "in de Pinksteren", "Pfingsten", "juhannus".
    'toussaint pâques pentecôte ascension carnaval pinse pinsen pingst midsommar pinksteren pasen kerst kerstmis ' +
    'hemelvaart sinterklaas pfingsten ostern weihnachten fasching karneval allerheiligen allerhelgen juhannus joulu ' +
    'pääsiäinen jól páskar hvítasunna halloween').split(' '),
);
