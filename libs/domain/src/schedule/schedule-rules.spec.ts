import {
  canReschedule,
  canStartSession,
  findScheduleConflicts,
  missingPositions,
  RosterPlan,
  rosterProblems,
  SessionPlan,
  sessionTimeProblems,
  startOfLocalDay,
  weekBounds,
  loggingOpen,
} from './schedule-rules';

const week = { firstDay: '2025-11-17', lastDay: '2025-11-21', timeZone: 'Europe/Oslo' };
const at = (iso: string) => new Date(iso);
const roster = (country: string, overrides: Partial<RosterPlan> = {}): RosterPlan => ({
  country,
  operatorOneId: `${country}-1`,
  operatorTwoId: `${country}-2`,
  teamLeaderId: `${country}-L`,
  profileId: `${country}-profile`,
  ...overrides,
});
const session = (overrides: Partial<SessionPlan> = {}): SessionPlan => ({
  id: 's1',
  status: 'SCHEDULED',
  startsAt: at('2025-11-18T09:00:00Z'),
  endsAt: at('2025-11-18T12:00:00Z'),
  countries: ['BE'],
  guideId: 'guide-1',
  rosters: [roster('BE')],
  ...overrides,
});

describe('startOfLocalDay', () => {
  it('gives midnight in the zone as a UTC instant', () => {
    expect(startOfLocalDay('2025-11-17', 'Europe/Oslo').toISOString()).toBe('2025-11-16T23:00:00.000Z');
    expect(startOfLocalDay('2025-11-17', 'Atlantic/Reykjavik').toISOString()).toBe(
      '2025-11-17T00:00:00.000Z',
    );
    expect(startOfLocalDay('2025-11-17', 'Europe/Helsinki').toISOString()).toBe('2025-11-16T22:00:00.000Z');
  });

  it('follows summer time', () => {
    expect(startOfLocalDay('2026-03-30', 'Europe/Oslo').toISOString()).toBe('2026-03-29T22:00:00.000Z');
  });
});

describe('sessionTimeProblems', () => {
  it('accepts a session inside the week’s days in the week’s zone', () => {
    expect(
      sessionTimeProblems({ startsAt: at('2025-11-16T23:00:00Z'), endsAt: at('2025-11-17T03:00:00Z') }, week),
    ).toEqual([]);
    expect(weekBounds(week).endsAt.toISOString()).toBe('2025-11-21T23:00:00.000Z');
  });

  it('refuses a session that ends before it starts', () => {
    expect(
      sessionTimeProblems({ startsAt: at('2025-11-18T12:00:00Z'), endsAt: at('2025-11-18T09:00:00Z') }, week),
    ).toEqual(['ENDS_BEFORE_START']);
  });

  it('refuses more than eight hours, and accepts exactly eight', () => {
    expect(
      sessionTimeProblems({ startsAt: at('2025-11-18T08:00:00Z'), endsAt: at('2025-11-18T16:00:01Z') }, week),
    ).toEqual(['TOO_LONG']);
    expect(
      sessionTimeProblems({ startsAt: at('2025-11-18T08:00:00Z'), endsAt: at('2025-11-18T16:00:00Z') }, week),
    ).toEqual([]);
  });

  it('refuses a session that starts before the first day in Oslo, even if it is the first day in Reykjavik', () => {
    expect(
      sessionTimeProblems({ startsAt: at('2025-11-16T22:30:00Z'), endsAt: at('2025-11-17T01:00:00Z') }, week),
    ).toEqual(['OUTSIDE_WEEK']);
  });

  it('refuses a session running past the last day', () => {
    expect(
      sessionTimeProblems({ startsAt: at('2025-11-21T20:00:00Z'), endsAt: at('2025-11-21T23:30:00Z') }, week),
    ).toEqual(['OUTSIDE_WEEK']);
  });
});

describe('findScheduleConflicts', () => {
  it('finds nothing for sessions that only touch', () => {
    const other = session({
      id: 's2',
      startsAt: at('2025-11-18T12:00:00Z'),
      endsAt: at('2025-11-18T14:00:00Z'),
    });
    expect(findScheduleConflicts(session(), [other])).toEqual([]);
  });

  it('names the other session, the subject and the overlap for a person in both', () => {
    const other = session({
      id: 's2',
      startsAt: at('2025-11-18T11:00:00Z'),
      endsAt: at('2025-11-18T13:00:00Z'),
      countries: ['NL'],
      guideId: 'guide-2',
      rosters: [roster('NL', { teamLeaderId: 'BE-L' })],
    });
    expect(findScheduleConflicts(session(), [other])).toEqual([
      {
        kind: 'PERSON',
        subject: 'BE-L',
        otherSessionId: 's2',
        overlap: { startsAt: at('2025-11-18T11:00:00Z'), endsAt: at('2025-11-18T12:00:00Z') },
      },
    ]);
  });

  it('finds a country’s team, the guide and a police profile in two places', () => {
    const other = session({
      id: 's2',
      countries: ['BE', 'FI'],
      rosters: [roster('FI', { profileId: 'BE-profile' })],
    });
    const kinds = findScheduleConflicts(session({ rosters: [] }), [other]).map(
      (c) => `${c.kind}:${c.subject}`,
    );
    expect(kinds.sort()).toEqual(['COUNTRY:BE', 'GUIDE:guide-1']);
    const withProfile = findScheduleConflicts(session(), [other]).map((c) => c.kind);
    expect(withProfile).toContain('PROFILE');
  });

  it('ignores cancelled and ended sessions, and the session itself', () => {
    expect(
      findScheduleConflicts(session(), [
        session(),
        session({ id: 's2', status: 'CANCELLED' }),
        session({ id: 's3', status: 'ENDED' }),
      ]),
    ).toEqual([]);
  });

  it('counts a guide who is on a roster elsewhere as a person in two places', () => {
    const other = session({
      id: 's2',
      countries: ['NL'],
      guideId: 'guide-2',
      rosters: [roster('NL', { operatorTwoId: 'guide-1' })],
    });
    expect(findScheduleConflicts(session({ rosters: [] }), [other]).map((c) => c.kind)).toEqual(['PERSON']);
  });
});

describe('missingPositions and canStartSession', () => {
  it('lists the empty positions of each country taking part', () => {
    const plan = { countries: ['BE', 'FI'], rosters: [roster('BE', { operatorTwoId: null })] };
    expect(missingPositions(plan)).toEqual([
      { country: 'BE', positions: ['OPERATOR_TWO'] },
      { country: 'FI', positions: ['OPERATOR_ONE', 'OPERATOR_TWO', 'TEAM_LEADER'] },
    ]);
  });

  it('starts a fully staffed scheduled session', () => {
    expect(canStartSession(session())).toBeNull();
  });

  it('refuses an empty position unless a reason is given', () => {
    const understaffed = session({ rosters: [roster('BE', { teamLeaderId: null })] });
    expect(canStartSession(understaffed)).toBe('POSITIONS_MISSING');
    expect(canStartSession(understaffed, '   ')).toBe('POSITIONS_MISSING');
    expect(canStartSession(understaffed, 'Team leader joins by phone')).toBeNull();
  });

  it('refuses to start a session that is live, ended or cancelled', () => {
    expect(canStartSession(session({ status: 'LIVE' }))).toBe('NOT_SCHEDULED');
    expect(canStartSession(session({ status: 'CANCELLED' }), 'reason')).toBe('NOT_SCHEDULED');
  });
});

describe('canReschedule', () => {
  it('moves only a session that has not started', () => {
    expect(canReschedule('SCHEDULED')).toBe(true);
    expect(canReschedule('LIVE')).toBe(false);
    expect(canReschedule('ENDED')).toBe(false);
    expect(canReschedule('CANCELLED')).toBe(false);
  });
});

describe('rosterProblems', () => {
  const countries: Record<string, string> = {
    'BE-1': 'BE',
    'BE-2': 'BE',
    'BE-L': 'BE',
    'FI-1': 'FI',
    'BE-profile': 'BE',
    'FI-profile': 'FI',
  };
  const lookup = (id: string) => countries[id];

  it('accepts the country’s own people and profile', () => {
    expect(rosterProblems(roster('BE'), ['BE', 'NL'], lookup, lookup)).toEqual([]);
  });

  it('refuses a country that does not take part', () => {
    expect(rosterProblems(roster('BE'), ['NL'], lookup, lookup)).toEqual(['COUNTRY_NOT_TAKING_PART']);
  });

  it('refuses a person or a profile of another country, and one person twice', () => {
    expect(rosterProblems(roster('BE', { operatorOneId: 'FI-1' }), ['BE'], lookup, lookup)).toEqual([
      'PERSON_OF_ANOTHER_COUNTRY',
    ]);
    expect(rosterProblems(roster('BE', { profileId: 'FI-profile' }), ['BE'], lookup, lookup)).toEqual([
      'PROFILE_OF_ANOTHER_COUNTRY',
    ]);
    expect(rosterProblems(roster('BE', { operatorTwoId: 'BE-1' }), ['BE'], lookup, lookup)).toEqual([
      'SAME_PERSON_TWICE',
    ]);
  });
});

describe('loggingOpen', () => {
  const now = at('2025-11-20T12:00:00Z');
  it('is open while the session is live', () => {
    expect(loggingOpen({ status: 'LIVE', endedAt: null, endsAt: at('2025-11-20T11:00:00Z') }, now)).toBe(
      true,
    );
  });

  it('stays open 48 hours after the end, not a minute more', () => {
    expect(
      loggingOpen(
        { status: 'ENDED', endedAt: at('2025-11-18T12:00:00Z'), endsAt: at('2025-11-18T12:00:00Z') },
        now,
      ),
    ).toBe(true);
    expect(
      loggingOpen(
        { status: 'ENDED', endedAt: at('2025-11-18T11:59:00Z'), endsAt: at('2025-11-18T12:00:00Z') },
        now,
      ),
    ).toBe(false);
  });

  it('is closed before the start and for cancelled sessions', () => {
    expect(loggingOpen({ status: 'SCHEDULED', endedAt: null, endsAt: at('2025-11-20T14:00:00Z') }, now)).toBe(
      false,
    );
    expect(loggingOpen({ status: 'CANCELLED', endedAt: null, endsAt: at('2025-11-20T14:00:00Z') }, now)).toBe(
      false,
    );
  });
});
