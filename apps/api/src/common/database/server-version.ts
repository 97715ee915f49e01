import type { DataSource } from 'typeorm';

/** The database server's version, asked of it: the health probe's round trip (it fails when the database is down). */
export async function serverVersion(dataSource: DataSource): Promise<string> {
  const [row] = await dataSource.query<{ version: string }[]>(
    "SELECT current_setting('server_version') AS version",
  );
  return row.version;
}
