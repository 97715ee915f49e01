import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The live feed (a week's newest interactions, every country, a page at a time) read every interaction of the week
 * and sorted them: about 300 ms of PostgreSQL for each coordinator's refresh in a week of a million, which the busiest
 * hour (bench scenario 7) showed saturating both cores. An index in the feed's order (week, time, id) reads only the
 * page; the session log's index gains the id that breaks ties in its order, so it reads only its page as well.
 */
export class InteractionFeedIndexes1764410000000 implements MigrationInterface {
  name = 'InteractionFeedIndexes1764410000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE INDEX interaction_week_time_idx ON interaction (week_id, occurred_at, id)`);
    await db.query(`CREATE INDEX interaction_session_time_idx ON interaction (session_id, occurred_at, id)`);
    await db.query(`DROP INDEX interaction_session_idx`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`CREATE INDEX interaction_session_idx ON interaction (session_id, occurred_at)`);
    await db.query(`DROP INDEX interaction_session_time_idx`);
    await db.query(`DROP INDEX interaction_week_time_idx`);
  }
}
