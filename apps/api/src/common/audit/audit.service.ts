import { Injectable, Logger } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { requestStore } from '../request-context';
import { AuditEntryEntity } from './audit-entry.entity';

export interface AuditRecord {
  action: string;
  targetType?: string | null;
  targetId?: string | null;
  /** SUCCESS or the error code the caller received. */
  outcome?: string;
  /** Defaults to the signed-in account of the request. */
  actorId?: string | null;
  details?: Record<string, unknown> | null;
}

/** Writes the append-only audit log: who did what to which record, when, and how it ended. */
@Injectable()
export class AuditService {
  private readonly logger = new Logger(AuditService.name);

  constructor(private readonly dataSource: DataSource) {}

  /** Records an entry in the caller's transaction, so the change and its audit entry commit together. */
  async record(manager: EntityManager, record: AuditRecord): Promise<void> {
    const store = requestStore();
    await manager.insert(AuditEntryEntity, {
      actorId: record.actorId !== undefined ? record.actorId : (store?.actor?.id ?? null),
      action: record.action,
      targetType: record.targetType ?? null,
      targetId: record.targetId ?? null,
      outcome: record.outcome ?? 'SUCCESS',
      details: (record.details ?? null) as AuditEntryEntity["details"] & object,
    });
    if (store) store.auditCount += 1;
  }

  /** Records an entry on its own, for a mutation that had no transaction of its own. */
  recordNow(record: AuditRecord): Promise<void> {
    return this.record(this.dataSource.manager, record);
  }

  /** Records a refusal or failure outside any transaction (the change itself was rolled back). */
  recordFailure(record: AuditRecord): void {
    this.recordNow(record).catch((error: unknown) =>
      this.logger.error(`Could not write the audit entry for ${record.action}: ${String(error)}`),
    );
  }
}
