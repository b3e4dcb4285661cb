import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';

/**
 * `import('./file.json?all')`: the whole file as a module of its own, so a chunk can carry the
 * whole of a JSON file whose few sections the entry imports by name (lib/i18n.ts) — the same
 * module imported both ways would land whole in the entry.
 */
export function wholeJson(): Plugin {
  return {
    name: 'thidua-whole-json',
    enforce: 'pre',
    load(id) {
      if (!id.endsWith('.json?all')) return null;
      const text = readFileSync(id.slice(0, -'?all'.length), 'utf8');
      return {
        code: `export default JSON.parse(${JSON.stringify(JSON.stringify(JSON.parse(text)))});`,
        map: null,
        moduleType: 'js',
      };
    },
  };
}
