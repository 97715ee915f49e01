import { beforeAll, describe, expect, it } from '@jest/globals';
import { LOCALES } from '@empact/domain';
import {
  countryName,
  dateTimeFormat,
  formatDay,
  formatDayRange,
  formatInstant,
  formatList,
  formatNumber,
  formatTime,
  icelandicCompare,
  languageName,
  timeZoneName,
} from './intl';
import { hasLocaleData, loadAllLocaleData } from './locale-data';

const INSTANT = '2026-12-02T18:07:00Z'; // 19:07 in Oslo

describe('the app’s own locale data', () => {
  beforeAll(async () => {
    await loadAllLocaleData(LOCALES);
  });

  it('is loaded for every interface language, English as British English', () => {
    for (const locale of LOCALES) expect(hasLocaleData(locale === 'en' ? 'en-GB' : locale)).toBe(true);
  });

  it('names months and countries in Icelandic', () => {
    expect(dateTimeFormat('is', { month: 'long', timeZone: 'UTC' }).format(new Date(INSTANT))).toBe(
      'desember',
    );
    expect(countryName('BE', 'is')).toBe('Belgía');
    expect(countryName('NO', 'is')).toBe('Noregur');
    expect(languageName('fi', 'is')).toBe('finnska');
    expect(formatDay('2026-12-02', 'is')).toMatch(/2\. des/);
  });

  it('names months, countries and languages in Nynorsk, not Bokmål', () => {
    expect(dateTimeFormat('nn', { month: 'long', timeZone: 'UTC' }).format(new Date(INSTANT))).toBe(
      'desember',
    );
    expect(dateTimeFormat('nn', { weekday: 'long', timeZone: 'UTC' }).format(new Date(INSTANT))).toBe(
      'onsdag',
    );
    expect(countryName('BE', 'nn')).toBe('Belgia');
    expect(languageName('nn', 'nn')).toBe('norsk nynorsk');
    expect(timeZoneName('Europe/Oslo', 'nn', new Date(INSTANT))).toMatch(/Sentral-Europa/);
  });

  it('writes English dates as British English', () => {
    expect(formatInstant(INSTANT, 'en')).toBe('2 Dec 2026, 18:07 UTC');
    expect(
      dateTimeFormat('en', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(
        new Date(INSTANT),
      ),
    ).toBe('2 Dec 2026');
    expect(formatTime(new Date(INSTANT), 'en', 'Europe/Oslo')).toBe('19:07');
    expect(formatDayRange('2026-11-20', '2026-11-24', 'en').replace(/\s/g, ' ')).toBe(
      'Fri 20 November – Tue 24 November 2026',
    );
    expect(countryName('NL', 'en')).toBe('Netherlands');
  });

  it.each(LOCALES)('shows times on the 24-hour clock in %s', (locale) => {
    const evening = new Date('2026-12-02T21:05:00Z');
    expect(formatTime(evening, locale, 'UTC')).toMatch(/^21[:.]05$/);
    expect(formatTime(new Date('2026-12-02T09:00:00Z'), locale, 'UTC')).toMatch(/^09[:.]00$/);
    expect(formatInstant('2026-12-02T21:05:00Z', locale)).toMatch(/21[:.]05/);
    expect(formatInstant('2026-12-02T21:05:00Z', locale)).not.toMatch(/AM|PM|a\.m\.|p\.m\./i);
    // Even when a caller asks for a 12-hour clock.
    expect(
      dateTimeFormat(locale, { hour: 'numeric', minute: '2-digit', hour12: true, timeZone: 'UTC' }).format(
        evening,
      ),
    ).toMatch(/21[:.]05/);
  });

  it('joins lists the reader’s way', () => {
    expect(formatList(['Kari', 'Ola', 'Anna'], 'is')).toBe('Kari, Ola og Anna');
    expect(formatList(['Kari', 'Ola'], 'nn')).toBe('Kari og Ola');
    expect(formatList(['Kari', 'Ola', 'Anna'], 'en')).toBe('Kari, Ola and Anna');
  });

  it('writes numbers the reader’s way', () => {
    expect(formatNumber(2.5, 'is', { minimumFractionDigits: 1 })).toBe('2,5');
    expect(formatNumber(1234, 'en')).toBe('1,234');
  });

  it('formats a zone its own data lacks with the browser’s data rather than failing', () => {
    expect(formatTime(new Date(INSTANT), 'nn', 'Arctic/Longyearbyen')).toBe('19:07');
  });
});

describe('sorting names in Icelandic without the browser’s collation data', () => {
  it('follows the Icelandic alphabet: á after a, ð after d, þ æ ö after z', () => {
    const names = [
      'Þýskaland',
      'Ísland',
      'Öland',
      'Írland',
      'Zambía',
      'Álandseyjar',
      'Austurríki',
      'Ðe',
      'Danmörk',
    ];
    expect([...names].sort(icelandicCompare)).toEqual([
      'Austurríki',
      'Álandseyjar',
      'Danmörk',
      'Ðe',
      'Írland',
      'Ísland',
      'Zambía',
      'Þýskaland',
      'Öland',
    ]);
  });

  it('sorts a foreign accent with its base letter and a shorter name first', () => {
    expect(['Nýja-Sjáland', 'Nýja Kaledónía', 'Mün', 'Mu'].sort(icelandicCompare)).toEqual([
      'Mu',
      'Mün',
      'Nýja Kaledónía',
      'Nýja-Sjáland',
    ]);
  });
});
