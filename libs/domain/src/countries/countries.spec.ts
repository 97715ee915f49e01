import { COUNTRY_CODES, EU_MEMBER_STATES, isCountryCode } from './countries';

describe('country reference data', () => {
  it('holds the 249 assigned ISO 3166-1 alpha-2 codes, each once', () => {
    expect(COUNTRY_CODES).toHaveLength(249);
    expect(new Set(COUNTRY_CODES).size).toBe(249);
  });

  it('has a name for every code in English', () => {
    const names = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });
    expect(COUNTRY_CODES.filter((code) => !names.of(code))).toEqual([]);
  });

  it('includes every EU member state', () => {
    expect(EU_MEMBER_STATES.every(isCountryCode)).toBe(true);
    expect(EU_MEMBER_STATES).toHaveLength(27);
  });

  it('refuses lower case, alpha-3 and made-up codes', () => {
    expect(isCountryCode('no')).toBe(false);
    expect(isCountryCode('NOR')).toBe(false);
    expect(isCountryCode('XX')).toBe(false);
    expect(isCountryCode('NO')).toBe(true);
  });
});
