import { tallyFunction } from '../outcome-tally-sql';
import type { SchemaFunction } from '../schema-object';

/**
 * The trigger function of the interactions' tally (triggers interaction_tally_insert, _update, _delete): the deltas
 * of outcome_tally_delta added to outcome_tally and outcome_tally_week (see tallyFunction).
 */
export const interactionTallySql = (withKeys: boolean) =>
  tallyFunction('interaction_tally', 'outcome_tally_delta', true, withKeys);

export const interactionTally: SchemaFunction = {
  kind: 'function',
  name: 'interaction_tally',
  signature: 'interaction_tally()',
  create: interactionTallySql(true),
  drop: 'DROP FUNCTION interaction_tally()',
};
