import { clockTime, isClockTime, typedZonedInstant, zonedInstant, zonedParts } from './zoned-time';

describe('zonedInstant', () => {
  it('places a wall-clock time in the zone', () => {
    expect(zonedInstant('2025-11-20', '10:00', 'Europe/Oslo').toISOString()).toBe('2025-11-20T09:00:00.000Z');
    expect(zonedInstant('2026-06-10', '10:00', 'Europe/Oslo').toISOString()).toBe('2026-06-10T08:00:00.000Z');
    expect(zonedInstant('2025-11-20', '10:00', 'Europe/Helsinki').toISOString()).toBe(
      '2025-11-20T08:00:00.000Z',
    );
    expect(zonedInstant('2025-11-20', '10:00', 'Atlantic/Reykjavik').toISOString()).toBe(
      '2025-11-20T10:00:00.000Z',
    );
  });

  it('follows the changes to and from summer time', () => {
    // Oslo moves to summer time at 02:00 on 29 March 2026 and back at 03:00 on 25 October 2026.
    expect(zonedInstant('2026-03-29', '01:30', 'Europe/Oslo').toISOString()).toBe('2026-03-29T00:30:00.000Z');
    expect(zonedInstant('2026-03-29', '03:30', 'Europe/Oslo').toISOString()).toBe('2026-03-29T01:30:00.000Z');
    expect(zonedInstant('2026-10-25', '12:00', 'Europe/Oslo').toISOString()).toBe('2026-10-25T11:00:00.000Z');
  });

  it('moves a time the clocks skip an hour on', () => {
    expect(zonedInstant('2026-03-29', '02:30', 'Europe/Oslo').toISOString()).toBe('2026-03-29T01:30:00.000Z');
  });

  it('crosses midnight into the previous UTC day', () => {
    expect(zonedInstant('2025-11-17', '00:00', 'Europe/Helsinki').toISOString()).toBe(
      '2025-11-16T22:00:00.000Z',
    );
  });

  it('refuses what is not a day and a time', () => {
    expect(() => zonedInstant('17-11-2025', '10:00', 'Europe/Oslo')).toThrow(RangeError);
  });
});

describe('typedZonedInstant', () => {
  it('gives the instant once the day and the time are complete', () => {
    expect(typedZonedInstant('2025-11-20', '18:00', 'Europe/Oslo')?.toISOString()).toBe(
      '2025-11-20T17:00:00.000Z',
    );
  });

  it('gives nothing while the time or the day is incomplete or impossible', () => {
    for (const [day, time] of [
      ['2025-11-20', ''],
      ['2025-11-20', '18:'],
      ['2025-11-20', '25:00'],
      ['2025-02-30', '10:00'],
      ['', '10:00'],
    ]) {
      expect(typedZonedInstant(day, time, 'Europe/Oslo')).toBeNull();
    }
  });
});

describe('zonedParts', () => {
  it('reads the day and the clock in the zone, not in UTC', () => {
    expect(zonedParts(new Date('2025-11-16T23:30:00Z'), 'Europe/Oslo')).toEqual({
      day: '2025-11-17',
      time: '00:30',
      minutes: 30,
    });
    expect(zonedParts(new Date('2025-11-16T23:30:00Z'), 'Atlantic/Reykjavik')).toEqual({
      day: '2025-11-16',
      time: '23:30',
      minutes: 23 * 60 + 30,
    });
  });

  it('gives back the wall-clock time an instant was made from', () => {
    for (const time of ['00:00', '08:15', '12:00', '23:59']) {
      expect(
        zonedParts(zonedInstant('2026-06-10', time, 'Europe/Helsinki'), 'Europe/Helsinki'),
      ).toMatchObject({
        day: '2026-06-10',
        time,
      });
    }
  });
});

describe('clock times', () => {
  it('writes minutes after midnight on the 24-hour clock', () => {
    expect(clockTime(0)).toBe('00:00');
    expect(clockTime(8 * 60 + 30)).toBe('08:30');
    expect(clockTime(23 * 60 + 59)).toBe('23:59');
  });

  it('knows a well-formed clock time', () => {
    expect(['00:00', '09:30', '23:59'].every(isClockTime)).toBe(true);
    expect(['24:00', '9:30', '09:60', '0930', ''].some(isClockTime)).toBe(false);
  });
});
