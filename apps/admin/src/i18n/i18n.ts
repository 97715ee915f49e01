import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { DEFAULT_LOCALE, isLocale, LOCALES, type Locale, localeFromAcceptLanguage } from '@empact/domain';
import { resources } from '@empact/i18n';

const STORAGE_KEY = 'empact.language';

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
  resources,
  lng: initialLocale(),
  fallbackLng: DEFAULT_LOCALE,
  supportedLngs: [...LOCALES],
  ns: ['admin', 'common', 'errors', 'taxonomy'],
  defaultNS: 'admin',
  interpolation: { escapeValue: false }, // React escapes
  returnNull: false,
  initAsync: false,
});

function reflect(language: string): void {
  document.documentElement.lang = language;
  document.title = i18n.t('common:appName');
}

reflect(i18n.language);
i18n.on('languageChanged', reflect);

/** The interface language now, as a supported locale. */
export function currentLocale(): Locale {
  const language = i18n.resolvedLanguage ?? i18n.language;
  return isLocale(language) ? language : DEFAULT_LOCALE;
}

/** Switches the interface and remembers the choice on this device. */
export async function applyLocale(locale: Locale): Promise<void> {
  try {
    localStorage.setItem(STORAGE_KEY, locale);
  } catch {
    // Private mode or a full quota: the choice then lasts for this visit only.
  }
  if (currentLocale() !== locale) await i18n.changeLanguage(locale);
}
