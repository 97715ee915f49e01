/**
 * Baseline of scenario 4: the least a process on the embedded database must do before it answers — start Node,
 * open PGlite in DATA_DIR (initdb on an empty folder), run one query, listen. GET /health answers once it has.
 */
import { PGlite } from '@electric-sql/pglite';
import { mkdirSync } from 'node:fs';
import http from 'node:http';
import { join } from 'node:path';

const dir = join(process.env.DATA_DIR, 'pgdata');
mkdirSync(dir, { recursive: true });
const db = await PGlite.create(dir);
await db.query('SELECT 1');
const server = http.createServer((_req, res) =>
  res.writeHead(200, { 'content-type': 'application/json' }).end('{"status":"ok"}'),
);
server.listen(Number(process.env.PORT), '127.0.0.1');
process.on('SIGTERM', () => server.close(() => db.close().finally(() => process.exit(0))));
