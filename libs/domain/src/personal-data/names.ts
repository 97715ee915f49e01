import { alternation, Candidate, matchesOf, NO_WORDS, sentenceAlternation } from './candidate';
import { isCommonWord } from './contacts';
import { DETERMINERS } from './determiners';
import { NameLexicon, nameLexicon } from './name-lexicon';
import { noteLanguages } from './note-language';
import { AND_WORDS } from './numbers';
import {
  CALENDAR_WORDS,
  CHARACTERS_OF_GAMES,
  FAMOUS_PEOPLE,
  GAME_CHARACTERS,
  NOT_A_PERSON,
  PLATFORMS_AND_GAMES,
  TOWN_SET,
} from './not-a-person';

/**
 * PERSON_NAME: a person's name, found two ways.
 * - After a cue people use to give a name ("heter", "heitir", "heet", "s'appelle", "heißt", "nimeni on",
 *   "kertoi olevansa", "calls himself"): the capitalised word or words that follow.
 * - As a first name followed by a surname, the first name from the lexicon and the surname from it or by its
 *   shape (-sen, -sson, -dóttir, -nen, -ainen; "de Vries", "van der Berg").
 * A first name on its own is not a finding: "Steve", "Alex", "Mario" are game characters as often as boys.
 */

/** Capitalised word: "Kari", "Jean-Pierre", "O'Neill", "Þórður". */
const CAP = String.raw`\p{Lu}[\p{Ll}\p{M}]+(?:['’-]\p{Lu}?[\p{Ll}\p{M}]+)?`;
/** Particles inside a surname. */
const PARTICLES = [
  'van',
  'van de',
  'van der',
  'van den',
  'de',
  'der',
  'den',
  'de la',
  'du',
  'des',
  'le',
  'la',
  'von',
  'von der',
  'zu',
  'af',
  'av',
  'ten',
  'ter',
  "van 't",
  'di',
  'da',
  'del',
  'dos',
  'mac',
  'mc',
  'st.',
];
const PARTICLE = `(?:${alternation(PARTICLES)})`;
const WHOLE_PARTICLE = new RegExp(`^${PARTICLE}$`, 'iu');
/** Between a first name and a surname "der" and "den" stand only after "van"/"von": alone they are German articles ("Ernst der Lage"). */
const PARTICLE_GAP = new RegExp(String.raw`^\s+(?!(?:der|den)\s)${PARTICLE}\s+$`, 'iu');

/** Cues after which any capitalised word is taken for a name. */
const STRONG_CUES = [
  // nb, nn
  'heter',
  'han het',
  'hun het',
  'ho het',
  'hen het',
  'som het',
  'jenta het',
  'jenten het',
  'gutten het',
  'guten het',
  'venninna het',
  'venninnen het',
  'kompisen het',
  'vennen het',
  'broren het',
  'søstera het',
  'søsteren het',
  'heiter',
  'heitte',
  'kaller seg',
  'kalte seg',
  'kallar seg',
  'kalla seg',
  'navnet hans er',
  'navnet hennes er',
  'navnet hans var',
  'navnet hennes var',
  'namnet hans er',
  'namnet hennar er',
  'navnet er',
  'namnet er',
  'ved navn',
  'ved namn',
  'presenterte seg som',
  'presenterte seg sjølv som',
  'sa at han het',
  'sa at hun het',
  'sa han het',
  'sa hun het',
  'fornavnet er',
  'fornavnet hans er',
  'fornavnet hennes er',
  'etternavnet er',
  'etternavnet hans er',
  'etternavnet hennes er',
  'førenamnet hans er',
  'etternamnet er',
  'kalles',
  'kalles for',
  'blir kalt',
  'blir kalla',
  'vert kalla',
  'går under navnet',
  'går under namnet',
  // is
  'heitir',
  'hét',
  'heiti',
  'kallar sig',
  'kallaði sig',
  'nafnið hans er',
  'nafnið hennar er',
  'nafn hans er',
  'nafn hennar er',
  'kynnti sig sem',
  'sagðist heita',
  'sagði að hann héti',
  'sagði að hún héti',
  'sem heitir',
  'sem hét',
  'að nafni',
  'skírður',
  'skírð',
  // nl
  'heet',
  'heette',
  'noemt zich',
  'noemde zich',
  'noemt zichzelf',
  'zijn naam is',
  'haar naam is',
  'zijn naam was',
  'haar naam was',
  'stelde zich voor als',
  'zei dat hij heette',
  'zei dat ze heette',
  'zijn voornaam is',
  'haar voornaam is',
  'zijn achternaam is',
  'haar achternaam is',
  'met de naam',
  'genaamd',
  // fr
  "s'appelle",
  "s'appelait",
  "m'appelle",
  'se nomme',
  'se nommait',
  'se prénomme',
  'son prénom est',
  'son nom est',
  "son prénom c'est",
  "son nom c'est",
  'se présente comme',
  "s'est présenté comme",
  "s'est présentée comme",
  'dit se nommer',
  "dit s'appeler",
  'prénommé',
  'prénommée',
  'dénommé',
  'dénommée',
  // de
  'heißt',
  'heisst',
  'hieß',
  'hiess',
  'nennt sich',
  'nannte sich',
  'sein name ist',
  'ihr name ist',
  'sein name war',
  'ihr name war',
  'namens',
  'stellte sich vor als',
  'stellte sich als',
  'sein vorname ist',
  'ihr vorname ist',
  'sein nachname ist',
  'ihr nachname ist',
  'mit namen',
  // fi
  'nimeni on',
  'nimensä on',
  'nimi on',
  'hänen nimensä on',
  'hänen nimensä oli',
  'nimensä oli',
  'kertoi olevansa',
  'sanoi olevansa',
  'kertoi nimekseen',
  'sanoi nimekseen',
  'kertoi nimensä olevan',
  'sanoi nimensä olevan',
  'esittäytyi',
  'esittäytyi nimellä',
  'nimeltään',
  'nimeltä',
  'etunimi on',
  'etunimensä on',
  'sukunimi on',
  'sukunimensä on',
  'kutsuu itseään',
  'nimi oli',
  'nimeni oli',
  'etunimi oli',
  'nimekseen',
  'kutsutaan',
  'kutsuttiin',
  // sv
  'hette',
  'kallar sig',
  'kallade sig',
  'hans namn är',
  'hennes namn är',
  'hans namn var',
  'hennes namn var',
  'vid namn',
  'presenterade sig som',
  'kallas',
  'kallas för',
  'kallades',
  'kallades för',
  'går under namnet',
  'sa att han heter',
  'sa att hon heter',
  'förnamnet är',
  'efternamnet är',
  // A real or full name after a nickname: "real name tom wright", "ekte navn", "echte naam", "vrai nom".
  'real name',
  'real name is',
  'full name',
  'ekte navn',
  'egentlig navn',
  'fullt navn',
  'verkleg namn',
  'echte naam',
  'volledige naam',
  'vrai nom',
  'nom complet',
  'richtiger name',
  'echter name',
  'voller name',
  'oikea nimi',
  'oikea nimensä',
  'koko nimi',
  'rétt nafn',
  'fullt nafn',
  'riktiga namn',
  'riktiga namnet',
  'fullständigt namn',
  // en
  'his name is',
  'her name is',
  'their name is',
  'his name was',
  'her name was',
  'their name was',
  "name's",
  'calls himself',
  'calls herself',
  'calls themselves',
  'called himself',
  'called herself',
  'calling himself',
  'calling herself',
  'calling themselves',
  'going by',
  'goes by',
  'went by',
  'introduced himself as',
  'introduced herself as',
  'said his name was',
  'said her name was',
  'said his name is',
  'said her name is',
  'his first name is',
  'her first name is',
  'his surname is',
  'her surname is',
  'his last name is',
  'her last name is',
  'is called',
  'was called',
  'is named',
  'was named',
  'sous le nom de',
  'sous le nom',
  'under the name',
  'under the name of',
  'unter dem namen',
  'onder de naam',
  'under namnet',
  'under navnet',
  'under namnet',
  'nimellä',
  'undir nafninu',
  'se présentait sous le nom de',
  'surname',
  'last name',
  'family name',
  'etternavn',
  'etternamn',
  'efternamn',
  'efternamnet',
  'achternaam',
  'nom de famille',
  'nachname',
  'familienname',
  'sukunimi',
  'sukunimeltään',
  'eftirnafn',
  'eftirnafnið',
  'prénom donné',
  'first name given',
  'fornavn oppgitt',
  'förnamn',
  'voornaam',
  'vorname',
  'etunimi',
  'eiginnafn',
  'full name given',
  'name given',
  'gave his name as',
  'gave her name as',
  'gave his full name as',
  'gave her full name as',
  'héti',
  'sagði að hann héti',
  'sagði að hún héti',
  'heite',
  'e heite',
  'eg heite',
  'my name is',
  "my name's",
  'mitt navn er',
  'mitt namn er',
  'mitt namn är',
  'mijn naam is',
  'mon nom est',
  'mein name ist',
  'nafnið mitt er',
  'ik heet',
  'ich heiße',
  'ich heisse',
  'jeg heter',
  'eg heiter',
  'jag heter',
  'minun nimi on',
  // What others call one: "Alle nennen mich Krümel", "they call me Tuppen", "de kaller meg Kaka".
  'nennen mich',
  'nennt mich',
  'nannten mich',
  'kaller meg',
  'kallar meg',
  'kalla meg',
  'kallar mig',
  'kalla mig',
  'call me',
  'calls me',
  'they call me',
  'noemen me',
  'noemen mij',
  "m'appellent",
  'kutsuvat minua',
  'kutsu minua',
  'kallaðu mig',
  'kalla mig',
];

/** Cues that also introduce things ("a game called Fortnite"): the word after must be a known first name. */
const WEAK_CUES = [
  'named',
  'called',
  'kalt',
  'kaldt',
  'kalla',
  'appelé',
  'appelée',
  'nommé',
  'nommée',
  'genannt',
  'som',
  'sem',
  'prénom',
  'fornavn',
  'fornavnet',
  'førenamn',
  'fornamn',
  'förnamn',
  'förnamnet',
  'vorname',
  'voornaam',
  'etunimi',
  'etunimeltään',
  'first name',
  'firstname',
  'eiginnafn',
  'skírnarnafn',
  'alias',
  'aka',
  'a.k.a.',
  'name',
  'navn',
  'namn',
  'naam',
  'nom',
  'nimi',
  'nafn',
  'se fait appeler',
  'lässt sich',
  'laat zich',
  'heet eigenlijk',
  'nimeltä',
];
/** Weak cues after which a word in small letters is not taken for a name ("som liv", "sem sól"): they are relatives. */
const WEAK_CUES_CAPITAL_ONLY = new Set([
  'som',
  'sem',
  'alias',
  'aka',
  'a.k.a.',
  'name',
  'navn',
  'namn',
  'naam',
  'nom',
  'nimi',
  'nafn',
]);

/** Words that may stand between a cue and the name ("heiter visst Sindre", "heißt wohl Jonas", "is apparently Tom"). */
const HEDGES = [
  'visst',
  'visstnok',
  'vistnok',
  'faktisk',
  'egentlig',
  'eigentleg',
  'kanskje',
  'wohl',
  'eigentlich',
  'angeblich',
  'vermutlich',
  'echt',
  'eigenlijk',
  'blijkbaar',
  'zogenaamd',
  'vraiment',
  'apparemment',
  'soi-disant',
  'paraît-il',
  'kuulemma',
  'muka',
  'oikeasti',
  'ilmeisesti',
  'víst',
  'reyndar',
  'tydligen',
  'egentligen',
  'visst',
  'apparently',
  'supposedly',
  'actually',
  'really',
  'allegedly',
  'just',
  'bare',
  'bara',
  'gewoon',
  'juste',
  'nur',
  'vain',
  'bara',
  'også',
  'ook',
  'auch',
  'aussi',
  'myös',
  'líka',
  'också',
  'also',
  // Where the name is used: "nennt sich im Chat Maxi", "kaller seg i spillet Trollet", "noemt zich online Bram".
  'im Chat',
  'im Spiel',
  'im chat',
  'im spiel',
  'online',
  'in game',
  'in-game',
  'ingame',
  'on there',
  'i chatten',
  'i spillet',
  'i spelet',
  'på discord',
  'in de chat',
  'in het spel',
  'dans le jeu',
  'en ligne',
  'pelissä',
  'chatissa',
  'í leiknum',
  'á netinu',
];

/** The cue alone, whatever the case ("Sein Vorname ist", "HEITIR"); the name after it is matched case-sensitively. */
const CUE = new RegExp(
  String.raw`(?<![\p{L}\p{N}_])(?:(?<strong>${alternation(STRONG_CUES)})|(?<weak>${alternation(WEAK_CUES)}))(?![\p{L}\p{N}_])`,
  'giu',
);
const NAME_AFTER_CUE = new RegExp(
  String.raw`(?:\s+(?:${alternation(HEDGES)}))?\s*[:,]?\s*["«“„'”]?(?<name>${CAP}(?:\s+(?:${PARTICLE}\s+)?${CAP}){0,2}|\p{Ll}[\p{Ll}\p{M}]+(?:-\p{Ll}[\p{Ll}\p{M}]+)?)`,
  'uy',
);

/** Someone by their age: "a 12yo, Harper,", "en 13-åring, Nora,", "12-jarige Sem", "13-vuotias Aino". */
const AGE_NOUN = String.raw`\d{1,2}\s?-?\s?(?:yo|y\/o|year-old|year old|years old|åring|åringen|åringa|åringar|åringer|vuotias|vuotiaan|jarige|jährige|jähriger|jährigen|ára|ans)(?![\p{L}])`;

/** A relative or friend named in apposition: "Mor til gutten, Tone Kristiansen", "Her brother, Noah Jensen". */
const RELATIVES = [
  // A coach is as close as kin: "treneren vår Arnfinn", "coach Dave", "valmentaja Jarkko".
  'coach',
  'trener',
  'trenar',
  'treneren',
  'trenaren',
  'tränare',
  'tränaren',
  'trainer',
  'trainster',
  'valmentaja',
  'valmentajansa',
  'þjálfari',
  'þjálfarinn',
  'þjálfaranum',
  'þjálfaranum sínum',
  'þjálfara',
  'entraîneur',
  'entraîneuse',
  // A neighbour: "Naboen deres, Ole-Petter", "la voisine Nadia".
  'nabo',
  'naboen',
  'granne',
  'grannen',
  'buurman',
  'buurvrouw',
  'voisin',
  'voisine',
  'nachbar',
  'nachbarin',
  'naapuri',
  'nágranni',
  'neighbour',
  'neighbor',
  'stepdad',
  'stepmum',
  'stepmom',
  'stepbrother',
  'stepsister',
  // A parent or guardian: "Ouder: Els Vermeulen", "Foresatt: Kari Holm".
  'ouder',
  'parent',
  'forelder',
  'förälder',
  'vanhempi',
  'foreldri',
  'elternteil',
  'guardian',
  'verge',
  'voogd',
  'tuteur',
  'tutrice',
  'huoltaja',
  'vårdnadshavare',
  'foresatt',
  'føresett',
  // Step- and half-family: "Der Stiefvater Ralf", "bonuspappa Micke", "beau-père Karim".
  'stiefvater',
  'stiefmutter',
  'stiefbruder',
  'stiefschwester',
  'halbbruder',
  'halbschwester',
  'stefaren',
  'stemora',
  'stemoren',
  'halvbror',
  'halvbroren',
  'halvsøster',
  'halvsøstera',
  'halvsyster',
  'styvpappa',
  'styvmamma',
  'styvfar',
  'styvmor',
  'bonuspappa',
  'bonusmamma',
  'bonusbror',
  'bonussyster',
  'stiefvader',
  'stiefmoeder',
  'halfbroer',
  'halfzus',
  'beau-père',
  'belle-mère',
  'demi-frère',
  'demi-sœur',
  'isäpuoli',
  'äitipuoli',
  'velipuoli',
  'sisarpuoli',
  'stjúpfaðir',
  'stjúpmóðir',
  'stjúppabbi',
  'stjúpmamma',
  'hálfbróðir',
  'hálfsystir',
  'veninna',
  'veninnen',
  'venninne',
  'lillesøsteren',
  'lillesøstera',
  'lillebroren',
  'storesøsteren',
  'storesøstera',
  'storebroren',
  'veslebroren',
  'veslesyster',
  'veslesystera',
  'kusinen',
  'kusina',
  'fetteren',
  'lillasyster',
  'lillebror',
  'kusin',
  'kusinen',
  'cousine',
  'cousin',
  'neef',
  'nichtje',
  'zusje',
  'broertje',
  'kaverinsa',
  'kaverini',
  'kaveriaan',
  'ystävänsä',
  'ystäväni',
  'veljensä',
  'veljeni',
  'siskonsa',
  'siskoni',
  'äitinsä',
  'isänsä',
  'serkkunsa',
  'pikkuveljensä',
  'isoveljensä',
  'pikkusiskonsa',
  'isosiskonsa',
  'luokkakaverinsa',
  'siskoaan',
  'veljeään',
  'pikkusiskoaan',
  'pikkuveljeään',
  'mama',
  'papa',
  'maman',
  'mami',
  'papi',
  'faðirinn',
  'móðirin',
  'pabbinn',
  'mamman',
  'bróðirinn',
  'systirin',
  'vinurinn',
  'vinkonan',
  'frændinn',
  'frænkan',
  'mor',
  'moren',
  'mora',
  'mamma',
  'mammaen',
  'far',
  'faren',
  'pappa',
  'pappaen',
  'bror',
  'broren',
  'broa',
  'søster',
  'søsteren',
  'søstera',
  'syster',
  'systera',
  'systern',
  'kompis',
  'kompisen',
  'venn',
  'vennen',
  'venninne',
  'venninna',
  'venninnen',
  'ven',
  'venen',
  'veninne',
  'kjæreste',
  'kjæresten',
  'stefar',
  'stemor',
  'onkel',
  'tante',
  'bestemor',
  'bestefar',
  'kusine',
  'fetter',
  'móðir',
  'mamma',
  'faðir',
  'pabbi',
  'bróðir',
  'systir',
  'vinur',
  'vinkona',
  'kærasti',
  'kærasta',
  'frændi',
  'frænka',
  'moeder',
  'vader',
  'broer',
  'broertje',
  'zus',
  'zusje',
  'zuster',
  'vriend',
  'vriendin',
  'vriendje',
  'neef',
  'nicht',
  'oom',
  'tante',
  'mère',
  'père',
  'frère',
  'sœur',
  'soeur',
  'ami',
  'amie',
  'copain',
  'copine',
  'cousin',
  'cousine',
  'oncle',
  'mutter',
  'vater',
  'bruder',
  'schwester',
  'freund',
  'freundin',
  'cousin',
  'onkel',
  'äiti',
  'isä',
  'veli',
  'pikkuveli',
  'isoveli',
  'sisko',
  'isosisko',
  'pikkusisko',
  'kaveri',
  'ystävä',
  'serkku',
  'setä',
  'täti',
  'poikaystävä',
  'tyttöystävä',
  'mor',
  'far',
  'bror',
  'syster',
  'lillebror',
  'storebror',
  'lillasyster',
  'storasyster',
  'kompis',
  'vän',
  'väninna',
  'pojkvän',
  'flickvän',
  'kusin',
  'mother',
  'father',
  'mum',
  'mom',
  'dad',
  'brother',
  'sister',
  'friend',
  'boyfriend',
  'girlfriend',
  'boy',
  'girl',
  'kid',
  'teen',
  'teenager',
  'youngster',
  'player',
  'victim',
  'gutten',
  'guten',
  'jenta',
  'ungdommen',
  'eleven',
  'spilleren',
  'spelaren',
  'offeret',
  'drengurinn',
  'strákurinn',
  'stelpan',
  'stúlkan',
  'jongen',
  'meisje',
  'speler',
  'slachtoffer',
  'garçon',
  'fille',
  'jeune',
  'joueur',
  'victime',
  'junge',
  'mädchen',
  'jugendliche',
  'spieler',
  'opfer',
  'poika',
  'tyttö',
  'nuori',
  'pelaaja',
  'uhri',
  'pojken',
  'flickan',
  'ungdomen',
  'offret',
  'cousin',
  'uncle',
  'aunt',
  'stepfather',
  'stepmother',
  'classmate',
  'klassekamerat',
  'klassevenninne',
  'klasgenoot',
  'camarade',
  'klassenkamerad',
  'luokkakaveri',
  'klasskamrat',
  'bekkjarfélagi',
  'kamerat',
  'kameraten',
  'kameratane',
  'kameratene',
  'vennene',
  'vennane',
  'venninnene',
  'kompisene',
  'kompisane',
  'vrienden',
  'vriendinnen',
  'amis',
  'copains',
  'copines',
  'freunde',
  'freundinnen',
  'friends',
  'mates',
  'vänner',
  'kompisar',
  'kaverit',
  'vinir',
  'vinkonur',
  'mate',
  'buddy',
  'bestie',
  'bff',
  'pal',
  'bestevenn',
  'bestevenninne',
  'bästis',
  'beste vriend',
  'beste vriendin',
  'meilleur ami',
  'meilleure amie',
  'bester freund',
  'beste freundin',
  'paras kaveri',
  'besti vinur',
  'kumpel',
  'kumpels',
  'kumpeline',
  'bro',
  'cuz',
  'pote',
  'potes',
  'maatje',
  'kaveri',
  'frændi',
  'frænka',
  'bestevenninna',
  'vinkonu',
  'vini',
  'vin',
  'vinar',
  'systur',
  'bróður',
  'frænku',
  'frænda',
  'mömmu',
  'pabba',
  'bekkjarfélaga',
  'bestevenninne',
  'bestekompis',
  'bestekompisen',
];
const RELATIVE_NAMED = new RegExp(
  String.raw`(?<![\p{L}])(?:${sentenceAlternation(RELATIVES)}|${AGE_NOUN})(?:\s+(?:hans|hennes|hennar|hennar|deira|deres|til\s+\p{L}+|hans|zijn|haar|van\s+\p{L}+|sa|son|de\s+\p{L}+|du\s+\p{L}+|seine?|ihre?|des\s+\p{L}+|der\s+\p{L}+|hänen|pojan|tytön|nuoren|his|her|their|of\s+the\s+\p{L}+|hans|hennes|sin|sinn|sín|sinni|sínum|sína|hennar)){0,2}\s*,\s*(?<name>${CAP}(?:\s+(?:${PARTICLE}\s+)?${CAP}){0,2})(?<after>\s*[,)(.;:–-]|\s+\(|$)?`,
  'gu',
);

/** Words for a young person rather than for kin or a friend: after them only a known first name is taken for one. */
const GENERIC_PERSON_NOUNS: ReadonlySet<string> = new Set(
  (
    'boy girl kid teen teenager youngster gutten guten jenta ungdommen ungdomen spilleren spelaren offeret drengurinn ' +
    'strákurinn stelpan stúlkan jongen meisje speler slachtoffer garçon fille jeune joueur victime junge mädchen ' +
    'jugendliche spieler opfer poika tyttö nuori pelaaja uhri pojken flickan offret eleven player victim'
  ).split(' '),
);

/**
 * Words of the relatives' list that are a role or an ordinary word too ("eleven", "joueur", "victim"): no name is taken
 * after them. In small letters not after the words for a young person either ("girl tilde" is a girl and a word).
 */
const ROLE_WORDS: ReadonlySet<string> = new Set(
  'eleven jeune kid player speler joueur spieler pelaaja victim victime opfer uhri nuori'.split(' '),
);
const YOUNG_PERSON_WORDS: ReadonlySet<string> = new Set('boy girl teen teenager youngster'.split(' '));

/** "treneren vår Arnfinn", "mijn zusje Lotte", "notre coach Marc": a young person's own words about theirs. */
const FIRST_PERSON_POSSESSIVE =
  'vår|våre|vårt|min|mi|mitt|mine|our|my|onze|ons|mijn|notre|mon|ma|unser|unsere|unserem|unseren|mein|meine|meinem|meinen|meidän|minun|okkar|minn|mín|mína|mínum';

const RELATIVE_THEN_NAME = new RegExp(
  String.raw`(?<![\p{L}])(?:${sentenceAlternation(RELATIVES.filter((r) => !ROLE_WORDS.has(r)))})(?:\s+(?:hans|hennes|hennar|sin|sitt|his|her|zijn|haar|son|sa|sein|seine|seinem|seinen|seiner|ihr|ihre|ihrem|ihren|ihrer|hänen|${FIRST_PERSON_POSSESSIVE}))?:?[^\S\n]+["«“„'‘]?(?<name>\p{Lu}[\p{Ll}\p{M}]+(?:-\p{Lu}[\p{Ll}\p{M}]+)?)(?![\p{L}\p{N}_@-])`,
  'gu',
);

/**
 * Someone "certain" and what they are called, in quotes: "un certain 'dylan'", "ein gewisser 'tommi'", "einhver
 * 'siggi'", "joku 'jere'", "nån 'robban'", "a certain 'Dave'". The quotes and the word say it is a name.
 */
const A_CERTAIN_QUOTED = new RegExp(
  String.raw`(?<![\p{L}])(?:un certain|une certaine|un dénommé|une dénommée|un type|un mec|un gars|ein gewisser|eine gewisse|einer namens|einhver|einhverjum|einhvers|joku|jonkun|jollekin|nån|någon|en viss|ett visst|noen|nokon|ein viss|en fyr|en kar|iemand|een zekere|een gast|ene|a certain|some guy|some man|someone|somebody|a guy|a man)\s+["«“„'‘](?<name>\p{L}[\p{L}\p{M}'’-]{1,24})["»”“'’](?![\p{L}])`,
  'giu',
);

/** Two to four capitalised words run together with nothing between: "VikingBjørn", "AlvaOchNoel". */
const CAMEL_CASE_WORD =
  /(?<![\p{L}\p{N}_@#./-])\p{Lu}\p{Ll}+(?:\p{Lu}\p{Ll}+){1,3}(?![\p{L}\p{N}_@]|[.-]\p{L})/gu;

const NAME_OPENING_BRACKET = /\(\s?(?<name>\p{Lu}[\p{Ll}\p{M}]+(?:-\p{Lu}[\p{Ll}\p{M}]+)?)\s?,\s/gu;
const COACH_COMPOUND_THEN_NAME =
  /(?<![\p{L}])\p{L}{3,}(?:tränaren|tränare|treneren|trenaren|trener|trenar|valmentaja|valmentajalta|trainer|coach|þjálfarinn|þjálfari)\s+(?<name>\p{Lu}[\p{Ll}\p{M}]+)(?![\p{L}\p{N}_@-])/gu;

/** What someone calls himself, the verb after the name: "die zich 'Jayden' noemt", "der sich „xShadowKing“ nennt". */
const SELF_NAMED_BEFORE_VERB =
  /(?<![\p{L}])(?:zich|sich)\s+["«“„'‘”]?(?<name>[\p{L}\p{N}_.-]{2,30})["»”“'’]?\s+(?:noemt|noemde|nennt|nannte|heet|heette)(?![\p{L}])/gu;

/** Kin and what they are called: "äiti on Hodan Warsame", "her mum is Anna", "moren er Kari Holm", "la mère est Nadia". */
const RELATIVE_IS_NAME = new RegExp(
  String.raw`(?<![\p{L}])(?:${sentenceAlternation(RELATIVES.filter((r) => !ROLE_WORDS.has(r) && !YOUNG_PERSON_WORDS.has(r)))})(?:\s+(?:hans|hennes|hennar|his|her|zijn|haar|sein|seine|ihr|ihre|hänen|${FIRST_PERSON_POSSESSIVE}))?\s+(?:is|was|er|var|on|oli|är|ist|war|est|était|heitir|hét)\s+(?<name>\p{Lu}[\p{Ll}\p{M}'’-]+(?:\s\p{Lu}[\p{Ll}\p{M}'’-]+){0,2})(?![\p{L}\p{N}_@])`,
  'gu',
);

/** The same in small letters, as notes typed in a hurry are: "haar zus noor", "ihr bruder jonas", "systir hennar sara". */
const RELATIVE_THEN_SMALL_NAME = new RegExp(
  String.raw`(?<![\p{L}])(?:${sentenceAlternation(RELATIVES.filter((r) => !ROLE_WORDS.has(r) && !YOUNG_PERSON_WORDS.has(r)))})(?:\s+(?:hans|hennes|hennar|sin|sitt|sín|sinni|sínum|sinn|sína|his|her|zijn|haar|son|sa|sein|seine|ihr|ihre|hänen))?\s+(?<name>\p{Ll}{3,14})(?![\p{L}\p{N}_@.-]|\.\p{L})`,
  'giu',
);

/**
 * A surname after a title, as case handling writes of parents: "Mrs Okafor", "M. Renard", "Herr Vik", "mevrouw De
 * Graaf", "rouva Heikkilä". "eine Frau Mitte 40", "een meneer van de GGD" and "un monsieur" are a woman, a man.
 */
/** A teacher or a coach by the surname children call them by: "Lærer Haugland", "mentor De Graaf", "coach Jansen". */
const TEACHER_WORDS = [
  'lærer',
  'læraren',
  'lärare',
  'läraren',
  'opettaja',
  'kennari',
  'leraar',
  'lerares',
  'juf',
  'juffrouw',
  'meester',
  'mentor',
  'mentorin',
  'lehrer',
  'lehrerin',
  'teacher',
  'coach',
  'trener',
  'trenar',
  'tränare',
  'valmentaja',
];
const TEACHER_TITLES: ReadonlySet<string> = new Set(TEACHER_WORDS);
const TITLES = [
  'mr',
  'mr.',
  'mrs',
  'mrs.',
  'ms',
  'ms.',
  'miss',
  'mx',
  'herr',
  'herrn',
  'frau',
  'fru',
  'frk.',
  'fröken',
  'mevrouw',
  'mevr.',
  'mw.',
  'meneer',
  'dhr.',
  'de heer',
  'mme',
  'mme.',
  'mlle',
  'mlle.',
  'm.',
  'monsieur',
  'madame',
  'mademoiselle',
  'rouva',
  'herra',
  'neiti',
  ...TEACHER_WORDS,
];
const TITLE_THEN_SURNAME = new RegExp(
  String.raw`(?<![\p{L}])(?<article>(?:${sentenceAlternation(['eine', 'einer', 'einen', 'ein', 'die', 'der', 'den', 'dem', 'een', 'de', 'het', 'un', 'une', 'le', 'la', 'the', 'a', 'an', 'en', 'ei', 'ett', 'jokin', 'yksi', 'ältere', 'junge', 'nette', 'oudere'])})\s)?(?:${sentenceAlternation(TITLES)})\s(?<name>(?:(?:de|van|van der|van den|von|le|la|du|af)\s)?\p{Lu}[\p{Ll}\p{M}'’-]{1,30}(?:[\s-]\p{Lu}[\p{Ll}\p{M}'’-]{1,30})?)`,
  'gu',
);
/** Initials, as referrals write a young person: "A.K.H.", "J.-P. M.", "S. de Wit". */
const INITIALS = String.raw`\p{Lu}\.(?:\s?-?\s?\p{Lu}\.){1,3}|\p{Lu}\.(?:-\p{Lu}\.)?\s(?:(?:de|van|van der|van den|le|la|von)\s)?\p{Lu}[\p{Ll}\p{M}]+`;
/** Initials with a date of birth after them, or after a word for initials: "(A.K.H., f. 08.06.2012)", "initials D.M.". */
const INITIALS_OF_SOMEONE = [
  new RegExp(
    // Without the i flag: \p{Lu} must stay a capital ("e.g. z.B." are no initials).
    String.raw`(?<![\p{L}.])(?<name>${INITIALS})(?=,?\s*\(?(?:f\.|født|fødd|geb\.|geboren|né|née|s\.|syntynyt|fædd|fæddur|född|DOB|[Dd]ob|D\.O\.B\.|b\.|[Bb]orn|[Dd]ate of birth|\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{1,2}\s?(?:år|ans|jaar|jahre|ára|v|vuotta|years?)(?![\p{L}])))`,
    'gu',
  ),
  new RegExp(
    String.raw`(?<![\p{L}])(?:${sentenceAlternation(['initials', 'initial', 'initialer', 'initialene', 'initialane', 'initialen', 'initiales', 'nimikirjaimet', 'upphafsstafir', 'upphafsstafina', 'forbokstavar', 'forbokstaver', 'forbokstavene'])})\s*:?\s*(?<name>${INITIALS})`,
    'gu',
  ),
];
/** A list written surname first in capitals, as forms and lists do: "LARSEN, Emil", "MACLEOD, Ailsa (14)". */
const SURNAME_FIRST =
  /(?<![\p{L}])(?<surname>\p{Lu}{3,}(?:[- ]\p{Lu}{2,})?),\s(?<first>\p{Lu}[\p{Ll}\p{M}]+)(?<age>\s\(\d{1,2}\))?(?![\p{L}])/gu;
/** Institutions named after a person: "Wilhelmina Kinderziekenhuis", "Sankt Olavs hospital". */
const INSTITUTION_ENDING =
  /(?:ziekenhuis|sykehus|sjukehus|sjukhus|sairaala|spítali|spítala|krankenhaus|klinik|kliniek|hôpital|hospital|school|skole|skule|skola|schule|koulu|kerk|kirke|kyrkje|kyrka|kirche|stadion|huset|hallen|senter|center|centrum|zentrum|instituut|institut|stiftelse|stichting|fondation|stiftung|säätiö)$/iu;

/** Words that say a quoted word is someone's nickname: '"Tassen" (kallenavn)', 'goes by "Bugsy"', 'surnom : « Cacahuète »'. */
const NICKNAME_WORDS = [
  'kallenavn',
  'kallenavnet',
  'kallenamn',
  'kallenamnet',
  'økenavn',
  'oppnavn',
  'bijnaam',
  'roepnaam',
  'surnom',
  'sobriquet',
  'spitzname',
  'spitznamen',
  'rufname',
  'lempinimi',
  'lempinimeltään',
  'kutsumanimi',
  'smeknamn',
  'smeknamnet',
  'gælunafn',
  'gælunafnið',
  'uppnefni',
  'nickname',
  'nick name',
  'nicknamed',
  'goes by',
  'went by',
  'surnommé',
  'surnommée',
  'alias',
  'aka',
  'a.k.a.',
  'bijgenaamd',
  'kallad',
  'kallat',
  'kallaður',
  'kölluð',
  'kutsuttu',
  'known as',
  'kjent som',
  'kjend som',
  'känd som',
  'bekend als',
  'bekannt als',
  'nur als',
  'connu comme',
  'connu sous le nom de',
  'tunnetaan nimellä',
  'þekktur sem',
  'þekkt sem',
];
/** What says a nickname's bearer has a real name: "„Bubi“ heißt eigentlich Ben", "”Myran” egentligen", "”Pikkis” on oikeasti". */
const REALLY = [
  'eigentlich',
  'egentlig',
  'egentligen',
  'eigentleg',
  'actually',
  'really',
  'eigenlijk',
  'in het echt',
  'en vrai',
  'en réalité',
  'oikeasti',
  'í alvöru',
  'raunverulega',
  'i virkeligheten',
  'i verkligheten',
  'in real life',
  'irl',
  'echte naam',
  'vrai nom',
  'real name',
  'oikea nimi',
  'rätt namn',
  'ekte navn',
  'riktig namn',
  'richtiger name',
];
/** A quoted word; Swedish and Finnish open a quotation with ” as well as close it. */
const QUOTED_WORD = String.raw`["«“„'‘”]\s?(?<name>[^"«»“”„'‘’\n]{2,30}?)\s?["»”“'’]`;
/** Verbs of calling someone something: "kalla den minste for «Tassen»", "appelaient le plus jeune « Pistache »". */
const CALLING_VERBS = [
  'kalla',
  'kalte',
  'kaller',
  'kallar',
  'kallade',
  'kallas',
  'call',
  'called',
  'calls',
  'calling',
  'noemden',
  'noemen',
  'noemt',
  'noemde',
  'appelaient',
  'appellent',
  'appelle',
  'surnomment',
  'surnommaient',
  'nannten',
  'nennen',
  'nennt',
  'nannte',
  'kölluðu',
  'kalla',
  'kallaði',
  'kutsuivat',
  'kutsuvat',
  'kutsui',
  'kutsuu',
];
/** What young people call one another in a game, capitalised in German as every noun is: "„Opfer“", "„Noob“". */
const INSULTS = new Set(
  (
    'opfer noob noobs loser looser idiot idioot idiotti hälvetti spast mongo lauch kek boomer bot noobie taper tapar ' +
    'nolife kind baby clown kiddo nerd streber petze lusche versager sukker bitch homo tönt tönta fitta jävel hora ' +
    'kanker mongool sukkel sukkeltje débile nul nulle bouffon boloss tocard cassos aumônier vauva luuseri ääliö ' +
    'aumingi fífl hálfviti lúði feit tjukk tjukkas stygg dum teit rar freak fettsvin fatso dik dikzak gros grosse moche ' +
    'fett hässlich lihava ruma feitur ljótur'
  ).split(' '),
);
/** A nickname without quotes after a verb of calling and a pronoun: "kaller ham Jonte", "noemen hem Daantje", "calls him Mikey". */
const CALLED_BY_NICKNAME = new RegExp(
  String.raw`(?<![\p{L}])(?:${alternation(CALLING_VERBS)})\s+(?:ham|han|henne|ho|hon|hem|haar|ihn|sie|hann|hana|hana|him|her|them|le|la|l'|l’|häntä|hänet|honom|henne)\s+(?<name>\p{Lu}[\p{Ll}\p{M}]+)(?![\p{L}\p{N}_@-])`,
  'gu',
);
/**
 * What everyone calls a child: "som alle på serveren kaller Kråka", "que tout le monde appelle Titou", "den alle
 * Flocke nennen", "jota kaikki kutsuvat Ketuksi", "sem allir kalla Kidda", "a boy everyone calls Bungee".
 */
const EVERYONE_CALLS = new RegExp(
  String.raw`(?<![\p{L}])(?:alle|alla|allir|all|everyone|everybody|tout le monde|iedereen|kaikki|alle anderen|de andre|hinir|venene|vennene|venane|vennane|kompisene|kameratane|vännerna|kompisarna|kaverit|ystävät|vrienden|zijn vrienden|haar vrienden|ses amis|ses copains|les autres|seine freunde|ihre freunde|die anderen|vinir hans|vinir hennar|vinirnir|his friends|her friends|friends|mates|the others)(?:\s+[\p{L}\p{M}.'’-]+){0,4}?\s+(?:(?:kaller|kallar|kalla|kalte|kallade|calls|call|called|appelle|appellent|surnomme|noemt|noemen|noemde|kutsuvat|kutsuu|kutsui)\s+["«“„']?(?<after>\p{Lu}[\p{Ll}\p{M}]+)|["«“„']?(?<before>\p{Lu}[\p{Ll}\p{M}]+)["»”“']?\s+(?:nennen|nennt|nannten|rufen|noemen))(?![\p{L}\p{N}_@-])`,
  'gu',
);

const QUOTED_NICKNAMES = [
  new RegExp(
    // Not past "and", where a new clause starts ("„Bot“ nannten und nach jeder Runde „GG EZ“ schrieben").
    String.raw`(?<![\p{L}])(?:${alternation(CALLING_VERBS)})\s+(?:(?!(?:${AND_WORDS})\s)[\p{L}'’-]+\s+){0,4}?(?:for\s+|för\s+|as\s+|als\s+|comme\s+)?${QUOTED_WORD}`,
    'giu',
  ),
  new RegExp(
    String.raw`(?<![\p{L}])(?:${alternation(NICKNAME_WORDS)})\s*[:=]?\s*(?:(?:is|er|är|on|est|ist|was|var|oli)\s+)?${QUOTED_WORD}`,
    'giu',
  ),
  new RegExp(
    String.raw`${QUOTED_WORD}\s*[(,–—-]?\s*(?:(?:hans|hennes|hennar|his|her|zijn|haar|son|sa|sein|ihr|hänen|der|de|le|la|the|ein|een|un|une|et|ei|eit|en)\s+)?(?:${alternation(NICKNAME_WORDS)})(?![\p{L}])`,
    'giu',
  ),
  new RegExp(
    String.raw`${QUOTED_WORD}\s*[(,–—-]?\s*(?:(?:heißt|heter|heiter|heet|heitir|s'appelle|is|er|är|on|ist|est|his|her|hans|hennes|zijn|son|sein|hänen)\s+)?(?:${alternation(REALLY)})(?![\p{L}])`,
    'giu',
  ),
];

/** Someone introducing themselves or another, as young people write in chat: "im noah", "det er ingrid", "moi c lucas". */
const SELF_INTRO = [
  'im',
  "i'm",
  'i am',
  'this is',
  'thats',
  "that's",
  'det er',
  'dette er',
  'eg er',
  'jeg er',
  'je er',
  'ik ben',
  'dit is',
  'dat is',
  'hier is',
  'je suis',
  "moi c'est",
  'moi c',
  "c'est",
  'ich bin',
  'ich bin der',
  'ich bin die',
  'das ist',
  'das ist der',
  'das ist die',
  'ég er',
  'þetta er',
  'olen',
  'mä oon',
  'mä olen',
  'tässä on',
  'tää on',
  'jag är',
  'ja e',
  'de här är',
  'detta är',
  'det här är',
  'här är',
  // What a child says another is, or is called: "says he's Liam", "hun er Ingrid".
  "he's",
  "she's",
  'he is',
  'she is',
  'han er',
  'hun er',
  'ho er',
  'han är',
  'hon är',
  'hij is',
  'zij is',
  'il est',
  'elle est',
  'er ist',
  'sie ist',
  'hann er',
  'hún er',
  'hän on',
  // Spoken and dialect forms: "æ e Tuppen", "jæ e", "eg e", "mää oon", "'k ben", "j'suis".
  'æ e',
  'æ er',
  'jæ e',
  'jæ er',
  'jeg e',
  'eg e',
  'mää oon',
  'mie oon',
  "'k ben",
  "j'suis",
  'jsuis',
  'chui',
];
/**
 * A Nordic or Finnish introduction at the start of a quoted chat line and a capitalised word after it, which is what
 * one is called (in English, French and Dutch a capital there is as often a nationality or an adjective).
 */
const QUOTED_INTRO_NICKNAME = new RegExp(
  String.raw`["«“„']\s*(?:[\p{L}\p{M}?!.,]+\s+){0,4}?(?:mä oon|mää oon|mie oon|olen|æ e|jæ e|eg e|jeg er|eg er|jag är|ja e|ég er)\s+(?<name>\p{Lu}[\p{Ll}\p{M}]{2,15})(?=\s*(?:[,.!?»”"'…]|\s(?:og|and|en|et|ja|och|og|btw|lol|xd|haha)\b))`,
  'gu',
);
const INTRO_THEN_NAME = new RegExp(
  String.raw`(?<![\p{L}'’])(?:${alternation(SELF_INTRO)})\s+(?:(?:mein|meine|min|mi|mitt|my|mon|ma|mn|m'n|mijn|minun|minn|mín)\s+\p{L}+\s+)?(?<name>\p{L}[\p{Ll}\p{M}]+)(?![\p{L}\p{N}_@.-]|\.\p{L})`,
  'giu',
);

/** "Matti-niminen poika", "a boy by the name of" come before or around the name. */
const NAME_BEFORE_CUE = new RegExp(String.raw`(?<name>${CAP})-nimi(?:nen|sen|stä|selle|sellä)`, 'gu');

/** Things that "heter" too ("Serveren heter Hypixel"): with one of them just before the cue, the word is no name. */
const THING_WORD =
  /^(?:server|serveren|servern|serveur|palvelin|palvelimen|palvelimella|þjónn|þjónninn|þjón|þjóninn|netþjónn|netþjónninn|serverinn|kanal|kanalen|kanaal|channel|salon|spillet|spelet|spel|spiel|game|jeu|peli|pelin|leikurinn|leikur|gruppa|gruppe|gruppen|groep|groupe|group|ryhmä|klan|klanen|clan|klaani|guild|team|teamet|laget|liðið|lið|liðsins|klaanin|klaani|tiimi|tiimin|joukkueen|ryhmän|klanen|klanet|klan|équipe|joukkue|map|mappen|kartan|kortet|world|verden|världen|maailma|app|appen|sovellus|skin|skinnet|skinn|karakteren|karakter|personage|personnage|figur|hahmo|hahmon|avatar|bot|boten|botti|pet|hunden|katten|hund|hond|kat|chien|chat(?!t)|katze|koira|kissa|hundurinn|kötturinn|stream|kampanjen|campaign|song|sangen|låten|film|filmen|serie|serien|bok|boka|boken|book|livre|buch|kirja|bókin|youtuber|streamer|streameren|rapper|artist|band|bandet|cat|dog|horse|hesten|hest|byen|byn|staden|stad|stadt|ville|city|town|kaupunki|kaupungin|kylä|kylän|landsby|landsbyen|village|dorp|slott|slottet|castle|château|schloss|linna|linnan|borg|borgen|bærinn|realm|island|insel|saari|saaren|kamer|rom|rommet|room|herbergi|herbergið|huone|huoneessa|rum|rummet|raum|salle)\S{0,3}$/iu;
/**
 * Whether one of the three words before `index` is a thing ("Serveren heter", "Klaanin nimi on"). A chat "with" a
 * name is a talk with someone ("had a chat with Emma"), not a cat's: `withSomeone` leaves the chat words out.
 */
function thingBefore(text: string, index: number, withSomeone = false): boolean {
  return (
    text
      .slice(Math.max(0, index - 40), index)
      // "Discord-serveren heter": the thing may be the last part of a compound.
      .split(/[\s-]+/)
      .filter(Boolean)
      .slice(-4)
      // "„serverinn heitir …", "”servern heter …": a quotation mark before the word is no part of it.
      .map((word) => word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))
      .some(
        (word) => THING_WORD.test(word) && !PLAYING_WORD.test(word) && !(withSomeone && /^chat/iu.test(word)),
      ) ||
    // "ein heil by som heiter Nyheim": a town of the game, which Norwegian calls "by" as English says "by".
    /(?<![\p{L}])(?:by|bygd|bygda)\s+som\s+$/iu.test(text.slice(Math.max(0, index - 16), index))
  );
}

/** A skin, a character or an avatar among the three words before `index`: what it is called is a character's name. */
function skinBefore(text: string, index: number): boolean {
  return /(?:skin\p{L}*|karakter\p{L}*|personnage|personage|figur\p{L}*|hahmo\p{L}*|avatar\p{L}*)(?:\s+\p{L}+){0,2}\s+$/iu.test(
    text.slice(Math.max(0, index - 40), index),
  );
}

/** Verbs of playing and words that begin like a thing word but are none: "spelade med viktor", "gamed w/ jayden", "le plus jeune". */
const PLAYING_WORD =
  /^(?:gamed|gaming|gamer|gamers|spelade|spela|spelar|spelat|spelte|speler|spelers|spielte|spielen|spielt|spielten|spieler|jeune|jeunes|jeudi|pelasi|pelaa|pelasivat|pelaamassa|spilte|spiller|spillet med|spilt|teamed|mapped)$/iu;

/** Surnames recognised by their shape alone (Nordic patronymics and Finnish -nen names), inflected forms included. */
const STRONG_SURNAME_SHAPE =
  /(?:sen|ssen|son|sson|sons|ssons|syni|sonar|dóttir|dottir|dóttur|dottur|dóttur|dotter|ainen|äinen|aisen|äisen|nen|sen|selle|sella|sellä|sesta|sestä|stad|rud|heim|haug|bakken|lien|vik|dal|dahl|berg|lund|ström|strøm|qvist|kvist|gren|holm|vries|jong|boer|bakker|visser|smit|meijer|mulder|dijk|huis|hout|veld|mans|aerts|aert|ens|mann|maier|meier|müller|schmidt|schneider|fischer|weber|wagner|becker|hoffmann|koch|richter|klein|wolf|neumann|schulz|dupont|durand|lefebvre|lambert|dubois|martin|bernard|petit|leroy|moreau|simon|laurent|michel|garcia|peeters|janssens|maes|jacobs|mertens|willems|claes|goossens|wouters|lä|la)$/iu;

const CHARACTER_NAMES: ReadonlySet<string> = new Set(GAME_CHARACTERS);

const JOINERS = String.raw`(?:og|and|und|en|et|ja|och|&)`;
const WORD_BEFORE = /([\p{L}\p{M}'’&.-]+)\s+$/u;
const TWO_WORDS_BEFORE = /([\p{L}\p{M}'’&.-]+)\s+([\p{L}\p{M}'’&.-]+)\s+$/u;
const WORDS_AFTER = /^\s+([\p{L}\p{M}'’&.-]+)(?:\s+([\p{L}\p{M}'’&.-]+))?(?:\s+([\p{L}\p{M}'’&.-]+))?/u;
const PARTNER_BEFORE = new RegExp(
  String.raw`(\p{Lu}[\p{L}\p{M}'’-]+)(?:\s+(\p{Lu}[\p{L}\p{M}'’-]+))?\s+${JOINERS}\s+$`,
  'u',
);
const PARTNER_AFTER = new RegExp(
  String.raw`^\s+${JOINERS}\s+(\p{Lu}[\p{L}\p{M}'’-]+)(?:\s+(\p{Lu}[\p{L}\p{M}'’-]+))?(?:\s+(\p{Lu}[\p{L}\p{M}'’-]+))?`,
  'u',
);
/** "Noora og William fra Skam", "Eleven from Stranger Things", "Jenny i Skam": characters of a show or a game. */
const OF_A_TITLE = new RegExp(
  String.raw`^(?:\s+${JOINERS}\s+\p{Lu}[\p{Ll}\p{M}]+)?\s*(?:,\s*)?(?:\(\s*)?(?:fra|frå|from|in|i|í|aus|uit|van|de|du|dans|från|frá|úr|ur|of|im|in der|uit de|from the|fra serien|frå serien|från serien|in the show|in the series|de la série|aus der serie)\s+(\p{Lu}[\p{L}\p{M}'’-]*)(?:\s+(\p{Lu}[\p{L}\p{M}'’-]*|of|de|the))?(?:\s+(\p{Lu}[\p{L}\p{M}'’-]*))?`,
  'u',
);

/** What a note says of a footballer, a singer, a streamer or a game character, not of a child it talked with. */
const STAR_VERBS = [
  'scoret',
  'scora',
  'scorer',
  'scored',
  'scores',
  'scorede',
  'scoorde',
  'scoort',
  'a marqué',
  'marque',
  'traf',
  'trifft',
  'hat getroffen',
  'skoraði',
  'skorar',
  'maalasi',
  'tekee maalin',
  'teki maalin',
  'gjorde mål',
  'gjorde to mål',
  'gjorde hat trick',
  'synger',
  'syng',
  'sang',
  'sings',
  'sang',
  'zingt',
  'zong',
  'chante',
  'a chanté',
  'singt',
  'syngur',
  'söng',
  'laulaa',
  'lauloi',
  'sjunger',
  'sjöng',
  'rapper',
  'rappar',
  'rappt',
  'rapt',
  'streamer',
  'streamar',
  'streams',
  'streamde',
  'streamt',
  'striimaa',
  'spiller for',
  'spelar för',
  'plays for',
  'played for',
  'speelt bij',
  'speelt voor',
  'joue pour',
  'joue au',
  'spielt für',
  'spielt bei',
  'leikur með',
  'pelaa joukkueessa',
  'er best',
  'er bäst',
  'är bäst',
  'er bedre',
  'er bestur',
  'is the best',
  'is better',
  'is the goat',
  'er goat',
  'is de beste',
  'is beter',
  'ist der beste',
  'ist besser',
  'est le meilleur',
  'est meilleur',
  'on paras',
  'on parempi',
  'is overrated',
  'er overrated',
  'is op',
  'er op',
  'is broken',
  'er broken',
  'got nerfed',
  'ble nerfet',
  'got buffed',
  'ble buffet',
  'wurde generft',
  'werd generfd',
  'a été nerf',
  'vant ballon',
  'won the ballon',
  'transfer',
  'signerte',
  'signed for',
  'tekent bij',
  'wechselt zu',
];
const STAR_VERB_AFTER = new RegExp(
  String.raw`^(?:\s+(?:og|and|und|en|et|ja|och|&)\s+\p{Lu}[\p{Ll}\p{M}]+(?:-\p{Lu}[\p{Ll}\p{M}]+)?)?\s+(?:${alternation(STAR_VERBS)})(?![\p{L}])`,
  'iu',
);

/** Whether a phrase names a show, a game or a character, but not a town ("fra Oslo" is where a child lives). */
function isTitle(phrase: string): boolean {
  const lower = phrase.toLowerCase();
  return isNotAPerson(phrase) && !TOWN_SET.has(lower) && !PLATFORM_SET.has(lower);
}
/** "Liam from Roblox" is a child met there: a platform or a game is no show. */
const PLATFORM_SET: ReadonlySet<string> = new Set(PLATFORMS_AND_GAMES);

const VERSUS = String.raw`(?:mot|vs\.?|versus|against|tegen|contre|gegen|gegn|vastaan|mod)`;
const VERSUS_AFTER = new RegExp(String.raw`^\s+${VERSUS}\s+(\p{Lu}[\p{L}\p{M}'’-]+)`, 'u');
const VERSUS_BEFORE = new RegExp(String.raw`(\p{Lu}[\p{L}\p{M}'’-]+)\s+${VERSUS}\s+$`, 'u');

/** A partner in a pair that is a star or a character: "Zlatan och Isak", "om Aurora og Sigrid", "Gylfa og Albert". */
function isKnownPartner(words: readonly (string | undefined)[]): boolean {
  const [first, second, third] = words;
  if (!first) return false;
  const lower = first.toLowerCase();
  if (isOneNameFamous(lower) || (NOT_A_PERSON.has(lower) && !TOWN_SET.has(lower))) return true;
  return (
    (second !== undefined && isNotAPerson(`${first} ${second}`)) ||
    (third !== undefined && second !== undefined && isNotAPerson(`${first} ${second} ${third}`))
  );
}

/**
 * Whether a single name is part of a known name with the words around it ("Santa Claus", "Emil i Lönneberga",
 * "Karlsson på taket"), a character of a show named after it ("William fra Skam"), or paired with a star or a
 * character ("Zlatan och Isak", "Aurora og Sigrid").
 */
function partOfKnownName(text: string, start: number, end: number): boolean {
  const name = text.slice(start, end);
  const head = text.slice(Math.max(0, start - 40), start);
  const tail = text.slice(end, end + 60);
  const before = WORD_BEFORE.exec(head)?.[1];
  const twoBefore = TWO_WORDS_BEFORE.exec(head);
  const after = WORDS_AFTER.exec(tail);
  if (before !== undefined && isNotAPerson(`${before} ${name}`)) return true;
  // "Teemu Pukista", "kanssa teemu pukista": a star's first name before a case of the star's surname.
  const lowerName = name.toLowerCase();
  if (after && FAMOUS_SURNAME_STARTS.has(lowerName) && starsNameBeginning(lowerName, after[1].toLowerCase()))
    return true;
  // "Ødegaard, Martin", "Wirtz, Florian": a star written surname first.
  const surnameFirst = /(\p{Lu}[\p{L}\p{M}'’-]+),\s*$/u.exec(head)?.[1];
  if (surnameFirst !== undefined && isFamous(`${name} ${surnameFirst}`)) return true;
  const firstAfter = /^,\s*(\p{Lu}[\p{L}\p{M}'’-]+)/u.exec(tail)?.[1];
  if (firstAfter !== undefined && isFamous(`${firstAfter} ${name}`)) return true;
  if (twoBefore && isNotAPerson(`${twoBefore[1]} ${twoBefore[2]} ${name}`)) return true;
  if (
    after &&
    (isNotAPerson(`${name} ${after[1]}`) ||
      (after[2] !== undefined && isNotAPerson(`${name} ${after[1]} ${after[2]}`)))
  )
    return true;
  if (after?.[3] !== undefined && isNotAPerson(`${name} ${after[1]} ${after[2]} ${after[3]}`)) return true;
  const partnerBefore = PARTNER_BEFORE.exec(head);
  const partnerAfter = PARTNER_AFTER.exec(tail);
  if (
    partnerBefore &&
    (isKnownPartner([partnerBefore[2] ?? partnerBefore[1]]) ||
      isKnownPartner([partnerBefore[1], partnerBefore[2]]))
  )
    return true;
  if (partnerAfter && isKnownPartner([partnerAfter[1], partnerAfter[2], partnerAfter[3]])) return true;
  // "Lyn mot Vålerenga", "Vålerenga mot Lyn": a club playing a town's or a club's team.
  const opponentAfter = VERSUS_AFTER.exec(tail)?.[1];
  const opponentBefore = VERSUS_BEFORE.exec(head)?.[1];
  if ([opponentAfter, opponentBefore].some((club) => club !== undefined && TOWN_SET.has(club.toLowerCase())))
    return true;
  // "Erling og Martin scoret", "Anne-Marie synger", "Edgar er best": a player, a singer or a character.
  if (STAR_VERB_AFTER.test(tail)) return true;
  const title = OF_A_TITLE.exec(tail);
  if (title) {
    const words = [title[1], title[2], title[3]].filter((w): w is string => w !== undefined);
    for (let n = words.length; n >= 1; n--) if (isTitle(words.slice(0, n).join(' '))) return true;
  }
  return false;
}

/** Answers already given during one `findNames` call: a note full of names asks about the same phrases often. */
let answers: Map<string, boolean> | undefined;
/** Whether the note talks sport or stars: then a star's first name alone is the star's ("Erling og Martin på landslaget"). */
let starTalk = false;

/** Words of a note about sport, teams and stars: national teams, leagues, matches, goals, concerts, streamers. */
const STAR_TALK =
  /(?<![\p{L}])(?:kjende personar|kjente personer|famous people|celebrities|bekende nederlanders|célébrités|bekannte personen|julkkik\p{L}*|þekkt fólk|kända personer|kändisar|landslag\p{L}*|national team|nationalmannschaft|nationale ploeg|équipe nationale|maajoukkue\p{L}*|landsli\p{L}*|rode duivels|diables rouges|rote teufel|oranje|huuhkaj\p{L}*|ugglorna\p{L}*|strákarnir okkar|nba|nhl|nfl|premier league|champions league|eredivisie|ligue 1|bundesliga|eliteserien|allsvenskan|veikkausliiga|world cup|coupe du monde|fotball\p{L}*|football|voetbal|fußball|fussball|jalkapallo\p{L}*|fótbolt\p{L}*|fotboll\p{L}*|foot|hockey\p{L}*|ishockey|jääkiekko\p{L}*|jaakiekko\p{L}*|íshokk\p{L}*|transfer|overgang\p{L}*|scored|scoret|scoorde|a marqué|teki maalin|skoraði|gjorde mål|goals?|concert\p{L}*|konsert\p{L}*|konzert\p{L}*|tónleik\p{L}*|streamer\p{L}*|strøym\p{L}*|strømm\p{L}*|striim\p{L}*|streym\p{L}*|youtuber\p{L}*|fan van|fan of|fans of|fan av|fan af|fan von|fan de|fan des|fani|aðdáand\p{L}*|supporter\p{L}*)(?![\p{L}])/iu;
/** First names of the famous people of the lists ("erling", "kevin", "romelu", "kylian", "lauri"). */
const FAMOUS_FIRST_NAMES: ReadonlySet<string> = new Set(FAMOUS_PEOPLE.map((name) => name.split(' ')[0]));

/** The words of the famous names the note names in full: "Harry Kane … about Kane" is the player both times. */
let famousWordsInText: ReadonlySet<string> = new Set();
/** The characters of the stories the note names. */
let storyCharactersInText: ReadonlySet<string> = new Set();
const FAMOUS_FULL_NAMES = FAMOUS_PEOPLE.filter((name) => name.includes(' '));

/**
 * Characters of a story the note names: with "Harry Potter" in the note, "Harry", "Hermione" and "Ron" are its
 * characters; with "Frozen", "Elsa", "Anna" and "Olaf". Without the title they stay names like any other.
 */
const STORY_CHARACTERS: readonly (readonly [RegExp, readonly string[]])[] = [
  [
    /harry potter|hogwarts|galtvort/iu,
    [
      'harry',
      'hermione',
      'hermine',
      'ron',
      'ginny',
      'draco',
      'hagrid',
      'dumbledore',
      'severus',
      'luna',
      'neville',
    ],
  ],
  [
    /frozen|la reine des neiges|eiskönigin|snedronningen|lumikuningatar|snædrottning|elsa\s+(?:og|und|and|et|en|ja|och)\s+olaf|olaf\s+(?:og|und|and|et|en|ja|och)\s+elsa/iu,
    ['elsa', 'anna', 'olaf', 'ólafur', 'kristoff', 'sven'],
  ],
  [
    /stranger things/iu,
    ['eleven', 'mike', 'dustin', 'lucas', 'max', 'will', 'steve', 'nancy', 'robin', 'eddie', 'vecna'],
  ],
  [
    /(?<![\p{L}])skam(?![\p{L}])/iu,
    ['noora', 'william', 'eva', 'isak', 'even', 'sana', 'vilde', 'chris', 'jonas', 'magnus'],
  ],
  [/wednesday|addams/iu, ['wednesday', 'enid', 'morticia', 'gomez', 'pugsley', 'tyler', 'xavier']],
  [/mario|nintendo|smash/iu, ['peach', 'luigi', 'bowser', 'daisy', 'toad', 'yoshi', 'link', 'zelda']],
  [/pok[eé]mon/iu, ['ash', 'misty', 'brock', 'pikachu']],
  [/barbie/iu, ['ken', 'barbie']],
  [/peppa/iu, ['george', 'peppa', 'suzy']],
  [
    /stardew/iu,
    [
      'abigail',
      'sebastian',
      'pierre',
      'haley',
      'emily',
      'penny',
      'leah',
      'maru',
      'alex',
      'sam',
      'shane',
      'harvey',
      'elliott',
      'robin',
      'linus',
      'lewis',
      'caroline',
      'gus',
      'willy',
      'clint',
      'marnie',
    ],
  ],
  [/x-?men|marvel/iu, ['storm', 'logan', 'jean', 'scott', 'charles', 'erik', 'kitty', 'rogue']],
  [/efteling/iu, ['joris', 'holle', 'gijs', 'pardoes', 'pardijn']],
  [
    /among us/iu,
    [
      'red',
      'blue',
      'green',
      'pink',
      'orange',
      'yellow',
      'black',
      'white',
      'purple',
      'brown',
      'cyan',
      'lime',
      'maroon',
      'rose',
      'banana',
      'gray',
      'tan',
      'coral',
    ],
  ],
  [/(?<![\p{L}])dream(?![\p{L}])|georgenotfound|sapnap/iu, ['clay', 'george', 'nick']],
  ...CHARACTERS_OF_GAMES,
];

/** The characters of the stories a note names ("Harry Potter" … "Harry"). */
function storyCharactersOf(text: string): Set<string> {
  const characters = new Set<string>();
  for (const [title, names] of STORY_CHARACTERS)
    if (title.test(text)) for (const name of names) characters.add(name);
  // "Spielfiguren wie Steve oder Jonesy", "spelfigurar (Steve, Alex)": a note that speaks of game characters names them.
  if (GAME_CHARACTER_WORD.test(text))
    for (const [, names] of CHARACTERS_OF_GAMES) for (const name of names) characters.add(name);
  return characters;
}
const GAME_CHARACTER_WORD =
  /(?<![\p{L}])(?:spelfigur\p{L}*|spillfigur\p{L}*|spielfigur\p{L}*|spelfiguren|game characters?|personnages? de jeu|personnages du jeu|pelihahmo\p{L}*|leikjapersón\p{L}*|persónur úr leikjum|skins?|skinn\p{L}*|avatar\p{L}*)(?![\p{L}])/iu;

function famousWordsOf(text: string): Set<string> {
  const lower = text.toLowerCase();
  const words = new Set<string>();
  for (const name of FAMOUS_FULL_NAMES)
    if (lower.includes(name)) for (const word of name.split(' ')) if (word.length >= 3) words.add(word);
  return words;
}

/** A character of a story or game the note names, also in a case ("Stevellä", "Mariosta" in a Minecraft or Mario note). */
function isStoryCharacter(lower: string): boolean {
  return (
    storyCharactersInText.has(lower) ||
    (storyCharactersInText.size > 0 && inflectedFirstName(lower, storyCharactersInText, true) !== undefined)
  );
}

/** A game character, or a character of a story the note names. */
const isCharacter = (lower: string) => CHARACTER_NAMES.has(lower) || isStoryCharacter(lower);

function isNotAPerson(phrase: string): boolean {
  const lower = phrase.toLowerCase().replace(/\s+/g, ' ');
  const known = answers?.get(lower);
  if (known !== undefined) return known;
  const answer =
    famousWordsInText.has(lower) ||
    isStoryCharacter(lower) ||
    NOT_A_PERSON.has(lower) ||
    (NOT_A_PERSON.has(lower.split(' ')[0]) && !lower.includes(' ')) ||
    isFamous(lower) ||
    // A note that talks sport or names a star in full speaks of stars: "spørsmål om Karsten Warholm … om Aurora".
    ((starTalk || famousWordsInText.size > 0) && !lower.includes(' ') && isStarsFirstName(lower));
  answers?.set(lower, answer);
  return answer;
}

const FAMOUS = FAMOUS_PEOPLE.map((name) => name.split(' '));
/** The famous names by the first two letters of each of their words: a note with many capitals checks a few, not all. */
const FAMOUS_BY_START = new Map<string, { known: string[]; offset: number }[]>();
for (const known of FAMOUS) {
  known.forEach((word, offset) => {
    const key = word.slice(0, 2);
    FAMOUS_BY_START.set(key, [...(FAMOUS_BY_START.get(key) ?? []), { known, offset }]);
  });
}

/** Two words are the same name when they differ only in a case ending ("Markkanen", "Markkasesta"; "Gylfi", "Gylfa"). */
function sameName(written: string, known: string): boolean {
  // A particle is itself only: "Dethier" is no "De" of "Kevin De Bruyne"; "Jóni" is Jón's.
  if (WHOLE_PARTICLE.test(known)) return written === known;
  // A patronymic is another name: "Einarsson" is Einar's son, not Einar.
  if (/(?:son|dóttir|dottir|dotter)$/u.test(written) && !/(?:son|dóttir|dottir|dotter)$/u.test(known))
    return false;
  let common = 0;
  while (common < written.length && common < known.length && written[common] === known[common]) common++;
  // A short Icelandic name changes its last letter in a case: "Daða Frey" is Daði Freyr.
  const shortCase =
    known.length <= 5 && common >= known.length - 1 && common >= 3 && written.length <= known.length + 1;
  // An ending changed or added: "Markkasesta" is Markkanen, but "Bakker" shares too little with "Bakkoush".
  return (
    common === known.length ||
    (common >= 4 && common >= Math.min(written.length, known.length) - 3 && common >= known.length - 3) ||
    shortCase
  );
}

/**
 * A famous person, also inflected or in part: "Lauri Markkasesta", "Gylfa Sigurðsson", "Kevin De Bruyne", "Þór
 * Halldórsson" of "Hannes Þór Halldórsson". One word alone is famous only when the person goes by one name.
 */
function isFamous(phrase: string): boolean {
  const words = phrase.toLowerCase().split(/\s+/);
  // "og Anna" is no part of "Elsa og Anna": a phrase that begins with "and" joins a name, it is none.
  if (words.length > 1 && /^(?:og|and|und|en|et|ja|och|&|eller|or|ou|oder|of|tai|eða)$/u.test(words[0]))
    return false;
  const candidates = FAMOUS_BY_START.get(words[0].slice(0, 2)) ?? [];
  if (words.length === 1) return candidates.some(({ known }) => known.length === 1 && known[0] === words[0]);
  return candidates.some(
    ({ known, offset }) =>
      known.length - offset >= words.length &&
      words.length >= Math.min(2, known.length) &&
      words.every((w, i) => sameName(w, known[offset + i])),
  );
}

/** Tries a word as written and without the case endings of Finnish and Icelandic ("Matille", "Guðrúnu"). */
const CASE_ENDINGS = [
  'ille',
  'lle',
  'lla',
  'llä',
  'lta',
  'ltä',
  'ssa',
  'ssä',
  'sta',
  'stä',
  'ksi',
  'ineen',
  'na',
  'nä',
  'n',
  'a',
  'ä',
  'u',
  'i',
  'ur',
  'ar',
  's',
  'ar',
  'ir',
  'e',
];
function isFirstName(word: string, firstNames: ReadonlySet<string>): boolean {
  const lower = word.toLowerCase();
  if (firstNames.has(lower)) return true;
  // "Diese Person", "Jede Person", "Denna Person": an article, a demonstrative or a possessive is no case of a name.
  if (lower.length < 4 || DETERMINERS.has(lower)) return false;
  for (const ending of CASE_ENDINGS) {
    if (!lower.endsWith(ending) || lower.length - ending.length < 3) continue;
    const stem = lower.slice(0, -ending.length);
    if (firstNames.has(stem)) return true;
    // Finnish gradation: "Matin" is Matti's, "Pekan" Pekka's.
    const doubled = stem.replace(/([ptk])([aeiouyäö])$/u, '$1$1$2');
    if (doubled !== stem && firstNames.has(doubled)) return true;
    if (firstNames.has(stem + 'i') || firstNames.has(stem + 'a') || firstNames.has(stem + 'ä')) return true;
  }
  return false;
}

function isSurname(word: string, surnames: ReadonlySet<string>): boolean {
  const lower = word.toLowerCase();
  if (surnames.has(lower)) return true;
  // A double surname: "Bakker-El", "Aasheim-Rana", "Lefèvre-Dubois": a part of it is a surname of the lists.
  // Every part capitalised: "Ullmann-filmen" is a film.
  if (lower.includes('-'))
    return (
      word.split('-').every((part) => /^\p{Lu}/u.test(part)) &&
      lower.split('-').some((part) => part.length >= 4 && surnames.has(part))
    );
  // A patronymic of a first name ("Eliassen", "Thomassen", "Andreassen"), which the German plurals' rule below would
  // take for "Klassen"; and a surname of the lists with a genitive ("Schröders Schilderung", "Hansens bror").
  if (lower.endsWith('sen') && lower.length >= 7 && nameLexicon().firstNames.has(lower.slice(0, -3)))
    return true;
  if (lower.endsWith('s') && lower.length >= 6 && surnames.has(lower.slice(0, -1))) return true;
  if (word.length >= 5 && STRONG_SURNAME_SHAPE.test(word)) return !GERMAN_NOUN_ENDING.test(lower);
  // Farm and place surnames of Norway and Sweden ("Haugland", "Bakkevik"), not a town of the lists ("Stavanger").
  return (
    lower.length >= 7 && LOWER_FARM_SURNAME.test(lower) && !TOWN_SET.has(lower) && !NOT_A_PERSON.has(lower)
  );
}

/** Words that start a sentence and are capitalised only for that ("Ikke", "Niet"): never a name after a cue. */
const FUNCTION_WORDS = new Set(
  (
    'ikke ikkje not niet nicht pas ei ekki inte noe noko något something iets quelque etwas jotain eitthvað ' +
    'det den han hun ho hen hann hún það he she it they er ze hij zij il elle er sie hän se hon de ' +
    'unknown ukjent ukjend onbekend inconnu unbekannt tuntematon óþekkt okänd sånn slik so such hva what wat quoi ' +
    'was mikä hvað vad the een une ein eine yksi einn ett en et og and en und ja och og mais maar aber mutta en men ' +
    'eli siis die der das dem het ' +
    // Possessives that start a sentence with a capital: "Deras mamma", "Deres mor", "Hennar bror".
    'deras dess deres deira hennes hennar hans their theirs leur leurs ihre ihr hun hunne heidän ' +
    // Numbers that start a sentence: "Tre spurde", "Fem frågade".
    'to tre fire fem seks sju åtte ni ti tolv två fyra sex åtta nio tio twee drie vier vijf zes zeven acht negen deux ' +
    'trois quatre cinq zwei drei fünf sechs sieben neun zehn kaksi kolme neljä viisi kuusi tveir þrír fjórir fimm'
  ).split(' '),
);

const NAME_WORD = new RegExp(CAP, 'gu');
const PATRONYMIC_PAIR = new RegExp(
  String.raw`(?<![\p{L}\p{N}_])(?<first>${CAP})\s+(?<second>\p{Lu}[\p{Ll}\p{M}]{2,}(?:dóttir|dóttur|dottir|dottur|dotter|sson|ssen|sen|son|ainen|äinen|aisen|äisen|aiselle|äiselle|nen))(?![\p{L}\p{N}_-])`,
  'gu',
);
/** German plurals and nouns that end like a surname shape: "Positionen", "Freundinnen", "Klassen", "Adressen". */
const GERMAN_NOUN_ENDING = /(?:ionen|innen|[aeiouäöü]ssen|ungen|heiten|keiten|schaften)$/u;
/** Words that end like a patronymic but are none ("Person", "Season", "Maison", "Essen"). */
const NOT_PATRONYMIC = new Set(
  'person persoon personen season saison reason lesson poison maison chanson garçon raison frisson unisson hessen essen wissen wesen besen ofen nissen jensen-saken samen hansen-saken'.split(
    ' ',
  ),
);
/** First names that are everyday words in small letters: never a name when written so ("called will", "heter per"). */
const COMMON_FIRST_NAME_WORDS = new Set(
  (
    'will may mark rose grace hope sky bill jack frank eve art ray guy liv tor ben can dan don max pat sol sun per ' +
    'sten ask elle hun han ole bo bob kim lin lars mai juni june april august ernst hans heide iris jade ruby amber ' +
    'page dawn summer autumn winter chase hunter mason cash kai noa tim tom lee van de den der le la du von af ' +
    'so sam nick sage true lou rich rob earl glen dale gay hall lane long more moore young white brown green black ' +
    'ali are otto toivo onni lumi tähti aamu armas rauha ilma live tone vilja gard ester fine alone ' +
    'clair claire bon beau belle parfait juste bas'
  ).split(' '),
);

/** Verbs of telling and asking after the one who spoke, and an age after a name. */
/** Verbs of saying: after a quote the one who said it follows them ("”…”, sanoi Eetu", "„…“, gab Leon zu"). */
const SAYING_VERBS = [
  'sa',
  'sier',
  'seier',
  'fortalte',
  'fortalde',
  'forteller',
  'fortel',
  'skrev',
  'skreiv',
  'spurte',
  'spurde',
  'svarte',
  'said',
  'says',
  'told',
  'asked',
  'wrote',
  'replied',
  'explained',
  'zei',
  'zegt',
  'vertelde',
  'vertelt',
  'vroeg',
  'schreef',
  'antwoordde',
  'a dit',
  'dit',
  'raconte',
  'a raconté',
  'a demandé',
  'demande',
  'a écrit',
  'écrit',
  'a répondu',
  'sagte',
  'sagt',
  'erzählte',
  'erzählt',
  'fragte',
  'schrieb',
  'antwortete',
  'sagði',
  'segir',
  'spurði',
  'skrifaði',
  'svaraði',
  'kertoi',
  'kertoo',
  'sanoi',
  'sanoo',
  'kysyi',
  'kirjoitti',
  'vastasi',
  'berättade',
  'berättar',
  'frågade',
  'svarade',
  'säger',
  'sade',
  // Admitting, adding, shouting: "admitted Oliver", "innrømmet Jonas", "gab Leon zu", "myönsi Onni", "viðurkenndi Jón".
  'admitted',
  'added',
  'shouted',
  'whispered',
  'confessed',
  'innrømmet',
  'innrømde',
  'la til',
  'ropte',
  'hvisket',
  'medgav',
  'erkände',
  'lade till',
  'ropade',
  'viskade',
  'gaf toe',
  'voegde toe',
  'riep',
  'fluisterde',
  'avoua',
  'a avoué',
  'ajouta',
  'a ajouté',
  'cria',
  'chuchota',
  'gab',
  'gestand',
  'ergänzte',
  'rief',
  'flüsterte',
  'meinte',
  'myönsi',
  'lisäsi',
  'huusi',
  'kuiskasi',
  'tunnusti',
  'viðurkenndi',
  'bætti við',
  'kallaði',
  'hvíslaði',
];
const TELLING_VERBS = [
  ...SAYING_VERBS,
  'ville',
  // Verbs of talking and chatting: "Nora snakket om at …", "Noah chatted".
  'snakket',
  'snakka',
  'snakker',
  'pratet',
  'prata',
  'prater',
  'pratar',
  'pratade',
  'talte',
  'talade',
  'talked',
  'chatted',
  'praatte',
  'sprach',
  'redete',
  'a parlé',
  'parlait',
  'puhui',
  'jutteli',
  'talaði',
  'spjallaði',
  // The verbs a note tells what a young person did or went through with: "Emma var redd", "Lucas a reçu".
  'var',
  'er',
  'ble',
  'vart',
  'har',
  'hadde',
  'fikk',
  'får',
  'spiller',
  'spilte',
  'spelar',
  'spelte',
  'bor',
  'går',
  'sendte',
  'sende',
  'mottok',
  'fekk',
  'hadde',
  'was',
  'is',
  'has',
  'had',
  'got',
  'gets',
  'plays',
  'played',
  'lives',
  'wanted',
  'sent',
  'received',
  'feels',
  'felt',
  'is being',
  'was being',
  'reported',
  'shared',
  'posted',
  'is afraid',
  'was',
  'is',
  'heeft',
  'had',
  'kreeg',
  'krijgt',
  'speelt',
  'speelde',
  'woont',
  'werd',
  'wordt',
  'stuurde',
  'wil',
  'wilde',
  'a reçu',
  'a été',
  'est',
  'était',
  'joue',
  'jouait',
  'habite',
  'a envoyé',
  'voulait',
  'veut',
  'a eu',
  'hat',
  'hatte',
  'war',
  'ist',
  'wurde',
  'wird',
  'spielt',
  'spielte',
  'wohnt',
  'bekam',
  'bekommt',
  'schickte',
  'wollte',
  'will',
  'var',
  'er',
  'hefur',
  'hafði',
  'fékk',
  'fær',
  'spilar',
  'spilaði',
  'býr',
  'sendi',
  'vildi',
  'vill',
  'oli',
  'on',
  'sai',
  'saa',
  'pelaa',
  'pelasi',
  'asuu',
  'lähetti',
  'halusi',
  'haluaa',
  'joutui',
  'är',
  'har',
  'hade',
  'fick',
  'får',
  'spelar',
  'spelade',
  'bor',
  'skickade',
  'ville',
  'vill',
  'blev',
  'blir',
  // With the one spoken to between ("Nathan nous a parlé", "Emma hat uns erzählt" is "hat" above), and more of
  // what a young person does or goes through in a note.
  'nous a parlé',
  'nous a dit',
  'nous a raconté',
  'nous a écrit',
  'nous a demandé',
  'nous a expliqué',
  'nous a contactés',
  'nous a montré',
  'nous dit',
  'nous raconte',
  'nous écrit',
  'nous demande',
  "m'a dit",
  'lui a dit',
  'se fait',
  'se sent',
  'reçoit',
  'va',
  'allait',
  'blir',
  'skal',
  'kan',
  'sitter',
  'satt',
  'gikk',
  'gjekk',
  'kom',
  'zit',
  'zat',
  'gaat',
  'ging',
  'kwam',
  'geht',
  'kam',
  'sitzt',
  'meinte',
  'meint',
  'goes',
  'went',
  'keeps',
  'kept',
  'thinks',
  'wants',
  'needs',
  'met',
  'added',
  'lost',
  'segist',
  'sagðist',
  'fer',
  'fór',
  'käy',
  'kävi',
  'meni',
  'tuli',
  'gick',
  'kommer',
  'sitter',
  'scoret',
  'scora',
  'vant',
  'tapte',
  'scored',
  'won',
  'killed',
  'drepte',
  'won',
  'scoorde',
  'won',
  'verloor',
  'a gagné',
  'a perdu',
  'gewann',
  'verlor',
  'vann',
  'förlorade',
  'voitti',
  'hävisi',
  'vann',
  'tapaði',
  // What a note says a young person felt: "ida gråt da vi snakket", "tim weinte", "ella itki", "ethan cried".
  'gråt',
  'gret',
  'grein',
  'grét',
  'grät',
  'gråter',
  'græt',
  'itki',
  'itkee',
  'weinte',
  'weint',
  'huilde',
  'huilt',
  'begon te huilen',
  'begon te wenen',
  'weende',
  'a pleuré',
  'pleurait',
  'pleure',
  'cried',
  'cries',
  'was crying',
  'laughed',
  'lachte',
  'a ri',
  'hló',
  'nauroi',
  'skrattade',
  'var lei seg',
  'ble lei seg',
  'vart lei seg',
  'blev ledsen',
  'was upset',
  'was scared',
  'var redd',
  'var rädd',
  'had angst',
  'hatte angst',
  'avait peur',
  'oli peloissaan',
  'var hrædd',
  'var hræddur',
  'panicked',
  'got scared',
];
const TELLING_VERB_SET: ReadonlySet<string> = new Set(TELLING_VERBS);
/** A verb of saying after a quotation or a comma: "”…”, sanoi Eetu", "„…“, gab Leon zu", "…, admitted Oliver". */
const SAYING_VERB_BEFORE = new RegExp(
  String.raw`(?:[”"“»«'’]\s*,?|,)\s*(?:${alternation(SAYING_VERBS)})\s+$`,
  'iu',
);
/**
 * Words of the nine languages that the name lists hold as first names too, found in small letters in the app's own
 * interface texts and in clean notes: in small letters they are the word ("mamma hennar veit", "dina vänner").
 */
const SMALL_LETTER_WORDS = new Set(
  (
    'til name van per sem till ole tal can ned hana landen andre dan maan vera live may anders lue noe vere else elle ' +
    'endre ville dina nya even line lien dagur verna hald ange davon will alone oma olen bon cas vita bent stig ander ' +
    'mina reda sina veit anna ' +
    // Numbers: "med tre gutter", "with two boys".
    'tre fire fem seks sju åtte ti elleve tolv två fyra sex åtta nio tio twee drie vier vijf zes zeven acht negen tien ' +
    'deux trois quatre cinq six sept huit neuf dix zwei drei vier fünf sechs sieben neun zehn tveir tvær þrír fjórir ' +
    'fimm sjö átta níu tíu kaksi kolme neljä viisi kuusi seitsemän kahdeksan yhdeksän kymmenen one two three four ' +
    'five seven eight nine ten'
  ).split(' '),
);

/** A first name in small letters that no sentence uses as a word: not "will", "per", "sa", "hans" or "ville". */
function plainSmallName(name: string, character = false): boolean {
  return (
    !COMMON_FIRST_NAME_WORDS.has(name) &&
    !SMALL_LETTER_WORDS.has(name) &&
    !FUNCTION_WORDS.has(name) &&
    !SMALL_WORDS.has(name) &&
    !TELLING_VERB_SET.has(name) &&
    !LINKING_WORDS.has(name) &&
    !SENTENCE_WORD_NAMES.has(name) &&
    !CALENDAR_WORDS.has(name) &&
    (character || !NOT_A_PERSON.has(name)) &&
    !isCommonWord(name)
  );
}

/**
 * A first name in small letters right after kin: there a name that is a word elsewhere is the name too ("sen kaveri
 * onni", "søstera liv", "ihr bruder tim"), but not a small word, a verb ("her sister may"), a month or a number.
 */
function kinSmallName(name: string): boolean {
  return (
    name.length >= 3 &&
    !SMALL_LETTER_WORDS.has(name) &&
    !FUNCTION_WORDS.has(name) &&
    !SMALL_WORDS.has(name) &&
    !TELLING_VERB_SET.has(name) &&
    !LINKING_WORDS.has(name) &&
    !CALENDAR_WORDS.has(name) &&
    !NOT_A_PERSON.has(name) &&
    !AFTER_KIN_NOT_A_NAME.has(name)
  );
}
/** Modal verbs and possessives that follow a word for kin in small letters: "her sister may", "vinur hans". */
const AFTER_KIN_NOT_A_NAME = new Set(
  (
    'will may can must shall might could would should did does ' +
    // Possessives a relative is written with ("vinur hans", "broren hennes"): "hans" is a name elsewhere.
    'hans hennes hennar sin sitt sína sín sinn his her zijn haar son sa sein seine ihr ihre hänen ' +
    FIRST_PERSON_POSSESSIVE.split('|').join(' ')
  ).split(' '),
);

/** Small words a sentence goes on with after a name in small letters ("heter nora hun er 14", "named liam who"). */
const LINKING_WORDS = new Set(
  (
    'who which that som sem die qui joka jonka ja og and und et och en hun han ho hon hen she he they from fra frå ' +
    'från uit aus kotoisin in på i í op auf dans with med met mit avec kanssa með is er ist est on är var war was ' +
    'oli était heeft hat has har also også ook auch aussi myös líka också too age alder ålder leeftijd âge alter ' +
    'ikä aldur years år jaar ans jahre vuotta ára yo'
  ).split(' '),
);
/** Famous people known by one name, which a note may use as a subject ("Zlatan var best"); not after a cue. */
const STAGE_NAMES = new Set(
  (
    'zlatan kygo stromae neymar pelé shakira drake eminem rihanna beyoncé zendaya tiësto ninja dream technoblade ' +
    'mrbeast pewdiepie marshmello avicii messi ronaldo cristiano snelle käärijä lizzo sza rosalía cortana bixby karpe'
  ).split(' '),
);
/**
 * Stars known by one name that many girls and boys carry too ("Sigrid", "Adele", "Siri"): the star only in a note
 * about music, sport, stars or voice assistants, a girl of that name anywhere else.
 */
const FIRST_NAME_STARS = new Set(
  'sigrid angèle lando adele robyn björk laufey loreen siri alexa cheek aurora'.split(' '),
);
const STAR_CONTEXT =
  /(?<![\p{L}])(?:artist\p{L}*|artiest\p{L}*|artiste\p{L}*|künstler\p{L}*|taiteilij\p{L}*|listamað\p{L}*|singer|sanger\p{L}*|sångerska|sångare|zanger\p{L}*|chanteu\p{L}*|sänger\p{L}*|laulaj\p{L}*|söngkon\p{L}*|song\p{L}*|låt\p{L}*|lát|sang|chanson\p{L}*|lied\p{L}*|kappale\p{L}*|biisi\p{L}*|lag(?:ið|inu)|album\p{L}*|eurovision|melodi grand prix|mgp|melodifestivalen|spotify|tour\p{L}*|turné\p{L}*|festival\p{L}*|f1|formula 1|formel 1|grand prix|iphone\p{L}*|apple|amazon|echo|assistant|assistent\p{L}*|avustaja\p{L}*|aðstoðarmað\p{L}*|sung\p{L}*|syng\p{L}*|sjung\p{L}*|chant\p{L}*|zing\p{L}*|lauloi|laulaa|music\p{L}*|musik\p{L}*|muziek|musique|musiikki\p{L}*|tónlist\p{L}*|rapp\p{L}*|räpp\p{L}*|band|bändi\p{L}*|hljómsveit\p{L}*|listen\p{L}*|lytt\p{L}*|luister\p{L}*|écout\p{L}*|hören|hört|kuuntel\p{L}*|lyssna\p{L}*|hlusta\p{L}*|digger|idol\p{L}*|fans?)(?![\p{L}])/iu;
const ONE_NAME_STARS_ANYWHERE: ReadonlySet<string> = new Set([...STAGE_NAMES, ...FIRST_NAME_STARS]);
const oneOf = (words: ReadonlySet<string>) =>
  new RegExp(String.raw`(?<![\p{L}])(?:${[...words].join('|')})(?![\p{L}])`, 'iu');
const STAGE_NAME_IN = oneOf(STAGE_NAMES);
const ONE_NAME_STAR_IN = oneOf(ONE_NAME_STARS_ANYWHERE);
/** The one-name stars a note names, also in a case ("Laufeyju og Björk"): two of them make it a note about stars. */
const ONE_NAME_STARS_EVERYWHERE = new RegExp(
  String.raw`(?<![\p{L}])(?:${[...ONE_NAME_STARS_ANYWHERE].join('|')})\p{L}{0,3}(?![\p{L}])`,
  'giu',
);
/** Whether the note names a one-name star: a stage name, or a star's first name in a note about stars. */
let aboutStars = false;
const namesAOneNameStar = (text: string) => (aboutStars ? ONE_NAME_STAR_IN : STAGE_NAME_IN).test(text);
/** The one-name stars a note may mean: the stage names always, the others in a note about stars. */
const isOneNameFamous = (lower: string) => (aboutStars ? ONE_NAME_STARS_ANYWHERE : STAGE_NAMES).has(lower);
/** First names that start a sentence as ordinary words ("Will you", "May I", "Hans bror", "Liv er viktig", "Onni oli"). */
const SENTENCE_WORD_NAMES = new Set(
  (
    'will may mark hans per liv sol ask bo art grace hope rose dawn summer autumn winter august june april juni mai ' +
    'frank ernst can van de den der le la du von so are true long more young white brown green black hall lane ' +
    'toivo onni lumi tähti aamu armas rauha ilma sten sky chase hunter page august bill guy hennes even jul noël jente ' +
    'easter joy faith justice charity patience prudence live tone vilja gard'
  ).split(' '),
);
/** Words for a child that a name list holds too ("Jente (12) på TikTok"): with an age after them still the word. */
const CHILD_WORDS = new Set(
  'jente jenta gutt gut gutten guten pojke flicka poika tyttö stelpa strákur meisje jongen garçon fille junge mädchen boy girl kid'.split(
    ' ',
  ),
);
const AGE = String.raw`(?:\(\s*\d{1,2}\s*(?:år|ans|jaar|jahre|ára|v|vuotta|y|yo|years?|j)?\.?\s*[),]|,\s*\d{1,2}\s*(?:år|ans|jaar|jahre|ára|v|vuotta|years?|y|yo|j)\.?\s*,)`;
const FIRST_NAME_SPEAKING = new RegExp(
  String.raw`(?<![\p{L}\p{N}_@#.-])(?<name>\p{Lu}[\p{Ll}\p{M}]+(?:-\p{Lu}[\p{Ll}\p{M}]+)?)(?:\s*(?<age>${AGE})|\s+(?:${alternation(TELLING_VERBS)})(?![\p{L}]))`,
  'gu',
);
/** The same in small letters where a sentence starts, as hurried notes begin: "emma sa at", "noah (13) asked". */
const SMALL_FIRST_NAME_SPEAKING = new RegExp(
  String.raw`(?:^|[.!?]\s+|\n\s*)(?<name>\p{Ll}{3,14})(?:\s*(?<age>${AGE})|\s+(?:${alternation(TELLING_VERBS)})(?![\p{L}]))`,
  'gu',
);
/** A name before the verb that ends a Dutch or German clause: "zei dat ze lisa heet", "sagt, dass er Jonas heißt". */
const NAME_BEFORE_FINAL_VERB = new RegExp(
  String.raw`(?<![\p{L}])(?:dat|dass|daß|omdat|weil|ob|of)\s+(?:ze|zij|hij|ie|je|sie|er|du|ik|ich)\s+(?:eigenlijk\s+|echt\s+|eigentlich\s+|wirklich\s+)?(?<name>\p{L}[\p{Ll}\p{M}]+(?:[\s-]\p{Lu}[\p{Ll}\p{M}]+)?)\s+(?:heet|heette|heten|heißt|heisst|hieß|hiess)(?![\p{L}])`,
  'gu',
);
/** The second word is looked ahead at, so that every pair is tried: "name oskar lindqvist" holds "oskar lindqvist". */
const LOWER_PAIR = new RegExp(
  String.raw`(?<![\p{L}\p{N}_@#.-])(?<first>\p{Ll}{3,12})(?=(?<rest>\s(?:(?<particle>van der|van den|van de|vd|v\.d\.|van|de|von|af|av|ter|ten|le|la|du|el|al|ben|bin)\s)?(?<second>\p{Ll}{3,20}))(?![\p{L}\p{N}_@-]))`,
  'gu',
);
/** Surnames that cannot be everyday words, for names written in small letters. */
const LOWER_SURNAME_SHAPE = /(?:ssen|sson|dóttir|dottir|dotter|ainen|äinen|[aeiouyäö]sen|[oeiuyö]nen)$/u;
/** Norwegian and Swedish farm and place surnames ("haugland", "bakkevik", "solberg"), long enough not to be words. */
const LOWER_FARM_SURNAME =
  /^\p{Ll}{3,}(?:land|haug|rud|stad|heim|vik|dal|dahl|berg|lien|bakken|strand|gaard|gård|seth|nes|holm|lund|ström|strøm)$/u;
/** Short words of the nine languages that are first names somewhere too ("til", "per", "van"). */
const SMALL_WORDS = new Set(
  (
    'til for med men som der den det und les des une aan van het een hun hon han ein eine per pro via bij met par sur ' +
    'mit von auf aus mot fra frå ved etter under over not and the but ole ett att och från mellan kun bara ' +
    'ist war wie was ces cet mes tes nos vos leur sen tai kun kuin jos niin että ja'
  ).split(' '),
);

const WITH_NAME = new RegExp(
  String.raw`(?<![\p{L}])(?:med|with|avec|mit|met|við|kanssa|och|sammen med|saman med|samen met|zusammen mit|ásamt|m\/|w\/)\s*(?<name>\p{Lu}[\p{Ll}\p{M}]+(?:-\p{Lu}[\p{Ll}\p{M}]+)?)(?![\p{L}\p{N}_@-])`,
  'gu',
);
/** The same in small letters, as hurried notes write it: "spilte m/ jonas", "gespeeld w/ lotte", "spelade med viktor". */
const WITH_SMALL_NAME = new RegExp(
  // "m/ jonas", "w/lotte" may run together; "median" is no "med ian".
  String.raw`(?<![\p{L}])(?:(?:med|with|avec|mit|met|við|sammen med|saman med|samen met|zusammen mit)\s+|[mw]\/\s*)(?<name>\p{Ll}[\p{Ll}\p{M}]{2,14})(?![\p{L}\p{N}_@.-]|\.\p{L})`,
  'gu',
);
/**
 * A first name between commas with something about the person after it: ", og Jonas, som var 14,", "en Daan, die
 * volgens de anderen", "et Mehdi, quatorze ans d'après", "und Luca, laut den anderen erst 13", "og Jóhann, sem var".
 */
/**
 * What a sentence goes on with after a name set off by commas: "treneren, Tor-Erik, og", "de voetbal, Erik, zou", "Le
 * coach de foot, Hakim, leur enverrait".
 */
const APPOSITION_FOLLOWERS = [
  'og',
  'and',
  'en',
  'et',
  'und',
  'ja',
  'och',
  'zou',
  'zal',
  'would',
  'skulle',
  'skal',
  'ska',
  'würde',
  'soll',
  'sollte',
  'aurait',
  'enverrait',
  'serait',
  'pourrait',
  'olisi',
  'mundi',
  'myndi',
  'leur',
  'lui',
  'nous',
  'ihm',
  'ihnen',
  'hem',
  'ham',
  'henne',
  'him',
  'them',
  'dem',
  'honom',
  'heille',
  'henni',
  'honum',
  'sends',
  'sender',
  'stuurt',
  'envoie',
  'schickt',
  'skickar',
  'lähettää',
  'sendir',
  'gir',
  'gjev',
  'gives',
  'geeft',
  'donne',
  'gibt',
  'ger',
  'antaa',
  'gefur',
];
const NAME_IN_APPOSITION = new RegExp(
  String.raw`(?:,|(?<![\p{L}])(?:og|and|en|et|und|ja|och|men|but|maar|mais|aber|mutta|eller|or|ou|oder|tai))\s+(?<name>\p{Lu}[\p{Ll}\p{M}]+(?:-\p{Lu}[\p{Ll}\p{M}]+)?),\s+(?:som|sem|die|der|dat|qui|que|joka|jonka|who|that|\d|laut|d'après|d’après|volgens|ifølge|etter|enligt|selon|according|aged|age|alder|ålder|leeftijd|âgé|âgée|alter|ikä|aldur|quatorze|treize|douze|quinze|seize|onze|dix|the|den|det|de|het|le|la|der|die|das|hinn|hin|hið|${alternation(TELLING_VERBS)}|${alternation(APPOSITION_FOLLOWERS)})(?![\p{L}])`,
  'gu',
);

/** Words for a grown-up or a neighbour that a name stands in apposition with ("Nono, un homme de Seraing"). */
const ADULT_NOUNS = [
  'man',
  'woman',
  'mann',
  'mannen',
  'kvinne',
  'kvinna',
  'kvinnan',
  'homme',
  'femme',
  'monsieur',
  'vrouw',
  'meneer',
  'frau',
  'mies',
  'nainen',
  'maður',
  'kona',
  'nabo',
  'naboen',
  'granne',
  'grannen',
  'buurman',
  'buurvrouw',
  'buurjongen',
  'buurmeisje',
  'voisin',
  'voisine',
  'nachbar',
  'nachbarin',
  'naapuri',
  'nágranni',
  'neighbour',
  'neighbor',
  'coach',
  'trainer',
  'trener',
  'trenar',
  'treneren',
  'trenaren',
  'tränare',
  'tränaren',
  'valmentaja',
  'þjálfari',
  'entraîneur',
];

/** A first name followed by a comma and a relative: "Dísa, systir hans", "Noor, zijn zus", "Emma, her sister". */
const NAME_COMMA_RELATIVE = new RegExp(
  String.raw`(?<![\p{L}\p{N}_@#.-])(?<name>\p{Lu}[\p{Ll}\p{M}]+(?:-\p{Lu}[\p{Ll}\p{M}]+)?),\s+(?:(?:hans|hennes|hennar|his|her|zijn|haar|son|sa|sein|seine|ihr|ihre|hänen|hennes|sin|mín|min|mi|my|mon|ma|mijn|mein|meine|the|a|an|la|le|un|une|de|het|een|der|die|ein|eine|einen|en|ei|et|den|det)\s+)?(?:(?:petite|petit|grande|grand|jeune|little|older|younger|big|eldre|yngre|äldre|yngre|kleine|grote|ältere|jüngere|ältester|nye|new|nouvelle|nouveau|nieuwe|neue|neuer|beste|best|meilleure|meilleur)\s+)?(?<relative>${sentenceAlternation([...RELATIVES, ...ADULT_NOUNS])})(?![\p{L}])`,
  'gu',
);

const SMALL_NAME_IN_APPOSITION =
  /(?<![\p{L}])(?:den eine|den andre|den andra|den ene|the one|one of them|the other|de ene|de andere|l'un|l'autre|der eine|der andere|die eine|die andere|annar|hinn|toinen|yksi heistä|ein av dei|en av dem|én van hen)\s*,\s*(?<name>\p{Ll}[\p{Ll}\p{M}]{2,14})\s*,/giu;

/** A Finnish genitive before "kanssa" (with): "eliaksen kanssa", "Ainon kanssa". */
const FINNISH_WITH = /(?<![\p{L}])(?<name>\p{L}[\p{Ll}\p{M}]{2,16}n)\s+(?:kanssa|kaa|kans)(?![\p{L}])/gu;
/** A first name talked about: "snakket om Ingrid", "talked about Emma", "het over Sanne", "parlé de Léa", "über Leonie". */
const ABOUT_NAME = new RegExp(
  String.raw`(?<![\p{L}])(?:om|about|over|über|um|sur|parlé de|parle de|parlait de|parler de|discuté de|à propos de|au sujet de|nouvelles de|concernant|concerning|regarding|referral on|report on|zu|betreffende|angående|gällande|rörande|vegna|varðandi|koski|koskien|selon|volgens|ifølge|enligt|laut|according to|samkvæmt|ask for|asked for|spurte etter|spør etter|vroeg naar|fråga efter|fragen nach)\s+(?<name>\p{Lu}[\p{Ll}\p{M}]+(?:-\p{Lu}[\p{Ll}\p{M}]+)?)(?![\p{L}\p{N}_@-])`,
  'giu',
);
/** A first name with a friend or relative: "Eirik og kameraten", "Emma and her sister", "Noah und sein Bruder". */
const NAME_AND_RELATIVE = new RegExp(
  String.raw`(?<![\p{L}\p{N}_@#.-])(?<name>\p{Lu}[\p{Ll}\p{M}]+(?:-\p{Lu}[\p{Ll}\p{M}]+)?)\s+(?:og|and|und|en|et|ja|och|&)\s+(?:(?:hans|hennes|hennar|sin|sitt|his|her|zijn|haar|son|sa|sein|seine|seinem|ihr|ihre|hänen)\s+)?(?:${sentenceAlternation(RELATIVES)})(?![\p{L}])`,
  'gu',
);
const PAIR_AFTER = /^\s+(og|and|und|en|et|ja|och|&)\s+(\p{Lu}[\p{Ll}\p{M}]+)/u;
const FOLLOWED_BY_CAPITAL = new RegExp(String.raw`^\s+(?:${PARTICLE}\s+)?\p{Lu}`, 'u');
const FIRST_AND_FIRST =
  /(?<![\p{L}\p{N}_@#.-])(?<first>\p{Lu}[\p{Ll}\p{M}]+)\s+(?:og|and|und|en|et|ja|och|&)\s+(?<second>\p{Lu}[\p{Ll}\p{M}]+)(?![\p{L}\p{N}_@-]|\s+\p{Lu})/gu;
/** A first name whose friend or relative is mentioned: "Liam’s mate", "Emmas bror", "Noor's zus". */
/** Whose parents or family they are: "bei Sophies Eltern", "hos Wilmas familj" (after a name only: "Family Settings" is none). */
const PARENTS_AND_FAMILY = [
  'eltern',
  'foreldre',
  'foreldra',
  'föräldrar',
  'ouders',
  'parents',
  'vanhemmat',
  'foreldrar',
  'familie',
  'familien',
  'familj',
  'familjen',
  'family',
  'famille',
  'perhe',
  'fjölskylda',
  'gezin',
];
const NAME_OWNS_RELATIVE = new RegExp(
  String.raw`(?<![\p{L}\p{N}_@#.-])(?<name>\p{Lu}[\p{Ll}\p{M}]+(?:-\p{Lu}[\p{Ll}\p{M}]+)?)(?:['’]s?)?\s+(?:(?:bästa|beste|bedste|best|meilleur|meilleure|bester|beste|paras|besti|liebste|oudere|jongere|yngre|äldre|eldre|yngste|eldste|little|big|older|younger|elder|eldest|youngest|twin|lille|store|lill|stor|kleine|kleiner|kleinen|große|großer|großen|grote|ältere|älterer|jüngere|jüngerer|petit|petite|grand|grande|pikku|iso)\s+)?(?:${sentenceAlternation([...RELATIVES, ...PARENTS_AND_FAMILY])})(?![\p{L}])`,
  'gu',
);
/** A first name from a class or a town: "Noor uit groep 7", "Emma fra 7B", "Liam from year 8". */
const NAME_FROM = new RegExp(
  String.raw`(?<![\p{L}\p{N}_@#.-])(?<name>\p{Lu}[\p{Ll}\p{M}]+(?:-\p{Lu}[\p{Ll}\p{M}]+)?)\s+(?:(?:uit|from|fra|frå|från|aus|de|frá|kotoisin)\s+(?<where>(?:groep|klas|klasse|class|year|klass|bekk|bekkur|luokka|grade|åk|årskurs)\s\d{1,2}[a-hA-H]?(?![\p{L}\p{N}])|\d{1,2}\s?[a-hA-H](?![\p{L}\p{N}])|\p{Lu}[\p{L}\p{M}-]+)|(?:i|in|en|im|í|op)\s+(?:groep|klas|klasse|class|year|klass|bekk|bekkur|luokka|grade|åk|årskurs)\s\d{1,2}[a-hA-H]?(?![\p{L}\p{N}])|(?:i|in|en|í)\s+\d{1,2}\.?\s?[a-hA-H](?![\p{L}\p{N}])|(?:i|in|en|í)\s+\d{1,2}\.\s?(?:bekk|bekkur|klasse|klass|luokalla|Klasse|class|grade|groep|trinn)(?![\p{L}]))`,
  'gu',
);
/** A relative of someone named: "de mama van Lotte", "the mother of Ella", "die Mutter von Lena", "la mère de Léa". */
const RELATIVE_OF_NAME = new RegExp(
  String.raw`(?<![\p{L}])(?:${sentenceAlternation(RELATIVES)})\s+(?:van|of|von|de|d'|til|av|hos|af)\s*(?<name>\p{Lu}[\p{Ll}\p{M}]+)(?![\p{L}\p{N}_@-])`,
  'gu',
);
/** A relative with a name in brackets, or a name with something about them in brackets: "jenta (Ingrid, 7B …)", "Emil (gamertag …)". */
const NAME_IN_BRACKETS = new RegExp(
  String.raw`(?<![\p{L}])(?:(?:${sentenceAlternation(RELATIVES)})\s*\(\s*(?<named>\p{Lu}[\p{Ll}\p{M}]+)\s*[,;)]|(?<subject>\p{Lu}[\p{Ll}\p{M}]+)\s\((?=\s*(?:${alternation(['gamertag', 'username', 'user name', 'brukernavn', 'brukarnamn', 'gebruikersnaam', 'pseudo', 'benutzername', 'notandanafn', 'käyttäjänimi', 'pelinimi', 'nimimerkki', 'användarnamn', 'snap', 'insta', 'tiktok', 'discord', 'roblox', 'handle', 'nick', 'ign', 'psn', 'xbox', 'epic'])})(?![\p{L}])))`,
  'giu',
);
/** A Finnish genitive owning a relative: "Ainon äiti", "Matin isä", "Ellan sisko". */
const FINNISH_GENITIVE_RELATIVE = new RegExp(
  String.raw`(?<![\p{L}\p{N}_@#.-])(?<name>\p{Lu}[\p{Ll}\p{M}]+n)\s+(?:äiti|äidi\p{L}+|isä|isä\p{L}+|veli|velje\p{L}*|sisko|sisko\p{L}+|pikkuveli|isoveli|pikkusisko|isosisko|kaveri|kaveri\p{L}+|ystävä|ystävä\p{L}+|serkku|serku\p{L}+|setä|täti|mummo|mummi|vaari|ukki|poikaystävä|tyttöystävä|luokkakaveri|vanhemmat|vanhemmi\p{L}+|huoltaja|numero|puhelin\p{L}*|tili|tilille|tiliä|snäpp?i|osoite)(?![\p{L}])`,
  'gu',
);

/** Two first names joined by a hyphen, in any case: "kristoffer-andré", "jan-willem", "Anna-Lena", "jean-baptiste". */
const HYPHENATED_NAME =
  /(?<![\p{L}\p{N}_@#./-])(?<first>\p{L}[\p{Ll}\p{M}]{1,14})-(?<second>\p{L}[\p{Ll}\p{M}]{1,14})(?![\p{L}\p{N}_@-])/gu;

const SMALL_FIRST_AND_FIRST =
  /(?<![\p{L}\p{N}_@#.-])(?<first>\p{Ll}[\p{Ll}\p{M}]{2,14})\s+(?:og|and|und|en|et|ja|och|&)\s+(?:à\s+|til\s+|to\s+)?(?<second>\p{Ll}[\p{Ll}\p{M}]{2,14})(?![\p{L}\p{N}_@-])/gu;

/** An age code of a log ("G13", "J14", "P13", "St13", "B14") and a first name after it. */
const AGE_CODE_THEN_NAME =
  /(?<![\p{L}\p{N}])(?:(?:[GJBTPMFKDS]|St|Dr|Ty|Po|Gi)\d{1,2}\s+|\d{1,2}\s?[–—-]\s?(?=\p{Lu}[\p{Ll}\p{M}]+\s?[–—-]\s))(?<name>\p{Lu}[\p{Ll}\p{M}]+)(?![\p{L}\p{N}_@-])/gu;
/** A first name, then a bare age and a dash or a comma: "ingrid 13 – utestengd", "Noor 12, gepest". */
const NAME_THEN_BARE_AGE =
  /(?<![\p{L}\p{N}_@#.-])(?<name>\p{L}[\p{Ll}\p{M}]{2,14})\s(?:[6-9]|1\d)(?:\s?(?:år|ans|jaar|j|v|ára|y|yo|vuotta))?\s?(?:[–—,:)]|-\s)/gu;

const NAME_WITH_AGE =
  /(?<![\p{L}\p{N}_@#./-])(?<name>\p{Lu}[\p{Ll}\p{M}]+-\p{Lu}[\p{Ll}\p{M}]+(?=\s?\(\s?\d)|\p{L}[\p{Ll}\p{M}]{2,14}|\p{Lu}\p{Ll}(?=\s?\(\s?\d))(?=["»”“'’]?\s?\(\s?\d{1,2}\s?(?:år|ans|jaar|j|v|ára|y|yo|vuotta|jahre)?\s?\)|\s\d{1,2}\s?(?:v|vuotias|år|åring|ans|jaar|jr|j|ára|yo|y\/o|jahre)(?![\p{L}]))/gu;
/** Words an age is written after that are no names ("ikä 14", "aldur 13"). */
const AGE_WORDS = new Set(
  'age alder ålder leeftijd âge alter ikä aldur born barn kinder enfants lapset börn'.split(' '),
);
const NAME_WITH_INITIAL =
  /(?<![\p{L}\p{N}_@#.-])(?<name>\p{Lu}[\p{Ll}\p{M}]+)\s\p{Lu}\.(?=\s|$|[,;:)»”"'’])/gu;
/** The initial of a first name before a surname: "K. Haugland", "J. Korhonen", "M. van Dijk", "S. Þórsdóttir". */
const INITIAL_WITH_SURNAME = new RegExp(
  String.raw`(?<![\p{L}\p{N}_@#.&-]|\p{L}\.\s?)\p{Lu}\.\s?(?:(?<particle>${PARTICLE})\s)?(?<surname>\p{Lu}[\p{Ll}\p{M}]+(?:-\p{Lu}[\p{Ll}\p{M}]+)?)(?![\p{L}\p{N}_@.-])`,
  'gu',
);

const STREET_BEFORE =
  /(?<![\p{L}])(?:rue|avenue|av\.|boulevard|bd|place|chaussée|allée|quai|drève|square|impasse|chemin|straat|laan|plein|kade)\s+(?:(?:de|du|des|la|le|l'|d')\s+)?$/iu;
/** A word of a school's name before a name: "Athénée Royal", "Collège Saint-Pierre", "Lycée Victor Hugo". */
const SCHOOL_WORD_BEFORE =
  /(?<![\p{L}])(?:athénée|collège|college|lycée|école|ecole|institut|instituut|académie|academie|gymnasium|lyceum|atheneum|basisschool)\s+$/iu;
const STREET_AFTER =
  /^\s+(?:gate|gata|gatan|gaten|gade|street|straat|straße|strasse|weg|vei|veien|vegen|veg|plass|plassen|torg|torget|allé|katu|kuja|tie|vägen|väg|gränd|plein|laan|kade|square|road|avenue)(?![\p{L}])/iu;
/** A police profile's or a game's name in quotes is no nickname. */
const namesPoliceOrGame = (name: string) =>
  /^(?:politi|police|polizei|poliisi|polis|lögregl|kripos|minecraft|roblox|fortnite)|(?<![\p{L}])(?:free|gratis|robux|v-?bucks|gift|giveaway|ilmai\p{L}*|gratuit\p{L}*|kostenlos|ókeypis)(?![\p{L}])/iu.test(
    name,
  );
/** Words for a person, a grown-up above all, that a nickname in quotes may follow. */
const PERSON_NOUN = String.raw`(?:adults?|man|guy|boy|girl|gutt|gutten|gut|guten|jente|jenta|jongen|meisje|garçon|fille|junge|mädchen|poika|tyttö|pojke|kille|tjej|flicka|strákur|stelpa|player|gamer|user|stranger|voksen|voksne|vaksen|vaksne|mann|mannen|fyr|fyren|spiller|spilleren|bruker|brukeren|volwassene|kerel|gast|speler|gebruiker|adulte|homme|type|mec|joueur|utilisateur|inconnu|erwachsener|erwachsene|erwachsenen|typ|spieler|nutzer|unbekannter|aikuinen|aikuisen|mies|miehen|tyyppi|pelaaja|käyttäjä|fullorðinn|fullorðnum|fullorðins|maður|manni|gaur|notandi|spilari|vuxen|vuxna|kille|snubbe|spelare|användare|främling|\d{1,2}-(?:åring|åringen|åriga|vuotias|vuotiaan|jarige|jährige|jähriger|jährigen|year-old|ára))`;
/** A grown-up, whose nickname may follow straight after the word: "ein erwachsener 'onkel ralf'", "Aikuinen "Jartsa"". */
const ADULT_NOUN = String.raw`(?:adult|grown-up|voksen|vaksen|vuxen|volwassene|adulte|erwachsener|erwachsene|aikuinen|fullorðinn)`;
const NICKNAME_OF_SOMEONE = new RegExp(
  String.raw`(?<![\p{L}])(?:${PERSON_NOUN}(?:\s+[\p{L}\p{N}'’-]+){0,3}?\s*[,–—(]\s*|${ADULT_NOUN}\s+)["«“„'‘]\s?(?<name>\p{L}[\p{L}\p{M}'’-]{1,20}(?:\s\p{L}[\p{L}\p{M}'’-]{1,20})?)\s?["»”“'’]`,
  'giu',
);
const FINNISH_SURNAME_IN_A_CASE =
  /(?<![\p{L}\p{N}_@#.-])(?<stem>\p{Lu}[\p{Ll}\p{M}]{2,14})s(?:en|elle|eltä|elta|estä|esta|essä|essa|ella|ellä)(?![\p{L}\p{N}_@-])/gu;
const SIZED_NICKNAME =
  /(?<![\p{L}\p{N}_@#.-])(?:Iso|Pikku|Lille|Lilla|Store|Stora|Stor|Big|Lil|Little|Klein|Kleine|Grote|Petit|Grand)-(?<name>\p{Lu}[\p{Ll}\p{M}]+)(?![\p{L}\p{N}_@-])/gu;
const QUOTED_NICKNAME_BY_NAME =
  /(?<first>\p{Lu}[\p{Ll}\p{M}]+)\s+(?:(?:og|and|en|et|und|ja|och|&)\s+)?["«“„'‘]\s?(?<nick>\p{Lu}[\p{L}\p{M}'’-]{1,20})\s?["»”“'’]/gu;
const NAME_RUN_IN_COMMAS =
  /,\s(?<name>\p{Lu}[\p{Ll}\p{M}]+(?:-\p{Lu}[\p{Ll}\p{M}]+)?(?:\s(?:(?:van|de|der|den|von|le|la|af)\s)?\p{Lu}[\p{Ll}\p{M}'’-]+){1,2})(?=\s?[,(])/gu;
const NAME_AND_SURNAME_WITH_AGE =
  /(?<![\p{L}\p{N}_@#.-])(?<name>\p{Lu}[\p{Ll}\p{M}]+\s\p{Lu}[\p{Ll}\p{M}'’-]*)(?=\s?\(\s?\d{1,2}\s?\))/gu;
const ARTICLE_BEFORE =
  /(?<![\p{L}])(?:der|die|das|den|dem|des|ein|eine|einen|einem|einer|en|ei|et|een|het|le|la|les|un|une|the|a|an)\s+$/iu;
const PAIR_AT_SENTENCE_START =
  /(?<first>\p{Lu}[\p{Ll}\p{M}]+(?:-\p{Lu}[\p{Ll}\p{M}]+)?)\s*(?:\s(?:og|and|en|et|und|ja|och)\s|\+|&)\s*(?<second>\p{Lu}[\p{Ll}\p{M}]+(?:-\p{Lu}[\p{Ll}\p{M}]+)?)(?:\s(?<third>(?:Ó\s|O'|Mc|van\s|de\s)?\p{Lu}[\p{Ll}\p{M}'’]+(?:-\p{Lu}[\p{Ll}\p{M}]+)?))?(?![\p{L}\p{N}_@])/gu;
/** A word in small letters standing on its own: not part of a user name, an address, a link or a code. */
const SMALL_NAME_WORD =
  /(?<![\p{L}\p{N}\p{M}_@#./'’-])\p{Ll}[\p{Ll}\p{M}]{2,14}(?![\p{L}\p{N}\p{M}_@-]|[./'’]\p{L})/gu;
const AND_NAME = /^\s*(?:og|and|und|en|et|ja|och|&)\s+(?<name>\p{Lu}[\p{Ll}\p{M}]+)(?![\p{L}\p{N}_@-])/u;
/** "To be" in the languages whose word for it is a first name too ("Vera"): "segjast vera 13 ára". */
const COPULAS_BEFORE_AGE = new Set(['vera', 'være', 'vere', 'vara']);
/** A first name, then "and", just before a name: "Ayşe und ", "Ali och ". */
const NAME_AND_BEFORE =
  /(?<![\p{L}\p{N}_@#.-])(?<name>\p{Lu}[\p{Ll}\p{M}]+)\s+(?:og|and|und|en|et|ja|och|&)\s+$/u;
/** Where the person named is from, before "and" another: " från Borgå", " from Bergen", " aus Eupen". */
const FROM_TOWN_AFTER =
  /^\s+(?:från|fra|frå|from|aus|uit|van|de|d'|frá|úr|kotoisin)\s+(?<town>\p{Lu}[\p{Ll}\p{M}]+)/u;

/** Finnish case endings, and the Icelandic ones for words with Icelandic letters ("Guðrúnu", "Jóni", "Sigrúnar"). */
const FINNISH_ENDINGS = [
  'ille',
  'lle',
  'lla',
  'llä',
  'lta',
  'ltä',
  'ssa',
  'ssä',
  'sta',
  'stä',
  'ksi',
  'ineen',
  'iin',
  'in',
  'n',
];
/** The Finnish partitive ("pikkusiskoaan Ellaa", "tapasimme Mattia"); in an Icelandic note "Gylfa" is Gylfi's own case. */
const FINNISH_PARTITIVE = ['aa', 'ää', 'ta', 'tä', 'ia', 'iä', 'a', 'ä'];
const ICELANDIC_ENDINGS = ['ar', 'ur', 'u', 'i', 'a'];
function isInflectedFirstName(word: string, firstNames: ReadonlySet<string>, icelandicText = false): boolean {
  return inflectedFirstName(word, firstNames, icelandicText) !== undefined;
}
/** The first name a word in a Finnish or Icelandic case is a form of ("Ellaa" → "ella", "Matille" → "matti"). */
function inflectedFirstName(
  word: string,
  firstNames: ReadonlySet<string>,
  icelandicText = false,
): string | undefined {
  const lower = word.toLowerCase();
  // "Diese", "Jene", "hennar", "allir": an article, a demonstrative or a possessive is no case of a first name.
  if (DETERMINERS.has(lower) && !firstNames.has(lower)) return undefined;
  // An Icelandic genitive in -s ("bróðir Jóns", "Péturs"), only in a note that reads Icelandic.
  const endings = /[ðþæöáéíóúý]/u.test(lower)
    ? [...FINNISH_ENDINGS, ...ICELANDIC_ENDINGS, ...(icelandicText ? ['s'] : [])]
    : icelandicText
      ? [...FINNISH_ENDINGS, ...ICELANDIC_ENDINGS, 's']
      : [...FINNISH_ENDINGS, ...FINNISH_PARTITIVE];
  // An Icelandic name in -ir or -ur drops it in the other cases ("við Birki", "um Hlyn"): only in a note that reads
  // Icelandic, and not for the short words ("Val" is the club Valur's).
  if (icelandicText && lower.length >= 4) {
    if (/[iu]$/u.test(lower) && firstNames.has(`${lower}r`)) return `${lower}r`;
    if (firstNames.has(`${lower}ur`)) return `${lower}ur`;
    // "með Hrafnhildi", "um Sigrúnu": a woman's name in -ur or -ún takes -i or -u in the other cases.
    if (/[iu]$/u.test(lower) && firstNames.has(`${lower.slice(0, -1)}ur`)) return `${lower.slice(0, -1)}ur`;
    if (lower.endsWith('u') && firstNames.has(lower.slice(0, -1))) return lower.slice(0, -1);
  }
  const known = (name: string) => name.length >= 4 && firstNames.has(name);
  // Finnish -s names take -ksen: "Eliaksen" is Elias's, "Tuukkaksen" no name.
  if (lower.endsWith('ksen') && known(`${lower.slice(0, -4)}s`)) return `${lower.slice(0, -4)}s`;
  // Icelandic u-umlaut: "Kötlu" is Katla's, "Hörpu" Harpa's, "Önnu" Anna's.
  if (/ö[^ö]*u$/u.test(lower)) {
    const umlaut = lower.replace(/ö([^ö]*)u$/u, 'a$1a');
    if (known(umlaut) || firstNames.has(umlaut)) return umlaut;
  }
  for (const ending of endings) {
    if (!lower.endsWith(ending) || lower.length - ending.length < 3) continue;
    const stem = lower.slice(0, -ending.length);
    // Finnish endings follow the name's own last vowel ("Ainon", "Annalle"), with gradation ("Matin", "Matille" are
    // Matti's, "Pekan" Pekka's); Icelandic ones replace it ("Gylfa" is Gylfi's). "Tabelle" is no case of Tabea.
    const icelandicEnding =
      (ICELANDIC_ENDINGS.includes(ending) && !FINNISH_PARTITIVE.includes(ending)) ||
      /[ðþæáéíóúý]/u.test(lower);
    const doubled = stem.replace(/([ptk])([aeiouyäö])$/u, '$1$1$2');
    const doubledConsonant = stem.replace(/([ptk])$/u, '$1$1');
    const candidates = [
      stem,
      ...(icelandicEnding ? [stem + 'i', stem + 'a', stem + 'ä'] : []),
      ...(doubled !== stem ? [doubled, doubled.slice(0, -1) + 'i'] : []),
      ...(doubledConsonant !== stem ? [doubledConsonant + 'i', doubledConsonant + 'a'] : []),
    ];
    const name = candidates.find(known);
    if (name) return name;
  }
  return undefined;
}

/** A word in small letters (or a comma) right before a lone first name: the name stands inside a sentence. */
const LONE_NAME_BEFORE =
  /(?:(?<![\p{L}\p{N}_@#.-])\p{Ll}[\p{Ll}\p{M}'’]*,?\s+|,\s+|(?<![\p{L}])(?:qu|lorsqu|puisqu|jusqu|d|l|j|s|n|m|t)['’])$/u;
/** Where a town stands rather than a person: "i Lovisa", "in Lincoln", "aus Amel", "på Vik". */
const PLACE_BEFORE =
  /(?<![\p{L}])(?:i|í|in|im|på|paa|aus|uit|från|frá|ved|nær|near|nahe|près de|omkring|rundt)\s+$/iu;
const LIST_BEFORE =
  /(\p{Lu}[\p{L}\p{M}'’-]+)(?:\s*,\s*|\s+(?:og|and|und|en|et|ja|och|eða|or|eller|of|ou|oder|tai)\s+)$/u;
const LIST_AFTER =
  /^(?:\s*,\s*|\s+(?:og|and|und|en|et|ja|och|eða|or|eller|of|ou|oder|tai)\s+)(\p{Lu}[\p{L}\p{M}'’-]+)/u;

/** Whether a word stands in a list beside a town ("Molde og Alta", "Hamar, Kristiansand, Alta"). */
function inListOfTowns(text: string, start: number, end: number): boolean {
  const listBefore = LIST_BEFORE.exec(text.slice(Math.max(0, start - 40), start));
  const before = listBefore?.[1];
  const after = LIST_AFTER.exec(text.slice(end, end + 40))?.[1];
  const town = (word: string | undefined) => word !== undefined && TOWN_SET.has(word.toLowerCase());
  // "een jongen uit Antwerpen, Bram, haar …": a name set off by commas after the town someone is from is a person's.
  const apposition =
    listBefore !== null &&
    /,\s*$/u.test(listBefore[0]) &&
    /^,/u.test(text.slice(end, end + 1)) &&
    !town(after);
  return !apposition && [before, after].some(town);
}

/** Inside quotes after a thing: "kamer 'Berg en Dal Chillen'", "servern «Nord Legends»" are titles. */
function quotedAfterThing(text: string, start: number): boolean {
  const head = text.slice(Math.max(0, start - 40), start);
  // Only capitalised words inside the quotes before the name: "'Berg en Dal …", not a quotation "'ik ben Emre …".
  const quote = /["«“„'‘](?:\p{Lu}[\p{L}\p{M}'’-]*\s+(?:(?:en|og|and|et|und|ja|och|&)\s+)?)*$/u.exec(head);
  return quote !== null && thingBefore(text, start - head.length + quote.index);
}

/** A name in a list with a game's or a story's characters: "Mario, Luigi og Björk" are no children. */
function listedWithCharacters(text: string, start: number, end: number): boolean {
  const before = LIST_BEFORE.exec(text.slice(Math.max(0, start - 40), start))?.[1];
  const after = LIST_AFTER.exec(text.slice(end, end + 40))?.[1];
  // Also in an Icelandic or Finnish case: "Laufey og Hatara" (Hatari), "Marioa" (Mario).
  const forms = (word: string) => {
    const lower = word.toLowerCase();
    return [lower, lower.replace(/(?:a|u|ur|ar|ia|ta|ä|n)$/u, ''), lower.replace(/[au]$/u, 'i')];
  };
  return [before, after].some(
    (word) => word !== undefined && forms(word).some((form) => isCharacter(form) || isFamous(form)),
  );
}
/** "from" and "to", which name a town in a sentence of moving or living ("moved from Preston to Lincoln"). */
const FROM_OR_TO_BEFORE =
  /(?<![\p{L}])(?:fra|frå|från|frá|from|van|de|aus|to|til|till|naar|nach|vers|en)\s+$/iu;
const MOVING =
  /(?<![\p{L}])(?:flytt\p{L}*|mov(?:e|ed|es|ing)|verhuis\p{L}*|verhuizen|déménag\p{L}*|umgezogen|umziehen|zog|muutt\p{L}*|flutti|flytur|flyttar|kommer|kjem|kom|komt|kwam|kommt|kam|vient|venu|venue|tulee|tuli|kemur|kom|lives?|living|bor|budde|woont|woonde|wohnt|wohnte|habite|habitait|asuu|asui|býr|bjó|reist\p{L}*|travel\p{L}*|went|dro|gikk|gick|fuhr|ging|alla|meni|fór|from|fra|frå|från|aus|uit)(?![\p{L}])/iu;

/** Small words only German of the nine languages writes: a note that has them capitalises its nouns ("Müllers Tore"). */
const GERMAN_WORDS =
  /(?<![\p{L}])(?:und|ist|nicht|wir|sie|auf|eine|einen|einem|hat|wurde|auch|sich|ich|dass|über|für|zum|zur|beim|noch|schon|haben|sind|wollte)(?![\p{L}])/iu;

/** Letters only Icelandic of the nine languages writes. */
const ICELANDIC_LETTERS = /[ðþ]/iu;
/** Letters and small words of Finnish and Icelandic, where names take case endings. */
const FINNISH_OR_ICELANDIC =
  /[äöðþáíóúý]|(?<![\p{L}])(?:ja|oli|ei|hän|kanssa|että|ovat|olivat|kertoi|sanoi|kysyi|myös|mutta|kun|joka|jonka|\p{L}\p{Ll}{2,}(?:ssa|sta|lla|lta|lle|ksi|iin|ista|nsa|ivat|ttiin)|\p{L}\p{Ll}{4,}(?:lin|sin|tin|nin))(?![\p{L}])/iu;

/** A capital at the start of a text or sentence says nothing about the word. */
function atSentenceStart(text: string, index: number): boolean {
  const before = text.slice(Math.max(0, index - 4), index);
  // A quotation starts a sentence too: «Tobias på laget …», „Freyja vinkona mín …“, 'ik ben Sanne …'.
  return /(?:^|[.!?:;»«„"“”‘'\n-]\s*|^\s*)$/u.test(before) && !/\p{L}\s*$/u.test(before);
}

const CAPITALISED_WORD_BEFORE = /(\p{Lu}[\p{L}\p{M}'’-]*)\s+$/u;
/**
 * The capitalised word just before `index`, and whether it starts its sentence: "Autoimme Mattia" (a sentence's first
 * word, capitalised for that) or "Shadow Dragonilla", "Travis Scott" (a word of a title or a name).
 */
function capitalisedWordBefore(
  text: string,
  index: number,
): { word: string; startsSentence: boolean } | undefined {
  const m = CAPITALISED_WORD_BEFORE.exec(text.slice(Math.max(0, index - 30), index));
  return m ? { word: m[1], startsSentence: atSentenceStart(text, index - m[0].length) } : undefined;
}

const PARTICLE_WORD =
  /^(?:Van|De|Der|Den|Du|Des|Le|La|Von|Ten|Ter|Di|Da|Del|Af|El|Al|Ben|Bin|Abu|Ould|Dos|Das)$/u;

/**
 * The titles and roles of adults in public life: "Politidirektør Eva Lunde", "korpschef Hanneke van Dijk", "la
 * journaliste Sophie Lambert (RTBF)", "Professor Anders Vik", "streamer Lucas Dumont", "EMPACT-Treiberin Marieke de
 * Vos". A name they introduce is an official's, a researcher's or a public figure's, not a young person's; so is the
 * same name wherever the note repeats it.
 */
/** A king's, a queen's or a prince's title: "le roi Philippe", "kong Harald", "kronprinsesse Ingrid Alexandra". */
const ROYAL_TITLE = String.raw`(?:roi|reine|prince|princesse|koning|koningin|prins|prinses|könig|königin|prinz|prinzessin|kong|konge|kongen|dronning|dronningen|kronprins|kronprinsen|kronprinsesse|kronprinsessen|kung|kungen|drottning|drottningen|kronprinsessan|kuningas|kuningatar|prinssi|prinsessa|konungur|drottning|king|queen|princess|crown prince|crown princess)`;
/** A police officer's rank or a colleague: "Ylikonstaapeli Virtanen", "Kollega Ingrid Fossheim", "hoofdagent De Wit". */
const POLICE_COLLEAGUE = String.raw`(?:kollega|kollegaen|kollegan|kollegen|kollege|kollegin|colleague|collega|collègue|starfsfélagi|starfsfélagi minn|työkaveri|politibetjent|politioverbetjent|politiførstebetjent|polititjenestemann|etterforsker|etterforskeren|etterforskar|etterforskaren|politiadvokat|politiinspektør|konstaapeli|ylikonstaapeli|vanhempi konstaapeli|rikoskonstaapeli|rikosylikonstaapeli|komisario|rikoskomisario|ylikomisario|polisassistent|polisinspektör|inspektör|kommissarie|poliskommissarie|hoofdagent|brigadier|inspecteur principal|inspectrice principale|inspecteur|inspectrice|hoofdinspecteur|wijkagent|agente?|sgt\.?|insp\.?|polizeikommissar|polizeikommissarin|kriminalhauptkommissar|kriminalhauptkommissarin|kriminalkommissar|kriminalkommissarin|kriminaloberkommissar|kriminaloberkommissarin|polizeioberkommissar|polizeioberkommissarin|hauptkommissar|hauptkommissarin|kommissar|kommissarin|polizeiobermeister|polizeihauptmeister|polizeihauptkommissar|polizist|polizistin|lögreglumaður|lögreglukona|lögregluþjónn|varðstjóri|aðalvarðstjóri|rannsóknarlögreglumaður|constable|sergeant|detective|officer)`;
const PUBLIC_ROLE = String.raw`(?:\p{L}+-)?(?:minister|ministerin|ministre|ministeri|ráðherra|statsråd|staatssecretaris|politidirektør|politidirektøren|politimester|politimeister|visepolitimester|politimesteren|korpschef|hoofdcommissaris|commissaris|commissaris-generaal|commissaire|commissaire général|commissaire divisionnaire|polizeipräsident|polizeipräsidentin|polizeidirektor|ríkislögreglustjóri|lögreglustjóri|lögreglustjórinn|poliisiylijohtaja|poliisipäällikkö|poliisijohtaja|rikspolischef|rikspolischefen|polismästare|polischef|chief constable|chief superintendent|superintendent|chief inspector|inspector|commissioner|director|direktør|direktøren|directeur|directrice|direktor|direktorin|forstjóri|johtaja|professor|professorin|professeur|professeure|docteur|docteure|prófessor|professori|prof\.|dr\.|dr|forsker|forskeren|forskar|forskaren|researcher|onderzoeker|onderzoekster|chercheur|chercheuse|forscher|forscherin|kriminologe|kriminologin|tutkija|rannsakandi|journalist|journalisten|journaliste|journalistin|journalisti|toimittaja|fréttakona|fréttakonan|fréttamaður|fréttamaðurinn|reporter|woordvoerder|woordvoerster|porte-parole|pressesprecher|pressesprecherin|press officer|spokesperson|kommunikasjonsrådgiver|kommunikasjonsrådgjevar|kommunikationschef|upplýsingafulltrúi|tiedottaja|viestintäpäällikkö|presschef|presschefen|chargé de communication|chargée de communication|streamer|streameren|streamern|strømmer|strømmeren|strøymar|strøymaren|striimaaja|streymandi|streymandans|youtuber|${POLICE_COLLEAGUE}|${ROYAL_TITLE}|empact-driver|empact-drivar|empact-treiber|empact-treiberin|driver|liaison|europol-kontakt|europol-kontakten|europol-kontaktperson|kontaktperson|kontaktpersonen|sambandsman|sambandsmannen|sambandsperson|tengiliður|tengiliðurinn|tengilið|chargé de presse|chargée de presse|attaché de presse|verbindingsofficier|officier de liaison|verbindungsbeamter|yhteyshenkilö|ordfører|ordføraren|burgemeester|bourgmestre|bürgermeister|bürgermeisterin|borgarstjóri|pormestari|kommunalråd|ambassadør|ambassadeur|sjef|chef|leiter|leiterin|head)`;
/** Compounds of a role: "Justisminister", "polisdirektören", "Kripos-sjef", "pressansvarige", "EMPACT-vetäjä". */
const PUBLIC_ROLE_COMPOUND = String.raw`\p{L}*(?:minister|ministerin|ministeri|drivaren|driveren|direktør|direktøren|direktören|direktorin|directeur|directrice|sjef|sjefen|chef|chefen|leder|lederen|leiter|leiterin|ansvarige|fulltrúi|johtaja|päällikkö|stjórnandi|hoogleraar|vetäjä|pilote|ráðherra|ordfører|agent)`;
/** A role as a word of its own: not a part of a user name ("kebab.koning", "kongen_88"). */
const ROLE = String.raw`(?<![\p{L}\p{N}._@])(?:${PUBLIC_ROLE}|${PUBLIC_ROLE_COMPOUND})(?:n|lle|lta)?(?![\p{L}\p{N}_@]|\.\p{L})`;
const ROLE_WORD = new RegExp(ROLE, 'giu');
const ROLE_ONLY = new RegExp(String.raw`^${ROLE}$`, 'iu');
/** A name of two or three capitalised words ("Tor Olav Brekke", "Marieke de Vos"), or one right after the role. */
const NAME_RUN =
  /(?<![\p{L}])\p{Lu}[\p{Ll}\p{M}'’-]+(?:\s(?:(?:van|de|der|den|von|la|le|du)\s)?\p{Lu}[\p{Ll}\p{M}'’-]+){1,2}(?![\p{L}])/u;
const NAME_RIGHT_AFTER =
  /^\s*(?:\([^)]{1,40}\)\s*)?,?\s+((?:\p{Lu}\.\s?)?\p{Lu}[\p{Ll}\p{M}'’-]+(?:\s(?:(?:van|de|der|den|von|la|le|du)\s)?\p{Lu}[\p{Ll}\p{M}'’-]+){0,2})/u;
/** A name followed by its role: "Marieke de Vos, stjórnandi EMPACT-aðgerðarinnar", "Henrik Tangen, Kripos' press officer". */
const NAME_THEN_ROLE = new RegExp(
  String.raw`(?<name>\p{Lu}[\p{Ll}\p{M}'’-]+(?:\s(?:(?:van|de|der|den|von|la|le|du)\s)?\p{Lu}[\p{Ll}\p{M}'’-]+){1,2}),\s+(?:[\p{L}\p{M}'’-]+\s+){0,2}?${ROLE}`,
  'gu',
);

/** A name with the police unit it works for in brackets: "Ingrid Fossheim (Kripos)", "Jan de Wit (Politie Utrecht)". */
const NAME_THEN_POLICE_UNIT =
  /(?<name>\p{Lu}[\p{Ll}\p{M}'’-]+(?:\s(?:(?:van|de|der|den|von|la|le|du)\s)?\p{Lu}[\p{Ll}\p{M}'’-]+){0,2})\s*\((?:kripos|politi\p{L}*|poliisi\p{L}*|polis\p{L}*|politie\p{L}*|police\p{L}*|polizei\p{L}*|lögregl\p{L}*|europol|krp|noa|nationale politie)(?![\p{L}])[^)]{0,40}\)/giu;

/** A name with a police rank after it, as Icelandic and Finnish write it: "Ragnar Þór Ólafsson lögreglufulltrúi", "Jóna varðstjóri". */
const NAME_THEN_RANK =
  /(?<name>\p{Lu}[\p{Ll}\p{M}'’-]+(?:\s\p{Lu}[\p{Ll}\p{M}'’-]+){0,2})\s+(?:lögreglufulltrú\p{L}*|varðstjór\p{L}*|aðalvarðstjór\p{L}*|lögreglum\p{L}*|lögreglukon\p{L}*|rannsóknarlögreglum\p{L}*|yfirlögregluþjón\p{L}*|lögregluþjón\p{L}*|ylikonstaapeli|konstaapeli|komisario|ylikomisario|rikoskomisario)(?![\p{L}])/gu;

/** The name words of the adults in public roles a note names, before or after their role. */
function publicNamesOf(text: string): Set<string> {
  const words = new Set<string>();
  const add = (name: string | undefined) => {
    for (const word of (name ?? '').split(/\s+/u)) if (/^\p{Lu}/u.test(word)) words.add(word.toLowerCase());
  };
  for (const m of matchesOf(ROLE_WORD, text)) {
    // The name stands within a few words of its role ("Le chargé de presse de Kripos, Henrik Tangen"), not anywhere
    // after it ("Lögreglustjórinn á Suðurnesjum staðfestir að mál Jóns …" names a boy).
    const rest = text
      .slice(m.index + m[0].length, m.index + m[0].length + 70)
      // An initial's dot ends no sentence ("Hoofdagent R. Bakker").
      .split(/(?<!(?:^|\s)\p{Lu})[.;!?\n]/u)[0]
      .split(/(?<=\S)(?=\s)/u)
      .slice(0, 6)
      .join('');
    add(NAME_RIGHT_AFTER.exec(rest)?.[1]);
    add(NAME_RUN.exec(rest)?.[0]);
  }
  for (const m of matchesOf(NAME_THEN_ROLE, text)) add(m.groups?.name);
  for (const m of matchesOf(NAME_THEN_POLICE_UNIT, text)) add(m.groups?.name);
  for (const m of matchesOf(NAME_THEN_RANK, text)) add(m.groups?.name);
  return words;
}

/** A word for a pet or an animal just before a name ("her dog Bella", "katten Findus", "koira Bella"). */
const PET_BEFORE =
  /(?<![\p{L}])(?:(?:politi|polis|poliisi|politie|polizei|lögreglu|police|narkotika|spor|vakt)-?)?(?:chien policier|chien de police|police dog|dog|dogs|cat|cats|puppy|kitten|horse|pony|hamster|rabbit|bunny|pet|hund|hunden|hunden\s+hennes|katt|katten|kattungen|hest|hesten|ponni|ponnien|kanin|kaninen|hond|hondje|kat|katje|paard|pony|konijn|chien|chienne|(?<=(?:le|la|un|une|son|sa|mon|ma|ton|ta|leur|notre|votre|du|au)\s+)(?:chat|chatte)|chiot|cheval|lapin|katze|kater|pferd|hase|kaninchen|welpe|hundur|hundurinn|köttur|kötturinn|hestur|hesturinn|koira|koiransa|kissa|kissansa|hevonen|hevosensa|pupu|valp|valpen|häst|hästen|marsvin|undulat|poes|poesje|hondje|hund|hundinn|hundinum|hundinum\s+sínum|hundinn\s+sinn|kettinum|köttinn|kisu|kisuna|kisunni|kanínan|kanínunni|koirastaan|koirasta|koiran|koiraa|kissasta|kissastaan|kissan|kissaa|katten\s+sin|hunden\s+sin|the\s+cat|the\s+dog|kjæledyr\p{L}*|enhjørning\p{L}*|einhyrning\p{L}*|einhorn|unicorn|licorne|eenhoorn|yksisarvi\p{L}*|enhörning\p{L}*|haustier|huisdier|husdjur|lemmikki\p{L}*|gæludýr\p{L}*|animal de compagnie|pet)(?:\s+(?:vår|vårt|våre|vores|our|onze|notre|unser|unsere|okkar|meidän))?(?:\s+(?:sitt|sin|hennes|hans|hennar|sínum|sínu|namens|named|called|som heter|som het|heter|heiter|heitir|héti|hét|heet|s'appelle|s’appelle|heißt|heisst|nimi|nimi on|is called|is named|kalt|kalla|kallad|nommée?|appelée?|genaamd|heitir|sem heitir|nimeltä|(?:\p{L}+\s+){0,2}(?:har\s+)?(?:kalt|kalla|döpt|gedoopt|genannt|appelé|baptisé|nefnt)))?(?:\s+(?:like|such as|som|wie|comme|zoals|kuten|eins og|såsom))?(?:\s+(?:herr|frau|mr\.?|mrs\.?|mister|miss|monsieur|madame|fru|herra|rouva))?\s*[«"“„']?\s*$/iu;

/** "… er namna på", "are the names of", "sind die Namen": what a note names are things' names. */
const NAMES_OF_AFTER =
  /^(?:\s+(?:og|and|und|en|et|ja|och)\s+\p{Lu}[\p{Ll}\p{M}]+)?\s+(?:er|are|is|sind|ist|zijn|sont|est|ovat|on|är|eru)\s+(?:namna|namnet|navnene|navna|navnet|the names?|die namen|der name|de namen|de naam|les noms|le nom|nimet|nimi|namnen|nöfnin|nafnið)\s+(?:på|of|von|van|de|des|du|af|á|til)(?![\p{L}])/iu;

/** "what … means", in the nine languages: a word asked about is no person. */
const WHAT_BEFORE = /(?<![\p{L}])(?:hva|kva|what|wat|was|ce que|mitä|vad|hvað)\s+$/iu;
const MEANS_AFTER =
  /^\s+(?:betyr|tyder|means|meant|betekent|bedeutet|veut dire|signifie|tarkoittaa|betyder|þýðir|merkir)(?![\p{L}])/iu;

/** A police dog's unit or kind after its name: "Storm og Bella i hundetenesta", "Storm, the police dog". */
const POLICE_DOG_AFTER =
  /^(?:\s+(?:og|and|und|en|et|ja|och)\s+\p{Lu}[\p{Ll}\p{M}]+)?,?\s+(?:(?:i|in|på|from|fra|frå|van|de|der|den|du|la|the|our|vår|from the)\s+){0,2}(?:\p{L}*-)?(?:hundetjenest\p{L}*|hundetenest\p{L}*|politihund\p{L}*|police dog\p{L}*|dog unit|k9|hundeenhet\p{L}*|hondenbrigade|hondengeleider\p{L}*|politiehond\p{L}*|brigade canine|chien policier|diensthund\p{L}*|polizeihund\p{L}*|hundestaffel|poliisikoira\p{L}*|koirayksik\p{L}*|lögregluhund\p{L}*|hundasveit\p{L}*|polishund\p{L}*|hundenhet\p{L}*)(?![\p{L}])/iu;

/** A star's first name as written or in a Finnish or Icelandic case ("Laurista", "Gylfa"). */
function isStarsFirstName(lower: string): boolean {
  return (
    FAMOUS_FIRST_NAMES.has(lower) ||
    isOneNameFamous(lower) ||
    inflectedFirstName(lower, FAMOUS_FIRST_NAMES, true) !== undefined
  );
}

/** The first names of the famous people, each with the beginnings of the surnames it goes with ("teemu" → "puk"). */
const FAMOUS_SURNAME_STARTS = new Map<string, string[]>();
for (const [first, ...rest] of FAMOUS)
  if (rest.length > 0)
    FAMOUS_SURNAME_STARTS.set(first, [
      ...(FAMOUS_SURNAME_STARTS.get(first) ?? []),
      rest[rest.length - 1].slice(0, 3),
    ]);

/**
 * A star's first name before a word that begins like the star's surname: "Teemu Pukista", "Lauri Markkasen" (a
 * case of the surname a list cannot hold). "Lena Kreusch" and "Leon Reuter" stay a girl and a boy.
 */
function starsNameBeginning(first: string, second: string): boolean {
  const starts = FAMOUS_SURNAME_STARTS.get(first) ?? (isOneNameFamous(first) ? [''] : []);
  return starts.some((start) => second.startsWith(start));
}

export function findNames(text: string): Candidate[] {
  answers = new Map();
  starTalk = STAR_TALK.test(text);
  // "Björk og Laufey": two one-name stars side by side are the stars.
  aboutStars =
    starTalk || STAR_CONTEXT.test(text) || (text.match(ONE_NAME_STARS_EVERYWHERE) ?? []).length >= 2;
  famousWordsInText = famousWordsOf(text);
  storyCharactersInText = storyCharactersOf(text);
  const publicNames = publicNamesOf(text);
  // An official's name, also in a case or a genitive ("Helgasonar", "Virtasen"), as the note names it after a title.
  const isPublic = (word: string) => [...publicNames].some((known) => sameName(word.toLowerCase(), known));
  try {
    // "her dog Bella", "koira Bella", "haar hond Bella": an animal's name is no person's, wherever the note repeats it
    // ("poliisikoiran nimi Toivo. On, ja toivo on …").
    const names = findNamesIn(text);
    const petNames = new Set(
      names
        .filter((name) => PET_BEFORE.test(text.slice(Math.max(0, name.start - 40), name.start)))
        .map((name) => text.slice(name.start, name.end).toLowerCase()),
    );
    // "police dogs like Rex and Luna": a name joined to a pet's is a pet's.
    const joinedToPet = (name: Candidate) =>
      [...petNames].some((pet) =>
        new RegExp(
          String.raw`(?<![\p{L}])${pet.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\s+(?:and|og|und|en|et|ja|och|&)\s+$`,
          'iu',
        ).test(text.slice(Math.max(0, name.start - 40), name.start)),
      );
    return names.filter(
      (name) =>
        // "im Namen von MrBeast": a name ends where its word does.
        !/^\p{L}/u.test(text.slice(name.end, name.end + 1)) &&
        !petNames.has(text.slice(name.start, name.end).toLowerCase()) &&
        !joinedToPet(name) &&
        // "Bjørn og Ulv er namna på kjæledyra hans": the names of things.
        !NAMES_OF_AFTER.test(text.slice(name.end, name.end + 60)) &&
        // "Storm og Bella i hundetenesta", "Storm, the police dog": the police's dogs.
        !POLICE_DOG_AFTER.test(text.slice(name.end, name.end + 60)) &&
        // "hva Storm betyr på serveren", "what Storm means in Fortnite": a word asked about.
        !(
          WHAT_BEFORE.test(text.slice(Math.max(0, name.start - 12), name.start)) &&
          MEANS_AFTER.test(text.slice(name.end, name.end + 24))
        ) &&
        // "Athénée Royal de Mons", "Collège Saint-Pierre", "Lycée Victor Hugo": a school named after someone.
        !SCHOOL_WORD_BEFORE.test(text.slice(Math.max(0, name.start - 24), name.start)) &&
        // "pratade om KAJ", "NOA": three capitals are a band's or a unit's letters, not a first name.
        !/^\p{Lu}{2,3}$/u.test(text.slice(name.start, name.end)) &&
        // "Ylikonstaapeli Virtanen": the rank is no part of a young person's name.
        !(
          publicNames.size > 0 &&
          text
            .slice(name.start, name.end)
            .split(/\s+/u)
            .filter((w) => /^\p{Lu}/u.test(w) && !/^\p{Lu}\.$/u.test(w))
            .every((w) => isPublic(w) || ROLE_ONLY.test(w))
        ),
    );
  } finally {
    answers = undefined;
    starTalk = false;
    aboutStars = false;
    famousWordsInText = new Set();
    storyCharactersInText = new Set();
  }
}

/** The cues that say "under the name": after them a word in small letters is a name too. */
const UNDER_THE_NAME =
  /^(?:under namnet|under navnet|under the name(?: of)?|unter dem namen|onder de naam|sous le nom(?: de)?|undir nafninu|nimellä)$/iu;

/** A word that denies what follows: "kein", "keine", "geen", "aucun", "ingen", "not a", "no". */
const NOT_A_BEFORE = new RegExp(String.raw`(?<![\p{L}])(?:${alternation([...NO_WORDS, 'not a'])})\s+$`, 'iu');

/** The languages whose word lists are whole dictionaries. */
const FULL_DICTIONARIES = new Set(['en', 'nb', 'nn', 'nl', 'fr']);

/**
 * The first names that are no word of the note's own languages: the lexicon's, and those that are words only in
 * other languages ("sem" in a Dutch note, "ole" in a Norwegian one, "anna" in any but a Finnish or nynorsk one).
 */
interface NoteWords {
  /** The first names that are no word of the note's own languages. */
  smallLetterNames: Pick<ReadonlySet<string>, 'has'>;
  /** A name that is a word only in languages the note is not written in ("sem" in a Dutch note), by whole dictionaries. */
  wordOnlyElsewhere: (lower: string) => boolean;
  /** A name that is a word in one of the languages the note is written in ("sem" in an Icelandic one). */
  wordInNote: (lower: string) => boolean;
}

function wordsOfNote(text: string, lexicon: NameLexicon): NoteWords {
  const languages = noteLanguages(text);
  // Only where every language of the note has a full dictionary: the Icelandic and Finnish lists are short ("bent á",
  // "alla", "maan" are words there), the Swedish one holds entries only ("ville", "nya") and German nouns that are
  // names too ("Wolf") are not marked as words.
  const whole =
    languages !== undefined && [...languages].every((language) => FULL_DICTIONARIES.has(language));
  const wordOnlyElsewhere = (name: string): boolean => {
    const wordOf = lexicon.wordLanguages.get(name);
    return (
      whole &&
      wordOf !== undefined &&
      !wordOf.includes('*') &&
      !wordOf.some((language) => languages.has(language))
    );
  };
  return {
    smallLetterNames: whole
      ? { has: (name: string) => lexicon.smallLetterNames.has(name) || wordOnlyElsewhere(name) }
      : lexicon.smallLetterNames,
    wordOnlyElsewhere,
    wordInNote: (name) =>
      languages !== undefined &&
      (lexicon.wordLanguages.get(name) ?? []).some((language) => languages.has(language)),
  };
}

function findNamesIn(text: string): Candidate[] {
  const lexicon = nameLexicon();
  const { firstNames, surnames, wordNames, germanNouns } = lexicon;
  const { smallLetterNames, wordOnlyElsewhere, wordInNote } = wordsOfNote(text, lexicon);
  const found: Candidate[] = [];
  const germanText = GERMAN_WORDS.test(text);
  /**
   * A capitalised word no list holds that may still be a name where the sentence says it is one ("Kompisen Kjelle",
   * "Nono, un homme de Seraing"): no word, place, platform, month or institution, not a German noun.
   */
  const couldBeAName = (name: string): boolean => {
    const lower = name.toLowerCase();
    return (
      lower.length >= 3 &&
      !name.includes('-') &&
      !isCommonWord(lower) &&
      !TOWN_SET.has(lower) &&
      !PLATFORM_SET.has(lower) &&
      !CALENDAR_WORDS.has(lower) &&
      !SMALL_WORDS.has(lower) &&
      !SENTENCE_WORD_NAMES.has(lower) &&
      !FUNCTION_WORDS.has(lower) &&
      !(germanText && !firstNames.has(lower)) &&
      !INSTITUTION_ENDING.test(lower) &&
      !GERMAN_NOUN_ENDING.test(lower) &&
      !isNotAPerson(name)
    );
  };
  /** A first name that is a word of a sentence too ("Will", "May", "Diamond", "Die"): alone, no name. */
  const alsoAWord = (lower: string) =>
    FUNCTION_WORDS.has(lower) ||
    SENTENCE_WORD_NAMES.has(lower) ||
    COMMON_FIRST_NAME_WORDS.has(lower) ||
    wordNames.has(lower);

  for (const cue of matchesOf(CUE, text)) {
    NAME_AFTER_CUE.lastIndex = cue.index + cue[0].length;
    const after = NAME_AFTER_CUE.exec(text);
    if (!after) continue;
    const m = { index: cue.index, 0: cue[0] + after[0] } as const;
    const groups: { strong?: string; weak?: string; name?: string } = {
      ...cue.groups,
      name: after.groups?.name,
    };
    let name = groups.name ?? '';
    // "Unser Profil heißt Polizei Ostbelgien Online": the police's own profile.
    if (FUNCTION_WORDS.has(name.toLowerCase().split(/\s+/)[0]) || namesPoliceOrGame(name)) continue;
    const start = m.index + m[0].length - name.length;
    const lowerCase = /^\p{Ll}/u.test(name);
    // In small letters only a known first name: "hes called jayden", "heter nora", "nimi on veeti"; after a weak cue
    // not one that is an everyday word too ("called will").
    // A nickname in quotes after a strong cue is the name whatever it is: 'called himself "tommo"'.
    const quoted =
      groups.strong !== undefined &&
      /["«“„'”]\s*$/u.test(text.slice(cue.index + cue[0].length, start)) &&
      /^["»”“']/u.test(text.slice(start + name.length));
    // Not an insult: "blir kalla «feit» og «taper»".
    if (
      quoted &&
      !FUNCTION_WORDS.has(name.toLowerCase()) &&
      !INSULTS.has(name.toLowerCase()) &&
      !thingBefore(text, m.index)
    ) {
      found.push({ kind: 'PERSON_NAME', start, end: start + name.length });
      continue;
    }
    // "skriv under namnet nordfjordkongen", "sous le nom de loupnoir": what follows "under the name" is the name.
    if (
      lowerCase &&
      UNDER_THE_NAME.test(cue[0]) &&
      name.length >= 4 &&
      !FUNCTION_WORDS.has(name.toLowerCase())
    ) {
      found.push({ kind: 'PERSON_NAME', start, end: start + name.length });
      continue;
    }
    // "ved navn tor-erik haugland": a double first name in small letters, one of its halves a first name.
    const knownSmall = (word: string) =>
      firstNames.has(word) || (word.includes('-') && word.split('-').some((half) => firstNames.has(half)));
    if (lowerCase && !knownSmall(name.toLowerCase())) continue;
    // "real name tom wright": a surname in small letters after the first name.
    if (lowerCase && groups.strong !== undefined) {
      const next = /^\s(\p{Ll}{3,20})(?![\p{L}])/u.exec(
        text.slice(start + name.length, start + name.length + 24),
      )?.[1];
      // The surname lists are short: any word after it that is no function word or verb ("tom wright", not "emma sa").
      if (
        next &&
        !FUNCTION_WORDS.has(next) &&
        !SMALL_WORDS.has(next) &&
        !TELLING_VERB_SET.has(next) &&
        !LINKING_WORDS.has(next)
      )
        name = `${name} ${next}`;
      found.push({ kind: 'PERSON_NAME', start, end: start + name.length });
      continue;
    }
    if (lowerCase && groups.weak !== undefined) {
      if (
        WEAK_CUES_CAPITAL_ONLY.has(groups.weak.toLowerCase()) ||
        COMMON_FIRST_NAME_WORDS.has(name.toLowerCase())
      )
        continue;
    }
    // Only the words that look like a name: "Kari og" stops at "og", "Lucas Dupont Il" is not three names.
    const words = name.split(/\s+/);
    const kept = [words[0]];
    for (let i = 1; i < words.length; i++) {
      const w = words[i];
      const isParticle = WHOLE_PARTICLE.test(w);
      const next = words[i + 1];
      if (isParticle && next) {
        kept.push(w, next);
        i++;
      } else if (isFirstName(w, firstNames) || isSurname(w, surnames) || i === 1) kept.push(w);
      else break;
    }
    name = kept.join(' ');
    // After a strong cue a game character's name that is also a first name is the young person's ("heter Alex",
    // "his name is Leon"); a skin or a character is named after "skin", "karakter" and the like (thingBefore).
    const characterNamedAsChild =
      groups.strong !== undefined &&
      kept.length === 1 &&
      CHARACTER_NAMES.has(name.toLowerCase()) &&
      firstNames.has(name.toLowerCase());
    if ((isNotAPerson(name) && !characterNamedAsChild) || FUNCTION_WORDS.has(name.toLowerCase())) continue;
    // "heitir Ísland Craft", "nimi on Suomi Craft": a place or a platform first is a server's or a team's name.
    // ("heißt Lara Schmetz": a character's name first is still a child's.)
    if (
      kept.length > 1 &&
      (TOWN_SET.has(kept[0].toLowerCase()) || PLATFORM_SET.has(kept[0].toLowerCase())) &&
      !isSurname(kept[1], surnames)
    )
      continue;
    if (groups.weak !== undefined) {
      if (!isFirstName(words[0], firstNames) && !(words[1] && isSurname(words[1], surnames))) continue;
    } else if (
      (!firstNames.has(words[0].toLowerCase()) || characterNamedAsChild || skinBefore(text, m.index)) &&
      thingBefore(text, m.index)
    ) {
      // "Skinnet hans heter Leon": what a skin, a character or an avatar is called is a character's name.
      continue;
    }
    // With one word after a cue, a trailing second word only belongs when it is a surname ("Kari Hansen", not "Kari Hun").
    const parts = name.split(/\s+/);
    if (parts.length === 2 && !isSurname(parts[1], surnames) && !isFirstName(parts[1], firstNames))
      name = parts[0];
    found.push({ kind: 'PERSON_NAME', start, end: start + name.length });
  }

  for (const m of matchesOf(RELATIVE_NAMED, text)) {
    const name = m.groups?.name ?? '';
    if (isNotAPerson(name) || isFamous(name)) continue;
    // One word in apposition ("Gutten, Mathias, ville", "Der Junge, Noah, war") only when it is a known first name
    // standing between commas or brackets.
    if (!name.includes(' ') && (m.groups?.after === undefined || !isFirstName(name, firstNames))) continue;
    const start = m.index + m[0].length - (m.groups?.after ?? '').length - name.length;
    found.push({ kind: 'PERSON_NAME', start, end: start + name.length });
  }

  // A relative or friend with a known first name right after it: "kompisen Jonas", "ihr Bruder Noah", "the boy Liam".
  // Capitalised words run together, one of them a first name that is no word: a user name ("VikingBjørn",
  // "HeklaOgTumi", "StrikerMax", "RicoTheBoss"); not a star's or a brand's ("MontanaBlack", "SpongeBob", "PlayStation").
  for (const m of matchesOf(CAMEL_CASE_WORD, text)) {
    const parts = m[0].match(/\p{Lu}\p{Ll}+/gu) ?? [];
    const hasName = parts.some((part) => {
      const lower = part.toLowerCase();
      return lower.length >= 3 && firstNames.has(lower) && !alsoAWord(lower) && !TOWN_SET.has(lower);
    });
    // In quotes it is what someone calls themselves ("'DeVriendelijkeOom'", "« TontonCool »"); without, "McDonald's",
    // "DeBruyne", "LeBron", "MacKenzie" are a surname's or a brand's own capitals.
    const quoted = /["«“„'‘”]\s?$/u.test(text.slice(Math.max(0, m.index - 2), m.index));
    if (!quoted && (/^(?:Mc|Mac|De|Le|La|Di|Da|Du|Van|Von|Ten|Ter)$/u.test(parts[0] ?? '') || !hasName))
      continue;
    // A server's, a clan's or a map's name in quotes ("Minecraft server "CraftNordic"", "Server „BlockCity“").
    // Also when a part is a first name ("Minecraft-server 'LageLanden'": Lage is a Swedish name).
    if (
      quoted &&
      (thingBefore(text, m.index) ||
        /server|clan|klan|map|kart|welt|world|realm/iu.test(text.slice(Math.max(0, m.index - 30), m.index)))
    )
      continue;
    if (
      isNotAPerson(m[0]) ||
      NOT_A_PERSON.has(m[0].toLowerCase()) ||
      PLATFORM_SET.has(m[0].toLowerCase()) ||
      namesPoliceOrGame(m[0])
    )
      continue;
    found.push({ kind: 'HANDLE', start: m.index, end: m.index + m[0].length });
  }
  // A first name opening a bracket, set off by a comma: "Boyfriend is 19 (Jere, works at the harbour)", "(Kevin, arbeitet
  // in Aachen)". A town, a star or a character there ("(Oslo, Bergen)", "(Mario, Luigi)") is none.
  for (const m of matchesOf(NAME_OPENING_BRACKET, text)) {
    const name = m.groups?.name ?? '';
    const lower = name.toLowerCase();
    if (
      !firstNames.has(lower) ||
      alsoAWord(lower) ||
      isNotAPerson(name) ||
      TOWN_SET.has(lower) ||
      isOneNameFamous(lower) ||
      isCharacter(lower)
    )
      continue;
    const start = m.index + m[0].indexOf(name);
    found.push({ kind: 'PERSON_NAME', start, end: start + name.length });
  }
  // A coach as the last part of a word: "Fotbollstränaren Robban", "Jalkapallovalmentaja Timo", "de voetbaltrainer Erik".
  for (const m of matchesOf(COACH_COMPOUND_THEN_NAME, text)) {
    const name = m.groups?.name ?? '';
    if (!couldBeAName(name) && !firstNames.has(name.toLowerCase())) continue;
    // A coach is near the child even in football talk: only a star named in full or a character is none here.
    if (
      NOT_A_PERSON.has(name.toLowerCase()) ||
      isFamous(name.toLowerCase()) ||
      FUNCTION_WORDS.has(name.toLowerCase())
    )
      continue;
    const start = m.index + m[0].length - name.length;
    found.push({ kind: 'PERSON_NAME', start, end: start + name.length });
  }
  for (const m of matchesOf(SELF_NAMED_BEFORE_VERB, text)) {
    const name = m.groups?.name ?? '';
    if (
      FUNCTION_WORDS.has(name.toLowerCase()) ||
      isNotAPerson(name) ||
      namesPoliceOrGame(name) ||
      (/^\p{Ll}+$/u.test(name) && !firstNames.has(name))
    )
      continue;
    const start = m.index + m[0].indexOf(name);
    found.push({ kind: 'PERSON_NAME', start, end: start + name.length });
  }
  for (const m of matchesOf(A_CERTAIN_QUOTED, text)) {
    const name = m.groups?.name ?? '';
    if (isNotAPerson(name) || FUNCTION_WORDS.has(name.toLowerCase()) || namesPoliceOrGame(name)) continue;
    // "als je iemand 'besteelt'.": after a pronoun a quoted word in small letters that ends the sentence is a verb, not
    // "nån 'robban' frågade", where someone so called does something.
    const endsSentence = /^\s*(?:[.!?,;:)]|$)/u.test(
      text.slice(m.index + m[0].length, m.index + m[0].length + 3),
    );
    if (
      endsSentence &&
      /^\p{Ll}+$/u.test(name) &&
      !firstNames.has(name) &&
      /^(?:iemand|someone|somebody|noen|nokon|någon|nån|joku|jonkun|jollekin|einhver\p{L}*|ene)\s/iu.test(
        m[0],
      )
    )
      continue;
    const start = m.index + m[0].lastIndexOf(name);
    found.push({ kind: 'PERSON_NAME', start, end: start + name.length });
  }
  for (const m of matchesOf(RELATIVE_IS_NAME, text)) {
    const name = m.groups?.name ?? '';
    const words = name.split(/\s/u);
    // One word only when it is a first name ("moren er Anna"), not a place ("äiti on Suomessa") or a thing.
    if (
      words.length === 1
        ? !firstNames.has(name.toLowerCase())
        : words.some((w) => TOWN_SET.has(w.toLowerCase()) || NOT_A_PERSON.has(w.toLowerCase()))
    )
      continue;
    if (isNotAPerson(name) || FUNCTION_WORDS.has(words[0].toLowerCase())) continue;
    const start = m.index + m[0].length - name.length;
    found.push({ kind: 'PERSON_NAME', start, end: start + name.length });
  }
  for (const m of matchesOf(RELATIVE_THEN_NAME, text)) {
    const name = m.groups?.name ?? '';
    const lower = name.toLowerCase();
    // "Kompisen Kjelle", "sa cousine Kenza": after a word for kin or a friend any name is one, known to the lists or
    // not, that is no word, place, platform, month or thing; after "the boy" or "gutten" only a known first name.
    const kin = !GENERIC_PERSON_NOUNS.has(m[0].trim().split(/\s+/u)[0].toLowerCase());
    if (!firstNames.has(lower) && !isInflectedFirstName(name, firstNames) && !(kin && couldBeAName(name)))
      continue;
    // "hänen pikkusiskonsa Poika asuu": a word for a young person or kin is no name.
    if (
      isNotAPerson(name) ||
      FUNCTION_WORDS.has(lower) ||
      GENERIC_PERSON_NOUNS.has(lower) ||
      RELATIVES.includes(lower)
    )
      continue;
    // "bror Ole Brumm", "Mamma Mia": a character or a title with the word before or after it.
    const end = m.index + m[0].length;
    const next = /^\s+(\p{Lu}[\p{L}\p{M}-]+)/u.exec(text.slice(end, end + 40))?.[1];
    if ((next && isNotAPerson(`${name} ${next}`)) || isNotAPerson(m[0].trim())) continue;
    const start = m.index + m[0].length - name.length;
    found.push({ kind: 'PERSON_NAME', start, end: start + name.length });
  }

  for (const m of matchesOf(INTRO_THEN_NAME, text)) {
    const name = m.groups?.name ?? '';
    const lower = name.toLowerCase();
    // "ich bin der leon": a character's name that is a child's too is the child's here, as after "heter".
    const character = CHARACTER_NAMES.has(lower) && !isFamous(lower);
    if (!firstNames.has(lower) || !plainSmallName(lower, character) || (isNotAPerson(name) && !character))
      continue;
    // "this is Mario Kart", "det er Kari Traa": a name followed by a capitalised word is judged by the pair rules.
    const start = m.index + m[0].length - name.length;
    // "moi c'est Nikola Popescu": a surname after it belongs to the name; "this is Mario Kart" is a game.
    const surname = /^\p{Lu}/u.test(name)
      ? /^\s(\p{Lu}[\p{Ll}\p{M}'’-]+)/u.exec(text.slice(start + name.length, start + name.length + 30))?.[1]
      : undefined;
    if (surname && isNotAPerson(`${name} ${surname}`)) continue;
    found.push({
      kind: 'PERSON_NAME',
      start,
      end:
        start + name.length + (surname && !NOT_A_PERSON.has(surname.toLowerCase()) ? surname.length + 1 : 0),
    });
  }

  // A nickname in a quoted introduction: «æ e Tuppen, add mæ», "mä oon Neppis ja …", "im Bazz lol".
  for (const m of matchesOf(QUOTED_INTRO_NICKNAME, text)) {
    const name = m.groups?.name ?? '';
    const lower = name.toLowerCase();
    if (
      isCommonWord(lower) ||
      isNotAPerson(name) ||
      TOWN_SET.has(lower) ||
      PLATFORM_SET.has(lower) ||
      CHARACTER_NAMES.has(lower) ||
      FUNCTION_WORDS.has(lower)
    )
      continue;
    const start = m.index + m[0].lastIndexOf(name);
    found.push({ kind: 'PERSON_NAME', start, end: start + name.length });
  }

  for (const m of matchesOf(RELATIVE_OF_NAME, text)) {
    const name = m.groups?.name ?? '';
    const lower = name.toLowerCase();
    if (
      !firstNames.has(lower) ||
      isNotAPerson(name) ||
      FUNCTION_WORDS.has(lower) ||
      SENTENCE_WORD_NAMES.has(lower) ||
      TOWN_SET.has(lower)
    )
      continue;
    const start = m.index + m[0].length - name.length;
    if (partOfKnownName(text, start, start + name.length)) continue;
    found.push({ kind: 'PERSON_NAME', start, end: start + name.length });
  }

  for (const m of matchesOf(NAME_IN_BRACKETS, text)) {
    const name = m.groups?.named ?? m.groups?.subject ?? '';
    const lower = name.toLowerCase();
    if (
      !firstNames.has(lower) ||
      isNotAPerson(name) ||
      FUNCTION_WORDS.has(lower) ||
      SENTENCE_WORD_NAMES.has(lower)
    )
      continue;
    const start = text.indexOf(name, m.index);
    found.push({ kind: 'PERSON_NAME', start, end: start + name.length });
  }

  for (const m of matchesOf(FINNISH_GENITIVE_RELATIVE, text)) {
    const name = m.groups?.name ?? '';
    // "Nikon äidille", "Jartsan numero"; "Korhosen äiti": a Finnish surname in -nen is -sen in the genitive.
    const stem = inflectedFirstName(name, firstNames);
    const surname =
      /sen$/u.test(name.toLowerCase()) && surnames.has(name.toLowerCase().replace(/sen$/u, 'nen'));
    if (
      (!stem && !surname) ||
      (stem && (NOT_A_PERSON.has(stem) || SENTENCE_WORD_NAMES.has(stem))) ||
      isNotAPerson(name)
    )
      continue;
    found.push({ kind: 'PERSON_NAME', start: m.index, end: m.index + name.length });
  }

  for (const m of matchesOf(TITLE_THEN_SURNAME, text)) {
    const name = m.groups?.name ?? '';
    const lower = name.toLowerCase();
    const surname = name.split(/\s+/u).pop() ?? '';
    const article = m.groups?.article ?? '';
    const teacher = TEACHER_TITLES.has(
      m[0]
        .slice(article.length, m[0].length - name.length)
        .trim()
        .toLowerCase(),
    );
    // "their football coach Jari": a coach's first name is the coach's, whatever star shares it in a note about football.
    const coachedByFirstName = teacher && firstNames.has(lower) && !NOT_A_PERSON.has(lower);
    if (
      (!coachedByFirstName && (isNotAPerson(name) || isNotAPerson(m[0]))) ||
      FUNCTION_WORDS.has(lower) ||
      TOWN_SET.has(lower) ||
      INSTITUTION_ENDING.test(name)
    )
      continue;
    // After a teacher's or a coach's word only what can be a surname ("dem Lehrer Bescheid geben" says nothing).
    // "coach Jari": children call a coach by the first name too.
    if (
      teacher &&
      !isSurname(surname, surnames) &&
      !couldBeAName(surname) &&
      !firstNames.has(surname.toLowerCase())
    )
      continue;
    // "eine Frau Mitte 40", "un monsieur" are a woman, a man; "ein Herr Wagner" is Mr Wagner all the same.
    if (article !== '' && !isSurname(surname, surnames)) continue;
    const start = m.index + m[0].length - name.length;
    found.push({ kind: 'PERSON_NAME', start, end: start + name.length });
  }

  for (const m of INITIALS_OF_SOMEONE.flatMap((pattern) => [...matchesOf(pattern, text)])) {
    const name = m.groups?.name ?? '';
    const start = text.indexOf(name, m.index);
    found.push({ kind: 'PERSON_NAME', start, end: start + name.length });
  }

  for (const m of matchesOf(SURNAME_FIRST, text)) {
    const first = m.groups?.first ?? '';
    if (
      (!firstNames.has(first.toLowerCase()) && !m.groups?.age) ||
      isNotAPerson(first) ||
      NOT_A_PERSON.has((m.groups?.surname ?? '').toLowerCase())
    )
      continue;
    found.push({ kind: 'PERSON_NAME', start: m.index, end: m.index + m[0].length });
  }

  for (const [index, pattern] of QUOTED_NICKNAMES.entries())
    for (const m of matchesOf(pattern, text)) {
      const name = m.groups?.name ?? '';
      if (!/\p{L}/u.test(name) || FUNCTION_WORDS.has(name.toLowerCase()) || isNotAPerson(name.trim()))
        continue;
      // "„GG EZ 💀“", "« MDR 😂 »": a chat message, not a nickname.
      if (/\p{Extended_Pictographic}/u.test(name) || /^(?:\p{Lu}{1,4}\s)+\p{Lu}{1,4}$/u.test(name.trim()))
        continue;
      // After a verb of calling, only a capitalised nickname of someone: "kalte de andre «taper»" is an insult,
      // "kalla serveren «Fjordgjengen»" a server.
      if (
        index === 0 &&
        (!/^\p{Lu}/u.test(name) ||
          INSULTS.has(name.toLowerCase()) ||
          thingBefore(text, text.indexOf(name, m.index)))
      )
        continue;
      // Before "egentlig", "en vrai": a capitalised nickname, not a quoted word ("«nei» egentlig").
      if (index === 3 && (!/^\p{Lu}/u.test(name) || INSULTS.has(name.toLowerCase()))) continue;
      const start = text.indexOf(name, m.index);
      found.push({ kind: 'PERSON_NAME', start, end: start + name.length });
    }

  for (const m of matchesOf(EVERYONE_CALLS, text)) {
    // "kutsuvat Ketuksi": in Finnish the nickname stands in the translative, which is what the note holds.
    const name = m.groups?.after ?? m.groups?.before ?? '';
    if (
      FUNCTION_WORDS.has(name.toLowerCase()) ||
      INSULTS.has(name.toLowerCase()) ||
      isNotAPerson(name) ||
      PLATFORM_SET.has(name.toLowerCase())
    )
      continue;
    const start = m.index + m[0].lastIndexOf(name);
    found.push({ kind: 'PERSON_NAME', start, end: start + name.length });
  }

  for (const m of matchesOf(CALLED_BY_NICKNAME, text)) {
    const name = m.groups?.name ?? '';
    // "noemt hem Robux aanbiedt": a game's money or a platform is no nickname.
    if (
      FUNCTION_WORDS.has(name.toLowerCase()) ||
      isNotAPerson(name) ||
      INSULTS.has(name.toLowerCase()) ||
      PLATFORM_SET.has(name.toLowerCase()) ||
      /^(?:robux|v-?bucks|gems|coins|skins?)$/iu.test(name)
    )
      continue;
    const start = m.index + m[0].length - name.length;
    found.push({ kind: 'PERSON_NAME', start, end: start + name.length });
  }

  for (const m of matchesOf(RELATIVE_THEN_SMALL_NAME, text)) {
    const name = m.groups?.name ?? '';
    // "zijn beste vriend sem": a word only in another language than the note's ("sem" is Icelandic) is a name here.
    // "vinkonu sinni emblu", "siskonsa aadan": a first name in a case, its stem no word.
    const stem = firstNames.has(name)
      ? name
      : inflectedFirstName(name, firstNames, ICELANDIC_LETTERS.test(text));
    if (
      stem === undefined ||
      !(kinSmallName(stem) || wordOnlyElsewhere(stem)) ||
      (stem !== name && !smallLetterNames.has(stem)) ||
      isNotAPerson(m[0].trim())
    )
      continue;
    const start = m.index + m[0].length - name.length;
    found.push({ kind: 'PERSON_NAME', start, end: start + name.length });
  }

  for (const m of matchesOf(NAME_BEFORE_CUE, text)) {
    const name = m.groups?.name ?? '';
    if (!isNotAPerson(name)) found.push({ kind: 'PERSON_NAME', start: m.index, end: m.index + name.length });
  }

  // Any capitalised word before a patronymic or a Finnish -nen name: "Jóhönnu Sigurðardóttur", "Pekan Virtasen".
  for (const m of matchesOf(PATRONYMIC_PAIR, text)) {
    const [first, second] = [m.groups?.first ?? '', m.groups?.second ?? ''];
    const firstLower = first.toLowerCase();
    if (FUNCTION_WORDS.has(firstLower) || NOT_A_PERSON.has(firstLower)) continue;
    // "Same Jackson as before", "Diese Johansson": an article or a demonstrative opening the sentence is no first name.
    if (DETERMINERS.has(firstLower) && !firstNames.has(firstLower)) continue;
    if (
      NOT_PATRONYMIC.has(second.toLowerCase()) ||
      NOT_A_PERSON.has(second.toLowerCase()) ||
      GERMAN_NOUN_ENDING.test(second)
    )
      continue;
    // "Hannes Þór Halldórsson": the pair may be the end of a famous name.
    const before = /(\p{Lu}[\p{L}\p{M}-]+)\s+$/u.exec(text.slice(Math.max(0, m.index - 30), m.index))?.[1];
    if (isNotAPerson(`${first} ${second}`) || (before && isFamous(`${before} ${first} ${second}`))) continue;
    found.push({ kind: 'PERSON_NAME', start: m.index, end: m.index + m[0].length });
  }

  // A first name as the one who speaks or with an age: "Emma sa at", "Noah (13) asked", "Aino, 14 v, kertoi".
  for (const m of matchesOf(FIRST_NAME_SPEAKING, text)) {
    const name = m.groups?.name ?? '';
    const lower = name.toLowerCase();
    if (!firstNames.has(lower) || isNotAPerson(name) || FUNCTION_WORDS.has(lower) || CHILD_WORDS.has(lower))
      continue;
    // With a plain verb after it, not the names that are words ("Will", "May", "Hans"), nor one-name stars.
    if (
      !m.groups?.age &&
      (SENTENCE_WORD_NAMES.has(lower) || isOneNameFamous(lower) || SMALL_WORDS.has(lower))
    )
      continue;
    if (partOfKnownName(text, m.index, m.index + name.length)) continue;
    found.push({ kind: 'PERSON_NAME', start: m.index, end: m.index + name.length });
  }

  for (const m of matchesOf(SMALL_FIRST_NAME_SPEAKING, text)) {
    const name = m.groups?.name ?? '';
    if (!firstNames.has(name) || !plainSmallName(name) || isOneNameFamous(name)) continue;
    const start = m.index + m[0].indexOf(name);
    found.push({ kind: 'PERSON_NAME', start, end: start + name.length });
  }

  for (const m of matchesOf(NAME_BEFORE_FINAL_VERB, text)) {
    const name = m.groups?.name ?? '';
    const lower = name.toLowerCase();
    if (
      /^\p{Ll}/u.test(name)
        ? !firstNames.has(lower) || COMMON_FIRST_NAME_WORDS.has(lower)
        : FUNCTION_WORDS.has(lower)
    )
      continue;
    if (isNotAPerson(name) || thingBefore(text, m.index)) continue;
    const start = m.index + m[0].indexOf(name, m[0].length - name.length - 12);
    found.push({ kind: 'PERSON_NAME', start, end: start + name.length });
  }

  // A first name someone talked or played with: "snakket med Emma", "talked with Liam", "sprach mit Jonas".
  for (const m of matchesOf(WITH_NAME, text)) {
    const name = m.groups?.name ?? '';
    const lower = name.toLowerCase();
    if (!firstNames.has(lower) && !isInflectedFirstName(name, firstNames, ICELANDIC_LETTERS.test(text)))
      continue;
    if (
      isNotAPerson(name) ||
      FUNCTION_WORDS.has(lower) ||
      SENTENCE_WORD_NAMES.has(lower) ||
      isOneNameFamous(lower)
    )
      continue;
    const start = m.index + m[0].length - name.length;
    if (partOfKnownName(text, start, start + name.length) || thingBefore(text, start, true)) continue;
    found.push({ kind: 'PERSON_NAME', start, end: start + name.length });
  }

  for (const m of matchesOf(WITH_SMALL_NAME, text)) {
    const name = m.groups?.name ?? '';
    // "m/ kára" is Kári's: a first name in small letters in a case of its own too.
    const stem = firstNames.has(name)
      ? name
      : FINNISH_OR_ICELANDIC.test(text)
        ? inflectedFirstName(name, firstNames, ICELANDIC_LETTERS.test(text))
        : undefined;
    if (stem === undefined || !plainSmallName(stem) || isOneNameFamous(stem)) continue;
    const start = m.index + m[0].length - name.length;
    if (thingBefore(text, start, true) || partOfKnownName(text, start, start + name.length)) continue;
    found.push({ kind: 'PERSON_NAME', start, end: start + name.length });
  }

  for (const m of matchesOf(NAME_COMMA_RELATIVE, text)) {
    const name = m.groups?.name ?? '';
    const lower = name.toLowerCase();
    // "Er kommt aus Amel, sein Cousin aus Kelmis": a place after "from" is no person.
    // "frá Daníel, þjálfaranum sínum": a first name that is no town is the person all the same.
    if (
      /(?:aus|from|fra|frå|från|uit|van|de|frá|in|i|í|à|en|op|på)\s+$/iu.test(
        text.slice(Math.max(0, m.index - 6), m.index),
      ) &&
      (!firstNames.has(lower) || TOWN_SET.has(lower))
    )
      continue;
    const kin = !GENERIC_PERSON_NOUNS.has((m.groups?.relative ?? '').toLowerCase());
    if (!firstNames.has(lower) && !(kin && couldBeAName(name))) continue;
    if (
      isNotAPerson(name) ||
      FUNCTION_WORDS.has(lower) ||
      SENTENCE_WORD_NAMES.has(lower) ||
      isOneNameFamous(lower)
    )
      continue;
    if (partOfKnownName(text, m.index, m.index + name.length)) continue;
    found.push({ kind: 'PERSON_NAME', start: m.index, end: m.index + name.length });
  }

  for (const m of matchesOf(NAME_IN_APPOSITION, text)) {
    const name = m.groups?.name ?? '';
    const lower = name.toLowerCase();
    // "Hun trainer van de voetbal, Erik, zou …": set off by commas a first name is a person's, in a note about football
    // too; a double name counts when both halves are first names ("Tor-Erik").
    const known =
      firstNames.has(lower) ||
      (lower.includes('-') && lower.split('-').every((half) => firstNames.has(half)));
    if (
      !known ||
      NOT_A_PERSON.has(lower) ||
      isFamous(lower) ||
      isStoryCharacter(lower) ||
      FUNCTION_WORDS.has(lower) ||
      isOneNameFamous(lower)
    )
      continue;
    const start = m.index + m[0].indexOf(name);
    if (partOfKnownName(text, start, start + name.length)) continue;
    found.push({ kind: 'PERSON_NAME', start, end: start + name.length });
  }

  // A first name in small letters between commas after a word for one of them: "Den eine, sindre, fortalde".
  for (const m of matchesOf(SMALL_NAME_IN_APPOSITION, text)) {
    const name = m.groups?.name ?? '';
    if (!firstNames.has(name) || !plainSmallName(name) || isOneNameFamous(name)) continue;
    const start = m.index + m[0].lastIndexOf(name);
    found.push({ kind: 'PERSON_NAME', start, end: start + name.length });
  }

  for (const m of matchesOf(FINNISH_WITH, text)) {
    const name = m.groups?.name ?? '';
    const stem = inflectedFirstName(name, firstNames);
    if (!stem || !plainSmallName(stem) || SENTENCE_WORD_NAMES.has(stem) || isNotAPerson(name)) continue;
    found.push({ kind: 'PERSON_NAME', start: m.index, end: m.index + name.length });
  }

  // A first name talked about, or named with a friend: "snakket om Ingrid", "Eirik og kameraten".
  for (const pattern of [ABOUT_NAME, NAME_AND_RELATIVE]) {
    for (const m of matchesOf(pattern, text)) {
      const name = m.groups?.name ?? '';
      const lower = name.toLowerCase();
      // In small letters only a first name that is no word of a sentence ("snakket om emma", not "om liv og død").
      if (!/^\p{Lu}/u.test(name) && (!firstNames.has(lower) || !plainSmallName(lower))) continue;
      if (!firstNames.has(lower) && !isInflectedFirstName(name, firstNames)) continue;
      if (
        isNotAPerson(name) ||
        FUNCTION_WORDS.has(lower) ||
        SENTENCE_WORD_NAMES.has(lower) ||
        isOneNameFamous(lower)
      )
        continue;
      const start = m.index + m[0].indexOf(name, pattern === ABOUT_NAME ? m[0].length - name.length : 0);
      if (partOfKnownName(text, start, start + name.length) || thingBefore(text, start)) continue;
      // "om Karl Johans gate", "over Frenkie de Jong": with more capitalised words it is a street, a star or a full
      // name, which the rules for those judge.
      const rest = text.slice(start + name.length, start + name.length + 30);
      if (pattern === ABOUT_NAME && FOLLOWED_BY_CAPITAL.test(rest)) {
        // "concernant Inès Haddad", "zu Noah Lentz": after the words of case handling, a first name and a surname.
        const caseWord =
          /(?:concernant|concerning|regarding|referral on|report on|zu|betreffende|angående|gällande|rörande|vegna|varðandi|koski|koskien)\s+$/iu.test(
            text.slice(Math.max(0, start - 16), start),
          );
        const surname =
          !caseWord || starTalk
            ? undefined
            : /^\s(\p{Lu}[\p{Ll}\p{M}'’-]{2,30})(?![\p{L}\p{N}])(?!\s+(?:gate|gata|gaten|street|straat|straße|strasse|rue|vei|veien|road|katu))/u.exec(
                rest,
              )?.[1];
        if (
          surname &&
          !isNotAPerson(`${name} ${surname}`) &&
          !NOT_A_PERSON.has(surname.toLowerCase()) &&
          !TOWN_SET.has(surname.toLowerCase()) &&
          !INSTITUTION_ENDING.test(surname) &&
          !partOfKnownName(text, start, start + name.length + 1 + surname.length)
        ) {
          found.push({ kind: 'PERSON_NAME', start, end: start + name.length + 1 + surname.length });
        }
        continue;
      }
      // "about Jordan 1 sneakers", "om Mario 64": a name with a number after it is a product or a game.
      if (pattern === ABOUT_NAME && /^\s\d/u.test(rest)) continue;
      // "um Laufey og Hatara": a one-name star listed with a star or a character.
      if (isStarsFirstName(name.toLowerCase()) && listedWithCharacters(text, start, start + name.length))
        continue;
      // "über Max und Moritz", "om Tom og Jerry": a pair that is a title.
      const pair = PAIR_AFTER.exec(rest);
      if (pair && isNotAPerson(`${name} ${pair[1]} ${pair[2]}`)) continue;
      found.push({ kind: 'PERSON_NAME', start, end: start + name.length });
    }
  }

  // Two known first names joined: "Emma og Nora snakket sammen", "Liam and Noah"; not a title ("Tom and Jerry").
  for (const m of matchesOf(FIRST_AND_FIRST, text)) {
    const names = [m.groups?.first ?? '', m.groups?.second ?? ''];
    const plain = (n: string) => {
      const lower = n.toLowerCase();
      return (
        firstNames.has(lower) &&
        !isNotAPerson(n) &&
        !FUNCTION_WORDS.has(lower) &&
        !SENTENCE_WORD_NAMES.has(lower) &&
        !isOneNameFamous(lower)
      );
    };
    // "Onni ja Elias": a first name that is a word too ("onni" is luck) counts when the other is a plain first name.
    const wordName = (n: string) =>
      firstNames.has(n.toLowerCase()) &&
      SENTENCE_WORD_NAMES.has(n.toLowerCase()) &&
      !CALENDAR_WORDS.has(n.toLowerCase()) &&
      !isNotAPerson(n);
    const pairOfNames =
      names.every(plain) ||
      (plain(names[0]) && wordName(names[1])) ||
      (wordName(names[0]) && plain(names[1]));
    if (!pairOfNames || isNotAPerson(m[0].replace(/\s+/gu, ' '))) continue;
    if (partOfKnownName(text, m.index + m[0].length - names[1].length, m.index + m[0].length)) continue;
    const firstEnd = m.index + names[0].length;
    if (partOfKnownName(text, m.index, firstEnd)) continue;
    const secondStart = m.index + m[0].length - names[1].length;
    found.push(
      { kind: 'PERSON_NAME', start: m.index, end: firstEnd },
      { kind: 'PERSON_NAME', start: secondStart, end: secondStart + names[1].length },
    );
  }

  // Two first names in small letters joined: "mohamed en lotte", "ilyas och wilma", "nonna og amiru", "à yasmine et à théo".
  for (const m of matchesOf(SMALL_FIRST_AND_FIRST, text)) {
    const names = [m.groups?.first ?? '', m.groups?.second ?? ''];
    const icelandic = ICELANDIC_LETTERS.test(text);
    const stemOf = (n: string) => (firstNames.has(n) ? n : inflectedFirstName(n, firstNames, icelandic));
    const stems = names.map(stemOf);
    if (!stems.every((stem) => stem !== undefined && plainSmallName(stem) && !isOneNameFamous(stem)))
      continue;
    const secondStart = m.index + m[0].length - names[1].length;
    // "alexander isak och dejan kulusevski": stars in small letters.
    if (
      partOfKnownName(text, m.index, m.index + names[0].length) ||
      partOfKnownName(text, secondStart, secondStart + names[1].length)
    )
      continue;
    found.push(
      { kind: 'PERSON_NAME', start: m.index, end: m.index + names[0].length },
      { kind: 'PERSON_NAME', start: secondStart, end: secondStart + names[1].length },
    );
  }

  // "Liam’s mate", "Emmas bror"; "Noor uit groep 7", "Emma fra Bodø".
  for (const pattern of [NAME_OWNS_RELATIVE, NAME_FROM]) {
    for (const m of matchesOf(pattern, text)) {
      const name = m.groups?.name ?? '';
      const lower = name.toLowerCase();
      const where = m.groups?.where;
      if (where !== undefined && /^\p{Lu}/u.test(where) && !TOWN_SET.has(where.toLowerCase())) continue;
      // "Liam’s mate" and "Emmas bror", "Jonas bror": a genitive -s on the name itself, with or without an apostrophe.
      const apostrophe = /['’]/u.test(text[m.index + name.length] ?? '');
      // "Idunns mor", "Wiljams kusin", "Oluwaseun's aunt": a name no list holds, owning kin, is a name too.
      const unknownOwner =
        pattern === NAME_OWNS_RELATIVE &&
        (apostrophe
          ? couldBeAName(name)
          : lower.endsWith('s') && lower.length >= 5 && couldBeAName(name.slice(0, -1)));
      const known =
        pattern === NAME_OWNS_RELATIVE
          ? (apostrophe && firstNames.has(lower)) ||
            (lower.endsWith('s') && (firstNames.has(lower) || firstNames.has(lower.slice(0, -1)))) ||
            unknownOwner
          : firstNames.has(lower);
      const stem =
        pattern === NAME_OWNS_RELATIVE && !apostrophe && !firstNames.has(lower) ? lower.slice(0, -1) : lower;
      if (
        !known ||
        isNotAPerson(stem) ||
        isNotAPerson(lower) ||
        FUNCTION_WORDS.has(stem) ||
        FUNCTION_WORDS.has(lower) ||
        SENTENCE_WORD_NAMES.has(stem) ||
        isOneNameFamous(stem)
      )
        continue;
      if (partOfKnownName(text, m.index, m.index + name.length)) continue;
      found.push({ kind: 'PERSON_NAME', start: m.index, end: m.index + name.length });
    }
  }

  // Two first names joined by a hyphen are a person's double name, whatever the case ("kristoffer-andré").
  for (const m of matchesOf(HYPHENATED_NAME, text)) {
    const first = (m.groups?.first ?? '').toLowerCase();
    // "Anne-Sofies bror": the second half with a genitive.
    const written = (m.groups?.second ?? '').toLowerCase();
    const second =
      written.endsWith('s') && !firstNames.has(written) && firstNames.has(written.slice(0, -1))
        ? written.slice(0, -1)
        : written;
    // "mai-juni", "tor-fre" are months and days: one half may be a word ("lars-erik"), not both.
    const plain = (w: string) =>
      firstNames.has(w) && w.length >= 3 && !FUNCTION_WORDS.has(w) && !SMALL_WORDS.has(w);
    if (!plain(first) || !plain(second) || first.length + second.length < 7) continue;
    if (COMMON_FIRST_NAME_WORDS.has(first) && COMMON_FIRST_NAME_WORDS.has(second)) continue;
    if (CALENDAR_WORDS.has(first) || CALENDAR_WORDS.has(second)) continue;
    if (isNotAPerson(`${first} ${second}`) || NOT_A_PERSON.has(first) || NOT_A_PERSON.has(second)) continue;
    if (partOfKnownName(text, m.index, m.index + m[0].length)) continue;
    found.push({ kind: 'PERSON_NAME', start: m.index, end: m.index + m[0].length });
  }

  // A first name in a Finnish or Icelandic case inside a sentence: "Kerroin Matille", "Ainon kaveri", "við Guðrúnu".
  // Only in a note that reads Finnish or Icelandic: "Phil Foden" is no genitive of "Fode".
  const casesLikely = FINNISH_OR_ICELANDIC.test(text);
  const icelandicText = ICELANDIC_LETTERS.test(text);
  for (const m of casesLikely ? matchesOf(NAME_WORD, text) : []) {
    const word = m[0];
    if (word.length < 4 || firstNames.has(word.toLowerCase()) || atSentenceStart(text, m.index)) continue;
    const stem = inflectedFirstName(word, firstNames, icelandicText);
    // "Mariosta", "Sonicista": a game character or a star in a case is still one.
    if (
      !stem ||
      isNotAPerson(word) ||
      NOT_A_PERSON.has(word.toLowerCase()) ||
      NOT_A_PERSON.has(stem) ||
      isOneNameFamous(stem)
    )
      continue;
    // "Klaanin nimi on Suden Lapset": a clan's, a server's or a team's name.
    if (thingBefore(text, m.index)) continue;
    // "Shadow Dragonilla", "Frost Dragonilla": after a capitalised word that is no first name it ends a title.
    const capitalBefore = capitalisedWordBefore(text, m.index);
    if (capitalBefore && !capitalBefore.startsSentence && !isFirstName(capitalBefore.word, firstNames))
      continue;
    // "kuuntelee Isac Elliotia": a star's surname in a case after the star's first name.
    if (capitalBefore && isFamous(`${capitalBefore.word} ${word}`)) continue;
    // "Vigdísi Finnbogadóttur": a famous person in a case is still famous.
    const next = /^\s+(\p{Lu}[\p{L}\p{M}-]+)/u.exec(
      text.slice(m.index + word.length, m.index + word.length + 40),
    )?.[1];
    if (next && isFamous(`${word} ${next}`)) continue;
    found.push({ kind: 'PERSON_NAME', start: m.index, end: m.index + word.length });
  }

  // Two words in small letters: a known first name and a surname by the lists or its shape ("talked to emma johansen").
  for (const m of matchesOf(LOWER_PAIR, text)) {
    const [first, second] = [m.groups?.first ?? '', m.groups?.second ?? ''];
    // "onni mäkelä 16v": a first name that is a word too is the name before a surname the lists hold.
    const listedSurname =
      surnames.has(second) && second.length >= 5 && !firstNames.has(second) && !TOWN_SET.has(second);
    if (!firstNames.has(first) || (!plainSmallName(first) && !(listedSurname && !FUNCTION_WORDS.has(first))))
      continue;
    if (FUNCTION_WORDS.has(second) || COMMON_FIRST_NAME_WORDS.has(second) || WHOLE_PARTICLE.test(second))
      continue;
    const byParticle = m.groups?.particle !== undefined && surnames.has(second);
    if (!byParticle && second.length < 4) continue;
    const farm = second.length >= 7 && LOWER_FARM_SURNAME.test(second) && !TOWN_SET.has(second);
    if (
      !byParticle &&
      !farm &&
      !LOWER_SURNAME_SHAPE.test(second) &&
      !(surnames.has(second) && second.length >= 5 && !firstNames.has(second))
    )
      continue;
    if (isNotAPerson(`${first} ${second}`) || NOT_PATRONYMIC.has(second)) continue;
    found.push({
      kind: 'PERSON_NAME',
      start: m.index,
      end: m.index + first.length + (m.groups?.rest ?? '').length,
    });
  }

  /**
   * A surname no list holds after a plain first name: "Aylin Yılmaz", "Amira Benali", "Mehdi Benali". Not a word,
   * a town, a platform, a character or a thing, not a star's name, not a first name of its own, nothing with a number
   * after it ("Mario Kart 8"), and the first name none that is a word too ("Diamond Rank", "Rose Garden").
   */
  const unknownSurname = (firstWord: string, second: string, secondEnd: number): boolean => {
    const [f, w] = [firstWord.toLowerCase(), second.toLowerCase()];
    if (!firstNames.has(f) || w.length < 3 || firstNames.has(w) || surnames.has(w)) return false;
    if (alsoAWord(f) || isOneNameFamous(f) || isCharacter(f)) return false;
    if ((germanText && germanNouns.has(f)) || TOWN_SET.has(f) || PLATFORM_SET.has(f) || CALENDAR_WORDS.has(f))
      return false;
    if (
      TOWN_SET.has(w) ||
      PLATFORM_SET.has(w) ||
      NOT_A_PERSON.has(w) ||
      CHARACTER_NAMES.has(w) ||
      CALENDAR_WORDS.has(w) ||
      FUNCTION_WORDS.has(w) ||
      isCommonWord(w)
    )
      return false;
    if (
      INSTITUTION_ENDING.test(w) ||
      GERMAN_NOUN_ENDING.test(w) ||
      /^\s*\d/u.test(text.slice(secondEnd, secondEnd + 3))
    )
      return false;
    // A star's first name goes on with the star's surname ("Teemu Pukista"); with another it is a boy's or a girl's,
    // in a note about football too ("Liam Hargreaves … plays at the same football club").
    if (isNotAPerson(`${firstWord} ${second}`) || starsNameBeginning(f, w)) return false;
    // "Lage Landen Craft", "Travis Scott Astronomical": in a longer run of capitalised words it is a title or a name
    // the pair does not begin.
    const firstStart = secondEnd - second.length - firstWord.length - 1;
    if (capitalisedWordBefore(text, firstStart)?.startsSentence === false) return false;
    return !/^\s+\p{Lu}/u.test(text.slice(secondEnd, secondEnd + 3));
  };

  // First name + surname.
  const words = [...matchesOf(NAME_WORD, text)].map((m) => ({
    word: m[0],
    start: m.index,
    end: m.index + m[0].length,
  }));
  for (let i = 0; i < words.length - 1; i++) {
    const first = words[i];
    if (!isFirstName(first.word, firstNames) && !firstNames.has(first.word.split('-')[0].toLowerCase()))
      continue;
    let j = i + 1;
    let end = first.end;
    let matched = false;
    while (j < words.length) {
      const gap = text.slice(end, words[j].start);
      const viaParticle = PARTICLE_GAP.test(gap);
      if (!/^\s+$/u.test(gap) && !viaParticle) break;
      const w = words[j].word;
      const particle =
        PARTICLE_WORD.test(w) &&
        j + 1 < words.length &&
        /^\s+$/u.test(text.slice(words[j].end, words[j + 1].start));
      if (particle) {
        end = words[j + 1].end;
        matched = true;
        j += 2;
        continue;
      }
      // "Sara Oluwaseun Adeyemi", "Anne Marie": a first name after a first name, neither a word, is a double name.
      const doubleName =
        j === i + 1 &&
        firstNames.has(w.toLowerCase()) &&
        !alsoAWord(w.toLowerCase()) &&
        !alsoAWord(first.word.toLowerCase()) &&
        !TOWN_SET.has(w.toLowerCase());
      if (
        viaParticle ||
        isSurname(w, surnames) ||
        doubleName ||
        (j === i + 1 && unknownSurname(first.word, w, words[j].end)) ||
        (isFirstName(w, firstNames) &&
          j + 1 < words.length &&
          /^\s+$/.test(text.slice(words[j].end, words[j + 1].start)) &&
          isSurname(words[j + 1].word, surnames))
      ) {
        end = words[j].end;
        matched = true;
        j++;
      } else break;
    }
    // "Lena Kreusch aus Kelmis", "Noah Lentz from Leeds": an unknown surname before where the person is from.
    if (
      !matched &&
      j < words.length &&
      /^\s+$/u.test(text.slice(first.end, words[j].start)) &&
      firstNames.has(first.word.toLowerCase())
    ) {
      const after = text.slice(words[j].end, words[j].end + 40);
      const from = /^\s+(?:aus|from|fra|frå|från|uit|de|frá|van)\s+(\p{Lu}[\p{L}\p{M}-]+)/u.exec(after);
      if (
        from &&
        TOWN_SET.has(from[1].toLowerCase()) &&
        !NOT_A_PERSON.has(words[j].word.toLowerCase()) &&
        !TOWN_SET.has(words[j].word.toLowerCase())
      ) {
        end = words[j].end;
        matched = true;
        j++;
      }
    }
    if (!matched) continue;
    // "Karl Johans gate", "avenue Louis Bertrand", "rue Victor Hugo": a street named after someone.
    // "Eyre Square", "Grafton Street": the pair's last word is the street's.
    if (
      STREET_AFTER.test(text.slice(end, end + 12)) ||
      STREET_AFTER.test(` ${words[j - 1].word}`) ||
      STREET_BEFORE.test(text.slice(Math.max(0, first.start - 20), first.start))
    )
      continue;
    const phrase = text.slice(first.start, end);
    if (
      isNotAPerson(phrase) ||
      (NOT_A_PERSON.has(first.word.toLowerCase()) && NOT_A_PERSON.has(words[i + 1].word.toLowerCase()))
    )
      continue;
    // "'Storm Giveaway' account", "Juni-Update von Brawl Stars": a scam's or a game's name.
    if (
      quotedAfterThing(text, first.start) ||
      namesPoliceOrGame(phrase) ||
      PLATFORM_SET.has(
        `${words[j - 1].word} ${/^\s+(\p{L}+)/u.exec(text.slice(end, end + 20))?.[1] ?? ''}`.toLowerCase(),
      )
    )
      continue;
    // The word after the first name, past a particle ("Emma De Smet"), is no known thing.
    const afterFirst = PARTICLE_WORD.test(words[i + 1].word) && i + 2 < j ? words[i + 2] : words[i + 1];
    if (NOT_A_PERSON.has(afterFirst.word.toLowerCase()) || INSTITUTION_ENDING.test(words[j - 1].word))
      continue;
    found.push({ kind: 'PERSON_NAME', start: first.start, end });
    i = j - 1;
  }
  // A known first name inside a sentence, whatever the verb around it: "Me gav Siggi eit kort", "We told Liam to
  // block", "Elle a bloqué Chloé". Not at a sentence's start (a capital says nothing there), not in a run of
  // capitalised words (a title, a place, a star's full name: the pair rules judge those), not a word of the languages,
  // a town, a star, a game character, or a thing named after a person ("skinnet Emma", "Jordan 1").
  for (const m of matchesOf(NAME_WORD, text)) {
    const word = m[0];
    const lower = word.toLowerCase();
    // At a sentence's start a capital says nothing, so there only a name that is no word of the languages ("Soufiane
    // had het ook bijna gedaan", "Yanis a fait pareil"; not "Liv og røre", "Storm", "Toivo on").
    const atStart = atSentenceStart(text, m.index);
    if (
      !firstNames.has(lower) ||
      lower.length < 3 ||
      (atStart && (!smallLetterNames.has(lower) || SENTENCE_WORD_NAMES.has(lower)))
    )
      continue;
    const before = text.slice(Math.max(0, m.index - 60), m.index);
    // "Autoimme Mattia", "Vi ga Yusuf råd": the word before may be the sentence's first, capitalised for that.
    const insideSentence =
      atStart ||
      LONE_NAME_BEFORE.test(before) ||
      capitalisedWordBefore(text, m.index)?.startsSentence === true;
    if (
      !insideSentence ||
      PLACE_BEFORE.test(before) ||
      (FROM_OR_TO_BEFORE.test(before) && MOVING.test(before))
    )
      continue;
    // "fra Molde og Alta", "Bodø, Hamar, Alta": in a list of towns it is one.
    if (inListOfTowns(text, m.index, m.index + word.length)) continue;
    const rest = text.slice(m.index + word.length, m.index + word.length + 30);
    if (/^(?:[-'’\p{L}\p{N}_@]|\s+(?:\p{Lu}|\d)|\.\p{L})/u.test(rest)) continue;
    // "”…”, myönsi Onni", "„…“, gab Leon zu": capitalised after a quotation and a verb of saying, it is who spoke,
    // even when it is a word or a game character too.
    const sayingBefore = !atStart && SAYING_VERB_BEFORE.test(before);
    if ((alsoAWord(lower) && !sayingBefore) || isOneNameFamous(lower)) continue;
    // "der Wolf", "En Björn från ett moddpaket", "la Marine belge": after an article a name that is a word is the word.
    if (!smallLetterNames.has(lower) && ARTICLE_BEFORE.test(before)) continue;
    if (
      CALENDAR_WORDS.has(lower) ||
      TOWN_SET.has(lower) ||
      PLATFORM_SET.has(lower) ||
      (!sayingBefore && (SMALL_WORDS.has(lower) || isCharacter(lower)))
    )
      continue;
    if (
      (!sayingBefore && isCommonWord(lower)) ||
      isNotAPerson(word) ||
      (germanText && germanNouns.has(lower))
    )
      continue;
    // "Sigrid (artisten) og Aurora", "Frenkie de Jong en Virgil": beside a star, a star's first name is the star's.
    if (isStarsFirstName(lower) && (famousWordsInText.size > 0 || namesAOneNameStar(text))) continue;
    // "Tintin, Milou et le capitaine Haddock", "Mario, Luigi og Björk": listed with characters or stars.
    if (listedWithCharacters(text, m.index, m.index + word.length)) continue;
    // "”Ostettiin peli”, sanoi Eetu": after a verb of saying, a name says who spoke, not what a thing is called.
    if (
      partOfKnownName(text, m.index, m.index + word.length) ||
      (!sayingBefore && thingBefore(text, m.index))
    )
      continue;
    found.push({ kind: 'PERSON_NAME', start: m.index, end: m.index + word.length });
  }
  // A nickname in quotes after a person, set off by a comma or a dash: "en 19-åring fra Hammerfest – «Buggen»", "un
  // adulte, « Tonton Max » sur Snap", "an adult, "Uncle Dessie", on Discord". What a grown-up calls himself names him.
  for (const m of matchesOf(NICKNAME_OF_SOMEONE, text)) {
    const name = m.groups?.name ?? '';
    const words = name.toLowerCase().split(/\s+/u);
    if (
      words.some((w) => PLATFORM_SET.has(w) || TOWN_SET.has(w) || FUNCTION_WORDS.has(w)) ||
      isNotAPerson(name) ||
      namesPoliceOrGame(name)
    )
      continue;
    const start = m.index + m[0].lastIndexOf(name);
    found.push({ kind: 'PERSON_NAME', start, end: start + name.length });
  }
  // A name in a case at the start of a sentence: "Janille maksetaan", "Niilolle ja Helmille annettu", "Guðrúnu og Bjarti
  // sagt". A word with a case ending is no name unless its stem is a first name that is no word.
  for (const m of matchesOf(NAME_WORD, text)) {
    const word = m[0];
    const lower = word.toLowerCase();
    if (firstNames.has(lower) || lower.length < 5 || !atSentenceStart(text, m.index)) continue;
    const stem = inflectedFirstName(lower, firstNames, icelandicText);
    if (
      stem === undefined ||
      stem.length < 4 ||
      !smallLetterNames.has(stem) ||
      SENTENCE_WORD_NAMES.has(stem) ||
      isCharacter(stem)
    )
      continue;
    // One letter more is a Finnish partitive or an Icelandic case and as often a word ("Ainoa asia"): Icelandic only.
    if (lower.length - stem.length < 2 && !(icelandicText && /[ðþæöáéíóúý]/u.test(stem))) continue;
    if (
      isNotAPerson(word) ||
      TOWN_SET.has(lower) ||
      PLATFORM_SET.has(lower) ||
      /^\s+\p{Lu}/u.test(text.slice(m.index + word.length, m.index + word.length + 3))
    )
      continue;
    found.push({ kind: 'PERSON_NAME', start: m.index, end: m.index + word.length });
  }
  // A Finnish surname in a case ("Mäkiselle", "Virtasen", "Korhoselta"): -nen is -se- before the ending.
  for (const m of matchesOf(FINNISH_SURNAME_IN_A_CASE, text)) {
    const surname = `${m.groups?.stem ?? ''}nen`.toLowerCase();
    if (
      !surnames.has(surname) ||
      isNotAPerson(m[0]) ||
      TOWN_SET.has(m[0].toLowerCase()) ||
      TOWN_SET.has((m.groups?.stem ?? '').toLowerCase())
    )
      continue;
    // "Lauri Markkasesta", "Teemu Pukin": a star's surname in a case after the star's first name.
    const first = capitalisedWordBefore(text, m.index)?.word;
    if (first !== undefined && (isFamous(`${first} ${surname}`) || isFamous(`${first} ${m[0]}`))) continue;
    found.push({ kind: 'PERSON_NAME', start: m.index, end: m.index + m[0].length });
  }
  // "Iso-Mika", "Lille-Jonas", "Big-Ali": a first name with a word for big or small before it.
  for (const m of matchesOf(SIZED_NICKNAME, text)) {
    if (!firstNames.has((m.groups?.name ?? '').toLowerCase())) continue;
    found.push({ kind: 'PERSON_NAME', start: m.index, end: m.index + m[0].length });
  }
  // A nickname in quotes inside a name or joined to one: 'Amir "Kingen" Hadžić', "Mikkel og «Snuppa»".
  for (const m of matchesOf(QUOTED_NICKNAME_BY_NAME, text)) {
    const { first = '', nick = '' } = m.groups ?? {};
    if (
      !firstNames.has(first.toLowerCase()) ||
      isNotAPerson(nick) ||
      PLATFORM_SET.has(nick.toLowerCase()) ||
      namesPoliceOrGame(nick)
    )
      continue;
    const start = m.index + m[0].lastIndexOf(nick);
    found.push({ kind: 'PERSON_NAME', start, end: start + nick.length });
  }
  // A full name between commas or before an age: ", Eirik Vik Myklebust, har", "Jongen uit Genk, Yentl Vandenbroucke,",
  // "Sigve Aa (15)". A first name that is no word followed by capitalised words set off like that is a person.
  for (const pattern of [NAME_RUN_IN_COMMAS, NAME_AND_SURNAME_WITH_AGE]) {
    for (const m of matchesOf(pattern, text)) {
      const name = m.groups?.name ?? '';
      const words = name.split(/\s+/u);
      const first = words[0].toLowerCase();
      if (
        !smallLetterNames.has(first) ||
        SENTENCE_WORD_NAMES.has(first) ||
        isCharacter(first) ||
        isNotAPerson(name)
      )
        continue;
      if (
        words
          .slice(1)
          .some(
            (w) =>
              PLATFORM_SET.has(w.toLowerCase()) ||
              CALENDAR_WORDS.has(w.toLowerCase()) ||
              INSTITUTION_ENDING.test(w),
          )
      )
        continue;
      const start = m.index + m[0].indexOf(name);
      found.push({ kind: 'PERSON_NAME', start, end: start + name.length });
    }
  }
  // Two people at the start of a sentence: "Hugo och Ludvig Pettersson hade", "Jonah + Kofi again", "Femke en Xaviera
  // Pinas maken". A capital says nothing there, so both must be first names that are no word ("Ask og Embla", "Odin og
  // Tor" are myths), or the second one a name with a surname after it.
  for (const m of matchesOf(PAIR_AT_SENTENCE_START, text)) {
    const { first = '', second = '', third } = m.groups ?? {};
    const start = m.index + m[0].indexOf(first);
    if (!atSentenceStart(text, start)) continue;
    const plainName = (word: string) => {
      const lower = word.toLowerCase();
      const stem = firstNames.has(lower) ? lower : inflectedFirstName(lower, firstNames, icelandicText);
      return (
        stem !== undefined &&
        smallLetterNames.has(stem) &&
        !SENTENCE_WORD_NAMES.has(stem) &&
        !isCharacter(stem) &&
        !isNotAPerson(word) &&
        !TOWN_SET.has(stem)
      );
    };
    const secondWithSurname =
      third !== undefined &&
      (firstNames.has(second.toLowerCase()) || couldBeAName(second)) &&
      couldBeAName(third);
    if (!plainName(first) || !(plainName(second) || secondWithSurname)) continue;
    if (isNotAPerson(m[0].slice(m[0].indexOf(first)).replace(/\s*\+\s*/u, ' and '))) continue;
    found.push({ kind: 'PERSON_NAME', start, end: start + first.length });
    const secondStart = m.index + m[0].lastIndexOf(second, m[0].length - (third?.length ?? 0));
    const secondEnd = secondWithSurname ? m.index + m[0].length : secondStart + second.length;
    found.push({ kind: 'PERSON_NAME', start: secondStart, end: secondEnd });
  }
  // A known first name in small letters that is no word of the working languages: "forklarte eirik korleis", "veeti ja
  // jere myy nuuskaa", "lucas de sa classe". Hurried notes write names so; "lin", "per", "onni", "fleur" are words too.
  for (const m of matchesOf(SMALL_NAME_WORD, text)) {
    const word = m[0];
    if (!smallLetterNames.has(word) || wordNames.has(word) || isOneNameFamous(word) || !plainSmallName(word))
      continue;
    // "teemu pukista", "kimi räikkösestä": a star's first name before a case of the star's surname.
    const nextWord = /^\s+(\p{Ll}+)/u.exec(
      text.slice(m.index + word.length, m.index + word.length + 30),
    )?.[1];
    if (nextWord !== undefined && FAMOUS_SURNAME_STARTS.has(word) && starsNameBeginning(word, nextWord))
      continue;
    if (
      TOWN_SET.has(word) ||
      PLATFORM_SET.has(word) ||
      isCharacter(word) ||
      CHILD_WORDS.has(word) ||
      isNotAPerson(word)
    )
      continue;
    if (thingBefore(text, m.index) || found.some((f) => f.start <= m.index && m.index < f.end)) continue;
    // "bin doch kein kevin", "ingen jonas her": a name denied is a type, nobody in particular.
    if (
      NOT_A_BEFORE.test(text.slice(Math.max(0, m.index - 12), m.index)) ||
      partOfKnownName(text, m.index, m.index + word.length)
    )
      continue;
    found.push({ kind: 'PERSON_NAME', start: m.index, end: m.index + word.length });
  }
  // A first name in a logged fragment with an age: "G13 Emil – mobbet", "P13 Eetu – kiusattu", "ingrid 13 – utestengd",
  // "gutt ca 11 – Mathias – blir mobba".
  // A first name with an age written as one ("lin (16)", "onni 13v", "Storm, 14 år,"): a word that is a name too is the
  // name there.
  for (const m of matchesOf(NAME_WITH_AGE, text)) {
    const name = m.groups?.name ?? '';
    const lower = name.toLowerCase();
    // "Ole-Petter (12)": a double name whose halves are first names; „Basti“ (15): a nickname in quotes with an age.
    const quotedNickname =
      /["«“„'‘”]$/u.test(text.slice(Math.max(0, m.index - 1), m.index)) &&
      /^\p{Lu}/u.test(name) &&
      /^["»”“'’]/u.test(text.slice(m.index + name.length));
    const known =
      firstNames.has(lower) ||
      quotedNickname ||
      (lower.includes('-') && lower.split('-').every((half) => firstNames.has(half)));
    if (
      !known ||
      FUNCTION_WORDS.has(lower) ||
      CHILD_WORDS.has(lower) ||
      CALENDAR_WORDS.has(lower) ||
      AGE_WORDS.has(lower)
    )
      continue;
    // "segjast vera 13 ára", "å være 13 år": to be that age, in small letters.
    if (COPULAS_BEFORE_AGE.has(name)) continue;
    // "frá 11 til 15 ára", "van 10 tot 13 jaar": a word between two numbers joins them.
    if (WHOLE_PARTICLE.test(lower) || /\d\s*$/u.test(text.slice(Math.max(0, m.index - 4), m.index))) continue;
    // "to andre (16)", "two others (16)": after a count, a word in small letters is what is counted.
    if (/^\p{Ll}/u.test(name) && COUNT_BEFORE.test(text.slice(Math.max(0, m.index - 12), m.index))) continue;
    // "það eina sem 16 ára strákur átti", "die 14-jährige …": an age before a word for a young person is that one's.
    if (
      /^\p{Ll}/u.test(name) &&
      (alsoAWord(lower) || wordInNote(lower)) &&
      AGE_THEN_YOUNG_PERSON.test(text.slice(m.index + name.length, m.index + name.length + 40))
    )
      continue;
    if (isNotAPerson(name) || TOWN_SET.has(lower) || PLATFORM_SET.has(lower) || thingBefore(text, m.index))
      continue;
    found.push({ kind: 'PERSON_NAME', start: m.index, end: m.index + name.length });
  }
  for (const pattern of [AGE_CODE_THEN_NAME, NAME_THEN_BARE_AGE]) {
    for (const m of matchesOf(pattern, text)) {
      const name = m.groups?.name ?? '';
      const lower = name.toLowerCase();
      if (
        !firstNames.has(lower) ||
        isNotAPerson(name) ||
        FUNCTION_WORDS.has(lower) ||
        CHILD_WORDS.has(lower) ||
        CALENDAR_WORDS.has(lower)
      )
        continue;
      if (
        /^\p{Ll}/u.test(name)
          ? !plainSmallName(lower)
          : SENTENCE_WORD_NAMES.has(lower) || wordNames.has(lower)
      )
        continue;
      const start = m.index + m[0].indexOf(name);
      found.push({ kind: 'PERSON_NAME', start, end: start + name.length });
    }
  }

  // A first name with the initial of a surname: "un certain Kevin M.", "Ricardo S. uit Tilburg", "venn: Emil S.".
  for (const m of matchesOf(NAME_WITH_INITIAL, text)) {
    const name = m.groups?.name ?? '';
    const lower = name.toLowerCase();
    if (!firstNames.has(lower) || alsoAWord(lower) || isNotAPerson(name) || isCharacter(lower)) continue;
    found.push({ kind: 'PERSON_NAME', start: m.index, end: m.index + m[0].length });
  }

  // The initial of a first name with a surname: "K. Haugland, ein vaksen trenar", "J. Korhonen valmentaa". Not a
  // town, a famous name or a name that is more often a word ("S. Lie" is the same, "H. Berg" too: surnames all).
  for (const m of matchesOf(INITIAL_WITH_SURNAME, text)) {
    const surname = m.groups?.surname ?? '';
    const lower = surname.toLowerCase();
    const known =
      m.groups?.particle !== undefined
        ? /^\p{Lu}/u.test(surname)
        : isSurname(surname, surnames) && !firstNames.has(lower);
    if (
      !known ||
      TOWN_SET.has(lower) ||
      isNotAPerson(surname) ||
      isNotAPerson(text.slice(m.index, m.index + m[0].length))
    )
      continue;
    found.push({ kind: 'PERSON_NAME', start: m.index, end: m.index + m[0].length });
  }

  // "Ayşe und Murat Yılmaz", "Ali och Zainab Hassan": a known first name joined before a name already found.
  for (const name of [...found]) {
    const head = text.slice(Math.max(0, name.start - 30), name.start);
    const before = NAME_AND_BEFORE.exec(head)?.groups?.name;
    if (before === undefined) continue;
    const lower = before.toLowerCase();
    const start = name.start - head.length + head.lastIndexOf(before);
    if (
      !firstNames.has(lower) ||
      isNotAPerson(before) ||
      SENTENCE_WORD_NAMES.has(lower) ||
      isOneNameFamous(lower) ||
      wordNames.has(lower)
    )
      continue;
    if (
      (atSentenceStart(text, start) && !smallLetterNames.has(lower)) ||
      found.some((f) => f.start <= start && start < f.end)
    )
      continue;
    if (partOfKnownName(text, start, start + before.length)) continue;
    found.push({ kind: 'PERSON_NAME', start, end: start + before.length });
  }

  // "Sondre og Sigurd", "Emma and Liam": a known first name joined to a name already found, also past the town the
  // first one is from ("Oskar Mäkelä från Borgå och Anton").
  for (const name of [...found]) {
    const from = FROM_TOWN_AFTER.exec(text.slice(name.end, name.end + 40));
    const townEnd =
      from && TOWN_SET.has((from.groups?.town ?? '').toLowerCase()) ? name.end + from[0].length : name.end;
    const next = AND_NAME.exec(text.slice(townEnd, townEnd + 40));
    const second = next?.groups?.name ?? '';
    if (
      !next ||
      !firstNames.has(second.toLowerCase()) ||
      isNotAPerson(second) ||
      SENTENCE_WORD_NAMES.has(second.toLowerCase())
    )
      continue;
    if (isOneNameFamous(second.toLowerCase())) continue;
    const start = townEnd + next[0].length - second.length;
    if (
      partOfKnownName(text, start, start + second.length) ||
      found.some((f) => f.start <= start && start < f.end)
    )
      continue;
    found.push({ kind: 'PERSON_NAME', start, end: start + second.length });
  }
  // "ein Junge, der Finn heißt", "een meisje dat Noor heet": in a German or Dutch clause the name comes before the verb.
  for (const m of matchesOf(NAME_BEFORE_VERB_OF_NAMING, text)) {
    const name = m.groups?.name ?? '';
    const first = name.split(/\s/u)[0].toLowerCase();
    if (
      !firstNames.has(first) ||
      isNotAPerson(name) ||
      isFamous(name) ||
      found.some((f) => f.start < m.index + m[0].length && m.index < f.end)
    )
      continue;
    const start = m.index + m[0].indexOf(name, m[0].search(/\s/u));
    found.push({ kind: 'PERSON_NAME', start, end: start + name.length });
  }
  // "her partner (Tomasz)", "stefaren (Ole)": a first name in brackets right after a word for kin.
  for (const m of matchesOf(KIN_THEN_BRACKETED_NAME, text)) {
    const name = m.groups?.name ?? '';
    if (
      !firstNames.has(name.toLowerCase()) ||
      isNotAPerson(name) ||
      found.some((f) => f.start < m.index + m[0].length && m.index < f.end)
    )
      continue;
    const start = m.index + m[0].lastIndexOf(name);
    found.push({ kind: 'PERSON_NAME', start, end: start + name.length });
  }
  // "hjá ömmu sinni, sigrúnu ólafsdóttur": a first name and a patronymic in small letters, in any case.
  for (const m of matchesOf(SMALL_PATRONYMIC, text)) {
    const first = m.groups?.first ?? '';
    if (!firstNames.has(first) && inflectedFirstName(first, firstNames, true) === undefined) continue;
    if (
      FUNCTION_WORDS.has(first) ||
      SMALL_WORDS.has(first) ||
      found.some((f) => f.start < m.index + m[0].length && m.index < f.end)
    )
      continue;
    // "gylfi sigurðsson", "zara larsson": a star in small letters.
    if (isFamous(m[0]) || isNotAPerson(m[0])) continue;
    found.push({ kind: 'PERSON_NAME', start: m.index, end: m.index + m[0].length });
  }
  return found;
}

const COUNT_BEFORE =
  /(?<![\p{L}])(?:to|tvo|tre|fire|two|three|four|twee|drie|vier|deux|trois|quatre|zwei|drei|tveir|tvær|tvö|þrír|kaksi|kolme|neljä|två|fyra|\d+)\s+$/iu;

const NAME_BEFORE_VERB_OF_NAMING =
  /(?<![\p{L}])(?:der|die|welcher|welche|dat|die)\s+(?<name>\p{Lu}[\p{Ll}\p{M}]+(?:\s\p{Lu}[\p{Ll}\p{M}]+)?)\s+(?:heißt|heisst|hieß|hiess|heet|heette)(?![\p{L}])/gu;

const KIN_THEN_BRACKETED_NAME = new RegExp(
  String.raw`(?<![\p{L}])(?:${alternation([...RELATIVES, 'partner', 'boyfriend', 'girlfriend', 'kjæreste', 'kjæresten', 'pojkvän', 'flickvän', 'poikaystävä', 'tyttöystävä', 'vriendje', 'vriendinnetje', 'copain', 'copine', 'freund', 'freundin', 'kærasti', 'kærasta'])})\s*\(\s*(?<name>\p{Lu}[\p{Ll}\p{M}]+)\s*\)`,
  'giu',
);

const AGE_THEN_YOUNG_PERSON =
  /^\s\d{1,2}\s?(?:ára|år|ans|jaar|jahre|vuotias|years?|yo)\s+(?:gamall\s+|gömul\s+|gammal\s+|gamle\s+|old\s+)?(?:strák\p{L}*|stelp\p{L}*|stúlk\p{L}*|drengur|gutt\p{L}*|gut|guten|jent\p{L}*|pojk\p{L}*|flick\p{L}*|kille|killen|tjej\p{L}*|poika|poikaa|tyttö|tyttöä|jongen|meisje|garçon|fille|junge|mädchen|boy|girl|kid|krakk\p{L}*|börn|barn)(?![\p{L}])/iu;

const SMALL_PATRONYMIC =
  /(?<![\p{L}\p{N}_@#.-])(?<first>\p{Ll}[\p{Ll}\p{M}]{2,20})\s\p{Ll}[\p{Ll}\p{M}]{2,20}(?:s?dótt(?:ir|ur)|sson(?:ar)?|ssyni)(?![\p{L}\p{N}_])/gu;
