import { createHash } from 'node:crypto';

/**
 * Baseline of scenario 1: what logging an interaction costs with nothing but Node's http, JSON.parse and one
 * INSERT through a pg pool, into a table shaped like `interaction` (same columns, checks and indexes; no foreign
 * keys, no triggers, no audit, no authentication, no access rules).
 */
export const TABLE = 'bench_baseline_interaction';
export const SETUP_SQL = `CREATE TABLE IF NOT EXISTS ${TABLE} (LIKE interaction INCLUDING ALL)`;
export const SQL = `INSERT INTO ${TABLE} (id, week_id, session_id, country, author_id, platform_code, channel, occurred_at, duration_minutes,
  young_people, age_band, topics, initiated_by, tone, outcome, notes, notes_language, summary_en, content_hash)
  VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19)`;

export function logInteraction(pool, context) {
  return async (body) => {
    const { input } = JSON.parse(body).variables;
    const hash = createHash('sha256').update(JSON.stringify(input)).digest('hex');
    await pool.query(SQL, [
      input.id,
      context.weekId,
      input.sessionId,
      context.country,
      context.authorId,
      input.platform ?? context.platform,
      input.channel,
      input.occurredAt,
      input.durationMinutes,
      input.youngPeople,
      input.ageBand,
      input.topics,
      input.initiatedBy,
      input.tone,
      input.outcome,
      input.notes,
      input.notesLanguage,
      input.summaryEn ?? null,
      hash,
    ]);
    return { data: { logInteraction: { id: input.id } } };
  };
}
