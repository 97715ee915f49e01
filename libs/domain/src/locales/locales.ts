/** The languages the interface speaks. English is the working language and the fallback. */
export const LOCALES = ['en', 'nb', 'nn', 'nl', 'fr', 'de', 'is', 'fi', 'sv'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'en';

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/**
 * Picks the best supported locale from an HTTP Accept-Language header, honouring q-values.
 * Norwegian without a written standard ("no") is read as Bokmål, the more common of the two.
 */
export function localeFromAcceptLanguage(header: string | undefined | null): Locale | undefined {
  if (!header) return undefined;
  const ranked = header
    .split(',')
    .map((part, index) => {
      const [tag, ...params] = part.trim().split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      const weight = q ? Number(q.slice(2)) : 1;
      return { tag: tag.trim().toLowerCase(), weight: Number.isFinite(weight) ? weight : 0, index };
    })
    .filter((entry) => entry.tag && entry.weight > 0)
    .sort((a, b) => b.weight - a.weight || a.index - b.index);
  for (const { tag } of ranked) {
    const primary = tag.split('-')[0];
    if (primary === 'no') return 'nb';
    if (isLocale(primary)) return primary;
  }
  return undefined;
}

/** The caller's language: the account's preference, else the browser's, else English. */
export function resolveLocale(preferred: string | null | undefined, acceptLanguage?: string | null): Locale {
  if (isLocale(preferred)) return preferred;
  return localeFromAcceptLanguage(acceptLanguage) ?? DEFAULT_LOCALE;
}
