// The API as a child process from a build, as it runs in production: so that it can be killed.
import { spawn } from 'node:child_process';
import { createWriteStream, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { onCleanup } from './cleanup.mjs';

export const root = resolve(import.meta.dirname, '../../..');
export const DEMO_PASSWORD = 'faults-demo-password';

/** Settings of the API that must come from the test, never from the shell that runs it. */
const OWN_SETTINGS = [
  'NODE_ENV',
  'PORT',
  'DATABASE_URL',
  'DATA_DIR',
  'JWT_SECRET',
  'TWO_FACTOR_KEY',
  'ACCESS_TOKEN_TTL',
  'REFRESH_TOKEN_TTL',
  'SEED_DEMO',
  'DEMO_PASSWORD',
  'ADMIN_DIST',
  'LOG_LEVEL',
  'REDIS_URL',
  'RATE_LIMIT_LOGIN',
  'RATE_LIMIT_MUTATIONS',
  'CORS_ORIGINS',
];

let entry = join(root, 'dist/api/apps/api/src/main.js');

/**
 * DATA_DIR of the APIs on a PostgreSQL server (the embedded test gives its own): the demo seed keeps its accounts'
 * authenticator secrets there, and it must not be the ./data of the developer running the tests.
 */
let serverDataDir;
/** The DATA_DIR of the API started last: where the demo's authenticator secrets are. */
let currentDataDir;
export function demoDataDir() {
  return currentDataDir;
}
/** Which build to start (the runner builds one of its own). */
export function setApiEntry(path) {
  entry = path;
}

export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

function portIsFree(port) {
  return new Promise((resolveFree) => {
    const server = createServer();
    server.once('error', () => resolveFree(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolveFree(true)));
  });
}

/**
 * Starts the built API on `port` with `env` (DATABASE_URL or DATA_DIR) and waits until GET /health answers 200.
 * Its output goes to `logFile`. Returns { url, child, kill(signal), stop(), exited }.
 */
export async function startApi({ port, env, logFile, timeoutMs = 180_000 }) {
  if (!(await portIsFree(port)))
    throw new Error(`Port ${port} is in use: another API or an earlier run is still there`);
  const childEnv = { ...process.env };
  for (const key of OWN_SETTINGS) delete childEnv[key];
  if (!env.DATA_DIR && !serverDataDir) {
    const dir = mkdtempSync(join(tmpdir(), 'empact-faults-data-'));
    onCleanup(() => rmSync(dir, { recursive: true, force: true }));
    serverDataDir = dir;
  }
  currentDataDir = env.DATA_DIR ?? serverDataDir;
  Object.assign(childEnv, {
    NODE_ENV: 'test',
    PORT: String(port),
    DATA_DIR: currentDataDir,
    JWT_SECRET: 'fault-tests-secret-fault-tests-secret-0123',
    // The same key on every start: an API started again reads the two-factor secrets the first one stored.
    TWO_FACTOR_KEY: 'fault-tests-two-factor-key-0123456789abcdef',
    SEED_DEMO: 'true',
    DEMO_PASSWORD,
    ADMIN_DIST: join(tmpdir(), 'no-admin-build'),
    LOG_LEVEL: 'warn',
    // 20 clients on a handful of accounts write far more than a patrol does; the limits are not under test here.
    RATE_LIMIT_LOGIN: '0',
    RATE_LIMIT_MUTATIONS: '0',
    ...env,
  });
  const began = Date.now();
  const log = createWriteStream(logFile, { flags: 'a' });
  log.write(`\n---- API start ${new Date().toISOString()} ----\n`);
  const child = spawn(process.execPath, [entry], {
    cwd: root,
    env: childEnv,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout.pipe(log, { end: false });
  child.stderr.pipe(log, { end: false });
  const exited = new Promise((resolveExit) =>
    child.once('exit', (code, signal) => resolveExit({ code, signal })),
  );
  const url = `http://127.0.0.1:${port}`;

  const kill = async (signal = 'SIGKILL') => {
    if (child.exitCode !== null || child.signalCode !== null) return exited;
    child.kill(signal);
    return exited;
  };
  const removeCleanup = onCleanup(() => kill('SIGKILL'));
  const api = {
    url,
    child,
    exited,
    get running() {
      return child.exitCode === null && child.signalCode === null;
    },
    /** SIGKILL: no shutdown hook runs, the database is not closed. */
    kill: async () => {
      const result = await kill('SIGKILL');
      await removeCleanup();
      return result;
    },
    /** SIGTERM, as a process manager stops it: the API closes its database. Fails when it takes over `graceMs`. */
    stop: async (graceMs = 20_000) => {
      const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
      const result = await kill('SIGTERM');
      clearTimeout(timer);
      await removeCleanup();
      if (result.signal === 'SIGKILL')
        throw new Error(`The API did not stop within ${graceMs / 1000} s of SIGTERM`);
      return result;
    },
    logTail: (lines = 40) => readFileSync(logFile, 'utf8').split('\n').slice(-lines).join('\n'),
  };

  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (!api.running)
      throw new Error(
        `The API exited (${child.exitCode ?? child.signalCode}) before it was healthy:\n${api.logTail()}`,
      );
    try {
      const response = await fetch(`${url}/health`, { signal: AbortSignal.timeout(2000) });
      if (response.status === 200) {
        api.startedInMs = Date.now() - began;
        return api;
      }
    } catch {
      // not listening yet
    }
    await sleep(100);
  }
  await api.kill();
  throw new Error(
    `The API did not answer GET /health with 200 within ${timeoutMs / 1000} s:\n${api.logTail()}`,
  );
}

/** One GraphQL request; never throws: { kind: 'data' | 'errors' | 'network' | 'timeout' | 'bad', ... }. */
export async function graphql(url, query, variables, { token, language, timeoutMs = 10_000 } = {}) {
  const headers = { 'content-type': 'application/json' };
  if (token) headers.authorization = `Bearer ${token}`;
  if (language) headers['accept-language'] = language;
  try {
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ query, variables }),
      signal: AbortSignal.timeout(timeoutMs),
    });
    const text = await response.text();
    let body;
    try {
      body = JSON.parse(text);
    } catch {
      return { kind: 'bad', status: response.status, detail: text.slice(0, 200) };
    }
    if (body.errors?.length)
      return { kind: 'errors', status: response.status, errors: body.errors, data: body.data };
    if (!body.data) return { kind: 'bad', status: response.status, detail: text.slice(0, 200) };
    return { kind: 'data', status: response.status, data: body.data };
  } catch (error) {
    if (error?.name === 'TimeoutError') return { kind: 'timeout' };
    return { kind: 'network', detail: error?.cause?.code ?? error?.cause?.message ?? error?.message };
  }
}

/** GraphQL that must succeed (set-up steps). */
export async function must(url, query, variables, options) {
  const result = await graphql(url, query, variables, options);
  if (result.kind !== 'data') throw new Error(`${query.slice(0, 60)}…: ${JSON.stringify(result)}`);
  return result.data;
}
