import { addDays, type IsoDate } from '../weeks/week-days';
import { zonedInstant, zonedParts } from '../weeks/zoned-time';
import {
  findScheduleConflicts,
  type ScheduleConflict,
  type SessionPlan,
  type SessionStatus,
  sessionTimeProblems,
  type WeekFrame,
} from './schedule-rules';

/** A session of the week copied from: what its plan keeps (times and countries; the rest travels untouched). */
export interface CopiedSession {
  id: string;
  status: SessionStatus;
  startsAt: Date;
  endsAt: Date;
  countries: readonly string[];
}

/** A session as it would be planned in the target week. */
export interface SessionCopy {
  sourceId: string;
  startsAt: Date;
  endsAt: Date;
  countries: string[];
  /** The source's countries that take no part in the target week, left out of the copy. */
  droppedCountries: string[];
}

export type PlanCopySkip = 'NO_COUNTRY_IN_WEEK';
export type PlanCopyRefusal = 'OUTSIDE_WEEK' | 'CONFLICT';

export interface PlanCopy {
  /** The sessions to plan, by start. */
  copies: SessionCopy[];
  /** Sessions left out, and why; the rest is copied all the same. */
  skipped: { sourceId: string; reason: PlanCopySkip; countries: string[] }[];
  /** Sessions that cannot be planned as they are: any of them refuses the whole copy. */
  refused: {
    sourceId: string;
    reason: PlanCopyRefusal;
    startsAt: Date;
    endsAt: Date;
    /** For a conflict: the first one, with a session of the target week or with another copy. */
    conflict?: ScheduleConflict;
    /** The conflict is with another copy: its `otherSessionId` is that copy's source session. */
    withCopy?: boolean;
  }[];
}

// The ids copies carry while they are checked against the plan and each other.
const COPY = 'copy:';

/** Whole days from one calendar day to another (negative when `to` comes first). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/**
 * An instant moved by whole days from one zone's calendar to another's, at the same wall-clock time: 10:00 in Oslo on
 * a Thursday becomes 10:00 in the target week's zone on the day as many days after the target's first day.
 */
export function shiftedInstant(instant: Date, days: number, fromZone: string, toZone: string): Date {
  const { day, time } = zonedParts(instant, fromZone);
  return zonedInstant(addDays(day, days), time, toZone);
}

/**
 * The plan of one week laid onto another: each session (but the cancelled ones) moved by the whole days between the two
 * weeks' first days, at its local start and end time in the target week's zone, with the countries of it that take part
 * in the target week. A session left with no country is skipped; one that would fall outside the target week's days, or
 * put a country in two sessions at once (with the target's plan as it is, or with another copy), is refused.
 * Rosters and guides are not copied, so only countries can clash.
 */
export function planCopy(
  source: { week: WeekFrame; sessions: readonly CopiedSession[] },
  target: { week: WeekFrame; countries: readonly string[]; sessions: readonly SessionPlan[] },
): PlanCopy {
  const days = daysBetween(source.week.firstDay, target.week.firstDay);
  const result: PlanCopy = { copies: [], skipped: [], refused: [] };
  const planned: SessionPlan[] = [...target.sessions];
  const ordered = source.sessions
    .filter((session) => session.status !== 'CANCELLED')
    .sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime() || a.id.localeCompare(b.id));
  for (const session of ordered) {
    const countries = session.countries.filter((country) => target.countries.includes(country));
    const droppedCountries = session.countries.filter((country) => !target.countries.includes(country));
    if (countries.length === 0) {
      result.skipped.push({
        sourceId: session.id,
        reason: 'NO_COUNTRY_IN_WEEK',
        countries: droppedCountries,
      });
      continue;
    }
    const startsAt = shiftedInstant(session.startsAt, days, source.week.timeZone, target.week.timeZone);
    const endsAt = shiftedInstant(session.endsAt, days, source.week.timeZone, target.week.timeZone);
    if (sessionTimeProblems({ startsAt, endsAt }, target.week).length > 0) {
      result.refused.push({ sourceId: session.id, reason: 'OUTSIDE_WEEK', startsAt, endsAt });
      continue;
    }
    const candidate: SessionPlan = {
      id: `${COPY}${session.id}`,
      status: 'SCHEDULED',
      startsAt,
      endsAt,
      countries,
      guideId: null,
      rosters: [],
    };
    const [conflict] = findScheduleConflicts(candidate, planned);
    if (conflict) {
      const withCopy = conflict.otherSessionId.startsWith(COPY);
      result.refused.push({
        sourceId: session.id,
        reason: 'CONFLICT',
        startsAt,
        endsAt,
        conflict: { ...conflict, otherSessionId: conflict.otherSessionId.slice(withCopy ? COPY.length : 0) },
        withCopy,
      });
      continue;
    }
    planned.push(candidate);
    result.copies.push({ sourceId: session.id, startsAt, endsAt, countries, droppedCountries });
  }
  return result;
}
