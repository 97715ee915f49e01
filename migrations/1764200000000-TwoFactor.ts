import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Two-factor sign-in (TOTP, RFC 6238) for accounts: the authenticator secret, sealed with TWO_FACTOR_KEY (AES-256-GCM,
 * never returned after enrolment), the time step of the last code used (a code is accepted once), and single-use
 * recovery codes kept as keyed hashes only. Accounts have no row-level policies: the API reads these rows to sign
 * people in, before it knows who they are; what protects the secrets is that the key is not in the database.
 */
export class TwoFactor1764200000000 implements MigrationInterface {
  name = 'TwoFactor1764200000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE account_two_factor (
        account_id uuid PRIMARY KEY REFERENCES account (id) ON DELETE CASCADE,
        secret text,
        confirmed_at timestamptz,
        last_used_step bigint,
        pending_secret text,
        pending_since timestamptz,
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT account_two_factor_confirmed CHECK ((secret IS NULL) = (confirmed_at IS NULL)),
        CONSTRAINT account_two_factor_pending CHECK ((pending_secret IS NULL) = (pending_since IS NULL))
      )`);
    await db.query(`
      CREATE TABLE account_recovery_code (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        account_id uuid NOT NULL REFERENCES account (id) ON DELETE CASCADE,
        code_hash char(64) NOT NULL,
        used_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT account_recovery_code_unique UNIQUE (account_id, code_hash)
      )`);
    // What requests need, and no more: they enrol, sign in, regenerate and remove (default privileges grant the same).
    for (const table of ['account_two_factor', 'account_recovery_code']) {
      await db.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON ${table} TO empact_app`);
    }
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE account_recovery_code`);
    await db.query(`DROP TABLE account_two_factor`);
  }
}
