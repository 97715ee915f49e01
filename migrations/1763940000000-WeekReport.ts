import { MigrationInterface, QueryRunner } from 'typeorm';

/** The week's report: the coordinators' lessons learned, with an English summary, linking the session debriefs. */
export class WeekReport1763940000000 implements MigrationInterface {
  name = 'WeekReport1763940000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE week_report (
        week_id uuid PRIMARY KEY REFERENCES action_week (id) ON DELETE CASCADE,
        lessons_learned varchar(20000) NOT NULL DEFAULT '',
        language varchar(20) NOT NULL DEFAULT 'en',
        summary_en varchar(2000),
        debrief_ids uuid[] NOT NULL DEFAULT '{}',
        updated_by uuid NOT NULL REFERENCES account (id),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE week_report`);
  }
}
