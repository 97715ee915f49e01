import { tallyFunction } from '../outcome-tally-sql';
import type { SchemaFunction } from '../schema-object';

/**
 * The trigger function of the interactions' tally as migrations OutcomeTallyWeek and CellKeys created it (`withKeys:
 * false`: before record keys): the deltas of outcome_tally_delta added to outcome_tally and outcome_tally_week in
 * the writer's own statement. Kept for those migrations (and the `down` of QueuedTally); see `interactionTally`.
 */
export const interactionTallySql = (withKeys: boolean) =>
  tallyFunction('interaction_tally', 'outcome_tally_delta', true, withKeys);

/** The columns of an interaction that the tally counts, as outcome_tally_queue keeps them. */
export const QUEUED_COLUMNS =
  'week_id, country, occurred_at, platform_code, session_id, young_people, age_band, outcome, notes_language, topics, record_key';

const enqueue = (row: 'OLD' | 'NEW', sign: 1 | -1) =>
  `INSERT INTO outcome_tally_queue (sign, ${QUEUED_COLUMNS}) VALUES (${sign}, ${QUEUED_COLUMNS.split(', ')
    .map((column) => `${row}.${column}`)
    .join(', ')});`;

/**
 * The trigger function of the interactions' tally (triggers interaction_tally_insert, _update, _delete): a change
 * is one row in outcome_tally_queue (minus the old row, plus the new one), written in the writer's transaction, so
 * it is counted exactly once whatever happens next; fold_outcome_tally() adds the queue to the tally tables, many
 * interactions at a time. The writer touches no tally row: 50 operators logging at once no longer queue behind the
 * same few rows of their country's day.
 */
export const interactionTally: SchemaFunction = {
  kind: 'function',
  name: 'interaction_tally',
  signature: 'interaction_tally()',
  create: `
      CREATE OR REPLACE FUNCTION interaction_tally() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP <> 'INSERT' THEN
          ${enqueue('OLD', -1)}
        END IF;
        IF TG_OP <> 'DELETE' THEN
          ${enqueue('NEW', 1)}
        END IF;
        RETURN NULL;
      END
      $$`,
  drop: 'DROP FUNCTION interaction_tally()',
};
