// @ts-check
// `npm start`: build what changed, then run the server with the built client on one port.
// With no DATABASE_URL the server starts its embedded PostgreSQL in DATA_DIR (./.data).
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { buildIfStale } from './build-if-stale.mjs';

const root = new URL('..', import.meta.url).pathname;
if (!existsSync(`${root}node_modules`)) {
  process.stderr.write('Dependencies are missing: run `npm ci` first.\n');
  process.exit(1);
}
buildIfStale();
const server = spawn(process.execPath, ['server/dist/main.js'], {
  cwd: root,
  stdio: 'inherit',
  env: { NODE_ENV: 'production', ...process.env },
});
for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM'])) process.on(signal, () => server.kill(signal));
server.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
