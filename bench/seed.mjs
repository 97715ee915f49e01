#!/usr/bin/env node
/**
 * npm run bench:seed -- --interactions 1000000 [--countries 27] [--sessions 500] [--seed 7] [--fresh] [--no-build]
 *
 * Fills a PostgreSQL database with a realistic action week (see bench/lib/week-plan.mjs and seed-week.mjs):
 * DATABASE_URL, or --database-url, or postgres://postgres@127.0.0.1:5432/bench_seed, created when missing and
 * migrated with the built API's migrations. Each run adds one more week; --fresh starts from an empty database.
 * Every bench account's password is printed at the end.
 */
import { parseArgs } from './lib/args.mjs';
import { buildApi, migrate } from './lib/build.mjs';
import {
  createDatabase,
  databaseExists,
  dropDatabase,
  LOCAL_SERVER,
  pool as makePool,
  withDatabase,
} from './lib/database.mjs';
import { BENCH_PASSWORD, seedWeek } from './lib/seed-week.mjs';

const args = parseArgs();
const url = args.string('database-url', process.env.DATABASE_URL || withDatabase(LOCAL_SERVER, 'bench_seed'));
const log = (line) => console.log(line);

if (args.flag('fresh')) await dropDatabase(url);
if (!(await databaseExists(url))) {
  await createDatabase(url);
  log(`created ${new URL(url).pathname.slice(1)}`);
}
const api = await buildApi(null, { skip: args.flag('no-build'), log });
await migrate(api, url);

const pool = makePool(url, 3);
try {
  const started = performance.now();
  const result = await seedWeek(pool, {
    interactions: args.number('interactions', 1_000_000),
    countries: args.number('countries', 27),
    sessions: args.number('sessions', 500),
    seed: args.number('seed', 7),
    log,
  });
  const total = (performance.now() - started) / 1000;
  const rate = Math.round(result.counts.interactions / result.timings.loadSeconds);
  log(
    `\nWeek ${result.weekId} (${result.plan.code}), ${result.plan.firstDay} to ${result.plan.lastDay}, ${result.plan.timeZone}`,
  );
  log(
    `  ${result.counts.sessions} sessions, ${result.counts.interactions.toLocaleString('en')} interactions, ${result.counts.referrals.toLocaleString('en')} referrals`,
  );
  log(
    `  interactions loaded in ${result.timings.loadSeconds} s, indexes and foreign-key checks included (${rate.toLocaleString('en')} rows/s); everything in ${total.toFixed(1)} s`,
  );
  log(
    `  accounts: coordinator1.no@bench.empact.test, liaison@bench.empact.test, operator1.t1.<cc>@bench.empact.test, ... password ${BENCH_PASSWORD}`,
  );
} finally {
  await pool.end();
}
