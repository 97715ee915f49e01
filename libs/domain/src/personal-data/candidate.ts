import type { PersonalDataCountry, PersonalDataKind } from '../interactions/vocabulary';

/** A finding before overlaps are resolved and the excerpt is masked. */
export type Candidate =
  | { kind: Exclude<PersonalDataKind, 'NATIONAL_ID'>; start: number; end: number }
  | { kind: 'NATIONAL_ID'; country: PersonalDataCountry; start: number; end: number };

export type Detector = (text: string, countries: ReadonlySet<PersonalDataCountry>) => Candidate[];

export function* matchesOf(pattern: RegExp, text: string): Generator<RegExpExecArray> {
  const regex = new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`);
  for (let match = regex.exec(text); match; match = regex.exec(text)) {
    yield match;
    if (match[0] === '') regex.lastIndex++;
  }
}

/** A word list as one alternation, longest first, so that "van der" is tried before "van". */
export function alternation(words: readonly string[]): string {
  return [...new Set(words)]
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+').replace(/'/g, "['’]"))
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
      return first.toUpperCase() !== first.toLowerCase() ? `[${first.toUpperCase()}${first.toLowerCase()}]${w.slice(1)}` : w;
    })
    .join('|');
}
