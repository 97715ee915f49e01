// 20 clients log interactions while PostgreSQL is stopped in immediate mode (a crash: no checkpoint, every
// connection cut) and started again. While it is down the API must answer, at once, with SERVICE_UNAVAILABLE in the
// caller's language; it must serve again within 5 s of the database's return without a restart; nothing
// acknowledged may be lost.
import { join } from 'node:path';
import { sleep, startApi } from './support/api.mjs';
import { rowsOnServer } from './support/cluster.mjs';
import { liveSession, startLoad, summarise, unavailableMessage, verdict } from './support/load.mjs';

export const name = 'postgres-stop';
export const title = 'PostgreSQL stopped in immediate mode mid-run and started again';

const PORT = 3912;
const DURATION_MS = 25_000;
const STOP_AFTER_MS = 8_000;
const DOWN_MS = 4_000;
const RECOVERY_LIMIT_MS = 5_000;

/** GET /health every 100 ms until `until()`; returns [{ at, status, database }] (status 0: no answer). */
async function probeHealth(url, until) {
  const probes = [];
  while (!until()) {
    const sentAt = Date.now();
    try {
      const response = await fetch(`${url}/health`, { signal: AbortSignal.timeout(5000) });
      const body = await response.json().catch(() => ({}));
      probes.push({
        at: Date.now(),
        latency: Date.now() - sentAt,
        status: response.status,
        database: body.database?.status,
      });
    } catch (error) {
      probes.push({
        at: Date.now(),
        latency: Date.now() - sentAt,
        status: 0,
        database: String(error?.cause?.code ?? error?.name),
      });
    }
    await sleep(100);
  }
  return probes;
}

export async function run({ cluster: getCluster, workDir }) {
  const cluster = await getCluster();
  const databaseUrl = await cluster.createDatabase('faults_postgres_stop');
  const api = await startApi({
    port: PORT,
    env: { DATABASE_URL: databaseUrl },
    logFile: join(workDir, 'postgres-stop.api.log'),
  });
  console.log(
    `API started on a fresh database (migrations, demo seed) in ${(api.startedInMs / 1000).toFixed(1)} s`,
  );
  const session = await liveSession(api.url);
  const problems = [];

  const load = startLoad({ url: api.url, session, clients: 20, durationMs: DURATION_MS });
  await sleep(STOP_AFTER_MS);
  const stopAt = Date.now();
  await cluster.stopImmediate();
  const downAt = Date.now();
  let up = false;
  const health = probeHealth(api.url, () => up);
  await sleep(DOWN_MS);
  // pg_ctl start returns once the server accepts connections: probes sent while it starts may already see it up.
  const startAt = Date.now();
  await cluster.start();
  const upAt = Date.now();
  console.log(
    `PostgreSQL stopped (immediate) after ${((stopAt - load.stats.started) / 1000).toFixed(1)} s, down for ${((upAt - downAt) / 1000).toFixed(1)} s`,
  );

  // Recovery: the first acknowledged interaction, and the first healthy /health, after the database's return.
  let healthyAt;
  while (Date.now() - upAt < 30_000) {
    const response = await fetch(`${api.url}/health`).catch(() => undefined);
    if (response?.status === 200) {
      healthyAt = Date.now();
      break;
    }
    await sleep(50);
  }
  up = true;
  const probes = await health;
  const stats = await load.done;
  const apiSurvived = api.running;
  await api.stop().catch((error) => problems.push(error.message));

  const acksAfterUp = [...stats.acknowledged.values()].filter((at) => at >= upAt);
  const firstAck = acksAfterUp.length ? Math.min(...acksAfterUp) : undefined;
  const recoveryMs = firstAck === undefined ? undefined : firstAck - upAt;
  console.log(
    `recovery after the database's return: logInteraction acknowledged again after ${recoveryMs ?? '∞'} ms, ` +
      `GET /health 200 after ${healthyAt ? healthyAt - upAt : '∞'} ms (limit ${RECOVERY_LIMIT_MS} ms)`,
  );
  if (recoveryMs === undefined || recoveryMs > RECOVERY_LIMIT_MS) {
    problems.push(
      `the API did not serve again within ${RECOVERY_LIMIT_MS / 1000} s of the database's return (${recoveryMs ?? 'never'} ms)`,
    );
  }
  if (!apiSurvived) problems.push('the API process exited during the outage');

  // While the database was down: every answer is SERVICE_UNAVAILABLE with its translated message, none hangs.
  const whileDown = stats.failures.filter((f) => f.at >= downAt && f.at < upAt);
  console.log(
    `answers while the database was down: ${summarise(whileDown)}; slowest ${Math.max(0, ...whileDown.map((f) => f.latency))} ms`,
  );
  const unclear = whileDown.filter((f) => f.kind !== 'errors' || f.code !== 'SERVICE_UNAVAILABLE');
  if (whileDown.length === 0) problems.push('no request was answered while the database was down');
  if (unclear.length)
    problems.push(
      `${unclear.length} answers while the database was down were not SERVICE_UNAVAILABLE: ${summarise(unclear)}`,
    );
  const untranslated = whileDown.filter(
    (f) => f.code === 'SERVICE_UNAVAILABLE' && f.message !== unavailableMessage(f.language),
  );
  if (untranslated.length) {
    const f = untranslated[0];
    problems.push(
      `${untranslated.length} SERVICE_UNAVAILABLE messages are not in the caller's language (${f.language}: "${f.message}")`,
    );
  }
  // Any other refusal in the whole run (around the stop, or after the return) is a defect too.
  const others = stats.failures.filter((f) => f.kind === 'errors' && f.code !== 'SERVICE_UNAVAILABLE');
  if (others.length)
    problems.push(
      `answers other than SERVICE_UNAVAILABLE: ${summarise(others)} (first: ${others[0].message})`,
    );
  const lostAnswers = stats.failures.filter((f) => f.kind !== 'errors');
  if (lostAnswers.length) problems.push(`requests without an answer: ${summarise(lostAnswers)}`);
  const statuses = [...new Set(whileDown.map((f) => f.status))];
  console.log(`HTTP status of the GraphQL answers while down: ${statuses.join(', ') || '-'}`);

  const downProbes = probes.filter((p) => p.at - (p.latency ?? 0) >= downAt && p.at < startAt);
  console.log(
    `GET /health while down: ${[...new Set(downProbes.map((p) => `${p.status} ${p.database}`))].join(', ')}`,
  );
  if (downProbes.some((p) => p.status !== 503 || p.database !== 'down'))
    problems.push('GET /health did not answer 503 "down" while the database was down');

  console.log(`${stats.requests} requests; not acknowledged at once: ${summarise(stats.failures)}`);
  const rows = await rowsOnServer(databaseUrl, session.sessionId, [...stats.sent.keys()]);
  problems.push(...verdict(stats, rows));
  return problems;
}
