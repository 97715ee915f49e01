import { MigrationInterface, QueryRunner } from 'typeorm';
import { auditEntryWeek } from './schema/functions/audit-entry-week';
import { auditEntryNoUpdateOrDelete } from './schema/triggers/audit-entry-no-update-or-delete';

/**
 * The audit log becomes readable (administrators and the data-protection officer filter it by week, person, action,
 * record, time and outcome, newest first, a page at a time): each entry keeps the week it is about (`week_id`, filled
 * by the writer, and here for the entries written before, wherever the record they name says it), and every filter
 * has an index that ends in (at, id), the order of the pages, so that a page of a million entries reads only itself.
 */
export class AuditLogViewer1764340000000 implements MigrationInterface {
  name = 'AuditLogViewer1764340000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE audit_entry ADD COLUMN week_id uuid`);
    await db.query(auditEntryWeek.create);
    // The entry itself does not change, only what it was about is written beside it: the one UPDATE the log allows,
    // here, by the owner, with the trigger that refuses it off for the length of this statement.
    await db.query(`ALTER TABLE audit_entry DISABLE TRIGGER ${auditEntryNoUpdateOrDelete.name}`);
    await db.query(
      `UPDATE audit_entry SET week_id = audit_entry_week(target_type, target_id)
        WHERE target_type IN ('ActionWeek', 'PatrolSession', 'Interaction', 'Referral', 'Debrief', 'GuidanceNote', 'CalendarFeed')`,
    );
    await db.query(`ALTER TABLE audit_entry ENABLE TRIGGER ${auditEntryNoUpdateOrDelete.name}`);

    await db.query(`DROP INDEX audit_entry_at_idx`);
    await db.query(`CREATE INDEX audit_entry_at_id_idx ON audit_entry (at, id)`);
    await db.query(`CREATE INDEX audit_entry_actor_at_idx ON audit_entry (actor_id, at, id)`);
    await db.query(`CREATE INDEX audit_entry_action_at_idx ON audit_entry (action, at, id)`);
    await db.query(`CREATE INDEX audit_entry_target_at_idx ON audit_entry (target_id, at, id)`);
    await db.query(`CREATE INDEX audit_entry_week_at_idx ON audit_entry (week_id, at, id)`);
    // Refusals are few among many successes: a partial index holds just them.
    await db.query(
      `CREATE INDEX audit_entry_refused_at_idx ON audit_entry (at, id) WHERE outcome <> 'SUCCESS'`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    for (const index of ['refused', 'week', 'target', 'action', 'actor'])
      await db.query(`DROP INDEX audit_entry_${index}_at_idx`);
    await db.query(`DROP INDEX audit_entry_at_id_idx`);
    await db.query(`CREATE INDEX audit_entry_at_idx ON audit_entry (at)`);
    await db.query(auditEntryWeek.drop);
    await db.query(`ALTER TABLE audit_entry DROP COLUMN week_id`);
  }
}
