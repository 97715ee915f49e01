import {
  addDays,
  canMoveWeek,
  daysOf,
  isIsoDate,
  isLanguageTag,
  isTimeZone,
  localDate,
  workingWeekOf,
} from './week-days';

describe('localDate', () => {
  it('gives the day in the week’s zone, not in UTC', () => {
    // 23:30 UTC on Sunday is already Monday in Oslo (UTC+1 in November).
    expect(localDate(new Date('2025-11-16T23:30:00Z'), 'Europe/Oslo')).toBe('2025-11-17');
    expect(localDate(new Date('2025-11-16T23:30:00Z'), 'Atlantic/Reykjavik')).toBe('2025-11-16');
  });
});

describe('workingWeekOf', () => {
  it('places a weekday in its own Monday to Friday', () => {
    expect(workingWeekOf(new Date('2025-11-20T10:00:00Z'), 'Europe/Oslo')).toEqual({
      firstDay: '2025-11-17',
      lastDay: '2025-11-21',
    });
  });

  it('places a Saturday or Sunday in the week just worked', () => {
    expect(workingWeekOf(new Date('2026-11-22T10:00:00Z'), 'Europe/Oslo')).toEqual({
      firstDay: '2026-11-16',
      lastDay: '2026-11-20',
    });
    expect(workingWeekOf(new Date('2026-11-21T10:00:00Z'), 'Europe/Oslo')).toEqual({
      firstDay: '2026-11-16',
      lastDay: '2026-11-20',
    });
  });

  it('treats Monday as the first day', () => {
    expect(workingWeekOf(new Date('2026-11-23T08:00:00Z'), 'Europe/Oslo').firstDay).toBe('2026-11-23');
  });
});

describe('days', () => {
  it('crosses month ends', () => {
    expect(addDays('2026-11-30', 1)).toBe('2026-12-01');
    expect(daysOf('2026-11-30', '2026-12-02')).toEqual(['2026-11-30', '2026-12-01', '2026-12-02']);
  });

  it('knows a real time zone from a made-up one', () => {
    expect(isTimeZone('Europe/Oslo')).toBe(true);
    expect(isTimeZone('Europe/Atlantis')).toBe(false);
  });
});

describe('week rules', () => {
  it('moves a week one step forward only', () => {
    expect(canMoveWeek('PLANNING', 'LIVE')).toBe(true);
    expect(canMoveWeek('LIVE', 'CLOSED')).toBe(true);
    expect(canMoveWeek('PLANNING', 'CLOSED')).toBe(false);
    expect(canMoveWeek('CLOSED', 'LIVE')).toBe(false);
    expect(canMoveWeek('LIVE', 'LIVE')).toBe(false);
  });

  it('knows a real calendar day', () => {
    expect(isIsoDate('2025-11-20')).toBe(true);
    expect(isIsoDate('2025-02-30')).toBe(false);
    expect(isIsoDate('20-11-2025')).toBe(false);
  });

  it('knows a language tag', () => {
    expect(['nb', 'nn', 'fr-BE', 'sv-FI', 'is'].every(isLanguageTag)).toBe(true);
    expect(['', 'english', 'xx_YY', '12'].some(isLanguageTag)).toBe(false);
  });
});
