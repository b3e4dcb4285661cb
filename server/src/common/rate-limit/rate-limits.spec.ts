import { RateLimits } from './rate-limits.js';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('RateLimits without Redis (one node, in memory)', () => {
  const limits = new RateLimits({});

  it('allows up to the limit per window, then refuses and says how long until the window ends', async () => {
    const limit = limits.create('memory-basic', 3, 60_000);
    const taken = [];
    for (let i = 0; i < 4; i += 1) taken.push(await limit.take('10.0.0.1'));
    expect(taken).toEqual([true, true, true, false]);
    const retry = await limit.retryAfterSeconds('10.0.0.1');
    expect(retry).toBeGreaterThan(58);
    expect(retry).toBeLessThanOrEqual(60);
  });

  it('keeps keys and named limits apart, and asking how long counts nothing', async () => {
    const a = limits.create('memory-a', 1, 60_000);
    const b = limits.create('memory-b', 1, 60_000);
    expect(await a.take('k')).toBe(true);
    expect(await a.retryAfterSeconds('k')).toBe(0); // at the limit, not over it
    expect(await a.retryAfterSeconds('k')).toBe(0);
    expect(await a.take('other')).toBe(true);
    expect(await b.take('k')).toBe(true);
    expect(await a.take('k')).toBe(false);
    expect(await a.retryAfterSeconds('k')).toBeGreaterThan(0);
  });

  it('opens again when the window ends', async () => {
    const limit = limits.create('memory-window', 1, 1000);
    expect([await limit.take('k'), await limit.take('k')]).toEqual([true, false]);
    await sleep(1100);
    expect(await limit.retryAfterSeconds('k')).toBe(0);
    expect(await limit.take('k')).toBe(true);
  });

  it('refuses a second limit of the same name and windows the Redis store cannot expire', () => {
    limits.create('memory-twice', 1, 1000);
    expect(() => limits.create('memory-twice', 1, 1000)).toThrow('already exists');
    expect(() => limits.create('memory-short', 1, 500)).toThrow('whole seconds');
    expect(() => limits.create('memory-odd', 1, 1500)).toThrow('whole seconds');
  });
});
