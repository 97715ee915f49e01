import { isLocale, type Locale } from '@empact/domain';
import { type IntlEngine, loadIntlEngine, takeQueuedData } from './intl-engine';

/**
 * The app's own locale data (CLDR, through formatjs's Intl implementations), so that dates, times, numbers and the
 * names of countries, languages and time zones read the same in every browser: Chromium (Chrome, Edge) ships no
 * Icelandic or Nynorsk data for Intl and would fall back to English or Norwegian Bokmål. The implementations are
 * used as they are (ponyfills), not installed over the browser's Intl, and come with each language's data on demand:
 * a reader downloads the code once and the data of their own language only. The browser's own Intl is not used even
 * where it has the language: its texts differ from browser to browser and version to version (a comma in a day
 * range, another name for a zone), and every reader of a language should read the same.
 */
export type { IntlEngine } from './intl-engine';

/** The formatting locale of an interface language: the app's English is British English. */
export function formattingLocale(locale: string): string {
  return locale === 'en' ? 'en-GB' : locale;
}

/** Each language's data: dates and times, display names, numbers, lists. Separate imports so that each is its own chunk. */
const LOCALE_DATA: Record<Locale, () => Promise<unknown[]>> = {
  en: () =>
    Promise.all([
      import('@formatjs/intl-datetimeformat/locale-data/en-GB.js'),
      import('@formatjs/intl-displaynames/locale-data/en-GB.js'),
      import('@formatjs/intl-numberformat/locale-data/en-GB.js'),
      import('@formatjs/intl-listformat/locale-data/en-GB.js'),
    ]),
  nb: () =>
    Promise.all([
      import('@formatjs/intl-datetimeformat/locale-data/nb.js'),
      import('@formatjs/intl-displaynames/locale-data/nb.js'),
      import('@formatjs/intl-numberformat/locale-data/nb.js'),
      import('@formatjs/intl-listformat/locale-data/nb.js'),
    ]),
  nn: () =>
    Promise.all([
      import('@formatjs/intl-datetimeformat/locale-data/nn.js'),
      import('@formatjs/intl-displaynames/locale-data/nn.js'),
      import('@formatjs/intl-numberformat/locale-data/nn.js'),
      import('@formatjs/intl-listformat/locale-data/nn.js'),
    ]),
  nl: () =>
    Promise.all([
      import('@formatjs/intl-datetimeformat/locale-data/nl.js'),
      import('@formatjs/intl-displaynames/locale-data/nl.js'),
      import('@formatjs/intl-numberformat/locale-data/nl.js'),
      import('@formatjs/intl-listformat/locale-data/nl.js'),
    ]),
  fr: () =>
    Promise.all([
      import('@formatjs/intl-datetimeformat/locale-data/fr.js'),
      import('@formatjs/intl-displaynames/locale-data/fr.js'),
      import('@formatjs/intl-numberformat/locale-data/fr.js'),
      import('@formatjs/intl-listformat/locale-data/fr.js'),
    ]),
  de: () =>
    Promise.all([
      import('@formatjs/intl-datetimeformat/locale-data/de.js'),
      import('@formatjs/intl-displaynames/locale-data/de.js'),
      import('@formatjs/intl-numberformat/locale-data/de.js'),
      import('@formatjs/intl-listformat/locale-data/de.js'),
    ]),
  is: () =>
    Promise.all([
      import('@formatjs/intl-datetimeformat/locale-data/is.js'),
      import('@formatjs/intl-displaynames/locale-data/is.js'),
      import('@formatjs/intl-numberformat/locale-data/is.js'),
      import('@formatjs/intl-listformat/locale-data/is.js'),
    ]),
  fi: () =>
    Promise.all([
      import('@formatjs/intl-datetimeformat/locale-data/fi.js'),
      import('@formatjs/intl-displaynames/locale-data/fi.js'),
      import('@formatjs/intl-numberformat/locale-data/fi.js'),
      import('@formatjs/intl-listformat/locale-data/fi.js'),
    ]),
  sv: () =>
    Promise.all([
      import('@formatjs/intl-datetimeformat/locale-data/sv.js'),
      import('@formatjs/intl-displaynames/locale-data/sv.js'),
      import('@formatjs/intl-numberformat/locale-data/sv.js'),
      import('@formatjs/intl-listformat/locale-data/sv.js'),
    ]),
};

let engine: IntlEngine | undefined;
const loadedLocales = new Set<string>();
let enginePromise: Promise<IntlEngine> | undefined;
const localePromises = new Map<Locale, Promise<void>>();
const listeners = new Set<() => void>();

/** The formatjs implementations once they are in; undefined before (formatting then uses the browser's Intl). */
export function intlEngine(): IntlEngine | undefined {
  return engine;
}

/** Whether a formatting locale's own data is in (then it, and not the browser's, formats it). */
export function hasLocaleData(formatting: string): boolean {
  return engine !== undefined && loadedLocales.has(formatting);
}

/** Called whenever new locale data arrives, so that cached formatters are made again. */
export function onLocaleData(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function loadEngine(): Promise<IntlEngine> {
  enginePromise ??= loadIntlEngine().catch((error: unknown) => {
    enginePromise = undefined;
    throw error;
  });
  return enginePromise;
}

/**
 * Fetches the formatting code (once) and a language's locale data, before that language is shown. Later calls wait
 * for the same fetch; a failed one is tried again next time.
 */
export function loadLocaleData(locale: Locale): Promise<void> {
  let pending = localePromises.get(locale);
  if (!pending) {
    pending = loadEngine()
      .then(async (loaded) => {
        await LOCALE_DATA[locale]();
        takeQueuedData(loaded);
        engine = loaded;
        loadedLocales.add(formattingLocale(locale));
        listeners.forEach((listener) => listener());
      })
      .catch((error: unknown) => {
        localePromises.delete(locale);
        throw error;
      });
    localePromises.set(locale, pending);
  }
  return pending;
}

/** Loads the data of every interface language (tests). */
export async function loadAllLocaleData(locales: readonly string[]): Promise<void> {
  await Promise.all(locales.filter(isLocale).map((locale) => loadLocaleData(locale)));
}
