import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';

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
  async isReachable(weekId: string, country: string | null, em: EntityManager = this.dataSource.manager): Promise<boolean> {
    const rows: unknown[] = await em.query(
      `SELECT 1 FROM action_week w
        WHERE w.id = $1
          AND ($2::text IS NULL OR EXISTS (SELECT 1 FROM action_week_country c WHERE c.week_id = w.id AND c.country = $2))`,
      [weekId, country],
    );
    return rows.length > 0;
  }

  /** Whether the country takes part in the week. */
  async countryTakesPart(weekId: string, country: string, em: EntityManager = this.dataSource.manager): Promise<boolean> {
    const rows: unknown[] = await em.query('SELECT 1 FROM action_week_country WHERE week_id = $1 AND country = $2', [weekId, country]);
    return rows.length > 0;
  }
}
