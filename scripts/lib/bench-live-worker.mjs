// @ts-check
// One process of bench:live's load generator (forked by scripts/bench-live.mjs): it owns a slice
// of the players, so the harness's own event loop is not what is measured. It takes orders from
// the parent over IPC and reports raw samples; the parent computes the percentiles.
//   init    → connects nothing yet, remembers the scenario;
//   join    → connects and joins its players (each with its unit and address), reports join times;
//   collect → once each of its phones has seen a phase (`QUESTION:0`…), the server-clock times;
//   acks    → the answer acks of a question (each phone answers by itself, at the options'
//             opening + a uniform 0–spread ms, as soon as it sees the question);
//   end     → per player its acks (for the PostgreSQL check) and the frame sizes, then exits.
// Times sent to the parent are in the server's clock (a time:sync offset on the first socket).
import { io } from 'socket.io-client';
import { sleep } from './bench-helpers.mjs';
import { emitAck, timeOffset } from './live-socket.mjs';

/** @typedef {import('@thidua/shared').LiveStateView} LiveStateView */
/** @typedef {import('@thidua/shared').LiveQuestionView} LiveQuestionView */
/** @typedef {import('./live-socket.mjs').LiveSocket} LiveSocket */
/**
 * @typedef {object} Scenario
 * @property {string} url
 * @property {string} pin
 * @property {number[]} players the player numbers this process owns
 * @property {(string | null)[]} unitIds per owned player, its unit (as the unit QR pre-selects it)
 * @property {string[]} addresses per owned player, its X-Forwarded-For
 * @property {number} spreadMs
 * @property {number} concurrency joins in flight at once in this process
 */
/**
 * @typedef {object} Phone
 * @property {number} i
 * @property {LiveSocket} socket
 * @property {string | null} playerId
 * @property {Map<string, number>} seen when (local clock) it first saw each phase
 * @property {Map<number, { status: string, ms: number, at: number }>} acks per question
 * @property {number} lastQuestion the index of the last question it saw (a frame may not repeat it)
 */

/** Frame sizes per kind: exact count, sum and max, and a bounded sample for the median. */
const SAMPLE = 20_000;
/** @type {Map<string, { count: number, sum: number, max: number, sample: number[] }>} */
const frames = new Map();
/** @type {Scenario | null} */
let scenario = null;
/** @type {Phone[]} */
const phones = [];
let offset = 0; // server clock − local clock

/** @param {Record<string, unknown>} message */
const send = (message) => process.send?.(message);

process.on('message', (/** @type {{ type: string, [key: string]: unknown }} */ m) => {
  handle(m).catch((error) =>
    send({ type: 'error', message: error instanceof Error ? (error.stack ?? error.message) : String(error) }),
  );
});

/** @param {{ type: string, [key: string]: unknown }} m */
async function handle(m) {
  if (m.type === 'init') {
    scenario = /** @type {Scenario} */ (m.scenario);
    send({ type: 'ready' });
  } else if (m.type === 'join') {
    send({ type: 'joined', ...(await joinAll()) });
  } else if (m.type === 'collect') {
    send({ type: 'seen', key: m.key, ...(await collect(String(m.key), Number(m.timeoutMs))) });
  } else if (m.type === 'acks') {
    send({ type: 'acks', ...(await acks(Number(m.index), Number(m.timeoutMs))) });
  } else if (m.type === 'end') {
    for (const p of phones) p.socket.disconnect();
    const done = {
      type: 'done',
      phones: phones.map((p) => ({
        playerId: p.playerId,
        acks: [...p.acks].map(([questionIndex, a]) => ({ questionIndex, status: a.status })),
      })),
      frames: Object.fromEntries(frames),
      // Its own CPU time and life, to show whether the generator was near a core's limit.
      cpuMs: (process.cpuUsage().user + process.cpuUsage().system) / 1000,
      wallMs: process.uptime() * 1000,
    };
    // Leave only once the report is through the channel (a large one is still in flight after send()).
    process.send?.(done, () => process.disconnect?.());
  }
}

async function joinAll() {
  if (!scenario) throw new Error('join before init');
  const s = scenario;
  /** @type {number[]} */
  const joinMs = [];
  /** @type {Record<string, number>} */
  const refused = {};
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(s.concurrency, s.players.length) }, async () => {
      while (next < s.players.length) {
        const k = next++;
        const t0 = Date.now();
        const reason = await joinOne(s, k);
        if (reason) refused[reason] = (refused[reason] ?? 0) + 1;
        else joinMs.push(Date.now() - t0);
      }
    }),
  );
  if (phones[0]) offset = await timeOffset(phones[0].socket);
  return { joinMs, refused };
}

/**
 * Connects and joins owned player `k`; null when it joined, else why not.
 * @param {Scenario} s
 * @param {number} k
 * @returns {Promise<string | null>}
 */
async function joinOne(s, k) {
  const i = s.players[k];
  /** @type {LiveSocket} */
  let socket;
  try {
    socket = await connect(s.url, s.addresses[k]);
  } catch (error) {
    const text = error instanceof Error ? error.message : String(error);
    // Out of file descriptors shows up as a failed connection: say so plainly.
    if (
      /EMFILE|ENFILE/.test(text) ||
      /EMFILE|ENFILE/.test(String(/** @type {{ description?: unknown }} */ (error).description))
    )
      return 'EMFILE (ulimit -n too low)';
    return `connect: ${text}`;
  }
  /** @type {Phone} */
  const phone = { i, socket, playerId: null, seen: new Map(), acks: new Map(), lastQuestion: -1 };
  measureFrames(socket);
  socket.on('game:state', (state) => onState(phone, state));
  try {
    const ack = await emitAck(socket, 60_000, 'player:join', {
      pin: s.pin,
      name: `Người chơi ${i + 1}`,
      ...(s.unitIds[k] ? { unitId: s.unitIds[k] } : {}),
    });
    if (!ack.ok) {
      socket.disconnect();
      return ack.reason;
    }
    phone.playerId = ack.state.you?.playerId ?? null;
    phones.push(phone);
    return null;
  } catch {
    socket.disconnect();
    return 'join timeout';
  }
}

/**
 * @param {Phone} phone
 * @param {LiveStateView} state
 */
function onState(phone, state) {
  const index = state.question?.index ?? phone.lastQuestion;
  if (state.phase === 'QUESTION') phone.lastQuestion = index;
  const key = `${state.phase}:${index}`;
  if (phone.seen.has(key)) return;
  phone.seen.set(key, Date.now());
  if (state.phase === 'QUESTION' && state.question && !phone.acks.has(index)) scheduleAnswer(phone, state.question);
}

/**
 * The phone answers at the options' opening + a uniform 0–spread ms.
 * @param {Phone} phone
 * @param {LiveQuestionView} q
 */
function scheduleAnswer(phone, q) {
  const spread = scenario?.spreadMs ?? 0;
  const at = q.opensAt - offset + Math.random() * spread + 2;
  phone.acks.set(q.index, { status: 'pending', ms: NaN, at: NaN });
  const answer = async () => {
    const sent = Date.now();
    try {
      const ack = await emitAck(phone.socket, 60_000, 'player:answer', {
        questionIndex: q.index,
        response: answerFor(q, phone.i),
      });
      phone.acks.set(q.index, { status: ack.status, ms: Date.now() - sent, at: Date.now() });
    } catch {
      phone.acks.set(q.index, { status: 'timeout', ms: NaN, at: NaN });
    }
  };
  setTimeout(() => void answer(), Math.max(0, at - Date.now()));
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

/**
 * Waits until every phone saw `key` (or the timeout): their times in the server's clock.
 * @param {string} key
 * @param {number} timeoutMs
 */
async function collect(key, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (phones.some((p) => !p.seen.has(key)) && Date.now() < deadline) await sleep(10);
  /** @type {number[]} */
  const times = [];
  for (const p of phones) {
    const at = p.seen.get(key);
    if (at !== undefined) times.push(at + offset);
  }
  return { times, missing: phones.length - times.length };
}

/**
 * Waits until every phone has its ack for question `index`: ack times (ms), statuses, the last ack (server clock).
 * @param {number} index
 * @param {number} timeoutMs
 */
async function acks(index, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  const pending = () => phones.some((p) => (p.acks.get(index)?.status ?? 'pending') === 'pending');
  while (pending() && Date.now() < deadline) await sleep(10);
  /** @type {number[]} */
  const ackMs = [];
  /** @type {Record<string, number>} */
  const statuses = {};
  let lastAckAt = 0;
  for (const p of phones) {
    const a = p.acks.get(index) ?? { status: 'never asked', ms: NaN, at: NaN };
    statuses[a.status] = (statuses[a.status] ?? 0) + 1;
    if (Number.isFinite(a.ms)) ackMs.push(a.ms);
    if (Number.isFinite(a.at)) lastAckAt = Math.max(lastAckAt, a.at + offset);
  }
  return { index, ackMs, statuses, lastAckAt };
}

/**
 * Counts the bytes of every event frame the phone receives, by kind (`game:state` by its phase,
 * any other event by its name; and its join's ack), from the raw websocket message, whatever its shape.
 * socket.io may hand the raw message and the decoded event over in either order (it decodes on
 * the next tick), so the two are paired first in, first out; acks are not events and are left out.
 * @param {LiveSocket} socket
 */
function measureFrames(socket) {
  /** @type {number[]} */
  const sizes = [];
  /** @type {string[]} */
  const kinds = [];
  const pair = () => {
    while (sizes.length && kinds.length)
      record(/** @type {string} */ (kinds.shift()), /** @type {number} */ (sizes.shift()));
  };
  let joinAck = true;
  const engine = socket.io.engine;
  engine.on('data', (/** @type {unknown} */ data) => {
    // A socket.io EVENT packet starts with 2, an ACK with 3; + 1 byte for engine.io's message type.
    if (typeof data !== 'string') return;
    if (data.startsWith('2')) sizes.push(Buffer.byteLength(data) + 1);
    // The socket's first ack answers its join: the lobby as the phone first sees it.
    else if (data.startsWith('3') && joinAck) {
      joinAck = false;
      record('join ack', Buffer.byteLength(data) + 1);
    }
    pair();
  });
  socket.onAny((/** @type {string} */ event, /** @type {unknown} */ payload) => {
    const phase = event === 'game:state' ? /** @type {{ phase?: unknown }} */ (payload)?.phase : null;
    kinds.push(typeof phase === 'string' ? phase.toLowerCase() : event);
    pair();
  });
}

/**
 * @param {string} kind
 * @param {number} bytes
 */
function record(kind, bytes) {
  let f = frames.get(kind);
  if (!f) frames.set(kind, (f = { count: 0, sum: 0, max: 0, sample: [] }));
  f.count += 1;
  f.sum += bytes;
  f.max = Math.max(f.max, bytes);
  // Reservoir sampling keeps the median honest without holding every lobby frame.
  if (f.sample.length < SAMPLE) f.sample.push(bytes);
  else {
    const j = Math.floor(Math.random() * f.count);
    if (j < SAMPLE) f.sample[j] = bytes;
  }
}

/**
 * @param {string} url
 * @param {string} xff the X-Forwarded-For to send
 * @returns {Promise<LiveSocket>}
 */
function connect(url, xff) {
  /** @type {LiveSocket} */
  const socket = io(`${url}/live`, {
    transports: ['websocket'],
    reconnection: false,
    forceNew: true,
    extraHeaders: { 'x-forwarded-for': xff },
  });
  return new Promise((resolve, reject) => {
    socket.once('connect', () => resolve(socket));
    socket.once('connect_error', reject);
  });
}
