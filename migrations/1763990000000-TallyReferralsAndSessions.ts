import { MigrationInterface, QueryRunner } from 'typeorm';
import { referralTallyDelete } from './schema/triggers/referral-tally-delete';
import { referralTallyInsert } from './schema/triggers/referral-tally-insert';
import { referralTallyUpdate } from './schema/triggers/referral-tally-update';

const KEY = 'week_id, country, day, platform_code, dimension, value';

/** What one interaction adds to (sign 1) or takes from (sign -1) the tally, now with its session. */
const INTERACTION_DELTA = `
  CREATE OR REPLACE FUNCTION outcome_tally_delta(r interaction, sign integer)
  RETURNS TABLE (week_id uuid, country char(2), day date, platform_code varchar, dimension varchar, value varchar, interactions integer, young_people integer)
  LANGUAGE sql STABLE AS $$
    SELECT r.week_id, r.country, (r.occurred_at AT TIME ZONE w.time_zone)::date, r.platform_code, x.dimension, x.value, sign, sign * x.young
      FROM action_week w
     CROSS JOIN LATERAL (
       VALUES ('total'::varchar, ''::varchar, r.young_people::integer), ('age_band', r.age_band, 0), ('outcome', r.outcome, 0),
              ('language', r.notes_language, 0), ('session', r.session_id::varchar, 0)
       UNION ALL
       SELECT DISTINCT 'topic'::varchar, topic::varchar, 0 FROM unnest(r.topics) AS topic
     ) AS x (dimension, value, young)
     WHERE w.id = r.week_id
  $$`;

const REFERRALS_PART = `
        INSERT INTO outcome_tally (${KEY}, interactions, young_people)
        SELECT r.week_id, r.country, (s.starts_at AT TIME ZONE w.time_zone)::date, s.platform_code, 'referral', r.urgency || ':' || r.receiving_unit, count(*)::integer, 0
          FROM referral r JOIN patrol_session s ON s.id = r.session_id JOIN action_week w ON w.id = s.week_id
         WHERE r.week_id = week
         GROUP BY 1, 2, 3, 4, 5, 6;`;

/** Counts a whole week again (after a bulk load, or when its time zone changes), as the owner. */
const REFRESH = `
      CREATE OR REPLACE FUNCTION refresh_outcome_tally(week uuid) RETURNS void LANGUAGE sql SECURITY DEFINER SET search_path = public AS $$
        DELETE FROM outcome_tally WHERE week_id = week;
        INSERT INTO outcome_tally (${KEY}, interactions, young_people)
        SELECT i.week_id, i.country, (i.occurred_at AT TIME ZONE w.time_zone)::date, i.platform_code, x.dimension, x.value, count(*)::integer, sum(x.young)::integer
          FROM interaction i
          JOIN action_week w ON w.id = i.week_id
         CROSS JOIN LATERAL (
           VALUES ('total'::varchar, ''::varchar, i.young_people::integer), ('age_band', i.age_band, 0), ('outcome', i.outcome, 0),
                  ('language', i.notes_language, 0), ('session', i.session_id::varchar, 0)
           UNION ALL
           SELECT DISTINCT 'topic'::varchar, topic::varchar, 0 FROM unnest(i.topics) AS topic
         ) AS x (dimension, value, young)
         WHERE i.week_id = week
         GROUP BY 1, 2, 3, 4, 5, 6;${REFERRALS_PART}
      $$`;

/**
 * The dashboard and the week board counted referrals and each session's interactions by grouping raw rows: a second
 * or more in a week of a million interactions (bench scenarios 2 and 3). The tally now keeps both as they are written:
 * 'session' (value: the session's id) for every interaction, 'referral' (value: urgency:receiving unit, day and
 * platform of its session) for every referral. Liaisons' referral counts need no SECURITY DEFINER function any more.
 */
export class TallyReferralsAndSessions1763990000000 implements MigrationInterface {
  name = 'TallyReferralsAndSessions1763990000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE outcome_tally DROP CONSTRAINT outcome_tally_dimension`);
    await db.query(
      `ALTER TABLE outcome_tally ADD CONSTRAINT outcome_tally_dimension CHECK (dimension IN ('total', 'topic', 'age_band', 'outcome', 'language', 'session', 'referral'))`,
    );
    await db.query(`ALTER TABLE outcome_tally ALTER COLUMN value TYPE varchar(80)`);
    await db.query(
      `CREATE INDEX outcome_tally_session_idx ON outcome_tally (value) WHERE dimension = 'session'`,
    );
    await db.query(INTERACTION_DELTA);

    await db.query(`
      CREATE FUNCTION referral_tally_delta(r referral, sign integer)
      RETURNS TABLE (week_id uuid, country char(2), day date, platform_code varchar, dimension varchar, value varchar, interactions integer, young_people integer)
      LANGUAGE sql STABLE AS $$
        SELECT r.week_id, r.country, (s.starts_at AT TIME ZONE w.time_zone)::date, s.platform_code, 'referral'::varchar,
               (r.urgency || ':' || r.receiving_unit)::varchar, sign, 0
          FROM patrol_session s JOIN action_week w ON w.id = s.week_id
         WHERE s.id = r.session_id
      $$`);
    await db.query(`
      CREATE FUNCTION referral_tally() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO outcome_tally AS t (${KEY}, interactions, young_people)
        SELECT ${KEY}, sum(d.interactions)::integer, sum(d.young_people)::integer
          FROM (
            SELECT * FROM referral_tally_delta(OLD, -1) WHERE TG_OP <> 'INSERT'
            UNION ALL
            SELECT * FROM referral_tally_delta(NEW, 1) WHERE TG_OP <> 'DELETE'
          ) AS d
         GROUP BY ${KEY}
         ORDER BY ${KEY}
        ON CONFLICT (${KEY}) DO UPDATE SET interactions = t.interactions + EXCLUDED.interactions;
        RETURN NULL;
      END
      $$`);
    await db.query(referralTallyInsert.create);
    await db.query(referralTallyDelete.create);
    await db.query(referralTallyUpdate.create);

    await db.query(REFRESH);
    await db.query(`DROP FUNCTION outcome_referral_counts(uuid, text, text, date, text)`);
    await db.query(`SELECT refresh_outcome_tally(id) FROM action_week`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE FUNCTION outcome_referral_counts(week uuid, only_country text, only_platform text, only_day date, zone text)
      RETURNS TABLE (urgency varchar, receiving_unit varchar, n integer)
      LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
        SELECT r.urgency, r.receiving_unit, count(*)::integer
          FROM referral r JOIN patrol_session s ON s.id = r.session_id JOIN patrol_session_country c ON c.session_id = s.id AND c.country = r.country
         WHERE r.week_id = week AND (only_country IS NULL OR c.country = only_country) AND (only_platform IS NULL OR s.platform_code = only_platform)
           AND (only_day IS NULL OR (s.starts_at AT TIME ZONE zone)::date = only_day)
         GROUP BY 1, 2
      $$`);
    await db.query(referralTallyUpdate.drop);
    await db.query(referralTallyDelete.drop);
    await db.query(referralTallyInsert.drop);
    await db.query(`DROP FUNCTION referral_tally()`);
    await db.query(`DROP FUNCTION referral_tally_delta(referral, integer)`);
    await db.query(`DELETE FROM outcome_tally WHERE dimension IN ('session', 'referral')`);
    await db.query(INTERACTION_DELTA.replace(`, ('session', r.session_id::varchar, 0)`, ''));
    await db.query(`DROP INDEX outcome_tally_session_idx`);
    await db.query(`ALTER TABLE outcome_tally DROP CONSTRAINT outcome_tally_dimension`);
    await db.query(
      `ALTER TABLE outcome_tally ADD CONSTRAINT outcome_tally_dimension CHECK (dimension IN ('total', 'topic', 'age_band', 'outcome', 'language'))`,
    );
    await db.query(
      REFRESH.replace(REFERRALS_PART, '').replace(
        `,\n                  ('language', i.notes_language, 0), ('session', i.session_id::varchar, 0)`,
        `, ('language', i.notes_language, 0)`,
      ),
    );
  }
}
