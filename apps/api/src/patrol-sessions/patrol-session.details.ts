import { countryScope, missingPositions } from '@empact/domain';
import type { GraphQLResolveInfo } from 'graphql';
import type { EntityManager } from 'typeorm';
import type { AuthenticatedActor } from '../common/auth/authenticated-actor';
import { requestedFields } from '../common/graphql/requested-fields';
import type { PatrolSessionObject, PersonObject, RosterObject } from './dto/patrol-session.object';
import type { PatrolSessionRepository, RosterDetailRow, SessionSelection } from './patrol-session.repository';

/** What a session carries beyond its own row, each fetched only when the operation asks for it. */
export interface SessionDetails {
  /** Rosters, and the positions still empty that follow from them. */
  rosters: boolean;
  interactionCount: boolean;
}

export const NO_DETAILS: SessionDetails = { rosters: false, interactionCount: false };

export function detailsAsked(info: GraphQLResolveInfo): SessionDetails {
  const fields = requestedFields(info);
  return {
    rosters: fields.has('rosters') || fields.has('missingPositions'),
    interactionCount: fields.has('interactionCount'),
  };
}

const person = (
  id: string | null,
  displayName: string | null,
  country: string | null,
): PersonObject | null => (id ? { id, displayName: displayName ?? '', country } : null);

/**
 * Loads the details asked for of the selected sessions — at most one statement each, run beside the select of the
 * sessions themselves (the same selection), so a whole week costs the same few statements as one session. Rosters
 * are scoped in SQL (a team sees only its own country's, coordinators every country's); interaction counts are read
 * from outcome_tally (dimension 'session') once its queue is folded, for the countries the actor reaches
 * (PatrolSessionRepository's `rosterDetails` and `interactionCounts`).
 * Resolves to a function that completes a session object with them.
 */
export async function loadDetails(
  sessions: PatrolSessionRepository,
  db: EntityManager,
  actor: AuthenticatedActor,
  details: SessionDetails,
  selection: SessionSelection,
): Promise<(session: PatrolSessionObject) => PatrolSessionObject> {
  if (!details.rosters && !details.interactionCount) return (session) => session;
  const scope = countryScope(actor);
  const [rosterRows, countRows] = await Promise.all([
    details.rosters ? sessions.rosterDetails(selection, scope, db) : undefined,
    details.interactionCount ? sessions.interactionCounts(selection, scope, db) : undefined,
  ]);

  // Each session's roster objects, and the rows themselves as the plain plans the rule of missing positions reads.
  const rosters = new Map<string, { objects: RosterObject[]; plans: RosterDetailRow[] }>();
  for (const row of rosterRows ?? []) {
    const roster: RosterObject = {
      country: row.country,
      operatorOne: person(row.operatorOneId, row.o1Name, row.o1Country),
      operatorTwo: person(row.operatorTwoId, row.o2Name, row.o2Country),
      teamLeader: person(row.teamLeaderId, row.tlName, row.tlCountry),
      profile: row.profileId
        ? { id: row.profileId, displayName: row.profileName ?? '', platform: row.profilePlatform ?? '' }
        : null,
    };
    const lists = rosters.get(row.sessionId);
    if (lists) {
      lists.objects.push(roster);
      lists.plans.push(row);
    } else rosters.set(row.sessionId, { objects: [roster], plans: [row] });
  }
  const counts = new Map((countRows ?? []).map((row) => [row.sessionId, row.n]));

  return (session) => {
    if (details.rosters) {
      const lists = rosters.get(session.id);
      session.rosters = lists?.objects ?? [];
      session.missingPositions = missingPositions({
        countries: session.countries,
        rosters: lists?.plans ?? [],
      });
    }
    if (details.interactionCount) session.interactionCount = counts.get(session.id) ?? 0;
    return session;
  };
}
