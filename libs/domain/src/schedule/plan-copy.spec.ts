import { daysBetween, planCopy, shiftedInstant } from './plan-copy';
import type { SessionPlan } from './schedule-rules';

const oslo = (day: string, time: string) => new Date(`${day}T${time}:00+01:00`);
const sourceWeek = { firstDay: '2025-11-20', lastDay: '2025-11-24', timeZone: 'Europe/Oslo' };
const targetWeek = { firstDay: '2026-02-02', lastDay: '2026-02-06', timeZone: 'Europe/Oslo' };
const session = (
  id: string,
  day: string,
  from: string,
  to: string,
  countries: string[],
  status = 'SCHEDULED',
) => ({
  id,
  status: status as 'SCHEDULED',
  startsAt: oslo(day, from),
  endsAt: oslo(day, to),
  countries,
});

describe('daysBetween', () => {
  it('counts whole calendar days, across months and years, both ways', () => {
    expect(daysBetween('2025-11-20', '2025-11-27')).toBe(7);
    expect(daysBetween('2025-12-30', '2026-01-02')).toBe(3);
    expect(daysBetween('2025-11-27', '2025-11-20')).toBe(-7);
    // Over the change to summer time: still whole days.
    expect(daysBetween('2026-03-27', '2026-04-03')).toBe(7);
  });
});

describe('shiftedInstant', () => {
  it('keeps the wall-clock time across a change to summer time', () => {
    // 10:00 in Oslo in winter (09:00Z) moved 14 days into summer time is 10:00 there (08:00Z).
    expect(
      shiftedInstant(new Date('2026-03-20T09:00:00Z'), 14, 'Europe/Oslo', 'Europe/Oslo').toISOString(),
    ).toBe('2026-04-03T08:00:00.000Z');
  });

  it('keeps the local time in the target week’s zone', () => {
    expect(
      shiftedInstant(new Date('2025-11-20T09:00:00Z'), 7, 'Europe/Oslo', 'Europe/Helsinki').toISOString(),
    ).toBe('2025-11-27T08:00:00.000Z');
  });
});

describe('planCopy', () => {
  it('moves every session by the days between the first days, keeping its local times and countries', () => {
    const copy = planCopy(
      {
        week: sourceWeek,
        sessions: [
          session('b', '2025-11-21', '13:00', '16:00', ['NL', 'IS']),
          session('a', '2025-11-20', '09:00', '12:00', ['NO', 'BE']),
        ],
      },
      { week: targetWeek, countries: ['NO', 'BE', 'NL', 'IS'], sessions: [] },
    );
    expect(copy.refused).toEqual([]);
    expect(copy.skipped).toEqual([]);
    expect(copy.copies).toEqual([
      {
        sourceId: 'a',
        startsAt: oslo('2026-02-02', '09:00'),
        endsAt: oslo('2026-02-02', '12:00'),
        countries: ['NO', 'BE'],
        droppedCountries: [],
      },
      {
        sourceId: 'b',
        startsAt: oslo('2026-02-03', '13:00'),
        endsAt: oslo('2026-02-03', '16:00'),
        countries: ['NL', 'IS'],
        droppedCountries: [],
      },
    ]);
  });

  it('leaves cancelled sessions out, and skips (and reports) a session none of whose countries takes part', () => {
    const copy = planCopy(
      {
        week: sourceWeek,
        sessions: [
          session('gone', '2025-11-20', '09:00', '12:00', ['NO'], 'CANCELLED'),
          session('fi', '2025-11-20', '09:00', '12:00', ['FI']),
          session('joint', '2025-11-20', '13:00', '16:00', ['NO', 'FI']),
          session('held', '2025-11-21', '09:00', '12:00', ['NO'], 'ENDED'),
        ],
      },
      { week: targetWeek, countries: ['NO', 'BE'], sessions: [] },
    );
    expect(copy.skipped).toEqual([{ sourceId: 'fi', reason: 'NO_COUNTRY_IN_WEEK', countries: ['FI'] }]);
    expect(copy.copies.map((c) => [c.sourceId, c.countries, c.droppedCountries])).toEqual([
      ['joint', ['NO'], ['FI']],
      ['held', ['NO'], []],
    ]);
    expect(copy.refused).toEqual([]);
  });

  it('refuses the sessions that would fall after the target week’s last day', () => {
    const copy = planCopy(
      { week: sourceWeek, sessions: [session('late', '2025-11-24', '09:00', '12:00', ['NO'])] },
      { week: { ...targetWeek, lastDay: '2026-02-04' }, countries: ['NO'], sessions: [] },
    );
    expect(copy.copies).toEqual([]);
    expect(copy.refused).toEqual([
      {
        sourceId: 'late',
        reason: 'OUTSIDE_WEEK',
        startsAt: oslo('2026-02-06', '09:00'),
        endsAt: oslo('2026-02-06', '12:00'),
      },
    ]);
  });

  it('refuses a session whose country is already busy in the target’s plan, naming that session', () => {
    const existing: SessionPlan = {
      id: 'there',
      status: 'SCHEDULED',
      startsAt: oslo('2026-02-02', '11:00'),
      endsAt: oslo('2026-02-02', '13:00'),
      countries: ['BE'],
      guideId: null,
      rosters: [],
    };
    const copy = planCopy(
      { week: sourceWeek, sessions: [session('a', '2025-11-20', '09:00', '12:00', ['NO', 'BE'])] },
      { week: targetWeek, countries: ['NO', 'BE'], sessions: [existing] },
    );
    expect(copy.copies).toEqual([]);
    expect(copy.refused).toHaveLength(1);
    expect(copy.refused[0]).toMatchObject({
      sourceId: 'a',
      reason: 'CONFLICT',
      withCopy: false,
      conflict: { kind: 'COUNTRY', subject: 'BE', otherSessionId: 'there' },
    });
  });

  it('refuses copies that would clash with each other (an ended session’s slot was planned again)', () => {
    const copy = planCopy(
      {
        week: sourceWeek,
        sessions: [
          session('ended', '2025-11-20', '09:00', '12:00', ['NO'], 'ENDED'),
          session('again', '2025-11-20', '10:00', '11:00', ['NO']),
        ],
      },
      { week: targetWeek, countries: ['NO'], sessions: [] },
    );
    expect(copy.copies.map((c) => c.sourceId)).toEqual(['ended']);
    expect(copy.refused[0]).toMatchObject({
      sourceId: 'again',
      reason: 'CONFLICT',
      withCopy: true,
      conflict: { otherSessionId: 'ended' },
    });
  });

  it('copies into a week of another zone at the same local times', () => {
    const copy = planCopy(
      { week: sourceWeek, sessions: [session('a', '2025-11-20', '09:00', '12:00', ['FI'])] },
      {
        week: { firstDay: '2025-12-01', lastDay: '2025-12-05', timeZone: 'Europe/Helsinki' },
        countries: ['FI'],
        sessions: [],
      },
    );
    expect(copy.copies[0].startsAt.toISOString()).toBe('2025-12-01T07:00:00.000Z');
  });
});
