import type { SchemaTrigger } from '../schema-object';

/** A changed interaction is counted again when a column the tally reads changes (function interaction_tally). */
export const interactionTallyUpdate: SchemaTrigger = {
  kind: 'trigger',
  name: 'interaction_tally_update',
  table: 'interaction',
  create: `
      CREATE TRIGGER interaction_tally_update AFTER UPDATE ON interaction FOR EACH ROW
      WHEN (
        (OLD.week_id, OLD.country, OLD.occurred_at, OLD.platform_code, OLD.young_people, OLD.age_band, OLD.outcome, OLD.notes_language, OLD.topics)
        IS DISTINCT FROM
        (NEW.week_id, NEW.country, NEW.occurred_at, NEW.platform_code, NEW.young_people, NEW.age_band, NEW.outcome, NEW.notes_language, NEW.topics)
      )
      EXECUTE FUNCTION interaction_tally()`,
  drop: 'DROP TRIGGER interaction_tally_update ON interaction',
};
