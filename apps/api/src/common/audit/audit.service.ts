import { Injectable, Logger } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { describeError } from '../logging/redact';
import { requestStore } from '../request-context';
import { AuditRepository } from './audit.repository';

export interface AuditRecord {
  action: string;
  targetType?: string | null;
  targetId?: string | null;
  /** SUCCESS or the error code the caller received. */
  outcome?: string;
  /** Defaults to the signed-in account of the request. */
  actorId?: string | null;
  details?: Record<string, unknown> | null;
  /** The week the entry is about, when the caller knows it; otherwise found from the target (a week, session, ...). */
  weekId?: string | null;
}

/**
 * The columns `AuditService.values()` fills, in its order. The statement that uses them adds `week_id` itself when it
 * knows the week (the interaction it inserts has one).
 */
export const AUDIT_COLUMNS = 'actor_id, action, target_type, target_id, outcome, details';

/** Writes the append-only audit log: who did what to which record, when, and how it ended. */
@Injectable()
export class AuditService {
  private readonly logger = new Logger(AuditService.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly entries: AuditRepository,
  ) {}

  /** Records an entry in the caller's transaction, so the change and its audit entry commit together. */
  async record(manager: EntityManager, record: AuditRecord): Promise<void> {
    const store = requestStore();
    await this.entries.insert(manager, {
      actorId: record.actorId !== undefined ? record.actorId : (store?.actor?.id ?? null),
      action: record.action,
      targetType: record.targetType ?? null,
      targetId: record.targetId ?? null,
      outcome: record.outcome ?? 'SUCCESS',
      details: record.details ?? null,
      weekId: record.weekId ?? null,
    });
    if (store) store.auditCount += 1;
  }

  /**
   * The entry as parameters of the caller's own statement, for a hot path that writes the change and its audit entry
   * in one round trip: `INSERT INTO audit_entry (${AUDIT_COLUMNS}) SELECT $n, ... FROM <the change>`. Call `counted()`
   * once that statement has succeeded.
   */
  values(record: AuditRecord): unknown[] {
    const store = requestStore();
    return [
      record.actorId !== undefined ? record.actorId : (store?.actor?.id ?? null),
      record.action,
      record.targetType ?? null,
      record.targetId ?? null,
      record.outcome ?? 'SUCCESS',
      record.details ? JSON.stringify(record.details) : null,
    ];
  }

  /** Notes that the request wrote its audit entry through `values()`. */
  counted(): void {
    const store = requestStore();
    if (store) store.auditCount += 1;
  }

  /** Records an entry on its own, for a mutation that had no transaction of its own. */
  recordNow(record: AuditRecord): Promise<void> {
    return this.record(this.dataSource.manager, record);
  }

  /** Records a refusal or failure outside any transaction (the change itself was rolled back). */
  recordFailure(record: AuditRecord): void {
    this.recordNow(record).catch((error: unknown) => this.reportLost(record, error));
  }

  private lost = { count: 0, since: 0 };

  /** While the database is away every refusal's entry is lost: say so once every ten seconds, with how many. */
  private reportLost(record: AuditRecord, error: unknown): void {
    const now = Date.now();
    this.lost.count += 1;
    if (now - this.lost.since < 10_000) return;
    this.logger.error(
      `Could not write ${this.lost.count} audit entr${this.lost.count === 1 ? 'y' : 'ies'} of refusals (last: ${record.action}): ${describeError(error)}`,
    );
    this.lost = { count: 0, since: now };
  }
}
