import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { countryName, formatDay, languageName, numberFormat } from '../../lib/intl';

/** How a row or column key of a count table reads: a country code, a day, a taxonomy code, ... */
export type KeyLabel = (key: string) => string;

export interface OutcomeLabels {
  country: KeyLabel;
  day: KeyLabel;
  platform: KeyLabel;
  topic: KeyLabel;
  ageBand: KeyLabel;
  outcome: KeyLabel;
  language: KeyLabel;
  sessionState: KeyLabel;
  urgency: KeyLabel;
  receivingUnit: KeyLabel;
  /** Counts in the reader's language ("1 234", "1.234", "1,234"). */
  number: (value: number) => string;
  hours: (value: number) => string;
}

/**
 * Every key of the outcome tables in the reader's language: countries and languages from the browser's CLDR
 * data, the shared vocabularies from the taxonomy namespace, platforms by their own name. A code the labels do
 * not know (a topic added since this build) reads as the code rather than as nothing.
 */
export function useOutcomeLabels(platforms: readonly { code: string; name: string }[]): OutcomeLabels {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  return useMemo(() => {
    const integer = numberFormat(lng, { maximumFractionDigits: 0 });
    const decimal = numberFormat(lng, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
    const names = new Map(platforms.map((platform) => [platform.code, platform.name]));
    const term = (namespace: string) => (key: string) => t(`${namespace}.${key}`, { defaultValue: key });
    return {
      country: (code) => countryName(code, lng),
      day: (day) => formatDay(day, lng),
      platform: (code) => names.get(code) ?? code,
      topic: term('taxonomy:topic'),
      ageBand: term('taxonomy:ageBand'),
      outcome: term('taxonomy:outcome'),
      // A heading starts with a capital even where the language's own name does not ("français", "norsk bokmål").
      language: (code) => {
        const name = languageName(code, lng);
        return name.charAt(0).toLocaleUpperCase(lng) + name.slice(1);
      },
      sessionState: term('outcomes.sessionState'),
      urgency: term('taxonomy:urgency'),
      receivingUnit: term('taxonomy:receivingUnit'),
      number: (value) => integer.format(value),
      hours: (value) => decimal.format(value),
    };
  }, [t, lng, platforms]);
}
