import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { target } from '../lib/alternate.mjs';

/**
 * Scenario 5: JavaScript a browser fetches before the admin app can start: index.html's module script and its
 * modulepreload links, gzipped (zlib level 6, the usual server setting). Nothing here is timed, so the machine's
 * drift does not matter; the reference is the whole app's JavaScript (every chunk, lazy ones included), to show
 * how much of it the first load defers.
 */
export function adminBundleScenario(ctx, distAdmin) {
  const html = readFileSync(join(distAdmin, 'index.html'), 'utf8');
  const scripts = [...html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)].map((m) => m[1]);
  const preloads = [...html.matchAll(/<link\b[^>]*\brel="modulepreload"[^>]*\bhref="([^"]+)"/g)].map(
    (m) => m[1],
  );
  const gz = (file) => gzipSync(readFileSync(file)).length;
  const files = [...new Set([...scripts, ...preloads])].map((href) => {
    const path = join(distAdmin, href.replace(/^\//, '').split('?')[0]);
    return { file: href, bytes: readFileSync(path).length, gzipBytes: gz(path) };
  });
  const firstLoadKb = files.reduce((sum, f) => sum + f.gzipBytes, 0) / 1024;
  const assets = join(distAdmin, 'assets');
  const all = readdirSync(assets).filter((name) => name.endsWith('.js'));
  const allKb = all.reduce((sum, name) => sum + gz(join(assets, name)), 0) / 1024;
  const targets = [target('first-load JavaScript < 300 KB gzipped', firstLoadKb, '<', 300, 'KB')];
  ctx.log(
    `    first load ${firstLoadKb.toFixed(1)} KB gzipped in ${files.length} files; all ${all.length} chunks ${allKb.toFixed(1)} KB`,
  );
  return {
    id: 'adminBundle',
    number: 5,
    title: 'Admin app first load, JavaScript gzipped',
    measures: `index.html's module script and modulepreload links (${files.length} files), gzip level 6`,
    baseline: `reference, not timed: every JavaScript chunk of dist/admin (${all.length} files)`,
    rounds: [],
    medians: { baseline: { kb: allKb }, api: { kb: firstLoadKb } },
    ratios: { kb: firstLoadKb / allKb },
    ratio: { metric: 'kb', value: firstLoadKb / allKb, meaning: 'first load ÷ whole app' },
    files: files.sort((a, b) => b.gzipBytes - a.gzipBytes),
    targets,
    met: targets.every((t) => t.met),
    failedRequests: 0,
  };
}
