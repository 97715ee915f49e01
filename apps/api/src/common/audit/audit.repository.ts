import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';

/** An audit entry as the writer stores it. */
export interface AuditRow {
  actorId: string | null;
  action: string;
  targetType: string | null;
  targetId: string | null;
  outcome: string;
  details: Record<string, unknown> | null;
  /** The week the entry is about when the caller knows it; else the database finds it from the target. */
  weekId: string | null;
}

/**
 * The SQL of writing the audit log (reading it is apps/api/src/audit-log/audit-log.repository.ts). The week an entry
 * is about comes from the caller, or from the record it names (function audit_entry_week, in the same statement).
 */
@Injectable()
export class AuditRepository {
  async insert(em: EntityManager, row: AuditRow): Promise<void> {
    await em.query(
      `INSERT INTO audit_entry (actor_id, action, target_type, target_id, outcome, details, week_id)
       VALUES ($1::uuid, $2::text, $3::text, $4::text, $5::text, $6::jsonb, coalesce($7::uuid, audit_entry_week($3::text, $4::text)))`,
      [
        row.actorId,
        row.action,
        row.targetType,
        row.targetId,
        row.outcome,
        row.details ? JSON.stringify(row.details) : null,
        row.weekId,
      ],
    );
  }
}
