/// <reference types="vitest/config" />
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { graphqlDocumentImports } from './build/graphql-documents';
import { playerPages } from './build/player-pages';
import { precompress } from './build/precompress';
import { wholeJson } from './build/whole-json';

const backend = 'http://localhost:3000';

export default defineConfig({
  plugins: [
    graphqlDocumentImports(fileURLToPath(new URL('src/generated/graphql.ts', import.meta.url))),
    precompress(),
    wholeJson(),
    playerPages(),
  ],
  resolve: {
    alias: {
      '@thidua/shared': fileURLToPath(new URL('../shared/src/index.ts', import.meta.url)),
    },
  },
  // Vite 8 transforms TSX with oxc; no React plugin is needed for the automatic runtime.
  oxc: {
    jsx: { runtime: 'automatic' },
  },
  server: {
    port: 5173,
    proxy: {
      '/graphql': backend,
      '/api': backend,
      '/socket.io': { target: backend, ws: true },
    },
  },
  preview: { port: 4173 },
  // `npm test -w client`: component tests beside the components, in jsdom, no server needed.
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.{ts,tsx}'],
    setupFiles: ['src/test/setup.ts'],
    restoreMocks: true,
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // No .map files in dist: the server would serve the app's whole source to anyone (issue 16).
    sourcemap: false,
    // dist/.vite/manifest.json: which chunks each entry loads (test/e2e/client-delivery checks the player's); never served.
    manifest: true,
    rolldownOptions: {
      onLog(level, log, handler) {
        // react-router's "use client" directives are meaningless in a client-only bundle.
        if (log.code === 'MODULE_LEVEL_DIRECTIVE') return;
        handler(level, log);
      },
    },
  },
});
