import type { TFunction } from 'i18next';
import { COUNTRY_CODES, LOCALE_ENDONYMS, LOCALES, ROLES } from '@empact/domain';
import { byLabel, countryName } from '../../lib/intl';

export interface Option {
  value: string;
  label: string;
}

const countryCache = new Map<string, Option[]>();

/** Every ISO country by its name in the reader's language, in the reader's alphabetical order. */
export function countryOptions(locale: string): Option[] {
  let options = countryCache.get(locale);
  if (!options) {
    options = COUNTRY_CODES.map((code) => ({ value: code, label: countryName(code, locale) })).sort(
      byLabel(locale),
    );
    countryCache.set(locale, options);
  }
  return options;
}

export function roleOptions(t: TFunction): Option[] {
  return ROLES.map((role) => ({ value: role, label: t(`common:role.${role}`) }));
}

/** Languages by their own names, as in the language switcher. */
export function languageOptions(): Option[] {
  return LOCALES.map((locale) => ({ value: locale, label: LOCALE_ENDONYMS[locale] }));
}
