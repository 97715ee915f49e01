import { Locale } from './locales';

/** Each language's own name for itself: what a language switcher shows, whatever the current language. */
export const LOCALE_ENDONYMS: Record<Locale, string> = {
  en: 'English',
  nb: 'Norsk bokmål',
  nn: 'Norsk nynorsk',
  nl: 'Nederlands',
  fr: 'Français',
  de: 'Deutsch',
  is: 'Íslenska',
  fi: 'Suomi',
  sv: 'Svenska',
};
