/**
 * Names and dates in the reader's language, from the browser's own CLDR data, so that a Finnish operator reads
 * "Belgia" and a liaison "Belgium" without the app shipping its own tables.
 */
const displayNames = new Map<string, Intl.DisplayNames>();

function names(locale: string, type: 'region' | 'language'): Intl.DisplayNames {
  const key = `${locale}:${type}`;
  let cached = displayNames.get(key);
  if (!cached) {
    cached = new Intl.DisplayNames([locale], { type, fallback: 'code' });
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
  const format = new Intl.DateTimeFormat(locale, {
    weekday: 'short',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
  return format.formatRange(calendarDay(firstDay), calendarDay(lastDay));
}

export function formatDay(day: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    timeZone: 'UTC',
  }).format(calendarDay(day));
}

/** The zone's name in the reader's language, e.g. "Mitteleuropäische Zeit" for Europe/Oslo in German. */
export function timeZoneName(timeZone: string, locale: string, at: Date = new Date()): string {
  try {
    const part = new Intl.DateTimeFormat(locale, { timeZone, timeZoneName: 'longGeneric' })
      .formatToParts(at)
      .find((p) => p.type === 'timeZoneName');
    return part?.value ?? timeZone;
  } catch {
    return timeZone;
  }
}

/** An instant in the reader's own zone, with the zone named. */
export function formatInstant(iso: string, locale: string): string {
  // dateStyle/timeStyle cannot be combined with timeZoneName, hence the separate fields.
  return new Intl.DateTimeFormat(locale, {
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZoneName: 'short',
  }).format(new Date(iso));
}

/** Sorts by a localized label with the locale's own collation (Å after Z in Swedish, Ä after Z in Finnish). */
export function byLabel<T extends { label: string }>(locale: string): (a: T, b: T) => number {
  const collator = new Intl.Collator(locale);
  return (a, b) => collator.compare(a.label, b.label);
}
