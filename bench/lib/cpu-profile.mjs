/**
 * Reading V8 CPU profiles (the diagnostic API's requests, the API's start-up): where the time went, by origin
 * (package, part of the API, Node) and by function.
 */

/** Where a call frame's code comes from: a package, a part of the API, libs/*, or Node itself. */
function origin(url) {
  if (url.startsWith('node:')) return 'node: (Node internals)';
  if (url.startsWith('wasm://')) return 'WebAssembly (PGlite)';
  const pkg = url.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/);
  if (pkg) return pkg[1];
  const own = url.match(/\/(apps\/api\/src\/[^/]+|libs\/[^/]+|migrations)\//);
  if (own) return own[1];
  return url.replace(/^file:\/\//, '');
}

const shortFile = (frame) =>
  frame.url
    ? `${frame.url
        .replace(/^.*node_modules\//, '')
        .replace(/^.*\/api\/(apps|libs)\//, '$1/')
        .replace(/^file:\/\//, '')}:${frame.lineNumber + 1}`
    : '';

/**
 * Self time of a CPU profile by origin and by function, in ms and shares; idle time and the probe's own
 * profiler calls left out. V8 builtins (JSON.stringify, RegExp, ...) and Node's internals (sockets, crypto, ...)
 * count for the package or API code that called them, listed as "callee ← caller"; what runs straight from the
 * event loop (microtasks, timers) stays "node: (Node internals)".
 */
export function summarizeProfile(profile, { exclude = [] } = {}) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const child of n.children || []) parent.set(child, n.id);
  // The nearest frame of JavaScript outside Node itself: a package or the API's own code.
  const userland = (id) => {
    for (let cur = id; cur !== undefined; cur = parent.get(cur)) {
      const frame = byId.get(cur).callFrame;
      if (frame.url && !frame.url.startsWith('node:')) return frame;
    }
    return null;
  };
  const underInspector = (id) => {
    for (let cur = id; cur !== undefined; cur = parent.get(cur))
      if (byId.get(cur).callFrame.url === 'node:inspector') return true;
    return false;
  };
  const self = new Map();
  for (let i = 0; i < profile.samples.length; i++) {
    const id = profile.samples[i];
    self.set(id, (self.get(id) || 0) + (profile.timeDeltas[i] || 0) / 1000);
  }
  const origins = new Map();
  const functions = new Map();
  let total = 0;
  for (const [id, ms] of self) {
    const frame = byId.get(id).callFrame;
    if (frame.functionName === '(idle)' || underInspector(id)) continue;
    // The probes' own code (answering /profile/start, for instance) is not the API's work.
    const from = userland(id)?.url || '';
    if (exclude.some((file) => from.endsWith(file))) continue;
    total += ms;
    let where;
    let key;
    if (frame.functionName.startsWith('(') && !frame.url) {
      where = frame.functionName;
      key = frame.functionName;
    } else if (frame.url && !frame.url.startsWith('node:')) {
      where = origin(frame.url);
      key = `${frame.functionName || '(anonymous)'} ${shortFile(frame)}`;
    } else {
      // A V8 builtin or Node's own code: counted for the package or API code that called into it.
      const caller = userland(id);
      where = caller ? origin(caller.url) : 'node: (Node internals)';
      key = `${frame.functionName || '(anonymous)'}${frame.url ? ` ${shortFile(frame)}` : ''} ← ${caller ? `${caller.functionName || '(anonymous)'} ${shortFile(caller)}` : '(event loop)'}`;
    }
    origins.set(where, (origins.get(where) || 0) + ms);
    functions.set(key, (functions.get(key) || 0) + ms);
  }
  const top = (map, n) =>
    [...map]
      .sort((a, b) => b[1] - a[1])
      .slice(0, n)
      .map(([name, ms]) => ({ name, ms, share: total ? ms / total : 0 }));
  return { busyMs: total, origins: top(origins, 15), functions: top(functions, 20) };
}
