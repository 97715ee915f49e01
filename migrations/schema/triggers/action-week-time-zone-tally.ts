import type { SchemaTrigger } from '../schema-object';

/** A week whose time zone changes is counted again: its interactions may fall on other days (function action_week_retally). */
export const actionWeekTimeZoneTally: SchemaTrigger = {
  kind: 'trigger',
  name: 'action_week_time_zone_tally',
  table: 'action_week',
  create: `
      CREATE TRIGGER action_week_time_zone_tally AFTER UPDATE OF time_zone ON action_week FOR EACH ROW
      WHEN (OLD.time_zone IS DISTINCT FROM NEW.time_zone) EXECUTE FUNCTION action_week_retally()`,
  drop: 'DROP TRIGGER action_week_time_zone_tally ON action_week',
};
