import type { Actor } from '../access/policy';
import {
  byNow,
  currentSession,
  isOverdue,
  isOverrunning,
  isToStart,
  mayStartSession,
  type PhasedSession,
  sessionPhase,
} from './now';
import type { RosterPlan } from './schedule-rules';

const now = new Date('2025-11-18T10:00:00Z');
const min = (m: number) => new Date(now.getTime() + m * 60_000);
const s = (
  status: PhasedSession['status'],
  startIn: number,
  endIn = startIn + 180,
  id = `${status}${startIn}`,
) => ({
  id,
  status,
  startsAt: min(startIn),
  endsAt: min(endIn),
});

describe('sessionPhase', () => {
  it('says LIVE, ENDED and CANCELLED from the status', () => {
    expect(sessionPhase(s('LIVE', -30), now)).toBe('LIVE');
    expect(sessionPhase(s('ENDED', -300), now)).toBe('ENDED');
    expect(sessionPhase(s('CANCELLED', 30), now)).toBe('CANCELLED');
  });
  it('calls a scheduled session overdue once its start passed by more than five minutes', () => {
    expect(sessionPhase(s('SCHEDULED', -4), now)).toBe('NEXT');
    expect(sessionPhase(s('SCHEDULED', -6), now)).toBe('OVERDUE');
    expect(isOverdue(s('SCHEDULED', -60), now)).toBe(true);
    expect(isOverdue(s('LIVE', -60), now)).toBe(false);
  });
  it('tells the next hour from later', () => {
    expect(sessionPhase(s('SCHEDULED', 60), now)).toBe('NEXT');
    expect(sessionPhase(s('SCHEDULED', 61), now)).toBe('LATER');
    expect(isToStart(s('SCHEDULED', 30), now)).toBe(true);
    expect(isToStart(s('SCHEDULED', 300), now)).toBe(false);
  });
  it('finds a live session past its end', () => {
    expect(isOverrunning(s('LIVE', -200, -10), now)).toBe(true);
    expect(isOverrunning(s('LIVE', -200, 10), now)).toBe(false);
    expect(isOverrunning(s('ENDED', -200, -10), now)).toBe(false);
  });
});

describe('byNow', () => {
  it('puts live, overdue, coming (soonest first), ended (latest first), cancelled', () => {
    const list = [
      s('ENDED', -600, -500, 'endedEarly'),
      s('SCHEDULED', 300, 400, 'later'),
      s('CANCELLED', 20, 100, 'cancelled'),
      s('ENDED', -300, -200, 'endedLate'),
      s('SCHEDULED', 30, 100, 'next'),
      s('SCHEDULED', -30, 100, 'overdue'),
      s('LIVE', -60, 100, 'live'),
    ];
    expect([...list].sort(byNow(now)).map((x) => x.id)).toEqual([
      'live',
      'overdue',
      'next',
      'later',
      'endedLate',
      'endedEarly',
      'cancelled',
    ]);
  });
  it('picks the current session, none when all ended', () => {
    expect(currentSession([s('ENDED', -300), s('SCHEDULED', 600, 700, 'x')], now)?.id).toBe('x');
    expect(currentSession([s('ENDED', -300), s('CANCELLED', 60)], now)).toBeUndefined();
  });
});

describe('mayStartSession', () => {
  const roster = (country: string, over: Partial<RosterPlan> = {}): RosterPlan => ({
    country,
    operatorOneId: 'a',
    operatorTwoId: 'b',
    teamLeaderId: 'c',
    profileId: 'p',
    ...over,
  });
  const actor = (roles: Actor['roles'], country: string | null): Actor => ({ id: 'x', roles, country });
  const full = { status: 'SCHEDULED' as const, countries: ['NO'], rosters: [roster('NO')] };
  const gap = { ...full, rosters: [roster('NO', { operatorTwoId: null })] };
  it('lets the country’s team leader and coordinators start a staffed session', () => {
    expect(mayStartSession(actor(['TEAM_LEADER'], 'NO'), full)).toBe('YES');
    expect(mayStartSession(actor(['COORDINATOR'], 'NO'), full)).toBe('YES');
    expect(mayStartSession(actor(['TEAM_LEADER'], 'FI'), full)).toBe('NO');
    expect(mayStartSession(actor(['OPERATOR'], 'NO'), full)).toBe('NO');
  });
  it('needs a coordinator’s reason when positions are empty', () => {
    expect(mayStartSession(actor(['TEAM_LEADER'], 'NO'), gap)).toBe('NO');
    expect(mayStartSession(actor(['COORDINATOR'], 'NO'), gap)).toBe('WITH_REASON');
    expect(mayStartSession(actor(['COORDINATOR'], 'NO'), { ...full, status: 'LIVE' })).toBe('NO');
  });
});
