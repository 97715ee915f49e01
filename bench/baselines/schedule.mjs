/** Baseline of scenario 3: the week's sessions, one bare SELECT, as JSON rows. */
export const SQL = 'SELECT * FROM patrol_session WHERE week_id = $1 ORDER BY starts_at, id';

export function schedule(pool, context) {
  return async () => (await pool.query(SQL, [context.weekId])).rows;
}
