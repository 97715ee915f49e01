import type { AuditLogFilter } from '@empact/domain';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

/** One entry of the log with who wrote it and the week it is about, as a page shows it. */
export interface AuditLogRow {
  id: string;
  at: Date;
  /** `at` to the microsecond (a JavaScript Date keeps milliseconds): the position a cursor carries. */
  atKey: string;
  actorId: string | null;
  actorName: string | null;
  actorEmail: string | null;
  actorRoles: string[] | null;
  actorCountry: string | null;
  action: string;
  targetType: string | null;
  targetId: string | null;
  outcome: string;
  details: Record<string, unknown> | null;
  weekId: string | null;
  weekCode: string | null;
}

/** A week's retention as the data-protection officer follows it. */
export interface RetentionRow {
  weekId: string;
  code: string;
  status: string;
  closedAt: Date | null;
  retentionDays: number;
  textsDeletedAt: Date | null;
  lastRunAt: Date | null;
  lastRunDetails: Record<string, unknown> | null;
}

/** Where a page starts: after this entry, newest first. */
export type AuditPosition = readonly [atKey: string, id: string];

const ENTRY_COLUMNS = `e.id::text AS id, e.at,
       to_char(e.at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS "atKey",
       e.actor_id AS "actorId", a.display_name AS "actorName", a.email AS "actorEmail", a.roles AS "actorRoles",
       a.country::text AS "actorCountry", e.action, e.target_type AS "targetType", e.target_id AS "targetId",
       e.outcome, e.details, e.week_id AS "weekId", w.code AS "weekCode"`;

/**
 * Reading the audit log (writing it is common/audit/audit.repository.ts). Each filter narrows in SQL and has an index
 * of its own ending in (at, id) (migration AuditLogViewer), so that one page is one statement that reads about as
 * many entries as it shows, whatever the size of the log.
 */
@Injectable()
export class AuditLogRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** The entries matching `filter`, newest first, after `position`, at most `limit`. One statement. */
  async page(
    filter: AuditLogFilter,
    position: AuditPosition | undefined,
    limit: number,
  ): Promise<AuditLogRow[]> {
    const { sql, params } = pageQuery(filter, position, limit);
    return this.dataSource.query(sql, params);
  }

  /** The SQL and parameters of `page`, for a test to EXPLAIN. */
  pageStatement(filter: AuditLogFilter, position: AuditPosition | undefined, limit: number) {
    return pageQuery(filter, position, limit);
  }

  /** Every account as the log names its actors (disabled ones too: they wrote entries), by name. One statement. */
  async actors(): Promise<
    { id: string; displayName: string; email: string; roles: string[]; country: string | null }[]
  > {
    return this.dataSource.query(
      `SELECT id, display_name AS "displayName", email, roles, country::text AS country
         FROM account ORDER BY display_name, email`,
    );
  }

  /**
   * Every week with its retention: the date its free texts are (or were) deleted and the last run of the retention job
   * for it (from the job's audit entry). One statement; the weeks newest first.
   */
  async retention(): Promise<RetentionRow[]> {
    return this.dataSource.query(
      `SELECT w.id AS "weekId", w.code, w.status, w.closed_at AS "closedAt", w.retention_days AS "retentionDays",
              w.texts_deleted_at AS "textsDeletedAt", run.at AS "lastRunAt", run.details AS "lastRunDetails"
         FROM action_week w
         LEFT JOIN LATERAL (
           SELECT e.at, e.details FROM audit_entry e
            WHERE e.week_id = w.id AND e.action = 'deleteWeekTexts'
            ORDER BY e.at DESC, e.id DESC LIMIT 1
         ) run ON true
        ORDER BY w.first_day DESC, w.code`,
    );
  }
}

function pageQuery(
  filter: AuditLogFilter,
  position: AuditPosition | undefined,
  limit: number,
): { sql: string; params: unknown[] } {
  const params: unknown[] = [];
  const where: string[] = [];
  const param = (value: unknown) => {
    params.push(value);
    return `$${params.length}`;
  };
  if (filter.weekId) where.push(`e.week_id = ${param(filter.weekId)}::uuid`);
  if (filter.actorId) where.push(`e.actor_id = ${param(filter.actorId)}::uuid`);
  if (filter.actions?.length === 1) where.push(`e.action = ${param(filter.actions[0])}`);
  else if (filter.actions?.length) where.push(`e.action = ANY(${param(filter.actions)}::text[])`);
  if (filter.targetId) where.push(`e.target_id = ${param(filter.targetId)}`);
  if (filter.targetType) where.push(`e.target_type = ${param(filter.targetType)}`);
  if (filter.from) where.push(`e.at >= ${param(filter.from)}::timestamptz`);
  if (filter.to) where.push(`e.at < ${param(filter.to)}::timestamptz`);
  // The same predicate as the partial index audit_entry_refused_at_idx, so that the planner can use it.
  if (filter.outcome === 'REFUSED') where.push(`e.outcome <> 'SUCCESS'`);
  if (filter.outcome === 'SUCCESS') where.push(`e.outcome = 'SUCCESS'`);
  if (position)
    where.push(`(e.at, e.id) < (${param(position[0])}::timestamptz, ${param(position[1])}::bigint)`);
  const sql = `SELECT ${ENTRY_COLUMNS}
         FROM audit_entry e
         LEFT JOIN account a ON a.id = e.actor_id
         LEFT JOIN action_week w ON w.id = e.week_id
        ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
        ORDER BY e.at DESC, e.id DESC
        LIMIT ${param(limit)}`;
  return { sql, params };
}
