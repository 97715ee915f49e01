import { MigrationInterface, QueryRunner } from 'typeorm';

/** Which sessions use a police profile: the profiles page asks it of every profile in its list, by roster.profile_id. */
export class RosterProfileIndex1764310000000 implements MigrationInterface {
  name = 'RosterProfileIndex1764310000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE INDEX roster_profile_idx ON roster (profile_id) WHERE profile_id IS NOT NULL`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX roster_profile_idx`);
  }
}
