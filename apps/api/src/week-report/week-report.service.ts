import { can } from '@empact/domain';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ActionWeekEntity } from '../action-weeks/action-week.entity';
import { ActionWeekService } from '../action-weeks/action-week.service';
import { AuditService } from '../common/audit/audit.service';
import type { AuthenticatedActor } from '../common/auth/authenticated-actor';
import { badInput, DomainException, forbidden } from '../common/errors/domain.exception';
import { renderMarkdown } from '../common/markdown/render-markdown';
import { PersonalDataGuard } from '../common/personal-data/personal-data.guard';
import { DebriefService } from '../debriefs/debrief.service';
import { PatrolSessionRepository } from '../patrol-sessions/patrol-session.repository';
import { SaveWeekReportInput, WeekReportObject } from './dto/week-report.object';
import { WeekReportRepository } from './week-report.repository';

/** What an export needs: the week, the report, and each linked debrief's session. */
export interface WeekReportDocument {
  week: ActionWeekEntity;
  report: WeekReportObject;
  sessions: Record<string, { platform: string; venue: string; startsAt: Date; endsAt: Date }>;
}

@Injectable()
export class WeekReportService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly weeks: ActionWeekService,
    private readonly debriefs: DebriefService,
    private readonly audit: AuditService,
    private readonly personalData: PersonalDataGuard,
    private readonly reports: WeekReportRepository,
    private readonly sessions: PatrolSessionRepository,
  ) {}

  /** The report every participating country can read; liaisons read the English digest instead. */
  async get(actor: AuthenticatedActor, weekId: string): Promise<WeekReportObject> {
    await this.weeks.findReachable(this.dataSource.manager, actor, weekId);
    if (!can(actor, 'debrief.read')) throw forbidden();
    const row = await this.reports.find(weekId);
    if (!row)
      return {
        weekId,
        lessonsLearned: '',
        lessonsLearnedHtml: '',
        language: 'en',
        summaryEn: null,
        debriefs: [],
        version: 0,
        updatedAt: null,
      };
    return {
      weekId,
      lessonsLearned: row.lessonsLearned,
      lessonsLearnedHtml: renderMarkdown(row.lessonsLearned),
      language: row.language,
      summaryEn: row.summaryEn,
      debriefs: await this.debriefs.submittedOfWeek(this.dataSource.manager, weekId, row.debriefIds),
      version: row.version,
      updatedAt: row.updatedAt,
    };
  }

  async save(actor: AuthenticatedActor, input: SaveWeekReportInput): Promise<WeekReportObject> {
    await this.weeks.findReachable(this.dataSource.manager, actor, input.weekId);
    if (!can(actor, 'debrief.review')) throw forbidden();
    await this.dataSource.transaction(async (em) => {
      this.personalData.checkInput(input, await this.personalData.weekContext(em, input.weekId));
      const currentVersion = await this.reports.lockVersion(em, input.weekId);
      if (currentVersion !== input.version)
        throw new DomainException('CONFLICT', 'code.CONFLICT', {}, { currentVersion });
      const ids = [...new Set(input.debriefIds)];
      const linked = await this.debriefs.submittedOfWeek(em, input.weekId, ids);
      if (linked.length !== ids.length)
        throw badInput('debriefIds', 'input.invalid', { field: 'debriefIds' });
      await this.reports.save(
        em,
        {
          weekId: input.weekId,
          lessonsLearned: input.lessonsLearned,
          language: input.language,
          summaryEn: input.summaryEn?.trim() || null,
          debriefIds: ids,
        },
        actor.id,
      );
      await this.audit.record(em, {
        action: 'saveWeekReport',
        targetType: 'ActionWeek',
        targetId: input.weekId,
        details: { debriefs: ids.length },
      });
    });
    return this.get(actor, input.weekId);
  }

  async document(actor: AuthenticatedActor, weekId: string): Promise<WeekReportDocument> {
    const report = await this.get(actor, weekId);
    const week = await this.weeks.findReachable(this.dataSource.manager, actor, weekId);
    const rows = report.debriefs.length
      ? await this.sessions.placesAndTimes(report.debriefs.map((d) => d.sessionId))
      : [];
    return { week, report, sessions: Object.fromEntries(rows.map((r) => [r.id, r])) };
  }
}
