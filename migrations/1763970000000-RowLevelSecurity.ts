import { MigrationInterface, QueryRunner } from 'typeorm';

/** Tables whose rows belong to one country: what one country never reads of another. */
const COUNTRY_TABLES = ['interaction', 'referral', 'debrief'];

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
    await db.query(`ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO empact_app`);
    await db.query(`ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO empact_app`);

    await db.query(`
      CREATE FUNCTION empact_reaches(row_country text) RETURNS boolean LANGUAGE sql STABLE AS $$
        SELECT CASE coalesce(current_setting('empact.scope', true), '')
          WHEN 'all' THEN true
          WHEN 'system' THEN true
          WHEN 'country' THEN row_country = current_setting('empact.country', true)
          ELSE false
        END
      $$`);
    for (const table of COUNTRY_TABLES) {
      await db.query(`ALTER TABLE ${table} ENABLE ROW LEVEL SECURITY`);
      await db.query(`CREATE POLICY ${table}_by_country ON ${table} USING (empact_reaches(country)) WITH CHECK (empact_reaches(country))`);
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
    await db.query(`
      CREATE FUNCTION debrief_digest(week uuid, only_country text)
      RETURNS TABLE (country char(2), platform varchar, starts_at timestamptz, summary_en varchar, submitted_at timestamptz)
      LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
        SELECT d.country, s.platform_code, s.starts_at, d.summary_en, d.submitted_at
          FROM debrief d JOIN patrol_session s ON s.id = d.session_id
         WHERE d.week_id = week AND d.status = 'SUBMITTED' AND d.summary_en IS NOT NULL AND d.summary_en <> ''
           AND (only_country IS NULL OR d.country = only_country)
         ORDER BY s.starts_at, d.submitted_at
      $$`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP FUNCTION debrief_digest(uuid, text)`);
    await db.query(`DROP FUNCTION outcome_referral_counts(uuid, text, text, date, text)`);
    await db.query(`ALTER FUNCTION refresh_outcome_tally(uuid) SECURITY INVOKER`);
    for (const table of COUNTRY_TABLES) {
      await db.query(`DROP POLICY ${table}_by_country ON ${table}`);
      await db.query(`ALTER TABLE ${table} DISABLE ROW LEVEL SECURITY`);
    }
    await db.query(`DROP FUNCTION empact_reaches(text)`);
    await db.query(`ALTER DEFAULT PRIVILEGES IN SCHEMA public REVOKE USAGE, SELECT ON SEQUENCES FROM empact_app`);
    await db.query(`ALTER DEFAULT PRIVILEGES IN SCHEMA public REVOKE SELECT, INSERT, UPDATE, DELETE ON TABLES FROM empact_app`);
    await db.query(`REVOKE ALL ON ALL SEQUENCES IN SCHEMA public FROM empact_app`);
    await db.query(`REVOKE ALL ON ALL TABLES IN SCHEMA public FROM empact_app`);
    await db.query(`REVOKE USAGE ON SCHEMA public FROM empact_app`);
  }
}
