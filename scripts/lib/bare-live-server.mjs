// @ts-check
// The bench:live baseline: a bare socket.io server (no NestJS, no database) speaking the same
// `/live` events, so the benchmark can tell the framework's cost from socket.io's own.
// Started by scripts/bench-live.mjs as `node scripts/lib/bare-live-server.mjs --port N`;
// prints "listening" once it accepts connections.
//
// It plays the same scenario unpadded, with the minimal frames a phone needs: a lobby count
// (at most every 500 ms while players join), the question without its answer (one frame to
// the room, encoded once), the reveal (the correct option and the phone's own result) and the
// leaderboard (the top 10 and the phone's own row) — the last two personal, one per phone.
import { randomBytes } from 'node:crypto';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { parseArgs } from './bench-helpers.mjs';

const root = new URL('../..', import.meta.url).pathname;

/** @typedef {(result: object) => void} Ack */
/** @typedef {import('socket.io').Socket} Socket */
/**
 * @typedef {object} Player
 * @property {string} playerId
 * @property {string} name
 * @property {string | null} unitId
 * @property {number} score
 * @property {number} rank
 * @property {boolean | null} lastCorrect this question's result, null before an answer
 */

const CORRECT = 'a';
const POINTS = 1000;

/**
 * The same events as the real `/live` namespace, with nothing behind them: a join is acked at
 * once, an answer is scored and acked at once, the reveal goes out when everyone answered, the
 * leaderboard on the host's next.
 * @param {number} port
 */
export function serveBaseline(port) {
  // socket.io is the server workspace's dependency: the baseline uses that very copy.
  const require = createRequire(join(root, 'server/package.json'));
  /** @type {unknown} */
  const socketIo = require('socket.io');
  const { Server } = /** @type {typeof import('socket.io')} */ (socketIo);
  const server = new Server(port, { transports: ['websocket'], perMessageDeflate: false, serveClient: false });
  const ns = server.of('/live');
  const options = ['a', 'b', 'c', 'd'].map((id) => ({ id, text: `Phương án ${id}` }));
  /** @type {Map<Socket, Player>} */
  const players = new Map();
  /** @type {Set<Socket>} */
  const hosts = new Set();
  let phase = 'LOBBY';
  let index = -1;
  let answered = 0;
  let shownAt = 0;
  /** @type {Player[]} */
  let top = [];

  /** @type {ReturnType<typeof setTimeout> | null} */
  let lobbyTimer = null;
  const lobbyCount = () => {
    lobbyTimer ??= setTimeout(() => {
      lobbyTimer = null;
      ns.to('game').emit('game:state', { phase: 'LOBBY', lobby: { count: players.size }, serverTime: Date.now() });
    }, 500);
  };
  const question = () => ({
    phase: 'QUESTION',
    question: {
      index,
      count: 10,
      type: 'SINGLE_CHOICE',
      prompt: 'Câu hỏi',
      options,
      points: POINTS,
      timeLimitMs: 20_000,
      shownAt,
      opensAt: shownAt + 2000,
      closesAt: shownAt + 22_000,
    },
    serverTime: Date.now(),
  });
  /** @param {Player} p */
  const row = (p) => ({ playerId: p.playerId, name: p.name, score: p.score, rank: p.rank });
  /** @param {Player | null} p */
  const reveal = (p) => ({
    phase: 'REVEAL',
    question: { index, correctOptionIds: [CORRECT] },
    ...(p ? { you: { correct: p.lastCorrect === true, score: p.score } } : {}),
    serverTime: Date.now(),
  });
  /** @param {Player | null} p */
  const leaderboard = (p) => ({
    phase: 'LEADERBOARD',
    question: { index },
    leaderboard: { topPlayers: top.map(row), ...(p ? { you: row(p) } : {}) },
    serverTime: Date.now(),
  });
  /** Sends each player its own frame and each host the shared one. @param {(p: Player | null) => object} frame */
  const personal = (frame) => {
    for (const [socket, p] of players) socket.emit('game:state', frame(p));
    for (const socket of hosts) socket.emit('game:state', frame(null));
  };
  const rank = () => {
    const sorted = [...players.values()].sort((a, b) => b.score - a.score);
    sorted.forEach((p, k) => (p.rank = k > 0 && sorted[k - 1].score === p.score ? sorted[k - 1].rank : k + 1));
    top = sorted.slice(0, 10);
  };

  ns.on('connection', (socket) => {
    socket.on('time:sync', (/** @type {{ clientSentAt: number }} */ p, /** @type {Ack} */ ack) =>
      ack({ clientSentAt: p.clientSentAt, serverTime: Date.now() }),
    );
    socket.on('host:attach', (/** @type {unknown} */ _p, /** @type {Ack} */ ack) => {
      hosts.add(socket);
      ack({ ok: true, state: { phase, serverTime: Date.now() } });
    });
    socket.on(
      'player:join',
      (/** @type {{ name?: string, unitId?: string | null }} */ payload, /** @type {Ack} */ ack) => {
        /** @type {Player} */
        const player = {
          playerId: String(players.size + 1),
          name: String(payload?.name ?? ''),
          unitId: payload?.unitId ?? null,
          score: 0,
          rank: 0,
          lastCorrect: null,
        };
        players.set(socket, player);
        void socket.join('game');
        lobbyCount();
        ack({
          ok: true,
          resumeToken: randomBytes(24).toString('base64url'),
          state: { phase, lobby: { count: players.size }, you: { playerId: player.playerId }, serverTime: Date.now() },
        });
      },
    );
    socket.on('disconnect', () => {
      players.delete(socket);
      hosts.delete(socket);
    });
    /** @type {(payload: unknown, ack: Ack) => void} */
    const next = (_p, ack) => {
      if (phase === 'REVEAL') {
        phase = 'LEADERBOARD';
        rank();
        personal(leaderboard);
      } else if (phase === 'LEADERBOARD' || phase === 'LOBBY') {
        phase = 'QUESTION';
        index += 1;
        answered = 0;
        shownAt = Date.now();
        for (const p of players.values()) p.lastCorrect = null;
        ns.to('game').emit('game:state', question());
        for (const h of hosts) h.emit('game:state', question());
      }
      ack({ ok: true });
    };
    socket.on('host:start', next);
    socket.on('host:next', next);
    socket.on('host:end', (/** @type {unknown} */ _p, /** @type {Ack} */ ack) => ack({ ok: true }));
    socket.on(
      'player:answer',
      (/** @type {{ response?: { optionIds?: string[] } }} */ payload, /** @type {Ack} */ ack) => {
        const p = players.get(socket);
        if (!p || phase !== 'QUESTION' || p.lastCorrect !== null) return ack({ status: 'rejected' });
        p.lastCorrect = payload?.response?.optionIds?.[0] === CORRECT;
        if (p.lastCorrect) p.score += POINTS;
        ack({ status: 'accepted', receivedAt: Date.now() });
        answered += 1;
        if (answered === players.size) {
          phase = 'REVEAL';
          personal(reveal);
        }
      },
    );
  });
  process.stdout.write('listening\n');
}

if (import.meta.url === `file://${process.argv[1]}`) serveBaseline(Number(parseArgs(process.argv.slice(2)).port));
