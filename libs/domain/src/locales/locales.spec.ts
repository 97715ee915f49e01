import { localeFromAcceptLanguage, resolveLocale } from './locales';

describe('localeFromAcceptLanguage', () => {
  it('takes the highest-weighted supported language', () => {
    expect(localeFromAcceptLanguage('pl, fi;q=0.5, sv;q=0.9')).toBe('sv');
  });

  it('reads a regional tag by its primary language', () => {
    expect(localeFromAcceptLanguage('nl-BE,nl;q=0.9,en;q=0.8')).toBe('nl');
  });

  it('reads generic Norwegian as Bokmål', () => {
    expect(localeFromAcceptLanguage('no-NO')).toBe('nb');
  });

  it('ignores languages with weight zero and unsupported ones', () => {
    expect(localeFromAcceptLanguage('fi;q=0, pl')).toBeUndefined();
    expect(localeFromAcceptLanguage(undefined)).toBeUndefined();
  });
});

describe('resolveLocale', () => {
  it('prefers the account setting over the header', () => {
    expect(resolveLocale('is', 'fi')).toBe('is');
  });

  it('falls back to the header, then to English', () => {
    expect(resolveLocale(null, 'de-CH')).toBe('de');
    expect(resolveLocale('xx', 'pl')).toBe('en');
  });
});
