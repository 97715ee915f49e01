import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

const workspaceRoot = resolve(import.meta.dirname, '../..');
const api = 'http://localhost:3000';

export default defineConfig({
  root: import.meta.dirname,
  plugins: [react()],
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
    },
  },
  build: {
    outDir: resolve(workspaceRoot, 'dist/admin'),
    emptyOutDir: true,
    sourcemap: true,
    // The budget is about the JavaScript a first visit downloads; the accounts page is split off.
    chunkSizeWarningLimit: 900,
  },
});
