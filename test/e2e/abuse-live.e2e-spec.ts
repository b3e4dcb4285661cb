import type { AnswerAck, LiveStateView } from '@thidua/shared';
import { randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import { io, type Socket } from 'socket.io-client';
import { freshDatabaseUrl } from '../support/database.js';
import { graphql, signIn, startServerProcess, type ServerProcess } from '../support/server-process.js';

/**
 * Cheating and flooding a live game on the BUILT server (issue 7, "Abuse tests"),
 * filling the gaps of server/src/modules/live/live-game.integration-spec.ts:
 * forged client times and identities in the answer payload, answering as another
 * player (payload or someone's resume token), for another game, twice, after the
 * deadline plus grace: refused, and the scores (read back through liveGameResults)
 * unchanged. Every frame a player gets before a reveal, of every event type, names
 * no correct option. Join floods from one address are limited while a class of 400
 * behind one NAT gets in; a message flood from one connection is limited while
 * another client's acks stay fast; an oversized frame closes only its connection.
 */

interface Frame {
  seq: number;
  event: string;
  args: unknown[];
}
interface Phone {
  socket: Socket;
  frames: Frame[];
  state: LiveStateView | null;
}

let seq = 0;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function connect(url: string, options: { token?: string; ip?: string } = {}): Promise<Phone> {
  const socket = io(`${url}/live`, {
    transports: ['websocket'],
    reconnection: false,
    forceNew: true,
    auth: options.token ? { token: options.token } : {},
    extraHeaders: options.ip ? { 'x-forwarded-for': options.ip } : {},
  });
  const phone: Phone = { socket, frames: [], state: null };
  socket.onAny((event: string, ...args: unknown[]) => {
    phone.frames.push({ seq: (seq += 1), event, args });
    if (event === 'game:state') phone.state = args[0] as LiveStateView;
  });
  return new Promise((resolve, reject) => {
    socket.once('connect', () => resolve(phone));
    socket.once('connect_error', reject);
  });
}

async function until(phone: Phone, predicate: (s: LiveStateView) => boolean, timeoutMs = 30_000) {
  const deadline = Date.now() + timeoutMs;
  while (!(phone.state && predicate(phone.state))) {
    if (Date.now() > deadline) throw new Error(`no matching state (last ${phone.state?.phase})`);
    await sleep(20);
  }
  return phone.state;
}

const call = <T>(phone: Phone, event: string, payload?: unknown) =>
  phone.socket.timeout(10_000).emitWithAck(event, payload) as Promise<T>;

type JoinAck = { ok: boolean; reason?: string; resumeToken: string; state: LiveStateView };

describe('live abuse (built server)', () => {
  let db: Awaited<ReturnType<typeof freshDatabaseUrl>>;
  let server: ServerProcess;
  let url: string;
  let admin: string;
  let quizId: string;
  const phones: Phone[] = [];
  const adminPassword = `Adm-${randomBytes(8).toString('hex')}`;

  const phone = async (options: { token?: string; ip?: string } = {}) => {
    const p = await connect(url, options);
    phones.push(p);
    return p;
  };
  const startGame = async (settings: Record<string, unknown>) => {
    const result = await graphql<{ startLiveGame: { id: string; pin: string } }>(
      url,
      'mutation($input: StartLiveGameInput!) { startLiveGame(input: $input) { id pin } }',
      { input: { quizId, settings } },
      admin,
    );
    return result.data!.startLiveGame;
  };
  const results = async (gameId: string) =>
    (
      await graphql<{
        liveGameResults: {
          players: { playerId: string; name: string; score: number; answeredCount: number }[];
          questions: { answered: number; averageTimeMs: number }[];
        };
      }>(
        url,
        'query($id: ID!) { liveGameResults(id: $id) { players { playerId name score answeredCount } questions { answered averageTimeMs } } }',
        { id: gameId },
        admin,
      )
    ).data!.liveGameResults;

  beforeAll(async () => {
    db = await freshDatabaseUrl('abuse_live');
    server = await startServerProcess({
      DATABASE_URL: db.url,
      JWT_SECRET: randomBytes(32).toString('hex'),
      ADMIN_PASSWORD: adminPassword,
      DEMO_DATA: 'true',
    });
    url = server.url;
    admin = await signIn(url, 'admin', adminPassword);
    const quizzes = await graphql<{ quizzes: { id: string; isDemo: boolean }[] }>(
      url,
      '{ quizzes { id isDemo } }',
      {},
      admin,
    );
    quizId = quizzes.data!.quizzes.find((q) => q.isDemo)!.id;
  });
  afterAll(async () => {
    for (const p of phones) p.socket.disconnect();
    await server?.stop();
    if (server) rmSync(server.dataDir, { recursive: true, force: true });
    await db?.drop();
  });

  it('refuses forged times and identities, other players, other games, repeats and late answers; scores unchanged; nothing leaks before the reveal', async () => {
    const game = await startGame({ readingSeconds: 2 });
    const other = await startGame({ readingSeconds: 0 });
    const host = await phone({ token: admin });
    expect((await call<{ ok: boolean }>(host, 'host:attach', { gameId: game.id })).ok).toBe(true);
    const screen = await phone();
    await call(screen, 'screen:attach', { pin: game.pin });
    const [an, binh, chi] = [await phone(), await phone(), await phone()];
    const joinAn = await call<JoinAck>(an, 'player:join', { pin: game.pin, name: 'An' });
    const joinBinh = await call<JoinAck>(binh, 'player:join', { pin: game.pin, name: 'Bình' });
    expect((await call<JoinAck>(chi, 'player:join', { pin: game.pin, name: 'Chi' })).ok).toBe(true); // never answers
    const intruder = await phone();
    expect((await call<JoinAck>(intruder, 'player:join', { pin: other.pin, name: 'Dũng' })).ok).toBe(true);
    const anId = joinAn.state.you!.playerId;
    const binhId = joinBinh.state.you!.playerId;

    await call(host, 'host:start', { gameId: game.id });
    const shown = await until(an, (s) => s.phase === 'QUESTION' && s.question?.index === 0);
    const q = shown.question!;
    const option = q.options[0]?.id;
    const response = q.type === 'NUMERIC' ? { value: 2 } : { optionIds: [option] };
    // Forged client times before the open: the server's clock decides.
    const forged = { receivedAt: q.opensAt + 1000, elapsedMs: 1, clientTime: q.opensAt + 1000, serverTime: q.opensAt };
    expect(await call<AnswerAck>(an, 'player:answer', { questionIndex: 0, response, ...forged })).toEqual({
      status: 'rejected',
      reason: 'NOT_OPEN_YET',
    });
    // Another game's player, answering this game's question index: their game has no such open question.
    expect((await call<AnswerAck>(intruder, 'player:answer', { questionIndex: 0, response })).status).toBe('rejected');

    await sleep(q.opensAt - Date.now() + 1500);
    // A payload that claims to be fast and to come from Bình, for the other game.
    const accepted = await call<AnswerAck>(an, 'player:answer', {
      questionIndex: 0,
      response,
      ...forged,
      playerId: binhId,
      gameId: other.id,
    });
    expect(accepted.status).toBe('accepted');
    expect(accepted.receivedAt! - q.opensAt).toBeGreaterThanOrEqual(1400);
    const afterFirst = await results(game.id);
    const scoreOf = (r: typeof afterFirst, id: string) => r.players.find((p) => p.playerId === id)!;
    expect(scoreOf(afterFirst, anId).answeredCount).toBe(1);
    expect(scoreOf(afterFirst, binhId).answeredCount).toBe(0); // not answered as Bình
    // The stored time is the server's: ~1.5 s, not the forged 1 ms.
    expect(afterFirst.questions[0].averageTimeMs).toBeGreaterThanOrEqual(1400);

    // Twice, and through An's resume token on Bình's phone: An's identity, so `duplicate`.
    expect((await call<AnswerAck>(an, 'player:answer', { questionIndex: 0, response })).status).toBe('duplicate');
    const thief = await phone();
    const stolen = await call<{ ok: boolean; state: LiveStateView }>(thief, 'player:resume', {
      resumeToken: joinAn.resumeToken,
      playerId: binhId,
    });
    expect(stolen.state.you!.playerId).toBe(anId);
    expect((await call<AnswerAck>(thief, 'player:answer', { questionIndex: 0, response })).status).toBe('duplicate');
    // A question index that is not the current one.
    expect(await call<AnswerAck>(binh, 'player:answer', { questionIndex: 1, response })).toEqual({
      status: 'rejected',
      reason: 'WRONG_QUESTION',
    });
    const beforeLate = await results(game.id);
    expect(beforeLate).toEqual(afterFirst);

    // After the deadline plus grace: CLOSED, and nothing changes.
    const reveal = await until(binh, (s) => s.phase === 'REVEAL', q.closesAt - Date.now() + q.graceMs + 10_000);
    const late = await call<AnswerAck>(binh, 'player:answer', { questionIndex: 0, response });
    expect(late).toEqual({ status: 'rejected', reason: 'CLOSED' });
    expect(await results(game.id)).toEqual(afterFirst);

    // No leakage: before the reveal frame, no frame of any event type (state, lobby, answers,
    // acks are not frames) names the correct option, the correct value or the explanation.
    const correct = reveal.reveal!;
    expect(correct.explanation.length).toBeGreaterThan(10);
    expect(an.frames.some((f) => f.event === 'game:state')).toBe(true);
    expect(screen.frames.map((f) => f.event)).toEqual(
      expect.arrayContaining(['game:state', 'game:lobby', 'game:answers']),
    );
    for (const p of [an, binh, chi, screen, intruder, thief]) {
      const revealAt = p.frames.find((f) => f.event === 'game:state' && (f.args[0] as LiveStateView).reveal)?.seq;
      const before = p.frames.filter((f) => revealAt === undefined || f.seq < revealAt);
      const text = JSON.stringify(before.map((f) => [f.event, f.args]));
      expect(text).not.toContain(correct.explanation.slice(0, 40));
      expect(text).not.toMatch(/"(correctOptionIds|correctValue|explanation|answerKey|correct|isCorrect)"/);
      for (const f of before) {
        const state = f.args[0] as LiveStateView | undefined;
        if (f.event === 'game:state') expect(state?.reveal ?? null).toBeNull();
      }
    }
    await call(host, 'host:end', { gameId: game.id });
    await call(host, 'host:attach', { gameId: other.id });
    await call(host, 'host:end', { gameId: other.id });
  }, 60_000);

  it('limits join floods from one address while 2,000 phones behind one NAT get in; limits message floods without slowing others; closes only an oversized connection', async () => {
    const game = await startGame({ readingSeconds: 0 });
    // A school assembly of 2,000 behind one NAT: same address, different sockets, within a minute.
    // (Before issue 17: 600 joins a minute per address, so 1,400 of them were refused.)
    const nat = '10.40.0.1';
    const students = await Promise.all(Array.from({ length: 2000 }, () => phone({ ip: nat })));
    const joinsStarted = Date.now();
    const joins = await Promise.all(
      students.map((s, i) => call<JoinAck>(s, 'player:join', { pin: game.pin, name: `Học sinh ${i + 1}` })),
    );
    expect(joins.filter((j) => !j.ok).map((j) => j.reason)).toEqual([]);
    expect(Date.now() - joinsStarted).toBeLessThan(60_000);
    for (const s of students) s.socket.disconnect();

    // A bot at one address: 150 sockets × 5 joins, more than the per-address limit.
    const bot = '10.66.6.6';
    const bots = await Promise.all(Array.from({ length: 150 }, () => phone({ ip: bot })));
    const floods = (
      await Promise.all(
        bots.map((s) =>
          Promise.all(
            Array.from({ length: 5 }, (_, k) => call<JoinAck>(s, 'player:join', { pin: game.pin, name: `Bot ${k}` })),
          ),
        ),
      )
    ).flat();
    const reasons = floods.map((f) => (f.ok ? 'ok' : f.reason));
    expect(reasons.filter((r) => r === 'RATE_LIMITED').length).toBeGreaterThan(100);
    for (const s of bots) s.socket.disconnect();
    // The limit is per address: one more student of the class still gets in.
    const late = await phone({ ip: '10.40.0.2' });
    expect((await call<JoinAck>(late, 'player:join', { pin: game.pin, name: 'Học sinh muộn' })).ok).toBe(true);

    // A message flood from one connection: RATE_LIMITED, while another client's acks stay fast.
    const flooder = await phone();
    const other = await phone();
    const flood = Array.from({ length: 3000 }, () =>
      call<{ ok?: boolean; reason?: string; serverTime?: number }>(flooder, 'time:sync', { clientSentAt: 1 }),
    );
    const latencies: number[] = [];
    for (let i = 0; i < 20; i += 1) {
      const sent = performance.now();
      await call(other, 'time:sync', { clientSentAt: i });
      latencies.push(performance.now() - sent);
      await sleep(10);
    }
    const floodAcks = await Promise.all(flood);
    expect(floodAcks.filter((a) => a.reason === 'RATE_LIMITED').length).toBeGreaterThan(2500);
    latencies.sort((a, b) => a - b);
    const p95 = latencies[Math.ceil(0.95 * latencies.length) - 1];
    expect(p95).toBeLessThan(500);
    expect(other.socket.connected).toBe(true);

    // An oversized frame closes only that connection.
    const big = await phone();
    const closed = new Promise<string>((resolve) => big.socket.once('disconnect', (reason) => resolve(reason)));
    big.socket.emit('player:join', { pin: game.pin, name: 'x'.repeat(100_000) });
    expect(await closed).toBe('transport close');
    expect(flooder.socket.connected).toBe(true);
    expect((await call<{ serverTime: number }>(other, 'time:sync', { clientSentAt: 1 })).serverTime).toBeGreaterThan(0);
    expect((await fetch(`${url}/api/health`)).status).toBe(200);
  }, 120_000);
});
