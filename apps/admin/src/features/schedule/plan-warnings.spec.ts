import { describe, expect, it } from '@jest/globals';
import type { TFunction } from 'i18next';
import type { RosterPlan, SessionPlan } from '@empact/domain';
import { planWarnings } from './plan-warnings';
import type { BoardSession } from './session-model';

// The message key followed by what it is given, so that a test reads what a translation would put in the sentence.
const t = ((key: string, options?: Record<string, unknown>) =>
  options ? `${key} ${JSON.stringify(options)}` : key) as unknown as TFunction;

const week = { firstDay: '2026-11-23', lastDay: '2026-11-27', timeZone: 'Europe/Oslo' };

const staffed = (country: string, overrides: Partial<RosterPlan> = {}): RosterPlan => ({
  country,
  operatorOneId: `${country}-op1`,
  operatorTwoId: `${country}-op2`,
  teamLeaderId: `${country}-lead`,
  profileId: `${country}-profile`,
  ...overrides,
});

const plan = (overrides: Partial<SessionPlan> = {}): SessionPlan => ({
  status: 'SCHEDULED',
  // 10:00–12:00 in Oslo on Tuesday.
  startsAt: new Date('2026-11-24T09:00:00Z'),
  endsAt: new Date('2026-11-24T11:00:00Z'),
  countries: ['NO'],
  guideId: null,
  rosters: [staffed('NO')],
  ...overrides,
});

/** A session already on the board, as the API sends it. */
const onBoard = (overrides: Partial<BoardSession> = {}): BoardSession =>
  ({
    id: 'other-session',
    weekId: 'week-1',
    platform: { code: 'DISCORD', name: 'Discord' },
    venue: 'Kripos Community Server',
    startsAt: '2026-11-24T10:00:00Z',
    endsAt: '2026-11-24T12:00:00Z',
    countries: ['SE'],
    guide: null,
    status: 'SCHEDULED',
    version: 1,
    busySlot: false,
    rosters: [],
    ...overrides,
  }) as BoardSession;

const warningsFor = (
  candidate: SessionPlan,
  schedule: BoardSession[] = [],
  names = new Map<string, string>(),
) => planWarnings(candidate, { week, schedule, names, t, locale: 'en' });

describe('planWarnings', () => {
  it('has nothing to say about a staffed session inside the week that clashes with nothing', () => {
    expect(warningsFor(plan(), [onBoard()])).toEqual({ time: [], conflicts: [], missing: [] });
  });

  it('warns about a session nobody is staffed on yet, naming the country and the empty positions', () => {
    const warnings = warningsFor(
      plan({ countries: ['NO', 'SE'], rosters: [staffed('NO', { operatorTwoId: null })] }),
    );
    expect(warnings.missing).toHaveLength(2);
    expect(warnings.missing[0]).toContain('"country":"Norway"');
    expect(warnings.missing[0]).toContain('common:position.OPERATOR_TWO');
    expect(warnings.missing[0]).not.toContain('OPERATOR_ONE');
    expect(warnings.missing[1]).toContain('"country":"Sweden"');
    expect(warnings.missing[1]).toContain(
      'common:position.OPERATOR_ONE, common:position.OPERATOR_TWO, common:position.TEAM_LEADER',
    );
  });

  it('names the person booked twice, the other session and the overlap in the week’s zone', () => {
    const other = onBoard({
      countries: ['NO'],
      rosters: [
        {
          country: 'NO',
          operatorOne: { id: 'NO-op1', displayName: 'Kari Nordmann' },
          operatorTwo: null,
          teamLeader: null,
          profile: null,
        },
      ] as BoardSession['rosters'],
    });
    const [conflict, ...rest] = warningsFor(
      plan(),
      [other],
      new Map([['NO-op1', 'Kari Nordmann']]),
    ).conflicts;
    expect(conflict).toContain('errors:schedule.conflictPerson');
    expect(conflict).toContain('"subject":"Kari Nordmann"');
    expect(conflict).toContain('"other":"Discord · Kripos Community Server"');
    // 10:00Z to 11:00Z is 11:00 to 12:00 in Oslo.
    expect(conflict).toContain('"from":"Tue 24 Nov 11:00"');
    expect(conflict).toContain('"to":"12:00"');
    // The whole team is also busy: the person comes first, the country after.
    expect(rest.join()).toContain('errors:schedule.conflictCountry');
  });

  it('ignores a cancelled session in the same slot', () => {
    expect(warningsFor(plan(), [onBoard({ countries: ['NO'], status: 'CANCELLED' })]).conflicts).toEqual([]);
  });

  it('refuses a session that starts before the week’s first day in its zone', () => {
    // 23:30Z on Sunday is still Sunday in UTC but already Monday 00:30 in Oslo: inside; 22:30Z is Sunday 23:30 there.
    expect(
      warningsFor(
        plan({ startsAt: new Date('2026-11-22T23:30:00Z'), endsAt: new Date('2026-11-23T01:00:00Z') }),
      ).time,
    ).toEqual([]);
    const [outside] = warningsFor(
      plan({ startsAt: new Date('2026-11-22T22:30:00Z'), endsAt: new Date('2026-11-23T01:00:00Z') }),
    ).time;
    expect(outside).toContain('errors:schedule.outsideWeek');
    expect(outside).toContain('"firstDay":"23 November","lastDay":"27 November","timeZone":"Europe/Oslo"');
  });

  it('says a session ends before it starts, and looks for no conflicts then', () => {
    const warnings = warningsFor(
      plan({ startsAt: new Date('2026-11-24T11:00:00Z'), endsAt: new Date('2026-11-24T09:00:00Z') }),
      [onBoard({ countries: ['NO'] })],
    );
    expect(warnings.time).toEqual(['errors:schedule.endsBeforeStart']);
    expect(warnings.conflicts).toEqual([]);
  });
});
