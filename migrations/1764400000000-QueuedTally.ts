import { MigrationInterface, QueryRunner } from 'typeorm';
import { foldOutcomeTally } from './schema/functions/fold-outcome-tally';
import { interactionTally, interactionTallySql } from './schema/functions/interaction-tally';
import { outcomeTallyDelta, outcomeTallyDeltaSql } from './schema/functions/outcome-tally-delta';
import { refreshOutcomeTally, refreshOutcomeTallySql } from './schema/functions/refresh-outcome-tally';

/**
 * Logging an interaction stops updating a dozen tally rows in the writer's statement (the same rows for every
 * operator of a country that day, so writers queued behind each other's row locks): the trigger writes one row to
 * outcome_tally_queue, in the writer's transaction, and fold_outcome_tally() adds the queue to the tally tables many
 * interactions at a time (the API folds before it reads the figures and every second). A queued change is counted
 * exactly once: after a crash, the next fold counts what was committed. The API's role may only add to the queue;
 * the fold and the recount read it as the owner.
 */
export class QueuedTally1764400000000 implements MigrationInterface {
  name = 'QueuedTally1764400000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE outcome_tally_queue (
        sign smallint NOT NULL CONSTRAINT outcome_tally_queue_sign CHECK (sign IN (-1, 1)),
        week_id uuid NOT NULL,
        country char(2) NOT NULL,
        occurred_at timestamptz NOT NULL,
        platform_code varchar(40) NOT NULL,
        session_id uuid NOT NULL,
        young_people smallint NOT NULL,
        age_band varchar(16) NOT NULL,
        outcome varchar(32) NOT NULL,
        notes_language varchar(20) NOT NULL,
        topics text[] NOT NULL,
        record_key integer NOT NULL
      )`);
    await db.query(`REVOKE ALL ON outcome_tally_queue FROM empact_app`);
    await db.query(`GRANT INSERT ON outcome_tally_queue TO empact_app`);
    await db.query(foldOutcomeTally.create);
    await db.query(interactionTally.create);
    await db.query(refreshOutcomeTally.create);
    await db.query(outcomeTallyDelta.drop);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`SELECT fold_outcome_tally()`);
    await db.query(outcomeTallyDeltaSql(true));
    await db.query(interactionTallySql(true));
    await db.query(refreshOutcomeTallySql(true));
    await db.query(foldOutcomeTally.drop);
    await db.query(`DROP TABLE outcome_tally_queue`);
  }
}
