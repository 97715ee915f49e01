import {
  AUDIT_EXPORT_MAX_ROWS,
  AUDIT_PAGE_DEFAULT,
  AUDIT_PAGE_MAX,
  type AuditLogFilter,
  auditFilterProblem,
  can,
} from '@empact/domain';
import { Injectable } from '@nestjs/common';
import { WeekRetentionObject } from '../action-weeks/dto/week-retention.object';
import { toWeekRetentionObject } from '../action-weeks/action-week.mapper';
import { AuditService } from '../common/audit/audit.service';
import type { AuthenticatedActor } from '../common/auth/authenticated-actor';
import { badInput, forbidden } from '../common/errors/domain.exception';
import { AuditLogRepository, type AuditLogRow, type AuditPosition } from './audit-log.repository';
import type { AuditActorObject, AuditEntryObject, AuditLogConnectionObject } from './dto/audit-entry.object';

/** Entries read per statement while an export streams. */
const EXPORT_BATCH = 5_000;

export const encodeAuditCursor = (row: Pick<AuditLogRow, 'atKey' | 'id'>) =>
  Buffer.from(JSON.stringify([row.atKey, row.id])).toString('base64url');

function decodeCursor(cursor: string): AuditPosition {
  try {
    const [at, id] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as [string, string];
    if (typeof at !== 'string' || Number.isNaN(Date.parse(at)) || !/^\d{1,19}$/.test(String(id)))
      throw new Error('bad cursor');
    return [at, String(id)];
  } catch {
    throw badInput('after', 'input.invalid', { field: 'after' });
  }
}

/** The filter as it was asked, for the audit entry of the read: ids, names and instants, never a free text. */
function filterDetails(filter: AuditLogFilter): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(filter).filter(([, value]) => value !== undefined && value !== null && value !== ''),
  );
}

export function toAuditEntryObject(row: AuditLogRow): AuditEntryObject {
  return {
    id: row.id,
    at: row.at,
    actor:
      row.actorId && row.actorEmail
        ? {
            id: row.actorId,
            displayName: row.actorName ?? '',
            email: row.actorEmail,
            roles: row.actorRoles ?? [],
            country: row.actorCountry,
          }
        : null,
    action: row.action,
    targetType: row.targetType,
    targetId: row.targetId,
    outcome: row.outcome,
    weekId: row.weekId,
    weekCode: row.weekCode,
    details: row.details ? JSON.stringify(row.details) : null,
  };
}

/**
 * The audit log for those who account for the platform: administrators and the data-protection officer ('audit.read').
 * Every read of it is itself an entry (readAuditLog, exportAuditLog) with the filter that was asked.
 */
@Injectable()
export class AuditLogService {
  constructor(
    private readonly entries: AuditLogRepository,
    private readonly audit: AuditService,
  ) {}

  async page(
    actor: AuthenticatedActor,
    filter: AuditLogFilter = {},
    first = AUDIT_PAGE_DEFAULT,
    after?: string,
  ): Promise<AuditLogConnectionObject> {
    if (!can(actor, 'audit.read')) throw forbidden();
    this.check(filter);
    const size = Math.min(Math.max(first, 1), AUDIT_PAGE_MAX);
    const rows = await this.entries.page(filter, after ? decodeCursor(after) : undefined, size + 1);
    await this.audit.recordNow({
      action: 'readAuditLog',
      details: { filter: filterDetails(filter), page: after ? 'next' : 'first' },
    });
    const page = rows.slice(0, size);
    return {
      edges: page.map((row) => ({ cursor: encodeAuditCursor(row), node: toAuditEntryObject(row) })),
      pageInfo: {
        hasNextPage: rows.length > size,
        endCursor: page.length ? encodeAuditCursor(page[page.length - 1]) : null,
      },
    };
  }

  /**
   * Every entry matching the filter, newest first, in batches (one statement each), at most AUDIT_EXPORT_MAX_ROWS:
   * `truncated` says whether more matched. The export is audited before its first row leaves.
   */
  async *export(
    actor: AuthenticatedActor,
    filter: AuditLogFilter,
  ): AsyncGenerator<{ rows: AuditLogRow[]; truncated: boolean }> {
    if (!can(actor, 'audit.read')) throw forbidden();
    this.check(filter);
    await this.audit.recordNow({ action: 'exportAuditLog', details: { filter: filterDetails(filter) } });
    let position: AuditPosition | undefined;
    let sent = 0;
    for (;;) {
      const size = Math.min(EXPORT_BATCH, AUDIT_EXPORT_MAX_ROWS - sent);
      const rows = await this.entries.page(filter, position, size + 1);
      const batch = rows.slice(0, size);
      sent += batch.length;
      const more = rows.length > size;
      const truncated = more && sent >= AUDIT_EXPORT_MAX_ROWS;
      yield { rows: batch, truncated };
      if (!more || truncated) return;
      const last = batch[batch.length - 1];
      position = [last.atKey, last.id];
    }
  }

  /** The people the log may name, for the reader's choice of person (audit.read): names, e-mails, roles, country. */
  async actors(actor: AuthenticatedActor): Promise<AuditActorObject[]> {
    if (!can(actor, 'audit.read')) throw forbidden();
    return this.entries.actors();
  }

  /** Every week's retention: when its free texts go (or went), and the retention job's last run on it. */
  async retention(actor: AuthenticatedActor): Promise<WeekRetentionObject[]> {
    if (!can(actor, 'retention.read')) throw forbidden();
    const rows = await this.entries.retention();
    return rows.map((row) =>
      toWeekRetentionObject({
        ...row,
        status: row.status as WeekRetentionObject['status'],
        lastRun: row.lastRunAt ? { at: row.lastRunAt, details: row.lastRunDetails } : null,
      }),
    );
  }

  private check(filter: AuditLogFilter): void {
    const problem = auditFilterProblem(filter);
    if (!problem) return;
    if (problem.problem === 'RANGE_OUT_OF_ORDER') throw badInput(problem.field, 'auditLog.rangeOutOfOrder');
    throw badInput(problem.field, 'input.invalid', { field: problem.field });
  }
}
