/**
 * A fixed-window counter per key, in memory and synchronous. Cheap enough for hot
 * paths (one Map lookup); windows are swept lazily so memory stays bounded by active
 * keys. Only for budgets that live on one node (a socket's events, an attempt's save
 * bursts, a socket's PIN failures); per-address and per-identity budgets are
 * `RateLimits`, shared by the nodes through Redis.
 */
export class RateLimiter {
  private readonly windows = new Map<string, { count: number; resetAt: number }>();
  private lastSweep = 0;

  constructor(
    private readonly limit: number,
    private readonly windowMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** Counts one hit for `key`; returns false when the key is over its limit. */
  take(key: string): boolean {
    const now = this.now();
    this.sweep(now);
    const window = this.windows.get(key);
    if (!window || window.resetAt <= now) {
      this.windows.set(key, { count: 1, resetAt: now + this.windowMs });
      return true;
    }
    window.count += 1;
    return window.count <= this.limit;
  }

  /** Seconds until `key` may try again (0 when it may now). */
  retryAfterSeconds(key: string): number {
    const window = this.windows.get(key);
    if (!window || window.count <= this.limit) return 0;
    return Math.max(0, Math.ceil((window.resetAt - this.now()) / 1000));
  }

  private sweep(now: number): void {
    if (now - this.lastSweep < this.windowMs) return;
    this.lastSweep = now;
    for (const [key, window] of this.windows) if (window.resetAt <= now) this.windows.delete(key);
  }
}
