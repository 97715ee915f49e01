import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A week setting that requires two-factor sign-in of every team member of its countries, not only of the roles that
 * always need it, while the week is planned or live.
 */
export class WeekRequiresTwoFactor1764210000000 implements MigrationInterface {
  name = 'WeekRequiresTwoFactor1764210000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE action_week ADD COLUMN require_two_factor boolean NOT NULL DEFAULT false`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE action_week DROP COLUMN require_two_factor`);
  }
}
