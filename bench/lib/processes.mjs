import { spawn } from 'node:child_process';
import { createWriteStream, readFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { onCleanup } from './cleanup.mjs';

/**
 * A Node child process of the harness (the API, a baseline server), its output kept in a log file. It is
 * ended by its own pid, never by name, and registered for cleanup at once.
 */
export function startNode(name, script, { env = {}, args = [], nodeArgs = [], cwd, logFile }) {
  const log = createWriteStream(logFile, { flags: 'a' });
  const started = performance.now();
  const child = spawn(process.execPath, [...nodeArgs, script, ...args], {
    cwd,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout.pipe(log);
  child.stderr.pipe(log);
  const exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
  let done = false;
  void exited.then(() => {
    done = true;
  });
  const unregister = onCleanup(`stop ${name} (pid ${child.pid})`, () => stop());

  async function stop(timeoutMs = 5000) {
    unregister();
    if (!done) {
      child.kill('SIGTERM');
      const result = await Promise.race([exited, sleep(timeoutMs).then(() => null)]);
      if (result === null && !done) {
        child.kill('SIGKILL');
        await exited;
      }
    }
    log.end();
  }

  return {
    name,
    pid: child.pid,
    started,
    exited,
    get running() {
      return !done;
    },
    stop,
    logFile,
  };
}

/**
 * Polls GET url until it answers 200; resolves with the milliseconds since the process was spawned. Fails
 * when the process exits first or the time runs out (the log's tail is in the message).
 */
export async function waitReady(proc, url, { timeoutMs = 60_000, intervalMs = 25 } = {}) {
  const deadline = performance.now() + timeoutMs;
  while (performance.now() < deadline) {
    if (!proc.running) throw new Error(`${proc.name} exited before it was ready:\n${tail(proc.logFile)}`);
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(2000) });
      await response.arrayBuffer();
      if (response.ok) return performance.now() - proc.started;
    } catch {
      // not listening yet
    }
    await sleep(intervalMs);
  }
  throw new Error(`${proc.name} was not ready at ${url} within ${timeoutMs} ms:\n${tail(proc.logFile)}`);
}

export function tail(file, lines = 30) {
  try {
    return readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
  } catch {
    return '(no log)';
  }
}

/** Resident set size of a process in MB, from /proc/<pid>/status (VmRSS, in kB). */
export function rssMb(pid) {
  const line = readFileSync(`/proc/${pid}/status`, 'utf8')
    .split('\n')
    .find((l) => l.startsWith('VmRSS:'));
  return line ? Number(line.split(/\s+/)[1]) / 1024 : null;
}

const CLOCK_TICKS = 100; // USER_HZ on Linux

/** CPU time (user + system) a process has used so far, in ms, from /proc/<pid>/stat. */
export function cpuMs(pid) {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name (which may hold spaces) start after the last ')'.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS;
  } catch {
    return 0;
  }
}
