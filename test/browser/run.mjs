// Runs the admin app's browser journeys against a freshly built API with an empty embedded database.
// Usage: npm run test:browser [-- <jest args>]
import { spawn, spawnSync } from 'node:child_process';
import { createWriteStream, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../..');
const demoPassword = process.env.DEMO_PASSWORD || 'browser-journey-demo-password';

function freePort() {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolvePort(port));
    });
  });
}

async function waitForHealth(baseUrl, server, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (server.exitCode !== null)
      throw new Error(`The API exited with code ${server.exitCode} before it was healthy`);
    try {
      const response = await fetch(`${baseUrl}/health`);
      if (response.status === 200) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`The API did not answer GET /health with 200 within ${timeoutMs / 1000} s`);
}

function stop(server) {
  return new Promise((resolveStop) => {
    if (server.exitCode !== null || server.signalCode !== null) return resolveStop();
    const timer = setTimeout(() => server.kill('SIGKILL'), 5000);
    server.once('exit', () => {
      clearTimeout(timer);
      resolveStop();
    });
    server.kill('SIGTERM');
  });
}

const build = spawnSync(
  'npx',
  ['nx', 'run-many', '-t', 'build', '-p', 'api', 'admin', '--outputStyle=static'],
  {
    cwd: root,
    stdio: 'inherit',
  },
);
if (build.status !== 0) {
  console.error('Build failed; no browser tests were run.');
  process.exit(build.status ?? 1);
}

const port = await freePort();
const baseUrl = `http://127.0.0.1:${port}`;
const dataDir = mkdtempSync(join(tmpdir(), 'empact-browser-'));
const logFile = join(dataDir, 'api.log');
const log = createWriteStream(logFile);

const serverEnv = {
  ...process.env,
  PORT: String(port),
  DATA_DIR: dataDir,
  DEMO_PASSWORD: demoPassword,
  SEED_DEMO: 'true',
  // The journeys and their API helpers sign in from one address many times a minute; the limits stay on, higher.
  RATE_LIMIT_LOGIN: '1000',
  RATE_LIMIT_MUTATIONS: '5000',
};
delete serverEnv.DATABASE_URL; // the embedded database, in the fresh directory
const server = spawn('node', ['dist/api/apps/api/src/main.js'], {
  cwd: root,
  env: serverEnv,
  stdio: ['ignore', 'pipe', 'pipe'],
});
server.stdout.pipe(log);
server.stderr.pipe(log);

let code = 1;
try {
  await waitForHealth(baseUrl, server, 60_000);
  console.log(`API up at ${baseUrl} (data in ${dataDir})`);
  const jest = spawnSync(
    'npx',
    ['jest', '--config', 'test/browser/jest.config.js', ...process.argv.slice(2)],
    {
      cwd: root,
      stdio: 'inherit',
      // DATA_DIR: where the demo seed kept its accounts' authenticator secrets, for the journeys' codes.
      env: { ...process.env, BASE_URL: baseUrl, DEMO_PASSWORD: demoPassword, DATA_DIR: dataDir, TZ: 'UTC' },
    },
  );
  code = jest.status ?? 1;
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  code = 1;
} finally {
  await stop(server);
  log.end();
  if (code !== 0) {
    const output = readFileSync(logFile, 'utf8').split('\n').slice(-40).join('\n');
    console.error(`--- last lines of the API log ---\n${output}`);
  }
  rmSync(dataDir, { recursive: true, force: true });
}
process.exit(code);
