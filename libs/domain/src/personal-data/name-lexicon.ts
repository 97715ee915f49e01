/**
 * The lists of first names and surnames the name detector looks up. They are large (≈28 KB gzipped), so they
 * are not part of `@empact/domain`'s main module: the API registers them once at start-up and the admin app
 * loads them lazily (`loadNameLexicon()`), after its first paint. Until a lexicon is registered the detector
 * still finds names introduced by a cue ("heter", "heitir", "s'appelle") and surnames by their shape
 * (-sen, -sson, -dóttir, -nen), but not first-name + surname pairs such as "Sanne de Vries".
 */

export interface NameLexicon {
  /** First names, lower case. */
  readonly firstNames: ReadonlySet<string>;
  /** Surnames, lower case. */
  readonly surnames: ReadonlySet<string>;
}

const EMPTY: NameLexicon = { firstNames: new Set(), surnames: new Set() };
let current: NameLexicon = EMPTY;

/** Makes a lexicon from space-separated lower-case lists, as the generated data module holds them. */
export function nameLexiconOf(firstNames: string, surnames: string): NameLexicon {
  return { firstNames: new Set(firstNames.split(' ')), surnames: new Set(surnames.split(' ')) };
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
 * `registerNameLexicon(BUNDLED_NAME_LEXICON)` from `@empact/domain/personal-data-lexicon`.
 */
export async function loadNameLexicon(): Promise<NameLexicon> {
  // The extension is what a dynamic import needs under `nodenext`; Vite resolves it to the .ts file and splits it off.
  const data = await import('./name-lexicon.data.js');
  const lexicon = nameLexiconOf(data.FIRST_NAMES, data.SURNAMES);
  registerNameLexicon(lexicon);
  return lexicon;
}
