import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Free texts about conversations with young people do not outlive their use: each week keeps them a set number of
 * days after it closes (30 by default), then the retention job blanks them and notes when; every figure stays.
 */
export class Retention1763980000000 implements MigrationInterface {
  name = 'Retention1763980000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(
      `ALTER TABLE action_week ADD COLUMN retention_days smallint NOT NULL DEFAULT 30 CHECK (retention_days BETWEEN 1 AND 3650)`,
    );
    await db.query(`ALTER TABLE action_week ADD COLUMN closed_at timestamptz`);
    await db.query(`ALTER TABLE action_week ADD COLUMN texts_deleted_at timestamptz`);
    await db.query(`UPDATE action_week SET closed_at = updated_at WHERE status = 'CLOSED'`);
    await db.query(
      `CREATE INDEX action_week_retention_idx ON action_week (closed_at) WHERE texts_deleted_at IS NULL`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX action_week_retention_idx`);
    await db.query(`ALTER TABLE action_week DROP COLUMN texts_deleted_at`);
    await db.query(`ALTER TABLE action_week DROP COLUMN closed_at`);
    await db.query(`ALTER TABLE action_week DROP COLUMN retention_days`);
  }
}
