import { DEFAULT_LOCALE, Locale } from '@empact/domain';
import { NAMESPACES, resources } from '@empact/i18n';
import { Injectable } from '@nestjs/common';
import i18next, { i18n } from 'i18next';
import { badInput } from '../errors/domain.exception';
import { requestLocale } from '../request-context';

/** The server's translations: the same resources the admin app reads. */
@Injectable()
export class I18nService {
  private readonly i18n: i18n;

  constructor() {
    this.i18n = i18next.createInstance();
    void this.i18n.init({
      resources,
      ns: [...NAMESPACES],
      defaultNS: 'common',
      fallbackLng: DEFAULT_LOCALE,
      interpolation: { escapeValue: false },
      initAsync: false,
    });
  }

  /** A country's name in the given language, from ICU: "Belgia" for a Norwegian, "Belgique" for a Frenchman. */
  countryName(locale: Locale, code: string): string {
    return new Intl.DisplayNames([locale], { type: 'region', fallback: 'code' }).of(code) ?? code;
  }

  /**
   * Refuses (BAD_USER_INPUT on `field`) a language that is not one of a country's working languages for the week,
   * naming the language, the country and the ones it may use, in the caller's language.
   */
  requireWorkingLanguage(field: string, working: readonly string[], country: string, language: string): void {
    if (working.includes(language)) return;
    const locale = requestLocale();
    const name = (tag: string) =>
      new Intl.DisplayNames([locale], { type: 'language', fallback: 'code' }).of(tag) ?? tag;
    throw badInput(field, 'interaction.languageNotWorking', {
      language: name(language),
      country: this.countryName(locale, country),
      languages: working.map(name).join(', '),
    });
  }

  /** An instant as a reader of that language would write it, in the given zone. */
  formatInstant(locale: Locale, instant: Date, timeZone: string): string {
    return new Intl.DateTimeFormat(locale, { timeZone, dateStyle: 'medium', timeStyle: 'short' }).format(
      instant,
    );
  }

  /** Translates `namespace:key` (or a key of `errors` by default) into the given language. */
  t(locale: Locale, key: string, params: Record<string, unknown> = {}, namespace = 'errors'): string {
    return this.i18n.t(key, { ...params, lng: locale, ns: namespace });
  }
}
