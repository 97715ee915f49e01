import { formattingLocale, hasLocaleData, intlEngine, onLocaleData } from './locale-data';

/**
 * Names, dates, times and numbers in the reader's language. Every formatter comes from here: from the app's own
 * CLDR data (lib/locale-data.ts, loaded with the language) once it is in, so that an Icelandic reader gets
 * Icelandic month and country names in every browser, not whatever the browser happens to ship. The app's English
 * is British English ("2 Dec 2026, 19:07"), and clocks are on the 24-hour clock in every language.
 */

export { formattingLocale } from './locale-data';

const dateTimeFormats = new Map<string, Intl.DateTimeFormat>();
const numberFormats = new Map<string, Intl.NumberFormat>();
const displayNames = new Map<string, Intl.DisplayNames>();
const listFormats = new Map<string, Intl.ListFormat>();

// New locale data: formatters made before it (from the browser's data) are made again.
onLocaleData(() => {
  dateTimeFormats.clear();
  numberFormats.clear();
  displayNames.clear();
  listFormats.clear();
});

/** The app's own formatter; none before the locale data is in, or for a zone its data does not carry. */
function ownDateTimeFormat(
  formatting: string,
  options: Intl.DateTimeFormatOptions,
): Intl.DateTimeFormat | undefined {
  const engine = intlEngine();
  if (!engine || !hasLocaleData(formatting)) return undefined;
  try {
    return new engine.DateTimeFormat(formatting, options) as unknown as Intl.DateTimeFormat;
  } catch (error) {
    if (error instanceof RangeError) return undefined;
    throw error;
  }
}

/** A date and time formatter in the reader's language; any time of day is on the 24-hour clock. */
export function dateTimeFormat(
  locale: string,
  options: Intl.DateTimeFormatOptions = {},
): Intl.DateTimeFormat {
  const formatting = formattingLocale(locale);
  const { hour12: _ignored, ...rest } = options;
  const withClock: Intl.DateTimeFormatOptions =
    options.hour !== undefined || options.timeStyle !== undefined ? { ...rest, hourCycle: 'h23' } : options;
  const key = `${formatting}|${JSON.stringify(withClock)}`;
  let cached = dateTimeFormats.get(key);
  if (!cached) {
    cached = ownDateTimeFormat(formatting, withClock) ?? new Intl.DateTimeFormat(formatting, withClock);
    dateTimeFormats.set(key, cached);
  }
  return cached;
}

/** A number formatter in the reader's language ("2,5" in Icelandic, "2.5" in English). */
export function numberFormat(locale: string, options: Intl.NumberFormatOptions = {}): Intl.NumberFormat {
  const formatting = formattingLocale(locale);
  const key = `${formatting}|${JSON.stringify(options)}`;
  let cached = numberFormats.get(key);
  if (!cached) {
    const engine = intlEngine();
    cached =
      engine && hasLocaleData(formatting)
        ? (new engine.NumberFormat(formatting, options as never) as unknown as Intl.NumberFormat)
        : new Intl.NumberFormat(formatting, options);
    numberFormats.set(key, cached);
  }
  return cached;
}

export function formatNumber(value: number, locale: string, options: Intl.NumberFormatOptions = {}): string {
  return numberFormat(locale, options).format(value);
}

/** A list in the reader's language: "Kari, Ola og Anna" in Icelandic, "Kari, Ola and Anna" in English. */
export function formatList(
  items: readonly string[],
  locale: string,
  options: Intl.ListFormatOptions = {},
): string {
  const formatting = formattingLocale(locale);
  const key = `${formatting}|${JSON.stringify(options)}`;
  let cached = listFormats.get(key);
  if (!cached) {
    const engine = intlEngine();
    cached =
      engine && hasLocaleData(formatting)
        ? (new engine.ListFormat(formatting, options) as unknown as Intl.ListFormat)
        : new Intl.ListFormat(formatting, options);
    listFormats.set(key, cached);
  }
  return cached.format(items);
}

function names(locale: string, type: 'region' | 'language'): Intl.DisplayNames {
  const formatting = formattingLocale(locale);
  const key = `${formatting}:${type}`;
  let cached = displayNames.get(key);
  if (!cached) {
    const engine = intlEngine();
    cached =
      engine && hasLocaleData(formatting)
        ? (new engine.DisplayNames([formatting], { type, fallback: 'code' }) as unknown as Intl.DisplayNames)
        : new Intl.DisplayNames([formatting], { type, fallback: 'code' });
    displayNames.set(key, cached);
  }
  return cached;
}

export function countryName(code: string, locale: string): string {
  try {
    return names(locale, 'region').of(code) ?? code;
  } catch {
    return code;
  }
}

export function languageName(code: string, locale: string): string {
  try {
    return names(locale, 'language').of(code) ?? code;
  } catch {
    return code;
  }
}

/** A calendar day ("2025-11-20") as a UTC midnight, so that formatting never shifts it across a zone boundary. */
export function calendarDay(day: string): Date {
  const [year, month, date] = day.split('-').map(Number);
  return new Date(Date.UTC(year, month - 1, date));
}

export function formatDayRange(firstDay: string, lastDay: string, locale: string): string {
  const format = dateTimeFormat(locale, {
    weekday: 'short',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
  return format.formatRange(calendarDay(firstDay), calendarDay(lastDay));
}

export function formatDay(day: string, locale: string): string {
  return dateTimeFormat(locale, {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    timeZone: 'UTC',
  }).format(calendarDay(day));
}

/** The zone's name in the reader's language, e.g. "Mitteleuropäische Zeit" for Europe/Oslo in German. */
export function timeZoneName(timeZone: string, locale: string, at: Date = new Date()): string {
  try {
    const part = dateTimeFormat(locale, { timeZone, timeZoneName: 'longGeneric' })
      .formatToParts(at)
      .find((p) => p.type === 'timeZoneName');
    return part?.value ?? timeZone;
  } catch {
    return timeZone;
  }
}

/** An instant in the reader's own zone, with the zone named: "2 Dec 2026, 19:07 CET". */
export function formatInstant(iso: string, locale: string): string {
  // dateStyle/timeStyle cannot be combined with timeZoneName, hence the separate fields.
  return dateTimeFormat(locale, {
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZoneName: 'short',
  }).format(new Date(iso));
}

/** A time of day on the 24-hour clock ("09:00"), in the given zone or the reader's own. */
export function formatTime(instant: Date, locale: string, timeZone?: string): string {
  return dateTimeFormat(locale, {
    hour: '2-digit',
    minute: '2-digit',
    ...(timeZone ? { timeZone } : {}),
  }).format(instant);
}

/** The Icelandic alphabet's order (CLDR): á after a, ð after d, þ æ ö after z. */
const ICELANDIC_ALPHABET = 'aábcdðeéfghiíjklmnoópqrstuúvwxyýzþæö';

function icelandicKeys(text: string): number[] {
  return Array.from(text.toLocaleLowerCase('is')).map((character) => {
    if (/\s/.test(character)) return -1;
    const place = ICELANDIC_ALPHABET.indexOf(character);
    if (place >= 0) return place;
    // A letter of another alphabet's accents ("ü" in a foreign name) sorts with its base letter.
    const base = ICELANDIC_ALPHABET.indexOf(character.normalize('NFD')[0]);
    return base >= 0 ? base : 100 + (character.codePointAt(0) ?? 0);
  });
}

/**
 * Icelandic order for a browser without Icelandic collation data (Chromium has none, and sorts "Ísland" among the
 * I's and "Þýskaland" before "Zambía"): letter by letter in the Icelandic alphabet, ties broken by the root order.
 */
export function icelandicCompare(a: string, b: string): number {
  const left = icelandicKeys(a);
  const right = icelandicKeys(b);
  for (let i = 0; i < Math.min(left.length, right.length); i++)
    if (left[i] !== right[i]) return left[i] - right[i];
  return left.length - right.length || a.localeCompare(b, 'und');
}

/** A comparison of labels in the reader's language, from the browser's collation data where it has that language's. */
export function collatorCompare(locale: string): (a: string, b: string) => number {
  const formatting = formattingLocale(locale);
  // Nynorsk sorts as Bokmål (CLDR gives both the Norwegian rules: æ ø å after z); Chromium has only Bokmål's.
  const collating = formatting === 'nn' ? 'nb' : formatting;
  if (Intl.Collator.supportedLocalesOf([collating]).length > 0) return new Intl.Collator(collating).compare;
  if (collating === 'is') return icelandicCompare;
  return new Intl.Collator(collating).compare;
}

/** Sorts by a localized label with the locale's own collation (Å after Z in Swedish, Ä after Z in Finnish). */
export function byLabel<T extends { label: string }>(locale: string): (a: T, b: T) => number {
  const compare = collatorCompare(locale);
  return (a, b) => compare(a.label, b.label);
}
