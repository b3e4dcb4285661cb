import { randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import { startOwnPostgres, type OwnPostgres } from '../support/fault-services.js';
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
import { startServerProcess, type ServerProcess } from '../support/server-process.js';

/**
 * Issue 7, "Restart PostgreSQL mid-question" (single node, a PostgreSQL of the test's
 * own that it stops with a fast shutdown and starts again):
 *  - question 0: ~50 players answer while PostgreSQL is down for ~3 s; a phone
 *    whose ack does not come retries with the same payload;
 *  - question 1: PostgreSQL is down when the question's deadline passes, so the
 *    reveal is due while the database is unreachable;
 * and afterwards every answer acknowledged `accepted` is stored exactly once, retries
 * of stored answers get `duplicate`, every phone reaches each next state without a
 * reload, and scores (stored and shown) are the sum of the stored points.
 */
const PLAYERS = 50;

describe('live game: PostgreSQL restarts mid-question (single node, its own PostgreSQL)', () => {
  let database: OwnPostgres | undefined;
  let node: ServerProcess | undefined;
  let host: Host | undefined;
  const phones: Phone[] = [];

  beforeAll(async () => {
    database = await startOwnPostgres();
  }, 60_000);
  afterAll(async () => {
    for (const p of phones) p.close();
    host?.close();
    await node?.stop('SIGKILL');
    if (node) rmSync(node.dataDir, { recursive: true, force: true });
    await database?.destroy();
  });

  it('loses no acknowledged answer, de-duplicates retries and carries the game on', async () => {
    const db = database!;
    const adminPassword = `Adm-${randomBytes(8).toString('hex')}`;
    node = await startServerProcess({
      DATABASE_URL: db.url,
      JWT_SECRET: randomBytes(32).toString('hex'),
      ADMIN_PASSWORD: adminPassword,
      DEMO_DATA: 'true',
    });
    const game: LiveGameHandle = await startLiveGame(node.url, adminPassword, { questions: 2 });
    host = new Host(node.url, game);
    await host.attach();
    for (let i = 0; i < PLAYERS; i += 10) {
      const batch = Array.from(
        { length: Math.min(10, PLAYERS - i) },
        (_, k) => new Phone(node!.url, `Máy ${i + k + 1}`),
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

    // ---- question 0: PostgreSQL goes down while the answers come in ----
    await host.call('host:start');
    let q = await questionOpen(0);
    const laggard = phones[PLAYERS - 1]; // answers last, so the question stays open for the retry checks
    const outage = async (afterMs: number, downMs: number) => {
      await sleep(afterMs);
      const stoppedAt = Date.now();
      await db.stop();
      await sleep(downMs);
      await db.start();
      return { stoppedAt, upAt: Date.now() };
    };
    const firstOutage = outage(800, 3000);
    let lastAckAt = 0;
    const acks0 = await Promise.all(
      phones.slice(0, -1).map(async (p, i) => {
        await sleep((i / PLAYERS) * 4000); // answers spread over 4 s: before, during and after the outage
        const ack = await p.answer(q, someResponse(q, i), { ackTimeoutMs: 2000 });
        lastAckAt = Math.max(lastAckAt, Date.now());
        return ack;
      }),
    );
    const out0 = await firstOutage;
    expect(acks0.every((a) => a !== null && a.status !== 'rejected')).toBe(true);
    const afterOutage0 = lastAckAt - out0.upAt;

    // Phones that never heard their ack resend the same answer: `duplicate`, never a second score.
    const retried = phones.slice(0, 10);
    const retryAcks = await Promise.all(retried.map((p, i) => p.answer(q, someResponse(q, i))));
    expect(retryAcks.map((a) => a?.status)).toEqual(retried.map(() => 'duplicate'));
    expect(await laggard.answer(q, someResponse(q, PLAYERS - 1))).toMatchObject({ status: 'accepted' });
    await Promise.all(phones.map((p) => p.until((s) => s.phase === 'REVEAL' && s.reveal?.index === 0, 20_000)));

    // ---- question 1: PostgreSQL is down when the deadline passes ----
    await host.call('host:next'); // leaderboard
    await Promise.all(phones.map((p) => p.until((s) => s.phase === 'LEADERBOARD')));
    await host.call('host:next');
    q = await questionOpen(1);
    const half = phones.filter((_, i) => i % 2 === 0);
    const acks1 = await Promise.all(half.map((p, i) => p.answer(q, someResponse(q, i))));
    expect(acks1.every((a) => a?.status === 'accepted')).toBe(true);
    const out1 = await outage(Math.max(0, q.closesAt - Date.now() - 1000), 3000);
    // Nobody reloads and the host does nothing: the reveal comes once PostgreSQL is back.
    await Promise.all(phones.map((p) => p.until((s) => s.phase === 'REVEAL' && s.reveal?.index === 1, 20_000)));
    const revealAfterUpMs = Date.now() - out1.upAt;
    expect(revealAfterUpMs).toBeLessThan(10_000);

    await host.call('host:next', 10_000); // leaderboard
    await host.call('host:next', 10_000); // the end
    await Promise.all(phones.map((p) => p.until((s) => s.phase === 'ENDED')));

    const check = bookkeeping(phones, await storedAnswers(db.url, game.gameId));
    const ackTimeouts = phones.reduce((n, p) => n + p.ackTimeouts, 0);
    process.stdout.write(
      `restart-postgres: players=${PLAYERS} accepted=${check.accepted} acknowledged=${check.acknowledged} stored=${check.stored} ` +
        `duplicates=${check.duplicates} ackTimeouts(retried)=${ackTimeouts} lost=${check.lost.length} ` +
        `multiple=${check.multiple.length} scoreMismatch=${check.scoreMismatch.length}/${check.shownMismatch.length}; ` +
        `q0 outage ${out0.upAt - out0.stoppedAt} ms, last q0 ack ${afterOutage0} ms after PostgreSQL was back; ` +
        `q1 revealed ${revealAfterUpMs} ms after PostgreSQL was back\n`,
    );
    expect(check.lost).toEqual([]);
    expect(check.multiple).toEqual([]);
    expect(check.scoreMismatch).toEqual([]);
    expect(check.shownMismatch).toEqual([]);
    expect(check.stored).toBe(PLAYERS + half.length); // question 0: everyone; question 1: the half that answered
    expect(check.acknowledged).toBe(check.stored); // nothing stored that its phone was not told about
    expect(node.output()).not.toMatch(/Unhandled|uncaught/i);
  }, 150_000);
});
