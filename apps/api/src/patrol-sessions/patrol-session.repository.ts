import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import type { CountryScope, RosterPlan, SessionStatus } from '@empact/domain';
import { prepared } from '../common/database/prepared-statements';
import { PatrolSessionCountryEntity } from './patrol-session-country.entity';

/**
 * The SQL of the patrol session aggregate: `patrol_session`, `patrol_session_country` and `roster`. Other features
 * (interactions, guidance, debriefs, outcomes, calendar feeds) ask it for what they need about sessions.
 */
@Injectable()
export class PatrolSessionRepository {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * What logging an interaction in the session needs to check, in one prepared statement (the hot path of the week):
   * the week's status, the session's times and countries, each country's working languages and roster, and the names
   * of the session's police profiles. Null when there is no such session.
   */
  async sessionContextForLogging(
    sessionId: string,
    em: EntityManager = this.dataSource.manager,
  ): Promise<LoggingSessionContext | null> {
    const [row] = (await em.query(SESSION_CONTEXT, [sessionId])) as LoggingSessionContextRow[];
    if (!row) return null;
    return {
      ...row,
      startsAt: new Date(row.startsAt),
      endsAt: new Date(row.endsAt),
      endedAt: row.endedAt ? new Date(row.endedAt) : null,
      weekCountries: Object.keys(row.languages ?? {}),
      languages: row.languages ?? {},
      profileNames: row.profileNames ?? [],
      rostered: Object.fromEntries(
        Object.entries(row.rostered ?? {}).map(([c, ids]) => [c, ids.filter((id): id is string => !!id)]),
      ),
    };
  }

  /** The countries taking part in the session; null when there is no such session. */
  async countriesOf(
    sessionId: string,
    em: EntityManager = this.dataSource.manager,
  ): Promise<string[] | null> {
    const [session] = (await em.query(
      `SELECT ARRAY(SELECT c.country FROM patrol_session_country c WHERE c.session_id = s.id)::text[] AS countries
         FROM patrol_session s WHERE s.id = $1`,
      [sessionId],
    )) as { countries: string[] }[];
    return session ? session.countries : null;
  }

  /**
   * The session, when `country` took part in it (null otherwise, and for no country): its week, status, platform and
   * the working languages of the week's countries. What a national team may ask about one of its sessions.
   */
  async takenPartInBy(
    sessionId: string,
    country: string | null,
    em: EntityManager = this.dataSource.manager,
  ): Promise<CountrySessionRow | null> {
    const [session] = (await em.query(
      `SELECT s.id, s.week_id AS "weekId", s.status, s.platform_code AS platform,
              (SELECT json_object_agg(wc.country, wc.languages) FROM action_week_country wc WHERE wc.week_id = s.week_id) AS languages
         FROM patrol_session s
        WHERE s.id = $1 AND EXISTS (SELECT 1 FROM patrol_session_country c WHERE c.session_id = s.id AND c.country = $2)`,
      [sessionId, country],
    )) as CountrySessionRow[];
    return session ?? null;
  }

  /** Whether the session exists and belongs to the week. */
  async existsInWeek(
    sessionId: string,
    weekId: string,
    em: EntityManager = this.dataSource.manager,
  ): Promise<boolean> {
    const rows: unknown[] = await em.query('SELECT 1 FROM patrol_session WHERE id = $1 AND week_id = $2', [
      sessionId,
      weekId,
    ]);
    return rows.length > 0;
  }

  /** Where and when the sessions took place (platform by name), for an export; in no particular order. */
  async placesAndTimes(
    ids: readonly string[],
  ): Promise<{ id: string; platform: string; venue: string; startsAt: Date; endsAt: Date }[]> {
    const rows: {
      id: string;
      platform: string;
      venue: string;
      startsAt: Date | string;
      endsAt: Date | string;
    }[] = await this.dataSource.query(
      `SELECT s.id, p.name AS platform, s.venue, s.starts_at AS "startsAt", s.ends_at AS "endsAt"
             FROM patrol_session s JOIN platform p ON p.code = s.platform_code WHERE s.id = ANY($1::uuid[])`,
      [ids],
    );
    return rows.map((r) => ({ ...r, startsAt: new Date(r.startsAt), endsAt: new Date(r.endsAt) }));
  }

  /**
   * The outcomes' sessions per country and status column (PLANNED, HELD, CANCELLED), under the outcomes filter (the
   * session's country, platform and day in the week's zone). A session of several countries is a row of each;
   * GROUPING SETS count it once in the totals per status (rows whose `row` is null).
   */
  outcomeSessionCounts(
    weekId: string,
    filter: { country: string | null; platform: string | null; day: string | null },
    timeZone: string,
  ): Promise<{ row: string | null; col: string; n: number }[]> {
    return this.dataSource.query(
      `SELECT CASE WHEN GROUPING(x.country) = 0 THEN x.country END AS row, x.col, count(DISTINCT x.id)::int AS n
         FROM (SELECT c.country, s.id,
                      CASE WHEN s.status = 'CANCELLED' THEN 'CANCELLED' WHEN s.status IN ('LIVE', 'ENDED') THEN 'HELD' ELSE 'PLANNED' END AS col
                 FROM patrol_session s JOIN patrol_session_country c ON c.session_id = s.id
                WHERE s.week_id = $1 AND ${OUTCOME_SESSION_FILTER}) x
        GROUP BY GROUPING SETS ((x.country, x.col), (x.col))`,
      [weekId, filter.country, filter.platform, filter.day, timeZone],
    );
  }

  /** The outcomes' patrol hours per country (live and ended sessions, until now for a live one), same filter. */
  outcomePatrolHours(
    weekId: string,
    filter: { country: string | null; platform: string | null; day: string | null },
    timeZone: string,
  ): Promise<{ country: string; hours: number }[]> {
    return this.dataSource.query(
      `SELECT c.country, round(sum(extract(epoch FROM (coalesce(s.ended_at, least(s.ends_at, now())) - coalesce(s.started_at, s.starts_at))) / 3600)::numeric, 1)::float AS hours
         FROM patrol_session s JOIN patrol_session_country c ON c.session_id = s.id
        WHERE s.week_id = $1 AND s.status IN ('LIVE', 'ENDED') AND ${OUTCOME_SESSION_FILTER} GROUP BY 1`,
      [weekId, filter.country, filter.platform, filter.day, timeZone],
    );
  }

  /**
   * The sessions of a calendar feed, by start: a country's (scope COUNTRY, with that country's roster) or those a
   * person guides or is on the roster of (scope PERSON).
   */
  calendarFeedSessions(
    weekId: string,
    scope: string,
    country: string | null,
    accountId: string,
  ): Promise<FeedSessionRow[]> {
    return this.dataSource.query(
      `SELECT s.id, p.name AS platform, s.venue, s.starts_at AS "startsAt", s.ends_at AS "endsAt", s.status, s.briefing, s.version,
              ARRAY(SELECT c.country FROM patrol_session_country c WHERE c.session_id = s.id ORDER BY c.country)::text[] AS countries,
              g.display_name AS guide,
              (SELECT json_agg(json_build_object('country', r.country, 'operatorOne', o1.display_name, 'operatorTwo', o2.display_name,
                                                 'teamLeader', tl.display_name))
                 FROM roster r
                 LEFT JOIN account o1 ON o1.id = r.operator_one_id
                 LEFT JOIN account o2 ON o2.id = r.operator_two_id
                 LEFT JOIN account tl ON tl.id = r.team_leader_id
                WHERE r.session_id = s.id AND r.country = $3) AS roster
         FROM patrol_session s
         JOIN platform p ON p.code = s.platform_code
         LEFT JOIN account g ON g.id = s.guide_id
        WHERE s.week_id = $1
          AND CASE WHEN $2 = 'COUNTRY'
                   THEN EXISTS (SELECT 1 FROM patrol_session_country c WHERE c.session_id = s.id AND c.country = $3)
                   ELSE s.guide_id = $4 OR EXISTS (SELECT 1 FROM roster r WHERE r.session_id = s.id
                          AND $4 IN (r.operator_one_id, r.operator_two_id, r.team_leader_id))
              END
        ORDER BY s.starts_at`,
      [weekId, scope, country ?? '', accountId],
    );
  }

  /** The id of the country's first ended session of the week, or null. */
  async firstEndedSessionOf(em: EntityManager, weekId: string, country: string): Promise<string | null> {
    const [session]: { id: string }[] = await em.query(
      `SELECT s.id FROM patrol_session s JOIN patrol_session_country c ON c.session_id = s.id
        WHERE s.week_id = $1 AND c.country = $2 AND s.status = 'ENDED' ORDER BY s.starts_at LIMIT 1`,
      [weekId, country],
    );
    return session?.id ?? null;
  }

  // ---- the plan (PatrolSessionService) --------------------------------------------------------

  /**
   * The selected sessions (see the selections below), by start. Prepared: the selections are a small, fixed set of
   * texts, and planning this join again for each read of a week board costs more than running it.
   */
  sessions(selection: SessionSelection, em: EntityManager = this.dataSource.manager): Promise<SessionRow[]> {
    return em.query(
      prepared(`${SESSION_SELECT} WHERE ${selection.where} ORDER BY s.starts_at, s.id`),
      selection.params,
    ) as Promise<SessionRow[]>;
  }

  /** One session, or undefined when there is none of that id. */
  async session(id: string, em: EntityManager = this.dataSource.manager): Promise<SessionRow | undefined> {
    const [row] = (await em.query(prepared(`${SESSION_SELECT} WHERE s.id = $1`), [id])) as SessionRow[];
    return row;
  }

  /** The session's rosters as the plain plans the scheduling rules read. */
  rosterPlans(sessionId: string, em: EntityManager = this.dataSource.manager): Promise<RosterPlan[]> {
    return em.query(
      `SELECT country, operator_one_id AS "operatorOneId", operator_two_id AS "operatorTwoId",
              team_leader_id AS "teamLeaderId", profile_id AS "profileId"
         FROM roster WHERE session_id = $1`,
      [sessionId],
    );
  }

  /**
   * The week's scheduled and live sessions that overlap the time from `startsAt` to `endsAt`, but `exceptId` (the
   * session being changed), with their rosters: what a plan may double-book.
   */
  overlapping(
    em: EntityManager,
    weekId: string,
    startsAt: Date,
    endsAt: Date,
    exceptId: string | null,
  ): Promise<(SessionRow & { rosters: RosterPlan[] })[]> {
    return em.query(
      `${SESSION_COLUMNS}, ${ROSTER_PLANS} ${SESSION_FROM}
        WHERE s.week_id = $1 AND s.status IN ('SCHEDULED', 'LIVE') AND s.starts_at < $3 AND s.ends_at > $2
          AND s.id <> COALESCE($4::uuid, '00000000-0000-0000-0000-000000000000')`,
      [weekId, startsAt, endsAt, exceptId],
    );
  }

  /** The display names of the people and police profiles of these ids (what a schedule conflict names). */
  subjectNames(em: EntityManager, ids: readonly string[]): Promise<{ id: string; name: string }[]> {
    return em.query(
      `SELECT id::text, display_name AS name FROM account WHERE id = ANY($1::uuid[])
       UNION ALL SELECT id::text, display_name FROM police_profile WHERE id = ANY($1::uuid[])`,
      [ids],
    );
  }

  /** The countries taking part in the session become these: others are removed, new ones added. */
  async replaceCountries(em: EntityManager, sessionId: string, countries: readonly string[]): Promise<void> {
    await em
      .createQueryBuilder()
      .delete()
      .from(PatrolSessionCountryEntity)
      .where('session_id = :id AND country <> ALL(:countries)', { id: sessionId, countries })
      .execute();
    await em
      .createQueryBuilder()
      .insert()
      .into(PatrolSessionCountryEntity)
      .values(countries.map((country) => ({ sessionId, country })))
      .orIgnore()
      .execute();
  }

  /**
   * The rosters of the selected sessions with their people and profile, in the scope (a team sees only its own
   * country's rosters, coordinators every country's, nobody else any): by session and country.
   */
  rosterDetails(
    selection: SessionSelection,
    scope: CountryScope,
    em: EntityManager = this.dataSource.manager,
  ): Promise<RosterDetailRow[]> {
    const { params, inScope } = scoped(selection, scope);
    return em.query(
      prepared(`SELECT r.session_id AS "sessionId", r.country, r.operator_one_id AS "operatorOneId", o1.display_name AS "o1Name",
              o1.country AS "o1Country", r.operator_two_id AS "operatorTwoId", o2.display_name AS "o2Name", o2.country AS "o2Country",
              r.team_leader_id AS "teamLeaderId", tl.display_name AS "tlName", tl.country AS "tlCountry",
              r.profile_id AS "profileId", pp.display_name AS "profileName", pp.platform_code AS "profilePlatform"
         FROM roster r
         JOIN patrol_session s ON s.id = r.session_id
         LEFT JOIN account o1 ON o1.id = r.operator_one_id
         LEFT JOIN account o2 ON o2.id = r.operator_two_id
         LEFT JOIN account tl ON tl.id = r.team_leader_id
         LEFT JOIN police_profile pp ON pp.id = r.profile_id
        WHERE ${selection.where}${inScope('r.country')}
        ORDER BY r.session_id, r.country`),
      params,
    ) as Promise<RosterDetailRow[]>;
  }

  /**
   * The interactions logged in each of the selected sessions by the countries in the scope, read from outcome_tally
   * (dimension 'session') once the tally's queue is folded. Sessions without any are left out.
   */
  async interactionCounts(
    selection: SessionSelection,
    scope: CountryScope,
    em: EntityManager = this.dataSource.manager,
  ): Promise<{ sessionId: string; n: number }[]> {
    const { params, inScope } = scoped(selection, scope);
    // What is still queued is added first, so the counts hold every interaction committed before (see TALLY.md).
    await em.query(`SELECT fold_outcome_tally()`);
    return em.query(
      prepared(`SELECT t.value AS "sessionId", sum(t.interactions)::int AS n
         FROM outcome_tally t JOIN patrol_session s ON t.value = s.id::text
        WHERE t.dimension = 'session' AND ${selection.where}${inScope('t.country')}
        GROUP BY t.value`),
      params,
    ) as Promise<{ sessionId: string; n: number }[]>;
  }
}

/** The outcomes filter on a session ($2 country, $3 platform, $4 day in the week's zone $5; each null for all). */
const OUTCOME_SESSION_FILTER = `($2::text IS NULL OR c.country = $2) AND ($3::text IS NULL OR s.platform_code = $3)
      AND ($4::date IS NULL OR (s.starts_at AT TIME ZONE $5::text)::date = $4::date)`;

/** A session as a calendar feed shows it: its platform's name, its countries, guide and (one country's) roster. */
export interface FeedSessionRow {
  id: string;
  platform: string;
  venue: string;
  startsAt: Date;
  endsAt: Date;
  status: string;
  briefing: string;
  version: number;
  countries: string[];
  guide: string | null;
  roster:
    | { country: string; operatorOne: string | null; operatorTwo: string | null; teamLeader: string | null }[]
    | null;
}

/** A session as a national team that took part in it sees it (see `takenPartInBy`). */
export interface CountrySessionRow {
  id: string;
  weekId: string;
  status: string;
  platform: string;
  /** The working languages of each country of the week. */
  languages: Record<string, string[]>;
}

/** The hot path's read of a session for logging (prepared once per connection): see `sessionContextForLogging`. */
const SESSION_CONTEXT = prepared(
  `SELECT s.id, s.week_id AS "weekId", w.status AS "weekStatus", s.platform_code AS "platformCode", s.status,
          s.starts_at AS "startsAt", s.ends_at AS "endsAt", s.ended_at AS "endedAt",
          ARRAY(SELECT c.country FROM patrol_session_country c WHERE c.session_id = s.id)::text[] AS countries,
          (SELECT json_object_agg(wc.country, wc.languages) FROM action_week_country wc WHERE wc.week_id = s.week_id) AS languages,
          (SELECT json_object_agg(r.country, json_build_array(r.operator_one_id, r.operator_two_id, r.team_leader_id))
             FROM roster r WHERE r.session_id = s.id) AS rostered,
          ARRAY(SELECT p.display_name FROM roster r JOIN police_profile p ON p.id = r.profile_id WHERE r.session_id = s.id)::text[] AS "profileNames"
     FROM patrol_session s JOIN action_week w ON w.id = s.week_id
    WHERE s.id = $1`,
);

interface LoggingSessionContextRow {
  id: string;
  weekId: string;
  weekStatus: string;
  platformCode: string;
  status: SessionStatus;
  startsAt: Date | string;
  endsAt: Date | string;
  endedAt: Date | string | null;
  countries: string[];
  languages: Record<string, string[]> | null;
  rostered: Record<string, (string | null)[]> | null;
  profileNames: string[] | null;
}

/** A session as logging an interaction in it sees it. */
export interface LoggingSessionContext {
  id: string;
  weekId: string;
  weekStatus: string;
  platformCode: string;
  status: SessionStatus;
  startsAt: Date;
  endsAt: Date;
  endedAt: Date | null;
  countries: string[];
  /** Working languages of each country taking part in the week. */
  languages: Record<string, string[]>;
  weekCountries: string[];
  /** People on each country's roster of the session. */
  rostered: Record<string, string[]>;
  /** The blue police profiles of the session: their names are not a young person's. */
  profileNames: string[];
}

// ---- the plan's sessions: their columns and selections ----------------------------------------------------------

/**
 * A session as the plan reads it: with its platform, its countries (in order) and its guide; its times in milliseconds
 * since 1970 (`new Date(row.startsAt)`).
 */
export interface SessionRow {
  id: string;
  weekId: string;
  platformCode: string;
  platformName: string;
  platformBuiltin: boolean;
  venue: string;
  startsAt: number;
  endsAt: number;
  guideId: string | null;
  /** The guide's name and country: null when there is no guide (a display name is never null). */
  guideName: string | null;
  guideCountry: string | null;
  briefing: string;
  status: SessionStatus;
  cancelReason: string | null;
  startOverrideReason: string | null;
  startedAt: number | null;
  endedAt: number | null;
  version: number;
  countries: string[];
}

/**
 * A time as milliseconds since 1970 (null stays null), whole as a JavaScript Date keeps it: a number costs the driver
 * nothing to read, where a timestamp's text is parsed with regular expressions, four to a session.
 */
const epochMs = (column: string) => `floor(extract(epoch FROM ${column}) * 1000)::float8`;

/** One statement for a page of sessions: the session, its platform, its countries and its guide. */
const SESSION_COLUMNS = `
  SELECT s.id, s.week_id AS "weekId", s.platform_code AS "platformCode", p.name AS "platformName", p.builtin AS "platformBuiltin",
         s.venue, ${epochMs('s.starts_at')} AS "startsAt", ${epochMs('s.ends_at')} AS "endsAt", s.guide_id AS "guideId",
         s.briefing, s.status, s.cancel_reason AS "cancelReason", s.start_override_reason AS "startOverrideReason",
         ${epochMs('s.started_at')} AS "startedAt", ${epochMs('s.ended_at')} AS "endedAt", s.version,
         ARRAY(SELECT c.country FROM patrol_session_country c WHERE c.session_id = s.id ORDER BY c.country)::text[] AS countries,
         g.display_name AS "guideName", g.country AS "guideCountry"`;
const SESSION_FROM = `FROM patrol_session s JOIN platform p ON p.code = s.platform_code LEFT JOIN account g ON g.id = s.guide_id`;
const SESSION_SELECT = `${SESSION_COLUMNS} ${SESSION_FROM}`;
/** Rosters as the plain plans the scheduling rules read. */
const ROSTER_PLANS = `(SELECT coalesce(json_agg(json_build_object('country', r.country, 'operatorOneId', r.operator_one_id,
    'operatorTwoId', r.operator_two_id, 'teamLeaderId', r.team_leader_id, 'profileId', r.profile_id)), '[]'::json)
    FROM roster r WHERE r.session_id = s.id) AS rosters`;

/**
 * Which sessions: a condition on `patrol_session s` and its parameters. The sessions and the details asked of them
 * (rosters, interaction counts) are read with the same selection, beside each other.
 */
export interface SessionSelection {
  where: string;
  params: unknown[];
}

/** The sessions of a week's plan, of one country, on one platform, overlapping a time (each when given). */
export function weekPlanSelection(
  weekId: string,
  filter: { country?: string | null; platform?: string | null; overlapping?: { from: Date; to: Date } },
): SessionSelection {
  const params: unknown[] = [weekId];
  const where = ['s.week_id = $1'];
  if (filter.country) {
    params.push(filter.country);
    where.push(
      `EXISTS (SELECT 1 FROM patrol_session_country fc WHERE fc.session_id = s.id AND fc.country = $${params.length})`,
    );
  }
  if (filter.platform) {
    params.push(filter.platform);
    where.push(`s.platform_code = $${params.length}`);
  }
  if (filter.overlapping) {
    params.push(filter.overlapping.from, filter.overlapping.to);
    where.push(`s.starts_at < $${params.length} AND s.ends_at > $${params.length - 1}`);
  }
  return { where: where.join(' AND '), params };
}

/** The sessions a person guides or is on a roster of, in one week or (null) in every week. */
export function personSessionsSelection(accountId: string, weekId: string | null): SessionSelection {
  return {
    where: `($2::uuid IS NULL OR s.week_id = $2)
          AND (s.guide_id = $1 OR EXISTS (SELECT 1 FROM roster mr WHERE mr.session_id = s.id
                 AND $1 IN (mr.operator_one_id, mr.operator_two_id, mr.team_leader_id)))`,
    params: [accountId, weekId],
  };
}

/** One session. */
export function sessionSelection(id: string): SessionSelection {
  return { where: 's.id = $1', params: [id] };
}

/**
 * A roster of the plan (the plain plan the scheduling rules read) with its people's names and countries and its
 * profile's name and platform (null where the position is empty).
 */
export interface RosterDetailRow extends RosterPlan {
  sessionId: string;
  o1Name: string | null;
  o1Country: string | null;
  o2Name: string | null;
  o2Country: string | null;
  tlName: string | null;
  tlCountry: string | null;
  profileName: string | null;
  profilePlatform: string | null;
}

/** The selection's parameters with the scope's country, and the condition that keeps a column in the scope. */
function scoped(
  selection: SessionSelection,
  scope: CountryScope,
): { params: unknown[]; inScope: (column: string) => string } {
  const params = [...selection.params];
  switch (scope.kind) {
    case 'all':
      return { params, inScope: () => '' };
    case 'country':
      params.push(scope.country);
      return { params, inScope: (column) => ` AND ${column} = $${params.length}` };
    case 'none':
      return { params, inScope: () => ' AND false' };
  }
}
