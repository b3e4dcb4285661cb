// @ts-check
// Helpers the benchmark and soak scripts share: arguments, a free port, waiting, percentiles,
// a bounded pool of tasks, a process's resident memory, the built server on a fresh embedded
// PostgreSQL, GraphQL and the demo quiz's live game.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmodSync, mkdtempSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = new URL('../..', import.meta.url).pathname;

/**
 * `--key value`, or a bare `--flag` (true).
 * @param {string[]} argv
 * @returns {Partial<Record<string, string | true>>}
 */
export function parseArgs(argv) {
  /** @type {Partial<Record<string, string | true>>} */
  const out = {};
  for (let i = 0; i < argv.length; i += 1) {
    if (!argv[i].startsWith('--')) continue;
    const key = argv[i].slice(2);
    const value = argv[i + 1] && !argv[i + 1].startsWith('--') ? argv[(i += 1)] : true;
    out[key] = value;
  }
  return out;
}

/**
 * A TCP port free on 127.0.0.1 right now (for a child server to listen on).
 * @returns {Promise<number>}
 */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
      server.close(() => resolve(port));
    });
  });
}

/** @param {number} ms */
export function sleep(ms) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/**
 * The nearest-rank percentile; NaN for no values.
 * @param {number[]} values
 * @param {number} p 0-100
 */
export function percentile(values, p) {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

/**
 * Runs `task(0)` … `task(count - 1)`, at most `concurrency` at a time.
 * @param {number} count
 * @param {number} concurrency
 * @param {(i: number) => Promise<void>} task
 */
export async function pool(count, concurrency, task) {
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(concurrency, count) }, async () => {
      while (next < count) await task(next++);
    }),
  );
}

/**
 * Resident memory (KiB) of process `pid`, from /proc; NaN without a pid.
 * @param {number | null | undefined} pid
 */
export function rssKib(pid) {
  if (!pid) return NaN;
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const match = /VmRSS:\s+(\d+)/.exec(status);
  if (!match) throw new Error(`no VmRSS in /proc/${pid}/status`);
  return Number(match[1]);
}

/**
 * @param {() => boolean} condition
 * @param {number} timeoutMs
 * @param {() => string} message
 * @param {import('node:child_process').ChildProcess} [child] fails at once if it exits
 */
export async function waitFor(condition, timeoutMs, message, child) {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (child?.exitCode !== null && child?.exitCode !== undefined) throw new Error(message());
    if (Date.now() > deadline) throw new Error(message());
    await sleep(100);
  }
}

/**
 * Resident memory now and its high-water mark (KiB) of process `pid`, from /proc.
 * @param {number} pid
 * @returns {{ rss: number, hwm: number }}
 */
export function memoryKib(pid) {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return {
    rss: Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? NaN),
    hwm: Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? NaN),
  };
}

/**
 * This process's open-file limits (`ulimit -n`, soft and hard), from /proc; a child inherits them.
 * @returns {{ soft: number, hard: number }}
 */
export function openFileLimit() {
  const match = /Max open files\s+(\d+|unlimited)\s+(\d+|unlimited)/.exec(readFileSync('/proc/self/limits', 'utf8'));
  /** @param {string | undefined} v */
  const n = (v) => (v === 'unlimited' ? Infinity : Number(v ?? NaN));
  return { soft: n(match?.[1]), hard: n(match?.[2]) };
}

/**
 * @typedef {object} BuiltServer
 * @property {string} url
 * @property {number | undefined} pid
 * @property {string} adminPassword
 * @property {string} dataDir the temporary folder (remove it when done)
 * @property {string} databaseUrl the embedded PostgreSQL, as the thidua user
 */

/**
 * Starts server/dist in production mode on an embedded PostgreSQL in a fresh temporary folder
 * with the demo data; resolves once it serves. The child goes into `children` (stop it when done).
 * @param {import('node:child_process').ChildProcess[]} children
 * @param {{ name: string, env?: Record<string, string>, log?: (line: string) => void }} options
 *   name: the folder's prefix; env: more environment (e.g. TRUST_PROXY)
 * @returns {Promise<BuiltServer>}
 */
export async function startBuiltServer(children, { name, env = {}, log = () => {} }) {
  const dataDir = mkdtempSync(join(tmpdir(), `thidua-${name}-`));
  chmodSync(dataDir, 0o755); // the embedded PostgreSQL runs as the postgres user when we are root
  const port = await freePort();
  const pgPort = await freePort();
  const adminPassword = `Bench-${randomBytes(9).toString('base64url')}`;
  const child = spawn(process.execPath, [join(root, 'server/dist/main.js')], {
    cwd: root,
    env: {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      NODE_ENV: 'production',
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      EMBEDDED_PG_PORT: String(pgPort),
      ADMIN_PASSWORD: adminPassword,
      LOG_LEVEL: 'warn',
      ...(process.env.NODE_OPTIONS ? { NODE_OPTIONS: process.env.NODE_OPTIONS } : {}),
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  let output = '';
  child.stdout.on('data', (/** @type {Buffer} */ c) => (output += c.toString()));
  child.stderr.on('data', (/** @type {Buffer} */ c) => (output += c.toString()));
  await waitFor(
    () => output.includes('thidua is running'),
    120_000,
    () => `server did not start:\n${output}`,
    child,
  );
  const password = readFileSync(join(dataDir, 'pg-password'), 'utf8').trim();
  log(`server pid ${child.pid} on port ${port} (embedded PostgreSQL in ${dataDir})`);
  return {
    url: `http://127.0.0.1:${port}`,
    pid: child.pid,
    adminPassword,
    dataDir,
    databaseUrl: `postgres://thidua:${encodeURIComponent(password)}@127.0.0.1:${pgPort}/thidua`,
  };
}

/**
 * The `data` of a GraphQL answer, shaped as the query asks; a GraphQL error throws.
 * @template T
 * @param {string} url the server's origin
 * @param {string} query
 * @param {Record<string, unknown>} [variables]
 * @param {string} [token]
 * @returns {Promise<T>}
 */
export async function gql(url, query, variables = {}, token) {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  /** @type {unknown} */
  const json = await response.json();
  const body = /** @type {{ data: T, errors?: { message: string }[] }} */ (json);
  if (body.errors?.length) throw new Error(body.errors[0].message);
  return body.data;
}

/**
 * Signs in as admin and starts a live game from the demo quiz (or the first quiz).
 * @param {string} url
 * @param {string} adminPassword
 * @param {Record<string, unknown>} settings the game's settings
 * @returns {Promise<{ token: string, gameId: string, pin: string }>}
 */
export async function startDemoLiveGame(url, adminPassword, settings) {
  /** @type {{ signIn: { accessToken: string } }} */
  const signedIn = await gql(url, 'mutation($i: SignInInput!) { signIn(input: $i) { accessToken } }', {
    i: { username: 'admin', password: adminPassword },
  });
  const token = signedIn.signIn.accessToken;
  /** @type {{ quizzes: { id: string, isDemo: boolean }[] }} */
  const { quizzes } = await gql(url, '{ quizzes { id isDemo } }', {}, token);
  const quiz = quizzes.find((q) => q.isDemo) ?? quizzes[0];
  if (!quiz) throw new Error('the server has no quiz (load the demo data)');
  /** @type {{ startLiveGame: { id: string, pin: string } }} */
  const started = await gql(
    url,
    'mutation($i: StartLiveGameInput!) { startLiveGame(input: $i) { id pin } }',
    { i: { quizId: quiz.id, settings } },
    token,
  );
  return { token, gameId: started.startLiveGame.id, pin: started.startLiveGame.pin };
}
