import type { ProfileFacts, SessionFacts, TeamFacts, WeekReadinessFacts } from '@empact/domain';
import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, SelectQueryBuilder } from 'typeorm';
import type { FreeTextContext } from '../common/personal-data/personal-data.guard';
import { ActionWeekEntity } from './action-week.entity';

/**
 * "This person reaches this week", the one SQL definition of it: `country` is the placeholder of a country (`$2`,
 * `:reach`) whose weeks are those it takes part in; NULL reaches every week (coordinators, admins, liaisons).
 */
const reachedBy = (week: string, country: string): string =>
  `(${country}::text IS NULL OR EXISTS (SELECT 1 FROM action_week_country own WHERE own.week_id = ${week}.id AND own.country = ${country}))`;

/** A session of the week that is live, as a refusal to close the week lists it. */
export interface LiveSessionRow {
  id: string;
  startsAt: Date;
  platform: string;
  platformName: string;
  countries: string[];
}

/** The week's countries and the names of the profiles rostered in its sessions, in one round trip. */
const FREE_TEXT_CONTEXT = `
  SELECT ARRAY(SELECT wc.country::text FROM action_week_country wc WHERE wc.week_id = $1 ORDER BY wc.country) AS countries,
         ARRAY(SELECT DISTINCT p.display_name::text FROM patrol_session s JOIN roster r ON r.session_id = s.id
                 JOIN police_profile p ON p.id = r.profile_id WHERE s.week_id = $1) AS "allowedNames"`;

/**
 * The SQL of the action week aggregate: `action_week` and `action_week_country`. Each access rule about weeks is
 * written here once, and every feature asks this repository rather than repeating it.
 */
@Injectable()
export class ActionWeekRepository {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Whether the week exists and, when `country` is given, the country takes part in it: "this person reaches this
   * week" for a national team (country set) and for the roles that see every week (country null).
   */
  async isReachable(
    weekId: string,
    country: string | null,
    em: EntityManager = this.dataSource.manager,
  ): Promise<boolean> {
    const rows: unknown[] = await em.query(
      `SELECT 1 FROM action_week w WHERE w.id = $1 AND ${reachedBy('w', '$2')}`,
      [weekId, country],
    );
    return rows.length > 0;
  }

  /** The weeks `country` reaches (every week for null), with their countries, the latest first. */
  reachableWeeks(
    country: string | null,
    em: EntityManager = this.dataSource.manager,
  ): Promise<ActionWeekEntity[]> {
    return this.reachable(country, em).orderBy('w.firstDay', 'DESC').getMany();
  }

  /**
   * The week with its countries if `country` reaches it (see `isReachable`), else null; with `lock`, its row is locked
   * for the rest of the transaction (`em`'s).
   */
  reachableWeek(
    id: string,
    country: string | null,
    { lock = false }: { lock?: boolean } = {},
    em: EntityManager = this.dataSource.manager,
  ): Promise<ActionWeekEntity | null> {
    const query = this.reachable(country, em).andWhere('w.id = :id', { id });
    if (lock) query.setLock('pessimistic_write', undefined, ['w']);
    return query.getOne();
  }

  /** Locks the week's row: every change to one week's plan is checked and written one at a time. */
  async lockPlan(em: EntityManager, weekId: string): Promise<void> {
    await em.query('SELECT id FROM action_week WHERE id = $1 FOR UPDATE', [weekId]);
  }

  /**
   * What the personal-data guard needs of a week: its countries and the names of the police profiles rostered in its
   * sessions (not a young person's names). Empty lists for a week that is not there.
   */
  async freeTextContext(
    weekId: string,
    em: EntityManager = this.dataSource.manager,
  ): Promise<FreeTextContext> {
    const [row] = (await em.query(FREE_TEXT_CONTEXT, [weekId])) as {
      countries: string[] | null;
      allowedNames: string[] | null;
    }[];
    return { countries: row?.countries ?? [], allowedNames: row?.allowedNames ?? [] };
  }

  /**
   * The countries the week's plan names, in its sessions (cancelled ones too: they stay on the board) or their rosters:
   * a country still named there cannot leave the week.
   */
  async countriesInPlan(weekId: string, em: EntityManager = this.dataSource.manager): Promise<string[]> {
    const rows: { country: string }[] = await em.query(
      `SELECT c.country::text AS country FROM patrol_session_country c JOIN patrol_session s ON s.id = c.session_id
        WHERE s.week_id = $1
       UNION
       SELECT r.country::text FROM roster r JOIN patrol_session s ON s.id = r.session_id WHERE s.week_id = $1`,
      [weekId],
    );
    return rows.map((row) => row.country).sort();
  }

  /** The times of the week's sessions that are not cancelled: a change of days or zone must keep them inside. */
  sessionTimes(
    weekId: string,
    em: EntityManager = this.dataSource.manager,
  ): Promise<{ id: string; startsAt: Date; endsAt: Date }[]> {
    return em.query(
      `SELECT id, starts_at AS "startsAt", ends_at AS "endsAt" FROM patrol_session
        WHERE week_id = $1 AND status <> 'CANCELLED' ORDER BY starts_at`,
      [weekId],
    );
  }

  /** The week's sessions that are live now, the earliest first, with their platform's code and countries. */
  liveSessions(weekId: string, em: EntityManager = this.dataSource.manager): Promise<LiveSessionRow[]> {
    return em.query(
      `SELECT s.id, s.starts_at AS "startsAt", s.platform_code AS platform, p.name AS "platformName",
              ARRAY(SELECT c.country::text FROM patrol_session_country c WHERE c.session_id = s.id ORDER BY c.country) AS countries
         FROM patrol_session s JOIN platform p ON p.code = s.platform_code
        WHERE s.week_id = $1 AND s.status = 'LIVE' ORDER BY s.starts_at, s.id`,
      [weekId],
    );
  }

  /**
   * What the readiness checklist is computed from (libs/domain `weekReadiness`): the active accounts of each of the
   * week's countries by role, their blue profiles by platform, the week's sessions with their rosters, and its
   * published guidance. Read-only, one statement per fact; it reads the tables of accounts, profiles, sessions and
   * guidance because the checklist is about the week as a whole.
   */
  async readinessFacts(
    weekId: string,
    em: EntityManager = this.dataSource.manager,
  ): Promise<WeekReadinessFacts> {
    const countries: { country: string }[] = await em.query(
      `SELECT wc.country::text AS country FROM action_week_country wc JOIN action_week w ON w.id = wc.week_id
        WHERE wc.week_id = $1 ORDER BY wc.country = w.host_country DESC, wc.country`,
      [weekId],
    );
    const teams: TeamFacts[] = await em.query(
      `SELECT a.country::text AS country,
              count(*) FILTER (WHERE 'TEAM_LEADER' = ANY (a.roles))::int AS "teamLeaders",
              count(*) FILTER (WHERE 'OPERATOR' = ANY (a.roles))::int AS operators
         FROM account a JOIN action_week_country wc ON wc.country = a.country AND wc.week_id = $1
        WHERE a.disabled_at IS NULL GROUP BY a.country`,
      [weekId],
    );
    const profiles: ProfileFacts[] = await em.query(
      `SELECT p.country::text AS country, p.platform_code AS platform,
              count(*) FILTER (WHERE p.status = 'ACTIVE')::int AS active
         FROM police_profile p JOIN action_week_country wc ON wc.country = p.country AND wc.week_id = $1
        GROUP BY p.country, p.platform_code`,
      [weekId],
    );
    const sessions: (Omit<SessionFacts, 'startsAt'> & { startsAt: Date | string })[] = await em.query(
      `SELECT s.id, s.starts_at AS "startsAt", s.platform_code AS platform, s.status,
              ARRAY(SELECT c.country::text FROM patrol_session_country c WHERE c.session_id = s.id ORDER BY c.country) AS countries,
              COALESCE((SELECT json_agg(json_build_object('country', r.country, 'operatorOneId', r.operator_one_id,
                        'operatorTwoId', r.operator_two_id, 'teamLeaderId', r.team_leader_id, 'profileId', r.profile_id))
                   FROM roster r WHERE r.session_id = s.id), '[]'::json) AS rosters
         FROM patrol_session s WHERE s.week_id = $1 ORDER BY s.starts_at, s.id`,
      [weekId],
    );
    const [{ published }] = (await em.query(
      `SELECT count(*)::int AS published FROM guidance_note WHERE week_id = $1 AND published`,
      [weekId],
    )) as { published: number }[];
    return {
      countries: countries.map((row) => row.country),
      teams,
      profiles,
      sessions: sessions.map((session) => ({
        ...session,
        startsAt: new Date(session.startsAt),
        // char(2) comes back padded from json_build_object on some servers: trim it.
        rosters: session.rosters.map((roster) => ({ ...roster, country: roster.country.trim() })),
      })),
      publishedGuidance: published,
    };
  }

  private reachable(country: string | null, em: EntityManager): SelectQueryBuilder<ActionWeekEntity> {
    return em
      .getRepository(ActionWeekEntity)
      .createQueryBuilder('w')
      .leftJoinAndSelect('w.countries', 'c')
      .where(reachedBy('w', ':reach'), { reach: country });
  }

  /** Whether the country takes part in the week: the week's reach for that country (`isReachable`). */
  countryTakesPart(
    weekId: string,
    country: string,
    em: EntityManager = this.dataSource.manager,
  ): Promise<boolean> {
    return this.isReachable(weekId, country, em);
  }
}
