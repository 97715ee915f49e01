import type { PersonalDataCountry } from '../interactions/vocabulary';
import { Candidate } from './candidate';
import { PHONE_CUE } from './cued-numbers';
import { AND_WORDS, HELP_LINE_DIGITS, ID_CHECKS, isPhoneDigits, THEN_WORDS } from './numbers';

/**
 * Numbers written in words, in any of the nine languages: "ni en to tre fire fem seks sju", "null vier sieben fünf…",
 * "nolla neljä nolla…", "zéro six douze trente-quatre…", "fyrtiofem sextiosju". The word tables ship with the name
 * lexicon's chunk (see lexicon-bundle.ts), so the admin app's first load does not carry them.
 */

/** Digit words of the nine languages; a run of seven or more is a number whatever else the words mean. */
const DIGIT_WORDS = new Map<string, string>();
const addWords = (digit: string, words: string) => words.split(' ').forEach((w) => DIGIT_WORDS.set(w, digit));
addWords('0', 'zero oh null nul nulle noll núll nolla zéro zero');
addWords('1', 'one en ein éin ett een één un une eins einn eitt yksi yks');
addWords('2', 'two to tvo två twee deux zwei zwo tveir tvö tvær kaksi kaks');
addWords('3', 'three tre tri drie trois drei þrír þrjú þrjár kolme');
addWords('4', 'four fire fyra vier quatre fjórir fjögur fjórar neljä nel');
addWords('5', 'five fem vijf cinq fünf fuenf fimm viisi viis vitonen');
addWords('6', 'six seks sex zes sechs kuusi kuus');
addWords('7', 'seven sju syv zeven sept sieben sjö seitsemän seittemän');
addWords('8', 'eight åtte åtta acht huit átta kahdeksan kaheksan kasi');
addWords('9', 'nine ni nio negen neuf neun níu yhdeksän yheksän ysi');
/** Teens and tens, for numbers read in pairs ("zes twaalf vierendertig", "soixante-dix-huit"). */
const PAIR_WORDS = new Map<string, number>();
const addPairs = (value: number, words: string) => words.split(' ').forEach((w) => PAIR_WORDS.set(w, value));
addPairs(10, 'ten ti tio tien dix zehn tíu kymmenen');
addPairs(11, 'eleven elleve elva elf onze ellefu');
addPairs(12, 'twelve tolv twaalf douze zwölf zwoelf tólf');
addPairs(13, 'thirteen tretten tretton dertien treize dreizehn þrettán');
addPairs(14, 'fourteen fjorten fjorton veertien quatorze vierzehn fjórtán');
addPairs(15, 'fifteen femten femton vijftien quinze fünfzehn fimmtán');
addPairs(16, 'sixteen seksten sexton zestien seize sechzehn sextán');
addPairs(17, 'seventeen sytten sjutton zeventien siebzehn sautján');
addPairs(18, 'eighteen atten arton achttien achtzehn átján');
addPairs(19, 'nineteen nitten nitton negentien neunzehn nítján');
addPairs(20, 'twenty tjue tjugo tyve twintig vingt zwanzig tuttugu');
addPairs(30, 'thirty tretti trettio tredve dertig trente dreißig dreissig þrjátíu');
addPairs(40, 'forty førti fyrtio veertig quarante vierzig fjörutíu');
addPairs(50, 'fifty femti femtio vijftig cinquante fünfzig fimmtíu');
addPairs(60, 'sixty seksti sextio zestig soixante sechzig sextíu');
addPairs(70, 'seventy sytti sjuttio zeventig siebzig sjötíu septante');
addPairs(80, 'eighty åtti åttio tachtig achtzig áttatíu huitante octante');
addPairs(90, 'ninety nitti nittio negentig neunzig níutíu nonante');
/**
 * Numbers a house number is said in ("Kaigaten fjorten i Bergen", "Strandgatan sju i Jakobstad", "á Laugaveg hundrað og
 * fimm"): two to twenty and a hundred, without the words that are articles or prepositions too ("en", "ein", "een",
 * "un", "to", "ni") and without the ones and the noughts.
 */
export const HOUSE_NUMBER_WORDS: readonly string[] = [
  ...[...DIGIT_WORDS]
    .filter(([word, digit]) => digit >= '2' && !['to', 'ni'].includes(word))
    .map(([word]) => word),
  ...[...PAIR_WORDS].filter(([, value]) => value <= 20).map(([word]) => word),
  'hundred',
  'honderd',
  'hundert',
  'cent',
  'hundra',
  'hundre',
  'hundrað',
  'sata',
];
/** "fyrtiofem", "førtifem", "kaksikymmentäkolme": the tens first, as one word. */
const TENS_FIRST = new Map<string, string>();
for (const [tens, value] of PAIR_WORDS) {
  if (value < 20 || value % 10 !== 0) continue;
  for (const [unit, digit] of DIGIT_WORDS)
    if (digit !== '0' && unit.length > 2) TENS_FIRST.set(tens + unit, String(value + Number(digit)));
}
const FINNISH_UNITS = ['kaksi', 'kolme', 'neljä', 'viisi', 'kuusi', 'seitsemän', 'kahdeksan', 'yhdeksän'];
FINNISH_UNITS.forEach((tens, t) => {
  TENS_FIRST.set(`${tens}kymmentä`, String((t + 2) * 10));
  ['yksi', ...FINNISH_UNITS].forEach((unit, u) =>
    TENS_FIRST.set(`${tens}kymmentä${unit}`, String((t + 2) * 10 + u + 1)),
  );
});
['yksi', ...FINNISH_UNITS].forEach((unit, u) => TENS_FIRST.set(`${unit}toista`, String(11 + u)));

/** "vierendertig", "vierunddreißig": the unit first, as one word. */
const UNIT_FIRST =
  /^(een|twee|drie|vier|vijf|zes|zeven|acht|negen|ein|zwei|drei|vier|fünf|sechs|sieben|acht|neun)(?:en|ën|und)(twintig|dertig|veertig|vijftig|zestig|zeventig|tachtig|negentig|zwanzig|dreißig|dreissig|vierzig|fünfzig|sechzig|siebzig|achtzig|neunzig)$/u;

const NUMBER_TOKEN = /\p{L}+(?:-\p{L}+){0,3}|\d+/gu;
// Nothing between at all too: "9one2 34 567", and a digit right after a quote that opened a message.
const TOKEN_GAP = /^(?:[\s,.\-–*]{0,3}|\s\/\s)$/u;
/** Between two messages: quotes, a comma, the words for "and then" ("« zéro quatre sept cinq » puis « 3 1 … »"). */
const MESSAGE_GAP = /^\s*["»”“'’]?\s*,?\s*$/u;

/**
 * Enough number words for a number: three, or one or two among three digit groups or more, as a number is typed to
 * slip past a filter ("4 eight 1 – 2 two – 9 0 7", "06 - 4 8 1 7 - 2 six 0 3").
 */
function enoughWords(text: string, tokens: readonly NumberToken[]): boolean {
  const words = tokens.filter((t) => t.word).length;
  if (words >= 3) return true;
  // Not times or dates with a word after them ("19.00–20.15. Fem ungdommer").
  const dotted = tokens.some(
    (t, i) => i > 0 && !t.word && !tokens[i - 1].word && /[.:]/.test(text.slice(tokens[i - 1].end, t.start)),
  );
  return words >= 1 && !dotted && tokens.length - words >= 3 && tokens.length >= 5;
}

interface NumberToken {
  start: number;
  end: number;
  digits: string;
  word: boolean;
}

/** The token's digits, or undefined when it is no number word. Pairs join with the unit after them ("trente-quatre"). */
function digitsOfWord(word: string): { digits: string; tens?: number } | undefined {
  const lower = word.toLowerCase();
  if (lower.includes('-')) return digitsOfCompound(lower.split('-'));
  if (/^\d+$/.test(lower)) return { digits: lower };
  const digit = DIGIT_WORDS.get(lower);
  if (digit !== undefined) return { digits: digit };
  const pair = PAIR_WORDS.get(lower);
  if (pair !== undefined)
    return pair >= 20 && pair % 10 === 0 ? { digits: String(pair), tens: pair } : { digits: String(pair) };
  const tensFirst = TENS_FIRST.get(lower);
  if (tensFirst !== undefined) return { digits: tensFirst };
  const unitFirst = UNIT_FIRST.exec(lower);
  if (unitFirst)
    return {
      digits: String((PAIR_WORDS.get(unitFirst[2]) ?? 0) + Number(DIGIT_WORDS.get(unitFirst[1]) ?? 0)),
    };
  return undefined;
}

/** "trente-quatre", "soixante-dix-huit", "quatre-vingt-douze", "vingt-et-un", "dix-sept"; or digit by digit, "ni-en-to". */
function digitsOfCompound(parts: readonly string[]): { digits: string } | undefined {
  if (parts.every((p) => DIGIT_WORDS.has(p)))
    return { digits: parts.map((p) => DIGIT_WORDS.get(p)).join('') };
  let total = 0;
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i];
    if (part === 'quatre' && /^vingts?$/.test(parts[i + 1] ?? '')) {
      total += 80;
      i++;
    } else if (part === 'et' && i > 0) continue;
    else {
      const value =
        PAIR_WORDS.get(part) ?? (DIGIT_WORDS.has(part) ? Number(DIGIT_WORDS.get(part)) : undefined);
      if (value === undefined) return undefined;
      total += value;
    }
  }
  return total >= 10 && total <= 99 ? { digits: String(total) } : undefined;
}

const REPEAT_WORDS = new Map<string, number>([
  ['double', 2],
  ['dobbel', 2],
  ['dobbelt', 2],
  ['dubbel', 2],
  ['dubbele', 2],
  ['doppel', 2],
  ['doppelte', 2],
  ['tupla', 2],
  ['triple', 3],
  ['trippel', 3],
  ['tripple', 3],
  ['dreifach', 3],
]);

/** "og så", "and then", "en dan", "et puis", "und dann", "ja sitten", "och sen", "og svo" inside a number. */
const AND_WORD = new RegExp(`^(?:${AND_WORDS})$`, 'iu');
/** "puis", "dann", "sitten" on their own, after a quoted first half; not "så" or "sen", which are other words too. */
const THEN_WORD = /^(?:then|puis|ensuite|dann|danach|sitten|sedan|svo|síðan|deretter|etterpå|daarna|toen)$/iu;
const THEN_AFTER = new RegExp(String.raw`^\s+(?:${THEN_WORDS})(?![\p{L}])`, 'iu');

function numberWordRuns(text: string): NumberToken[][] {
  const runs: NumberToken[][] = [];
  let run: NumberToken[] = [];
  let previousEnd = -1;
  let pendingTens: NumberToken | undefined;
  let repeatNext: { times: number; start: number } | undefined;
  const flush = () => {
    if (pendingTens) run.push(pendingTens);
    pendingTens = undefined;
    if (run.length > 0) runs.push(run);
    run = [];
  };
  let skipUntil = -1;
  for (const m of text.matchAll(NUMBER_TOKEN)) {
    if (m.index < skipUntil) continue;
    const value = digitsOfWord(m[0]);
    const start = m.index;
    const end = start + m[0].length;
    const joined = previousEnd >= 0 && TOKEN_GAP.test(text.slice(previousEnd, start));
    // "fire sju, og så 33 21 08", "zero four and then 12 34": the rest of the number follows its "then"; also in quotes,
    // as two messages ("„null eins fünf sieben“ und dann „3 2 …“", "« zéro quatre » puis « 3 1 … »").
    const gapBefore = previousEnd >= 0 ? text.slice(previousEnd, start) : '';
    const afterQuote = run.length > 0 && !value && MESSAGE_GAP.test(gapBefore);
    const then =
      afterQuote && AND_WORD.test(m[0])
        ? THEN_AFTER.exec(text.slice(end, end + 12))
        : afterQuote && THEN_WORD.test(m[0])
          ? ['']
          : null;
    if (then) {
      const thenEnd = end + then[0].length;
      const quote = /^\s*["«“„'‘”]?/u.exec(text.slice(thenEnd, thenEnd + 4))?.[0] ?? '';
      previousEnd = thenEnd + quote.length;
      skipUntil = previousEnd;
      continue;
    }
    // "et" and "og" inside a pair: "vingt et un", "tjue og tre".
    if (!value && pendingTens && joined && /^(?:et|og|and|och|und|en)$/iu.test(m[0])) {
      previousEnd = end;
      continue;
    }
    // "double one", "dobbel fem", "triple zero": the digit after it said twice or three times.
    const repeat = REPEAT_WORDS.get(m[0].toLowerCase());
    if (repeat !== undefined && (joined || previousEnd < 0)) {
      if (!joined) flush();
      repeatNext = { times: repeat, start };
      previousEnd = end;
      continue;
    }
    if (!value || !joined) flush();
    if (!value) {
      repeatNext = undefined;
      previousEnd = -1;
      continue;
    }
    const word = !/^\d/.test(m[0]);
    if (repeatNext && value.digits.length === 1 && word) {
      if (pendingTens) run.push(pendingTens);
      pendingTens = undefined;
      run.push({ start: repeatNext.start, end, digits: value.digits.repeat(repeatNext.times), word: true });
      repeatNext = undefined;
      previousEnd = end;
      continue;
    }
    repeatNext = undefined;
    if (pendingTens) {
      const pending: NumberToken = pendingTens;
      pendingTens = undefined;
      const unit =
        value.digits.length === 1 && value.tens === undefined && word ? Number(value.digits) : undefined;
      // "soixante-dix-huit", "quatre-vingt-douze": the French pairs above sixty.
      const frenchTeen = pending.digits === '60' && Number(value.digits) >= 10 && Number(value.digits) <= 19;
      if (unit !== undefined && unit > 0) {
        run.push({ start: pending.start, end, digits: String(Number(pending.digits) + unit), word: true });
        previousEnd = end;
        continue;
      }
      if (frenchTeen) {
        run.push({ start: pending.start, end, digits: String(60 + Number(value.digits)), word: true });
        previousEnd = end;
        continue;
      }
      run.push(pending);
    }
    if (value.tens !== undefined && word) pendingTens = { start, end, digits: value.digits, word };
    else run.push({ start, end, digits: value.digits, word });
    previousEnd = end;
  }
  flush();
  return runs.filter((run) => enoughWords(text, run));
}

/** English and French digit words, and the Nordic ones that are everyday words in them ("nine to one", "ni un ni deux"). */
const ENGLISH_DIGITS = new Set('zero oh one two three four five six seven eight nine'.split(' '));
const FRENCH_DIGITS = new Set('zéro un une deux trois quatre cinq six sept huit neuf'.split(' '));
const NORDIC_IN_ENGLISH = new Set(['to', 'fire', 'ten']);
const NORDIC_IN_FRENCH = new Set(['ni', 'en', 'sex']);

/** Whether the words of a window can be one number: one language's words, not a count ("en to tre fire fem…"). */
function readsAsOneNumber(text: string, tokens: readonly NumberToken[]): boolean {
  const words = tokens.filter((t) => t.word).map((t) => text.slice(t.start, t.end).toLowerCase());
  if (words.some((w) => ENGLISH_DIGITS.has(w)) && words.some((w) => NORDIC_IN_ENGLISH.has(w))) return false;
  if (words.some((w) => FRENCH_DIGITS.has(w)) && words.some((w) => NORDIC_IN_FRENCH.has(w))) return false;
  const digits = tokens.map((t) => Number(t.digits));
  if (tokens.length >= 5) {
    const step = digits[1] - digits[0];
    if (Math.abs(step) === 1 && digits.every((d, i) => i === 0 || d - digits[i - 1] === step)) return false;
  }
  return true;
}

export function findNumbersInWords(text: string, countries: ReadonlySet<PersonalDataCountry>): Candidate[] {
  const found: Candidate[] = [];
  for (const run of numberWordRuns(text)) {
    for (let first = 0; first < run.length; first++) {
      // A number that starts inside one already found adds nothing: the finding is reported once anyway.
      if (found.length > 0 && run[first].start < found[found.length - 1].end) continue;
      let digits = '';
      const start = run[first].start;
      const plus = /(?:\+|plus|pluss|plús)\s*$/iu.test(text.slice(Math.max(0, start - 6), start));
      for (let last = first; last < run.length && digits.length < 13; last++) {
        digits += run[last].digits;
        if (digits.length < 7 || !enoughWords(text, run.slice(first, last + 1))) continue;
        const end = run[last].end;
        const id = ID_CHECKS.find(
          (c) => countries.has(c.country) && c.length === digits.length && c.isValid(digits),
        );
        const kind = id
          ? 'NATIONAL_ID'
          : isPhoneInWords(digits, plus, countries) || isCuedPhone(text, start, digits)
            ? 'PHONE'
            : undefined;
        if (!kind || !readsAsOneNumber(text, run.slice(first, last + 1))) continue;
        found.push(
          id ? { kind: 'NATIONAL_ID', country: id.country, start, end } : { kind: 'PHONE', start, end },
        );
      }
    }
  }
  return found;
}

const CALLING_CODES: readonly [string, PersonalDataCountry, string][] = [
  ['47', 'NO', ''],
  ['32', 'BE', '0'],
  ['31', 'NL', '0'],
  ['354', 'IS', ''],
  ['358', 'FI', '0'],
  ['46', 'SE', '0'],
];

function isPhoneInWords(digits: string, plus: boolean, countries: ReadonlySet<PersonalDataCountry>): boolean {
  const national = (d: string) => isPhoneDigits(d, countries);
  if (!plus && national(digits)) return true;
  const international = digits.startsWith('00') ? digits.slice(2) : plus ? digits : undefined;
  if (international === undefined) return false;
  // "plus vier neun 151 2398 4417": a neighbour's number, a German, British or other European one, is someone's too.
  if (
    international.length >= 10 &&
    international.length <= 13 &&
    /^(?:49|44|33|34|39|41|43|45|48|351|353|370|371|372|380|90)/u.test(international)
  )
    return true;
  return CALLING_CODES.some(
    ([code, country, trunk]) =>
      countries.has(country) &&
      international.startsWith(code) &&
      national(trunk + international.slice(code.length)),
  );
}

/** A foreign number in words after a word that says it is one ("mobile oh seven seven double one 234 567"). */
function isCuedPhone(text: string, start: number, digits: string): boolean {
  if (
    digits.length < 9 ||
    digits.length > 12 ||
    !/^0[1-9]/.test(digits) ||
    /^0(?:800|900|90|70|20)/.test(digits)
  )
    return false;
  return !HELP_LINE_DIGITS.has(digits) && PHONE_CUE.test(text.slice(Math.max(0, start - 30), start));
}
