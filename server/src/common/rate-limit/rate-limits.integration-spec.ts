import { jest } from '@jest/globals';
import { Logger } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { createServer, connect, type AddressInfo } from 'node:net';
import { RateLimits } from './rate-limits.js';

const REDIS_URL = process.env.REDIS_URL;
if (!REDIS_URL) process.stdout.write('[rate limits] REDIS_URL is not set: the shared (Redis) limits are not tested\n');
const describeRedis = REDIS_URL ? describe : describe.skip;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function takeTimes(limit: { take(key: string): Promise<boolean> }, key: string, times: number) {
  const taken: boolean[] = [];
  for (let i = 0; i < times; i += 1) taken.push(await limit.take(key));
  return taken;
}

describeRedis('rate limits shared through Redis (needs REDIS_URL)', () => {
  // Two nodes behind one load balancer: two providers on the same Redis.
  const nodeA = new RateLimits({ redisUrl: REDIS_URL });
  const nodeB = new RateLimits({ redisUrl: REDIS_URL });
  // Keys of this run only: Redis outlives the run, and other runs may share it.
  const run = randomUUID();

  beforeAll(async () => {
    await Promise.all([nodeA.onModuleInit(), nodeB.onModuleInit()]);
  });
  afterAll(() => {
    nodeA.onModuleDestroy();
    nodeB.onModuleDestroy();
  });

  it('gives two nodes one budget per key, and keeps keys apart', async () => {
    const onA = nodeA.create('spec-shared', 4, 60_000);
    const onB = nodeB.create('spec-shared', 4, 60_000);
    const address = `${run}:10.1.0.1`;
    expect(await takeTimes(onA, address, 2)).toEqual([true, true]);
    expect(await takeTimes(onB, address, 3)).toEqual([true, true, false]); // not 4 more on the second node
    expect(await onA.take(address)).toBe(false);
    const retryA = await onA.retryAfterSeconds(address);
    expect(retryA).toBeGreaterThan(55);
    expect(retryA).toBeLessThanOrEqual(60);
    expect(await onB.retryAfterSeconds(address)).toBe(retryA);

    expect(await onB.take(`${run}:10.1.0.2`)).toBe(true); // another address has its own budget
    expect(await onA.retryAfterSeconds(`${run}:10.1.0.2`)).toBe(0);
    const otherLimit = nodeA.create('spec-other', 1, 60_000);
    expect(await otherLimit.take(address)).toBe(true); // and another limit its own counters
  });

  it('opens the budget again on every node when the window ends', async () => {
    const onA = nodeA.create('spec-window', 1, 1000);
    const onB = nodeB.create('spec-window', 1, 1000);
    const key = `${run}:window`;
    expect([await onA.take(key), await onB.take(key)]).toEqual([true, false]);
    expect(await onA.retryAfterSeconds(key)).toBe(1);
    await sleep(1100);
    expect(await onB.retryAfterSeconds(key)).toBe(0);
    expect([await onB.take(key), await onA.take(key)]).toEqual([true, false]);
  });

  it('answers from the insurance, within a moment, when Redis stops answering commands already sent', async () => {
    // A proxy to Redis that can stop passing bytes: a link gone dead, or Redis restarting mid-command.
    const target = new URL(REDIS_URL!);
    let frozen = false;
    const proxy = createServer((client) => {
      const upstream = connect(Number(target.port || 6379), target.hostname);
      client.on('data', (data) => void (frozen || upstream.write(data)));
      upstream.on('data', (data) => void (frozen || client.write(data)));
      for (const [a, b] of [
        [client, upstream],
        [upstream, client],
      ])
        a.on('error', () => b.destroy()).on('close', () => b.destroy());
    });
    await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
    const node = new RateLimits({ redisUrl: `redis://127.0.0.1:${(proxy.address() as AddressInfo).port}` });
    const warn = jest.spyOn(Logger.prototype, 'warn').mockImplementation(() => undefined);
    try {
      await node.onModuleInit();
      const limit = node.create('spec-frozen', 2, 60_000);
      const key = `${run}:frozen`;
      expect(await takeTimes(limit, key, 2)).toEqual([true, true]); // through Redis
      frozen = true;
      const started = Date.now();
      // The insurance counts from nothing: still limited, at its own limit, and each answer waits only the timeout.
      expect(await takeTimes(limit, key, 3)).toEqual([true, true, false]);
      expect(Date.now() - started).toBeLessThan(3000);
      expect(warn.mock.calls.some(([message]) => String(message).includes('no answer in'))).toBe(true);
    } finally {
      warn.mockRestore();
      node.onModuleDestroy();
      proxy.close();
    }
  });
});

describe('rate limits with Redis unreachable', () => {
  it('still limits, per node, through the insurance limiter, and warns once', async () => {
    const warn = jest.spyOn(Logger.prototype, 'warn').mockImplementation(() => undefined);
    const nodeA = new RateLimits({ redisUrl: 'redis://127.0.0.1:1' });
    const nodeB = new RateLimits({ redisUrl: 'redis://127.0.0.1:1' });
    try {
      const startedAt = Date.now();
      await Promise.all([nodeA.onModuleInit(), nodeB.onModuleInit()]);
      const onA = nodeA.create('spec-down', 2, 60_000);
      const onB = nodeB.create('spec-down', 2, 60_000);
      expect(await takeTimes(onA, '10.2.0.1', 3)).toEqual([true, true, false]);
      expect(await onA.retryAfterSeconds('10.2.0.1')).toBeGreaterThan(0);
      expect(await takeTimes(onB, '10.2.0.1', 2)).toEqual([true, true]); // each node its own budget meanwhile
      expect(Date.now() - startedAt).toBeLessThan(5000); // answered, not queued until Redis is back
      const warnings = warn.mock.calls.filter(([message]) => String(message).includes('per node'));
      expect(warnings).toHaveLength(2); // one per node, not one per request
    } finally {
      warn.mockRestore();
      nodeA.onModuleDestroy();
      nodeB.onModuleDestroy();
    }
  });
});
