import { PGlite } from '@electric-sql/pglite';
import { spawn } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { mkdir, open, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { Client } from 'pg';
import { AppConfig } from '../config/app-config';

export type DatabaseKind = 'embedded' | 'server';

/** A backup or restore that cannot go ahead; the message says why and what to do. */
export class BackupError extends Error {}

export interface BackupResult {
  kind: DatabaseKind;
  file: string;
  bytes: number;
}

export interface RestoreResult {
  kind: DatabaseKind;
  file: string;
  /** Where the data went: the DATA_DIR, or the server database (without its password). */
  target: string;
  /** Migrations recorded in the restored database; the API applies newer ones when it starts. */
  migrations: number;
}

export interface BackupOptions {
  /**
   * Backup: the embedded database looks open (a `postmaster.pid`), but the API is known to be stopped (it was
   * killed). Restore: replace a database that already holds data.
   */
  force?: boolean;
}

const GZIP_MAGIC = Buffer.from([0x1f, 0x8b]);
const PG_DUMP_MAGIC = Buffer.from('PGDMP');

export const kindOf = (config: AppConfig): DatabaseKind => (config.embedded ? 'embedded' : 'server');

/** The embedded database's files; the same place as the API's own (see data-source-options.ts). */
const pgdataOf = (config: AppConfig) => join(resolve(config.DATA_DIR), 'pgdata');

/** `backups/empact-embedded-20251120T101500Z.tar.gz`, or `.dump` (pg_dump's custom format) for a server. */
export function defaultBackupFile(config: AppConfig, now = new Date()): string {
  const stamp = now
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d+Z$/, 'Z');
  const kind = kindOf(config);
  return join('backups', `empact-${kind}-${stamp}.${kind === 'embedded' ? 'tar.gz' : 'dump'}`);
}

/** Writes a backup of the configured database to `file`; nothing is left at `file` when it fails. */
export async function backupDatabase(
  config: AppConfig,
  file: string,
  options: BackupOptions = {},
): Promise<BackupResult> {
  if (existsSync(file)) throw new BackupError(`${file} exists already: choose another file name.`);
  await mkdir(dirname(resolve(file)), { recursive: true });
  // Written beside its final name and renamed at the end, so a half-written file never looks like a backup.
  const partial = `${file}.partial`;
  try {
    if (config.embedded) await dumpEmbedded(config, partial, options);
    else await dumpServer(serverUrl(config), partial);
    await rename(partial, file);
  } finally {
    await rm(partial, { force: true });
  }
  return { kind: kindOf(config), file, bytes: (await stat(file)).size };
}

/** Replaces the configured database with the backup in `file`. */
export async function restoreDatabase(
  config: AppConfig,
  file: string,
  options: BackupOptions = {},
): Promise<RestoreResult> {
  const kind = await backupKindOf(file);
  if (kind !== kindOf(config)) {
    throw new BackupError(
      kind === 'embedded'
        ? `${file} is a backup of an embedded database: unset DATABASE_URL and restore it into a DATA_DIR.`
        : `${file} is a backup of a PostgreSQL server (pg_dump): set DATABASE_URL to the database to restore it into.`,
    );
  }
  return config.embedded
    ? restoreEmbedded(config, file, options)
    : restoreServer(serverUrl(config), file, options);
}

/** Which kind of database a backup file holds, from its first bytes. */
export async function backupKindOf(file: string): Promise<DatabaseKind> {
  const handle = await open(file, 'r').catch(() => {
    throw new BackupError(`${file} does not exist or cannot be read.`);
  });
  try {
    const head = Buffer.alloc(5);
    await handle.read(head, 0, 5, 0);
    if (head.subarray(0, 2).equals(GZIP_MAGIC)) return 'embedded';
    if (head.equals(PG_DUMP_MAGIC)) return 'server';
    throw new BackupError(
      `${file} is not a backup of this platform (neither a .tar.gz of an embedded database nor a pg_dump file).`,
    );
  } finally {
    await handle.close();
  }
}

// ---- embedded (PGlite) ------------------------------------------------------------------------------------

async function dumpEmbedded(config: AppConfig, out: string, { force = false }: BackupOptions): Promise<void> {
  if (config.DATA_DIR === ':memory:')
    throw new BackupError('DATA_DIR=:memory: keeps nothing on disk to back up.');
  const pgdata = pgdataOf(config);
  if (!existsSync(join(pgdata, 'PG_VERSION')))
    throw new BackupError(`There is no embedded database in ${config.DATA_DIR}.`);
  // PGlite holds this file while a process has the database open, and removes it when it closes the database.
  // Two processes on one embedded database corrupt it.
  if (existsSync(join(pgdata, 'postmaster.pid')) && !force) {
    throw new BackupError(
      `The embedded database in ${config.DATA_DIR} is open (or was not closed): stop the API first. ` +
        'If the API is not running (it was killed), pass --force.',
    );
  }
  const db = await PGlite.create(pgdata);
  try {
    // Everything committed is in the data files, not only in the write-ahead log.
    await db.exec('CHECKPOINT');
    const archive = await db.dumpDataDir('gzip');
    await writeFile(out, Buffer.from(await archive.arrayBuffer()));
  } finally {
    await db.close();
  }
}

async function restoreEmbedded(
  config: AppConfig,
  file: string,
  { force = false }: BackupOptions,
): Promise<RestoreResult> {
  if (config.DATA_DIR === ':memory:')
    throw new BackupError('DATA_DIR=:memory: cannot be restored into: set DATA_DIR to a folder.');
  const dataDir = resolve(config.DATA_DIR);
  if (existsSync(dataDir) && readdirSync(dataDir).length > 0 && !force) {
    throw new BackupError(
      `${config.DATA_DIR} is not empty: restoring would replace its database. Stop the API and pass --force to replace it.`,
    );
  }
  await mkdir(dataDir, { recursive: true });
  const pgdata = pgdataOf(config);
  // Loaded beside the current database, which is replaced only once the backup has opened.
  const staging = join(dataDir, `.pgdata-restoring-${process.pid}`);
  const replaced = join(dataDir, `.pgdata-replaced-${process.pid}`);
  await rm(staging, { recursive: true, force: true });
  let migrations: number;
  try {
    await mkdir(staging);
    const db = await PGlite.create(staging, { loadDataDir: new Blob([await readFile(file)]) });
    try {
      migrations = await migrationsIn((sql) => db.query<{ n: number }>(sql).then((result) => result.rows));
    } finally {
      await db.close();
    }
    if (existsSync(pgdata)) await rename(pgdata, replaced);
    await rename(staging, pgdata);
  } finally {
    await rm(staging, { recursive: true, force: true });
    // The replaced database is not kept: notes deleted after the week must not survive in a copy.
    await rm(replaced, { recursive: true, force: true });
  }
  return { kind: 'embedded', file, target: config.DATA_DIR, migrations };
}

// ---- PostgreSQL server ------------------------------------------------------------------------------------

interface ServerUrl {
  /** For pg_dump and pg_restore: the URL without its password, which goes through PGPASSWORD instead of argv. */
  url: string;
  password: string | undefined;
  /** For messages. */
  display: string;
  /** For the pg client. */
  full: string;
}

function serverUrl(config: AppConfig): ServerUrl {
  const full = config.DATABASE_URL ?? '';
  let url: URL;
  try {
    url = new URL(full);
  } catch {
    throw new BackupError('DATABASE_URL is not a URL (postgres://user:password@host:5432/database).');
  }
  const password = url.password ? decodeURIComponent(url.password) : undefined;
  url.password = '';
  return { url: url.toString(), password, display: `${url.host}${url.pathname}`, full };
}

async function dumpServer(server: ServerUrl, out: string): Promise<void> {
  await run('pg_dump', ['--format=custom', `--file=${out}`, `--dbname=${server.url}`], server.password);
}

async function restoreServer(
  server: ServerUrl,
  file: string,
  { force = false }: BackupOptions,
): Promise<RestoreResult> {
  const existing = await withClient(server, (client) =>
    client
      .query<{ name: string }>(
        `SELECT schemaname || '.' || tablename AS name FROM pg_tables
         WHERE schemaname NOT IN ('pg_catalog', 'information_schema') ORDER BY 1`,
      )
      .then((result) => result.rows.map((row) => row.name)),
  );
  if (existing.length > 0) {
    if (!force) {
      throw new BackupError(
        `The database ${server.display} holds ${existing.length} tables: restoring would replace them. Stop the API and pass --force to replace them.`,
      );
    }
    // pg_restore --clean drops what the backup holds; a table the backup does not know (from a newer version)
    // would stay behind and make the next migration fail, so it is refused here instead.
    const inBackup = new Set(
      (await run('pg_restore', ['--list', file], undefined))
        .split('\n')
        .map((line) => /^\d+; \d+ \d+ TABLE (\S+) (\S+) /.exec(line))
        .filter((match): match is RegExpExecArray => match !== null)
        .map((match) => `${match[1]}.${match[2]}`),
    );
    const extra = existing.filter((name) => !inBackup.has(name));
    if (extra.length > 0) {
      throw new BackupError(
        `The database ${server.display} holds tables that the backup does not (${extra.join(', ')}): ` +
          'restore into an empty database, or drop them first.',
      );
    }
  }
  await ensureGrantedRoles(server, file);
  // Owned by the restoring user, which is the API's (DATABASE_URL); the grants to the roles stay as they were.
  await run(
    'pg_restore',
    [
      '--clean',
      '--if-exists',
      '--no-owner',
      '--single-transaction',
      '--exit-on-error',
      `--dbname=${server.url}`,
      file,
    ],
    server.password,
  );
  const migrations = await withClient(server, (client) =>
    migrationsIn((sql) => client.query<{ n: number }>(sql).then((result) => result.rows)),
  );
  return { kind: 'server', file, target: server.display, migrations };
}

/**
 * Roles belong to the server, not to the database, so a backup holds grants to roles but not the roles (such as the
 * one requests run as, under row-level security). On a server without them, each is created as it was first made,
 * without login and without privileges of its own, and granted to the restoring user, as the migration that made it
 * did; otherwise the grants could not be restored.
 */
async function ensureGrantedRoles(server: ServerUrl, file: string): Promise<void> {
  const script = await run('pg_restore', ['--schema-only', '--file=-', file], undefined);
  const named = new Set<string>();
  for (const line of script.split('\n')) {
    if (!/^(GRANT|REVOKE|ALTER DEFAULT PRIVILEGES)\b/.test(line)) continue;
    const grantees = /\b(?:TO|FROM) (.+?)(?: WITH GRANT OPTION)?;$/.exec(line)?.[1] ?? '';
    for (const role of grantees.split(/,\s*/)) {
      const name = role.startsWith('"') ? role.slice(1, -1).replace(/""/g, '"') : role;
      if (name && name.toUpperCase() !== 'PUBLIC') named.add(name);
    }
  }
  if (named.size === 0) return;
  await withClient(server, async (client) => {
    const { rows } = await client.query<{ rolname: string }>(
      'SELECT rolname FROM pg_roles WHERE rolname = ANY($1)',
      [[...named]],
    );
    const present = new Set(rows.map((row) => row.rolname));
    for (const role of [...named].filter((name) => !present.has(name))) {
      const quoted = client.escapeIdentifier(role);
      try {
        await client.query(`CREATE ROLE ${quoted} NOLOGIN`);
        await client.query(`GRANT ${quoted} TO CURRENT_USER`);
      } catch (error) {
        throw new BackupError(
          `The backup grants rights to the role ${role}, which this server does not have, and it could not be created ` +
            `(${(error as Error).message}): create it first (CREATE ROLE ${quoted} NOLOGIN; GRANT ${quoted} TO <the API's user>).`,
        );
      }
    }
  });
}

async function withClient<T>(server: ServerUrl, fn: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: server.full, connectionTimeoutMillis: 10_000 });
  try {
    await client.connect();
  } catch (error) {
    throw new BackupError(`Cannot reach the database ${server.display}: ${(error as Error).message}`);
  }
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/** Runs a PostgreSQL client program; resolves with its output, rejects with its error output. */
function run(program: string, args: string[], password: string | undefined): Promise<string> {
  return new Promise((resolveRun, reject) => {
    // The child gets the environment as it is (PATH, PG* settings), plus the password kept out of its argv.
    const child = spawn(program, args, {
      env: password === undefined ? process.env : { ...process.env, PGPASSWORD: password },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const stdout: Buffer[] = [];
    const stderr: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk));
    child.on('error', (error: NodeJS.ErrnoException) =>
      reject(
        error.code === 'ENOENT'
          ? new BackupError(
              `${program} was not found: install the PostgreSQL client programs (version 15 or newer, not older than the server).`,
            )
          : error,
      ),
    );
    child.on('close', (code) => {
      if (code === 0) resolveRun(Buffer.concat(stdout).toString('utf8'));
      else
        reject(
          new BackupError(
            `${program} failed (exit code ${code}):\n${Buffer.concat(stderr).toString('utf8').trim()}`,
          ),
        );
    });
  });
}

/** Counts the applied migrations: proof that what was restored is this platform's database and opens. */
async function migrationsIn(query: (sql: string) => Promise<{ n: number }[]>): Promise<number> {
  try {
    const [row] = await query('SELECT count(*)::int AS n FROM migrations');
    return Number(row.n);
  } catch {
    throw new BackupError(
      'The backup does not hold a database of this platform (it has no migrations table).',
    );
  }
}
