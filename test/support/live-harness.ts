import { liveStepOf, type AnswerAck, type LiveAck, type LiveQuestionView, type LiveStateView } from '@thidua/shared';
import pg from 'pg';
import { io, type ManagerOptions, type Socket, type SocketOptions } from 'socket.io-client';
import { graphql, signIn } from './server-process.js';

/**
 * A small player / host harness for live-game fault tests: phones that resume with
 * their token after a cut, retry an answer whose ack did not come (same payload, as
 * the real client does), and remember every state and ack they saw; and a check of
 * what PostgreSQL holds against what was acknowledged.
 */

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export const percentile = (values: number[], p: number): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? NaN;
};

/** A valid answer of any question type (the tests check bookkeeping, not knowledge). */
export function someResponse(q: LiveQuestionView, seed: number): { optionIds?: string[]; value?: number } {
  const ids = q.options.map((o) => o.id);
  if (q.type === 'NUMERIC') return { value: seed % 3 };
  if (q.type === 'ORDERING') return { optionIds: seed % 2 ? ids : [...ids].reverse() };
  return { optionIds: [ids[seed % ids.length]] };
}

/** A private address per player, sent as X-Forwarded-For (trusted from loopback): phones have their own addresses. */
export const fakeIp = (i: number) => `10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}`;

export interface LiveGameHandle {
  adminToken: string;
  gameId: string;
  pin: string;
  questionCount: number;
}

/**
 * Signs in as admin and starts a live game of a FIXED quiz made of `questions` demo
 * questions (those with the shortest time limit first), or of the demo quiz.
 */
export async function startLiveGame(
  url: string,
  adminPassword: string,
  options: { questions?: number; settings?: Record<string, unknown> } = {},
): Promise<LiveGameHandle> {
  const adminToken = await signIn(url, 'admin', adminPassword);
  const quizzes = await graphql<{
    quizzes: {
      id: string;
      isDemo: boolean;
      items: { position: number; question: { id: string; publishedVersion: { timeLimitSeconds: number } | null } }[];
    }[];
  }>(
    url,
    '{ quizzes { id isDemo items { position question { id publishedVersion { timeLimitSeconds } } } } }',
    {},
    adminToken,
  );
  const demo = quizzes.data!.quizzes.find((q) => q.isDemo)!;
  let quizId = demo.id;
  let questionCount = demo.items.length;
  if (options.questions) {
    const items = [...demo.items]
      .sort((a, b) => a.position - b.position)
      .filter((i) => i.question.publishedVersion)
      .sort((a, b) => a.question.publishedVersion!.timeLimitSeconds - b.question.publishedVersion!.timeLimitSeconds)
      .slice(0, options.questions);
    const created = await graphql<{ createQuiz: { id: string } }>(
      url,
      'mutation($input: CreateQuizInput!) { createQuiz(input: $input) { id } }',
      {
        input: {
          title: `Fault test ${Date.now()}`,
          mode: 'FIXED',
          questionIds: items.map((i) => i.question.id),
        },
      },
      adminToken,
    );
    if (!created.data) throw new Error(`createQuiz: ${JSON.stringify(created.errors)}`);
    quizId = created.data.createQuiz.id;
    questionCount = items.length;
  }
  const started = await graphql<{ startLiveGame: { id: string; pin: string } }>(
    url,
    'mutation($input: StartLiveGameInput!) { startLiveGame(input: $input) { id pin } }',
    { input: { quizId, settings: { readingSeconds: 1, ...options.settings } } },
    adminToken,
  );
  if (!started.data) throw new Error(`startLiveGame: ${JSON.stringify(started.errors)}`);
  const { id: gameId, pin } = started.data.startLiveGame;
  return { adminToken, gameId, pin, questionCount };
}

type SocketOpts = Partial<ManagerOptions & SocketOptions>;

export function openSocket(url: string, options: SocketOpts = {}): Socket {
  return io(`${url}/live`, { transports: ['websocket'], reconnection: false, forceNew: true, ...options });
}

export function connected(socket: Socket, timeoutMs = 10_000): Promise<Socket> {
  if (socket.connected) return Promise.resolve(socket);
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      socket.off('connect', onConnect);
      reject(new Error('no connection'));
    }, timeoutMs);
    const onConnect = () => {
      clearTimeout(timer);
      resolve(socket);
    };
    socket.once('connect', onConnect);
    if (!socket.io.opts.reconnection)
      socket.once('connect_error', (error) => {
        clearTimeout(timer);
        reject(error);
      });
  });
}

/** The host console: attaches to the game and sends commands, re-attaching after a cut. */
export class Host {
  socket: Socket;
  last: LiveStateView | null = null;
  constructor(
    private url: string,
    private readonly game: LiveGameHandle,
  ) {
    this.socket = this.open(url);
  }

  private open(url: string): Socket {
    const socket = openSocket(url, { auth: { token: this.game.adminToken } });
    socket.on('game:state', (state: LiveStateView) => {
      if (socket === this.socket) this.last = state;
    });
    return socket;
  }

  /** Polls the host's last state until `predicate` holds. */
  async until(predicate: (s: LiveStateView) => boolean, timeoutMs = 20_000): Promise<LiveStateView> {
    const deadline = Date.now() + timeoutMs;
    while (!this.last || !predicate(this.last)) {
      if (Date.now() > deadline) throw new Error(`host: no matching state (last: ${this.last?.phase})`);
      await sleep(50);
    }
    return this.last;
  }

  async attach(url = this.url): Promise<void> {
    if (url !== this.url || !this.socket.connected) {
      this.socket.disconnect();
      this.url = url;
      this.socket = this.open(url);
    }
    await connected(this.socket);
    await this.call('host:attach');
  }

  /** A host command; a failed one (the server may be in trouble) is retried until `retryForMs` passes. */
  async call(event: string, retryForMs = 0): Promise<void> {
    const until = Date.now() + retryForMs;
    // A resend says where the game was before the first send: if that one ran after all
    // (its reply was lost), the resend changes nothing. The first send says nothing, so a
    // host state that lags the players' by a few ms never turns a test's command into a no-op.
    const before = this.last ? liveStepOf(this.last) : undefined;
    for (let attempt = 0; ; attempt += 1) {
      try {
        const payload = { gameId: this.game.gameId, from: attempt > 0 ? before : undefined };
        const ack = (await this.socket.timeout(10_000).emitWithAck(event, payload)) as LiveAck<object>;
        if (ack.ok) return;
        if (Date.now() >= until) throw new Error(`${event}: ${ack.reason} ${ack.message}`);
      } catch (error) {
        if (Date.now() >= until) throw error;
      }
      await sleep(500);
    }
  }

  close(): void {
    this.socket.disconnect();
  }
}

interface Waiter {
  predicate: (s: LiveStateView) => boolean;
  resolve: (s: LiveStateView) => void;
}

/**
 * One phone. Its socket may be replaced (a cut, a new node); `ready` is true once the
 * current socket joined or resumed. Every state it receives is remembered.
 */
export class Phone {
  socket: Socket | null = null;
  token = '';
  playerId = '';
  ready = false;
  last: LiveStateView | null = null;
  /** Reveal indexes seen (a REVEAL state of that question). */
  readonly reveals = new Set<number>();
  /** Every state received, as phase and question index (see `stateIndex`). */
  readonly seen: { phase: string; index: number }[] = [];
  /** Question index → the final ack status for it (accepted / duplicate / rejected reason). */
  readonly acks = new Map<number, string>();
  /** Question indexes acknowledged `accepted`. */
  readonly accepted = new Set<number>();
  /** Question indexes acknowledged `duplicate`. */
  readonly duplicates = new Set<number>();
  /** Answer sends whose ack did not come in time (then retried). */
  ackTimeouts = 0;
  resumes = 0;
  /** Why its sockets were disconnected. */
  readonly disconnects: string[] = [];
  private waiters: Waiter[] = [];

  constructor(
    public url: string,
    readonly name: string,
    private readonly socketOptions: SocketOpts = {},
  ) {}

  /** Opens a fresh socket (no automatic reconnection) and wires the state listener. */
  async open(url = this.url): Promise<Socket> {
    this.url = url;
    this.ready = false;
    const socket = openSocket(url, this.socketOptions);
    this.socket = socket;
    this.listen(socket);
    await connected(socket);
    return socket;
  }

  listen(socket: Socket): void {
    socket.on('game:state', (state: LiveStateView) => {
      if (socket === this.socket) this.see(state);
    });
    socket.on('disconnect', (reason) => {
      this.disconnects.push(reason);
      if (socket === this.socket) this.ready = false;
    });
  }

  async join(pin: string): Promise<void> {
    const socket = this.socket ?? (await this.open());
    const ack = (await socket.timeout(15_000).emitWithAck('player:join', { pin, name: this.name })) as LiveAck<{
      resumeToken: string;
      state: LiveStateView;
    }>;
    if (!ack.ok) throw new Error(`${this.name} could not join: ${ack.reason} ${ack.message}`);
    this.token = ack.resumeToken;
    this.playerId = ack.state.you!.playerId;
    this.see(ack.state);
    this.ready = true;
  }

  /** player:resume on the current socket; returns the state or throws with the reason. */
  async resume(timeoutMs = 10_000): Promise<LiveStateView> {
    const socket = this.socket;
    if (!socket) throw new Error('no socket');
    const ack = (await socket.timeout(timeoutMs).emitWithAck('player:resume', { resumeToken: this.token })) as LiveAck<{
      state: LiveStateView;
    }>;
    if (!ack.ok) throw new Error(`${this.name} could not resume: ${ack.reason} ${ack.message}`);
    if (socket !== this.socket) throw new Error('socket replaced during resume');
    this.resumes += 1;
    this.see(ack.state);
    this.ready = true;
    return ack.state;
  }

  /** Cuts the connection (no goodbye: the socket is just dropped). */
  cut(): void {
    const socket = this.socket;
    this.ready = false;
    this.socket = null;
    socket?.io.engine?.close();
    socket?.disconnect();
  }

  see(state: LiveStateView): void {
    this.last = state;
    this.seen.push({ phase: state.phase, index: stateIndex(state) });
    if (state.phase === 'REVEAL' && state.reveal) this.reveals.add(state.reveal.index);
    for (const w of [...this.waiters])
      if (w.predicate(state)) {
        this.waiters.splice(this.waiters.indexOf(w), 1);
        w.resolve(state);
      }
  }

  until(predicate: (s: LiveStateView) => boolean, timeoutMs = 20_000): Promise<LiveStateView> {
    if (this.last && predicate(this.last)) return Promise.resolve(this.last);
    return new Promise((resolve, reject) => {
      const waiter: Waiter = {
        predicate,
        resolve: (s) => {
          clearTimeout(timer);
          resolve(s);
        },
      };
      const timer = setTimeout(() => {
        this.waiters.splice(this.waiters.indexOf(waiter), 1);
        reject(
          new Error(
            `${this.name}: no matching state (last: ${this.last?.phase} ${this.last ? stateIndex(this.last) : ''})`,
          ),
        );
      }, timeoutMs);
      this.waiters.push(waiter);
    });
  }

  /**
   * Answers `q` until an ack comes: a send whose ack does not arrive within
   * `ackTimeoutMs` is sent again with the same payload (on whatever socket the phone
   * has by then). Returns the ack, or null if none came before `giveUpAt`.
   */
  async answer(
    q: LiveQuestionView,
    response: { optionIds?: string[]; value?: number },
    options: { ackTimeoutMs?: number; giveUpAt?: number } = {},
  ): Promise<AnswerAck | null> {
    const ackTimeoutMs = options.ackTimeoutMs ?? 3000;
    const giveUpAt = options.giveUpAt ?? q.closesAt + 15_000;
    while (Date.now() < giveUpAt) {
      const socket = this.socket;
      if (!socket?.connected || !this.ready) {
        await sleep(100);
        continue;
      }
      let ack: AnswerAck;
      try {
        ack = (await socket
          .timeout(ackTimeoutMs)
          .emitWithAck('player:answer', { questionIndex: q.index, response })) as AnswerAck;
      } catch {
        this.ackTimeouts += 1;
        continue;
      }
      if (ack.status === 'rejected' && (ack.reason === 'RATE_LIMITED' || ack.reason === 'NOT_JOINED')) {
        await sleep(300);
        continue;
      }
      if (ack.status === 'accepted') this.accepted.add(q.index);
      if (ack.status === 'duplicate') this.duplicates.add(q.index);
      this.acks.set(q.index, ack.status === 'rejected' ? `rejected:${ack.reason}` : ack.status);
      return ack;
    }
    return null;
  }

  /** Whether it saw question `i`'s reveal or, having been away then, a state after it. */
  sawOutcomeOf(i: number): boolean {
    return (
      this.reveals.has(i) ||
      this.seen.some(
        (s) =>
          s.phase === 'ENDED' ||
          (s.phase === 'LEADERBOARD' && s.index >= i) ||
          ((s.phase === 'QUESTION' || s.phase === 'REVEAL') && s.index > i),
      )
    );
  }

  close(): void {
    const socket = this.socket;
    this.socket = null;
    this.ready = false;
    socket?.disconnect();
  }
}

/** The question a state is about (QUESTION/REVEAL: its index; LEADERBOARD: the one before). */
export function stateIndex(s: LiveStateView): number {
  if (s.phase === 'QUESTION') return s.question?.index ?? -1;
  if (s.phase === 'REVEAL') return s.reveal?.index ?? -1;
  if (s.phase === 'LEADERBOARD') return s.leaderboard?.afterQuestion ?? -1;
  if (s.phase === 'ENDED') return s.questionCount;
  return -1;
}

export interface StoredAnswers {
  /** `${playerId}:${questionIndex}` → how many rows. */
  rows: Map<string, number>;
  /** player id → sum of stored points. */
  points: Map<string, number>;
  /** player id → live_player.score. */
  scores: Map<string, number>;
}

export async function storedAnswers(databaseUrl: string, gameId: string): Promise<StoredAnswers> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const answers = (
      await client.query<{ player_id: string; question_index: number; n: number; points: number }>(
        `SELECT player_id, question_index, count(*)::int AS n, sum(points)::int AS points
           FROM live_answer WHERE game_id = $1 GROUP BY player_id, question_index`,
        [gameId],
      )
    ).rows;
    const players = (
      await client.query<{ id: string; score: number }>('SELECT id, score FROM live_player WHERE game_id = $1', [
        gameId,
      ])
    ).rows;
    const rows = new Map<string, number>();
    const points = new Map<string, number>();
    for (const a of answers) {
      rows.set(`${a.player_id}:${a.question_index}`, a.n);
      points.set(a.player_id, (points.get(a.player_id) ?? 0) + a.points);
    }
    return { rows, points, scores: new Map(players.map((p) => [p.id, p.score])) };
  } finally {
    await client.end();
  }
}

/** What PostgreSQL holds against what the phones were told. */
export interface Bookkeeping {
  accepted: number;
  /** Distinct (player, question) acknowledged `accepted` or `duplicate`. */
  acknowledged: number;
  duplicates: number;
  stored: number;
  /** Acknowledged (accepted or duplicate) but not stored. */
  lost: string[];
  /** Stored more than once. */
  multiple: string[];
  /** Stored but never acknowledged to its phone (its ack was lost), with the phone's last ack for it. */
  unacknowledged: { answer: string; ack: string | undefined }[];
  /** Players whose live_player.score is not the sum of their stored points. */
  scoreMismatch: string[];
  /** Players whose last state's `you.score` is not the sum of their stored points. */
  shownMismatch: string[];
}

export function bookkeeping(phones: Phone[], stored: StoredAnswers): Bookkeeping {
  const lost: string[] = [];
  let accepted = 0;
  let duplicates = 0;
  let acknowledged = 0;
  for (const phone of phones) {
    const acked = new Set([...phone.accepted, ...phone.duplicates]);
    acknowledged += acked.size;
    for (const i of acked) if (!stored.rows.has(`${phone.playerId}:${i}`)) lost.push(`${phone.name}:${i}`);
    accepted += phone.accepted.size;
    duplicates += phone.duplicates.size;
  }
  const multiple = [...stored.rows].filter(([, n]) => n !== 1).map(([k]) => k);
  const unacknowledged: { answer: string; ack: string | undefined }[] = [];
  const byId = new Map(phones.map((p) => [p.playerId, p]));
  for (const key of stored.rows.keys()) {
    const [playerId, index] = key.split(':');
    const phone = byId.get(playerId);
    const i = Number(index);
    if (phone && !phone.accepted.has(i) && !phone.duplicates.has(i))
      unacknowledged.push({ answer: `${phone.name}:${i}`, ack: phone.acks.get(i) });
  }
  const scoreMismatch = [...stored.scores]
    .filter(([id, score]) => score !== (stored.points.get(id) ?? 0))
    .map(([id]) => id);
  const shownMismatch = phones
    .filter((p) => p.last?.you?.score !== (stored.points.get(p.playerId) ?? 0))
    .map((p) => `${p.name}: shown ${p.last?.you?.score}, stored ${stored.points.get(p.playerId) ?? 0}`);
  return {
    accepted,
    acknowledged,
    duplicates,
    stored: stored.rows.size,
    lost,
    multiple,
    unacknowledged,
    scoreMismatch,
    shownMismatch,
  };
}
