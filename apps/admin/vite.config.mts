import { readFileSync, statSync } from 'node:fs';
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

const GQL_DIR = resolve(import.meta.dirname, 'src/gql');
const GQL_DOCUMENTS = resolve(GQL_DIR, 'gql.ts');
const GQL_TYPES = resolve(GQL_DIR, 'graphql.ts');
const ADMIN_SOURCE = /[\\/]apps[\\/]admin[\\/]src[\\/].*\.tsx?$/;
const GRAPHQL_CALL = /\bgraphql\(\s*`([^`]*)`\s*\)/g;
const GRAPHQL_IMPORT = /^import \{ graphql \} from '(?:\.\.?\/)+gql';$/m;
const DOCUMENT_MODULE = '\0empact-gql-document:';

/** Reads a generated file again only when codegen has rewritten it. */
function whenChanged<T>(file: string, read: (text: string) => T): () => T {
  let cache: { mtime: number; value: T } | undefined;
  return () => {
    const mtime = statSync(file).mtimeMs;
    if (cache?.mtime !== mtime) cache = { mtime, value: read(readFileSync(file, 'utf8')) };
    return cache.value;
  };
}

/** gql.ts's map: each operation's source text and the name of its document in graphql.ts. */
const documentNames = whenChanged(GQL_DOCUMENTS, (text) => {
  const start = text.indexOf('const documents');
  const body = text.slice(start, text.indexOf('\n};', start));
  const names = new Map<string, string>();
  for (const [, key, name] of body.matchAll(/^\s+("(?:[^"\\]|\\.)*"): types\.(\w+),$/gm))
    names.set(JSON.parse(key) as string, name);
  if (names.size === 0) throw new Error(`No GraphQL documents found in ${GQL_DOCUMENTS}`);
  return names;
});

/** graphql.ts's documents: name and the document's JSON. */
const documentTrees = whenChanged(GQL_TYPES, (text) => {
  const trees = new Map<string, string>();
  for (const [, name, tree] of text.matchAll(
    /^export const (\w+) = (\{"kind":"Document".*\}) as unknown as /gm,
  ))
    trees.set(name, tree);
  return trees;
});

/**
 * What codegen's client-preset babel plugin does, for rolldown: each `graphql(`...`)` call becomes an import of its
 * own document, a module of one document taken from src/gql/graphql.ts. Otherwise gql.ts's map of every operation of
 * the app rides in the first download, and even named imports of graphql.ts would put all the documents the app uses
 * in one shared chunk (a module is never split). Lines are kept, so source maps stay right. Tests and types still go
 * through gql.ts.
 */
function graphqlDocumentModules(): Plugin {
  return {
    name: 'empact:graphql-document-modules',
    enforce: 'pre',
    resolveId(id) {
      return id.startsWith(DOCUMENT_MODULE) ? id : null;
    },
    load(id) {
      if (!id.startsWith(DOCUMENT_MODULE)) return null;
      const name = id.slice(DOCUMENT_MODULE.length);
      const tree = documentTrees().get(name);
      if (!tree) throw new Error(`No document ${name} in ${GQL_TYPES}: run npx nx run admin:codegen`);
      return { code: `export default ${tree};`, map: null, moduleSideEffects: false };
    },
    transform(code, id) {
      if (!ADMIN_SOURCE.test(id) || id.startsWith(GQL_DIR) || !GRAPHQL_IMPORT.test(code)) return null;
      const names = documentNames();
      const used = new Set<string>();
      const replaced = code.replace(GRAPHQL_CALL, (_call, source: string) => {
        const name = names.get(source);
        if (!name)
          throw new Error(`${id}: a graphql() document unknown to src/gql: run npx nx run admin:codegen`);
        used.add(name);
        // As many lines as the call had.
        return `__gql_${name}${'\n'.repeat(source.split('\n').length - 1)}`;
      });
      const imports = [...used].map((name) => `import __gql_${name} from '${DOCUMENT_MODULE}${name}';`);
      return { code: replaced.replace(GRAPHQL_IMPORT, imports.join(' ')), map: null };
    },
  };
}

const DOMAIN_SOURCE = /[\\/]libs[\\/]domain[\\/]src[\\/].*\.ts$/;

/**
 * libs/domain is plain TypeScript whose modules do nothing when imported: let the bundler leave out the modules of
 * the barrel (@empact/domain) that a chunk does not use, such as the identifier check's tables on the login page.
 */
function sideEffectFreeDomain(): Plugin {
  return {
    name: 'empact:side-effect-free-domain',
    transform(code, id) {
      if (!DOMAIN_SOURCE.test(id)) return null;
      return { code, map: null, moduleSideEffects: false };
    },
  };
}

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
  plugins: [lazyLocaleSections(), graphqlDocumentModules(), sideEffectFreeDomain(), react()],
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
    // .vite/manifest.json: which chunks each module needs (bench scenario 5 follows it for the first load).
    manifest: true,
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
