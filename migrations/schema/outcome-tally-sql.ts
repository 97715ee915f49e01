/**
 * The SQL the outcome tally's functions share (functions/outcome-tally-delta.ts, referral-tally-delta.ts,
 * interaction-tally.ts, referral-tally.ts, refresh-outcome-tally.ts): what the triggers on `interaction` and
 * `referral` add to `outcome_tally` (per week, country, day, platform, dimension and value) and `outcome_tally_week`
 * (per week, country, dimension and value), and how a week is counted again.
 *
 * Each tally row holds the count (`interactions`: interactions, or referrals for the 'referral' dimension), the
 * young people reached ('total' rows and the week's 'day' rows) and `record_keys`: the sum of the secret record keys
 * of the rows counted, from which the cell key method perturbs the figures liaisons read (libs/domain cell-key.ts).
 * Each function's `…Sql(withKeys)` gives, with `withKeys: false`, the definition as it was before record keys
 * (migration OutcomeTallyWeek), which the `down` of migration CellKeys restores.
 */

/** The key columns of outcome_tally, in the order every statement writes them. */
export const KEY = 'week_id, country, day, platform_code, dimension, value';
/** The key columns of outcome_tally_week. */
export const WEEK_KEY = 'week_id, country, dimension, value';

/** `sql` with record keys, nothing without. */
export const keyed = (withKeys: boolean, sql: string) => (withKeys ? sql : '');

/**
 * The week's totals of a set `d` of outcome_tally rows (or of their deltas): each row's own dimension where the
 * dashboard shows it whole, and, for a 'total' row, its day (interactions and young people) and its platform.
 * Sessions stay out: the week board reads them from outcome_tally by session. Grouped and in key order.
 */
export const weekRows = (d: string, withKeys: boolean) => `
        SELECT ${d}.week_id, ${d}.country, x.dimension, x.value, sum(x.n)::integer, sum(x.young)::integer${keyed(withKeys, ', sum(x.keys)::bigint')}
          FROM ${d}
         CROSS JOIN LATERAL (VALUES (${d}.dimension, ${d}.value, ${d}.interactions, 0${keyed(withKeys, `, ${d}.record_keys`)}),
                                    ('day', to_char(${d}.day, 'YYYY-MM-DD'), ${d}.interactions, ${d}.young_people${keyed(withKeys, `, ${d}.record_keys`)}),
                                    ('platform', ${d}.platform_code, ${d}.interactions, 0${keyed(withKeys, `, ${d}.record_keys`)})) AS x (dimension, value, n, young${keyed(withKeys, ', keys')})
         WHERE CASE WHEN x.dimension IN ('day', 'platform') THEN ${d}.dimension = 'total'
                    ELSE x.dimension IN ('topic', 'age_band', 'outcome', 'language', 'referral') END
         GROUP BY 1, 2, 3, 4
         ORDER BY 1, 2, 3, 4`;

/**
 * The advisory lock that one fold of the queue holds (fold_outcome_tally), and a recount of a week too
 * (refresh_outcome_tally): folds run one at a time, and a recount never races a fold.
 */
export const FOLD_LOCK = 'pg_advisory_xact_lock(4242004)';

/**
 * What rows `q` of outcome_tally_queue (or anything with its columns) add to the detailed tally, one row per
 * dimension and value: the interaction itself ('total', with its young people), its age band, outcome, notes
 * language, session and each distinct topic, counted on its day in the week's zone, signed by `q.sign`.
 */
export const queuedDeltas = (q: string) => `
        SELECT ${q}.week_id, ${q}.country, (${q}.occurred_at AT TIME ZONE w.time_zone)::date AS day, ${q}.platform_code, x.dimension, x.value,
               ${q}.sign::integer AS interactions, ${q}.sign * x.young AS young_people, (${q}.sign * ${q}.record_key)::bigint AS record_keys
          FROM ${q}
          JOIN action_week w ON w.id = ${q}.week_id
         CROSS JOIN LATERAL (
           VALUES ('total'::varchar, ''::varchar, ${q}.young_people::integer), ('age_band', ${q}.age_band, 0), ('outcome', ${q}.outcome, 0),
                  ('language', ${q}.notes_language, 0), ('session', ${q}.session_id::varchar, 0)
           UNION ALL
           SELECT DISTINCT 'topic'::varchar, topic::varchar, 0 FROM unnest(${q}.topics) AS topic
         ) AS x (dimension, value, young)`;

/**
 * Two WITH queries that add the deltas `d` (a WITH query of outcome_tally's key columns, interactions, young_people
 * and record_keys) to outcome_tally and outcome_tally_week, each in key order. Only the fold writes the rows of
 * interactions, one fold at a time; the referrals' trigger writes only 'referral' rows: no two writers wait for
 * each other's rows in opposite orders.
 */
export const addDeltas = (d: string) => `
        detailed AS (
          INSERT INTO outcome_tally AS t (${KEY}, interactions, young_people, record_keys)
          SELECT ${KEY}, sum(${d}.interactions)::integer, sum(${d}.young_people)::integer, sum(${d}.record_keys)::bigint
            FROM ${d}
           GROUP BY ${KEY}
           ORDER BY ${KEY}
          ON CONFLICT (${KEY}) DO UPDATE
            SET interactions = t.interactions + EXCLUDED.interactions, young_people = t.young_people + EXCLUDED.young_people, record_keys = t.record_keys + EXCLUDED.record_keys
        ), whole AS (
          INSERT INTO outcome_tally_week AS t (${WEEK_KEY}, interactions, young_people, record_keys)${weekRows(d, true)}
          ON CONFLICT (${WEEK_KEY}) DO UPDATE
            SET interactions = t.interactions + EXCLUDED.interactions, young_people = t.young_people + EXCLUDED.young_people, record_keys = t.record_keys + EXCLUDED.record_keys
        )`;

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
export const tallyFunction = (name: string, delta: string, young: boolean, withKeys: boolean) => {
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
