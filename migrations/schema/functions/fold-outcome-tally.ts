import { addDeltas, FOLD_LOCK, queuedDeltas } from '../outcome-tally-sql';
import type { SchemaFunction } from '../schema-object';

/**
 * Adds every change waiting in outcome_tally_queue to outcome_tally and outcome_tally_week and empties the queue, in
 * one transaction: a change is counted once, after a crash too (the queue is written in the writer's transaction and
 * emptied in the fold's). One fold at a time (an advisory lock); a fold waits for none of the writers. Returns how
 * many changes it folded. The API folds before it reads the figures and every second in between (TallyFolder).
 */
export const foldOutcomeTally: SchemaFunction = {
  kind: 'function',
  name: 'fold_outcome_tally',
  signature: 'fold_outcome_tally()',
  create: `
      CREATE FUNCTION fold_outcome_tally() RETURNS integer LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
      DECLARE
        folded integer;
      BEGIN
        PERFORM ${FOLD_LOCK};
        WITH q AS (
          DELETE FROM outcome_tally_queue RETURNING *
        ), d AS MATERIALIZED (${queuedDeltas('q')}
        ), ${addDeltas('d')}
        SELECT count(*)::integer INTO folded FROM q;
        RETURN folded;
      END
      $$`,
  drop: 'DROP FUNCTION fold_outcome_tally()',
};
