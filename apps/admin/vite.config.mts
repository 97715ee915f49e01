import { resolve } from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';

const workspaceRoot = resolve(import.meta.dirname, '../..');
const api = 'http://localhost:3000';

/**
 * Sections of admin.json that only lazily loaded pages read. They are cut out of the resources the first download
 * carries and come back, language by language, as `admin.json?section=<name>` modules imported by those pages
 * (see src/i18n/lazy-sections.ts), so that a new page adds no words to the initial chunk.
 */
export const LAZY_SECTIONS = [
  'weekReport',
  'guidanceReads',
  'outcomes',
  'weekSetup',
  'profiles',
  'auditLog',
  'planImport',
];
const LOCALE_FILE = /[\\/]libs[\\/]i18n[\\/]src[\\/]locales[\\/]([a-z]{2})[\\/][a-z]+\.json$/;
/** formatjs's locale data for one language (lib/locale-data.ts loads a language's files together). */
const INTL_LOCALE_DATA = /[\\/]@formatjs[\\/]intl-[a-z]+[\\/]locale-data[\\/]([a-z]{2})(?:-[A-Z]{2})?\.js$/;
/** formatjs's Intl implementations and their zone data (lib/intl-engine.ts), fetched with the first language. */
const INTL_ENGINE = /[\\/]node_modules[\\/]@formatjs[\\/]/;
/** The zone data: its own chunk, run only after lib/intl-engine.ts has made a place for it. */
const INTL_ZONES = /[\\/]@formatjs[\\/]intl-datetimeformat[\\/]add-[a-z]+-tz\.js$/;
const ADMIN_LOCALE = /[\\/]libs[\\/]i18n[\\/]src[\\/]locales[\\/][a-z]{2}[\\/]admin\.json(\?.*)?$/;

function lazyLocaleSections(): Plugin {
  return {
    name: 'empact:lazy-locale-sections',
    enforce: 'pre',
    transform(code, id) {
      const match = ADMIN_LOCALE.exec(id);
      if (!match) return null;
      const tree = JSON.parse(code) as Record<string, unknown>;
      const section = new URLSearchParams(match[1]?.slice(1) ?? '').get('section');
      if (section) {
        if (!LAZY_SECTIONS.includes(section)) throw new Error(`Not a lazy admin.json section: ${section}`);
        // With a query the file is no longer taken for JSON: hand it over as a module.
        return { code: `export default ${JSON.stringify({ [section]: tree[section] ?? {} })};`, map: null };
      }
      for (const name of LAZY_SECTIONS) delete tree[name];
      return { code: JSON.stringify(tree), map: null };
    },
  };
}

export default defineConfig({
  root: import.meta.dirname,
  plugins: [lazyLocaleSections(), react()],
  resolve: {
    alias: {
      '@empact/domain': resolve(workspaceRoot, 'libs/domain/src/index.ts'),
      '@empact/i18n': resolve(workspaceRoot, 'libs/i18n/src/index.ts'),
    },
  },
  server: {
    port: 4200,
    fs: { allow: [workspaceRoot] },
    proxy: {
      '/graphql': { target: api, ws: true, changeOrigin: true },
      '/health': { target: api, changeOrigin: true },
      '/exports': { target: api, changeOrigin: true },
    },
  },
  build: {
    outDir: resolve(workspaceRoot, 'dist/admin'),
    emptyOutDir: true,
    sourcemap: true,
    // The budget is about the JavaScript a first visit downloads; the accounts page is split off.
    chunkSizeWarningLimit: 900,
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            {
              // A language's four namespace files (src/i18n/i18n.ts loads them together) in one chunk, named for it.
              // The lazy admin.json sections (with a query) stay with the pages that import them.
              name: (id) => `locale-${LOCALE_FILE.exec(id)?.[1] ?? 'unknown'}`,
              test: LOCALE_FILE,
            },
            {
              // A language's dates, numbers and names (formatjs's locale data), in one chunk named for it.
              name: (id) => `intl-${INTL_LOCALE_DATA.exec(id)?.[1] ?? 'unknown'}`,
              test: INTL_LOCALE_DATA,
            },
            { name: 'intl-zones', test: INTL_ZONES },
            {
              name: 'intl-engine',
              test: (id) => INTL_ENGINE.test(id) && !INTL_LOCALE_DATA.test(id) && !INTL_ZONES.test(id),
            },
          ],
        },
      },
    },
  },
});
