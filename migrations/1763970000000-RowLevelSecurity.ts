import { MigrationInterface, QueryRunner } from 'typeorm';
import { debriefDigest } from './schema/functions/debrief-digest';
import { empactReaches } from './schema/functions/empact-reaches';
import { debriefByCountry } from './schema/policies/debrief-by-country';
import { interactionByCountry } from './schema/policies/interaction-by-country';
import { referralByCountry } from './schema/policies/referral-by-country';

/** The policies of the tables whose rows belong to one country: what one country never reads of another. */
const COUNTRY_POLICIES = [interactionByCountry, referralByCountry, debriefByCountry];

/**
 * A second wall behind the services' own checks. Requests run as `empact_app`, a role that owns no table and does not
 * bypass row-level security; each country-scoped table lets it see and write only the rows its settings allow:
 * `empact.scope` 'all' (coordinators, administrators), 'country' with `empact.country` (a national team), anything
 * else nothing (liaisons, or before sign-in). The API sets these for every request (common/database/db-identity.ts).
 * The audit log is append-only for it as well: no UPDATE, no DELETE, no TRUNCATE.
 * Liaisons read counts and English digests only, through two functions that return nothing else.
 */
export class RowLevelSecurity1763970000000 implements MigrationInterface {
  name = 'RowLevelSecurity1763970000000';

  async up(db: QueryRunner): Promise<void> {
    // Roles belong to the whole server: several databases of one server share it.
    await db.query(`
      DO $$ BEGIN
        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'empact_app') THEN
          CREATE ROLE empact_app NOLOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE;
        END IF;
      END $$`);
    await db.query(`GRANT empact_app TO current_user`);
    await db.query(`GRANT USAGE ON SCHEMA public TO empact_app`);
    await db.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO empact_app`);
    await db.query(`REVOKE UPDATE, DELETE ON audit_entry FROM empact_app`);
    await db.query(`REVOKE ALL ON migrations FROM empact_app`);
    await db.query(`GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO empact_app`);
    await db.query(
      `ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO empact_app`,
    );
    await db.query(
      `ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO empact_app`,
    );

    await db.query(empactReaches.create);
    for (const policy of COUNTRY_POLICIES) {
      await db.query(`ALTER TABLE ${policy.table} ENABLE ROW LEVEL SECURITY`);
      await db.query(policy.create);
    }

    // Counting the whole week again reads every country's interactions: it runs as the owner.
    await db.query(`ALTER FUNCTION refresh_outcome_tally(uuid) SECURITY DEFINER SET search_path = public`);

    await db.query(`
      CREATE FUNCTION outcome_referral_counts(week uuid, only_country text, only_platform text, only_day date, zone text)
      RETURNS TABLE (urgency varchar, receiving_unit varchar, n integer)
      LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
        SELECT r.urgency, r.receiving_unit, count(*)::integer
          FROM referral r
          JOIN patrol_session s ON s.id = r.session_id
          JOIN patrol_session_country c ON c.session_id = s.id AND c.country = r.country
         WHERE r.week_id = week
           AND (only_country IS NULL OR c.country = only_country)
           AND (only_platform IS NULL OR s.platform_code = only_platform)
           AND (only_day IS NULL OR (s.starts_at AT TIME ZONE zone)::date = only_day)
         GROUP BY 1, 2
      $$`);
    await db.query(debriefDigest.create);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(debriefDigest.drop);
    await db.query(`DROP FUNCTION outcome_referral_counts(uuid, text, text, date, text)`);
    await db.query(`ALTER FUNCTION refresh_outcome_tally(uuid) SECURITY INVOKER`);
    for (const policy of COUNTRY_POLICIES) {
      await db.query(policy.drop);
      await db.query(`ALTER TABLE ${policy.table} DISABLE ROW LEVEL SECURITY`);
    }
    await db.query(empactReaches.drop);
    await db.query(
      `ALTER DEFAULT PRIVILEGES IN SCHEMA public REVOKE USAGE, SELECT ON SEQUENCES FROM empact_app`,
    );
    await db.query(
      `ALTER DEFAULT PRIVILEGES IN SCHEMA public REVOKE SELECT, INSERT, UPDATE, DELETE ON TABLES FROM empact_app`,
    );
    await db.query(`REVOKE ALL ON ALL SEQUENCES IN SCHEMA public FROM empact_app`);
    await db.query(`REVOKE ALL ON ALL TABLES IN SCHEMA public FROM empact_app`);
    await db.query(`REVOKE USAGE ON SCHEMA public FROM empact_app`);
  }
}
