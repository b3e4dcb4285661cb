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
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { io } from 'socket.io-client';
import { buildIfStale } from './build-if-stale.mjs';

const root = new URL('..', import.meta.url).pathname;
const args = parseArgs(process.argv.slice(2));
const log = (line) => process.stderr.write(`${line}\n`);

if (args['serve-baseline']) {
  await serveBaseline(Number(args.port));
} else {
  const PLAYERS = Number(args.players ?? 1000);
  const QUESTIONS = Number(args.questions ?? 3);
  if (!Number.isInteger(PLAYERS) || PLAYERS < 1) fail('--players must be a positive integer');
  const children = [];
  let dataDir = null;
  try {
    if (!args.url && !args['no-build']) buildIfStale();
    const target = args.url ? external() : await startServer(children, (d) => (dataDir = d));
    const live = await runHarness('thidua', await liveGame(target), PLAYERS, QUESTIONS);
    const check = await checkDatabase(target.databaseUrl, live);
    const baselineTarget = await startBaseline(children);
    const baseline = await runHarness('bare socket.io', await baselineGame(baselineTarget), PLAYERS, QUESTIONS);
    const p99 = (xs) => percentile(xs, 99).toFixed(0);
    process.stdout.write(
      `players=${PLAYERS} broadcast_p99_ms=${p99(live.broadcast)} ack_p99_ms=${p99(live.ack)} ` +
        `leaderboard_p99_ms=${p99(live.leaderboard)} rss_per_player_kib=${live.rssPerPlayerKib.toFixed(1)} ` +
        `lost=${check.lost} duplicated=${check.duplicated} baseline_ack_p99_ms=${p99(baseline.ack)} ` +
        `baseline_broadcast_p99_ms=${p99(baseline.broadcast)}\n`,
    );
    process.exitCode = check.lost === 0 && check.duplicated === 0 && live.failures === 0 ? 0 : 1;
  } catch (error) {
    log(`bench failed: ${error?.stack ?? error}`);
    process.exitCode = 1;
  } finally {
    for (const child of children) if (child.exitCode === null) child.kill('SIGTERM');
    await Promise.all(children.map((c) => (c.exitCode === null ? new Promise((r) => c.once('exit', r)) : null)));
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  }
}

// ---------- the harness (same for both targets) ----------

/**
 * `game`: { url, pid, pin, hostToken, gameId } of a game in its lobby.
 * Returns the latency samples (ms), join figures and RSS per player.
 */
async function runHarness(name, game, players, questions) {
  log(`\n== ${name}: ${players} players, ${questions} questions ==`);
  const rssBefore = rssKib(game.pid);
  const host = await connect(game.url, { token: game.hostToken });
  const offset = await timeOffset(host); // server clock − local clock
  let hostAck = await host.timeout(30_000).emitWithAck('host:attach', { gameId: game.gameId });
  if (!hostAck.ok) throw new Error(`host:attach: ${hostAck.reason}`);

  const phones = [];
  const joinMs = [];
  const joinStarted = Date.now();
  let failures = 0;
  await pool(players, 200, async (i) => {
    const t0 = Date.now();
    const socket = await connect(game.url, {
      xff: `10.${77 + (Math.floor(i / 100) >> 8)}.${Math.floor(i / 100) & 255}.7`,
    });
    const phone = { i, socket, playerId: null, seen: new Map(), acks: [] };
    socket.on('game:state', (state) => {
      const key = `${state.phase}:${state.question?.index ?? -1}`;
      if (!phone.seen.has(key)) phone.seen.set(key, { at: Date.now(), state });
    });
    const ack = await socket.timeout(60_000).emitWithAck('player:join', { pin: game.pin, name: `Người chơi ${i + 1}` });
    if (!ack.ok) throw new Error(`join ${i}: ${ack.reason} ${ack.message ?? ''}`);
    phone.playerId = ack.state.you?.playerId ?? ack.playerId;
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

  const hostSeen = new Map();
  const hostWaiters = [];
  host.on('game:state', (state) => {
    const key = `${state.phase}:${state.question?.index ?? -1}`;
    if (!hostSeen.has(key)) hostSeen.set(key, state);
    for (const w of [...hostWaiters]) if (w.key === key) w.resolve(state);
  });
  const hostUntil = (key) =>
    hostSeen.has(key)
      ? Promise.resolve(hostSeen.get(key))
      : new Promise((resolve) => hostWaiters.push({ key, resolve }));
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

  const samples = { broadcast: [], ack: [], reveal: [], leaderboard: [] };
  for (let k = 0; k < questions; k += 1) {
    hostAck = await host.timeout(30_000).emitWithAck(k === 0 ? 'host:start' : 'host:next', { gameId: game.gameId });
    if (!hostAck.ok) throw new Error(`host command: ${hostAck.reason} ${hostAck.message ?? ''}`);
    const qKey = `QUESTION:${k}`;
    await everyone(qKey);
    const q = phones[0].seen.get(qKey).state.question;
    for (const p of phones) samples.broadcast.push(p.seen.get(qKey).at - (q.shownAt - offset));

    // Everyone answers at once, right after the options open.
    await sleep(Math.max(0, q.opensAt - offset - Date.now() + 2));
    let lastAckAt = 0;
    const ackMs = [];
    const statuses = {};
    await Promise.all(
      phones.map(async (p) => {
        const response = answerFor(q, p.i);
        const sent = Date.now();
        try {
          const ack = await p.socket.timeout(60_000).emitWithAck('player:answer', { questionIndex: k, response });
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
    const lb = host.timeout(30_000).emitWithAck('host:next', { gameId: game.gameId });
    await everyone(`REVEAL:${k}`);
    await everyone(`LEADERBOARD:${k}`);
    await lb;
    for (const p of phones) {
      samples.reveal.push(p.seen.get(`REVEAL:${k}`).at - lastAckAt);
      samples.leaderboard.push(p.seen.get(`LEADERBOARD:${k}`).at - lastAckAt);
    }
    const line = (xs) => `p50 ${percentile(xs, 50).toFixed(0)} / p99 ${percentile(xs, 99).toFixed(0)} ms`;
    log(
      `question ${k + 1}: broadcast ${line(samples.broadcast.slice(-players))}, ack ${line(ackMs)} ` +
        `${JSON.stringify(statuses)}, reveal after close ${line(samples.reveal.slice(-players))}, ` +
        `leaderboard after close ${line(samples.leaderboard.slice(-players))}`,
    );
  }
  await host.timeout(30_000).emitWithAck('host:end', { gameId: game.gameId });
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

function answerFor(q, i) {
  const ids = q.options.map((o) => o.id);
  if (q.type === 'NUMERIC') return { value: i % 3 };
  if (q.type === 'ORDERING') return { optionIds: i % 2 ? ids : [...ids].reverse() };
  return { optionIds: [ids[i % ids.length]] };
}

// ---------- the real server ----------

async function liveGame(target) {
  const gql = async (query, variables, token) => {
    const response = await fetch(`${target.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    const body = await response.json();
    if (body.errors?.length) throw new Error(body.errors[0].message);
    return body.data;
  };
  const token = (
    await gql('mutation($i: SignInInput!) { signIn(input: $i) { accessToken } }', {
      i: { username: 'admin', password: target.adminPassword },
    })
  ).signIn.accessToken;
  const quizzes = (await gql('{ quizzes { id isDemo title } }', {}, token)).quizzes;
  const quiz = quizzes.find((q) => q.isDemo) ?? quizzes[0];
  if (!quiz) fail('the server has no quiz (load the demo data)');
  const game = (
    await gql(
      'mutation($i: StartLiveGameInput!) { startLiveGame(input: $i) { id pin } }',
      { i: { quizId: quiz.id, settings: { readingSeconds: 2, allowLateJoin: true } } },
      token,
    )
  ).startLiveGame;
  return { url: target.url, pid: target.pid, pin: game.pin, gameId: game.id, hostToken: token };
}

async function checkDatabase(databaseUrl, live) {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const rows = (
      await client.query(
        `SELECT player_id, question_index, count(*)::int AS n FROM live_answer WHERE game_id = $1
          GROUP BY player_id, question_index`,
        [live.gameId],
      )
    ).rows;
    const stored = new Map(rows.map((r) => [`${r.player_id}:${r.question_index}`, r.n]));
    let lost = 0;
    let duplicated = rows.filter((r) => r.n > 1).length;
    let acked = 0;
    for (const p of live.phones) {
      const accepted = new Map();
      for (const a of p.acks) {
        if (a.status !== 'accepted') continue;
        acked += 1;
        accepted.set(a.questionIndex, (accepted.get(a.questionIndex) ?? 0) + 1);
        if (!stored.has(`${p.playerId}:${a.questionIndex}`)) lost += 1;
      }
      for (const n of accepted.values()) if (n > 1) duplicated += n - 1;
    }
    const mismatched = (
      await client.query(
        `SELECT count(*)::int AS n FROM live_player p
          WHERE p.game_id = $1 AND p.score <> (SELECT coalesce(sum(points), 0) FROM live_answer a WHERE a.player_id = p.id)`,
        [live.gameId],
      )
    ).rows[0].n;
    duplicated += mismatched;
    log(
      `PostgreSQL: ${acked} accepted acks checked, ${rows.length} answers stored; lost=${lost} duplicated=${duplicated}` +
        ` (of which totals ≠ sum of answers: ${mismatched})`,
    );
    return { lost, duplicated };
  } finally {
    await client.end();
  }
}

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
      ...(process.env.NODE_OPTIONS ? { NODE_OPTIONS: process.env.NODE_OPTIONS } : {}),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  let output = '';
  child.stdout.on('data', (c) => (output += c));
  child.stderr.on('data', (c) => (output += c));
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

function external() {
  const adminPassword = args['admin-password'] ?? process.env.ADMIN_PASSWORD;
  const databaseUrl = args['database-url'] ?? process.env.DATABASE_URL;
  if (!adminPassword || !databaseUrl)
    fail('with --url, give --admin-password (or ADMIN_PASSWORD) and --database-url (or DATABASE_URL)');
  return { url: args.url.replace(/\/$/, ''), pid: Number(args.pid ?? 0) || null, adminPassword, databaseUrl };
}

// ---------- the baseline: a bare socket.io server ----------

async function startBaseline(children) {
  const port = await freePort();
  const child = spawn(
    process.execPath,
    [new URL(import.meta.url).pathname, '--serve-baseline', '--port', String(port)],
    {
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  children.push(child);
  let output = '';
  child.stdout.on('data', (c) => (output += c));
  await waitFor(
    () => output.includes('listening'),
    10_000,
    () => 'baseline did not start',
    child,
  );
  return { url: `http://127.0.0.1:${port}`, pid: child.pid };
}

async function baselineGame(target) {
  return { url: target.url, pid: target.pid, pin: '000000', gameId: 'baseline', hostToken: 'baseline' };
}

/**
 * The same events as the real `/live` namespace, with nothing behind them: a join is
 * acked at once, a question is one frame to the room, an answer is acked at once, the
 * reveal goes out when everyone answered, the leaderboard on the host's next.
 */
async function serveBaseline(port) {
  const require = createRequire(join(root, 'server/package.json'));
  const { Server } = require('socket.io');
  const server = new Server(port, { transports: ['websocket'], perMessageDeflate: false, serveClient: false });
  const ns = server.of('/live');
  const options = ['a', 'b', 'c', 'd'].map((id) => ({ id, text: `Phương án ${id}` }));
  let players = 0;
  let phase = 'LOBBY';
  let index = -1;
  let answered = 0;
  const state = () => ({
    phase,
    question:
      phase === 'LOBBY'
        ? null
        : {
            index,
            type: 'SINGLE_CHOICE',
            prompt: 'Câu hỏi',
            options,
            shownAt,
            opensAt: shownAt + 2000,
            closesAt: shownAt + 22000,
          },
    leaderboard: phase === 'LEADERBOARD' ? { topPlayers: [], units: [] } : null,
    serverTime: Date.now(),
  });
  let shownAt = 0;
  ns.on('connection', (socket) => {
    socket.on('time:sync', (p, ack) => ack({ clientSentAt: p.clientSentAt, serverTime: Date.now() }));
    socket.on('host:attach', (_p, ack) => {
      socket.join('game');
      ack({ ok: true, state: state() });
    });
    socket.on('player:join', (_p, ack) => {
      players += 1;
      socket.join('game');
      ack({
        ok: true,
        resumeToken: randomBytes(24).toString('base64url'),
        state: { ...state(), you: { playerId: String(players) } },
      });
    });
    const next = (_p, ack) => {
      if (phase === 'REVEAL') phase = 'LEADERBOARD';
      else if (phase === 'LEADERBOARD' || phase === 'LOBBY') {
        phase = 'QUESTION';
        index += 1;
        answered = 0;
        shownAt = Date.now();
      }
      ns.to('game').emit('game:state', state());
      ack({ ok: true });
    };
    socket.on('host:start', next);
    socket.on('host:next', next);
    socket.on('host:end', (_p, ack) => ack({ ok: true }));
    socket.on('player:answer', (_p, ack) => {
      ack({ status: 'accepted', receivedAt: Date.now() });
      answered += 1;
      if (answered === players && phase === 'QUESTION') {
        phase = 'REVEAL';
        ns.to('game').emit('game:state', state());
      }
    });
  });
  process.stdout.write('listening\n');
}

// ---------- helpers ----------

function connect(url, { token, xff } = {}) {
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

/** Server clock − local clock, from the time:sync round trip with the smallest delay. */
async function timeOffset(socket) {
  let best = { rtt: Infinity, offset: 0 };
  for (let i = 0; i < 7; i += 1) {
    const t0 = Date.now();
    const r = await socket.timeout(5000).emitWithAck('time:sync', { clientSentAt: t0 });
    const t1 = Date.now();
    if (t1 - t0 < best.rtt) best = { rtt: t1 - t0, offset: r.serverTime - (t0 + t1) / 2 };
  }
  return best.offset;
}

async function pool(count, concurrency, task) {
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(concurrency, count) }, async () => {
      while (next < count) await task(next++);
    }),
  );
}

function rssKib(pid) {
  if (!pid) return NaN;
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+)/.exec(status)[1]);
}

function percentile(values, p) {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

function sleep(ms) {
  return new Promise((r) => setTimeout(r, ms));
}

async function waitFor(condition, timeoutMs, message, child) {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (child?.exitCode !== null && child?.exitCode !== undefined) throw new Error(message());
    if (Date.now() > deadline) throw new Error(message());
    await sleep(100);
  }
}

function freePort() {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

function parseArgs(argv) {
  const out = {};
  for (let i = 0; i < argv.length; i += 1) {
    if (!argv[i].startsWith('--')) continue;
    const key = argv[i].slice(2);
    const value = argv[i + 1] && !argv[i + 1].startsWith('--') ? argv[(i += 1)] : true;
    out[key] = value;
  }
  return out;
}

function fail(message) {
  log(message);
  process.exit(2);
}
