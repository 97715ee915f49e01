// A throwaway PostgreSQL cluster of our own, on its own port, that the tests may stop hard. Never the shared server.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { onCleanup } from './cleanup.mjs';

export const CLUSTER_PORT = 5499;

function binDir() {
  const base = '/usr/lib/postgresql';
  const versions = existsSync(base)
    ? readdirSync(base).filter((v) => existsSync(join(base, v, 'bin', 'initdb')))
    : [];
  versions.sort((a, b) => Number(b) - Number(a));
  if (versions.length === 0) throw new Error(`No PostgreSQL server programs (initdb, pg_ctl) under ${base}`);
  return join(base, versions[0], 'bin');
}

/** As root, initdb refuses to run: the cluster belongs to the postgres user. */
const asRoot = process.getuid?.() === 0;

/** Runs a server program without blocking the event loop (the clients keep running meanwhile). */
function pgProgram(bin, program, args, { allowFailure = false } = {}) {
  const command = asRoot ? 'runuser' : join(bin, program);
  const argv = asRoot ? ['-u', 'postgres', '--', join(bin, program), ...args] : args;
  return new Promise((resolveRun, reject) => {
    const child = spawn(command, argv, { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', reject);
    child.on('close', (status) => {
      if (status !== 0 && !allowFailure)
        reject(new Error(`${program} ${args.join(' ')} failed (${status}):\n${output}`));
      else resolveRun(output);
    });
  });
}

/**
 * initdb + start on 127.0.0.1:5499, trust authentication. Returns
 * { url(db), createDatabase(name), stopImmediate(), start(), remove(), logTail() }.
 */
export async function startCluster() {
  const bin = binDir();
  const ready = spawnSync(join(bin, 'pg_isready'), ['-q', '-h', '127.0.0.1', '-p', String(CLUSTER_PORT)]);
  if (ready.status === 0)
    throw new Error(
      `Something already answers on 127.0.0.1:${CLUSTER_PORT}: a cluster from an earlier run? Stop it first.`,
    );
  const dir = mkdtempSync(join(tmpdir(), 'empact-faults-pg-'));
  if (asRoot) {
    const [uid, gid] = ['-u', '-g'].map((flag) =>
      Number(execFileSync('id', [flag, 'postgres'], { encoding: 'utf8' }).trim()),
    );
    chownSync(dir, uid, gid);
  }
  const data = join(dir, 'data');
  const log = join(dir, 'postgres.log');
  const options = `-p ${CLUSTER_PORT} -k ${dir} -c listen_addresses=127.0.0.1`;

  const remove = onCleanup(async () => {
    if (existsSync(join(data, 'postmaster.pid')))
      await pgProgram(bin, 'pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop'], { allowFailure: true });
    rmSync(dir, { recursive: true, force: true });
  });

  await pgProgram(bin, 'initdb', [
    '-D',
    data,
    '-U',
    'postgres',
    '--auth=trust',
    '--no-sync',
    '-E',
    'UTF8',
    '--locale=C.UTF-8',
  ]);
  const start = () =>
    pgProgram(bin, 'pg_ctl', ['-D', data, '-o', options, '-l', log, '-w', '-t', '60', 'start']);
  await start();

  const url = (db = 'postgres') => `postgres://postgres@127.0.0.1:${CLUSTER_PORT}/${db}`;
  return {
    url,
    async createDatabase(name) {
      const client = new pg.Client({ connectionString: url() });
      await client.connect();
      try {
        await client.query(`CREATE DATABASE ${name}`);
      } finally {
        await client.end();
      }
      return url(name);
    },
    /** Stops the server the way a crash does: no checkpoint, every connection cut; it recovers from its WAL. */
    stopImmediate: () => pgProgram(bin, 'pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']),
    /** Starts it and returns once it accepts connections. */
    start,
    remove,
    logTail: (lines = 30) =>
      existsSync(log) ? readFileSync(log, 'utf8').split('\n').slice(-lines).join('\n') : '',
  };
}

/** Stored rows by id: `Map(id → { n, notes, duration })`, for the session's rows and for the given ids. */
export async function rowsOnServer(databaseUrl, sessionId, ids) {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query(ROWS_SQL, [sessionId, ids]);
    return toRowMap(rows);
  } finally {
    await client.end();
  }
}

export const ROWS_SQL = `SELECT id::text AS id, count(*)::int AS n, min(notes) AS notes, min(duration_minutes)::int AS duration
  FROM interaction WHERE session_id = $1 OR id = ANY($2::uuid[]) GROUP BY id`;

export const toRowMap = (rows) =>
  new Map(
    rows.map((row) => [row.id, { n: Number(row.n), notes: row.notes, duration: Number(row.duration) }]),
  );
