import { type Actor, can } from '../access/policy';
import { canStartSession, type SessionPlan, type SessionStatus } from './schedule-rules';

/**
 * Where a session stands at a moment, as people act on it:
 * LIVE (started, not ended), OVERDUE (scheduled, its start passed more than OVERDUE_AFTER_MINUTES ago, not started),
 * NEXT (scheduled and starting within START_SOON_MINUTES, or just past its start), LATER (scheduled, further off),
 * ENDED and CANCELLED.
 */
export const SESSION_PHASES = ['LIVE', 'OVERDUE', 'NEXT', 'LATER', 'ENDED', 'CANCELLED'] as const;
export type SessionPhase = (typeof SESSION_PHASES)[number];

/** How long after its planned start a session that has not been started counts as overdue. */
export const OVERDUE_AFTER_MINUTES = 5;
/** How soon a scheduled session counts as the next one to start. */
export const START_SOON_MINUTES = 60;

const MINUTE = 60_000;

export interface PhasedSession {
  status: SessionStatus;
  startsAt: Date;
  endsAt: Date;
}

/** The phase of a session at `now`. */
export function sessionPhase(session: PhasedSession, now: Date): SessionPhase {
  switch (session.status) {
    case 'LIVE':
      return 'LIVE';
    case 'ENDED':
      return 'ENDED';
    case 'CANCELLED':
      return 'CANCELLED';
    case 'SCHEDULED': {
      const untilStart = session.startsAt.getTime() - now.getTime();
      if (untilStart < -OVERDUE_AFTER_MINUTES * MINUTE) return 'OVERDUE';
      return untilStart <= START_SOON_MINUTES * MINUTE ? 'NEXT' : 'LATER';
    }
  }
}

/** Whether a scheduled session should have been started by now. */
export function isOverdue(session: PhasedSession, now: Date): boolean {
  return sessionPhase(session, now) === 'OVERDUE';
}

/** Whether a live session has run past its planned end: someone should end it. */
export function isOverrunning(session: PhasedSession, now: Date): boolean {
  return session.status === 'LIVE' && session.endsAt.getTime() < now.getTime();
}

/** Whether a scheduled session is one to start now: overdue, or starting within START_SOON_MINUTES. */
export function isToStart(session: PhasedSession, now: Date): boolean {
  const phase = sessionPhase(session, now);
  return phase === 'OVERDUE' || phase === 'NEXT';
}

const RANK: Record<SessionPhase, number> = { LIVE: 0, OVERDUE: 1, NEXT: 2, LATER: 2, ENDED: 3, CANCELLED: 4 };

/**
 * An order for lists of sessions: live first, then overdue, then the coming ones (soonest first), then the ended
 * ones (the latest first), cancelled last. Use as `sessions.sort(byNow(now))`.
 */
export function byNow(now: Date): (a: PhasedSession, b: PhasedSession) => number {
  return (a, b) => {
    const rank = RANK[sessionPhase(a, now)] - RANK[sessionPhase(b, now)];
    if (rank !== 0) return rank;
    const start = a.startsAt.getTime() - b.startsAt.getTime();
    return RANK[sessionPhase(a, now)] >= RANK.ENDED ? -start : start;
  };
}

/**
 * The session people mean by "your session now": the live one, else the overdue one, else the next to come; none
 * when every session has ended or been cancelled.
 */
export function currentSession<T extends PhasedSession>(sessions: readonly T[], now: Date): T | undefined {
  const [first] = [...sessions].sort(byNow(now));
  return first && RANK[sessionPhase(first, now)] < RANK.ENDED ? first : undefined;
}

/**
 * Whether the actor may start (or end) the session: the rule the API applies (`session.run` for one of its
 * countries) together with `canStartSession` (scheduled, and fully staffed unless a coordinator gives a reason).
 */
export function mayStartSession(
  actor: Actor,
  session: Pick<SessionPlan, 'status' | 'countries' | 'rosters'>,
): 'YES' | 'WITH_REASON' | 'NO' {
  if (!session.countries.some((country) => can(actor, 'session.run', { country }))) return 'NO';
  switch (canStartSession(session)) {
    case null:
      return 'YES';
    case 'POSITIONS_MISSING':
      return can(actor, 'session.plan') ? 'WITH_REASON' : 'NO';
    case 'NOT_SCHEDULED':
      return 'NO';
  }
}
