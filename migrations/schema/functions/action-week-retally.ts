import type { SchemaFunction } from '../schema-object';

/** Counts a week's outcomes again when its time zone changes (trigger action_week_time_zone_tally). */
export const actionWeekRetally: SchemaFunction = {
  kind: 'function',
  name: 'action_week_retally',
  signature: 'action_week_retally()',
  create: `
      CREATE FUNCTION action_week_retally() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM refresh_outcome_tally(NEW.id);
        RETURN NULL;
      END
      $$`,
  drop: 'DROP FUNCTION action_week_retally()',
};
