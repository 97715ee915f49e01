import { alternation, Candidate, matchesOf } from './candidate';
import { PLATFORMS_AND_GAMES } from './platforms';

/**
 * EMAIL written in words ("kari.hansen2011 at gmail dot com", "ät … piste", "apenstaartje … punt", "arobase … point",
 * "krøllalfa … punktum", "snabel-a … punkt", "hjá … punktur", "miukumauku … piste"), and HANDLE said in words after a
 * platform's name ("his Snap is kari2011", "Insta c'est emma.dubois.2011", "Tytön Snapchat on ella_virtanen10").
 */

const AT_WORDS = [
  'at',
  'ät',
  'att',
  'hjá',
  'apenstaartje',
  'apestaartje',
  'apenstaart',
  'apestaart',
  'at-teken',
  'arobase',
  'arrobase',
  'arobas',
  'krøllalfa',
  'krøll-alfa',
  'krøll alfa',
  'alfakrøll',
  'alfa-krøll',
  'krølla',
  'snabel-a',
  'snabela',
  'snabel a',
  'kissanhäntä',
  'miukumauku',
  'at-merkki',
  'ät-merkki',
  'klammeraffe',
  'affenschwanz',
  'affenohr',
  'at-zeichen',
  'at-tegn',
  'at-tegnet',
  'att-tecken',
  'krúsídúlla',
  'atmerki',
  'at-merki',
  'kanelsnúður',
  'o',
  'på',
  'chez',
  'bij',
  'bei',
  'hos',
  'snabel',
  'kissanhanta',
  'ad',
];
const DOT_WORDS = [
  'dot',
  'punt',
  'puntje',
  'point',
  'piste',
  'pisteen',
  'punktum',
  'punkt',
  'punkten',
  'punktur',
  'punkti',
  'prikk',
  'prik',
  'pünktchen',
];
/** The top-level domains young people's addresses end in; "at school dot" never ends in one of them. */
const TLDS = [
  'com',
  'net',
  'org',
  'no',
  'nl',
  'be',
  'fr',
  'de',
  'is',
  'fi',
  'se',
  'dk',
  'eu',
  'io',
  'info',
  'me',
  'co',
  'uk',
  'ch',
  'at',
  'lu',
  'online',
  'live',
  'gg',
  'xyz',
  'app',
  'dev',
  'biz',
  'tv',
];

const LOCAL = String.raw`[\p{L}\p{N}_%+-](?:[\p{L}\p{N}._%+-]{0,62}[\p{L}\p{N}_%+-])?`;
const LABEL = String.raw`[\p{L}\p{N}](?:[\p{L}\p{N}-]{0,61}[\p{L}\p{N}])?`;
const DOT = String.raw`(?:\s?\.\s?|\s?[\[(]\s?(?:${alternation(DOT_WORDS)})\s?[\])]\s?|\s(?:${alternation(DOT_WORDS)})\s|(?:${alternation(DOT_WORDS.map((w) => w.toUpperCase()))}))`;
const AT = String.raw`(?:\s?@\s?|\s?[\[(]\s?(?:${alternation(AT_WORDS)})\s?[\])]\s?|\s(?:${alternation(AT_WORDS)})\s|(?:AT|ÄT))`;

/** An at-sign, or an at-word standing on its own or in brackets. */
const SPACED_AT = new RegExp(
  String.raw`@|[\[(]\s?(?:${alternation(AT_WORDS)})\s?[\])]|\s(?:${alternation(AT_WORDS)})\s`,
  'iu',
);
const EMAIL_IN_WORDS = new RegExp(
  String.raw`(?<![\p{L}\p{N}._%+-])${LOCAL}(?:${DOT}${LOCAL}){0,3}${AT}${LABEL}(?:${DOT}${LABEL}){0,2}?${DOT}(?:${alternation(TLDS)})(?![\p{L}\p{N}-])`,
  'giu',
);

/**
 * Mail hosts that name nothing else: after an at-word they make an address even without its ending ("jonas at gmail")
 * and even run together ("jonasatgmaildotcom").
 */
const MAIL_HOSTS = [
  'gmail',
  'googlemail',
  'hotmail',
  'outlook',
  'yahoo',
  'icloud',
  'msn',
  'protonmail',
  'proton',
  'gmx',
  'telenet',
  'skynet',
  'ziggo',
  'kpnmail',
  'kpnplanet',
  'hetnet',
  'planet',
  'wanadoo',
  'laposte',
  'orange',
  't-online',
  'web',
  'luukku',
  'suomi24',
  'simnet',
  'visir',
  'yandex',
  'online',
  'live',
  'me',
  'mail',
];
/** Hosts that are also ordinary words ("at web speed", "at me"): only with the ending of an address after them. */
const AMBIGUOUS_HOSTS = new Set(['web', 'online', 'live', 'me', 'mail', 'orange', 'planet']);
const LOOSE_AT = [
  'at',
  'ät',
  'att',
  'på',
  'hjá',
  'snabel-a',
  'snabela',
  'apenstaartje',
  'apestaartje',
  'arobase',
  'krøllalfa',
  'alfakrøll',
  'kissanhäntä',
  'miukumauku',
  'klammeraffe',
  'affenschwanz',
  '@',
];
const EMAIL_TO_KNOWN_HOST = new RegExp(
  String.raw`(?<![\p{L}\p{N}._%+-])${LOCAL}\s?[\[(]?\s?(?:${alternation(LOOSE_AT)})\s?[\])]?\s?(?<host>${alternation(MAIL_HOSTS)})(?:${DOT}(?:${alternation(TLDS)}))?(?![\p{L}\p{N}-])`,
  'giu',
);
/** "jonasatgmaildotcom", "emma.k@gmailpunktcom": everything in one word. */
const RUN_TOGETHER_EMAIL = new RegExp(
  String.raw`(?<![\p{L}\p{N}._-])[\p{L}\p{N}._-]{1,40}?(?:at|ät|att|@|snabela|hjá)(?:${alternation(MAIL_HOSTS.filter((h) => !AMBIGUOUS_HOSTS.has(h)))})(?:dot|punkt|punktum|punt|point|piste|punktur|prikk|\.)?(?:${alternation(TLDS)})?(?![\p{L}\p{N}])`,
  'giu',
);

export function findEmailsInWords(text: string): Candidate[] {
  const found: Candidate[] = [];
  for (const m of matchesOf(EMAIL_IN_WORDS, text)) {
    // "o" as an at-word only between letters and a known mail host ("kari o gmail punto com" is rare; keep it strict).
    if (/\so\s/.test(m[0]) && !/\so\s(?:gmail|hotmail|outlook|yahoo|live|icloud)/i.test(m[0])) continue;
    // An "at" inside a word is one only in capitals ("kariATgmail.com"): "platform. No" is no address.
    if (!SPACED_AT.test(m[0]) && !/AT|ÄT/u.test(m[0])) continue;
    // "safe at home. No further action": a full stop and a space end a sentence; an address in words says "dot".
    if (!m[0].includes('@') && /\.\s/u.test(m[0])) continue;
    // "1.20.4 på play.hypixel.net": a version on a server, not an address; a local part in words has a letter.
    if (!m[0].includes('@') && !/\p{L}/u.test(m[0].split(/\s/u)[0])) continue;
    if (isWebsiteAfterPreposition(m[0])) continue;
    found.push({ kind: 'EMAIL', start: m.index, end: m.index + m[0].length });
  }
  for (const m of matchesOf(EMAIL_TO_KNOWN_HOST, text)) {
    const host = (m.groups?.host ?? '').toLowerCase();
    const withEnding = m[0].length > m[0].toLowerCase().lastIndexOf(host) + host.length;
    if (AMBIGUOUS_HOSTS.has(host) && !withEnding) continue;
    if (PLATFORMS_AND_GAMES.includes((/^[\p{L}\p{N}._-]+/u.exec(m[0])?.[0] ?? '').toLowerCase())) continue;
    // "at" and "på" are words too: "kari at gmail" is an address, "we met at gmail" is not a local part.
    const local = m[0].slice(0, m[0].search(/[\s[(@]/u) < 0 ? undefined : m[0].search(/[\s[(@]/u));
    if (
      !m[0].includes('@') &&
      !withEnding &&
      !/[\d._]/.test(local) &&
      FUNCTION_WORDS_BEFORE_AT.has(local.toLowerCase())
    )
      continue;
    found.push({ kind: 'EMAIL', start: m.index, end: m.index + m[0].length });
  }
  for (const m of matchesOf(RUN_TOGETHER_EMAIL, text)) {
    found.push({ kind: 'EMAIL', start: m.index, end: m.index + m[0].length });
  }
  return found;
}

/** The at-words that are prepositions too: "meldast på politiet.no", "help is at support.discord.com". */
const PREPOSITION_AT = new RegExp(
  String.raw`^(?<local>[\p{L}\p{N}._%+-]+)\s(?:at|på|hos|bij|bei|chez|hjá|o|ad|att)\s(?<domain>\S+)$`,
  'iu',
);
/**
 * A plain word, a preposition and a web site written with its dots: a sentence pointing to a site ("anmeld på
 * politiet.no"), not an address said in words, which says "dot" or names a mail host ("kari at gmail.com").
 */
function isWebsiteAfterPreposition(candidate: string): boolean {
  const m = PREPOSITION_AT.exec(candidate);
  if (!m?.groups) return false;
  const { local, domain } = m.groups;
  if (/[\d._%+-]/.test(local) || !/^[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+$/u.test(domain)) return false;
  return !domain.split('.').some((label) => MAIL_HOSTS.includes(label.toLowerCase()));
}

/** Words that stand before "at gmail" in a sentence and are no address: "logged in at gmail", "works at Hotmail". */
const FUNCTION_WORDS_BEFORE_AT = new Set(
  'in is was are be been works worked log logged sign signed account accounts me him her them us it this that there here on er var har logget konto innlogget som det den han hun ist war bin sind'.split(
    ' ',
  ),
);

// ---------------------------------------------------------------------------------------------------------
// HANDLE in words after a platform

const PLATFORMS = [
  'snapchat',
  'snap',
  'snappen',
  'snapen',
  'snäpp',
  'snappið',
  'snappinu',
  'snappi',
  'snapp',
  'instað',
  'instanu',
  'instaen',
  'instagrammen',
  'tiktoken',
  'discorden',
  'snapchaten',
  'snäppi',
  'snapi',
  'instagram',
  'insta',
  'ig',
  'tiktok',
  'tik tok',
  'discord',
  'dc',
  'psn',
  'playstation',
  'xbox',
  'steam',
  'epic',
  'roblox',
  'fortnite',
  'minecraft',
  'twitch',
  'kick',
  'telegram',
  'kik',
  'whatsapp',
  'youtube',
  'yt',
  'facebook',
  'fb',
  'x',
  'twitter',
  'threads',
  'bereal',
  'skype',
  'signal',
  'reddit',
  'spotify',
  'pinterest',
  'tumblr',
  'wechat',
  'line',
  'battle.net',
  'battlenet',
  'riot',
  'ea',
  'origin',
  'ubisoft',
];
/** Finnish and Icelandic attach cases to the platform's name ("Snapchatissa", "Instagramissa", "á Snapchat"). */
const PLATFORM = String.raw`(?:${alternation(PLATFORMS)})(?:-?(?:insa|insä|issaan|issään|nsa|nsä|ansa|änsä|issa|issä|ssa|ssä|in|iin|iä|ia|tili|tilinsä|tilin|nimi|nimensä|nimi|konto|kontoen|kontot|account|profiel|profil|profilen|profile|name|navn|navnet|namn|namnet|naam|nom|pseudo|tunnus|tunnuksensa|nafn|nafnið|ið|inu|id|-id|en|et|t|n|s))?`;
const LINKERS = [
  'is',
  'was',
  'er',
  'var',
  'ist',
  'war',
  'lautet',
  'est',
  "c'est",
  'était',
  'on',
  'oli',
  'är',
  'als',
  'as',
  'under',
  'som',
  'sem',
  'nimellä',
  'heißt',
  'heter',
  'heet',
  'heitir',
  'is:',
  'er:',
  'on:',
  'är:',
  'ist:',
  'est:',
  'handle',
  'name',
  'navn',
  'naam',
  'nafn',
  'nimi',
  'namn',
  'name is',
  'handle is',
  'account is',
  'zijn',
  'van hem',
  'van haar',
  'hans',
  'hennes',
  'hennar',
  'hennar er',
  'hans er',
  'hennes er',
  'sin',
  'sitt',
  'sinn',
  'sína',
  'hennes är',
  'hans är',
  'de lui',
  "d'elle",
  'von ihm',
  'von ihr',
  'hänen',
  'la sienne',
  'le sien',
  'aussi',
  'too',
  'also',
  'også',
  'ook',
  'auch',
  'myös',
  'líka',
  'också',
  'just',
  'bare',
  'gewoon',
  'juste',
  'nur',
  'vain',
  'bara',
  'bara',
  'bare',
  'là',
  'la',
  'le',
  'der',
  'die',
  'das',
  'de',
  'het',
  'the',
  'called',
  'named',
  'genaamd',
  'kalt',
  'kaldt',
  'appelé',
  'nommé',
  'genannt',
  'kallad',
  'kallað',
  'niminen',
  'nimeltä',
  'nimeltään',
  'med',
  'met',
  'mit',
  'avec',
  'with',
  'kanssa',
  'sie',
  'er',
  'hij',
  'ze',
  'zij',
  'il',
  'elle',
  'hän',
  'hon',
  'han',
  'hun',
  'ho',
  'hann',
  'hún',
  'he',
  'she',
  'they',
  'je',
  'ich',
  'jeg',
  'eg',
  'ik',
  'með',
  'aan',
  'op',
  'på',
  'á',
  'sur',
  'auf',
  'on',
  'in',
  'i',
  'í',
  'à',
  // Spoken Norwegian "e" for "er", "ä" for Swedish "är".
  'e',
  'ä',
];
const HANDLE_WORD = String.raw`["«“„']?(?<name>@?[\p{L}\p{N}_](?:[\p{L}\p{N}_.-]{0,38}[\p{L}\p{N}_])?)["»”']?`;

const HANDLE_AFTER_PLATFORM = new RegExp(
  // A dash joins compounds ("Fortnite V-Bucks-oplichting"): it introduces a name only with a space before it.
  String.raw`(?<![\p{L}\p{N}_@./])${PLATFORM}(?![\p{L}\p{N}_])(?:(?:\s+[\p{L}'’]{1,10}){0,3}(?:\s*[:=–(]|\s+-)\s*|\s+(?:(?:${alternation(LINKERS)})\s+){1,3})${HANDLE_WORD}`,
  'giu',
);

/** Words that follow a platform's name in an ordinary sentence ("his Snap is private", "Discord er nede"). */
const ORDINARY_AFTER = new Set(
  (
    'private privat privé privée privado yksityinen einka down nede offline online stille quiet closed deleted slettet ' +
    // "Discord: kille (16)", "discord – kurz.": a young person or a short note, no user name.
    'kille tjej pojke flicka gutt gut jente jenta boy girl kid jongen meisje garçon fille junge mädchen poika tyttö ' +
    'gutten guten jenten pojken flickan killen tjejen tytön pojan ' +
    'nuori nuoren lapsi barn barnet ungdom ungdomen jongere jeune jugendlicher unglingur teen teenager youngster child ' +
    'adult voksen vaksen aikuinen vuxen volwassene adulte erwachsener fullorðinn ' +
    'strákur stelpa kurz stutt lyhyt kort short court ' +
    'verwijderd supprimé gelöscht poistettu eytt raderad blocked blokkert geblokkeerd bloqué blockiert estetty bannaður ' +
    'blockerad banned utestengt verbannen banni gesperrt bannattu new ny nieuw nouveau neu uusi nýr up oppe ' +
    'gratis free ilmainen the a an en et ei un une ein eine yksi einn ett een het de la le les die der das den ' +
    'he she they him her han hun ho hen hann hún hij zij ze il elle er sie hän hon og and en et und ja och og og ' +
    'mais maar aber mutta men nog not ikke ikkje niet pas nicht ei ekki inte still fortsatt nog encore noch vielä ' +
    'enn enn þá too også ook aussi auch myös líka också very veldig heel très sehr tosi mjög mycket where hvor waar où ' +
    'wo missä hvar var klar ready prêt bereit valmis tilbúinn redo kanal kanalen channel server serveren servern salon ' +
    'sin sitt sine seg hans hennes hennar zijn haar son sa ses sein seine ihr ihre hänen hans hennes hennar sín sinn ' +
    'sína sitt account konto kontoen profile profil profilen naam name navn navnet namn namnet nimi nom pseudo nafn ' +
    'mutual chat chatten voice game spillet spelet peli leikur jeu spiel spel call samtale gesprek appel anruf puhelu ' +
    'símtal samtal group gruppe gruppa groep groupe gruppe ryhmä hópur grupp dm dms messages meldinger meldingar ' +
    'berichten messages nachrichten viestit skilaboð meddelanden account app appen'
  ).split(' '),
);

/** Game terms with a number: "lvl50", "fc25", "ps5", "gta6", "top10", "1v1". */
const GAME_TERM_WITH_NUMBER =
  /^(?:lvl|lv|level|lev|rank|top|tier|ps|fc|fifa|gta|nba2k|cs|cod|mw|bo|r6|season|ch|chapter|prestige|elo|mmr|kd|xp|hp|win|windows|iphone|mc|v|u|s)\d+$|^\d+v\d+$/iu;

/**
 * The codes a note writes beside a platform: an age ("G14", "J15", "T13", "B14", "P12"), a session or case code of the
 * week ("NO-11", "BE-DG-8", "FI-SV-8", "S-34"). No user name.
 */
const AGE_OR_SESSION_CODE = /^(?:\p{L}\d{1,2}|\p{Lu}{1,4}(?:-\p{Lu}{1,4})*-\d{1,3}\p{Lu}?)$/u;

/** A server's or a site's address: "play.funcraft.net", "mc.hypixel.net", "discord.gg", "www.habbo.fi". */
const SERVER_ADDRESS =
  /^(?:[\p{L}\p{N}-]+\.){1,3}(?:com|net|org|gg|io|tv|eu|no|nl|be|fi|is|se|de|fr|me|co|uk|dk)$/iu;

function looksLikeHandle(name: string): boolean {
  const bare = name.replace(/^@/, '');
  if (
    SERVER_ADDRESS.test(bare) &&
    (bare.split('.').length >= 3 || /^(?:play|mc|www|hub|join|discord|pvp)\./iu.test(bare))
  )
    return false;
  if (!name.startsWith('@') && (GAME_TERM_WITH_NUMBER.test(bare) || AGE_OR_SESSION_CODE.test(bare)))
    return false;
  if (name.startsWith('@')) return bare.length >= 3;
  if (/[\d_.]/.test(bare) && /\p{L}/u.test(bare)) return !/^\d+(?:[.,]\d+)*$/.test(bare);
  if (/\p{Ll}\p{Lu}/u.test(bare)) return true;
  return false;
}

/**
 * Words that say whose account it is, before the platform ("his Snap", "son pseudo", "sein Snapchat", "hänen
 * Instansa") or after it ("snappen hans", "tiktok van hem", "snappið hennar"). With one of them, or a colon, or a verb
 * that names ("auf Discord heißt er", "á snapchat heitir hún"), a plain word after the platform is a user name too:
 * young people's handles are words ("shadowwolf", "stjarna") as often as "kari_2011".
 */
const OWNER_BEFORE = new RegExp(
  String.raw`(?:^|[^\p{L}\p{N}_])(?:his|her|their|my|hans|hennes|hennar|hendes|deres|deira|sin|sitt|sína|sinn|son|sa|ses|leur|sein|seine|seinen|ihr|ihre|ihren|zijn|haar|hun|hänen|sen|sillä|pojan|tytön|nuoren|tyypin|the\s+boy'?s|the\s+girl'?s|gutten\s+sin|jenta\s+sin)\s+(?:\p{L}+\s+)?$`,
  'iu',
);
const OWNER_AFTER =
  /^[-\s]*(?:hans|hennes|hennar|deira|deres|hendes|sin|sitt|sinn|sín|sína|van\s+(?:hem|haar|hun)|de\s+(?:lui|elle)|von\s+(?:ihm|ihr)|hänen|his|her|eftir\s+\p{L}+)(?![\p{L}])/iu;
const NAMING_VERB =
  /(?:^|\s)(?:heter|heitir|heiter|heißt|heisst|heet|hette|hét|s'appelle|s’appelle|is\s+called|goes\s+by|nimellä|on\s+nimeltään|nennt\s+sich|noemt\s+zich|kaller\s+seg|kallar\s+sig|calls\s+(?:himself|herself))(?:\s|$)/iu;

/**
 * Common words that may follow a platform even in those places ("his Snap is full", "Snap: nothing new"): not a
 * user name. Short on purpose: the shapes above already keep most sentences out.
 */
const COMMON_AFTER = new Set(
  (
    'yes no ja nei nej nee oui non kyllä já jú skins skin server serveur serveren servern squad lobby ' +
    'full empty open public hidden secret same different old fake real active inactive gone hacked locked stolen ' +
    'banned suspended nothing everything something anything ingenting alt noe noko niets alles iets rien tout ' +
    'quelque nichts alles etwas ekkert allt eitthvað ei mitään kaikki jotain inget allt något unknown ukjent ' +
    'ukjend onbekend inconnu unbekannt óþekkt tuntematon okänd hackad hacka hacket hackat hackt piratée piraté ' +
    'gehackt gehackt hakkeroitu stolen stjålet gestolen volé gestohlen varastettu stulet tom leeg vide leer ' +
    'tyhjä auður full fullt vol plein voll täynnä full is er ist est on är var was war était oli og and und et ' +
    'ja och en og or eller of ou oder tai eða what hva wat quoi was mikä hvað vad because fordi omdat parce weil ' +
    'koska því eftersom if hvis als si wenn jos ef om used brukt gebruikt utilisé benutzt käytetty notaður ' +
    'använt also too only just bare bara nur vain juste gewoon ook aussi auch myös líka också changed endret endra ' +
    'veranderd changé geändert vaihtui breyttist ändrades ändrat låst låstes stengt stengd lukka lukittu suljettu ' +
    'gesloten vergrendeld verrouillé fermé gesperrt geschlossen læst lokað stängd secret hemmelig hemmeleg hemlig ' +
    'geheim salainen leyndó drôle funny morsom morsomt grappig lustig hauska rolig roligt kul cool weird rar raar ' +
    'bizarre komisch outo skrýtið long lang pitkä court kort short stupid dum dumt dom bête dumm tyhmä heimskt ' +
    'basically actually really probably literally egentlig faktisk eigenlijk echt vraiment eigentlich wirklich ' +
    'oikeastaan todella egentligen verkligen eiginlega nice fin bra good bon gut hyvä góð bad dårlig slecht mauvais ' +
    'schlecht huono slæm dålig block blokker blokkere blokkera bloquer blockieren blokkeer estä loka report rapporter ' +
    'melden signaler ignore ignorer mute falsk falskt falske falsch falsche fake faux fausse nep valse feik feikki'
  ).split(' '),
);

/** A word a sentence goes on with after a platform or a label word: never a user name on its own. */
export function isCommonWord(word: string): boolean {
  const lower = word.toLowerCase();
  return COMMON_AFTER.has(lower) || ORDINARY_AFTER.has(lower);
}

const CONJUNCTION_AFTER =
  /^\s+(?:and|og|och|und|en|et|ja|mutta|but|men|maar|aber|mais|so|så|sem|som|who|which|der|die|qui|joka|ok|too|også|ook|auch|aussi|myös|líka|också)(?![\p{L}])/iu;

/** Whether a plain word after a platform stands on its own: at the end, before punctuation or a bracket. */
function standsAlone(text: string, end: number): boolean {
  return /^\s*(?:$|[.,;:!?()[\]{}"«»“”]|-\s|–|—|\n)/u.test(text.slice(end, end + 3));
}

/** A user name before the platform it is on: "kari_2011 på Snap", "xXwolfXx on TikTok", "@ella.k op insta". */
const HANDLE_BEFORE_PLATFORM = new RegExp(
  String.raw`(?<![\p{L}\p{N}_@./-])(?<name>@?[\p{L}\p{N}_](?:[\p{L}\p{N}_.-]{1,38}[\p{L}\p{N}_]))\s+(?:(?:på|on|op|sur|auf|bei|á|í|in|i|@|via|from|fra|frå|från|van|de|von)\s+)${PLATFORM}(?![\p{L}\p{N}_])`,
  'giu',
);

/** A platform with the name straight after it, no verb or colon: "hänen tiktok lily.rose", "his snap dragonboy_09". */
const HANDLE_RIGHT_AFTER_PLATFORM = new RegExp(
  String.raw`(?<![\p{L}\p{N}_@./])${PLATFORM}(?![\p{L}\p{N}_])\s+${HANDLE_WORD}`,
  'giu',
);

/** Words that a handle said with spaces never starts or goes on with ("her snap is from 2020", "is on level 5"). */
const NOT_IN_SPACED_HANDLE = new Set(
  (
    'from since for about like at on in to by with of til fra siden sinds depuis seit síðan sedan vuodesta ' +
    'about om over sur über um noin ca circa around level nivå niveau taso stig rank season sesong saison kausi ' +
    'chapter kapittel hoofdstuk chapitre kapitel luku kafli kapitel part del deel partie teil osa hluti ' +
    "lvl lv lev rank top im i'm am was my min mitt meg mig mich moi mij minä ég van von vom aus av af frá från des du " +
    // Prepositions and counts of a sentence ("Roblox: två systrar på 9 och 11"), no part of a user name.
    'på i í á op à en mit auf med með with och og und et ja två to tre two three deux trois zwei drei twee drie kaksi kolme tveir þrír'
  ).split(' '),
);

/**
 * A user name said with spaces: "shadow wolf 77", "lily rose x", "tim x 2010". The words after the first one, up to
 * the end of the clause, belong to it when there are at most three more and the last is a number or an "x".
 */
function spacedHandleEnd(text: string, start: number): number | undefined {
  const m =
    /^[\p{L}\p{N}_.]{2,20}((?:[ \u00a0][\p{L}\p{N}_.]{1,15}){1,3})(?=\s*(?:$|[.,;:!?()[\]{}"«»“”\n]|\s(?:and|og|och|und|en|et|ja|but|men|maar|aber|mais|mutta)\s))/u.exec(
      text.slice(start, start + 80),
    );
  if (!m) return undefined;
  const words = m[0].split(/[ \u00a0]/);
  const last = words[words.length - 1];
  if (!/^(?:\d{1,4}|x{1,3}|xd)$/iu.test(last) || /^\d/.test(words[0])) return undefined;
  if (words.some((w) => NOT_IN_SPACED_HANDLE.has(w.toLowerCase()) || isCommonWord(w))) return undefined;
  return start + m[0].length;
}

/** "_" said in words inside a user name: "hugo underscore gbg 11", "ella understrek v 10", "emma tiret du bas b". */
const SPOKEN_UNDERSCORE = [
  'underscore',
  'understrek',
  'understreken',
  'understreck',
  'alaviiva',
  'tiret du bas',
  'tiret bas',
  'unterstrich',
  'undirstrik',
  'liggend streepje',
  'laag streepje',
  'lage streep',
  // Said as two words: "mats under strek lie", "ella ala viiva k".
  'under strek',
  'under streck',
  'ala viiva',
  'undir strik',
  'under score',
  'unter strich',
];
const SPOKEN_UNDERSCORE_NAME = new RegExp(
  String.raw`(?<![\p{L}\p{N}_])[\p{L}\p{N}]{1,20}(?:\s+(?:${alternation(SPOKEN_UNDERSCORE)})\s+[\p{L}\p{N}]{1,20})+(?:\s+\d{1,4}(?![\p{L}\p{N}]))?`,
  'giu',
);

/** "Minecraft-server 'LageLanden'", "Discord-palvelin …": what follows is a server's name. */
export const SERVER_OF_PLATFORM = /^\p{L}+-(?:server\p{L}*|serveur|palvelin\p{L}*|þjónn\p{L}*)(?![\p{L}])/iu;

/** Verbs of watching a streamer: "schaut", "watches", "ser på", "kijkt naar", "regarde", "katsoo", "horfir á", "tittar på". */
const WATCHING_BEFORE =
  /(?<![\p{L}])(?:schaut|schauen|guckt|watch|watches|watched|watching|ser på|såg på|ser|kijkt(?: naar)?|keek(?: naar)?|regarde|regardait|katsoo|katsoi|seuraa|horfir á|horfði á|tittar på|tittade på|følger|följer|follows)\s+$/iu;

/** Letters and digits after a verb of naming: "der heiter han bgutten91", "dort heißt sie lena07". */
const NAMED_WITH_DIGITS = new RegExp(
  String.raw`(?<![\p{L}])(?:heter|heiter|heitir|heet|heißt|heisst|hette|hét|s'appelle|s’appelle|is called|goes by|nimellä|kallar seg|kaller seg|kallar sig|nennt sich|noemt zich|calls (?:himself|herself))(?:\s+(?:han|hun|ho|hen|he|she|hij|ze|er|sie|il|elle|hann|hún|hon|hän))?\s+["«“„']?(?<tag>\p{L}[\p{L}_.]{1,30}\d{1,4})(?![\p{L}\p{N}])`,
  'giu',
);

export function findHandlesInWords(text: string): Candidate[] {
  // A user name, as after a label: the whole of it, and longer than the label's first word.
  const found: Candidate[] = [...matchesOf(SPOKEN_UNDERSCORE_NAME, text)].map((m) => ({
    kind: 'GAMER_TAG' as const,
    start: m.index,
    end: m.index + m[0].length,
  }));
  for (const m of matchesOf(NAMED_WITH_DIGITS, text)) {
    const tag = m.groups?.tag ?? '';
    if (GAME_TERM_WITH_NUMBER.test(tag)) continue;
    const start = m.index + m[0].length - tag.length;
    found.push({ kind: 'GAMER_TAG', start, end: start + tag.length });
  }
  for (const m of matchesOf(HANDLE_RIGHT_AFTER_PLATFORM, text)) {
    const name = m.groups?.name ?? '';
    if (SERVER_OF_PLATFORM.test(m[0])) continue;
    // Without an owner only a name no word has: a dot or an underscore inside it ("op tiktok noortje.xo").
    const owned = OWNER_BEFORE.test(text.slice(Math.max(0, m.index - 30), m.index));
    if (!owned && !/\p{L}[._]\p{L}|\p{L}_|_\p{L}/u.test(name)) continue;
    if (
      !looksLikeHandle(name) ||
      /^v?\d+(?:[.,]\d+)*$/iu.test(name) ||
      /^\d+\p{L}{0,3}$/u.test(name) ||
      name.length < 4
    )
      continue;
    const start = m.index + m[0].lastIndexOf(name);
    found.push({ kind: 'HANDLE', start, end: start + name.replace(/[.-]+$/, '').length });
  }
  for (const m of matchesOf(HANDLE_BEFORE_PLATFORM, text)) {
    const name = m.groups?.name ?? '';
    // "schaut MontanaBlack auf Twitch", "watches xQc on Twitch": a streamer one watches, no child's account.
    if (WATCHING_BEFORE.test(text.slice(Math.max(0, m.index - 20), m.index)) && !/[\d_.]/u.test(name))
      continue;
    // Only what cannot be a word: a digit, "_", "." or "@" in it, or a capital inside ("xXwolfXx"); not "v2" or "10.5".
    if (!looksLikeHandle(name) || /^v?\d+(?:[.,]\d+)*$/iu.test(name) || name.length < 4) continue;
    if (!/\p{L}.*\p{L}/u.test(name) || /^\d+\p{L}{0,3}$/u.test(name) || /^\p{L}{1,4}\.\d/u.test(name))
      continue;
    // "13-årsgränsen på TikTok", "18-plus op Discord": a number joined to a word is an age limit, not a name;
    // "MrBeast-giveaways på TikTok": a name joined to a noun is a compound.
    if (/^\d+-\p{L}/u.test(name) || /^\p{L}[\p{L}\d]*-\p{Ll}{4,}$/u.test(name)) continue;
    found.push({ kind: 'HANDLE', start: m.index, end: m.index + name.length });
  }
  for (const m of matchesOf(HANDLE_AFTER_PLATFORM, text)) {
    const name = m.groups?.name ?? '';
    if (SERVER_OF_PLATFORM.test(m[0])) continue;
    const lower = name.toLowerCase().replace(/^@/, '');
    if (ORDINARY_AFTER.has(lower) || PLATFORMS_AND_GAMES.includes(lower) || AGE_OR_SESSION_CODE.test(name))
      continue;
    // "sur Minecraft de 18h à 20h30": a time, an amount or a level, not a name.
    if (/^\d+(?:[.,:hH]\d*)?\p{L}{0,3}$/u.test(name)) continue;
    const end = m.index + m[0].length;
    const start = end - m[0].length + m[0].lastIndexOf(name);
    const nameEnd = start + name.replace(/[.-]+$/, '').length;
    // A name said with spaces ("his discord is shadow wolf 77") where the sentence says whose account it is.
    const spacedEnd =
      ORDINARY_AFTER.has(lower) || !isOwnedOrNamed(text, m, name) ? undefined : spacedHandleEnd(text, start);
    if (spacedEnd !== undefined) {
      found.push({ kind: 'HANDLE', start, end: spacedEnd });
      continue;
    }
    // A plain word ("kari") is a name only with a digit, "_", "." or "@" in it, or a capital inside it, unless the
    // sentence says it is someone's account or what it is called.
    if (!looksLikeHandle(name) && !plainWordIsHandle(text, m, name, nameEnd)) continue;
    found.push({ kind: 'HANDLE', start, end: nameEnd });
  }
  return found;
}

/** Platforms whose names are everyday words too ("her line is busy", "his kick was hard"). */
const WORD_PLATFORMS = new Set([
  'x',
  'line',
  'signal',
  'kick',
  'origin',
  'riot',
  'ea',
  'epic',
  'threads',
  'steam',
  'switch',
]);

/** A platform named like a word, also with a case or plural ending ("Signalen van deze week", "linen"). */
function isWordPlatform(platform: string): boolean {
  const lower = platform.toLowerCase();
  return (
    WORD_PLATFORMS.has(lower) ||
    [...WORD_PLATFORMS].some((word) => word.length >= 4 && lower.startsWith(word))
  );
}

/** Whether the sentence says whose account it is or what it is called, or puts a colon before the name. */
function isOwnedOrNamed(text: string, m: RegExpExecArray, name: string): boolean {
  const between = m[0].slice(0, m[0].lastIndexOf(name));
  const platform = /^\S+/u.exec(between)?.[0] ?? '';
  if (isWordPlatform(platform)) return false;
  const afterPlatform = between.slice(platform.length);
  return (
    OWNER_BEFORE.test(text.slice(Math.max(0, m.index - 30), m.index)) ||
    OWNER_AFTER.test(afterPlatform) ||
    NAMING_VERB.test(afterPlatform) ||
    /[:=]\s*["«“„']?$/u.test(between)
  );
}

function plainWordIsHandle(text: string, m: RegExpExecArray, name: string, nameEnd: number): boolean {
  const lower = name.toLowerCase();
  if (COMMON_AFTER.has(lower) || name.length < 3 || !/^["«“„']?\p{L}[\p{L}\p{N}'’-]*["»”']?$/u.test(name))
    return false;
  const between = m[0].slice(0, m[0].lastIndexOf(name));
  const platform = /^\S+/u.exec(between)?.[0] ?? '';
  if (WORD_PLATFORMS.has(platform.toLowerCase())) return false;
  const afterPlatform = between.slice(platform.length);
  const owned =
    OWNER_BEFORE.test(text.slice(Math.max(0, m.index - 30), m.index)) || OWNER_AFTER.test(afterPlatform);
  const named =
    NAMING_VERB.test(afterPlatform) || NAMING_VERB.test(text.slice(Math.max(0, m.index - 20), m.index));
  const colon = /[:=–(-]\s*["«“„']?$/u.test(between);
  // "Her Snap is basically her diary": the name ends its clause, or a conjunction goes on.
  if (owned || named)
    return standsAlone(text, nameEnd) || CONJUNCTION_AFTER.test(text.slice(nameEnd, nameEnd + 12));
  return colon && standsAlone(text, nameEnd);
}
