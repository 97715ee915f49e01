// Fault tests: what happens to acknowledged interactions when the API or its database dies mid-run.
// Usage: npm run test:faults [-- api-kill postgres-stop embedded-kill]   (default: all three)
// Builds the API first (into dist/faults-api-<pid>, removed at the end) and starts it as a child process. Uses
// ports 3911-3913 for the APIs and a throwaway PostgreSQL cluster of its own on 5499 (never the shared server),
// removed at the end, also on failure.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import * as apiKill from './api-kill.mjs';
import * as embeddedKill from './embedded-kill.mjs';
import * as postgresStop from './postgres-stop.mjs';
import { root, setApiEntry } from './support/api.mjs';
import { cleanUp, onCleanup } from './support/cleanup.mjs';
import { startCluster } from './support/cluster.mjs';

const TESTS = [apiKill, postgresStop, embeddedKill];
const wanted = process.argv.slice(2);
const unknown = wanted.filter((name) => !TESTS.some((test) => test.name === name));
if (unknown.length) {
  console.error(
    `Unknown fault test ${unknown.join(', ')}; known: ${TESTS.map((test) => test.name).join(', ')}`,
  );
  process.exit(2);
}
const selected = wanted.length ? TESTS.filter((test) => wanted.includes(test.name)) : TESTS;
const began = Date.now();
const seconds = (since) => `${((Date.now() - since) / 1000).toFixed(1)} s`;

// A build of its own, beside dist/api: others working in this checkout rebuild dist/api (rm -rf, then tsc) whenever
// they like, which would pull the files from under an API this runner restarts.
const distDir = join(root, 'dist', `faults-api-${process.pid}`);
onCleanup(() => rmSync(distDir, { recursive: true, force: true }));
console.log(`==== build the API into ${relative(root, distDir)} ====`);
// What `nx run api:build` runs, with another output folder (absolute: tsc-alias reads it from the working folder).
for (const tool of ['typescript/bin/tsc', 'tsc-alias/dist/bin/index.js']) {
  const result = spawnSync(
    process.execPath,
    [join(root, 'node_modules', tool), '-p', 'apps/api/tsconfig.app.json', '--outDir', distDir],
    { cwd: root, stdio: 'inherit' },
  );
  if (result.status !== 0) {
    console.error('The API did not build; no fault test was run.');
    await cleanUp();
    process.exit(result.status ?? 1);
  }
}
setApiEntry(join(distDir, 'apps/api/src/main.js'));
console.log(`built in ${seconds(began)}`);

const workDir = mkdtempSync(join(tmpdir(), 'empact-faults-'));
let clusterStarting;
/** The throwaway cluster, started by the first test that needs it. */
const cluster = () => (clusterStarting ??= startCluster());

const failed = [];
try {
  for (const test of selected) {
    console.log(`\n==== ${test.name}: ${test.title} ====`);
    const started = Date.now();
    let problems;
    try {
      problems = await test.run({ cluster, workDir });
    } catch (error) {
      problems = [error instanceof Error ? (error.stack ?? error.message) : String(error)];
    }
    if (problems.length === 0) {
      console.log(`PASS ${test.name} (${seconds(started)})`);
    } else {
      failed.push(test.name);
      console.log(`FAIL ${test.name} (${seconds(started)})`);
      for (const problem of problems) console.log(`  - ${problem}`);
      if (clusterStarting) {
        const postgresLog = await clusterStarting.then((c) => c.logTail(15)).catch(() => '');
        if (postgresLog)
          console.log(`  last lines of the PostgreSQL log:\n${postgresLog.replace(/^/gm, '    ')}`);
      }
      for (const log of readdirSync(workDir).filter((file) => file.startsWith(`${test.name}.`)))
        console.log(`  API log kept in ${join(workDir, log)}`);
    }
  }
} finally {
  await cleanUp();
}
if (failed.length === 0) rmSync(workDir, { recursive: true, force: true });
console.log(
  `\n${selected.length - failed.length} of ${selected.length} fault tests passed in ${seconds(began)}${failed.length ? `; failed: ${failed.join(', ')}` : ''}`,
);
process.exit(failed.length ? 1 : 0);
