import type { SchemaTrigger } from '../schema-object';

/** A new interaction is counted in the tally (function interaction_tally). */
export const interactionTallyInsert: SchemaTrigger = {
  kind: 'trigger',
  name: 'interaction_tally_insert',
  table: 'interaction',
  create: `CREATE TRIGGER interaction_tally_insert AFTER INSERT ON interaction FOR EACH ROW EXECUTE FUNCTION interaction_tally()`,
  drop: 'DROP TRIGGER interaction_tally_insert ON interaction',
};
