import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuditService } from '../common/audit/audit.service';
import { AppConfig } from '../common/config/app-config';
import { describeError } from '../common/logging/redact';
import { runAsSystem } from '../common/request-context';

export interface PurgedWeek {
  weekId: string;
  interactions: number;
  referrals: number;
  revisions: number;
  referralNotes: number;
  debriefs: number;
  debriefComments: number;
  weekReports: number;
}

/**
 * Deletes what was said about young people once a week no longer needs it: interaction notes and English summaries
 * (also in their earlier versions), referral details and status notes, debriefs (every text and the English summary),
 * comments on debriefs and the week report's texts, each week's retention days after it closed. Codes, counts, the
 * wellbeing score and the links between records stay. Every count stays,
 * so the outcomes do not change. Each week's deletion is one transaction with its audit entry. Runs every
 * RETENTION_CHECK_MINUTES; with several API instances an advisory lock lets one of them do it.
 */
@Injectable()
export class RetentionService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Retention');
  private timer?: NodeJS.Timeout;

  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    const minutes = this.config.RETENTION_CHECK_MINUTES;
    if (minutes === 0) return;
    this.timer = setInterval(() => {
      this.purgeDue().catch((error: unknown) => this.logger.error(`Retention run failed: ${describeError(error)}`));
    }, minutes * 60_000);
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    if (this.timer) clearInterval(this.timer);
  }

  /** Deletes the free texts of every week whose retention ran out by `now` (the clock is a parameter for the tests). */
  purgeDue(now: Date = new Date()): Promise<PurgedWeek[]> {
    return runAsSystem(async () => {
      const due: { id: string }[] = await this.dataSource.query(
        `SELECT id FROM action_week
          WHERE status = 'CLOSED' AND texts_deleted_at IS NULL AND closed_at IS NOT NULL
            AND closed_at + make_interval(days => retention_days) <= $1
          ORDER BY closed_at`,
        [now],
      );
      const purged: PurgedWeek[] = [];
      for (const { id } of due) {
        const week = await this.purgeWeek(id, now);
        if (week) purged.push(week);
      }
      if (purged.length > 0) this.logger.log(`Deleted the free texts of ${purged.length} closed week(s)`);
      return purged;
    });
  }

  private purgeWeek(weekId: string, now: Date): Promise<PurgedWeek | null> {
    return this.dataSource.transaction(async (em) => {
      // Another instance may be on it: the first to lock the week does it, the other finds it done.
      const [week] = await em.query(`SELECT id FROM action_week WHERE id = $1 AND texts_deleted_at IS NULL FOR UPDATE SKIP LOCKED`, [weekId]);
      if (!week) return null;
      const interactions = await em.query(
        `UPDATE interaction SET notes = '', summary_en = NULL, notes_deleted_at = $2 WHERE week_id = $1 AND notes_deleted_at IS NULL RETURNING id`,
        [weekId, now],
      );
      const referrals = await em.query(
        `UPDATE referral SET details = '', details_deleted_at = $2 WHERE week_id = $1 AND details_deleted_at IS NULL RETURNING id`,
        [weekId, now],
      );
      const revisions = await em.query(
        `UPDATE interaction_revision SET snapshot = snapshot - 'notes' - 'summaryEn'
          WHERE snapshot->>'weekId' = $1::text AND (snapshot ? 'notes' OR snapshot ? 'summaryEn') RETURNING id`,
        [weekId],
      );
      const referralNotes = await em.query(
        `UPDATE referral_event e SET note = NULL FROM referral r WHERE r.id = e.referral_id AND r.week_id = $1 AND e.note IS NOT NULL RETURNING e.id`,
        [weekId],
      );
      const debriefs = await em.query(
        `UPDATE debrief SET what_worked = '', challenges = '', signals = '', platform_observations = '', wellbeing_text = '',
                guidance_suggestions = '', summary_en = NULL
          WHERE week_id = $1 AND (what_worked <> '' OR challenges <> '' OR signals <> '' OR platform_observations <> ''
                OR wellbeing_text <> '' OR guidance_suggestions <> '' OR summary_en IS NOT NULL) RETURNING id`,
        [weekId],
      );
      const debriefComments = await em.query(
        `UPDATE debrief_comment c SET body = '' FROM debrief d WHERE d.id = c.debrief_id AND d.week_id = $1 AND c.body <> '' RETURNING c.id`,
        [weekId],
      );
      const weekReports = await em.query(
        `UPDATE week_report SET lessons_learned = '', summary_en = NULL WHERE week_id = $1 AND (lessons_learned <> '' OR summary_en IS NOT NULL) RETURNING week_id`,
        [weekId],
      );
      await em.query(`UPDATE action_week SET texts_deleted_at = $2 WHERE id = $1`, [weekId, now]);
      const result = {
        weekId,
        interactions: interactions[0].length,
        referrals: referrals[0].length,
        revisions: revisions[0].length,
        referralNotes: referralNotes[0].length,
        debriefs: debriefs[0].length,
        debriefComments: debriefComments[0].length,
        weekReports: weekReports[0].length,
      };
      const { weekId: _weekId, ...counts } = result;
      await this.audit.record(em, {
        action: 'deleteWeekTexts',
        targetType: 'ActionWeek',
        targetId: weekId,
        actorId: null,
        details: counts,
      });
      return result;
    });
  }
}
