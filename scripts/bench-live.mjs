// `npm run bench:live -- --players N [--questions 3] [--url http://host:port --admin-password P --database-url postgres://…]`
//
// The live quiz benchmark (issue 4). Without --url it starts the built server
// (server/dist, rebuilt first when stale) on an embedded PostgreSQL in a
// fresh temporary folder with the demo data, so it measures a real installation. Then:
//   1. signs in as admin, starts a live game from the demo quiz (2 s reading time);
//   2. connects N players (socket.io-client, websocket transport) and joins them by PIN;
//      each connection carries its own X-Forwarded-For (one fake private address per
//      100 players; the server trusts that header from loopback only), so the per-address
//      join limit is not what is measured — only a header on loopback connections;
//   3. plays --questions questions: the host's `next`, every player answers at once right
//      after the options open, the server reveals when everyone has answered, the host
//      asks for the leaderboard as soon as it sees the reveal;
//   4. checks PostgreSQL: every `accepted` ack has its row (else lost), no answer is
//      stored or accepted twice and every total is the sum of its answers (else duplicated).
// In the same run it drives a bare socket.io server (no NestJS, no database; started by
// this script as a child process) with the same harness: the baseline.
//
// Measures, per target: join time; question broadcast (receipt − the question's server
// `shownAt`, corrected by a time:sync offset); answer ack (client send → ack); reveal
// and leaderboard delivery after the close (receipt − the last ack, which is when the
// server closes an all-answered question); server RSS per player (VmRSS of the server
// process before connecting and after all joined; the embedded PostgreSQL is another
// process and not counted). Ends with exactly one line:
//   players=N broadcast_p99_ms=... ack_p99_ms=... leaderboard_p99_ms=... rss_per_player_kib=... lost=0 duplicated=0 baseline_ack_p99_ms=... baseline_broadcast_p99_ms=...
//
// The load generator runs on the same machine as the server. Each player is one file
// descriptor here and one in the server: for 10,000 players `ulimit -n` must be above
// 10,000 in this shell (the server inherits it).
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmodSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { io } from 'socket.io-client';
import { buildIfStale } from './build-if-stale.mjs';
import { freePort, parseArgs, percentile, pool, rssKib, sleep, waitFor } from './lib/bench-helpers.mjs';
import { checkLiveAnswers } from './lib/live-answers-check.mjs';
import { emitAck } from './lib/live-socket.mjs';

/** @typedef {import('@thidua/shared').LiveStateView} LiveStateView */
/** @typedef {import('@thidua/shared').LiveQuestionView} LiveQuestionView */
/** @typedef {import('./lib/live-socket.mjs').LiveSocket} LiveSocket */
/** @typedef {import('node:child_process').ChildProcess} ChildProcess */
/** @typedef {{ url: string, pid: number | null | undefined, adminPassword: string, databaseUrl: string }} Target */
/** A game in its lobby, on the real server or the baseline. */
/** @typedef {{ url: string, pid: number | null | undefined, pin: string, hostToken: string, gameId: string }} LobbyGame */
/**
 * One connected player: when it first saw each `phase:question` state, and its answer acks.
 * @typedef {object} Phone
 * @property {number} i
 * @property {LiveSocket} socket
 * @property {string | null} playerId
 * @property {Map<string, { at: number, state: LiveStateView }>} seen
 * @property {{ questionIndex: number, status: string }[]} acks
 */
/**
 * Latency samples in ms, one per player and question.
 * @typedef {{ broadcast: number[], ack: number[], reveal: number[], leaderboard: number[] }} Samples
 */
/**
 * @typedef {Samples & { phones: Phone[], gameId: string, rssPerPlayerKib: number, joinWall: number, failures: number }} HarnessResult
 */

const root = new URL('..', import.meta.url).pathname;
const args = parseArgs(process.argv.slice(2));
/** @param {string} line */
const log = (line) => process.stderr.write(`${line}\n`);

const PLAYERS = Number(args.players ?? 1000);
const QUESTIONS = Number(args.questions ?? 3);
if (!Number.isInteger(PLAYERS) || PLAYERS < 1) fail('--players must be a positive integer');
/** @type {ChildProcess[]} */
const children = [];
/** @type {string | null} */
let dataDir = null;
try {
  if (!args.url && !args['no-build']) buildIfStale();
  const target = args.url ? external() : await startServer(children, (/** @type {string} */ d) => (dataDir = d));
  const live = await runHarness('thidua', await liveGame(target), PLAYERS, QUESTIONS);
  const check = await checkLiveAnswers(target.databaseUrl, live, log);
  const baselineTarget = await startBaseline(children);
  const baseline = await runHarness('bare socket.io', baselineGame(baselineTarget), PLAYERS, QUESTIONS);
  /** @param {number[]} xs */
  const p99 = (xs) => percentile(xs, 99).toFixed(0);
  process.stdout.write(
    `players=${PLAYERS} broadcast_p99_ms=${p99(live.broadcast)} ack_p99_ms=${p99(live.ack)} ` +
      `leaderboard_p99_ms=${p99(live.leaderboard)} rss_per_player_kib=${live.rssPerPlayerKib.toFixed(1)} ` +
      `lost=${check.lost} duplicated=${check.duplicated} baseline_ack_p99_ms=${p99(baseline.ack)} ` +
      `baseline_broadcast_p99_ms=${p99(baseline.broadcast)}\n`,
  );
  process.exitCode = check.lost === 0 && check.duplicated === 0 && live.failures === 0 ? 0 : 1;
} catch (error) {
  log(`bench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  process.exitCode = 1;
} finally {
  for (const child of children) if (child.exitCode === null) child.kill('SIGTERM');
  await Promise.all(children.filter((c) => c.exitCode === null).map((c) => new Promise((r) => c.once('exit', r))));
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
}

// ---------- the harness (same for both targets) ----------

/**
 * Plays `game` with `players` players: the latency samples (ms), join figures and RSS per player.
 * @param {string} name
 * @param {LobbyGame} game
 * @param {number} players
 * @param {number} questions
 * @returns {Promise<HarnessResult>}
 */
async function runHarness(name, game, players, questions) {
  log(`\n== ${name}: ${players} players, ${questions} questions ==`);
  const rssBefore = rssKib(game.pid);
  const host = await connect(game.url, { token: game.hostToken });
  const offset = await timeOffset(host); // server clock − local clock
  const attached = await emitAck(host, 30_000, 'host:attach', { gameId: game.gameId });
  if (!attached.ok) throw new Error(`host:attach: ${attached.reason}`);

  /** @type {Phone[]} */
  const phones = [];
  /** @type {number[]} */
  const joinMs = [];
  const joinStarted = Date.now();
  let failures = 0;
  await pool(players, 200, async (i) => {
    const t0 = Date.now();
    const socket = await connect(game.url, {
      xff: `10.${77 + (Math.floor(i / 100) >> 8)}.${Math.floor(i / 100) & 255}.7`,
    });
    /** @type {Phone} */
    const phone = { i, socket, playerId: null, seen: new Map(), acks: [] };
    socket.on('game:state', (state) => {
      const key = `${state.phase}:${state.question?.index ?? -1}`;
      if (!phone.seen.has(key)) phone.seen.set(key, { at: Date.now(), state });
    });
    const ack = await emitAck(socket, 60_000, 'player:join', { pin: game.pin, name: `Người chơi ${i + 1}` });
    if (!ack.ok) throw new Error(`join ${i}: ${ack.reason} ${ack.message ?? ''}`);
    phone.playerId = ack.state.you?.playerId ?? null;
    phones.push(phone);
    joinMs.push(Date.now() - t0);
  });
  const joinWall = Date.now() - joinStarted;
  await sleep(500);
  const rssAfter = rssKib(game.pid);
  const rssPerPlayerKib = (rssAfter - rssBefore) / players;
  log(
    `join: ${players} in ${(joinWall / 1000).toFixed(2)} s (${((players / joinWall) * 1000).toFixed(0)}/s), ` +
      `p50 ${percentile(joinMs, 50).toFixed(0)} ms p99 ${percentile(joinMs, 99).toFixed(0)} ms; ` +
      `X-Forwarded-For: ${Math.ceil(players / 100)} fake private addresses (100 players each)`,
  );
  log(
    `server RSS: ${(rssBefore / 1024).toFixed(0)} MiB before, ${(rssAfter / 1024).toFixed(0)} MiB after → ` +
      `${rssPerPlayerKib.toFixed(1)} KiB per player`,
  );

  /** @type {Map<string, LiveStateView>} */
  const hostSeen = new Map();
  /** @type {{ key: string, resolve: (state: LiveStateView) => void }[]} */
  const hostWaiters = [];
  host.on('game:state', (state) => {
    const key = `${state.phase}:${state.question?.index ?? -1}`;
    if (!hostSeen.has(key)) hostSeen.set(key, state);
    for (const w of [...hostWaiters]) if (w.key === key) w.resolve(state);
  });
  /**
   * @param {string} key
   * @returns {Promise<LiveStateView>}
   */
  const hostUntil = (key) => {
    const seen = hostSeen.get(key);
    return seen ? Promise.resolve(seen) : new Promise((resolve) => hostWaiters.push({ key, resolve }));
  };
  /** When phone `p` first saw `key` (a state everyone has seen). */
  const seenAt = (/** @type {Phone} */ p, /** @type {string} */ key) => {
    const seen = p.seen.get(key);
    if (!seen) throw new Error(`player ${p.i} never got ${key}`);
    return seen.at;
  };
  /** @param {string} key */
  const everyone = async (key, timeoutMs = 60_000) => {
    const deadline = Date.now() + timeoutMs;
    while (phones.some((p) => !p.seen.has(key))) {
      if (Date.now() > deadline) {
        const missing = phones.filter((p) => !p.seen.has(key)).length;
        throw new Error(`${missing} players never got ${key}`);
      }
      await sleep(10);
    }
  };

  /** @type {Samples} */
  const samples = { broadcast: [], ack: [], reveal: [], leaderboard: [] };
  for (let k = 0; k < questions; k += 1) {
    const hostAck = await emitAck(host, 30_000, k === 0 ? 'host:start' : 'host:next', { gameId: game.gameId });
    if (!hostAck.ok) throw new Error(`host command: ${hostAck.reason} ${hostAck.message ?? ''}`);
    const qKey = `QUESTION:${k}`;
    await everyone(qKey);
    const q = phones[0].seen.get(qKey)?.state.question;
    if (!q) throw new Error(`${qKey} came without its question`);
    for (const p of phones) samples.broadcast.push(seenAt(p, qKey) - (q.shownAt - offset));

    // Everyone answers at once, right after the options open.
    await sleep(Math.max(0, q.opensAt - offset - Date.now() + 2));
    let lastAckAt = 0;
    /** @type {number[]} */
    const ackMs = [];
    /** @type {Record<string, number>} */
    const statuses = {};
    await Promise.all(
      phones.map(async (p) => {
        const response = answerFor(q, p.i);
        const sent = Date.now();
        try {
          const ack = await emitAck(p.socket, 60_000, 'player:answer', { questionIndex: k, response });
          const at = Date.now();
          lastAckAt = Math.max(lastAckAt, at);
          ackMs.push(at - sent);
          statuses[ack.status] = (statuses[ack.status] ?? 0) + 1;
          p.acks.push({ questionIndex: k, status: ack.status });
        } catch {
          statuses.timeout = (statuses.timeout ?? 0) + 1;
          failures += 1;
        }
      }),
    );
    samples.ack.push(...ackMs);
    // The host asks for the leaderboard as soon as it sees the reveal.
    await hostUntil(`REVEAL:${k}`);
    const lb = emitAck(host, 30_000, 'host:next', { gameId: game.gameId });
    await everyone(`REVEAL:${k}`);
    await everyone(`LEADERBOARD:${k}`);
    await lb;
    for (const p of phones) {
      samples.reveal.push(seenAt(p, `REVEAL:${k}`) - lastAckAt);
      samples.leaderboard.push(seenAt(p, `LEADERBOARD:${k}`) - lastAckAt);
    }
    /** @param {number[]} xs */
    const line = (xs) => `p50 ${percentile(xs, 50).toFixed(0)} / p99 ${percentile(xs, 99).toFixed(0)} ms`;
    log(
      `question ${k + 1}: broadcast ${line(samples.broadcast.slice(-players))}, ack ${line(ackMs)} ` +
        `${JSON.stringify(statuses)}, reveal after close ${line(samples.reveal.slice(-players))}, ` +
        `leaderboard after close ${line(samples.leaderboard.slice(-players))}`,
    );
  }
  await emitAck(host, 30_000, 'host:end', { gameId: game.gameId });
  /** @type {(label: string, xs: number[]) => unknown} */
  const summary = (label, xs) =>
    log(`${label.padEnd(28)} p50 ${percentile(xs, 50).toFixed(0)} ms  p99 ${percentile(xs, 99).toFixed(0)} ms`);
  log(`-- ${name} over ${questions} questions --`);
  summary('question broadcast', samples.broadcast);
  summary('answer ack', samples.ack);
  summary('reveal after close', samples.reveal);
  summary('leaderboard after close', samples.leaderboard);
  for (const p of phones) p.socket.disconnect();
  host.disconnect();
  return { ...samples, phones, gameId: game.gameId, rssPerPlayerKib, joinWall, failures };
}

/**
 * @param {LiveQuestionView} q
 * @param {number} i
 * @returns {import('@thidua/shared').AnswerPayload['response']}
 */
function answerFor(q, i) {
  const ids = q.options.map((o) => o.id);
  if (q.type === 'NUMERIC') return { value: i % 3 };
  if (q.type === 'ORDERING') return { optionIds: i % 2 ? ids : [...ids].reverse() };
  return { optionIds: [ids[i % ids.length]] };
}

// ---------- the real server ----------

/**
 * @param {Target} target
 * @returns {Promise<LobbyGame>}
 */
async function liveGame(target) {
  /**
   * The `data` of the answer, shaped as the query asks; a GraphQL error throws.
   * @template T
   * @param {string} query
   * @param {Record<string, unknown>} variables
   * @param {string} [token]
   * @returns {Promise<T>}
   */
  const gql = async (query, variables, token) => {
    const response = await fetch(`${target.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    /** @type {unknown} */
    const json = await response.json();
    const body = /** @type {{ data: T, errors?: { message: string }[] }} */ (json);
    if (body.errors?.length) throw new Error(body.errors[0].message);
    return body.data;
  };
  /** @type {{ signIn: { accessToken: string } }} */
  const signedIn = await gql('mutation($i: SignInInput!) { signIn(input: $i) { accessToken } }', {
    i: { username: 'admin', password: target.adminPassword },
  });
  const token = signedIn.signIn.accessToken;
  /** @type {{ quizzes: { id: string, isDemo: boolean, title: string }[] }} */
  const listed = await gql('{ quizzes { id isDemo title } }', {}, token);
  const quizzes = listed.quizzes;
  const quiz = quizzes.find((q) => q.isDemo) ?? quizzes[0];
  if (!quiz) fail('the server has no quiz (load the demo data)');
  /** @type {{ startLiveGame: { id: string, pin: string } }} */
  const started = await gql(
    'mutation($i: StartLiveGameInput!) { startLiveGame(input: $i) { id pin } }',
    { i: { quizId: quiz.id, settings: { readingSeconds: 2, allowLateJoin: true } } },
    token,
  );
  const game = started.startLiveGame;
  return { url: target.url, pid: target.pid, pin: game.pin, gameId: game.id, hostToken: token };
}

/**
 * @param {ChildProcess[]} children
 * @param {(dataDir: string) => void} setDataDir
 * @returns {Promise<Target>}
 */
async function startServer(children, setDataDir) {
  const dataDir = mkdtempSync(join(tmpdir(), 'thidua-bench-live-'));
  chmodSync(dataDir, 0o755); // the embedded PostgreSQL runs as the postgres user when we are root
  setDataDir(dataDir);
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
      // The bench's phones declare their own addresses (X-Forwarded-For) through this local hop.
      TRUST_PROXY: 'loopback',
      ...(process.env.NODE_OPTIONS ? { NODE_OPTIONS: process.env.NODE_OPTIONS } : {}),
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
    databaseUrl: `postgres://thidua:${encodeURIComponent(password)}@127.0.0.1:${pgPort}/thidua`,
  };
}

/** @returns {Target} */
function external() {
  const adminPassword = args['admin-password'] ?? process.env.ADMIN_PASSWORD;
  const databaseUrl = args['database-url'] ?? process.env.DATABASE_URL;
  if (!adminPassword || !databaseUrl)
    fail('with --url, give --admin-password (or ADMIN_PASSWORD) and --database-url (or DATABASE_URL)');
  return {
    url: String(args.url).replace(/\/$/, ''),
    pid: Number(args.pid ?? 0) || null,
    adminPassword: String(adminPassword),
    databaseUrl: String(databaseUrl),
  };
}

// ---------- the baseline: a bare socket.io server ----------

/**
 * @param {ChildProcess[]} children
 * @returns {Promise<{ url: string, pid: number | undefined }>}
 */
async function startBaseline(children) {
  const port = await freePort();
  const child = spawn(
    process.execPath,
    [new URL('./lib/bare-live-server.mjs', import.meta.url).pathname, '--port', String(port)],
    {
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  children.push(child);
  let output = '';
  child.stdout.on('data', (/** @type {Buffer} */ c) => (output += c.toString()));
  await waitFor(
    () => output.includes('listening'),
    10_000,
    () => 'baseline did not start',
    child,
  );
  return { url: `http://127.0.0.1:${port}`, pid: child.pid };
}

/**
 * @param {{ url: string, pid: number | undefined }} target
 * @returns {LobbyGame}
 */
function baselineGame(target) {
  return { url: target.url, pid: target.pid, pin: '000000', gameId: 'baseline', hostToken: 'baseline' };
}

// ---------- helpers ----------

/**
 * @param {string} url
 * @param {{ token?: string, xff?: string }} [options] xff: the X-Forwarded-For to send
 * @returns {Promise<LiveSocket>}
 */
function connect(url, { token, xff } = {}) {
  /** @type {LiveSocket} */
  const socket = io(`${url}/live`, {
    transports: ['websocket'],
    reconnection: false,
    forceNew: true,
    auth: token ? { token } : {},
    extraHeaders: xff ? { 'x-forwarded-for': xff } : {},
  });
  return new Promise((resolve, reject) => {
    socket.once('connect', () => resolve(socket));
    socket.once('connect_error', reject);
  });
}

/**
 * Server clock − local clock, from the time:sync round trip with the smallest delay.
 * @param {LiveSocket} socket
 */
async function timeOffset(socket) {
  let best = { rtt: Infinity, offset: 0 };
  for (let i = 0; i < 7; i += 1) {
    const t0 = Date.now();
    const r = await emitAck(socket, 5000, 'time:sync', { clientSentAt: t0 });
    const t1 = Date.now();
    if (t1 - t0 < best.rtt) best = { rtt: t1 - t0, offset: r.serverTime - (t0 + t1) / 2 };
  }
  return best.offset;
}

/**
 * @param {string} message
 * @returns {never}
 */
function fail(message) {
  log(message);
  process.exit(2);
}
