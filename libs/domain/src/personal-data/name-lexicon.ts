import { type Detector, withFoldedSpellings } from './candidate';

/**
 * The language lexicon: the first names and surnames of the nine languages' countries and the detectors that use
 * them and the cue, street and school word lists (PERSON_NAME, STREET_ADDRESS, SCHOOL). Together ≈105 KB gzipped,
 * so they are not part of `@empact/domain`'s main module: the API registers them once at start-up (import
 * `@empact/domain/personal-data-lexicon`) and the admin app loads them lazily (`loadNameLexicon()`) after its
 * first paint. Until then `findPersonalData` finds contacts, numbers, links and user names, but no names,
 * addresses or schools.
 */

export interface NameLexicon {
  /** First names, lower case. */
  readonly firstNames: ReadonlySet<string>;
  /** Surnames, lower case. */
  readonly surnames: ReadonlySet<string>;
  /** First names that are English words too and given little in the nine languages' countries ("diamond", "hunter"). */
  readonly wordNames: ReadonlySet<string>;
  /** First names that are German nouns too, or a form of one ("rose", "tore", "mark"). */
  readonly germanNouns: ReadonlySet<string>;
  /**
   * First names as the lists spell them (not typed without their special letters: "come" is "Côme" so typed, and a
   * word) that are no word in small letters in one of the working languages ("lin", "per", "fleur", "onni" are).
   */
  readonly smallLetterNames: ReadonlySet<string>;
  /** The first names that are words, each with the languages it is a word of ("sem" → is; "*" for all). */
  readonly wordLanguages: ReadonlyMap<string, readonly string[]>;
  /** The detectors that come with the lexicon: names, street addresses, schools. */
  readonly detectors: readonly Detector[];
}

const EMPTY: NameLexicon = {
  firstNames: new Set(),
  surnames: new Set(),
  wordNames: new Set(),
  germanNouns: new Set(),
  smallLetterNames: new Set(),
  wordLanguages: new Map(),
  detectors: [],
};
let current: NameLexicon = EMPTY;

function smallLetterNamesOf(firstNames: string, smallWords: string): Set<string> {
  const words = new Set(smallWords.split(' '));
  return new Set(firstNames.split(' ').filter((name) => name.length > 0 && !words.has(name)));
}

/** Makes a lexicon from space-separated lower-case lists, as the generated data module holds them. */
export function nameLexiconOf(
  firstNames: string,
  surnames: string,
  detectors: readonly Detector[],
  words: { wordNames?: string; germanNouns?: string; smallWords?: string; smallWordLanguages?: string } = {},
): NameLexicon {
  // Names typed without their special letters are the same names: "Jorgen", "Thorir", "Vaino", "Schroeder".
  return {
    firstNames: new Set(withFoldedSpellings(firstNames.split(' '))),
    surnames: new Set(withFoldedSpellings(surnames.split(' '))),
    wordNames: new Set((words.wordNames ?? '').split(' ').filter(Boolean)),
    germanNouns: new Set((words.germanNouns ?? '').split(' ').filter(Boolean)),
    smallLetterNames: smallLetterNamesOf(firstNames, words.smallWords ?? ''),
    wordLanguages: new Map(
      (words.smallWordLanguages ?? '')
        .split(' ')
        .filter(Boolean)
        .map((entry) => {
          const [name, languages = '*'] = entry.split(':');
          return [name, languages.split(',')] as const;
        }),
    ),
    detectors,
  };
}

/** Registers the lexicon every later `findPersonalData` call uses. */
export function registerNameLexicon(lexicon: NameLexicon): void {
  current = lexicon;
}

/** Whether a lexicon has been registered (the admin app may warn more after it has loaded). */
export function hasNameLexicon(): boolean {
  return current !== EMPTY;
}

export function nameLexicon(): NameLexicon {
  return current;
}

/**
 * Loads the bundled lexicon in its own chunk and registers it. For bundlers and runtimes that support dynamic
 * `import()` of a module (Vite, jest); a CommonJS server registers it synchronously instead:
 * an import of `@empact/domain/personal-data-lexicon`, which registers it.
 */
export async function loadNameLexicon(): Promise<NameLexicon> {
  // The extension is what a dynamic import needs under `nodenext`; Vite resolves it to the .ts file and splits it off.
  const { NAME_LEXICON } = await import('./lexicon-bundle.js');
  registerNameLexicon(NAME_LEXICON);
  return NAME_LEXICON;
}
