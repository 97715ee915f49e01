import { keyed } from '../outcome-tally-sql';
import type { SchemaFunction } from '../schema-object';

/** What one referral adds to or takes from the tally: on the day and platform of its session. */
export const referralTallyDeltaSql = (withKeys: boolean) => `
  CREATE FUNCTION referral_tally_delta(r referral, sign integer)
  RETURNS TABLE (week_id uuid, country char(2), day date, platform_code varchar, dimension varchar, value varchar, interactions integer, young_people integer${keyed(withKeys, ', record_keys bigint')})
  LANGUAGE sql STABLE AS $$
    SELECT r.week_id, r.country, (s.starts_at AT TIME ZONE w.time_zone)::date, s.platform_code, 'referral'::varchar,
           (r.urgency || ':' || r.receiving_unit)::varchar, sign, 0${keyed(withKeys, ', (sign * r.record_key)::bigint')}
      FROM patrol_session s JOIN action_week w ON w.id = s.week_id
     WHERE s.id = r.session_id
  $$`;

export const referralTallyDelta: SchemaFunction = {
  kind: 'function',
  name: 'referral_tally_delta',
  signature: 'referral_tally_delta(referral, integer)',
  create: referralTallyDeltaSql(true),
  drop: 'DROP FUNCTION referral_tally_delta(referral, integer)',
};
