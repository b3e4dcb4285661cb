import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LIVE_TEXT_SECTIONS } from './i18n';

const SRC = join(__dirname, '..');
/** What the live game's phone and screen render before (or without) the rest of the Vietnamese texts. */
const LIVE_PATH = [
  'features/live/components/player',
  'features/live/components/screen',
  'features/live/components/common',
  'features/live/hooks',
  'features/live/utils',
  'components/loading.tsx',
  'components/language-switch.tsx',
  'app/route-error-page.tsx',
  'lib',
];

function sources(path: string): string[] {
  const full = join(SRC, path);
  if (!statSync(full).isDirectory()) return [full];
  return readdirSync(full).flatMap((name) => sources(join(path, name)));
}

describe('the Vietnamese texts in the entry', () => {
  it("cover every text section the live game's pages use", () => {
    const used = new Map<string, string>();
    for (const file of LIVE_PATH.flatMap(sources).filter((f) => /\.tsx?$/.test(f) && !/\.test\.tsx?$/.test(f))) {
      for (const match of readFileSync(file, 'utf8').matchAll(/\bt\(\s*['`]([A-Za-z]+)\./g)) used.set(match[1], file);
    }
    expect(used.size).toBeGreaterThan(3);
    const missing = [...used].filter(([section]) => !LIVE_TEXT_SECTIONS.includes(section));
    expect(missing).toEqual([]);
  });
});
