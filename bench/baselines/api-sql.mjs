import { createHash } from 'node:crypto';

/**
 * Second baseline of scenario 1: the API's own SQL for one logged interaction, sent from the bare server (Node's http
 * and a pg pool, nothing else). The statements are not written here: the harness captures what the built API sends
 * for one request (lib/api-statements.mjs, through lib/pg-probe.cjs) — the sign-in lookup, the row-level-security
 * identity, the session context, the insert with its audit entry, transaction control if any — with their prepared
 * names and the connection each went through. `planFrom` turns that capture into a plan whose parameters say where
 * each value comes from in a new request; `replayApiSql` runs the plan per request, so every trigger, policy, foreign
 * key and prepared plan of the API's path runs, and nothing of its stack (Express, Apollo, Nest, TypeORM, validation).
 */

/** The statement that sets a connection's identity for row-level security (apps/api db-identity.ts). */
const IDENTITY = /set_config\s*\(\s*'role'/i;

const normal = (value) =>
  value && typeof value === 'object' && '$date' in value ? new Date(value.$date).getTime() : value;

/**
 * Where each captured value comes from: a field of the request's input, a claim of its bearer token, a column of the
 * first row an earlier statement answered; a JSON text is followed into; a SHA-256 that matches none of these is the
 * content hash the API computes of the input (recomputed per request, as the bare baseline does); anything else is a
 * constant of the capture (the action's name, an outcome, a scope).
 */
function sourceOf(value, sample) {
  if (value === null || typeof value === 'boolean') return { constant: value };
  const wanted = JSON.stringify(normal(value));
  const places = [
    ...Object.entries(sample.input).map(([key, v]) => [['input', key], v]),
    ...Object.entries(sample.claims).map(([key, v]) => [['claims', key], v]),
    ...sample.rows.flatMap((row, k) => Object.entries(row ?? {}).map(([key, v]) => [['row', k, key], v])),
  ];
  for (const [from, candidate] of places) {
    const isDate = value && typeof value === 'object' && '$date' in value;
    const same = isDate
      ? typeof candidate === 'string' && Date.parse(candidate) === normal(value)
      : JSON.stringify(normal(candidate)) === wanted;
    if (same) return { from, ...(isDate ? { date: true } : {}) };
  }
  if (typeof value === 'string' && /^[{[]/.test(value)) {
    try {
      const parsed = JSON.parse(value);
      const walk = (v) =>
        v && typeof v === 'object'
          ? Array.isArray(v)
            ? { array: v.map(walk) }
            : { object: Object.fromEntries(Object.entries(v).map(([k, x]) => [k, walk(x)])) }
          : sourceOf(v, sample);
      return { json: walk(parsed) };
    } catch {
      // not JSON: a constant text
    }
  }
  if (typeof value === 'string' && /^[0-9a-f]{64}$/.test(value)) return { hash: true };
  return { constant: value };
}

/** The replayable plan of one captured request: `calls` as pg-probe recorded them, `sample` what the request was. */
export function planFrom(calls, sample) {
  const rows = calls.map((c) => c.row ?? null);
  return {
    statements: calls.map((call, k) => ({
      sql: call.sql,
      name: call.name,
      client: call.client,
      identity: IDENTITY.test(call.sql),
      params: call.params.map((value) => sourceOf(value, { ...sample, rows: rows.slice(0, k) })),
    })),
  };
}

/** One line per statement for the report: its text shortened, and where its parameters come from. */
export function describePlan(plan) {
  const where = (p) =>
    p.from
      ? p.from.join('.')
      : p.json
        ? 'json'
        : p.hash
          ? 'sha256(input)'
          : JSON.stringify(p.constant)?.slice(0, 20);
  return plan.statements.map(
    (s) =>
      `${s.name ? `[prepared ${s.name}] ` : ''}${s.identity ? '[only when the connection’s identity differs] ' : ''}` +
      `${s.sql.replace(/\s+/g, ' ').trim().slice(0, 120)}… (${s.params.map(where).join(', ')})`,
  );
}

function fill(source, request) {
  if ('constant' in source) return source.constant;
  if (source.hash) return request.hash();
  if (source.json) {
    const build = (s) =>
      s.array
        ? s.array.map(build)
        : s.object
          ? Object.fromEntries(Object.entries(s.object).map(([k, x]) => [k, build(x)]))
          : fill(s, request);
    return JSON.stringify(build(source.json));
  }
  const [place, ...path] = source.from;
  let value = place === 'row' ? request.rows[path[0]]?.[path[1]] : request[place][path[0]];
  if (source.date) value = new Date(value);
  return value ?? null;
}

/** The route of the bare server: the plan replayed for the request's body and bearer token. */
export function replayApiSql(pool, plan) {
  // What each physical connection's identity was last set to, as the API's SessionIdentity keeps it.
  const applied = new WeakMap();
  return async (body, headers) => {
    const { input } = JSON.parse(body).variables;
    const token = String(headers.authorization ?? '').replace(/^Bearer\s+/, '');
    const claims = JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString('utf8') || '{}');
    let hashed = null;
    const request = {
      input,
      claims,
      rows: [],
      hash: () => (hashed ??= createHash('sha256').update(JSON.stringify(input)).digest('hex')),
    };
    let client = null;
    let clientKey = null;
    let failed = null;
    try {
      for (const statement of plan.statements) {
        if (statement.client !== clientKey) {
          client?.release();
          client = null;
          client = await pool.connect();
          clientKey = statement.client;
        }
        const values = statement.params.map((p) => fill(p, request));
        const key = statement.identity ? JSON.stringify(values) : null;
        if (key !== null && applied.get(client) === key) {
          request.rows.push(null);
          continue;
        }
        const result = await client.query(
          statement.name ? { name: statement.name, text: statement.sql, values } : statement.sql,
          statement.name ? undefined : values,
        );
        if (key !== null) applied.set(client, key);
        request.rows.push(result.rows?.[0] ?? null);
      }
    } catch (error) {
      failed = error;
      throw error;
    } finally {
      // A connection that failed mid-request is not given back as it is (its identity and transaction are unknown).
      client?.release(failed ?? undefined);
    }
    return { data: { logInteraction: request.rows.at(-1) } };
  };
}
