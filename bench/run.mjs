#!/usr/bin/env node
/**
 * npm run bench [-- --quick] [--interactions N] [--rounds N] [--scenarios 1,2,3,4,5,6,7] [--busy-duration S] [--no-build] [--keep] ...
 *
 * Builds the API and the admin app, creates a PostgreSQL database (bench_<id> on the local server unless
 * DATABASE_URL or --database-url names one), seeds a realistic week, starts the built API and the bare baseline
 * server, runs every scenario in alternating rounds with autocannon, and writes bench/results/latest.json and
 * latest.md (quick.json and quick.md for --quick). Whatever it started is stopped and whatever it created is
 * dropped when it ends, fails or is interrupted. README "Performance" explains the scenarios.
 */
import { randomBytes } from 'node:crypto';
import { mkdirSync, rmSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import { join } from 'node:path';
import { SETUP_SQL as BASELINE_SETUP_SQL, TABLE as BASELINE_TABLE } from './baselines/log-interaction.mjs';
import { parseArgs } from './lib/args.mjs';
import { buildAdmin, buildApi, migrate, ROOT, run, sourcesAt } from './lib/build.mjs';
import { cleanup, installSignalHandlers, onCleanup } from './lib/cleanup.mjs';
import {
  createDatabase,
  dropDatabase,
  LOCAL_SERVER,
  pool as makePool,
  serverVersion,
  withDatabase,
} from './lib/database.mjs';
import { captureLogInteraction } from './lib/api-statements.mjs';
import { machine } from './lib/machine.mjs';
import { startNode, waitReady } from './lib/processes.mjs';
import { writeReport } from './lib/report.mjs';
import { seedWeek } from './lib/seed-week.mjs';
import { adminBundleScenario } from './scenarios/admin-bundle.mjs';
import { busiestHourScenario } from './scenarios/busiest-hour.mjs';
import { diagnostics } from './scenarios/diagnostics.mjs';
import { identifierCheckScenario } from './scenarios/identifier-check.mjs';
import { logInteractionScenario } from './scenarios/log-interaction.mjs';
import { outcomesScenario } from './scenarios/outcomes.mjs';
import { scheduleScenario } from './scenarios/schedule.mjs';
import { startupScenario } from './scenarios/startup.mjs';

const args = parseArgs();
const quick = args.flag('quick');
const options = {
  quick,
  interactions: args.number('interactions', quick ? 100_000 : 1_000_000),
  countries: args.number('countries', 27),
  sessions: args.number('sessions', 500),
  rounds: args.number('rounds', quick ? 1 : 3),
  connections: args.number('connections', 50),
  writeDurationS: args.number('duration', quick ? 3 : 15),
  readConnections: args.number('read-connections', 1),
  readDurationS: args.number('read-duration', quick ? 3 : 6),
  warmupS: args.number('warmup', quick ? 1 : 3),
  startupRounds: args.number('startup-rounds', quick ? 1 : 3),
  busyDurationS: args.number('busy-duration', quick ? 20 : 60),
  scenarios: args.list('scenarios', ['1', '2', '3', '4', '5', '6', '7']).map(Number),
  diagnostics: !args.flag('no-diagnostics'),
  build: !args.flag('no-build'),
  keep: args.flag('keep'),
  ports: {
    api: 3901,
    baseline: 3902,
    startupApi: 3903,
    startupBaseline: 3904,
    diagnosticApi: 3905,
    probe: 3906,
  },
};
const output = args.string('output', join(ROOT, 'bench/results'));
const name = args.string('name', quick ? 'quick' : 'latest');

const began = performance.now();
const log = (line) =>
  console.log(`[${((performance.now() - began) / 1000).toFixed(0).padStart(3)} s] ${line}`);

function portFree(port) {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });
}

async function main() {
  installSignalHandlers();
  for (const port of Object.values(options.ports)) {
    if (!(await portFree(port)))
      throw new Error(`port ${port} is in use: the bench needs 3901-3906 (is another bench running?)`);
  }
  const runId = new Date().toISOString().replace(/\D/g, '').slice(0, 14);
  const workDir = join(ROOT, 'tmp/bench', `run-${runId}`);
  mkdirSync(workDir, { recursive: true });
  if (!options.keep)
    onCleanup('remove the work folder', () => rmSync(workDir, { recursive: true, force: true }));
  const report = { version: 1, machine: machine(), options: { ...options, ports: undefined }, scenarios: [] };
  log(
    `bench ${quick ? '(quick) ' : ''}on ${report.machine.cpuModel}, ${report.machine.cores} cores, Node ${report.machine.node}; logs in ${workDir}`,
  );

  const wants = (n) => options.scenarios.includes(n);
  const needsServer = [1, 2, 3, 7].some(wants);
  const ref = args.string('ref', undefined);
  const source = await sourcesAt(ref, workDir, log);
  // Which code was measured: a commit, or the working tree (and whether it had uncommitted changes).
  const commit = (await run('git', ['rev-parse', ref ?? 'HEAD'], { quiet: true })).trim();
  const dirty =
    !ref &&
    (
      await run('git', ['status', '--porcelain', '--', 'apps', 'libs', 'migrations'], { quiet: true })
    ).trim() !== '';
  report.code = { commit, workingTree: !ref, uncommittedChanges: dirty };
  const apiBuild = await buildApi(workDir, { skip: !options.build && !ref, log, source });
  const adminDist = wants(5) ? await buildAdmin({ skip: !options.build && !ref, log, source }) : null;

  // The database: the one named by DATABASE_URL, or a fresh bench_<id> on the local server, dropped at the end.
  const given = args.string('database-url', process.env.DATABASE_URL);
  const databaseUrl = given || withDatabase(LOCAL_SERVER, `bench_${runId}_${process.pid}`);
  if (!given) {
    await createDatabase(databaseUrl);
    if (!options.keep) onCleanup('drop the bench database', () => dropDatabase(databaseUrl));
    log(`created database ${new URL(databaseUrl).pathname.slice(1)}`);
  }
  const pool = makePool(databaseUrl, 4);
  onCleanup('close the harness pool', () => pool.end());
  report.database = { serverVersion: await serverVersion(pool), created: !given };
  await migrate(apiBuild, databaseUrl);
  log('migrations applied');

  const ctx = {
    options,
    log,
    workDir,
    source,
    apiBuild,
    pool,
    jwtSecret: randomBytes(32).toString('hex'),
    twoFactorKey: randomBytes(32).toString('hex'),
  };
  const startApi = async (label, { port, nodeArgs = [], env = {} }) => {
    const proc = startNode(label, apiBuild.main, {
      cwd: source,
      logFile: join(workDir, `${label}.log`),
      nodeArgs: [...apiBuild.nodeArgs, ...nodeArgs],
      env: {
        PORT: String(port),
        DATABASE_URL: databaseUrl,
        SEED_DEMO: 'false',
        NODE_ENV: 'production',
        JWT_SECRET: ctx.jwtSecret,
        TWO_FACTOR_KEY: ctx.twoFactorKey,
        ACCESS_TOKEN_TTL: '3600',
        LOG_LEVEL: 'warn',
        // The per-account limits are sized for people (300 mutations a minute); a load test of a dozen accounts
        // would be refused by them. Raised, not turned off: the limiter still runs and its cost is measured.
        RATE_LIMIT_MUTATIONS: '100000000',
        RATE_LIMIT_LOGIN: '100000',
        PGAPPNAME: label,
        ...env,
      },
    });
    await waitReady(proc, `http://127.0.0.1:${port}/health`);
    return { url: `http://127.0.0.1:${port}`, pid: proc.pid, appName: label, stop: () => proc.stop() };
  };

  if (needsServer) {
    log(`seeding ${options.interactions.toLocaleString('en')} interactions`);
    const seeded = await seedWeek(pool, {
      interactions: options.interactions,
      countries: options.countries,
      sessions: options.sessions,
      log,
    });
    ctx.week = seeded;
    report.week = {
      id: seeded.weekId,
      code: seeded.plan.code,
      firstDay: seeded.plan.firstDay,
      lastDay: seeded.plan.lastDay,
      countries: seeded.plan.countries.length,
      sessions: seeded.counts.sessions,
      liveSessions: seeded.plan.sessions.filter((s) => s.status === 'LIVE').length,
      interactions: seeded.counts.interactions,
      referrals: seeded.counts.referrals,
      accounts: seeded.plan.accounts.length,
    };
    report.seed = {
      ...seeded.timings,
      hasTally: seeded.hasTally,
      rowsPerSecond: seeded.counts.interactions / seeded.timings.loadSeconds,
    };

    await pool.query(BASELINE_SETUP_SQL);
    if (given)
      onCleanup('drop the baseline table', () => pool.query(`DROP TABLE IF EXISTS ${BASELINE_TABLE}`));
    const liveCountry = seeded.plan.sessions.find((s) => s.status === 'LIVE').rosters[0];
    if (wants(1)) {
      // Scenario 1's second baseline replays what the API really sends: captured first, on a process of its own.
      log('capturing the SQL of one logInteraction (separate API with a statement probe)');
      try {
        ctx.apiSql = await captureLogInteraction(ctx, startApi);
        for (const line of ctx.apiSql.described) log(`  ${line}`);
        for (const sql of ctx.apiSql.background) log(`  beside the requests (not replayed): ${sql}`);
      } catch (error) {
        ctx.apiSqlError = error.message;
        log(`  capture failed, scenario 1 runs without the API's-SQL baseline: ${error.message}`);
      }
    }
    ctx.api = await startApi('empact-api', { port: options.ports.api });
    const baselineProc = startNode(
      'bench-baseline',
      new URL('./baselines/server.mjs', import.meta.url).pathname,
      {
        cwd: ROOT,
        logFile: join(workDir, 'bench-baseline.log'),
        env: {
          PORT: String(options.ports.baseline),
          DATABASE_URL: databaseUrl,
          PGAPPNAME: 'bench-baseline',
          ...(ctx.apiSql
            ? {
                BASELINE_API_SQL: JSON.stringify({ statements: ctx.apiSql.statements }),
              }
            : {}),
          BASELINE_CONTEXT: JSON.stringify({
            weekId: seeded.weekId,
            country: liveCountry.country,
            authorId: liveCountry.operatorOneId,
            platform: 'DISCORD',
          }),
        },
      },
    );
    await waitReady(baselineProc, `http://127.0.0.1:${options.ports.baseline}/health`);
    ctx.baseline = {
      url: `http://127.0.0.1:${options.ports.baseline}`,
      pid: baselineProc.pid,
      appName: 'bench-baseline',
      stop: () => baselineProc.stop(),
    };
    log(`API (pid ${ctx.api.pid}) and baseline (pid ${baselineProc.pid}) ready`);

    if (wants(1)) {
      log('scenario 1: logInteraction');
      report.scenarios.push(await logInteractionScenario(ctx));
    }
    // Scenario 1 added interactions to the week: the title of scenario 2 gives the count it really read.
    ctx.week.counts.interactions = (
      await pool.query('SELECT count(*)::int AS n FROM interaction WHERE week_id = $1', [seeded.weekId])
    ).rows[0].n;
    if (wants(2)) {
      log('scenario 2: outcomes');
      report.scenarios.push(await outcomesScenario(ctx));
    }
    if (wants(3)) {
      log('scenario 3: schedule');
      report.scenarios.push(await scheduleScenario(ctx));
    }
    if (wants(7)) {
      log('scenario 7: the busiest hour of the biggest week');
      report.scenarios.push(await busiestHourScenario(ctx));
    }
    await ctx.api.stop();
    await ctx.baseline.stop();
    if (options.diagnostics) {
      log('where the time goes (separate API with a statement probe)');
      report.diagnostics = await diagnostics(ctx, startApi);
    }
  }
  if (wants(4)) {
    log('scenario 4: start-up on the embedded database');
    const rss = report.scenarios.find((s) => s.id === 'logInteraction')?.rssAfterMb ?? null;
    report.scenarios.push(await startupScenario(ctx, rss));
  }
  if (wants(5)) {
    log('scenario 5: admin first load');
    report.scenarios.push(adminBundleScenario(ctx, adminDist));
  }
  if (wants(6)) {
    log('scenario 6: identifier check on hostile text');
    report.scenarios.push(identifierCheckScenario(ctx));
  }

  report.scenarios.sort((a, b) => a.number - b.number);
  for (const scenario of report.scenarios) {
    scenario.target = scenario.targets.map((t) => t.label).join('; ');
    scenario.machine = report.machine;
  }
  report.summary = { met: report.scenarios.filter((s) => s.met).length, total: report.scenarios.length };
  report.durationSeconds = Math.round((performance.now() - began) / 1000);
  report.loadAverageAtEnd = os.loadavg().map((l) => Math.round(l * 10) / 10);
  const tidy = JSON.parse(
    JSON.stringify(report, (_key, value) =>
      typeof value === 'number' && !Number.isInteger(value)
        ? Number(value.toFixed(Math.abs(value) >= 100 ? 1 : 3))
        : value,
    ),
  );
  await writeReport(tidy, join(output, `${name}.json`), join(output, `${name}.md`));
  log(
    `${report.summary.met} of ${report.summary.total} scenarios meet their targets; wrote ${join(output, `${name}.md`)} and .json`,
  );
}

main()
  .then(() => cleanup())
  .catch(async (error) => {
    console.error(error);
    await cleanup();
    process.exitCode = 1;
  });
