import { MigrationInterface, QueryRunner } from 'typeorm';

/** Each week sets the smallest count its liaisons may see (k, 5 by default). */
export class OutcomesThreshold1763950000000 implements MigrationInterface {
  name = 'OutcomesThreshold1763950000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(
      `ALTER TABLE action_week ADD COLUMN min_count smallint NOT NULL DEFAULT 5 CHECK (min_count BETWEEN 2 AND 20)`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE action_week DROP COLUMN min_count`);
  }
}
