import { FOLD_LOCK, KEY, keyed, WEEK_KEY, weekRows } from '../outcome-tally-sql';
import type { SchemaFunction } from '../schema-object';

/**
 * Counts a whole week again (after a bulk load, or when its time zone changes: trigger action_week_time_zone_tally),
 * set-based, as the owner: it reads every country's interactions and referrals. As migrations CellKeys (and
 * OutcomeTallyWeek, `withKeys: false`) created it, before the queue; kept for them and the `down` of QueuedTally.
 */
export const refreshOutcomeTallySql = (withKeys: boolean) => `
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

/**
 * The recount as it stands: first it waits for the writers of interactions in flight and holds new ones off until it
 * commits (a SHARE lock on interaction) and takes the fold's lock, then drops the week's queued changes, which the
 * recount counts anyway, and counts the week again.
 */
const refreshAfterQueue = refreshOutcomeTallySql(true).replace(
  'DELETE FROM outcome_tally_week WHERE week_id = week;',
  `LOCK TABLE interaction IN SHARE MODE;
        SELECT ${FOLD_LOCK};
        DELETE FROM outcome_tally_queue WHERE week_id = week;
        DELETE FROM outcome_tally_week WHERE week_id = week;`,
);

export const refreshOutcomeTally: SchemaFunction = {
  kind: 'function',
  name: 'refresh_outcome_tally',
  signature: 'refresh_outcome_tally(uuid)',
  create: refreshAfterQueue,
  drop: 'DROP FUNCTION refresh_outcome_tally(uuid)',
};
