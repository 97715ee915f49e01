import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';

/** An UPDATE … RETURNING answers [rows, count] through TypeORM's PostgreSQL driver: the rows changed. */
const changed = (result: [unknown[], number]): number => result[0].length;

/**
 * The SQL of retention: the free texts of a closed week, deleted once its retention days have run out. It writes
 * to the tables of several aggregates (interactions, referrals, debriefs, the week report), always within the
 * transaction of one week's deletion; codes, counts and links stay, so the outcomes do not change.
 */
@Injectable()
export class RetentionRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** The closed weeks whose texts are still there and whose retention ran out by `now`, the longest closed first. */
  async dueWeeks(now: Date): Promise<string[]> {
    const rows: { id: string }[] = await this.dataSource.query(
      `SELECT id FROM action_week
        WHERE status = 'CLOSED' AND texts_deleted_at IS NULL AND closed_at IS NOT NULL
          AND closed_at + make_interval(days => retention_days) <= $1
        ORDER BY closed_at`,
      [now],
    );
    return rows.map((row) => row.id);
  }

  /**
   * Locks the week for the deletion of its texts; false when they are gone already or another instance holds the
   * lock (the first to lock the week does it, the other finds it done).
   */
  async lockWeekWithTexts(em: EntityManager, weekId: string): Promise<boolean> {
    const rows: unknown[] = await em.query(
      `SELECT id FROM action_week WHERE id = $1 AND texts_deleted_at IS NULL FOR UPDATE SKIP LOCKED`,
      [weekId],
    );
    return rows.length > 0;
  }

  /** Interaction notes and English summaries; returns how many interactions. */
  async deleteInteractionNotes(em: EntityManager, weekId: string, now: Date): Promise<number> {
    return changed(
      await em.query(
        `UPDATE interaction SET notes = '', summary_en = NULL, notes_deleted_at = $2 WHERE week_id = $1 AND notes_deleted_at IS NULL RETURNING id`,
        [weekId, now],
      ),
    );
  }

  /** Referral details. */
  async deleteReferralDetails(em: EntityManager, weekId: string, now: Date): Promise<number> {
    return changed(
      await em.query(
        `UPDATE referral SET details = '', details_deleted_at = $2 WHERE week_id = $1 AND details_deleted_at IS NULL RETURNING id`,
        [weekId, now],
      ),
    );
  }

  /** The notes and summaries in the earlier versions of the week's interactions. */
  async deleteRevisionTexts(em: EntityManager, weekId: string): Promise<number> {
    return changed(
      await em.query(
        `UPDATE interaction_revision SET snapshot = snapshot - 'notes' - 'summaryEn'
          WHERE snapshot->>'weekId' = $1::text AND (snapshot ? 'notes' OR snapshot ? 'summaryEn') RETURNING id`,
        [weekId],
      ),
    );
  }

  /** The notes of referral status changes. */
  async deleteReferralNotes(em: EntityManager, weekId: string): Promise<number> {
    return changed(
      await em.query(
        `UPDATE referral_event e SET note = NULL FROM referral r WHERE r.id = e.referral_id AND r.week_id = $1 AND e.note IS NOT NULL RETURNING e.id`,
        [weekId],
      ),
    );
  }

  /** Every text of the debriefs and their English summaries (the wellbeing score stays). */
  async deleteDebriefTexts(em: EntityManager, weekId: string): Promise<number> {
    return changed(
      await em.query(
        `UPDATE debrief SET what_worked = '', challenges = '', signals = '', platform_observations = '', wellbeing_text = '',
                guidance_suggestions = '', summary_en = NULL
          WHERE week_id = $1 AND (what_worked <> '' OR challenges <> '' OR signals <> '' OR platform_observations <> ''
                OR wellbeing_text <> '' OR guidance_suggestions <> '' OR summary_en IS NOT NULL) RETURNING id`,
        [weekId],
      ),
    );
  }

  /** Comments on the debriefs. */
  async deleteDebriefComments(em: EntityManager, weekId: string): Promise<number> {
    return changed(
      await em.query(
        `UPDATE debrief_comment c SET body = '' FROM debrief d WHERE d.id = c.debrief_id AND d.week_id = $1 AND c.body <> '' RETURNING c.id`,
        [weekId],
      ),
    );
  }

  /** The week report's lessons learned and English summary. */
  async deleteWeekReportTexts(em: EntityManager, weekId: string): Promise<number> {
    return changed(
      await em.query(
        `UPDATE week_report SET lessons_learned = '', summary_en = NULL WHERE week_id = $1 AND (lessons_learned <> '' OR summary_en IS NOT NULL) RETURNING week_id`,
        [weekId],
      ),
    );
  }

  /**
   * The retention job's last deletion of the week's free texts, from its audit entry: when, and how many records of
   * each kind (counts only). Undefined when it has not run for the week.
   */
  async lastRun(
    weekId: string,
    em: EntityManager = this.dataSource.manager,
  ): Promise<{ at: Date; details: Record<string, number> | null } | undefined> {
    const rows: { at: Date; details: Record<string, number> | null }[] = await em.query(
      `SELECT at, details FROM audit_entry
        WHERE action = 'deleteWeekTexts' AND target_type = 'ActionWeek' AND target_id = $1::text
        ORDER BY at DESC LIMIT 1`,
      [weekId],
    );
    return rows[0];
  }

  async markTextsDeleted(em: EntityManager, weekId: string, now: Date): Promise<void> {
    await em.query(`UPDATE action_week SET texts_deleted_at = $2 WHERE id = $1`, [weekId, now]);
  }
}
