// 20 clients log interactions for 30 s; the API is killed with SIGKILL mid-run and started again on the same
// PostgreSQL database. Every acknowledged interaction must be stored exactly once.
import { join } from 'node:path';
import { sleep, startApi } from './support/api.mjs';
import { rowsOnServer } from './support/cluster.mjs';
import { liveSession, startLoad, summarise, verdict } from './support/load.mjs';

export const name = 'api-kill';
export const title = 'The API killed (SIGKILL) mid-run and started again, on a PostgreSQL server';

const PORT = 3911;
const DURATION_MS = 30_000;
const KILL_AFTER_MS = 10_000;
const AFTER_RESTART_MS = 10_000;

export async function run({ cluster, workDir }) {
  const databaseUrl = await (await cluster()).createDatabase('faults_api_kill');
  const logFile = join(workDir, 'api-kill.api.log');
  const env = { DATABASE_URL: databaseUrl };
  let api = await startApi({ port: PORT, env, logFile });
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
  api = await startApi({ port: PORT, env, logFile });
  const restartedAt = Date.now();
  console.log(
    `started it again on the same database: healthy ${((Date.now() - killedAt) / 1000).toFixed(1)} s after the kill`,
  );

  // However long the restart took, the restarted API is written to for a while too.
  load.keepWritingFor(AFTER_RESTART_MS);
  const stats = await load.done;
  await api.stop();
  console.log(`${stats.requests} requests; not acknowledged at once: ${summarise(stats.failures)}`);
  const rows = await rowsOnServer(databaseUrl, session.sessionId, [...stats.sent.keys()]);
  const problems = verdict(stats, rows);
  const afterRestart = [...stats.acknowledged.values()].filter((at) => at > restartedAt).length;
  console.log(`${afterRestart} interactions acknowledged by the restarted API`);
  if (afterRestart === 0) problems.push('nothing was acknowledged after the restart');
  return problems;
}
