import { LOCALES } from '@empact/domain';
import { flattenKeys, interpolationVariables } from './interpolation';
import { NAMESPACES, resources } from './resources';

const PLURAL = /_(zero|one|two|few|many|other)$/;
const stem = (key: string) => key.replace(PLURAL, '');

/** The keys a locale must have: English's, with plural keys expanded to the locale's own plural forms. */
function expectedKeys(english: Record<string, string>, locale: string): string[] {
  const categories = new Intl.PluralRules(locale).resolvedOptions().pluralCategories;
  const keys = new Set<string>();
  for (const key of Object.keys(english)) {
    if (PLURAL.test(key)) categories.forEach((category) => keys.add(`${stem(key)}_${category}`));
    else keys.add(key);
  }
  return [...keys].sort();
}

describe('locale resources', () => {
  for (const namespace of NAMESPACES) {
    const english = flattenKeys(resources.en[namespace]);

    it(`English ${namespace} has at least one key`, () => {
      expect(Object.keys(english).length).toBeGreaterThan(0);
    });

    for (const locale of LOCALES.filter((l) => l !== 'en')) {
      const translated = flattenKeys(resources[locale][namespace]);

      it(`${locale}/${namespace} has exactly the keys of English`, () => {
        expect(Object.keys(translated).sort()).toEqual(expectedKeys(english, locale));
      });

      it(`${locale}/${namespace} uses the same interpolation variables as English`, () => {
        const mismatches = Object.entries(translated)
          .filter(([key, text]) => {
            const source = english[key] ?? english[`${stem(key)}_other`];
            return (
              source !== undefined &&
              interpolationVariables(text).join() !== interpolationVariables(source).join()
            );
          })
          .map(([key]) => key);
        expect(mismatches).toEqual([]);
      });

      it(`${locale}/${namespace} is translated, not English copied`, () => {
        const candidates = Object.keys(english).filter(
          (key) => english[key].length > 3 && /[a-z]{3}/i.test(english[key]),
        );
        const copied = candidates.filter((key) => translated[key] === english[key]);
        // Some words are the same in both languages ("Administrator", "Name"); a tenth copied means no translation.
        expect(copied.length).toBeLessThanOrEqual(Math.max(2, Math.floor(candidates.length / 10)));
      });

      it(`${locale}/${namespace} has no empty strings`, () => {
        expect(Object.entries(translated).filter(([, text]) => text.trim() === '')).toEqual([]);
      });
    }
  }
});
