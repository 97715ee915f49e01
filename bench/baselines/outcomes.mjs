/**
 * Baseline of scenario 2: the one hand-written GROUP BY a dashboard would start from, over the raw interactions
 * of the week (1,000,000 rows), answered as JSON rows.
 */
export const SQL =
  'SELECT country, platform_code, count(*)::int AS n FROM interaction WHERE week_id = $1 GROUP BY 1, 2';

export function outcomes(pool, context) {
  return async () => (await pool.query(SQL, [context.weekId])).rows;
}
