import { addDays, IsoDate } from '../weeks/week-days';
import { zonedInstant } from '../weeks/zoned-time';
import { rosterFindings } from './roster-rules';

/** The longest a patrol session may last: a shift, not a day. */
export const MAX_SESSION_HOURS = 8;
/** The server, world or channel a session patrols, in characters. */
export const VENUE_MAX = 200;
/** The briefing of a session, in characters. */
export const BRIEFING_MAX = 4000;
/** Why a session was cancelled, or started with positions empty, in characters. */
export const SESSION_REASON_MAX = 500;
export const POSITIONS = ['OPERATOR_ONE', 'OPERATOR_TWO', 'TEAM_LEADER'] as const;
export type Position = (typeof POSITIONS)[number];
export const SESSION_STATUSES = ['SCHEDULED', 'LIVE', 'ENDED', 'CANCELLED'] as const;
export type SessionStatus = (typeof SESSION_STATUSES)[number];

export interface Interval {
  startsAt: Date;
  endsAt: Date;
}

export interface WeekFrame {
  firstDay: IsoDate;
  lastDay: IsoDate;
  timeZone: string;
}

/** A country's three positions on a session; null where nobody is named yet. */
export interface RosterPlan {
  country: string;
  operatorOneId: string | null;
  operatorTwoId: string | null;
  teamLeaderId: string | null;
  /** The police ("blue") profile Operator One uses. */
  profileId: string | null;
}

export interface SessionPlan extends Interval {
  id?: string;
  status?: SessionStatus;
  countries: readonly string[];
  guideId: string | null;
  rosters: readonly RosterPlan[];
}

export type TimeProblem = 'ENDS_BEFORE_START' | 'TOO_LONG' | 'OUTSIDE_WEEK';

/** The UTC instant at which a local day begins in a time zone (DST-safe). */
export function startOfLocalDay(day: IsoDate, timeZone: string): Date {
  return zonedInstant(day, '00:00', timeZone);
}

/** The instants the week covers: from the start of its first day to the end of its last, in its zone. */
export function weekBounds(week: WeekFrame): Interval {
  return {
    startsAt: startOfLocalDay(week.firstDay, week.timeZone),
    endsAt: startOfLocalDay(addDays(week.lastDay, 1), week.timeZone),
  };
}

/** What is wrong with a session's times, first problem first; empty when nothing is. */
export function sessionTimeProblems(session: Interval, week: WeekFrame): TimeProblem[] {
  const problems: TimeProblem[] = [];
  const length = session.endsAt.getTime() - session.startsAt.getTime();
  if (length <= 0) problems.push('ENDS_BEFORE_START');
  else if (length > MAX_SESSION_HOURS * 3600_000) problems.push('TOO_LONG');
  const bounds = weekBounds(week);
  if (session.startsAt < bounds.startsAt || session.endsAt > bounds.endsAt) problems.push('OUTSIDE_WEEK');
  return problems;
}

export function overlap(a: Interval, b: Interval): Interval | null {
  const startsAt = a.startsAt > b.startsAt ? a.startsAt : b.startsAt;
  const endsAt = a.endsAt < b.endsAt ? a.endsAt : b.endsAt;
  return startsAt < endsAt ? { startsAt, endsAt } : null;
}

export type ConflictKind = 'PERSON' | 'COUNTRY' | 'PROFILE' | 'GUIDE';

export interface ScheduleConflict {
  kind: ConflictKind;
  /** The person, country or profile that would be in two places at once. */
  subject: string;
  otherSessionId: string;
  overlap: Interval;
}

/** Everyone a session occupies: the people on its rosters and its guide. */
const peopleOf = (session: SessionPlan): Set<string> =>
  new Set(
    [
      ...session.rosters.flatMap((r) => [r.operatorOneId, r.operatorTwoId, r.teamLeaderId]),
      session.guideId,
    ].filter((id): id is string => !!id),
  );

/**
 * Every way a planned session would put someone or something in two overlapping sessions: a person, a
 * country's team, a police profile or the guide. Cancelled and ended sessions, and the session itself, do not count.
 */
export function findScheduleConflicts(
  candidate: SessionPlan,
  others: readonly SessionPlan[],
): ScheduleConflict[] {
  const conflicts: ScheduleConflict[] = [];
  const people = peopleOf(candidate);
  const profiles = new Set(candidate.rosters.map((r) => r.profileId).filter((id): id is string => !!id));
  for (const other of others) {
    if (!other.id || other.id === candidate.id || other.status === 'CANCELLED' || other.status === 'ENDED')
      continue;
    const shared = overlap(candidate, other);
    if (!shared) continue;
    const add = (kind: ConflictKind, subject: string) =>
      conflicts.push({ kind, subject, otherSessionId: other.id as string, overlap: shared });
    for (const country of other.countries) if (candidate.countries.includes(country)) add('COUNTRY', country);
    const otherPeople = peopleOf(other);
    for (const person of people) {
      if (otherPeople.has(person))
        add(person === candidate.guideId && person === other.guideId ? 'GUIDE' : 'PERSON', person);
    }
    for (const roster of other.rosters)
      if (roster.profileId && profiles.has(roster.profileId)) add('PROFILE', roster.profileId);
  }
  return conflicts;
}

/** The positions still empty, per country taking part. */
export function missingPositions(
  session: Pick<SessionPlan, 'countries' | 'rosters'>,
): { country: string; positions: Position[] }[] {
  return session.countries
    .map((country) => {
      const roster = session.rosters.find((r) => r.country === country);
      const positions: Position[] = [];
      if (!roster?.operatorOneId) positions.push('OPERATOR_ONE');
      if (!roster?.operatorTwoId) positions.push('OPERATOR_TWO');
      if (!roster?.teamLeaderId) positions.push('TEAM_LEADER');
      return { country, positions };
    })
    .filter((entry) => entry.positions.length > 0);
}

export type StartRefusal = 'NOT_SCHEDULED' | 'POSITIONS_MISSING' | null;

/** A session starts when scheduled and fully staffed, or with a coordinator's recorded reason to override. */
export function canStartSession(
  session: Pick<SessionPlan, 'status' | 'countries' | 'rosters'>,
  overrideReason?: string | null,
): StartRefusal {
  if (session.status !== 'SCHEDULED') return 'NOT_SCHEDULED';
  if (missingPositions(session).length > 0 && !overrideReason?.trim()) return 'POSITIONS_MISSING';
  return null;
}

/** Only a session that has not started (nor been cancelled) can move. */
export function canReschedule(status: SessionStatus): boolean {
  return status === 'SCHEDULED';
}

export type RosterProblem =
  | 'COUNTRY_NOT_TAKING_PART'
  | 'PERSON_OF_ANOTHER_COUNTRY'
  | 'SAME_PERSON_TWICE'
  | 'PROFILE_OF_ANOTHER_COUNTRY';

/** What is wrong with a roster: the country must take part, and every person and the profile must be its own. */
export function rosterProblems(
  roster: RosterPlan,
  sessionCountries: readonly string[],
  countryOfPerson: (id: string) => string | null | undefined,
  countryOfProfile: (id: string) => string | null | undefined,
): RosterProblem[] {
  return rosterFindings(roster, sessionCountries, countryOfPerson, countryOfProfile).map(
    (finding) => finding.problem,
  );
}

/** How long after a session ends its team may still log what happened. */
export const LOGGING_WINDOW_HOURS = 48;

/** Whether interactions may be logged into a session now: while it is live, and for 48 hours after it ends. */
export function loggingOpen(
  session: { status: SessionStatus; endedAt: Date | null; endsAt: Date },
  now: Date,
): boolean {
  if (session.status === 'LIVE') return true;
  if (session.status !== 'ENDED') return false;
  const ended = session.endedAt ?? session.endsAt;
  return now.getTime() <= ended.getTime() + LOGGING_WINDOW_HOURS * 3600_000;
}
