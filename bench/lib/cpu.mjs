import { cpuMs } from './processes.mjs';

/**
 * Where the CPU goes during a round: the server process itself and its PostgreSQL backends (found by the
 * application_name it connects with, PGAPPNAME), read from /proc before and after. With two cores shared by the
 * load generator, the server and PostgreSQL, CPU per request is what limits throughput.
 */
async function backends(pool, appName) {
  const { rows } = await pool.query(
    `SELECT pid FROM pg_stat_activity WHERE application_name = $1 AND backend_type = 'client backend'`,
    [appName],
  );
  return new Map(rows.map((row) => [row.pid, cpuMs(row.pid)]));
}

export async function cpuSnapshot(pool, { pid, appName }) {
  return {
    at: performance.now(),
    server: cpuMs(pid),
    database: await backends(pool, appName),
    generator: process.cpuUsage(),
  };
}

/** CPU ms used since `before` by the server, its database backends and the load generator (this process). */
export async function cpuUsedSince(pool, before, { pid, appName }) {
  const after = await cpuSnapshot(pool, { pid, appName });
  let database = 0;
  for (const [backend, ms] of after.database) database += ms - (before.database.get(backend) ?? 0);
  const generator = process.cpuUsage(before.generator);
  return {
    wallMs: after.at - before.at,
    serverMs: after.server - before.server,
    databaseMs: database,
    generatorMs: (generator.user + generator.system) / 1000,
  };
}

/** CPU ms per served request of the server, its database backends and the load generator (this process). */
export async function cpuSince(pool, before, server, served) {
  const used = await cpuUsedSince(pool, before, server);
  const per = (ms) => (served > 0 ? ms / served : null);
  return {
    serverMsPerRequest: per(used.serverMs),
    databaseMsPerRequest: per(used.databaseMs),
    generatorMsPerRequest: per(used.generatorMs),
  };
}
