// @ts-check
// The bench:live baseline: a bare socket.io server (no NestJS, no database) speaking the same
// `/live` events, so the benchmark can tell the framework's cost from socket.io's own.
// Started by scripts/bench-live.mjs as `node scripts/lib/bare-live-server.mjs --port N`;
// prints "listening" once it accepts connections.
import { randomBytes } from 'node:crypto';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { parseArgs } from './bench-helpers.mjs';

const root = new URL('../..', import.meta.url).pathname;

/** @typedef {(result: object) => void} Ack */

/**
 * The same events as the real `/live` namespace, with nothing behind them: a join is
 * acked at once, a question is one frame to the room, an answer is acked at once, the
 * reveal goes out when everyone answered, the leaderboard on the host's next.
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
    socket.on('time:sync', (/** @type {{ clientSentAt: number }} */ p, /** @type {Ack} */ ack) =>
      ack({ clientSentAt: p.clientSentAt, serverTime: Date.now() }),
    );
    socket.on('host:attach', (/** @type {unknown} */ _p, /** @type {Ack} */ ack) => {
      void socket.join('game');
      ack({ ok: true, state: state() });
    });
    socket.on('player:join', (/** @type {unknown} */ _p, /** @type {Ack} */ ack) => {
      players += 1;
      void socket.join('game');
      ack({
        ok: true,
        resumeToken: randomBytes(24).toString('base64url'),
        state: { ...state(), you: { playerId: String(players) } },
      });
    });
    /** @type {(payload: unknown, ack: Ack) => void} */
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
    socket.on('host:end', (/** @type {unknown} */ _p, /** @type {Ack} */ ack) => ack({ ok: true }));
    socket.on('player:answer', (/** @type {unknown} */ _p, /** @type {Ack} */ ack) => {
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

if (import.meta.url === `file://${process.argv[1]}`) serveBaseline(Number(parseArgs(process.argv.slice(2)).port));
