import { randomUUID } from 'node:crypto';
import type { ClusterMessage, CoordinatorHandlers, DriverCommand } from './live-coordinator.js';
import { RedisLiveCoordinator } from './redis-live-coordinator.js';

const describeRedis = process.env.REDIS_URL ? describe : describe.skip;

/** Handlers that record what the coordinator tells the runtime. */
function recorder(openGames: string[]) {
  const seen = { messages: [] as ClusterMessage[], commands: [] as DriverCommand[], claimed: [] as string[] };
  const handlers: CoordinatorHandlers = {
    message: (m) => seen.messages.push(m),
    command: (c) => {
      seen.commands.push(c);
      return Promise.resolve({ ok: true });
    },
    claimed: (id) => seen.claimed.push(id),
    lost: () => undefined,
    openGames: () => openGames,
  };
  return { seen, handlers };
}

const until = async (check: () => boolean, timeoutMs = 6000) => {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 25));
  }
};

describeRedis('the Redis live coordinator (needs REDIS_URL)', () => {
  const gameId = randomUUID();
  const a = new RedisLiveCoordinator(process.env.REDIS_URL!);
  const b = new RedisLiveCoordinator(process.env.REDIS_URL!);
  const aOpen = [gameId];
  const ra = recorder(aOpen);
  const rb = recorder([gameId]);

  beforeAll(async () => {
    a.bind(ra.handlers);
    b.bind(rb.handlers);
    await Promise.all([a.connect(), b.connect()]);
  });
  afterAll(async () => {
    await Promise.all([a.close(), b.close()]);
  });

  it('elects one driver, forwards host commands to it, shares messages and counts, and hands over on release', async () => {
    expect(await a.claim(gameId)).toBe(true);
    expect(await b.claim(gameId)).toBe(false);
    expect(await a.claim(gameId)).toBe(true); // a renewal

    expect(await b.forward({ gameId, command: 'next' })).toEqual({ ok: true });
    expect(ra.seen.commands).toEqual([{ gameId, command: 'next' }]);
    expect(await a.forward({ gameId, command: 'next' })).toBeNull(); // the driver runs its own commands

    b.publish({ type: 'check', gameId, questionIndex: 0 });
    await until(() => ra.seen.messages.length === 1);
    expect(ra.seen.messages[0]).toEqual({ type: 'check', gameId, questionIndex: 0 });
    expect(rb.seen.messages).toEqual([]); // not to itself

    expect(await a.addAnswered(gameId, 0, 3)).toBe(3);
    expect(await b.addAnswered(gameId, 0, 2)).toBe(5);

    aOpen.length = 0; // node a's game ended (or a stops): b takes the lock at its next tick
    await a.release(gameId);
    await until(() => rb.seen.claimed.includes(gameId), 3000);
    expect(await a.claim(gameId)).toBe(false);
  });
});
