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
 * without the sections that only some pages show (SECTION_WORDS below).
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

/**
 * The admin.json sections that only some pages use (LAZY_SECTIONS in vite.config.mts cuts them out of the words
 * above): one small chunk per section and language, fetched when a page that shows them is loaded (lazy-sections.ts).
 */
const SECTION_WORDS = {
  weekReport: import.meta.glob<ResourceTree>('../../../../libs/i18n/src/locales/*/admin.json', {
    query: { section: 'weekReport' },
    import: 'default',
  }),
  guidanceReads: import.meta.glob<ResourceTree>('../../../../libs/i18n/src/locales/*/admin.json', {
    query: { section: 'guidanceReads' },
    import: 'default',
  }),
  outcomes: import.meta.glob<ResourceTree>('../../../../libs/i18n/src/locales/*/admin.json', {
    query: { section: 'outcomes' },
    import: 'default',
  }),
  weekSetup: import.meta.glob<ResourceTree>('../../../../libs/i18n/src/locales/*/admin.json', {
    query: { section: 'weekSetup' },
    import: 'default',
  }),
  profiles: import.meta.glob<ResourceTree>('../../../../libs/i18n/src/locales/*/admin.json', {
    query: { section: 'profiles' },
    import: 'default',
  }),
  auditLog: import.meta.glob<ResourceTree>('../../../../libs/i18n/src/locales/*/admin.json', {
    query: { section: 'auditLog' },
    import: 'default',
  }),
  planImport: import.meta.glob<ResourceTree>('../../../../libs/i18n/src/locales/*/admin.json', {
    query: { section: 'planImport' },
    import: 'default',
  }),
};
export type WordSection = keyof typeof SECTION_WORDS;

const loading = new Map<Locale, Promise<void>>();
/** Sections some loaded page shows: fetched for every language whose words are fetched, now and later. */
const wantedSections = new Set<WordSection>();
const loadingSections = new Map<string, Promise<void>>();

/** Fetches one section of admin.json in one language once, and adds it to i18next. */
function loadSection(locale: Locale, section: WordSection): Promise<void> {
  const key = `${locale}:${section}`;
  let pending = loadingSections.get(key);
  if (!pending) {
    const load = Object.entries(SECTION_WORDS[section]).find(([path]) => path.includes(`/${locale}/`))?.[1];
    if (!load) return Promise.reject(new Error(`No ${section} words for ${locale}`));
    pending = load().then((words) => {
      i18n.addResourceBundle(locale, 'admin', words, true, false);
    });
    pending.catch(() => loadingSections.delete(key));
    loadingSections.set(key, pending);
  }
  return pending;
}

/** Fetches a language's words once and adds them to i18next; later calls wait for the same fetch. */
function loadWords(locale: Locale): Promise<void> {
  let pending = loading.get(locale);
  if (!pending) {
    pending = Promise.all([
      ...NAMESPACES.map(async (namespace) => {
        const load = WORDS[`../../../../libs/i18n/src/locales/${locale}/${namespace}.json`];
        if (!load) throw new Error(`No ${namespace} words for ${locale}`);
        // deep, without overwriting: a section of admin.json may have come first.
        i18n.addResourceBundle(locale, namespace, await load(), true, false);
      }),
      ...[...wantedSections].map((section) => loadSection(locale, section)),
    ]).then(() => undefined);
    // A failed fetch (the connection dropped) is tried again next time.
    pending.catch(() => loading.delete(locale));
    loading.set(locale, pending);
  }
  return pending;
}

/**
 * Fetches a section of admin.json that a page shows, in the languages fetched so far (the reader's and English, the
 * fallback) and in any language fetched later. Pages await it before they render (lazy-sections.ts).
 */
export function loadSectionWords(section: WordSection): Promise<void> {
  wantedSections.add(section);
  return Promise.all([...loading.keys()].map((locale) => loadSection(locale, section))).then(() => undefined);
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
