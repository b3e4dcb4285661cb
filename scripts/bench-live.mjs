// `npm run bench:live -- [--players 1000] [--questions 3] [--spread-ms 2000] [--nat] [--workers W] [--no-units]
//                        [--url http://host:port --admin-password P --database-url postgres://… --pid N]`
//
// The live quiz benchmark (issues 4 and 17), in the realistic scenario by default. Without --url it
// starts the built server (server/dist, rebuilt first when stale) on an embedded PostgreSQL in a
// fresh temporary folder with the demo data, so it measures a real installation. Then:
//   1. signs in as admin, starts a live game from the demo quiz (2 s reading time) and reads the
//      units its join page offers (liveGameJoinInfo: the demo organisation's);
//   2. forks W load-generator processes (--workers, default max(2, os.availableParallelism())),
//      each owning PLAYERS/W sockets, so the harness's event loop is not the bottleneck; each
//      player joins by PIN with a unit, as the unit QR pre-selects it, spread over the units
//      unevenly like a ward's (weight 1/rank^0.8; --no-units: none). Each connection carries an
//      X-Forwarded-For (one fake private address per 100 players; the server trusts the header
//      from loopback only) — with --nat every player has the same one: a hall behind one NAT;
//   3. plays --questions questions: the host's `next`; each phone answers by itself at the
//      options' opening + a uniform 0–--spread-ms ms; the server reveals when everyone has
//      answered; the host asks for the leaderboard as soon as it sees the reveal;
//   4. checks PostgreSQL: every `accepted` ack has its row (else lost), no answer is stored or
//      accepted twice and every total is the sum of its answers (else duplicated).
// In the same run it drives a bare socket.io server (scripts/lib/bare-live-server.mjs: no NestJS,
// no database, unpadded: the minimal frames of the same scenario) with the same harness.
//
// Measures, per target: bytes of each frame kind a phone receives (lobby, question, reveal,
// leaderboard, any other event by name; from the raw websocket messages, whatever their shape);
// join wall time and joins/s; the server's RSS after the joins and its peak during play (VmRSS
// sampled every 100 ms, and VmHWM; the embedded PostgreSQL is another process, not counted);
// question broadcast (receipt − the question's server `shownAt`, clocks aligned by time:sync in
// each process); answer ack (send → ack); reveal and leaderboard after the close (receipt − the
// last ack, which is when the server closes an all-answered question). Ends with exactly one
// line of key=value figures, ratios to the bare server included (see `summaryLine`).
//
// The load generator runs on the same machine as the server. Each player is one file descriptor
// in a worker and one in the server, which inherits this shell's `ulimit -n`: the script refuses
// to start when the limit is too low for --players, and names the command that fixes it.
import { fork, spawn } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { rmSync } from 'node:fs';
import { io } from 'socket.io-client';
import { buildIfStale } from './build-if-stale.mjs';
import {
  freePort,
  gql,
  memoryKib,
  openFileLimit,
  parseArgs,
  percentile,
  sleep,
  startBuiltServer,
  startDemoLiveGame,
  waitFor,
} from './lib/bench-helpers.mjs';
import { checkLiveAnswers } from './lib/live-answers-check.mjs';
import { emitAck, timeOffset } from './lib/live-socket.mjs';

/** @typedef {import('@thidua/shared').LiveStateView} LiveStateView */
/** @typedef {import('./lib/live-socket.mjs').LiveSocket} LiveSocket */
/** @typedef {import('./lib/bench-live-worker.mjs').Scenario} Scenario */
/** @typedef {import('node:child_process').ChildProcess} ChildProcess */
/** @typedef {{ url: string, pid: number | null | undefined, adminPassword: string, databaseUrl: string }} Target */
/** A game in its lobby, on the real server or the baseline. */
/** @typedef {{ url: string, pid: number | null | undefined, pin: string, hostToken: string, gameId: string }} LobbyGame */
/** @typedef {{ count: number, sum: number, max: number, sample: number[] }} FrameSizes */
/**
 * @typedef {object} HarnessResult
 * @property {number[]} broadcast
 * @property {number[]} ack
 * @property {number[]} reveal
 * @property {number[]} leaderboard
 * @property {{ playerId: string | null, acks: { questionIndex: number, status: string }[] }[]} phones
 * @property {string} gameId
 * @property {number} joined
 * @property {Record<string, number>} refused
 * @property {number} joinWall ms
 * @property {{ before: number, joined: number, peak: number, hwm: number }} rssKib
 * @property {Map<string, FrameSizes>} frames
 * @property {number} failures acks that never came, phones that missed a phase
 */

const args = parseArgs(process.argv.slice(2));
/** @param {string} line */
const log = (line) => process.stderr.write(`${line}\n`);

const PLAYERS = Number(args.players ?? 1000);
const QUESTIONS = Number(args.questions ?? 3);
const SPREAD_MS = Number(args['spread-ms'] ?? 2000);
const WORKERS = Number(args.workers ?? Math.max(2, availableParallelism()));
const NAT = args.nat === true;
const JOIN_CONCURRENCY = 200; // joins in flight over all workers
if (!Number.isInteger(PLAYERS) || PLAYERS < 1) fail('--players must be a positive integer');
if (!Number.isInteger(WORKERS) || WORKERS < 1) fail('--workers must be a positive integer');
if (!Number.isFinite(SPREAD_MS) || SPREAD_MS < 0) fail('--spread-ms must be a number ≥ 0');
checkOpenFiles();

/** @type {ChildProcess[]} */
const children = [];
/** @type {string | null} */
let dataDir = null;
try {
  if (!args.url && !args['no-build']) buildIfStale();
  /** @type {Target} */
  const target = args.url
    ? external()
    : await startBuiltServer(children, { name: 'bench-live', env: { TRUST_PROXY: 'loopback' }, log }).then((s) => {
        dataDir = s.dataDir;
        return s;
      });
  const { game, units } = await liveGame(target);
  const unitIds = args['no-units'] ? Array.from({ length: PLAYERS }, () => null) : spreadOverUnits(PLAYERS, units);
  describeUnits(units, unitIds);
  const live = await runHarness('thidua', game, unitIds);
  const check = await checkLiveAnswers(target.databaseUrl, live, log);
  const bare = await runHarness('bare socket.io', await startBaseline(children), unitIds);
  compare(live, bare);
  process.stdout.write(`${summaryLine(live, bare, check)}\n`);
  const clean = check.lost === 0 && check.duplicated === 0 && live.failures === 0 && live.joined === PLAYERS;
  process.exitCode = clean ? 0 : 1;
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
 * Plays `game` with the players (player i in unit `unitIds[i]`): latency samples (ms), join
 * figures, memory and frame sizes.
 * @param {string} name
 * @param {LobbyGame} game
 * @param {(string | null)[]} unitIds
 * @returns {Promise<HarnessResult>}
 */
async function runHarness(name, game, unitIds) {
  const players = unitIds.length;
  log(
    `\n== ${name}: ${players} players in ${WORKERS} load processes, ${QUESTIONS} questions, ` +
      `answers over opening + 0–${SPREAD_MS} ms, ${NAT ? 'all from one address (NAT)' : `${Math.ceil(players / 100)} addresses`} ==`,
  );
  const memory = sampleMemory(game.pid);
  const host = await connect(game.url, game.hostToken);
  const offset = await timeOffset(host); // server clock − local clock
  const attached = await emitAck(host, 30_000, 'host:attach', { gameId: game.gameId });
  if (!attached.ok) throw new Error(`host:attach: ${attached.reason}`);
  const hostUntil = watchHost(host);

  const workers = await startWorkers(game, unitIds);
  try {
    const joinStarted = Date.now();
    const joinedReplies = await ask(workers, { type: 'join' }, 'joined');
    const joinWall = Date.now() - joinStarted;
    /** @type {number[]} */
    const joinMs = joinedReplies.flatMap((r) => /** @type {number[]} */ (r.joinMs));
    /** @type {Record<string, number>} */
    const refused = {};
    for (const r of joinedReplies)
      for (const [reason, n] of Object.entries(/** @type {Record<string, number>} */ (r.refused)))
        refused[reason] = (refused[reason] ?? 0) + n;
    const joined = joinMs.length;
    if (refused['EMFILE (ulimit -n too low)'])
      log(
        '!! connections failed for want of file descriptors: raise `ulimit -n` in this shell (the server inherits it)',
      );
    await sleep(500);
    memory.play();
    log(
      `join: ${joined} of ${players} in ${(joinWall / 1000).toFixed(2)} s (${((joined / joinWall) * 1000).toFixed(0)}/s), ` +
        `p50 ${fmt(percentile(joinMs, 50))} ms p99 ${fmt(percentile(joinMs, 99))} ms` +
        (Object.keys(refused).length ? `; refused ${JSON.stringify(refused)}` : ''),
    );
    if (joined === 0) throw new Error('no player joined');

    /** @type {{ broadcast: number[], ack: number[], reveal: number[], leaderboard: number[] }} */
    const samples = { broadcast: [], ack: [], reveal: [], leaderboard: [] };
    let failures = 0;
    /** @param {string} key */
    const everyone = async (key) => {
      const replies = await ask(workers, { type: 'collect', key, timeoutMs: 60_000 }, 'seen');
      const missing = replies.reduce((n, r) => n + Number(r.missing), 0);
      if (missing) log(`!! ${missing} players never got ${key}`);
      failures += missing;
      return replies.flatMap((r) => /** @type {number[]} */ (r.times));
    };
    for (let k = 0; k < QUESTIONS; k += 1) {
      const hostAck = await emitAck(host, 30_000, k === 0 ? 'host:start' : 'host:next', { gameId: game.gameId });
      if (!hostAck.ok) throw new Error(`host command: ${hostAck.reason} ${hostAck.message ?? ''}`);
      const q = (await hostUntil(`QUESTION:${k}`)).question;
      if (!q) throw new Error(`QUESTION:${k} came without its question`);
      const shown = await everyone(`QUESTION:${k}`);
      const broadcast = shown.map((t) => t - q.shownAt);
      const ackTimeout = Math.max(0, q.opensAt - offset - Date.now()) + SPREAD_MS + 60_000;
      const ackReplies = await ask(workers, { type: 'acks', index: k, timeoutMs: ackTimeout }, 'acks');
      const ackMs = ackReplies.flatMap((r) => /** @type {number[]} */ (r.ackMs));
      const lastAckAt = Math.max(...ackReplies.map((r) => Number(r.lastAckAt)));
      /** @type {Record<string, number>} */
      const statuses = {};
      for (const r of ackReplies)
        for (const [status, n] of Object.entries(/** @type {Record<string, number>} */ (r.statuses)))
          statuses[status] = (statuses[status] ?? 0) + n;
      failures += (statuses.timeout ?? 0) + (statuses.pending ?? 0);
      // The host asks for the leaderboard as soon as it sees the reveal.
      await hostUntil(`REVEAL:${k}`);
      const lb = emitAck(host, 30_000, 'host:next', { gameId: game.gameId });
      const reveal = (await everyone(`REVEAL:${k}`)).map((t) => t - lastAckAt);
      const leaderboard = (await everyone(`LEADERBOARD:${k}`)).map((t) => t - lastAckAt);
      await lb;
      samples.broadcast.push(...broadcast);
      samples.ack.push(...ackMs);
      samples.reveal.push(...reveal);
      samples.leaderboard.push(...leaderboard);
      log(
        `question ${k + 1}: broadcast ${line(broadcast)}, ack ${line(ackMs)} ${JSON.stringify(statuses)}, ` +
          `reveal after close ${line(reveal)}, leaderboard after close ${line(leaderboard)}`,
      );
    }
    await emitAck(host, 30_000, 'host:end', { gameId: game.gameId });
    const rssKib = memory.stop();
    const done = await ask(workers, { type: 'end' }, 'done');
    /** @type {HarnessResult['phones']} */
    const phones = done.flatMap((r) => /** @type {HarnessResult['phones']} */ (r.phones));
    const frames = mergeFrames(done.map((r) => /** @type {Record<string, FrameSizes>} */ (r.frames)));
    host.disconnect();

    log(`-- ${name}: ${joined} players over ${QUESTIONS} questions --`);
    const busy = done.map((r) => `${((Number(r.cpuMs) / Number(r.wallMs)) * 100).toFixed(0)} %`);
    log(`load generator: each process busy ${busy.join(', ')} of a core over its life`);
    log(
      `server RSS: ${mib(rssKib.before)} MiB before, ${mib(rssKib.joined)} MiB after the joins, ` +
        `${mib(rssKib.peak)} MiB peak in play (VmHWM ${mib(rssKib.hwm)} MiB)`,
    );
    log('frames a phone receives  frames/phone  median B  max B  total MB');
    for (const [kind, f] of [...frames].sort((a, b) => b[1].sum - a[1].sum))
      log(
        `  ${kind.padEnd(22)} ${(f.count / joined).toFixed(1).padStart(12)} ${fmt(percentile(f.sample, 50)).padStart(9)} ` +
          `${String(f.max).padStart(6)} ${(f.sum / 1e6).toFixed(1).padStart(9)}`,
      );
    /** @type {(label: string, xs: number[]) => void} */
    const summary = (label, xs) => void log(`${label.padEnd(26)} ${line(xs)}`);
    summary('question broadcast', samples.broadcast);
    summary('answer ack', samples.ack);
    summary('reveal after close', samples.reveal);
    summary('leaderboard after close', samples.leaderboard);
    return { ...samples, phones, gameId: game.gameId, joined, refused, joinWall, rssKib, frames, failures };
  } finally {
    memory.stop();
    host.disconnect();
    for (const w of workers) if (w.exitCode === null) w.kill('SIGTERM');
  }
}

/**
 * Forks the load-generator processes, player i to process i mod W (so each has every unit).
 * @param {LobbyGame} game
 * @param {(string | null)[]} unitIds
 * @returns {Promise<ChildProcess[]>}
 */
async function startWorkers(game, unitIds) {
  const workerPath = new URL('./lib/bench-live-worker.mjs', import.meta.url).pathname;
  const workers = Array.from({ length: WORKERS }, () =>
    fork(workerPath, [], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'], serialization: 'advanced' }),
  );
  await Promise.all(
    workers.map((w, n) => {
      const players = unitIds.map((_, i) => i).filter((i) => i % WORKERS === n);
      /** @type {Scenario} */
      const scenario = {
        url: game.url,
        pin: game.pin,
        players,
        unitIds: players.map((i) => unitIds[i]),
        addresses: players.map((i) => (NAT ? '10.99.0.7' : fakeAddress(i))),
        spreadMs: SPREAD_MS,
        concurrency: Math.ceil(JOIN_CONCURRENCY / WORKERS),
      };
      return ask([w], { type: 'init', scenario }, 'ready');
    }),
  );
  return workers;
}

/**
 * Sends `message` to every worker and resolves with each one's next `type` reply.
 * @param {ChildProcess[]} workers
 * @param {Record<string, unknown>} message
 * @param {string} type
 * @returns {Promise<Record<string, unknown>[]>}
 */
function ask(workers, message, type) {
  return Promise.all(
    workers.map(
      (w) =>
        /** @type {Promise<Record<string, unknown>>} */ (
          new Promise((resolve, reject) => {
            /** @param {Record<string, unknown>} m */
            const onMessage = (m) => {
              if (m.type !== type && m.type !== 'error') return;
              cleanup();
              if (m.type === 'error') reject(new Error(`load-generator process: ${String(m.message)}`));
              else resolve(m);
            };
            /** @param {number | null} code */
            const onExit = (code) => {
              cleanup();
              reject(new Error(`a load-generator process exited (${code}) before its "${type}"`));
            };
            const cleanup = () => {
              w.off('message', onMessage);
              w.off('exit', onExit);
            };
            w.on('message', onMessage);
            w.once('exit', onExit);
            w.send(message);
          })
        ),
    ),
  );
}

/**
 * The host's view: resolves with the first state of each phase (`QUESTION:0`…).
 * @param {LiveSocket} host
 * @returns {(key: string) => Promise<LiveStateView>}
 */
function watchHost(host) {
  /** @type {Map<string, LiveStateView>} */
  const seen = new Map();
  /** @type {{ key: string, resolve: (state: LiveStateView) => void }[]} */
  const waiters = [];
  let lastQuestion = -1;
  host.on('game:state', (state) => {
    const index = state.question?.index ?? lastQuestion;
    if (state.phase === 'QUESTION') lastQuestion = index;
    const key = `${state.phase}:${index}`;
    if (!seen.has(key)) seen.set(key, state);
    for (const w of [...waiters]) if (w.key === key) w.resolve(state);
  });
  return (key) => {
    const state = seen.get(key);
    if (state) return Promise.resolve(state);
    // A phase that never comes (a renamed event, a stuck game) fails the run rather than hanging it.
    return new Promise((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`the host never got ${key} (a game:state in that phase)`)),
        60_000,
      );
      waiters.push({
        key,
        resolve: (s) => {
          clearTimeout(timer);
          resolve(s);
        },
      });
    });
  };
}

/**
 * Samples the server's VmRSS and VmHWM every 100 ms: before, after the joins (at `play()`), the
 * peak from then on, and the high-water mark.
 * @param {number | null | undefined} pid
 */
function sampleMemory(pid) {
  const read = () => (pid ? memoryKib(pid) : { rss: NaN, hwm: NaN });
  const before = read().rss;
  let joined = NaN;
  let peak = NaN;
  let hwm = NaN;
  let playing = false;
  const timer = setInterval(() => {
    const m = read();
    hwm = m.hwm;
    if (playing) peak = Number.isNaN(peak) ? m.rss : Math.max(peak, m.rss);
  }, 100);
  let stopped = false;
  return {
    play() {
      joined = read().rss;
      peak = joined;
      playing = true;
    },
    stop() {
      if (!stopped) {
        stopped = true;
        clearInterval(timer);
        const m = read();
        hwm = m.hwm;
        if (playing) peak = Math.max(peak, m.rss);
      }
      return { before, joined, peak, hwm };
    },
  };
}

/**
 * @param {Record<string, FrameSizes>[]} parts
 * @returns {Map<string, FrameSizes>}
 */
function mergeFrames(parts) {
  /** @type {Map<string, FrameSizes>} */
  const out = new Map();
  for (const part of parts)
    for (const [kind, f] of Object.entries(part)) {
      const m = out.get(kind) ?? { count: 0, sum: 0, max: 0, sample: [] };
      // Workers hold alike players (interleaved), so their samples can simply be pooled.
      out.set(kind, {
        count: m.count + f.count,
        sum: m.sum + f.sum,
        max: Math.max(m.max, f.max),
        sample: m.sample.concat(f.sample),
      });
    }
  return out;
}

// ---------- the scenario ----------

/**
 * Player i's unit: uneven like a ward's (the unit at rank r weighs 1/r^0.8), players of each unit
 * interleaved in joining order (a golden-ratio sequence), as phones in a hall arrive.
 * @param {number} players
 * @param {{ id: string }[]} units
 * @returns {(string | null)[]}
 */
function spreadOverUnits(players, units) {
  if (units.length === 0) return Array.from({ length: players }, () => null);
  const weights = units.map((_, r) => 1 / (r + 1) ** 0.8);
  const total = weights.reduce((a, b) => a + b, 0);
  return Array.from({ length: players }, (_, i) => {
    let u = ((i * 0.6180339887498949) % 1) * total;
    let r = 0;
    while (r < units.length - 1 && u >= weights[r]) u -= weights[r++];
    return units[r].id;
  });
}

/**
 * @param {{ id: string, name: string }[]} units
 * @param {(string | null)[]} unitIds
 */
function describeUnits(units, unitIds) {
  /** @type {Map<string | null, number>} */
  const counts = new Map();
  for (const id of unitIds) counts.set(id, (counts.get(id) ?? 0) + 1);
  const sizes = [...counts.values()].sort((a, b) => b - a);
  log(
    args['no-units']
      ? 'units: none (--no-units)'
      : `units: ${counts.size} of the ${units.length} the join page offers, players per unit ${sizes.join(' ')}`,
  );
}

/** @param {number} i */
function fakeAddress(i) {
  const block = Math.floor(i / 100);
  return `10.${77 + (block >> 8)}.${block & 255}.7`;
}

// ---------- the report ----------

/**
 * @param {HarnessResult} live
 * @param {HarnessResult} bare
 */
function compare(live, bare) {
  log('\n== thidua vs bare socket.io (same run, same scenario) ==');
  /** @type {[string, (r: HarnessResult) => number][]} */
  const rows = [
    ['join wall s', (r) => r.joinWall / 1000],
    ['joins/s', (r) => (r.joined / r.joinWall) * 1000],
    ['question broadcast p99 ms', (r) => percentile(r.broadcast, 99)],
    ['answer ack p99 ms', (r) => percentile(r.ack, 99)],
    ['reveal p99 ms', (r) => percentile(r.reveal, 99)],
    ['leaderboard p99 ms', (r) => percentile(r.leaderboard, 99)],
    ['RSS after joins MiB', (r) => r.rssKib.joined / 1024],
    ['RSS peak in play MiB', (r) => r.rssKib.peak / 1024],
    ...['join ack', 'lobby', 'question', 'reveal', 'leaderboard'].map(
      (kind) =>
        /** @type {[string, (r: HarnessResult) => number]} */ ([`${kind} frame median B`, (r) => bytes(r, kind, 50)]),
    ),
  ];
  for (const [label, f] of rows) {
    const a = f(live);
    const b = f(bare);
    log(`  ${label.padEnd(26)} ${fmt(a, 1).padStart(9)} ${fmt(b, 1).padStart(9)}   ×${fmt(a / b, 2)}`);
  }
}

/**
 * The one line of figures: thidua's, the bare server's (`bare_`), and the ratios the issue's targets are on.
 * @param {HarnessResult} live
 * @param {HarnessResult} bare
 * @param {{ lost: number, duplicated: number }} check
 */
function summaryLine(live, bare, check) {
  /** @type {(xs: number[]) => number} */
  const p99 = (xs) => percentile(xs, 99);
  /** @type {Record<string, number | string>} */
  const figures = {
    players: PLAYERS,
    workers: WORKERS,
    nat: NAT ? 1 : 0,
    spread_ms: SPREAD_MS,
    joined: live.joined,
    refused: Object.values(live.refused).reduce((a, b) => a + b, 0),
    join_s: live.joinWall / 1000,
    bare_join_s: bare.joinWall / 1000,
    joins_per_s: (live.joined / live.joinWall) * 1000,
    broadcast_p99_ms: p99(live.broadcast),
    bare_broadcast_p99_ms: p99(bare.broadcast),
    reveal_p99_ms: p99(live.reveal),
    bare_reveal_p99_ms: p99(bare.reveal),
    leaderboard_p99_ms: p99(live.leaderboard),
    bare_leaderboard_p99_ms: p99(bare.leaderboard),
    ack_p99_ms: p99(live.ack),
    bare_ack_p99_ms: p99(bare.ack),
    question_bytes: bytes(live, 'question', 50),
    question_bytes_max: bytes(live, 'question', 100),
    reveal_bytes: bytes(live, 'reveal', 50),
    reveal_bytes_max: bytes(live, 'reveal', 100),
    leaderboard_bytes: bytes(live, 'leaderboard', 50),
    leaderboard_bytes_max: bytes(live, 'leaderboard', 100),
    lobby_bytes: bytes(live, 'lobby', 50),
    lobby_bytes_max: bytes(live, 'lobby', 100),
    join_ack_bytes: bytes(live, 'join ack', 50),
    join_ack_bytes_max: bytes(live, 'join ack', 100),
    bare_leaderboard_bytes: bytes(bare, 'leaderboard', 50),
    rss_joined_mib: live.rssKib.joined / 1024,
    rss_peak_mib: live.rssKib.peak / 1024,
    rss_hwm_mib: live.rssKib.hwm / 1024,
    lost: check.lost,
    duplicated: check.duplicated,
    failures: live.failures,
  };
  figures.leaderboard_ratio = Number(figures.leaderboard_p99_ms) / Number(figures.bare_leaderboard_p99_ms);
  figures.broadcast_ratio = Number(figures.broadcast_p99_ms) / Number(figures.bare_broadcast_p99_ms);
  figures.reveal_ratio = Number(figures.reveal_p99_ms) / Number(figures.bare_reveal_p99_ms);
  figures.join_ratio = Number(figures.join_s) / Number(figures.bare_join_s);
  figures.rss_peak_over_joined = live.rssKib.peak / live.rssKib.joined;
  return Object.entries(figures)
    .map(
      ([k, v]) =>
        `${k}=${typeof v === 'number' && !Number.isInteger(v) ? v.toFixed(/ratio|over/.test(k) ? 2 : k.endsWith('_s') ? 2 : 0) : v}`,
    )
    .join(' ');
}

/**
 * A percentile of the sizes of one frame kind a phone received (p 100: the max); NaN if none came.
 * @param {HarnessResult} r
 * @param {string} kind
 * @param {number} p
 */
function bytes(r, kind, p) {
  const f = r.frames.get(kind);
  if (!f) return NaN;
  return p === 100 ? f.max : percentile(f.sample, p);
}

/** @param {number[]} xs */
function line(xs) {
  return `p50 ${fmt(percentile(xs, 50))} / p99 ${fmt(percentile(xs, 99))} ms`;
}

/**
 * @param {number} x
 * @param {number} [digits]
 */
function fmt(x, digits = 0) {
  return Number.isFinite(x) ? x.toFixed(digits) : '–';
}

/** @param {number} kib */
function mib(kib) {
  return fmt(kib / 1024);
}

// ---------- the real server ----------

/**
 * A live game from the demo quiz, and the units its join page offers (as a phone reads them).
 * @param {Target} target
 * @returns {Promise<{ game: LobbyGame, units: { id: string, name: string }[] }>}
 */
async function liveGame(target) {
  const { token, gameId, pin } = await startDemoLiveGame(target.url, target.adminPassword, {
    readingSeconds: 2,
    allowLateJoin: true,
  });
  /** @type {{ liveGameJoinInfo: { units: { id: string, name: string }[] } }} */
  const info = await gql(target.url, 'query($pin: String!) { liveGameJoinInfo(pin: $pin) { units { id name } } }', {
    pin,
  });
  return {
    game: { url: target.url, pid: target.pid, pin, gameId, hostToken: token },
    units: info.liveGameJoinInfo.units,
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
 * @returns {Promise<LobbyGame>}
 */
async function startBaseline(children) {
  const port = await freePort();
  const child = spawn(
    process.execPath,
    [new URL('./lib/bare-live-server.mjs', import.meta.url).pathname, '--port', String(port)],
    { stdio: ['ignore', 'pipe', 'inherit'] },
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
  return { url: `http://127.0.0.1:${port}`, pid: child.pid, pin: '000000', gameId: 'baseline', hostToken: 'baseline' };
}

// ---------- helpers ----------

/**
 * The host's socket.
 * @param {string} url
 * @param {string} token
 * @returns {Promise<LiveSocket>}
 */
function connect(url, token) {
  /** @type {LiveSocket} */
  const socket = io(`${url}/live`, { transports: ['websocket'], reconnection: false, forceNew: true, auth: { token } });
  return new Promise((resolve, reject) => {
    socket.once('connect', () => resolve(socket));
    socket.once('connect_error', reject);
  });
}

/**
 * Each player is a file descriptor in a worker and one in the server (which inherits this
 * shell's limit): refuse to start rather than fail half-way with EMFILE.
 */
function checkOpenFiles() {
  const { soft, hard } = openFileLimit();
  const need = PLAYERS + 1000; // + the server's own files, PostgreSQL connections, the bare server
  if (soft >= need) return;
  fail(
    `ulimit -n is ${soft} (hard limit ${hard}): ${PLAYERS} players need at least ${need} open files in the server, ` +
      (hard >= need
        ? `run \`ulimit -n ${Math.min(hard, 65536)}\` in this shell first`
        : `and the hard limit is lower: run fewer players, or raise the hard limit (as root: ulimit -Hn ${need})`),
  );
}

/**
 * @param {string} message
 * @returns {never}
 */
function fail(message) {
  log(message);
  process.exit(2);
}
