import { defineConfig, mergeConfig } from 'vite';
import app from './vite.config';

/**
 * The player's app (play.html → src/player): `/play`, `/join` and `/play/:pin`, what a phone opens from a unit's QR
 * code. Built after the staff app into the same dist/, on Preact through its React compatibility layer: the same
 * components, ~45 KB less for a phone than React DOM (docs/performance.md). `npm run dev` serves it on React.
 */
export default mergeConfig(
  app,
  defineConfig({
    resolve: {
      alias: [
        { find: /^react-dom\/client$/u, replacement: 'preact/compat/client' },
        { find: /^react-dom$/u, replacement: 'preact/compat' },
        { find: /^react\/jsx-runtime$/u, replacement: 'preact/jsx-runtime' },
        { find: /^react$/u, replacement: 'preact/compat' },
      ],
    },
    oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
    build: {
      // The staff app's build is already there: add to it.
      emptyOutDir: false,
      manifest: '.vite/player-manifest.json',
      rolldownOptions: { input: 'play.html' },
    },
  }),
);
