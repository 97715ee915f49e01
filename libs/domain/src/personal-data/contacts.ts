import { alternation, Candidate, matchesOf } from './candidate';
import { PLATFORMS_AND_GAMES } from './platforms';

/**
 * EMAIL written in words ("kari.hansen2011 at gmail dot com", "ät … piste", "apenstaartje … punt", "arobase … point",
 * "krøllalfa … punktum", "snabel-a … punkt", "hjá … punktur", "miukumauku … piste"), and HANDLE said in words after a
 * platform's name ("his Snap is kari2011", "Insta c'est emma.dubois.2011", "Tytön Snapchat on ella_virtanen10").
 */

const AT_WORDS = ['at', 'ät', 'att', 'hjá', 'apenstaartje', 'apestaartje', 'apenstaart', 'apestaart', 'at-teken',
  'arobase', 'arrobase', 'arobas', 'krøllalfa', 'krøllalfa', 'alfakrøll', 'krølla', 'snabel-a', 'snabela', 'snabel a',
  'kissanhäntä', 'miukumauku', 'at-merkki', 'ät-merkki', 'klammeraffe', 'affenschwanz', 'affenohr', 'at-zeichen',
  'at-tegn', 'at-tegnet', 'att-tecken', 'krúsídúlla', 'atmerki', 'at-merki', 'kanelsnúður', 'o'];
const DOT_WORDS = ['dot', 'punt', 'puntje', 'point', 'piste', 'pisteen', 'punktum', 'punkt', 'punkten', 'punktur',
  'punkti', 'prikk', 'prik', 'pünktchen'];
/** The top-level domains young people's addresses end in; "at school dot" never ends in one of them. */
const TLDS = ['com', 'net', 'org', 'no', 'nl', 'be', 'fr', 'de', 'is', 'fi', 'se', 'dk', 'eu', 'io', 'info', 'me',
  'co', 'uk', 'ch', 'at', 'lu', 'online', 'live', 'gg', 'xyz', 'app', 'dev', 'biz', 'tv'];

const LOCAL = String.raw`[\p{L}\p{N}_%+-](?:[\p{L}\p{N}._%+-]{0,62}[\p{L}\p{N}_%+-])?`;
const LABEL = String.raw`[\p{L}\p{N}](?:[\p{L}\p{N}-]{0,61}[\p{L}\p{N}])?`;
const DOT = String.raw`(?:\s?\.\s?|\s?[\[(]\s?(?:${alternation(DOT_WORDS)})\s?[\])]\s?|\s(?:${alternation(DOT_WORDS)})\s|(?:${alternation(DOT_WORDS.map((w) => w.toUpperCase()))}))`;
const AT = String.raw`(?:\s?@\s?|\s?[\[(]\s?(?:${alternation(AT_WORDS)})\s?[\])]\s?|\s(?:${alternation(AT_WORDS)})\s|(?:AT|ÄT))`;

const EMAIL_IN_WORDS = new RegExp(
  String.raw`(?<![\p{L}\p{N}._%+-])${LOCAL}(?:${DOT}${LOCAL}){0,3}${AT}${LABEL}(?:${DOT}${LABEL}){0,2}?${DOT}(?:${alternation(TLDS)})(?![\p{L}\p{N}-])`,
  'giu',
);

export function findEmailsInWords(text: string): Candidate[] {
  const found: Candidate[] = [];
  for (const m of matchesOf(EMAIL_IN_WORDS, text)) {
    // "o" as an at-word only between letters and a known mail host ("kari o gmail punto com" is rare; keep it strict).
    if (/\so\s/.test(m[0]) && !/\so\s(?:gmail|hotmail|outlook|yahoo|live|icloud)/i.test(m[0])) continue;
    found.push({ kind: 'EMAIL', start: m.index, end: m.index + m[0].length });
  }
  return found;
}

// ---------------------------------------------------------------------------------------------------------
// HANDLE in words after a platform

const PLATFORMS = ['snapchat', 'snap', 'snappen', 'snapen', 'snäpp', 'instaen', 'instagrammen', 'tiktoken', 'discorden', 'snapchaten', 'snäppi', 'snapi', 'instagram', 'insta', 'ig', 'tiktok', 'tik tok', 'discord',
  'dc', 'psn', 'playstation', 'xbox', 'steam', 'epic', 'roblox', 'fortnite', 'minecraft', 'twitch', 'kick', 'telegram',
  'kik', 'whatsapp', 'youtube', 'yt', 'facebook', 'fb', 'x', 'twitter', 'threads', 'bereal', 'skype', 'signal', 'reddit',
  'spotify', 'pinterest', 'tumblr', 'wechat', 'line', 'battle.net', 'battlenet', 'riot', 'ea', 'origin', 'ubisoft'];
/** Finnish and Icelandic attach cases to the platform's name ("Snapchatissa", "Instagramissa", "á Snapchat"). */
const PLATFORM = String.raw`(?:${alternation(PLATFORMS)})(?:-?(?:issa|issä|ssa|ssä|in|iin|iä|ia|tili|tilinsä|tilin|nimi|nimensä|nimi|konto|kontoen|kontot|account|profiel|profil|profilen|profile|name|navn|navnet|namn|namnet|naam|nom|pseudo|tunnus|tunnuksensa|nafn|nafnið|ið|inu|id|-id|en|et|t|n|s))?`;
const LINKERS = ['is', 'was', 'er', 'var', 'ist', 'war', 'lautet', 'est', "c'est", 'était', 'on', 'oli', 'är', 'als',
  'as', 'under', 'som', 'sem', 'nimellä', 'heißt', 'heter', 'heet', 'heitir', 'is:', 'er:', 'on:', 'är:', 'ist:',
  'est:', 'handle', 'name', 'navn', 'naam', 'nafn', 'nimi', 'namn', 'name is', 'handle is', 'account is', 'zijn',
  'van hem', 'van haar', 'hans', 'hennes', 'hennar', 'hennar er', 'hans er', 'hennes er', 'sin', 'sitt', 'sinn',
  'sína', 'hennes är', 'hans är', 'de lui', "d'elle", 'von ihm', 'von ihr', 'hänen', 'la sienne', 'le sien', 'aussi',
  'too', 'also', 'også', 'ook', 'auch', 'myös', 'líka', 'också', 'just', 'bare', 'gewoon', 'juste', 'nur', 'vain',
  'bara', 'bara', 'bare', 'là', 'la', 'le', 'der', 'die', 'das', 'de', 'het', 'the', 'called', 'named', 'genaamd',
  'kalt', 'kaldt', 'appelé', 'nommé', 'genannt', 'kallad', 'kallað', 'niminen', 'nimeltä', 'nimeltään', 'med', 'met',
  'mit', 'avec', 'with', 'kanssa', 'sie', 'er', 'hij', 'ze', 'zij', 'il', 'elle', 'hän', 'hon', 'han', 'hun', 'ho', 'hann',
  'hún', 'he', 'she', 'they', 'je', 'ich', 'jeg', 'eg', 'ik', 'með', 'aan', 'op', 'på', 'á', 'sur', 'auf', 'on', 'in', 'i', 'í', 'à'];
const HANDLE_WORD = String.raw`["«“„']?(?<name>@?[\p{L}\p{N}_](?:[\p{L}\p{N}_.-]{0,38}[\p{L}\p{N}_])?)["»”']?`;

const HANDLE_AFTER_PLATFORM = new RegExp(
  String.raw`(?<![\p{L}\p{N}_@./])${PLATFORM}(?![\p{L}\p{N}_])(?:(?:\s+[\p{L}'’]{1,10}){0,3}\s*[:=–-]\s*|\s+(?:(?:${alternation(LINKERS)})\s+){1,3})${HANDLE_WORD}`,
  'giu',
);

/** Words that follow a platform's name in an ordinary sentence ("his Snap is private", "Discord er nede"). */
const ORDINARY_AFTER = new Set(
  ('private privat privé privée privado yksityinen einka down nede offline online stille quiet closed deleted slettet ' +
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
    'berichten messages nachrichten viestit skilaboð meddelanden account app appen').split(' '),
);

function looksLikeHandle(name: string): boolean {
  const bare = name.replace(/^@/, '');
  if (name.startsWith('@')) return bare.length >= 3;
  if (/[\d_.]/.test(bare) && /\p{L}/u.test(bare)) return !/^\d+(?:[.,]\d+)*$/.test(bare);
  if (/\p{Ll}\p{Lu}/u.test(bare)) return true;
  return false;
}

export function findHandlesInWords(text: string): Candidate[] {
  const found: Candidate[] = [];
  for (const m of matchesOf(HANDLE_AFTER_PLATFORM, text)) {
    const name = m.groups?.name ?? '';
    const lower = name.toLowerCase();
    if (ORDINARY_AFTER.has(lower) || PLATFORMS_AND_GAMES.includes(lower)) continue;
    // A plain word ("kari") is a name only with a digit, "_", "." or "@" in it, or a capital inside it.
    if (!looksLikeHandle(name)) continue;
    const end = m.index + m[0].length;
    const start = end - m[0].length + m[0].lastIndexOf(name);
    found.push({ kind: 'HANDLE', start, end: start + name.replace(/[.-]+$/, '').length });
  }
  return found;
}
