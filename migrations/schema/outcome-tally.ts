/**
 * The outcome tally's functions in their current form: what the triggers on `interaction` and `referral` add to
 * `outcome_tally` (per week, country, day, platform, dimension and value) and `outcome_tally_week` (per week,
 * country, dimension and value), and how a week is counted again. Migrations import these definitions; read them
 * here rather than in the migration history.
 *
 * Each tally row holds the count (`interactions`: interactions, or referrals for the 'referral' dimension), the
 * young people reached ('total' rows and the week's 'day' rows) and `record_keys`: the sum of the secret record keys
 * of the rows counted, from which the cell key method perturbs the figures liaisons read (libs/domain cell-key.ts).
 * `withKeys: false` gives the definitions as they were before record keys (migration OutcomeTallyWeek), for `down`.
 */

const KEY = 'week_id, country, day, platform_code, dimension, value';
const WEEK_KEY = 'week_id, country, dimension, value';

const keyed = (withKeys: boolean, sql: string) => (withKeys ? sql : '');

/**
 * The week's totals of a set `d` of outcome_tally rows (or of their deltas): each row's own dimension where the
 * dashboard shows it whole, and, for a 'total' row, its day (interactions and young people) and its platform.
 * Sessions stay out: the week board reads them from outcome_tally by session. Grouped and in key order.
 */
const weekRows = (d: string, withKeys: boolean) => `
        SELECT ${d}.week_id, ${d}.country, x.dimension, x.value, sum(x.n)::integer, sum(x.young)::integer${keyed(withKeys, ', sum(x.keys)::bigint')}
          FROM ${d}
         CROSS JOIN LATERAL (VALUES (${d}.dimension, ${d}.value, ${d}.interactions, 0${keyed(withKeys, `, ${d}.record_keys`)}),
                                    ('day', to_char(${d}.day, 'YYYY-MM-DD'), ${d}.interactions, ${d}.young_people${keyed(withKeys, `, ${d}.record_keys`)}),
                                    ('platform', ${d}.platform_code, ${d}.interactions, 0${keyed(withKeys, `, ${d}.record_keys`)})) AS x (dimension, value, n, young${keyed(withKeys, ', keys')})
         WHERE CASE WHEN x.dimension IN ('day', 'platform') THEN ${d}.dimension = 'total'
                    ELSE x.dimension IN ('topic', 'age_band', 'outcome', 'language', 'referral') END
         GROUP BY 1, 2, 3, 4
         ORDER BY 1, 2, 3, 4`;

/** What one interaction adds to (sign 1) or takes from (sign -1) the tally. */
export const interactionDelta = (withKeys: boolean) => `
  CREATE FUNCTION outcome_tally_delta(r interaction, sign integer)
  RETURNS TABLE (week_id uuid, country char(2), day date, platform_code varchar, dimension varchar, value varchar, interactions integer, young_people integer${keyed(withKeys, ', record_keys bigint')})
  LANGUAGE sql STABLE AS $$
    SELECT r.week_id, r.country, (r.occurred_at AT TIME ZONE w.time_zone)::date, r.platform_code, x.dimension, x.value, sign, sign * x.young${keyed(withKeys, ', (sign * r.record_key)::bigint')}
      FROM action_week w
     CROSS JOIN LATERAL (
       VALUES ('total'::varchar, ''::varchar, r.young_people::integer), ('age_band', r.age_band, 0), ('outcome', r.outcome, 0),
              ('language', r.notes_language, 0), ('session', r.session_id::varchar, 0)
       UNION ALL
       SELECT DISTINCT 'topic'::varchar, topic::varchar, 0 FROM unnest(r.topics) AS topic
     ) AS x (dimension, value, young)
     WHERE w.id = r.week_id
  $$`;

/** What one referral adds to or takes from the tally: on the day and platform of its session. */
export const referralDelta = (withKeys: boolean) => `
  CREATE FUNCTION referral_tally_delta(r referral, sign integer)
  RETURNS TABLE (week_id uuid, country char(2), day date, platform_code varchar, dimension varchar, value varchar, interactions integer, young_people integer${keyed(withKeys, ', record_keys bigint')})
  LANGUAGE sql STABLE AS $$
    SELECT r.week_id, r.country, (s.starts_at AT TIME ZONE w.time_zone)::date, s.platform_code, 'referral'::varchar,
           (r.urgency || ':' || r.receiving_unit)::varchar, sign, 0${keyed(withKeys, ', (sign * r.record_key)::bigint')}
      FROM patrol_session s JOIN action_week w ON w.id = s.week_id
     WHERE s.id = r.session_id
  $$`;

const deltas = (fn: string) => `
            SELECT * FROM ${fn}(OLD, -1) WHERE TG_OP <> 'INSERT'
            UNION ALL
            SELECT * FROM ${fn}(NEW, 1) WHERE TG_OP <> 'DELETE'`;

/**
 * The trigger function of a tally: the change's deltas computed once, added to outcome_tally and outcome_tally_week
 * in the same statement, in the same transaction as the change. PostgreSQL runs the primary INSERT (the week's rows)
 * before the one in WITH (the detailed rows); each adds its rows in key order, and the refresh also takes the week's
 * rows first: writers lock rows in one order and never deadlock.
 */
const tallyFunction = (name: string, delta: string, young: boolean, withKeys: boolean) => {
  const set = [
    'interactions = t.interactions + EXCLUDED.interactions',
    ...(young ? ['young_people = t.young_people + EXCLUDED.young_people'] : []),
    ...(withKeys ? ['record_keys = t.record_keys + EXCLUDED.record_keys'] : []),
  ].join(', ');
  return `
      CREATE OR REPLACE FUNCTION ${name}() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        WITH d AS MATERIALIZED (${deltas(delta)}
        ), detailed AS (
          INSERT INTO outcome_tally AS t (${KEY}, interactions, young_people${keyed(withKeys, ', record_keys')})
          SELECT ${KEY}, sum(d.interactions)::integer, sum(d.young_people)::integer${keyed(withKeys, ', sum(d.record_keys)::bigint')}
            FROM d
           GROUP BY ${KEY}
           ORDER BY ${KEY}
          ON CONFLICT (${KEY}) DO UPDATE SET ${set}
        )
        INSERT INTO outcome_tally_week AS t (${WEEK_KEY}, interactions, young_people${keyed(withKeys, ', record_keys')})${weekRows('d', withKeys)}
        ON CONFLICT (${WEEK_KEY}) DO UPDATE
          SET interactions = t.interactions + EXCLUDED.interactions, young_people = t.young_people + EXCLUDED.young_people${keyed(withKeys, ', record_keys = t.record_keys + EXCLUDED.record_keys')};
        RETURN NULL;
      END
      $$`;
};

export const interactionTally = (withKeys: boolean) => tallyFunction('interaction_tally', 'outcome_tally_delta', true, withKeys);
// A referral counts once and reaches no young people of its own.
export const referralTally = (withKeys: boolean) => tallyFunction('referral_tally', 'referral_tally_delta', false, withKeys);

/** Counts a whole week again (after a bulk load, or when its time zone changes), as the owner. */
export const refreshOutcomeTally = (withKeys: boolean) => `
      CREATE OR REPLACE FUNCTION refresh_outcome_tally(week uuid) RETURNS void LANGUAGE sql SECURITY DEFINER SET search_path = public AS $$
        DELETE FROM outcome_tally_week WHERE week_id = week;
        DELETE FROM outcome_tally WHERE week_id = week;
        INSERT INTO outcome_tally (${KEY}, interactions, young_people${keyed(withKeys, ', record_keys')})
        SELECT i.week_id, i.country, (i.occurred_at AT TIME ZONE w.time_zone)::date, i.platform_code, x.dimension, x.value, count(*)::integer, sum(x.young)::integer${keyed(withKeys, ', sum(i.record_key)::bigint')}
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
        INSERT INTO outcome_tally (${KEY}, interactions, young_people${keyed(withKeys, ', record_keys')})
        SELECT r.week_id, r.country, (s.starts_at AT TIME ZONE w.time_zone)::date, s.platform_code, 'referral', r.urgency || ':' || r.receiving_unit, count(*)::integer, 0${keyed(withKeys, ', sum(r.record_key)::bigint')}
          FROM referral r JOIN patrol_session s ON s.id = r.session_id JOIN action_week w ON w.id = s.week_id
         WHERE r.week_id = week
         GROUP BY 1, 2, 3, 4, 5, 6;
        WITH d AS (SELECT * FROM outcome_tally WHERE week_id = week)
        INSERT INTO outcome_tally_week (${WEEK_KEY}, interactions, young_people${keyed(withKeys, ', record_keys')})${weekRows('d', withKeys)};
      $$`;
