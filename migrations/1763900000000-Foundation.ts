import { MigrationInterface, QueryRunner } from 'typeorm';
import { auditEntryAppendOnly } from './schema/functions/audit-entry-append-only';
import { auditEntryNoTruncate } from './schema/triggers/audit-entry-no-truncate';
import { auditEntryNoUpdateOrDelete } from './schema/triggers/audit-entry-no-update-or-delete';

/** Accounts, sessions, the append-only audit log and the action weeks the platform is built around. */
export class Foundation1763900000000 implements MigrationInterface {
  name = 'Foundation1763900000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE account (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        email varchar(254) NOT NULL,
        display_name varchar(120) NOT NULL,
        country char(2),
        roles text[] NOT NULL,
        language varchar(8) NOT NULL DEFAULT 'en',
        password_hash text NOT NULL,
        disabled_at timestamptz,
        last_login_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1,
        CONSTRAINT account_email_unique UNIQUE (email),
        CONSTRAINT account_roles_not_empty CHECK (cardinality(roles) > 0)
      )`);
    await db.query(`CREATE INDEX account_country_idx ON account (country)`);

    await db.query(`
      CREATE TABLE refresh_token (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        account_id uuid NOT NULL REFERENCES account (id) ON DELETE CASCADE,
        family_id uuid NOT NULL,
        token_hash char(64) NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        revoked_at timestamptz,
        CONSTRAINT refresh_token_hash_unique UNIQUE (token_hash)
      )`);
    await db.query(`CREATE INDEX refresh_token_family_idx ON refresh_token (family_id)`);
    await db.query(`CREATE INDEX refresh_token_account_idx ON refresh_token (account_id)`);

    await db.query(`
      CREATE TABLE login_attempt (
        id bigserial PRIMARY KEY,
        email varchar(254) NOT NULL,
        ip varchar(64) NOT NULL,
        succeeded boolean NOT NULL,
        at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE INDEX login_attempt_email_idx ON login_attempt (email, at)`);
    await db.query(`CREATE INDEX login_attempt_ip_idx ON login_attempt (ip, at)`);

    await db.query(`
      CREATE TABLE audit_entry (
        id bigserial PRIMARY KEY,
        at timestamptz NOT NULL DEFAULT clock_timestamp(),
        actor_id uuid,
        action varchar(100) NOT NULL,
        target_type varchar(60),
        target_id varchar(100),
        outcome varchar(40) NOT NULL,
        details jsonb
      )`);
    await db.query(`CREATE INDEX audit_entry_at_idx ON audit_entry (at)`);
    await db.query(`CREATE INDEX audit_entry_target_idx ON audit_entry (target_type, target_id)`);
    // The audit log is append-only: the database itself refuses to change or remove an entry.
    await db.query(auditEntryAppendOnly.create);
    await db.query(auditEntryNoUpdateOrDelete.create);
    await db.query(auditEntryNoTruncate.create);

    await db.query(`
      CREATE TABLE action_week (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        code varchar(40) NOT NULL,
        title varchar(200) NOT NULL,
        host_country char(2) NOT NULL,
        first_day date NOT NULL,
        last_day date NOT NULL,
        time_zone varchar(64) NOT NULL,
        status varchar(16) NOT NULL DEFAULT 'PLANNING',
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1,
        CONSTRAINT action_week_code_unique UNIQUE (code),
        CONSTRAINT action_week_days CHECK (last_day >= first_day),
        CONSTRAINT action_week_status CHECK (status IN ('PLANNING', 'LIVE', 'CLOSED'))
      )`);
    await db.query(`
      CREATE TABLE action_week_country (
        week_id uuid NOT NULL REFERENCES action_week (id) ON DELETE CASCADE,
        country char(2) NOT NULL,
        languages text[] NOT NULL,
        PRIMARY KEY (week_id, country)
      )`);
    await db.query(`CREATE INDEX action_week_country_country_idx ON action_week_country (country)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE action_week_country`);
    await db.query(`DROP TABLE action_week`);
    await db.query(`DROP TABLE audit_entry`);
    await db.query(auditEntryAppendOnly.drop);
    await db.query(`DROP TABLE login_attempt`);
    await db.query(`DROP TABLE refresh_token`);
    await db.query(`DROP TABLE account`);
  }
}
