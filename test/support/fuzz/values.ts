import fc from 'fast-check';

/**
 * Leaf values for the fuzz tests: each generic arbitrary covers what a careless or hostile client could send in a
 * type-correct GraphQL variable, the realistic ones (in plans.ts) what takes a request past the first checks.
 */

/** Strings that have broken other systems: control characters, SQL and template syntax, odd Unicode, limits. */
export const NASTY_STRINGS: readonly string[] = [
  '',
  ' ',
  '   ',
  '\t\r\n',
  '\u0000',
  'a\u0000b',
  '\u0007\u001b[31m',
  "'",
  '"',
  '\\',
  '`',
  "'; DROP TABLE account; --",
  "' OR '1'='1",
  '1; SELECT pg_sleep(5)',
  '%',
  '_%_',
  '$1',
  '{{field}}',
  '%s%s%n',
  '__proto__',
  'constructor',
  'null',
  'undefined',
  'NaN',
  '-1',
  '[]',
  '{}',
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '[click](javascript:alert(1))',
  '${jndi:ldap://x/a}',
  '../../etc/passwd',
  '🙂',
  '👮‍♀️🇳🇴🇫🇮🏳️‍🌈',
  'Z̴̡̪a̸͔l̷̰g̵̣o̶̜',
  '\u202Eevil\u202C',
  'Kripos\u202Eecnadiug',
  '\u2067Politiet\u2069',
  'Berg\u200F',
  '\u061CAhmad',
  '\uFEFF',
  '\u200B\u200D',
  '\uD83D',
  '\uDE00x',
  '\uD800',
  '\uDBFF',
  '\uDC00',
  '\uDFFF',
  'a@\uD800.test',
  'x\uDFFF\uD800y',
  'Ola\nNordmann',
  '\u0085',
  '\u009B31m',
  '\u007F',
  'ﬁİıßẞ',
  '𝕏𝔂𝖟',
  'Ääkköset ja öljy',
  'Þórsmörk Ærøskøbing',
  'ИНТЕРПОЛ 警察 مرحبا שלום',
  '+47 912 34 567',
  'kid.gamer2011@example.com',
  '@kid_gamer',
  'https://discord.gg/abcdef',
  'x'.repeat(41),
  'x'.repeat(65),
  'x'.repeat(101),
  'x'.repeat(201),
  'x'.repeat(501),
  'x'.repeat(2001),
  'x'.repeat(4001),
];

/** A long string of a repeated piece: past every MaxLength, with multi-byte and control characters. */
const longString = fc
  .tuple(
    fc.constantFrom('x', 'é', '🙂', '\u0000', 'ab ', '\u200B', "'", '\uD800', '\u202E'),
    fc.integer({ min: 100, max: 5000 }),
  )
  .map(([piece, times]) => piece.repeat(times));

/**
 * Characters that must never get further than validation: halves of surrogate pairs (high and low), NUL, the marks
 * that turn the direction of text (embeddings, overrides, isolates, LRM, RLM, the Arabic letter mark), and other C0
 * and C1 control characters. Most strings may hold the last two kinds; names may not.
 */
export const HOSTILE_CHARACTERS: readonly string[] = [
  '\uD800',
  '\uDBFF',
  '\uDC00',
  '\uDFFF',
  '\u0000',
  '\u202A',
  '\u202B',
  '\u202C',
  '\u202D',
  '\u202E',
  '\u2066',
  '\u2067',
  '\u2068',
  '\u2069',
  '\u200E',
  '\u200F',
  '\u061C',
  '\u0001',
  '\u0008',
  '\u000B',
  '\u001B',
  '\u001F',
  '\u007F',
  '\u0080',
  '\u0085',
  '\u009B',
  '\u009F',
  '\u2028',
];

/** The text with one hostile character put in somewhere (inside a surrogate pair too, which leaves two halves). */
export const withHostileCharacter = (text: string): fc.Arbitrary<string> =>
  fc
    .tuple(fc.constantFrom(...HOSTILE_CHARACTERS), fc.nat({ max: text.length }))
    .map(([character, at]) => `${text.slice(0, at)}${character}${text.slice(at)}`);

export const anyString: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.string({ unit: 'grapheme', maxLength: 40 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary-ascii', maxLength: 20 }) },
  { weight: 3, arbitrary: fc.constantFrom(...NASTY_STRINGS) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 30 }).chain(withHostileCharacter) },
  { weight: 1, arbitrary: longString },
);

/** Any GraphQL Int: the whole 32-bit range, with its edges and the small numbers versions and counts use. */
export const anyInt: fc.Arbitrary<number> = fc.oneof(
  { weight: 2, arbitrary: fc.integer() },
  { weight: 2, arbitrary: fc.integer({ min: -3, max: 12 }) },
  { weight: 1, arbitrary: fc.constantFrom(0, -1, 2 ** 31 - 1, -(2 ** 31), 2 ** 15, 600, 601, 4000, 4001) },
);

export const anyFloat: fc.Arbitrary<number> = fc.double({ noNaN: true, noDefaultInfinity: true });

/** Something an ID variable accepts (GraphQL ID takes strings and integers) that is not an id we know. */
export const anyIdLike: fc.Arbitrary<string | number> = fc.oneof(
  { weight: 3, arbitrary: fc.uuid() },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      '00000000-0000-0000-0000-000000000000',
      'ffffffff-ffff-ffff-ffff-ffffffffffff',
      '00000000-0000-4000-8000-00000000000',
      '{00000000-0000-4000-8000-000000000000}',
      '00000000000040008000000000000000',
    ),
  },
  { weight: 2, arbitrary: anyString },
  { weight: 1, arbitrary: fc.integer() },
);

/** A real id in the forms a client could also send it: as stored, upper case, padded. */
export const idVariantsOf = (ids: readonly string[]): fc.Arbitrary<string> =>
  fc.oneof(
    { weight: 12, arbitrary: fc.constantFrom(...ids) },
    { weight: 1, arbitrary: fc.constantFrom(...ids).map((id) => id.toUpperCase()) },
    { weight: 1, arbitrary: fc.constantFrom(...ids).map((id) => ` ${id}`) },
  );

/** What the DateTime scalar accepts (it parses anything with `new Date`): instants far and near, numbers, junk. */
export const anyDateTime: fc.Arbitrary<string | number> = fc.oneof(
  { weight: 3, arbitrary: fc.date({ noInvalidDate: true }).map((d) => d.toISOString()) },
  { weight: 1, arbitrary: fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 }) },
  {
    weight: 2,
    arbitrary: fc.constantFrom(
      '',
      'not a date',
      'now',
      '2025-13-01T00:00:00Z',
      '2025-02-30T10:00:00Z',
      '2025-11-20T25:61:00',
      '2025-11-20',
      '0000-01-01T00:00:00Z',
      '-000001-01-01T00:00:00.000Z',
      '+275760-09-13T00:00:00.000Z',
      '-271821-04-20T00:00:00.000Z',
      '9999-12-31T23:59:59.999Z',
      '1970-01-01T00:00:00.000Z',
    ),
  },
);

/** A YYYY-MM-DD-shaped string that need not be a date: what passes a `^\d{4}-\d{2}-\d{2}$` check. */
export const dayShaped: fc.Arbitrary<string> = fc.oneof(
  fc.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
  fc.constantFrom(
    '2025-02-29',
    '2024-02-29',
    '2025-04-31',
    '0000-00-00',
    '9999-99-99',
    '1900-01-01',
    '2262-04-12',
  ),
);

/** Values of Accept-Language a browser (or something pretending to be one) sends. */
export const acceptLanguages: fc.Arbitrary<string | undefined> = fc.constantFrom(
  undefined,
  'fi',
  'nb-NO,nb;q=0.9,en;q=0.8',
  'de-DE',
  'is',
  'sv-FI;q=0.7, fr;q=0.9',
  'en-GB',
  'xx',
  '*',
  'q=;;,',
);
