import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { join } from 'node:path';
import { alternate, summarize, target } from '../lib/alternate.mjs';
import { summarizeProfile } from '../lib/cpu-profile.mjs';
import { rssMb, startNode, waitReady } from '../lib/processes.mjs';
import { round } from '../lib/stats.mjs';

const BASELINE_SCRIPT = new URL('../baselines/embedded-start.mjs', import.meta.url).pathname;
const STARTUP_PROBE = new URL('../lib/startup-probe.cjs', import.meta.url).pathname;

/**
 * Where one profiled start spent its time: the phases by wall clock (from the start probe's timed methods), the
 * time spent in require() by package, and CPU by origin from the profile.
 */
function describeStart(readyMs, { profile, requires, marks }) {
  const span = (name) => {
    const list = marks[name] ?? [];
    return list.length
      ? { start: Math.min(...list.map((m) => m.start)), end: Math.max(...list.map((m) => m.end)) }
      : null;
  };
  const nest = span('nestCreate');
  const database = span('databaseOpen');
  const migrations = span('migrations');
  const seed = span('demoSeed');
  const length = (s) => (s ? s.end - s.start : null);
  const lastStep = seed ?? migrations ?? nest;
  const cpu = profile ? summarizeProfile(profile, { exclude: ['startup-probe.cjs'] }) : null;
  return {
    readyMs,
    phases: [
      { name: 'Node start until the first line of JavaScript', ms: marks.probeLoadedMs },
      {
        name: 'loading the code (require of main.js and everything it imports)',
        ms: nest ? nest.start - marks.probeLoadedMs : null,
      },
      {
        name: 'NestFactory.create: modules, providers, GraphQL schema and the database connection',
        ms: length(nest),
      },
      {
        name: '… of which opening the database (DataSource.initialize; initdb on an empty folder)',
        ms: length(database),
      },
      { name: 'migrations (runMigrations)', ms: length(migrations) },
      { name: 'demo seed (seedIfEmpty)', ms: length(seed) },
      { name: 'until listening', ms: lastStep ? marks.listeningMs - lastStep.end : null },
    ],
    requireMs: requires.reduce((sum, r) => sum + r.ms, 0),
    requires: requires.slice(0, 12),
    cpuMs: cpu?.busyMs ?? null,
    origins: cpu?.origins.slice(0, 10) ?? [],
  };
}

export async function startupScenario(ctx, rssAfterScenario1) {
  const { options, log, workDir } = ctx;
  const apiEnv = (dataDir) => ({
    PORT: String(options.ports.startupApi),
    DATABASE_URL: '',
    DATA_DIR: dataDir,
    SEED_DEMO: 'true',
    DEMO_PASSWORD: 'bench-demo-password',
    NODE_ENV: 'production',
    JWT_SECRET: ctx.jwtSecret,
    TWO_FACTOR_KEY: ctx.twoFactorKey,
    LOG_LEVEL: 'warn',
  });
  const startOnce = async (name, script, port, env, nodeArgs = []) => {
    const proc = startNode(name, script, {
      env,
      nodeArgs,
      cwd: ctx.source,
      logFile: join(workDir, `${name}.log`),
    });
    try {
      const ms = await waitReady(proc, `http://127.0.0.1:${port}/health`, {
        timeoutMs: 120_000,
        intervalMs: 20,
      });
      return { ms, rssMb: rssMb(proc.pid) };
    } finally {
      await proc.stop(15_000);
    }
  };
  let n = 0;
  const startPair = (who) => async () => {
    n += 1;
    const dir = join(workDir, 'startup', `${who}-${n}`);
    mkdirSync(dir, { recursive: true });
    const [script, port, env, nodeArgs] =
      who === 'api'
        ? [ctx.apiBuild.main, options.ports.startupApi, apiEnv(dir), ctx.apiBuild.nodeArgs]
        : [
            BASELINE_SCRIPT,
            options.ports.startupBaseline,
            { PORT: String(options.ports.startupBaseline), DATA_DIR: dir },
            [],
          ];
    const cold = await startOnce(`startup-${who}-cold`, script, port, env, nodeArgs);
    const warm = await startOnce(`startup-${who}-warm`, script, port, env, nodeArgs);
    return { coldMs: cold.ms, warmMs: warm.ms, rssAtReadyMb: warm.rssMb };
  };
  const describe = (r) =>
    `empty folder ${round(r.coldMs / 1000)} s, existing folder ${round(r.warmMs / 1000)} s, RSS when ready ${round(r.rssAtReadyMb, 0)} MB`;
  const rounds = await alternate({
    rounds: options.startupRounds,
    baseline: startPair('baseline'),
    api: startPair('api'),
    describe,
    log,
  });
  const { medians, ratios } = summarize(rounds, ['coldMs', 'warmMs', 'rssAtReadyMb']);

  // One more start of each kind under the CPU profiler (not timed with the rounds): where the time goes.
  let profiled = null;
  if (options.diagnostics) {
    const dir = join(workDir, 'startup', 'api-profiled');
    mkdirSync(dir, { recursive: true });
    const profiledStart = async (kind) => {
      const file = join(workDir, `startup-${kind}.probe.json`);
      const proc = startNode(`startup-api-profiled-${kind}`, ctx.apiBuild.main, {
        env: { ...apiEnv(dir), STARTUP_PROFILE: file },
        nodeArgs: [...ctx.apiBuild.nodeArgs, '--require', STARTUP_PROBE],
        cwd: ctx.source,
        logFile: join(workDir, `startup-api-profiled-${kind}.log`),
      });
      try {
        const ms = await waitReady(proc, `http://127.0.0.1:${options.ports.startupApi}/health`, {
          timeoutMs: 120_000,
          intervalMs: 20,
        });
        for (let i = 0; i < 250 && !existsSync(file); i++) await sleep(20);
        const probed = JSON.parse(readFileSync(file, 'utf8'));
        if (options.keep && probed.profile)
          writeFileSync(join(workDir, `startup-${kind}.cpuprofile`), JSON.stringify(probed.profile));
        return describeStart(ms, probed);
      } finally {
        await proc.stop(15_000);
      }
    };
    profiled = { emptyFolder: await profiledStart('cold'), existingFolder: await profiledStart('warm') };
    const line = (p) =>
      p.phases
        .filter((x) => x.ms !== null)
        .map((x) => `${x.name.split(/[:(]/)[0].trim()} ${round(x.ms / 1000)} s`)
        .join(', ');
    log(`    profiled start, empty folder: ${line(profiled.emptyFolder)}`);
    log(`    profiled start, existing folder: ${line(profiled.existingFolder)}`);
    const warm = profiled.existingFolder;
    log(
      `    loading code: ${round(warm.requireMs / 1000)} s in require(), most in ` +
        warm.requires
          .slice(0, 6)
          .map((r) => `${r.name} ${Math.round(r.ms)} ms`)
          .join(', '),
    );
  }
  const targets = [
    target('empty data directory ≤ 1.3 × the bare PGlite process', ratios.coldMs, '<=', 1.3, '×'),
    target('existing data directory ≤ 1.3 × the bare PGlite process', ratios.warmMs, '<=', 1.3, '×'),
    target('API RSS after scenario 1 < 300 MB', rssAfterScenario1?.api ?? null, '<', 300, 'MB'),
  ];
  return {
    id: 'startup',
    number: 4,
    title: 'API start on the embedded database; API memory',
    measures:
      'spawn → first 200 of GET /health, NODE_ENV=production; empty DATA_DIR (initdb, migrations, demo seed), then the same folder again; RSS (VmRSS) of the scenario 1 API right after its last round',
    baseline: 'bare Node process: PGlite.create(DATA_DIR), SELECT 1, http.listen',
    rounds,
    medians,
    ratios,
    ratio: { metric: 'coldMs', value: ratios.coldMs, meaning: 'API time to ready ÷ baseline, empty folder' },
    rss: rssAfterScenario1,
    profiled,
    targets,
    met: targets.every((t) => t.met),
    failedRequests: 0,
  };
}
