import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { target } from '../lib/alternate.mjs';

/** The week board's page module, as Vite's manifest names it (relative to apps/admin). */
const BOARD_PAGE = 'src/features/schedule/week-board-page.tsx';
/** The words of one language (the four namespaces i18n.ts loads together), chunk named by vite.config.mts. */
const WORDS_CHUNK = 'locale-en';
/** The admin.json sections the board's modules fetch before it shows (lazy-sections.ts), in English. */
const BOARD_WORDS = ['../../libs/i18n/src/locales/en/admin.json?section=planImport'];
/**
 * The app's own formatting code and data (formatjs with CLDR, apps/admin/src/lib/locale-data.ts), fetched with the
 * reader's language before the first page shows: English here. The browser's Intl is not used for any language.
 */
const FORMATTING_CHUNKS = ['intl-engine', 'intl-zones', 'intl-en'];
const TARGET_KB = 200;

/**
 * Scenario 5: the JavaScript a browser fetches to show the admin app's login page and then the week board, gzipped
 * (zlib level 6, the usual server setting), read from Vite's manifest (dist/admin/.vite/manifest.json): the entry
 * and its static imports, the board page's chunk, its static imports and the sections of words it fetches before it
 * shows (the plan import's), the words of one language (English) and the app's own formatting code and English
 * locale data (dates, times and names: formatjs, the same in every browser; see apps/admin/src/lib/locale-data.ts).
 * Chunks that are only imported dynamically (other pages, other languages) are not followed. Nothing here is timed,
 * so the machine's drift does not matter; the reference is the whole app's JavaScript (every chunk, lazy ones
 * included).
 */
export function adminBundleScenario(ctx, distAdmin) {
  const manifestFile = join(distAdmin, '.vite/manifest.json');
  if (!existsSync(manifestFile))
    throw new Error(`${manifestFile} is missing: build the admin app (build.manifest in its vite config)`);
  const manifest = JSON.parse(readFileSync(manifestFile, 'utf8'));
  const byChunkName = (name) => {
    const key = Object.keys(manifest).find((k) => manifest[k].name === name);
    if (!key) throw new Error(`no chunk named ${name} in ${manifestFile}`);
    return key;
  };
  const entry = Object.keys(manifest).find((k) => manifest[k].isEntry);
  if (!manifest[BOARD_PAGE]) throw new Error(`${BOARD_PAGE} is not in ${manifestFile}`);

  /** A chunk and everything it imports statically (what the browser fetches before running it). */
  const closure = (keys, seen = new Set()) => {
    for (const key of keys) {
      if (seen.has(key)) continue;
      seen.add(key);
      closure(manifest[key].imports ?? [], seen);
    }
    return seen;
  };
  const gz = (file) => gzipSync(readFileSync(join(distAdmin, file))).length;
  const sized = (keys, part) =>
    [...keys].map((key) => {
      const file = manifest[key].file;
      return { file, part, bytes: readFileSync(join(distAdmin, file)).length, gzipBytes: gz(file) };
    });
  const login = closure([entry]);
  const words = closure([byChunkName(WORDS_CHUNK)], new Set(login));
  const formatting = closure(FORMATTING_CHUNKS.map(byChunkName), new Set([...login, ...words]));
  for (const key of BOARD_WORDS) if (!manifest[key]) throw new Error(`${key} is not in ${manifestFile}`);
  const board = closure([BOARD_PAGE, ...BOARD_WORDS], new Set([...login, ...words, ...formatting]));
  const parts = [
    ['login', login],
    ['words (en)', words],
    ['formatting (en)', formatting],
    ['week board', board],
  ];
  const counted = new Set();
  const files = parts.flatMap(([part, keys]) => {
    const own = [...keys].filter((key) => !counted.has(key));
    own.forEach((key) => counted.add(key));
    return sized(own, part);
  });
  const kb = (list) => list.reduce((sum, f) => sum + f.gzipBytes, 0) / 1024;
  const firstLoadKb = kb(files);
  const partKb = (part) => kb(files.filter((f) => f.part === part));
  const loginKb = firstLoadKb - partKb('week board');
  const formattingKb = partKb('formatting (en)');

  const assets = join(distAdmin, 'assets');
  const all = readdirSync(assets).filter((name) => name.endsWith('.js'));
  const allKb = all.reduce((sum, name) => sum + gz(join('assets', name)), 0) / 1024;
  const targets = [
    target(`first load (login + week board) ≤ ${TARGET_KB} KB gzipped`, firstLoadKb, '<=', TARGET_KB, 'KB'),
  ];
  ctx.log(
    `    first load ${firstLoadKb.toFixed(1)} KB gzipped in ${files.length} files (login with English words and formatting ${loginKb.toFixed(1)} KB, ` +
      `of which formatting ${formattingKb.toFixed(1)} KB; then the board); all ${all.length} chunks ${allKb.toFixed(1)} KB`,
  );
  return {
    id: 'adminBundle',
    number: 5,
    title: 'Admin app first load (login page + week board), JavaScript gzipped',
    measures:
      `Vite manifest: the entry and its static imports, English words, the app's own formatting code and English data ` +
      `(formatjs), the week board's chunk and its static imports (${files.length} files), gzip level 6; login page ` +
      `${loginKb.toFixed(1)} KB, of which formatting ${formattingKb.toFixed(1)} KB`,
    baseline: `reference, not timed: every JavaScript chunk of dist/admin (${all.length} files)`,
    rounds: [],
    medians: {
      baseline: { kb: allKb },
      api: { kb: firstLoadKb, loginKb, formattingKb },
    },
    ratios: { kb: firstLoadKb / allKb },
    ratio: { metric: 'kb', value: firstLoadKb / allKb, meaning: 'first load ÷ whole app' },
    files: files.sort((a, b) => b.gzipBytes - a.gzipBytes),
    targets,
    met: targets.every((t) => t.met),
    failedRequests: 0,
  };
}
