/**
 * Articles, demonstratives, possessives and quantifiers of the nine working languages (and English), every form,
 * lower case. Capitalised only because they open a sentence ("Diese Person hat …", "Denna Person sa …", "Jede Person
 * bekommt …"), they are never a first name: German capitalises every noun after them, and a noun that ends like a
 * surname ("Person", "Personen") must not make a name of the pair. A word of the list that the name lists hold as
 * written ("Hans", "Anna", "Elke", "Dina", "Mina") is still a name there; only a guess from a case ending
 * ("Diese" as a case of "Dies", "Jede" of "Jed") is not. Not here: "annen" and "annan" (Norwegian and Swedish for
 * "another"), which are Finnish cases of Anne and Anna ("Annen kanssa", "Annan kaveri") too.
 */

const GERMAN_STEMS = [
  'dies',
  'jen',
  'jed',
  'all',
  'manch',
  'solch',
  'welch',
  'ein',
  'kein',
  'mein',
  'dein',
  'sein',
  'ihr',
  'unser',
  'eur',
  'euer',
  'beid',
  'einig',
  'mehrer',
  'viel',
  'wenig',
  'ander',
  'besagt',
  'derselb',
  'dieselb',
  'dasselb',
  'denselb',
  'demselb',
  'desselb',
  'derjenig',
  'diejenig',
  'dasjenig',
  'denjenig',
  'demjenig',
  'desjenig',
  'irgendein',
  'irgendwelch',
  'sämtlich',
  'etlich',
];
const GERMAN_ENDINGS = ['e', 'er', 'es', 'em', 'en'];

/** The forms the German stems above do not make, and the other languages' articles, demonstratives and possessives. */
const OTHER_DETERMINERS = [
  // de
  'der die das den dem des deren dessen dies manch solch welch ein kein mein dein sein ihr unser euer ' +
    'all viel wenig irgendein',
  // en
  'the a an this that these those my your his her its our their whose which what every each any some no ' +
    'all both another other such either neither',
  // nb, nn
  'den det de denne dette disse desse min mi mitt mine din di ditt dine sin si sitt sine hans hennes ' +
    'hennar dens dets deres deira vår vårt våre dykkar hver hvert kvar kvart alle begge noen noe nokon ' +
    'noko nokre ingen inga intet ei et ein eit eitt anna annet andre slik slikt slike sånn sånt sånne ' +
    'hvilken hvilket hvilke kva samme same',
  // sv
  'denna detta dessa denne min mitt mina din ditt dina sin sitt sina hennes dess deras vår vårt våra er ' +
    'ert era varje alla båda någon något några ingen inget inga vilken vilket vilka samma annat andra ' +
    'sådan sådant sådana en ett',
  // nl
  'de het een deze dit die dat mijn jouw je zijn haar ons onze jullie hun uw elk elke ieder iedere alle ' +
    "beide sommige welke welk geen zo’n zo'n zulke zulk diens wiens",
  // fr
  "le la les l’ l' un une des du ce cet cette ces mon ma mes ton ta tes son sa ses notre nos votre vos " +
    'leur leurs chaque quelque quelques aucun aucune tout toute tous toutes certains certaines certain ' +
    'certaine plusieurs quel quelle quels quelles tel telle tels telles',
  // fi
  'tämä tuo se nämä nuo ne tämän tuon sen näiden noiden niiden tätä tuota sitä näitä noita niitä tässä ' +
    'tästä tähän tällä tältä tälle siinä siitä sille sillä siltä hänen heidän minun sinun meidän teidän ' +
    'jokainen jokaisen kaikki kaikkien molemmat molempien eräs erään muutama muutaman jokin jonkin joku ' +
    'jonkun sama saman toinen toisen',
  // is
  'þessi þetta þessa þessum þessu þessar þessara þessarar þessari þennan þeim sá sú það þeir þær þau ' +
    'hinn hin hið hinum hinu hinni hinnar hins hina minn mín mitt mínir mínar mína mínum míns hans hennar ' +
    'þess þeirra okkar ykkar sinn sín sitt sínir sínar allir allar öll allt báðir báðar bæði hver hvert ' +
    'hvor hvort nokkur enginn engin ekkert annar önnur annað',
].flatMap((words) => words.split(' '));

export const DETERMINERS: ReadonlySet<string> = new Set([
  ...GERMAN_STEMS.flatMap((stem) => GERMAN_ENDINGS.map((ending) => stem + ending)),
  ...OTHER_DETERMINERS,
]);
