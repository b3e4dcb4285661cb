import { randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import { freshDatabaseUrl } from '../support/database.js';
import { redisServerAvailable, startOwnRedis, type OwnRedis } from '../support/fault-services.js';
import {
  bookkeeping,
  Host,
  Phone,
  sleep,
  someResponse,
  startLiveGame,
  storedAnswers,
  type LiveGameHandle,
} from '../support/live-harness.js';
import { reportNodesUnlessPassed, startServerProcess, type ServerProcess } from '../support/server-process.js';

/**
 * Issue 7, "Restart Redis mid-question": two server nodes on a fresh database of
 * DATABASE_URL and a redis-server of the test's own (no persistence: the restart
 * loses every key, driver locks and answer counters included). Players are split
 * across the nodes.
 *  - question 0: Redis is down for ~3 s while the answers come in;
 *  - question 1: Redis is down when the deadline passes (the reveal and its fan-out
 *    to the other node happen while Redis is unreachable);
 * afterwards the nodes are back on Redis, every acknowledged answer is stored exactly
 * once, retries get `duplicate`, every phone reaches each next state without a reload,
 * and scores are the sum of the stored points.
 */
const available = Boolean(process.env.DATABASE_URL) && redisServerAvailable();
const describeIf = available ? describe : describe.skip;
const PLAYERS = 40;

describeIf('live game: Redis restarts mid-question (two nodes; needs DATABASE_URL and redis-server)', () => {
  let db: Awaited<ReturnType<typeof freshDatabaseUrl>> | undefined;
  let redis: OwnRedis | undefined;
  const nodes: ServerProcess[] = [];
  let host: Host | undefined;
  const phones: Phone[] = [];
  let passed = false;
  /** What the test did when (epoch ms, as in the nodes' logs): printed with the nodes' warnings on failure. */
  const timeline: string[] = [];
  const mark = (what: string) => timeline.push(`${Date.now()} ${what}`);

  beforeAll(async () => {
    db = await freshDatabaseUrl('restart_redis');
    redis = await startOwnRedis();
  });
  afterAll(async () => {
    reportNodesUnlessPassed(passed, nodes);
    if (!passed) {
      // Phones grouped by what they saw (states in order, and why their sockets dropped).
      const groups = new Map<string, string[]>();
      for (const p of phones) {
        const states = p.seen.map((x) => `${x.phase} ${x.index}`).join(', ');
        const key = `on ${p.url}: ${states}; disconnects: ${p.disconnects.join(', ') || 'none'}`;
        groups.set(key, [...(groups.get(key) ?? []), p.name]);
      }
      const lines = [...groups].map(([key, names]) => `${names.length} (${names.slice(0, 3).join(', ')}…) ${key}`);
      process.stderr.write(`--- test timeline ---\n${timeline.join('\n')}\n--- phones ---\n${lines.join('\n')}\n`);
    }
    for (const p of phones) p.close();
    host?.close();
    for (const n of nodes) await n.stop('SIGKILL');
    for (const n of nodes) rmSync(n.dataDir, { recursive: true, force: true });
    await redis?.stop();
    await db?.drop();
  });

  it('reconnects both nodes to Redis, loses no acknowledged answer and carries the game on', async () => {
    const adminPassword = `Adm-${randomBytes(8).toString('hex')}`;
    const env = {
      DATABASE_URL: db!.url,
      REDIS_URL: redis!.url,
      JWT_SECRET: randomBytes(32).toString('hex'),
      ADMIN_PASSWORD: adminPassword,
      DEMO_DATA: 'true',
    };
    nodes.push(await startServerProcess(env)); // the first runs the migrations and loads the demo data
    nodes.push(await startServerProcess(env));
    const [a, b] = nodes;
    const game: LiveGameHandle = await startLiveGame(a.url, adminPassword, { questions: 2 });
    host = new Host(a.url, game);
    await host.attach();
    for (let i = 0; i < PLAYERS; i += 10) {
      const batch = Array.from(
        { length: Math.min(10, PLAYERS - i) },
        (_, k) => new Phone((i + k) % 2 === 0 ? a.url : b.url, `Máy ${i + k + 1}`),
      );
      await Promise.all(batch.map((p) => p.join(game.pin)));
      phones.push(...batch);
    }
    const questionOpen = async (index: number) => {
      const states = await Promise.all(
        phones.map((p) => p.until((s) => s.phase === 'QUESTION' && s.question?.index === index)),
      );
      const q = states[0].question!;
      await sleep(Math.max(0, q.opensAt - Date.now() + 30));
      return q;
    };
    const outage = async (afterMs: number, downMs: number) => {
      await sleep(afterMs);
      const stoppedAt = Date.now();
      mark('stopping Redis');
      await redis!.stop();
      mark('Redis stopped');
      await sleep(downMs);
      await redis!.start();
      mark('Redis started');
      return { stoppedAt, upAt: Date.now() };
    };

    // ---- question 0: Redis goes down while the answers come in ----
    await host.call('host:start');
    let q = await questionOpen(0);
    mark(`question 0 open, closes at ${q.closesAt}`);
    const laggard = phones[PLAYERS - 1];
    const firstOutage = outage(800, 3000);
    let lastAckAt = 0;
    const acks0 = await Promise.all(
      phones.slice(0, -1).map(async (p, i) => {
        await sleep((i / PLAYERS) * 4000);
        const ack = await p.answer(q, someResponse(q, i), { ackTimeoutMs: 2000 });
        lastAckAt = Math.max(lastAckAt, Date.now());
        return ack;
      }),
    );
    const out0 = await firstOutage;
    expect(acks0.every((x) => x !== null && x.status !== 'rejected')).toBe(true);
    const retried = phones.slice(0, 10); // one node's and the other's
    const retryAcks = await Promise.all(retried.map((p, i) => p.answer(q, someResponse(q, i))));
    expect(retryAcks.map((x) => x?.status)).toEqual(retried.map(() => 'duplicate'));
    expect(await laggard.answer(q, someResponse(q, PLAYERS - 1))).toMatchObject({ status: 'accepted' });
    // The answer counters were lost with Redis; at the latest the deadline reveals the question.
    await Promise.all(
      phones.map((p) =>
        p.until((s) => s.phase === 'REVEAL' && s.reveal?.index === 0, Math.max(0, q.closesAt - Date.now()) + 10_000),
      ),
    );
    const reveal0AfterUpMs = Date.now() - out0.upAt;
    mark('every phone saw reveal 0');

    // ---- question 1: Redis is down when the deadline passes ----
    await host.call('host:next', 10_000); // leaderboard
    await Promise.all(phones.map((p) => p.until((s) => s.phase === 'LEADERBOARD')));
    await host.call('host:next', 10_000);
    q = await questionOpen(1);
    mark(`question 1 open, closes at ${q.closesAt}`);
    const half = phones.filter((_, i) => i % 4 < 2);
    const acks1 = await Promise.all(half.map((p, i) => p.answer(q, someResponse(q, i))));
    expect(acks1.every((x) => x?.status === 'accepted')).toBe(true);
    const out1 = await outage(Math.max(0, q.closesAt - Date.now() - 1000), 3000);
    await Promise.all(phones.map((p) => p.until((s) => s.phase === 'REVEAL' && s.reveal?.index === 1, 15_000)));
    const reveal1AfterUpMs = Date.now() - out1.upAt;
    expect(reveal1AfterUpMs).toBeLessThan(10_000);

    await host.call('host:next', 10_000); // leaderboard
    await host.call('host:next', 10_000); // the end
    await Promise.all(phones.map((p) => p.until((s) => s.phase === 'ENDED')));

    const check = bookkeeping(phones, await storedAnswers(db!.url!, game.gameId));
    const ackTimeouts = phones.reduce((n, p) => n + p.ackTimeouts, 0);
    process.stdout.write(
      `restart-redis: players=${PLAYERS} on 2 nodes accepted=${check.accepted} acknowledged=${check.acknowledged} ` +
        `stored=${check.stored} duplicates=${check.duplicates} ackTimeouts(retried)=${ackTimeouts} ` +
        `lost=${check.lost.length} multiple=${check.multiple.length} ` +
        `scoreMismatch=${check.scoreMismatch.length}/${check.shownMismatch.length}; ` +
        `q0 outage ${out0.upAt - out0.stoppedAt} ms, last q0 ack ${lastAckAt - out0.upAt} ms after Redis was back, ` +
        `q0 revealed ${reveal0AfterUpMs} ms after; q1 (deadline during the outage) revealed ${reveal1AfterUpMs} ms ` +
        `after Redis was back\n`,
    );
    expect(check.lost).toEqual([]);
    expect(check.multiple).toEqual([]);
    expect(check.scoreMismatch).toEqual([]);
    expect(check.shownMismatch).toEqual([]);
    expect(check.stored).toBe(PLAYERS + half.length);
    expect(check.acknowledged).toBe(check.stored);
    for (const n of nodes) expect(n.output()).not.toMatch(/Unhandled|uncaught/i);
    passed = true;
  }, 180_000);
});
