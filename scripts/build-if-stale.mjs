// @ts-check
// Builds shared, server and client when their sources are newer than their last
// build, so a second `npm start` does not rebuild what has not changed.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;

/**
 * Newest modification time under `paths` (files or folders), skipping output folders.
 * @param {string[]} paths relative to the repository root
 */
function newest(paths) {
  let latest = 0;
  /** @param {string} path */
  const walk = (path) => {
    if (!existsSync(path)) return;
    const stat = statSync(path);
    if (stat.isDirectory()) {
      for (const entry of readdirSync(path)) {
        if (entry !== 'node_modules' && entry !== 'dist' && entry !== 'generated') walk(join(path, entry));
      }
    } else latest = Math.max(latest, stat.mtimeMs);
  };
  paths.forEach((p) => walk(join(root, p)));
  return latest;
}

const WORKSPACES = [
  { name: 'shared', inputs: ['shared/src', 'shared/package.json', 'shared/tsconfig.json'] },
  { name: 'server', inputs: ['shared/src', 'server/src', 'server/package.json', 'server/tsconfig.json'] },
  {
    name: 'client',
    inputs: ['shared/src', 'client/src', 'client/index.html', 'client/vite.config.ts', 'client/package.json'],
  },
];

/**
 * Builds each workspace whose inputs are newer than its build stamp; exits the process when a build fails.
 * @param {{ force?: boolean }} [options] force: build even when nothing changed
 */
export function buildIfStale({ force = false } = {}) {
  for (const { name, inputs } of WORKSPACES) {
    const stamp = join(root, name, 'dist', '.build-stamp');
    const built = existsSync(stamp) ? statSync(stamp).mtimeMs : 0;
    if (!force && built >= newest(inputs)) continue;
    process.stdout.write(`Building ${name}...\n`);
    const result = spawnSync('npm', ['run', 'build', '-w', name], {
      cwd: root,
      stdio: ['ignore', 'inherit', 'inherit'],
    });
    if (result.status !== 0) {
      process.stderr.write(`Building ${name} failed\n`);
      process.exit(result.status ?? 1);
    }
    writeFileSync(stamp, new Date().toISOString());
  }
}

if (import.meta.url === `file://${process.argv[1]}`) buildIfStale({ force: process.argv.includes('--force') });
