import pg from 'pg';

export const LOCAL_SERVER = 'postgres://postgres@127.0.0.1:5432';

/** The same URL with another database name. */
export function withDatabase(url, name) {
  const parsed = new URL(url);
  parsed.pathname = `/${name}`;
  return parsed.toString();
}

export function databaseName(url) {
  return decodeURIComponent(new URL(url).pathname.replace(/^\//, ''));
}

const quoteIdent = (name) => `"${name.replace(/"/g, '""')}"`;

/** Runs one statement on the server's maintenance database (CREATE/DROP DATABASE cannot run inside the target). */
async function onMaintenance(url, sql) {
  const client = new pg.Client({ connectionString: withDatabase(url, 'postgres') });
  await client.connect();
  try {
    return await client.query(sql);
  } finally {
    await client.end();
  }
}

export async function databaseExists(url) {
  const name = databaseName(url);
  const { rows } = await onMaintenance(url, {
    text: 'SELECT 1 FROM pg_database WHERE datname = $1',
    values: [name],
  });
  return rows.length > 0;
}

export async function createDatabase(url) {
  await onMaintenance(url, `CREATE DATABASE ${quoteIdent(databaseName(url))}`);
}

/** Drops the database, ending any session still attached (PostgreSQL 13+). */
export async function dropDatabase(url) {
  await onMaintenance(url, `DROP DATABASE IF EXISTS ${quoteIdent(databaseName(url))} WITH (FORCE)`);
}

export function pool(url, max = 4) {
  const p = new pg.Pool({ connectionString: url, max });
  p.on('error', () => {}); // an idle client killed by DROP DATABASE ... WITH (FORCE) must not crash the harness
  return p;
}

export async function serverVersion(p) {
  const { rows } = await p.query(`SELECT current_setting('server_version') AS version`);
  return rows[0].version;
}
