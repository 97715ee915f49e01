import { describe, expect, it } from '@jest/globals';
import { zonedInstant } from '@empact/domain';
import { formatClock, formatTimeRange, formatZonedDay } from './zoned-time';

describe('zoned time on the board', () => {
  const oslo = 'Europe/Oslo';

  it('shows a session’s times on the week’s clock and names the zone', () => {
    const startsAt = zonedInstant('2026-11-25', '18:00', oslo);
    const endsAt = zonedInstant('2026-11-25', '20:00', oslo);
    expect(formatTimeRange(startsAt, endsAt, oslo, 'en')).toBe('18:00–20:00 CET (Europe/Oslo)');
  });

  it('shows a Helsinki viewer the same session on their own clock', () => {
    const startsAt = zonedInstant('2026-11-25', '18:00', oslo);
    const endsAt = zonedInstant('2026-11-25', '20:00', oslo);
    expect(formatTimeRange(startsAt, endsAt, 'Europe/Helsinki', 'en')).toBe(
      '19:00–21:00 EET (Europe/Helsinki)',
    );
  });

  it('adds the day to the end of a session that runs past midnight', () => {
    const startsAt = zonedInstant('2026-11-25', '22:00', oslo);
    const endsAt = zonedInstant('2026-11-26', '01:00', oslo);
    expect(formatTimeRange(startsAt, endsAt, oslo, 'en')).toBe('22:00–Thu 01:00 CET (Europe/Oslo)');
  });

  it('names a column by its day in the week’s zone and reads the 24-hour clock', () => {
    const lateSunday = new Date('2026-11-22T23:30:00Z');
    expect(formatZonedDay(lateSunday, oslo, 'en')).toBe('Mon 23 Nov');
    expect(formatZonedDay(lateSunday, 'Atlantic/Reykjavik', 'en')).toBe('Sun 22 Nov');
    expect(formatClock(lateSunday, oslo, 'en')).toBe('00:30');
  });
});
