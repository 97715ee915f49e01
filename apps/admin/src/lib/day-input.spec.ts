import { beforeAll, describe, expect, it } from '@jest/globals';
import { LOCALES } from '@empact/domain';
import { loadAllLocaleData } from './locale-data';
import { dayPattern, formatDayInput, readDay } from './day-input';

describe('date fields in the reader’s language', () => {
  beforeAll(() => loadAllLocaleData(LOCALES));

  it('writes a day the way each language writes it, whatever the browser', () => {
    expect(formatDayInput('2026-12-07', 'nb')).toBe('07.12.2026');
    expect(formatDayInput('2026-12-07', 'en')).toBe('07/12/2026');
    expect(formatDayInput('2026-12-07', 'de')).toBe('07.12.2026');
    expect(formatDayInput('2026-12-07', 'sv')).toBe('2026-12-07');
    for (const locale of LOCALES)
      expect(readDay(formatDayInput('2026-12-07', locale), locale)).toBe('2026-12-07');
  });

  it('reads the reader’s order with any usual separator, two-digit years and ISO dates', () => {
    expect(readDay('7.12.2026', 'nb')).toBe('2026-12-07');
    expect(readDay('7/12/26', 'en')).toBe('2026-12-07');
    expect(readDay('7-12-2026', 'fr')).toBe('2026-12-07');
    expect(readDay(' 7 12 2026 ', 'is')).toBe('2026-12-07');
    expect(readDay('2026-12-07', 'fi')).toBe('2026-12-07');
    // British English is day first: 3/4 is the 3rd of April, never the 4th of March.
    expect(readDay('3/4/2027', 'en')).toBe('2027-04-03');
  });

  it('refuses what is not a real day', () => {
    for (const typed of ['31.02.2026', '0.12.2026', '7.13.2026', 'next Monday', '7.12', '7.12.202', ''])
      expect(readDay(typed, 'nb')).toBeNull();
  });

  it('knows each language’s order', () => {
    for (const locale of LOCALES)
      expect([...dayPattern(locale).order].sort()).toEqual(['day', 'month', 'year']);
  });
});
