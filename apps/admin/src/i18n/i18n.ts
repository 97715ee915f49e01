import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { DEFAULT_LOCALE, isLocale, LOCALES, type Locale, localeFromAcceptLanguage } from '@empact/domain';
import type { ResourceTree } from '@empact/i18n';
import { loadLocaleData } from '../lib/locale-data';

const STORAGE_KEY = 'empact.language';
/** A language picked on the login page: it wins over the account's at the next sign-in, also after a reload. */
const LOGIN_CHOICE_KEY = 'empact.loginLanguage';
const NAMESPACES = ['admin', 'common', 'errors', 'taxonomy'] as const;

/**
 * Every language's words, one chunk per language and namespace, fetched the first time that language is needed: a
 * visit carries the words of its own language (and English, the fallback), not those of all nine. admin.json comes
 * without the sections that lazily loaded pages add themselves (see lazy-sections.ts).
 */
const WORDS = import.meta.glob<ResourceTree>('../../../../libs/i18n/src/locales/*/*.json', {
  import: 'default',
});

function storedLocale(): Locale | undefined {
  try {
    const value = localStorage.getItem(STORAGE_KEY);
    return isLocale(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

/** The language a first visit starts in: the remembered choice, else the browser's, else English. */
function initialLocale(): Locale {
  return storedLocale() ?? localeFromAcceptLanguage(navigator.languages.join(',')) ?? DEFAULT_LOCALE;
}

export const i18n = i18next.createInstance();

void i18n.use(initReactI18next).init({
  resources: {},
  lng: initialLocale(),
  fallbackLng: DEFAULT_LOCALE,
  supportedLngs: [...LOCALES],
  ns: [...NAMESPACES],
  defaultNS: 'admin',
  interpolation: { escapeValue: false }, // React escapes
  returnNull: false,
  initAsync: false,
});

const loading = new Map<Locale, Promise<void>>();

/** Fetches a language's words once and adds them to i18next; later calls wait for the same fetch. */
function loadWords(locale: Locale): Promise<void> {
  let pending = loading.get(locale);
  if (!pending) {
    pending = Promise.all(
      NAMESPACES.map(async (namespace) => {
        const load = WORDS[`../../../../libs/i18n/src/locales/${locale}/${namespace}.json`];
        if (!load) throw new Error(`No ${namespace} words for ${locale}`);
        // deep, without overwriting: a lazy page may have added its section of admin.json first.
        i18n.addResourceBundle(locale, namespace, await load(), true, false);
      }),
    ).then(() => undefined);
    // A failed fetch (the connection dropped) is tried again next time.
    pending.catch(() => loading.delete(locale));
    loading.set(locale, pending);
  }
  return pending;
}

/**
 * Fetches a language's words and its locale data (dates, times, numbers, names: lib/locale-data.ts), so that the
 * language is shown with both. Without its locale data (a failed fetch, tried again next time) the browser's own
 * formats it meanwhile.
 */
export function loadLocale(locale: Locale): Promise<void> {
  return Promise.all([loadWords(locale), loadLocaleData(locale).catch(() => undefined)]).then(
    () => undefined,
  );
}

function reflect(language: string): void {
  document.documentElement.lang = language;
  document.title = i18n.t('common:appName');
}

/** The first language's words and English's are in: the app can render. */
export const i18nReady: Promise<void> = Promise.all([
  loadLocale(isLocale(i18n.language) ? i18n.language : DEFAULT_LOCALE),
  // English words are the fallback; English dates only for an English reader.
  loadWords(DEFAULT_LOCALE),
])
  // The language's words arrived after init: let i18next settle on it again (resolvedLanguage) and say so.
  .then(() => i18n.changeLanguage(i18n.language))
  .then(() => {
    reflect(i18n.language);
    i18n.on('languageChanged', reflect);
  });

/** The interface language now, as a supported locale. */
export function currentLocale(): Locale {
  const language = i18n.resolvedLanguage ?? i18n.language;
  return isLocale(language) ? language : DEFAULT_LOCALE;
}

/** Switches the interface (once its words are in) and remembers the choice on this device. */
export async function applyLocale(locale: Locale): Promise<void> {
  try {
    localStorage.setItem(STORAGE_KEY, locale);
  } catch {
    // Private mode or a full quota: the choice then lasts for this visit only.
  }
  await loadLocale(locale);
  if (currentLocale() !== locale) await i18n.changeLanguage(locale);
}

/** Remembers that the reader picked this language on the login page (see loginChoice). */
export function rememberLoginChoice(locale: Locale): void {
  try {
    localStorage.setItem(LOGIN_CHOICE_KEY, locale);
  } catch {
    // Storage unavailable: the choice then lasts while the page stays open.
  }
}

/** The language picked on the login page, as long as it is still the one shown; it wins at sign-in. */
export function loginChoice(): Locale | undefined {
  try {
    const value = localStorage.getItem(LOGIN_CHOICE_KEY);
    return isLocale(value) && value === currentLocale() ? value : undefined;
  } catch {
    return undefined;
  }
}

/** Signed in: the choice is the account's now, and the next sign-in on this device goes by the account again. */
export function forgetLoginChoice(): void {
  try {
    localStorage.removeItem(LOGIN_CHOICE_KEY);
  } catch {
    // Nothing was kept.
  }
}
