import { keyed } from '../outcome-tally-sql';
import type { SchemaFunction } from '../schema-object';

/**
 * What one interaction adds to (sign 1) or takes from (sign -1) the tally (`withKeys: false`: before record keys),
 * as the trigger function interaction_tally read it until migration QueuedTally dropped it (the fold reads the
 * queue: outcome-tally-sql.ts `queuedDeltas`). History only, for the migrations that created it: not in the
 * database any more, so not in SCHEMA_FUNCTIONS.
 */
export const outcomeTallyDeltaSql = (withKeys: boolean) => `
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

export const outcomeTallyDelta: SchemaFunction = {
  kind: 'function',
  name: 'outcome_tally_delta',
  signature: 'outcome_tally_delta(interaction, integer)',
  create: outcomeTallyDeltaSql(true),
  drop: 'DROP FUNCTION outcome_tally_delta(interaction, integer)',
};
