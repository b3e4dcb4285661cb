import { RateLimiter } from './rate-limiter.js';

describe('RateLimiter', () => {
  it('allows up to the limit per window, then refuses until the window ends', () => {
    let now = 0;
    const limiter = new RateLimiter(3, 1000, () => now);
    expect([1, 2, 3, 4].map(() => limiter.take('ip'))).toEqual([true, true, true, false]);
    expect(limiter.retryAfterSeconds('ip')).toBe(1);
    expect(limiter.take('other')).toBe(true);
    now = 1000;
    expect(limiter.take('ip')).toBe(true);
  });
});
