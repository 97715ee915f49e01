import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { summarizeProfile } from '../lib/cpu-profile.mjs';
import { login } from '../lib/graphql.mjs';
import { round } from '../lib/stats.mjs';
import { interactionBody, signInOperators } from './log-interaction.mjs';
import { outcomesQuery } from './outcomes.mjs';
import { SCHEDULE } from './schedule.mjs';
import { BENCH_PASSWORD } from '../lib/seed-week.mjs';

const PROBE = new URL('../lib/pg-probe.cjs', import.meta.url).pathname;

/**
 * Where the time of one request goes, measured on a separate API process with lib/pg-probe.cjs loaded: requests
 * one after another (no queueing), the statements each sends to PostgreSQL, and how the request's wall time
 * splits into time with a statement in flight (PostgreSQL and the network) and the rest (Node: Express, Apollo,
 * guards, validation, the service's own work, serialisation).
 */
export async function diagnostics(ctx, startApi) {
  const { log, options } = ctx;
  const api = await startApi('diagnostic-api', {
    port: options.ports.diagnosticApi,
    nodeArgs: ['--require', PROBE],
    env: { PROBE_PORT: String(options.ports.probe) },
  });
  const passSeconds = options.quick ? 3 : 5;
  const probe = (path) => fetch(`http://127.0.0.1:${options.ports.probe}${path}`).then((r) => r.json());
  try {
    const loggers = await signInOperators(api.url, ctx.week.plan, { max: 2, log: () => {} });
    const liaison = await login(api.url, ctx.week.plan.liaison.email, BENCH_PASSWORD);
    const coordinator = await login(api.url, ctx.week.plan.coordinator.email, BENCH_PASSWORD);
    const post = (body, token) =>
      fetch(`${api.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body,
      }).then(async (r) => {
        const text = await r.text();
        if (text.includes('"errors":')) throw new Error(`diagnostics: ${text.slice(0, 300)}`);
      });
    const operations = [
      {
        id: 'logInteraction',
        n: options.quick ? 30 : 200,
        send: (i) => post(interactionBody(loggers[i % loggers.length]), loggers[i % loggers.length].token),
      },
      {
        id: 'outcomes',
        n: options.quick ? 10 : 40,
        send: () =>
          post(
            JSON.stringify({ query: outcomesQuery(ctx.source), variables: { weekId: ctx.week.weekId } }),
            liaison,
          ),
      },
      {
        id: 'schedule',
        n: options.quick ? 10 : 40,
        send: () =>
          post(JSON.stringify({ query: SCHEDULE, variables: { weekId: ctx.week.weekId } }), coordinator),
      },
    ];
    const results = {};
    for (const op of operations) {
      for (let i = 0; i < 5; i++) await op.send(i); // warm
      // Up to n requests, and no more than passSeconds of them: a slow operation is seen well enough in fewer.
      await probe('/start');
      const started = performance.now();
      let n = 0;
      while (n < op.n && (n < 3 || performance.now() - started < passSeconds * 1000)) await op.send(n++);
      const wallMs = (performance.now() - started) / n;
      const seen = await probe('/stop');
      const dbMs = seen.busyMs / n;
      // A second pass under the CPU profiler (it slows the process, so the timings above are taken without it).
      await probe('/profile/start');
      for (let i = 0; i < n; i++) await op.send(i);
      const raw = await probe('/profile/stop');
      if (options.keep) writeFileSync(join(ctx.workDir, `${op.id}.cpuprofile`), JSON.stringify(raw));
      const profile = summarizeProfile(raw, { exclude: ['pg-probe.cjs'] });
      results[op.id] = {
        requests: n,
        statementsPerRequest: seen.count / n,
        wallMsPerRequest: wallMs,
        databaseMsPerRequest: dbMs,
        nodeMsPerRequest: wallMs - dbMs,
        gc: Object.fromEntries(
          Object.entries(seen.gc).map(([kind, g]) => [
            kind,
            { perRequest: g.count / n, msPerRequest: g.ms / n },
          ]),
        ),
        heapUsedMb: seen.heapUsedMb,
        cpu: {
          msPerRequest: profile.busyMs / n,
          origins: profile.origins.map((o) => ({ ...o, msPerRequest: o.ms / n })),
          functions: profile.functions.map((f) => ({ ...f, msPerRequest: f.ms / n })),
        },
        statements: seen.statements
          .map((s) => ({
            sql: s.sql.length > 160 ? `${s.sql.slice(0, 157)}...` : s.sql,
            perRequest: s.count / n,
            msEach: s.ms / s.count,
          }))
          .sort((a, b) => b.perRequest * b.msEach - a.perRequest * a.msEach),
      };
      log(
        `    ${op.id}: ${round(seen.count / n, 1)} statements per request; ${round(wallMs)} ms per request, ` +
          `${round(dbMs)} ms with a statement in flight, ${round(wallMs - dbMs)} ms in Node; CPU by origin: ` +
          profile.origins
            .slice(0, 5)
            .map((o) => `${o.name} ${Math.round(o.share * 100)} %`)
            .join(', '),
      );
    }
    return results;
  } finally {
    await api.stop();
  }
}
