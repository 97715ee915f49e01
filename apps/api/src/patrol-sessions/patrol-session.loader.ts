import { countryScope } from '@empact/domain';
import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { DataSource } from 'typeorm';
import type { AuthenticatedActor } from '../common/auth/authenticated-actor';
import type { PersonObject, ProfileRefObject } from './dto/patrol-session.object';

export interface RosterRow {
  sessionId: string;
  country: string;
  operatorOneId: string | null;
  operatorTwoId: string | null;
  teamLeaderId: string | null;
  profileId: string | null;
  operatorOne: PersonObject | null;
  operatorTwo: PersonObject | null;
  teamLeader: PersonObject | null;
  profile: ProfileRefObject | null;
}

/** The batch loaders of one request: a page of sessions costs one roster statement, however many sessions. */
export interface ScheduleLoaders {
  rosters: DataLoader<string, RosterRow[]>;
  /** Interactions logged so far per session, counted for the countries the actor reaches. */
  interactionCounts: DataLoader<string, number>;
}

const person = (alias: string) =>
  `CASE WHEN ${alias}.id IS NULL THEN NULL ELSE json_build_object('id', ${alias}.id, 'displayName', ${alias}.display_name, 'country', ${alias}.country) END`;

@Injectable()
export class PatrolSessionLoaderFactory {
  constructor(private readonly dataSource: DataSource) {}

  /** Loaders for one actor: rosters come back scoped in SQL (a team sees only its own country's). */
  create(actor: AuthenticatedActor): ScheduleLoaders {
    const scope = countryScope(actor);
    return {
      rosters: new DataLoader(async (sessionIds) => {
        const params: unknown[] = [sessionIds];
        let where = 'r.session_id = ANY($1::uuid[])';
        if (scope.kind !== 'all') {
          params.push(scope.kind === 'country' ? scope.country : null);
          where += ' AND r.country = $2';
        }
        const rows: RosterRow[] = await this.dataSource.query(
          `SELECT r.session_id AS "sessionId", r.country, r.operator_one_id AS "operatorOneId", r.operator_two_id AS "operatorTwoId",
                  r.team_leader_id AS "teamLeaderId", r.profile_id AS "profileId",
                  ${person('o1')} AS "operatorOne", ${person('o2')} AS "operatorTwo", ${person('tl')} AS "teamLeader",
                  CASE WHEN p.id IS NULL THEN NULL
                       ELSE json_build_object('id', p.id, 'displayName', p.display_name, 'platform', p.platform_code) END AS profile
             FROM roster r
             LEFT JOIN account o1 ON o1.id = r.operator_one_id
             LEFT JOIN account o2 ON o2.id = r.operator_two_id
             LEFT JOIN account tl ON tl.id = r.team_leader_id
             LEFT JOIN police_profile p ON p.id = r.profile_id
            WHERE ${where}
            ORDER BY r.country`,
          params,
        );
        return sessionIds.map((id) => rows.filter((row) => row.sessionId === id));
      }),
      interactionCounts: new DataLoader(async (sessionIds) => {
        const rows: { sessionId: string; n: number }[] = await this.dataSource.query(
          // Counted as they are written (outcome_tally, dimension 'session'), not by grouping the interactions.
          `SELECT t.value AS "sessionId", sum(t.interactions)::int AS n FROM outcome_tally t
            WHERE t.dimension = 'session' AND t.value = ANY($1::text[]) AND ($2::text IS NULL OR t.country = $2)
            GROUP BY t.value`,
          [sessionIds, scope.kind === 'all' ? null : scope.kind === 'country' ? scope.country : '--'],
        );
        const counts = new Map(rows.map((row) => [row.sessionId, row.n]));
        return sessionIds.map((id) => counts.get(id) ?? 0);
      }),
    };
  }
}
