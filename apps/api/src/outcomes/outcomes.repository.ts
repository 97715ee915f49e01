import type { KeyedCount } from '@empact/domain';
import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';

/** A tally row: the count of its cell, the young people of its records where the row has them, and their keys. */
export interface TallyRow extends KeyedCount {
  dimension: string;
  young: number;
}

/** What the figures are counted under: each part null for "all". */
export interface TallyFilter {
  country: string | null;
  platform: string | null;
  day: string | null;
}

/** One English summary of a submitted debrief, as `debrief_digest` hands it out. */
export interface DigestRow {
  country: string;
  platform: string;
  startsAt: Date;
  summaryEn: string;
  submittedAt: Date;
}

/** The sums of record keys, reduced modulo 2^32 in SQL (numbers either way on both databases). */
const KEYS = (column: string) => `(${column} % 4294967296)::bigint`;

/** How long one audit entry covers a coordinator's repeated reads of the exact figures of a week. */
const EXACT_READ_AUDIT_MINUTES = 15;

/**
 * The reads of the outcomes: `outcome_tally` and `outcome_tally_week`, which the database keeps counted as
 * interactions and referrals are written (see TALLY.md), and the debrief digest. Never the interactions themselves.
 */
@Injectable()
export class OutcomesRepository {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Adds the changes waiting in outcome_tally_queue to the tally tables (fold_outcome_tally, as the owner), so that
   * what is read next counts every interaction committed before it. Returns how many changes it folded.
   */
  async fold(em: EntityManager = this.dataSource.manager): Promise<number> {
    const [row] = (await em.query(`SELECT fold_outcome_tally() AS folded`)) as { folded: number }[];
    return Number(row.folded);
  }

  /**
   * Every interaction table of the whole week (or one country of it) in one statement: outcome_tally_week counts them
   * by country already, with the days ('day', young people too) and platforms ('platform') of the 'total' rows.
   */
  weekTally(weekId: string, country: string | null): Promise<TallyRow[]> {
    return this.dataSource.query(
      `SELECT t.dimension, t.country AS row, t.value AS col, t.interactions AS n, t.young_people AS young, ${KEYS('t.record_keys')} AS key
         FROM outcome_tally_week t WHERE t.week_id = $1 AND ($2::text IS NULL OR t.country = $2) AND t.interactions <> 0`,
      [weekId, country],
    );
  }

  /**
   * Every interaction table of a day or a platform in one statement over the detailed tally, whose 'total' rows are
   * scanned once for the days (interactions and young people) and the platforms.
   */
  detailedTally(weekId: string, filter: TallyFilter): Promise<TallyRow[]> {
    const where = `t.week_id = $1 AND ($2::text IS NULL OR t.country = $2) AND ($3::text IS NULL OR t.platform_code = $3) AND ($4::date IS NULL OR t.day = $4::date)`;
    return this.dataSource.query(
      `SELECT t.dimension AS dimension, t.country AS row, t.value AS col, sum(t.interactions)::int AS n, 0 AS young, ${KEYS('sum(t.record_keys)')} AS key
         FROM outcome_tally t WHERE ${where} AND t.dimension IN ('topic', 'age_band', 'outcome', 'language', 'referral') GROUP BY 1, 2, 3 HAVING sum(t.interactions) <> 0
       UNION ALL
       SELECT CASE WHEN GROUPING(t.day) = 0 THEN 'day' ELSE 'platform' END, t.country,
              CASE WHEN GROUPING(t.day) = 0 THEN to_char(t.day, 'YYYY-MM-DD') ELSE t.platform_code END,
              sum(t.interactions)::int, sum(t.young_people)::int, ${KEYS('sum(t.record_keys)')}
         FROM outcome_tally t WHERE ${where} AND t.dimension = 'total'
        GROUP BY GROUPING SETS ((t.country, t.day), (t.country, t.platform_code))`,
      [weekId, filter.country, filter.platform, filter.day],
    );
  }

  /**
   * The English summaries of the week's submitted debriefs, oldest session first. Liaisons read no debrief: the
   * database hands out the summaries only (`debrief_digest`, SECURITY DEFINER).
   */
  async debriefDigest(weekId: string, country: string | null): Promise<DigestRow[]> {
    const rows: DigestRow[] = await this.dataSource.query(
      `SELECT country, platform, starts_at AS "startsAt", summary_en AS "summaryEn", submitted_at AS "submittedAt" FROM debrief_digest($1, $2)`,
      [weekId, country],
    );
    return rows.map((row) => ({
      ...row,
      country: row.country.trim(),
      startsAt: new Date(row.startsAt),
      submittedAt: new Date(row.submittedAt),
    }));
  }

  /** Whether this person's reading of the week's exact figures was audited within the last quarter of an hour. */
  async exactReadAuditedRecently(weekId: string, actorId: string): Promise<boolean> {
    const rows: unknown[] = await this.dataSource.query(
      `SELECT 1 FROM audit_entry WHERE target_type = 'ActionWeek' AND target_id = $1 AND action = 'readUnsuppressedOutcomes'
          AND actor_id = $2 AND at > now() - interval '${EXACT_READ_AUDIT_MINUTES} minutes' LIMIT 1`,
      [weekId, actorId],
    );
    return rows.length > 0;
  }
}
