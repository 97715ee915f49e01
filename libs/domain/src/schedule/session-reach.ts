import { type Actor, countryScope } from '../access/policy';

/**
 * Whether a patrol session is the actor's: coordinators and admins reach every session, a national team those its
 * country takes part in, anyone else none. A session that is not the actor's does not exist for acting on (start, end,
 * cancel, reschedule, rosters, totals, logging answer NOT_FOUND as for an id that is not there) and shows in a week's
 * plan only as a busy slot (`busySlotOf`).
 */
export function reachesSession(actor: Actor, session: { countries: readonly string[] }): boolean {
  const scope = countryScope(actor);
  switch (scope.kind) {
    case 'all':
      return true;
    case 'country':
      return session.countries.includes(scope.country);
    case 'none':
      return false;
  }
}

/** What of a session only its own countries (and the host's coordinators) read. */
export interface SessionParticulars {
  venue: string | null;
  briefing: string | null;
  guideId: string | null;
  cancelReason: string | null;
  startOverrideReason: string | null;
  startedAt: Date | null;
  endedAt: Date | null;
}

/** A busy slot says nothing of these: where, what to do, who guides, why it was cancelled or started short. */
export const BUSY_SLOT_HIDES: Readonly<SessionParticulars> = Object.freeze({
  venue: null,
  briefing: null,
  guideId: null,
  cancelReason: null,
  startOverrideReason: null,
  startedAt: null,
  endedAt: null,
});

/**
 * A session as a team of a country that takes no part in it sees it: a busy slot that keeps its time, platform,
 * countries and status (so that the week's plan stays readable) and empties its particulars.
 */
export function busySlotOf<T extends SessionParticulars>(session: T): T {
  return { ...session, ...BUSY_SLOT_HIDES };
}
