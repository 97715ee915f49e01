import { MigrationInterface, QueryRunner } from 'typeorm';

const KEY = 'week_id, country, day, platform_code, dimension, value';
const WEEK_KEY = 'week_id, country, dimension, value';

/**
 * The week's totals of a set `d` of outcome_tally rows (or of their deltas): each row's own dimension where the
 * dashboard shows it whole, and, for a 'total' row, its day (interactions and young people) and its platform.
 * Sessions stay out: the week board reads them from outcome_tally by session. Grouped and in key order.
 */
const weekRows = (d: string) => `
        SELECT ${d}.week_id, ${d}.country, x.dimension, x.value, sum(x.n)::integer, sum(x.young)::integer
          FROM ${d}
         CROSS JOIN LATERAL (VALUES (${d}.dimension, ${d}.value, ${d}.interactions, 0),
                                    ('day', to_char(${d}.day, 'YYYY-MM-DD'), ${d}.interactions, ${d}.young_people),
                                    ('platform', ${d}.platform_code, ${d}.interactions, 0)) AS x (dimension, value, n, young)
         WHERE CASE WHEN x.dimension IN ('day', 'platform') THEN ${d}.dimension = 'total'
                    ELSE x.dimension IN ('topic', 'age_band', 'outcome', 'language', 'referral') END
         GROUP BY 1, 2, 3, 4
         ORDER BY 1, 2, 3, 4`;

const INTERACTION_DELTAS = `
            SELECT * FROM outcome_tally_delta(OLD, -1) WHERE TG_OP <> 'INSERT'
            UNION ALL
            SELECT * FROM outcome_tally_delta(NEW, 1) WHERE TG_OP <> 'DELETE'`;

const REFERRAL_DELTAS = `
            SELECT * FROM referral_tally_delta(OLD, -1) WHERE TG_OP <> 'INSERT'
            UNION ALL
            SELECT * FROM referral_tally_delta(NEW, 1) WHERE TG_OP <> 'DELETE'`;

/**
 * The trigger function of a tally: the change's deltas computed once, added to outcome_tally and (with `week`) to
 * outcome_tally_week in the same statement, in the same transaction as the change. PostgreSQL runs the primary
 * INSERT (the week's rows) before the one in WITH (the detailed rows); each adds its rows in key order, and the
 * refresh also takes the week's rows first: writers lock rows in one order and never deadlock.
 */
const tallyFunction = (name: string, deltas: string, set: string, week: boolean) => `
      CREATE OR REPLACE FUNCTION ${name}() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN${
        week
          ? `
        WITH d AS MATERIALIZED (${deltas}
        ), detailed AS (
          INSERT INTO outcome_tally AS t (${KEY}, interactions, young_people)
          SELECT ${KEY}, sum(d.interactions)::integer, sum(d.young_people)::integer
            FROM d
           GROUP BY ${KEY}
           ORDER BY ${KEY}
          ON CONFLICT (${KEY}) DO UPDATE SET ${set}
        )
        INSERT INTO outcome_tally_week AS t (${WEEK_KEY}, interactions, young_people)${weekRows('d')}
        ON CONFLICT (${WEEK_KEY}) DO UPDATE
          SET interactions = t.interactions + EXCLUDED.interactions, young_people = t.young_people + EXCLUDED.young_people;`
          : `
        INSERT INTO outcome_tally AS t (${KEY}, interactions, young_people)
        SELECT ${KEY}, sum(d.interactions)::integer, sum(d.young_people)::integer
          FROM (${deltas}
          ) AS d
         GROUP BY ${KEY}
         ORDER BY ${KEY}
        ON CONFLICT (${KEY}) DO UPDATE SET ${set};`
      }
        RETURN NULL;
      END
      $$`;

const interactionTally = (week: boolean) =>
  tallyFunction(
    'interaction_tally',
    INTERACTION_DELTAS,
    'interactions = t.interactions + EXCLUDED.interactions, young_people = t.young_people + EXCLUDED.young_people',
    week,
  );
// A referral counts once and reaches no young people of its own.
const referralTally = (week: boolean) =>
  tallyFunction(
    'referral_tally',
    REFERRAL_DELTAS,
    'interactions = t.interactions + EXCLUDED.interactions',
    week,
  );

/** Counts a whole week again (after a bulk load, or when its time zone changes), as the owner. */
const refresh = (week: boolean) => `
      CREATE OR REPLACE FUNCTION refresh_outcome_tally(week uuid) RETURNS void LANGUAGE sql SECURITY DEFINER SET search_path = public AS $$${
        week
          ? `
        DELETE FROM outcome_tally_week WHERE week_id = week;`
          : ''
      }
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
         GROUP BY 1, 2, 3, 4, 5, 6;
        INSERT INTO outcome_tally (${KEY}, interactions, young_people)
        SELECT r.week_id, r.country, (s.starts_at AT TIME ZONE w.time_zone)::date, s.platform_code, 'referral', r.urgency || ':' || r.receiving_unit, count(*)::integer, 0
          FROM referral r JOIN patrol_session s ON s.id = r.session_id JOIN action_week w ON w.id = s.week_id
         WHERE r.week_id = week
         GROUP BY 1, 2, 3, 4, 5, 6;${
           week
             ? `
        WITH d AS (SELECT * FROM outcome_tally WHERE week_id = week)
        INSERT INTO outcome_tally_week (${WEEK_KEY}, interactions, young_people)${weekRows('d')};`
             : ''
         }
      $$`;

/**
 * The dashboard of a whole week summed the detailed tally (a row per country, day, platform, dimension and value:
 * some 16,000 rows for a week of a million interactions) on every request. outcome_tally_week keeps the same counts
 * per country, dimension and value only (with the days and platforms of the 'total' rows as dimensions 'day' and
 * 'platform'), written by the same triggers in the same transaction: the unfiltered dashboard reads about a
 * thousand rows. Filters by day or platform still read the detailed tally.
 */
export class OutcomeTallyWeek1764000000000 implements MigrationInterface {
  name = 'OutcomeTallyWeek1764000000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE outcome_tally_week (
        week_id uuid NOT NULL REFERENCES action_week (id) ON DELETE CASCADE,
        country char(2) NOT NULL,
        dimension varchar(12) NOT NULL CONSTRAINT outcome_tally_week_dimension
          CHECK (dimension IN ('topic', 'age_band', 'outcome', 'language', 'referral', 'day', 'platform')),
        value varchar(80) NOT NULL,
        interactions integer NOT NULL,
        young_people integer NOT NULL,
        PRIMARY KEY (${WEEK_KEY})
      )`);
    await db.query(interactionTally(true));
    await db.query(referralTally(true));
    await db.query(refresh(true));
    await db.query(`SELECT refresh_outcome_tally(id) FROM action_week`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(refresh(false));
    await db.query(referralTally(false));
    await db.query(interactionTally(false));
    await db.query(`DROP TABLE outcome_tally_week`);
  }
}
