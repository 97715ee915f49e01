/**
 * Loaded with `node --require` into one extra start of the API (not into the timed ones). From the first line of
 * JavaScript until the HTTP server listens it runs V8's CPU profiler, and it times every `require` by package
 * (time spent loading and running a package's modules, the packages it loads in turn left out). When the server
 * listens it writes both to the file STARTUP_PROFILE names, with the wall-clock spans of the start's phases
 * (NestFactory.create, DataSource.initialize, runMigrations, the demo seed), timed by wrapping those methods as
 * their modules load: { profile, requires, marks }. Times are ms since the process began.
 */
'use strict';
const fs = require('node:fs');
const http = require('node:http');
const inspector = require('node:inspector');
const Module = require('node:module');

const session = new inspector.Session();
session.connect();
session.post('Profiler.enable');
session.post('Profiler.setSamplingInterval', { interval: 1000 });
session.post('Profiler.start');

/** The package (or the API's own folder) a file belongs to. */
function packageOf(filename) {
  const pkg = filename.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/);
  if (pkg) return pkg[1];
  const own = filename.match(/\/(apps\/api\/src\/[^/]+|libs\/[^/]+|migrations)\//);
  return own ? own[1] : 'other';
}

const probeLoadedMs = performance.now();
const marks = {};

/** Wraps a method so that each call's span (until its promise settles) is recorded under a name. */
function timeMethod(target, method, name) {
  const original = target && target[method];
  if (typeof original !== 'function' || original.benchTimed) return;
  const timed = function (...args) {
    const start = performance.now();
    const result = original.apply(this, args);
    const done = () => (marks[name] = marks[name] || []).push({ start, end: performance.now() });
    if (result && typeof result.then === 'function') result.then(done, done);
    else done();
    return result;
  };
  timed.benchTimed = true;
  target[method] = timed;
}

function instrument(request, filename, exports) {
  if (request === '@nestjs/core') timeMethod(exports.NestFactory, 'create', 'nestCreate');
  if (request === 'typeorm' && exports.DataSource) {
    timeMethod(exports.DataSource.prototype, 'initialize', 'databaseOpen');
    timeMethod(exports.DataSource.prototype, 'runMigrations', 'migrations');
  }
  if (filename.endsWith('demo-seed.service.js') && exports.DemoSeedService) {
    timeMethod(exports.DemoSeedService.prototype, 'seedIfEmpty', 'demoSeed');
  }
}

const requires = new Map();
const stack = [];
const load = Module._load;
Module._load = function timedLoad(request, parent, isMain) {
  if (request.startsWith('node:') || Module.isBuiltin?.(request)) return load.apply(this, arguments);
  const started = performance.now();
  stack.push({ childMs: 0 });
  let exports;
  try {
    exports = load.apply(this, arguments);
    return exports;
  } finally {
    const ms = performance.now() - started;
    const frame = stack.pop();
    if (stack.length > 0) stack[stack.length - 1].childMs += ms;
    let where = 'other';
    try {
      const filename = Module._resolveFilename(request, parent, isMain);
      where = packageOf(filename);
      if (exports) instrument(request, filename, exports);
    } catch {
      // unresolvable (optional dependency probing): counted as other
    }
    const entry = requires.get(where) || { ms: 0, modules: 0 };
    entry.ms += ms - frame.childMs;
    entry.modules += 1;
    requires.set(where, entry);
  }
};

const listen = http.Server.prototype.listen;
http.Server.prototype.listen = function listenAndStopProfiler(...args) {
  this.once('listening', () => {
    const listeningMs = performance.now();
    session.post('Profiler.stop', (error, result) => {
      const byPackage = [...requires].map(([name, e]) => ({ name, ...e })).sort((a, b) => b.ms - a.ms);
      const output = {
        profile: error ? null : result.profile,
        requires: byPackage,
        marks: { ...marks, probeLoadedMs, listeningMs },
      };
      fs.writeFileSync(process.env.STARTUP_PROFILE, JSON.stringify(output));
    });
  });
  return listen.apply(this, args);
};
