/**
 * What a server's PostgreSQL connections are doing during a round, sampled from pg_stat_activity every
 * `intervalMs`: running a statement, waiting on a lock or on WAL, waiting for the server to send the next
 * statement inside a transaction, or idle. Shares are of connection-samples.
 */
export function sampleWaits(pool, appName, intervalMs = 200) {
  const counts = new Map();
  let samples = 0;
  let stopped = false;
  const loop = (async () => {
    while (!stopped) {
      const { rows } = await pool.query(
        `SELECT state, wait_event_type, wait_event FROM pg_stat_activity WHERE application_name = $1 AND backend_type = 'client backend'`,
        [appName],
      );
      for (const row of rows) {
        const what =
          row.state === 'idle'
            ? 'idle (no statement, no transaction)'
            : row.state === 'idle in transaction'
              ? 'idle in transaction (waiting for the server)'
              : row.wait_event
                ? `${row.wait_event_type}: ${row.wait_event}`
                : 'running a statement';
        counts.set(what, (counts.get(what) ?? 0) + 1);
        samples += 1;
      }
      await new Promise((resolve) => setTimeout(resolve, intervalMs));
    }
  })();
  return async () => {
    stopped = true;
    await loop;
    return [...counts]
      .sort((a, b) => b[1] - a[1])
      .map(([what, n]) => ({ what, share: samples ? n / samples : 0 }));
  };
}
