// The embedded database: the API on PGlite is killed with SIGKILL while 20 clients write; started again on the
// same DATA_DIR it must open, and every acknowledged interaction must be there, once. The rows are read by opening
// the directory with PGlite after the API has stopped.
import { PGlite } from '@electric-sql/pglite';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sleep, startApi } from './support/api.mjs';
import { onCleanup } from './support/cleanup.mjs';
import { ROWS_SQL, toRowMap } from './support/cluster.mjs';
import { liveSession, startLoad, summarise, verdict } from './support/load.mjs';

export const name = 'embedded-kill';
export const title =
  'The API on the embedded database (PGlite) killed (SIGKILL) mid-write and started again on the same DATA_DIR';

const PORT = 3913;
const DURATION_MS = 25_000;
const KILL_AFTER_MS = 10_000;
const AFTER_RESTART_MS = 10_000;

export async function run({ workDir }) {
  const dataDir = mkdtempSync(join(tmpdir(), 'empact-faults-pglite-'));
  const removeDataDir = onCleanup(() => rmSync(dataDir, { recursive: true, force: true }));
  const logFile = join(workDir, 'embedded-kill.api.log');
  let api = await startApi({ port: PORT, env: { DATA_DIR: dataDir }, logFile });
  console.log(
    `API started on a fresh database (migrations, demo seed) in ${(api.startedInMs / 1000).toFixed(1)} s`,
  );
  const session = await liveSession(api.url);

  const load = startLoad({ url: api.url, session, clients: 20, durationMs: DURATION_MS });
  await sleep(KILL_AFTER_MS);
  const before = load.stats.acknowledged.size;
  const killedAt = Date.now();
  await api.kill();
  console.log(
    `killed the API after ${((killedAt - load.stats.started) / 1000).toFixed(1)} s, ${before} interactions acknowledged by then`,
  );
  api = await startApi({ port: PORT, env: { DATA_DIR: dataDir }, logFile });
  const restartedAt = Date.now();
  console.log(
    `started it again on the same DATA_DIR: the database opened, healthy ${((Date.now() - killedAt) / 1000).toFixed(1)} s after the kill`,
  );

  // However long the restart took, the restarted API is written to for a while too.
  load.keepWritingFor(AFTER_RESTART_MS);
  const stats = await load.done;
  // Stopped as a process manager stops it, so that PGlite closes the directory before it is opened here.
  await api.stop();
  console.log(`${stats.requests} requests; not acknowledged at once: ${summarise(stats.failures)}`);

  const db = await PGlite.create(join(dataDir, 'pgdata'));
  let rows;
  try {
    rows = toRowMap((await db.query(ROWS_SQL, [session.sessionId, [...stats.sent.keys()]])).rows);
  } finally {
    await db.close();
  }
  const problems = verdict(stats, rows);
  const afterRestart = [...stats.acknowledged.values()].filter((at) => at > restartedAt).length;
  console.log(`${afterRestart} interactions acknowledged by the restarted API`);
  if (afterRestart === 0) problems.push('nothing was acknowledged after the restart');
  await removeDataDir();
  return problems;
}
