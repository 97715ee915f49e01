/**
 * The baselines' bare server: Node's http and a pg pool of the same size as the API's (10), nothing else.
 * POST /log-interaction, POST /log-interaction-api-sql, GET /outcomes, GET /schedule, GET /health. Settings come
 * from the environment the harness starts it with (PORT, DATABASE_URL, BASELINE_CONTEXT and BASELINE_API_SQL as JSON).
 */
import http from 'node:http';
import pg from 'pg';
import { replayApiSql } from './api-sql.mjs';
import { logInteraction } from './log-interaction.mjs';
import { outcomes } from './outcomes.mjs';
import { schedule } from './schedule.mjs';

const context = JSON.parse(process.env.BASELINE_CONTEXT ?? '{}');
const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 10 });
pool.on('error', () => {});
// The API's SQL sets each connection's role and country scope for row-level security: a pool of its own, so that
// the other baselines keep reading as the owner.
const apiSqlPlan = process.env.BASELINE_API_SQL ? JSON.parse(process.env.BASELINE_API_SQL) : null;
const apiSqlPool = apiSqlPlan ? new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 10 }) : null;
apiSqlPool?.on('error', () => {});

const routes = {
  'POST /log-interaction': logInteraction(pool, context),
  ...(apiSqlPlan ? { 'POST /log-interaction-api-sql': replayApiSql(apiSqlPool, apiSqlPlan) } : {}),
  'GET /outcomes': outcomes(pool, context),
  'GET /schedule': schedule(pool, context),
  'GET /health': async () => ({ status: 'ok' }),
};

const server = http.createServer((req, res) => {
  const handler = routes[`${req.method} ${req.url.split('?')[0]}`];
  if (!handler) {
    res.writeHead(404).end();
    return;
  }
  const chunks = [];
  req.on('data', (chunk) => chunks.push(chunk));
  req.on('end', () => {
    handler(Buffer.concat(chunks).toString('utf8'), req.headers).then(
      (result) => {
        const json = JSON.stringify(result);
        res
          .writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(json) })
          .end(json);
      },
      (error) => {
        const json = JSON.stringify({ errors: [{ message: error.message }] });
        res.writeHead(500, { 'content-type': 'application/json' }).end(json);
      },
    );
  });
});
server.keepAliveTimeout = 60_000;
server.listen(Number(process.env.PORT), '127.0.0.1');

const stop = () =>
  server.close(() => Promise.all([pool.end(), apiSqlPool?.end()]).finally(() => process.exit(0)));
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
