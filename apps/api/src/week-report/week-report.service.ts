import { can } from '@empact/domain';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ActionWeekEntity } from '../action-weeks/action-week.entity';
import { ActionWeekService } from '../action-weeks/action-week.service';
import { AuditService } from '../common/audit/audit.service';
import type { AuthenticatedActor } from '../common/auth/authenticated-actor';
import { badInput, DomainException, forbidden } from '../common/errors/domain.exception';
import { PersonalDataGuard } from '../common/personal-data/personal-data.guard';
import { DebriefService } from '../debriefs/debrief.service';
import { SaveWeekReportInput, WeekReportObject } from './dto/week-report.object';

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
  ) {}

  /** The report every participating country can read; liaisons read the English digest instead. */
  async get(actor: AuthenticatedActor, weekId: string): Promise<WeekReportObject> {
    await this.weeks.findReachable(this.dataSource.manager, actor, weekId);
    if (!can(actor, 'debrief.read')) throw forbidden();
    const [row] = await this.dataSource.query(
      `SELECT lessons_learned AS "lessonsLearned", language, summary_en AS "summaryEn", debrief_ids AS "debriefIds", updated_at AS "updatedAt", version
         FROM week_report WHERE week_id = $1`,
      [weekId],
    );
    if (!row) return { weekId, lessonsLearned: '', language: 'en', summaryEn: null, debriefs: [], version: 0, updatedAt: null };
    return {
      weekId,
      lessonsLearned: row.lessonsLearned,
      language: row.language,
      summaryEn: row.summaryEn,
      debriefs: await this.debriefs.submittedOfWeek(this.dataSource.manager, weekId, row.debriefIds),
      version: row.version,
      updatedAt: new Date(row.updatedAt),
    };
  }

  async save(actor: AuthenticatedActor, input: SaveWeekReportInput): Promise<WeekReportObject> {
    await this.weeks.findReachable(this.dataSource.manager, actor, input.weekId);
    if (!can(actor, 'debrief.review')) throw forbidden();
    await this.dataSource.transaction(async (em) => {
      this.personalData.checkInput(input, await this.personalData.weekContext(em, input.weekId));
      const [current] = await em.query('SELECT version FROM week_report WHERE week_id = $1 FOR UPDATE', [input.weekId]);
      if ((current?.version ?? 0) !== input.version) throw new DomainException('CONFLICT', 'code.CONFLICT', {}, { currentVersion: current?.version ?? 0 });
      const ids = [...new Set(input.debriefIds)];
      const linked = await this.debriefs.submittedOfWeek(em, input.weekId, ids);
      if (linked.length !== ids.length) throw badInput('debriefIds', 'input.invalid', { field: 'debriefIds' });
      await em.query(
        `INSERT INTO week_report (week_id, lessons_learned, language, summary_en, debrief_ids, updated_by) VALUES ($1, $2, $3, $4, $5, $6)
         ON CONFLICT (week_id) DO UPDATE SET lessons_learned = excluded.lessons_learned, language = excluded.language,
           summary_en = excluded.summary_en, debrief_ids = excluded.debrief_ids, updated_by = excluded.updated_by,
           updated_at = now(), version = week_report.version + 1`,
        [input.weekId, input.lessonsLearned, input.language, input.summaryEn?.trim() || null, ids, actor.id],
      );
      await this.audit.record(em, { action: 'saveWeekReport', targetType: 'ActionWeek', targetId: input.weekId, details: { debriefs: ids.length } });
    });
    return this.get(actor, input.weekId);
  }

  async document(actor: AuthenticatedActor, weekId: string): Promise<WeekReportDocument> {
    const report = await this.get(actor, weekId);
    const week = await this.weeks.findReachable(this.dataSource.manager, actor, weekId);
    const rows: { id: string; platform: string; venue: string; startsAt: Date; endsAt: Date }[] = report.debriefs.length
      ? await this.dataSource.query(
          `SELECT s.id, p.name AS platform, s.venue, s.starts_at AS "startsAt", s.ends_at AS "endsAt"
             FROM patrol_session s JOIN platform p ON p.code = s.platform_code WHERE s.id = ANY($1::uuid[])`,
          [report.debriefs.map((d) => d.sessionId)],
        )
      : [];
    return { week, report, sessions: Object.fromEntries(rows.map((r) => [r.id, { ...r, startsAt: new Date(r.startsAt), endsAt: new Date(r.endsAt) }])) };
  }
}
