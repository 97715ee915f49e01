/**
 * Loaded with `node --require` into a diagnostic API process only (never into the one the scenarios measure):
 * wraps pg's Client#query to count statements and time them while recording is on. A tiny HTTP server on
 * PROBE_PORT switches it: GET /start clears and starts recording, GET /stop stops and answers what it saw;
 * GET /profile/start and /profile/stop run V8's CPU profiler over the same kind of window.
 */
'use strict';
const http = require('node:http');
const inspector = require('node:inspector');
const pg = require('pg');

// The V8 CPU profiler of this process, started and stopped from the probe's endpoints.
const session = new inspector.Session();
session.connect();
const post = (method, params) =>
  new Promise((resolve, reject) => session.post(method, params, (e, r) => (e ? reject(e) : resolve(r))));

let recording = false;
let calls = [];
// With GET /start?detail: each statement as sent (text, prepared name, parameters, the client it went through and
// the first row it answered), for the baseline that replays the API's own SQL (baselines/api-sql.mjs).
let detail = false;
const clientIds = new WeakMap();
let clientCount = 0;
const plain = (value) =>
  value instanceof Date
    ? { $date: value.toISOString() }
    : Array.isArray(value)
      ? value.map(plain)
      : Buffer.isBuffer(value)
        ? { $bytes: value.toString('hex') }
        : value;

// Garbage collections while recording, by kind (minor = scavenge of the young generation, major = mark-compact).
const { PerformanceObserver, constants } = require('node:perf_hooks');
const GC_KINDS = {
  [constants.NODE_PERFORMANCE_GC_MINOR]: 'minor',
  [constants.NODE_PERFORMANCE_GC_MAJOR]: 'major',
  [constants.NODE_PERFORMANCE_GC_INCREMENTAL]: 'incremental',
  [constants.NODE_PERFORMANCE_GC_WEAKCB]: 'weak callbacks',
};
let gc = {};
new PerformanceObserver((list) => {
  if (!recording) return;
  for (const entry of list.getEntries()) {
    const kind = GC_KINDS[entry.detail?.kind ?? entry.kind] || 'other';
    gc[kind] = gc[kind] || { count: 0, ms: 0 };
    gc[kind].count += 1;
    gc[kind].ms += entry.duration;
  }
}).observe({ entryTypes: ['gc'] });

const original = pg.Client.prototype.query;
pg.Client.prototype.query = function query(config, values, callback) {
  if (!recording) return original.apply(this, arguments);
  const text = typeof config === 'string' ? config : config && config.text;
  const call = {
    text: String(text || '')
      .replace(/\s+/g, ' ')
      .trim(),
    start: performance.now(),
    end: null,
  };
  if (detail) {
    if (!clientIds.has(this)) clientIds.set(this, ++clientCount);
    const params = Array.isArray(values) ? values : (config && config.values) || [];
    Object.assign(call, {
      sql: String(text || ''),
      name: (config && typeof config === 'object' && config.name) || null,
      params: params.map(plain),
      client: clientIds.get(this),
    });
  }
  calls.push(call);
  const done = (result) => {
    call.end = performance.now();
    if (detail && result && Array.isArray(result.rows))
      call.row = result.rows[0] ? plain(result.rows[0]) : null;
  };
  if (typeof values === 'function') {
    return original.call(this, config, (error, result) => (done(), values(error, result)));
  }
  if (typeof callback === 'function') {
    return original.call(this, config, values, (error, result) => (done(), callback(error, result)));
  }
  const result = original.apply(this, arguments);
  if (result && typeof result.then === 'function') {
    return result.then(
      (value) => (done(value), value),
      (error) => {
        done();
        throw error;
      },
    );
  }
  done();
  return result;
};

/** Wall time during which at least one statement was in flight (statements of one request may overlap). */
function busy(list) {
  const spans = list
    .filter((c) => c.end !== null)
    .map((c) => [c.start, c.end])
    .sort((a, b) => a[0] - b[0]);
  let total = 0;
  let [from, to] = spans[0] || [0, 0];
  for (const [s, e] of spans.slice(1)) {
    if (s > to) {
      total += to - from;
      [from, to] = [s, e];
    } else if (e > to) to = e;
  }
  return total + (to - from);
}

http
  .createServer((req, res) => {
    if (req.url === '/profile/start') {
      post('Profiler.enable')
        .then(() => post('Profiler.setSamplingInterval', { interval: 200 }))
        .then(() => post('Profiler.start'))
        .then(
          () => res.end('{}'),
          (e) => ((res.statusCode = 500), res.end(String(e))),
        );
      return;
    }
    if (req.url === '/profile/stop') {
      // The raw profile: the harness summarises it (lib/cpu-profile.mjs) and keeps it for DevTools with --keep.
      post('Profiler.stop').then(
        ({ profile }) => {
          res.setHeader('content-type', 'application/json');
          res.end(JSON.stringify(profile));
        },
        (e) => ((res.statusCode = 500), res.end(String(e))),
      );
      return;
    }
    if (req.url === '/start' || req.url === '/start?detail') {
      calls = [];
      gc = {};
      detail = req.url.endsWith('?detail');
      recording = true;
      res.end('{}');
      return;
    }
    if (req.url === '/stop') {
      recording = false;
      const statements = new Map();
      for (const c of calls) {
        const s = statements.get(c.text) || { sql: c.text, count: 0, ms: 0 };
        s.count += 1;
        s.ms += (c.end || c.start) - c.start;
        statements.set(c.text, s);
      }
      res.setHeader('content-type', 'application/json');
      const heap = process.memoryUsage();
      res.end(
        JSON.stringify({
          count: calls.length,
          busyMs: busy(calls),
          statements: [...statements.values()],
          gc,
          heapUsedMb: heap.heapUsed / 2 ** 20,
          ...(detail
            ? {
                calls: calls.map(({ sql, name, params, client, row }) => ({
                  sql,
                  name,
                  params,
                  client,
                  row,
                })),
              }
            : {}),
        }),
      );
      return;
    }
    res.statusCode = 404;
    res.end();
  })
  .listen(Number(process.env.PROBE_PORT), '127.0.0.1')
  .unref();
