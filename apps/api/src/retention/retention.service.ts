import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuditService } from '../common/audit/audit.service';
import { AppConfig } from '../common/config/app-config';
import { describeError } from '../common/logging/redact';
import { runAsSystem } from '../common/request-context';
import { RetentionRepository } from './retention.repository';

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
    private readonly repository: RetentionRepository,
  ) {}

  onApplicationBootstrap(): void {
    const minutes = this.config.RETENTION_CHECK_MINUTES;
    if (minutes === 0) return;
    this.timer = setInterval(() => {
      this.purgeDue().catch((error: unknown) =>
        this.logger.error(`Retention run failed: ${describeError(error)}`),
      );
    }, minutes * 60_000);
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    if (this.timer) clearInterval(this.timer);
  }

  /** Deletes the free texts of every week whose retention ran out by `now` (the clock is a parameter for the tests). */
  purgeDue(now: Date = new Date()): Promise<PurgedWeek[]> {
    return runAsSystem(async () => {
      const due = await this.repository.dueWeeks(now);
      const purged: PurgedWeek[] = [];
      for (const id of due) {
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
      if (!(await this.repository.lockWeekWithTexts(em, weekId))) return null;
      const result = {
        weekId,
        interactions: await this.repository.deleteInteractionNotes(em, weekId, now),
        referrals: await this.repository.deleteReferralDetails(em, weekId, now),
        revisions: await this.repository.deleteRevisionTexts(em, weekId),
        referralNotes: await this.repository.deleteReferralNotes(em, weekId),
        debriefs: await this.repository.deleteDebriefTexts(em, weekId),
        debriefComments: await this.repository.deleteDebriefComments(em, weekId),
        weekReports: await this.repository.deleteWeekReportTexts(em, weekId),
      };
      await this.repository.markTextsDeleted(em, weekId, now);
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
