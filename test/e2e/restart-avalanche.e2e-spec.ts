import type { LiveStateView } from '@thidua/shared';
import { randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import { freshDatabaseUrl } from '../support/database.js';
import {
  fakeIp,
  Host,
  Phone,
  percentile,
  sleep,
  someResponse,
  startLiveGame,
  type LiveGameHandle,
} from '../support/live-harness.js';
import { startServerProcess, type ServerProcess } from '../support/server-process.js';

/**
 * Issue 7, "Restart avalanche" (single node, fresh database of DATABASE_URL): 1,000
 * players connected (websocket, each with its own address), a question open and half
 * of them answered; the node is restarted (SIGTERM, then started again on the same
 * port). The phones reconnect by themselves with jittered exponential back-off
 * (socket.io-client's reconnectionDelay / randomizationFactor) and resume with their
 * token: ≥ 99 % are back with their state within 10 s of the restart, none is stuck
 * (all resume, all hear the next reveal) and the answers given before stay locked in.
 */
const describeIf = process.env.DATABASE_URL ? describe : describe.skip;
const PLAYERS = 1000;

describeIf('live game: restart avalanche, 1,000 players (single node; needs DATABASE_URL)', () => {
  let db: Awaited<ReturnType<typeof freshDatabaseUrl>> | undefined;
  let node: ServerProcess | undefined;
  let host: Host | undefined;
  const phones: Phone[] = [];

  beforeAll(async () => {
    db = await freshDatabaseUrl('restart_avalanche');
  });
  afterAll(async () => {
    for (const p of phones) p.close();
    host?.close();
    await node?.stop('SIGKILL');
    if (node) rmSync(node.dataDir, { recursive: true, force: true });
    await db?.drop();
  });

  it('brings ≥ 99 % of the players back within 10 s and leaves none stuck', async () => {
    const adminPassword = `Adm-${randomBytes(8).toString('hex')}`;
    const env = {
      DATABASE_URL: db!.url,
      JWT_SECRET: randomBytes(32).toString('hex'),
      ADMIN_PASSWORD: adminPassword,
      DEMO_DATA: 'true',
    };
    node = await startServerProcess(env);
    const { url, port, dataDir } = node;
    // Long timers: the question stays open across the restart.
    const game: LiveGameHandle = await startLiveGame(url, adminPassword, { settings: { timeMultiplier: 3 } });
    host = new Host(url, game);
    await host.attach();

    // Phones that reconnect by themselves (jittered exponential back-off) and then resume.
    let restartAt = 0;
    const backAfterMs = new Map<Phone, number>();
    const resumeFailures: string[] = [];
    let serverDisconnects = 0;
    const joinedAt = Date.now();
    for (let i = 0; i < PLAYERS; i += 50) {
      const batch = Array.from({ length: Math.min(50, PLAYERS - i) }, (_, k) => {
        const phone = new Phone(url, `Máy ${i + k + 1}`, {
          reconnection: true,
          reconnectionDelay: 500,
          reconnectionDelayMax: 4000,
          randomizationFactor: 0.5,
          reconnectionAttempts: Infinity,
          extraHeaders: { 'x-forwarded-for': fakeIp(i + k + 1) },
        });
        return phone;
      });
      await Promise.all(
        batch.map(async (phone) => {
          const socket = await phone.open();
          await phone.join(game.pin);
          socket.on('disconnect', (reason) => {
            // A server that says goodbye is not reconnected to automatically: the phone does it.
            if (reason === 'io server disconnect') {
              serverDisconnects += 1;
              setTimeout(() => socket.connect(), 500 + Math.random() * 1000);
            }
          });
          socket.on('connect', () => {
            if (!restartAt) return;
            phone.resume(15_000).then(
              () => backAfterMs.set(phone, Date.now() - restartAt),
              (error: unknown) => resumeFailures.push(String(error)),
            );
          });
        }),
      );
      phones.push(...batch);
    }
    const joinMs = Date.now() - joinedAt;

    await host.call('host:start');
    const opened = await Promise.all(
      phones.map((p) => p.until((s) => s.phase === 'QUESTION' && s.question?.index === 0)),
    );
    const q = opened[0].question!;
    await sleep(Math.max(0, q.opensAt - Date.now() + 30));
    const answering = phones.filter((_, i) => i % 2 === 0);
    for (let i = 0; i < answering.length; i += 100) {
      const acks = await Promise.all(answering.slice(i, i + 100).map((p, k) => p.answer(q, someResponse(q, i + k))));
      expect(acks.every((a) => a?.status === 'accepted')).toBe(true);
    }

    // The restart: SIGTERM, then the same node again on the same port.
    restartAt = Date.now();
    await node.stop('SIGTERM');
    const stoppedMs = Date.now() - restartAt;
    node = await startServerProcess(env, dataDir, { port });
    const upMs = Date.now() - restartAt;

    for (let waited = 0; backAfterMs.size < PLAYERS && waited < 30_000; waited += 100) await sleep(100);
    const times = [...backAfterMs.values()];
    const within10s = times.filter((t) => t <= 10_000).length;
    const percentBack = (100 * within10s) / PLAYERS;

    // None stuck: every phone is back in the open question with its answer locked in, and hears the reveal.
    const wrongState = phones.filter((p) => {
      const s: LiveStateView | null = p.last;
      return s?.phase !== 'QUESTION' || s.question?.index !== 0;
    });
    const answerLost = answering.filter((p) => !p.last?.you?.currentAnswer);
    await host.attach(node.url);
    await host.call('host:skip');
    const revealed = await Promise.allSettled(
      phones.map((p) => p.until((s) => s.phase === 'REVEAL' && s.reveal?.index === 0, 10_000)),
    );
    const stuck = revealed.filter((r) => r.status === 'rejected').length;

    process.stdout.write(
      `restart-avalanche: players=${PLAYERS} (joined in ${joinMs} ms) answered=${answering.length}; ` +
        `SIGTERM→exit ${stoppedMs} ms, SIGTERM→listening again ${upMs} ms; back within 10 s ` +
        `${percentBack.toFixed(1)} % (${within10s}/${PLAYERS}), back at all ${backAfterMs.size}; time to resume after ` +
        `SIGTERM p50=${percentile(times, 50)} ms p99=${percentile(times, 99)} ms max=${Math.max(...times)} ms; ` +
        `server goodbyes=${serverDisconnects} resumeFailures=${resumeFailures.length} wrongState=${wrongState.length} ` +
        `answerLost=${answerLost.length} stuck=${stuck}\n`,
    );
    expect(percentBack).toBeGreaterThanOrEqual(99);
    expect(backAfterMs.size).toBe(PLAYERS);
    expect(wrongState).toEqual([]);
    expect(answerLost).toEqual([]);
    expect(stuck).toBe(0);
  }, 180_000);
});
