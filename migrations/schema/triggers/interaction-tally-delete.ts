import type { SchemaTrigger } from '../schema-object';

/** A removed interaction is taken out of the tally (function interaction_tally). */
export const interactionTallyDelete: SchemaTrigger = {
  kind: 'trigger',
  name: 'interaction_tally_delete',
  table: 'interaction',
  create: `CREATE TRIGGER interaction_tally_delete AFTER DELETE ON interaction FOR EACH ROW EXECUTE FUNCTION interaction_tally()`,
  drop: 'DROP TRIGGER interaction_tally_delete ON interaction',
};
