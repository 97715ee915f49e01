import type { PersonalDataCountry, PersonalDataKind } from '../interactions/vocabulary';

/** A finding before overlaps are resolved and the excerpt is masked. */
export type Candidate =
  | { kind: Exclude<PersonalDataKind, 'NATIONAL_ID'>; start: number; end: number }
  | { kind: 'NATIONAL_ID'; country: PersonalDataCountry; start: number; end: number };

export type Detector = (text: string, countries: ReadonlySet<PersonalDataCountry>) => Candidate[];

/**
 * Global copies of the patterns, idle between uses. A note is read by about a hundred patterns, some of them long
 * alternations (the word lists), and making a fresh copy of each for every note took a quarter of the check's time: each
 * copy is made once and used again, by one reader at a time (a reader that stops half-way gives its copy back; one that
 * is dropped unfinished keeps it, and the next reader makes another).
 */
const idleCopies = new WeakMap<RegExp, RegExp[]>();

/** Every match of the pattern in the text, as a global search; the pattern itself (and its lastIndex) is left alone. */
export function* matchesOf(pattern: RegExp, text: string): Generator<RegExpExecArray> {
  let idle = idleCopies.get(pattern);
  if (!idle) idleCopies.set(pattern, (idle = []));
  const regex =
    idle.pop() ??
    new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`);
  regex.lastIndex = 0;
  try {
    for (let match = regex.exec(text); match; match = regex.exec(text)) {
      yield match;
      if (match[0] === '') regex.lastIndex++;
    }
  } finally {
    idle.push(regex);
  }
}

/**
 * How a word is typed on a keyboard without the language's own letters: "Jørgen" as "Jorgen" and "Joergen",
 * "Þórir" as "Thorir", "Väinö" as "Vaino" and "Vaeinoe", "Müller" as "Muller" and "Mueller". Only the spellings that differ.
 */
export function foldedSpellings(word: string): string[] {
  const strip = (w: string) => w.normalize('NFD').replace(/\p{M}/gu, '').normalize('NFC');
  const common = (w: string) =>
    w.replace(/æ/g, 'ae').replace(/ð/g, 'd').replace(/þ/g, 'th').replace(/ß/g, 'ss');
  const short = strip(common(word).replace(/ø/g, 'o'));
  const long = strip(
    common(word)
      .replace(/å/g, 'aa')
      .replace(/ø/g, 'oe')
      .replace(/[äæ]/g, 'ae')
      .replace(/ö/g, 'oe')
      .replace(/ü/g, 'ue'),
  );
  return [...new Set([short, long])].filter((spelling) => spelling !== word);
}

/** The words of a list and their spellings without special letters. */
export function withFoldedSpellings(words: Iterable<string>): string[] {
  return [...words].flatMap((word) => [word, ...foldedSpellings(word)]);
}

/** A word list as one alternation, longest first, so that "van der" is tried before "van". */
export function alternation(words: readonly string[]): string {
  return [...new Set(words)]
    .sort((a, b) => b.length - a.length)
    .map((w) =>
      w
        .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
        .replace(/ /g, '\\s+')
        .replace(/'/g, "['’]"),
    )
    .join('|');
}

/**
 * The same, matching a capital or small first letter ("Heter", "heter"), for patterns that cannot take the `i`
 * flag: with `i`, `\p{Lu}` matches small letters too, and a name must start with a capital.
 */
export function sentenceAlternation(words: readonly string[]): string {
  return alternation(words)
    .split('|')
    .map((w) => {
      const first = w[0];
      return first.toUpperCase() !== first.toLowerCase()
        ? `[${first.toUpperCase()}${first.toLowerCase()}]${w.slice(1)}`
        : w;
    })
    .join('|');
}

/** Words that deny the noun after them, in the nine languages: "kein", "geen", "aucun", "ingen", "enginn", "no". */
export const NO_WORDS: readonly string[] = [
  'no',
  'none',
  'kein',
  'keine',
  'keinen',
  'keiner',
  'geen',
  'aucun',
  'aucune',
  'ingen',
  'inga',
  'inget',
  'enginn',
  'engin',
  'engan',
];
