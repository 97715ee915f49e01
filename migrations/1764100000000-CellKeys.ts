import { MigrationInterface, QueryRunner } from 'typeorm';
import { interactionTallySql } from './schema/functions/interaction-tally';
import { outcomeTallyDelta, outcomeTallyDeltaSql } from './schema/functions/outcome-tally-delta';
import { referralTallySql } from './schema/functions/referral-tally';
import { referralTallyDelta, referralTallyDeltaSql } from './schema/functions/referral-tally-delta';
import { refreshOutcomeTallySql } from './schema/functions/refresh-outcome-tally';

/** A random signed 32-bit integer, drawn anew for every row (a volatile default is evaluated per row, old rows included). */
const RANDOM_KEY = `(floor(random() * 4294967296) - 2147483648)::integer`;

/**
 * Liaisons' figures are protected by the cell key method (libs/domain cell-key.ts): every interaction and referral
 * gets a secret random record key, and the tally keeps the sum of the keys of the rows it counts, so that each
 * released cell is perturbed by the key of its own records, the same in every table, filter and export.
 */
export class CellKeys1764100000000 implements MigrationInterface {
  name = 'CellKeys1764100000000';

  async up(db: QueryRunner): Promise<void> {
    await this.define(db, true);
  }

  async down(db: QueryRunner): Promise<void> {
    await this.define(db, false);
  }

  private async define(db: QueryRunner, withKeys: boolean): Promise<void> {
    await db.query(outcomeTallyDelta.drop);
    await db.query(referralTallyDelta.drop);
    for (const table of ['interaction', 'referral']) {
      await db.query(
        withKeys
          ? `ALTER TABLE ${table} ADD COLUMN record_key integer NOT NULL DEFAULT ${RANDOM_KEY}`
          : `ALTER TABLE ${table} DROP COLUMN record_key`,
      );
    }
    for (const table of ['outcome_tally', 'outcome_tally_week']) {
      await db.query(
        withKeys
          ? `ALTER TABLE ${table} ADD COLUMN record_keys bigint NOT NULL DEFAULT 0`
          : `ALTER TABLE ${table} DROP COLUMN record_keys`,
      );
    }
    // The current definitions (with record keys; migrations/schema/functions), or, going down, those before them.
    await db.query(outcomeTallyDeltaSql(withKeys));
    await db.query(referralTallyDeltaSql(withKeys));
    await db.query(interactionTallySql(withKeys));
    await db.query(referralTallySql(withKeys));
    await db.query(refreshOutcomeTallySql(withKeys));
    await db.query(`SELECT refresh_outcome_tally(id) FROM action_week`);
  }
}
