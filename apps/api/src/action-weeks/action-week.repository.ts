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
