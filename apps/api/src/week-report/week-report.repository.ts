import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';

/** A week's report as stored: the debriefs it links by id, in the order chosen. */
export interface WeekReportRow {
  lessonsLearned: string;
  language: string;
  summaryEn: string | null;
  debriefIds: string[];
  updatedAt: Date;
  version: number;
}

/** The SQL of the week report aggregate (`week_report`, one row per week at most). */
@Injectable()
export class WeekReportRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** The week's report; null when none has been written yet. */
  async find(weekId: string): Promise<WeekReportRow | null> {
    const [row] = (await this.dataSource.query(
      `SELECT lessons_learned AS "lessonsLearned", language, summary_en AS "summaryEn", debrief_ids AS "debriefIds", updated_at AS "updatedAt", version
         FROM week_report WHERE week_id = $1`,
      [weekId],
    )) as WeekReportRow[];
    return row ? { ...row, updatedAt: new Date(row.updatedAt) } : null;
  }

  /** The version of the week's report, locked until the transaction ends; 0 when none has been written yet. */
  async lockVersion(em: EntityManager, weekId: string): Promise<number> {
    const [current] = (await em.query('SELECT version FROM week_report WHERE week_id = $1 FOR UPDATE', [
      weekId,
    ])) as {
      version: number;
    }[];
    return current?.version ?? 0;
  }

  /** Writes the week's report, the first time or over the last one (a new version). */
  async save(
    em: EntityManager,
    report: {
      weekId: string;
      lessonsLearned: string;
      language: string;
      summaryEn: string | null;
      debriefIds: string[];
    },
    updatedBy: string,
  ): Promise<void> {
    await em.query(
      `INSERT INTO week_report (week_id, lessons_learned, language, summary_en, debrief_ids, updated_by) VALUES ($1, $2, $3, $4, $5, $6)
         ON CONFLICT (week_id) DO UPDATE SET lessons_learned = excluded.lessons_learned, language = excluded.language,
           summary_en = excluded.summary_en, debrief_ids = excluded.debrief_ids, updated_by = excluded.updated_by,
           updated_at = now(), version = week_report.version + 1`,
      [report.weekId, report.lessonsLearned, report.language, report.summaryEn, report.debriefIds, updatedBy],
    );
  }
}
