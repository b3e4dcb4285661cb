// @ts-check
// `npm run soak -- --minutes 30 --players 300 [--questions 3] [--url http://host:port --admin-password P]`
//
// The soak test (issue 7, "Soak"): a screen and N players play game after game for a
// while; the server must not grow in memory, must not get slower, and the screen must
// still be updating at the end.
//
// Without --url it starts the built server (server/dist, rebuilt first when stale;
// --no-build skips that) with the demo data on an embedded PostgreSQL in a fresh
// temporary folder (or on --database-url), and stops it at the end. Then, until the
// time is up: the admin starts a live game from the demo quiz (no reading time), the
// screen attaches by PIN, every player joins it (one socket per player, kept across
// games; X-Forwarded-For spreads the players over fake private addresses, one per 25,
// as a hall of classes behind a few NATs), the host plays --questions questions (all
// players answer each at once right after it opens; the reveal comes when everyone
// has answered), shows the leaderboard, and ends the game.
//
// Sampled every 5 s from /metrics: server RSS (process_resident_memory_bytes), heap
// used (nodejs_heap_size_used_bytes), event-loop lag p99 (nodejs_eventloop_lag_p99_seconds).
// Per game: answer ack p99 (client send → ack). At the end it compares the start with
// the end — memory: the lowest heap / median RSS of the first vs the last quarter of the
// run (the lowest heap is the live set after a GC); latency: the median per-game ack p99
// and lag p99 of the first vs the last quarter — and prints a verdict:
//   memory growth < --max-memory-growth % (default 25; RSS gets twice that, it includes
//   allocator slack), latency growth < --max-latency-growth % (default 50, plus 25 ms of
//   absolute slack so that 4 ms → 7 ms is not a failure), and the screen's last state
//   change less than 10 s before the end.
// The last line is `SOAK {json}` with every figure (the CI short version parses it);
// the exit code is 0 when the verdict passes, 1 when it fails, 2 on a usage error.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { io } from 'socket.io-client';
import { buildIfStale } from './build-if-stale.mjs';
import { freePort, parseArgs, percentile, sleep } from './lib/bench-helpers.mjs';
import { emitAck } from './lib/live-socket.mjs';
import { mib, parseMetrics, summarize } from './lib/soak-verdict.mjs';

/** @typedef {import('@thidua/shared').LiveStateView} LiveStateView */
/** @typedef {import('@thidua/shared').LiveQuestionView} LiveQuestionView */
/** @typedef {import('@thidua/shared').AnswerPayload['response']} AnswerResponse */
/** @typedef {import('./lib/live-socket.mjs').LiveSocket} LiveSocket */
/** @typedef {import('./lib/live-socket.mjs').ConnectOptions} ConnectOptions */
/** @typedef {{ url: string, adminPassword: string }} Target */
/** @typedef {{ socket: LiveSocket, name: string, gameId: string | null }} Player */
/** @typedef {import('./lib/soak-verdict.mjs').Sample} Sample */
/** @typedef {import('./lib/soak-verdict.mjs').Game} Game */
/** @typedef {import('./lib/soak-verdict.mjs').ScreenState} ScreenState */
/**
 * A GraphQL answer as it came; the caller checks `data`.
 * @template T
 * @typedef {{ data?: T, errors?: unknown[] }} GraphqlAnswer
 */

const root = new URL('..', import.meta.url).pathname;
const args = parseArgs(process.argv.slice(2));
/** @param {string} line */
const log = (line) => process.stderr.write(`[soak ${new Date().toISOString().slice(11, 19)}] ${line}\n`);

const DURATION_MS = args.seconds ? Number(args.seconds) * 1000 : Number(args.minutes ?? 30) * 60_000;
const PLAYERS = Number(args.players ?? 300);
const QUESTIONS = Number(args.questions ?? 3);
const MAX_MEMORY_GROWTH = Number(args['max-memory-growth'] ?? 25);
const MAX_LATENCY_GROWTH = Number(args['max-latency-growth'] ?? 50);
const LATENCY_SLACK_MS = 25;
const SCREEN_STALE_MS = 10_000;
const SAMPLE_EVERY_MS = 5_000;
if (!(DURATION_MS > 0) || !Number.isInteger(PLAYERS) || PLAYERS < 1 || !(QUESTIONS >= 1))
  fail('usage: --minutes M (or --seconds S) --players N [--questions Q]');

/** @type {import('node:child_process').ChildProcess[]} */
const children = [];
/** @type {string | null} */
let dataDir = null;
let exitCode = 1;
let stopping = false;
try {
  if (!args.url && !args['no-build']) buildIfStale();
  const target = args.url ? external() : await startServer();
  const result = await soak(target);
  exitCode = result.verdict.pass ? 0 : 1;
  process.stdout.write(`SOAK ${JSON.stringify(result)}\n`);
} catch (error) {
  log(`failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  exitCode = 1;
} finally {
  stopping = true;
  for (const child of children) if (child.exitCode === null) child.kill('SIGTERM');
  await Promise.all(children.filter((c) => c.exitCode === null).map((c) => new Promise((r) => c.once('exit', r))));
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
}
process.exit(exitCode);

// ---------- the soak ----------

/** @param {Target} target */
async function soak(target) {
  const admin = await signIn(target.url, 'admin', target.adminPassword);
  // Access tokens live 15 minutes: a soak outlives them, so sign in again every 10.
  const session = { token: admin, at: Date.now() };
  const adminToken = async () => {
    if (Date.now() - session.at > 10 * 60_000) {
      session.token = await signIn(target.url, 'admin', target.adminPassword);
      session.at = Date.now();
    }
    return session.token;
  };
  /** @type {GraphqlAnswer<{ quizzes: { id: string, isDemo: boolean }[] }>} */
  const quizzes = await gql(target.url, '{ quizzes { id isDemo } }', {}, admin);
  if (!quizzes.data) throw new Error(`quizzes: ${JSON.stringify(quizzes.errors)}`);
  const quizId = (quizzes.data.quizzes.find((q) => q.isDemo) ?? quizzes.data.quizzes[0]).id;

  const host = await connect(target.url, { auth: { token: admin } });
  const screen = await connect(target.url);
  /** @type {ScreenState} */
  const screenState = { lastChangeAt: Date.now(), changes: 0, lastPhase: null };
  screen.on('game:state', (state) => {
    screenState.lastChangeAt = Date.now();
    screenState.changes += 1;
    screenState.lastPhase = state.phase;
  });

  log(`connecting ${PLAYERS} players`);
  /** @type {Player[]} */
  const players = [];
  for (let i = 0; i < PLAYERS; i += 1) {
    const ip = `10.77.${Math.floor(i / 25 / 250)}.${(Math.floor(i / 25) % 250) + 1}`;
    players.push(await player(target.url, i, ip));
  }

  /** @type {Sample[]} */
  const samples = [];
  /** @type {Game[]} */
  const games = [];
  const sampleOnce = async () => {
    try {
      const metrics = parseMetrics(await (await fetch(`${target.url}/metrics`)).text());
      samples.push({
        at: Date.now(),
        rssBytes: metrics.process_resident_memory_bytes,
        heapUsedBytes: metrics.nodejs_heap_size_used_bytes,
        lagP99Ms: (metrics.nodejs_eventloop_lag_p99_seconds ?? NaN) * 1000,
        liveGames: metrics.thidua_live_games,
      });
    } catch (error) {
      log(`metrics sample failed: ${String(error)}`);
    }
  };
  await sampleOnce();
  const sampler = setInterval(() => void sampleOnce(), SAMPLE_EVERY_MS);

  const started = Date.now();
  try {
    while (Date.now() - started < DURATION_MS) {
      const game = await playGame(target.url, await adminToken(), quizId, host, screen, players);
      games.push(game);
      log(
        `game ${games.length}: ${game.questions} questions, ${game.answers} answers, ack p99 ${game.ackP99Ms.toFixed(0)} ms, ` +
          `rejected ${game.rejected}, ${(game.durationMs / 1000).toFixed(1)} s; ` +
          `rss ${mib(samples.at(-1)?.rssBytes)} MiB, heap ${mib(samples.at(-1)?.heapUsedBytes)} MiB`,
      );
    }
  } finally {
    clearInterval(sampler);
  }
  await sampleOnce();
  const endedAt = Date.now();
  for (const p of players) p.socket.disconnect();
  host.disconnect();
  screen.disconnect();

  const limits = {
    maxMemoryGrowthPercent: MAX_MEMORY_GROWTH,
    maxLatencyGrowthPercent: MAX_LATENCY_GROWTH,
    latencySlackMs: LATENCY_SLACK_MS,
  };
  return summarize({ samples, games, screenState, endedAt, startedAt: started }, PLAYERS, limits, SCREEN_STALE_MS, log);
}

/**
 * @param {string} url
 * @param {string} admin the admin's access token
 * @param {string} quizId
 * @param {LiveSocket} host
 * @param {LiveSocket} screen
 * @param {Player[]} players
 * @returns {Promise<Game>}
 */
async function playGame(url, admin, quizId, host, screen, players) {
  const startedAt = Date.now();
  /** @type {GraphqlAnswer<{ startLiveGame: { id: string, pin: string } }>} */
  const started = await gql(
    url,
    'mutation($input: StartLiveGameInput!) { startLiveGame(input: $input) { id pin } }',
    { input: { quizId, settings: { readingSeconds: 0 } } },
    admin,
  );
  if (!started.data) throw new Error(`startLiveGame: ${JSON.stringify(started.errors)}`);
  const { id: gameId, pin } = started.data.startLiveGame;
  /** @param {'host:start' | 'host:next' | 'host:end'} event */
  const hostCall = async (event) => {
    const ack = await emitAck(host, 15_000, event, { gameId });
    if (!ack.ok) throw new Error(`${event}: ${ack.reason} ${ack.message}`);
    return ack;
  };
  const attached = await emitAck(host, 15_000, 'host:attach', { gameId });
  if (!attached.ok) throw new Error(`host:attach: ${attached.reason} ${attached.message}`);
  const total = Math.min(QUESTIONS, attached.state.questionCount);
  const screenAck = await emitAck(screen, 15_000, 'screen:attach', { pin });
  if (!screenAck.ok) throw new Error(`screen:attach: ${screenAck.reason}`);

  /** @type {number[]} */
  const acks = [];
  let rejected = 0;
  /** @type {string[]} */
  const joinFailures = [];
  await Promise.all(
    players.map(async (p) => {
      const ack = await emitAck(p.socket, 15_000, 'player:join', { pin, name: p.name, unitId: null }).catch(
        (/** @type {unknown} */ e) => /** @type {const} */ ({ ok: false, reason: String(e) }),
      );
      if (!ack.ok) joinFailures.push(ack.reason);
      p.gameId = ack.ok ? gameId : null;
    }),
  );
  if (joinFailures.length > 0) log(`${joinFailures.length} joins failed: ${[...new Set(joinFailures)].join(', ')}`);

  /** @type {LiveStateView[]} */
  const hostStates = [];
  /** @param {LiveStateView} s */
  const onHostState = (s) => hostStates.push(s);
  host.on('game:state', onHostState);
  /**
   * @param {(state: LiveStateView) => boolean} predicate
   * @returns {Promise<LiveStateView>}
   */
  const hostUntil = async (predicate, timeoutMs = 60_000) => {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = hostStates.find((s) => s.gameId === gameId && predicate(s));
      if (found) return found;
      if (Date.now() > deadline) throw new Error('the host saw no matching state');
      await sleep(20);
    }
  };
  try {
    for (let index = 0; index < total; index += 1) {
      await hostCall(index === 0 ? 'host:start' : 'host:next');
      const shown = await hostUntil((s) => s.phase === 'QUESTION' && s.question?.index === index);
      const q = shown.question;
      if (!q) throw new Error('the host saw a question phase without its question');
      await sleep(Math.max(0, q.opensAt - Date.now() + 30));
      await Promise.all(
        players
          .filter((p) => p.gameId === gameId)
          .map(async (p, i) => {
            await sleep(Math.floor(Math.random() * 200));
            const sentAt = performance.now();
            const ack = await emitAck(p.socket, 15_000, 'player:answer', {
              questionIndex: index,
              response: someResponse(q, i),
            }).catch(() => /** @type {const} */ ({ status: 'timeout' }));
            if (ack.status === 'accepted' || ack.status === 'duplicate') acks.push(performance.now() - sentAt);
            else rejected += 1;
          }),
      );
      await hostUntil((s) => s.phase === 'REVEAL' && s.reveal?.index === index, q.timeLimitMs + 10_000);
      await sleep(300);
      await hostCall('host:next'); // leaderboard
      await hostUntil((s) => s.phase === 'LEADERBOARD' && s.leaderboard?.afterQuestion === index);
      await sleep(300);
    }
    await hostCall('host:end');
    await hostUntil((s) => s.phase === 'ENDED');
  } finally {
    host.off('game:state', onHostState);
  }
  return {
    gameId,
    questions: total,
    answers: acks.length,
    rejected,
    joinFailures: joinFailures.length,
    ackP99Ms: percentile(acks, 99),
    durationMs: Date.now() - startedAt,
    endedAt: Date.now(),
  };
}

// ---------- clients ----------

/**
 * @param {string} url
 * @param {ConnectOptions} [options]
 * @returns {Promise<LiveSocket>}
 */
function connect(url, options = {}) {
  /** @type {LiveSocket} */
  const socket = io(`${url}/live`, { transports: ['websocket'], reconnection: true, forceNew: true, ...options });
  return new Promise((resolve, reject) => {
    socket.once('connect', () => resolve(socket));
    socket.once('connect_error', reject);
  });
}

/**
 * @param {string} url
 * @param {number} i
 * @param {string} ip its X-Forwarded-For
 * @returns {Promise<Player>}
 */
async function player(url, i, ip) {
  const socket = await connect(url, { extraHeaders: { 'x-forwarded-for': ip } });
  return { socket, name: `Người chơi ${i + 1}`, gameId: null };
}

/**
 * @param {LiveQuestionView} q
 * @param {number} seed
 * @returns {AnswerResponse}
 */
function someResponse(q, seed) {
  const ids = q.options.map((o) => o.id);
  if (q.type === 'NUMERIC') return { value: seed % 5 };
  if (q.type === 'ORDERING') return { optionIds: seed % 2 ? ids : [...ids].reverse() };
  if (q.type === 'MULTIPLE_SELECT') return { optionIds: ids.filter((_, k) => (seed + k) % 2 === 0).slice(0, 2) };
  return { optionIds: [ids[seed % ids.length]] };
}

/**
 * @template T
 * @param {string} url
 * @param {string} query
 * @param {Record<string, unknown>} [variables]
 * @param {string} [token]
 * @returns {Promise<GraphqlAnswer<T>>}
 */
async function gql(url, query, variables = {}, token) {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  /** @type {unknown} */
  const json = await response.json();
  return /** @type {GraphqlAnswer<T>} */ (json);
}

/**
 * @param {string} url
 * @param {string} username
 * @param {string} password
 * @returns {Promise<string>} an access token
 */
async function signIn(url, username, password) {
  /** @type {GraphqlAnswer<{ signIn: { accessToken: string } | null }>} */
  const result = await gql(url, 'mutation($input: SignInInput!) { signIn(input: $input) { accessToken } }', {
    input: { username, password },
  });
  if (!result.data?.signIn) throw new Error(`sign-in failed: ${JSON.stringify(result.errors)}`);
  return result.data.signIn.accessToken;
}

// ---------- the server ----------

/** @returns {Promise<Target>} */
async function startServer() {
  dataDir = mkdtempSync(join(tmpdir(), 'thidua-soak-'));
  chmodSync(dataDir, 0o755); // the embedded PostgreSQL runs as the postgres user when we are root
  const port = await freePort();
  const adminPassword = `Soak-${randomBytes(9).toString('base64url')}`;
  const child = spawn(process.execPath, [join(root, 'server/dist/main.js')], {
    cwd: root,
    env: {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      NODE_ENV: 'production',
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      EMBEDDED_PG_PORT: String(await freePort()),
      ADMIN_PASSWORD: adminPassword,
      DEMO_DATA: 'true',
      LOG_LEVEL: 'warn',
      // The soak's phones declare their own addresses (X-Forwarded-For) through this local hop.
      TRUST_PROXY: 'loopback',
      ...(args['database-url'] ? { DATABASE_URL: String(args['database-url']) } : {}),
      ...(process.env.NODE_OPTIONS ? { NODE_OPTIONS: process.env.NODE_OPTIONS } : {}),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  let output = '';
  child.once('exit', (code, signal) => {
    if (!stopping) log(`the server exited unexpectedly (${code ?? signal}); its last output:\n${output.slice(-4000)}`);
  });
  child.stdout.on('data', (/** @type {Buffer} */ c) => (output += c.toString()));
  child.stderr.on('data', (/** @type {Buffer} */ c) => {
    output += c.toString();
    if (args.verbose) process.stderr.write(c);
  });
  const deadline = Date.now() + 120_000;
  while (!output.includes('thidua is running')) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}:\n${output}`);
    if (Date.now() > deadline) throw new Error(`server did not start:\n${output}`);
    await sleep(100);
  }
  log(`server pid ${child.pid} on port ${port}`);
  return { url: `http://127.0.0.1:${port}`, adminPassword };
}

/** @returns {Target} */
function external() {
  const adminPassword = args['admin-password'] ?? process.env.ADMIN_PASSWORD;
  if (!adminPassword) fail('with --url, give --admin-password (or ADMIN_PASSWORD)');
  return { url: String(args.url).replace(/\/$/, ''), adminPassword: String(adminPassword) };
}

// ---------- helpers ----------

/**
 * @param {string} message
 * @returns {never}
 */
function fail(message) {
  log(message);
  process.exit(2);
}
