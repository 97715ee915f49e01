import { ChildProcess, execFileSync, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { resolve } from 'node:path';
import { DEMO_PASSWORD } from './test-app';

const root = resolve(__dirname, '../..');

/** Builds the API (nx reuses the build when nothing changed), for tests that run it as a process of its own. */
export function buildApi(): void {
  execFileSync('npx', ['nx', 'run', 'api:build', '--outputStyle=static'], {
    cwd: root,
    stdio: 'ignore',
    env: { ...process.env, NX_DAEMON: 'false' },
  });
}

/**
 * A port nothing listens on now, as the system hands one out (a fixed range collides with what the machine runs:
 * epmd on 4369, NATS on 4222).
 */
export function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolvePort(port));
    });
  });
}

/**
 * One API process from the build with the demo seed, the given settings on top (database, DATA_DIR, ...) and the
 * rate limits off; resolves once /health answers.
 */
export async function startApiProcess(port: number, env: Record<string, string>): Promise<ChildProcess> {
  const child = spawn('node', ['dist/api/apps/api/src/main.js'], {
    cwd: root,
    env: {
      ...process.env,
      PORT: String(port),
      DEMO_PASSWORD,
      SEED_DEMO: 'true',
      LOG_LEVEL: 'warn',
      RATE_LIMIT_LOGIN: '0',
      RATE_LIMIT_MUTATIONS: '0',
      ...env,
    },
    stdio: 'ignore',
  });
  for (let i = 0; i < 600; i++) {
    const up = await fetch(`http://127.0.0.1:${port}/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (up) return child;
    if (child.exitCode !== null) throw new Error(`API process on ${port} exited with ${child.exitCode}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  child.kill('SIGKILL');
  throw new Error(`API process on ${port} did not start`);
}

/** Resolves when the process has ended (at once if it has). */
export const exited = (child: ChildProcess): Promise<unknown> =>
  new Promise((r) =>
    child.exitCode !== null || child.signalCode !== null ? r(null) : child.once('exit', r),
  );
