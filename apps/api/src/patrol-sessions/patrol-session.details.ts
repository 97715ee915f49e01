import { countryScope, missingPositions } from '@empact/domain';
import type { GraphQLResolveInfo } from 'graphql';
import type { EntityManager } from 'typeorm';
import type { AuthenticatedActor } from '../common/auth/authenticated-actor';
import { requestedFields } from '../common/graphql/requested-fields';
import type { PatrolSessionObject, PersonObject, RosterObject } from './dto/patrol-session.object';

/** What a session carries beyond its own row, each fetched only when the operation asks for it. */
export interface SessionDetails {
  /** Rosters, and the positions still empty that follow from them. */
  rosters: boolean;
  interactionCount: boolean;
}

export const NO_DETAILS: SessionDetails = { rosters: false, interactionCount: false };

export function detailsAsked(info: GraphQLResolveInfo): SessionDetails {
  const fields = requestedFields(info);
  return { rosters: fields.has('rosters') || fields.has('missingPositions'), interactionCount: fields.has('interactionCount') };
}

/** Which sessions: a condition on `patrol_session s` and its parameters, the same as the select of the sessions uses. */
export interface SessionSelection {
  where: string;
  params: unknown[];
}

interface RosterRow {
  sessionId: string;
  country: string;
  o1: string | null;
  o1Name: string | null;
  o1Country: string | null;
  o2: string | null;
  o2Name: string | null;
  o2Country: string | null;
  tl: string | null;
  tlName: string | null;
  tlCountry: string | null;
  profile: string | null;
  profileName: string | null;
  profilePlatform: string | null;
}

const personColumns = (alias: string) => `${alias}.id AS ${alias}, ${alias}.display_name AS "${alias}Name", ${alias}.country AS "${alias}Country"`;
const person = (id: string | null, displayName: string | null, country: string | null): PersonObject | null =>
  id ? { id, displayName: displayName ?? '', country } : null;

/**
 * Loads the details asked for of the selected sessions — at most one statement each, run beside the select of the
 * sessions themselves (the same selection), so a whole week costs the same few statements as one session. Rosters
 * are scoped in SQL (a team sees only its own country's, coordinators every country's); interaction counts are read
 * from outcome_tally (dimension 'session'), counted as they are written, for the countries the actor reaches.
 * Resolves to a function that completes a session object with them.
 */
export async function loadDetails(
  db: EntityManager,
  actor: AuthenticatedActor,
  details: SessionDetails,
  selection: SessionSelection,
): Promise<(session: PatrolSessionObject) => PatrolSessionObject> {
  if (!details.rosters && !details.interactionCount) return (session) => session;
  const scope = countryScope(actor);
  const params = [...selection.params];
  let inScope = (_column: string) => '';
  if (scope.kind === 'country') {
    params.push(scope.country);
    inScope = (column) => ` AND ${column} = $${params.length}`;
  } else if (scope.kind === 'none') {
    inScope = () => ' AND false';
  }
  const [rosterRows, countRows] = await Promise.all([
    details.rosters
      ? (db.query(
          `SELECT r.session_id AS "sessionId", r.country, ${personColumns('o1')}, ${personColumns('o2')}, ${personColumns('tl')},
                  pp.id AS profile, pp.display_name AS "profileName", pp.platform_code AS "profilePlatform"
             FROM roster r
             JOIN patrol_session s ON s.id = r.session_id
             LEFT JOIN account o1 ON o1.id = r.operator_one_id
             LEFT JOIN account o2 ON o2.id = r.operator_two_id
             LEFT JOIN account tl ON tl.id = r.team_leader_id
             LEFT JOIN police_profile pp ON pp.id = r.profile_id
            WHERE ${selection.where}${inScope('r.country')}
            ORDER BY r.session_id, r.country`,
          params,
        ) as Promise<RosterRow[]>)
      : undefined,
    details.interactionCount
      ? (db.query(
          `SELECT t.value AS "sessionId", sum(t.interactions)::int AS n
             FROM outcome_tally t JOIN patrol_session s ON t.value = s.id::text
            WHERE t.dimension = 'session' AND ${selection.where}${inScope('t.country')}
            GROUP BY t.value`,
          params,
        ) as Promise<{ sessionId: string; n: number }[]>)
      : undefined,
  ]);

  const rosters = new Map<string, RosterObject[]>();
  for (const row of rosterRows ?? []) {
    const roster: RosterObject = {
      country: row.country,
      operatorOne: person(row.o1, row.o1Name, row.o1Country),
      operatorTwo: person(row.o2, row.o2Name, row.o2Country),
      teamLeader: person(row.tl, row.tlName, row.tlCountry),
      profile: row.profile ? { id: row.profile, displayName: row.profileName ?? '', platform: row.profilePlatform ?? '' } : null,
    };
    const list = rosters.get(row.sessionId);
    if (list) list.push(roster);
    else rosters.set(row.sessionId, [roster]);
  }
  const counts = new Map((countRows ?? []).map((row) => [row.sessionId, row.n]));

  return (session) => {
    if (details.rosters) {
      const list = rosters.get(session.id) ?? [];
      session.rosters = list;
      session.missingPositions = missingPositions({
        countries: session.countries,
        rosters: list.map((r) => ({
          country: r.country,
          operatorOneId: r.operatorOne?.id ?? null,
          operatorTwoId: r.operatorTwo?.id ?? null,
          teamLeaderId: r.teamLeader?.id ?? null,
          profileId: r.profile?.id ?? null,
        })),
      });
    }
    if (details.interactionCount) session.interactionCount = counts.get(session.id) ?? 0;
    return session;
  };
}
