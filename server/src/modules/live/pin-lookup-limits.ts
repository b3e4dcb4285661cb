import { RateLimiter } from '../../common/rate-limit/rate-limiter.js';
import type { RateLimit, RateLimits } from '../../common/rate-limit/rate-limits.js';

/** Who asks for a game by PIN: the client's address, and the socket when it comes over one. */
export interface PinLookupSource {
  address: string;
  socketId?: string;
}

/** Lookups by PIN per address per minute: a school assembly of 2,000 phones behind one NAT, each looking twice, gets in. */
export const PIN_LOOKUPS_PER_ADDRESS = 5000;
/** Failed lookups (no open game has the PIN) per address per minute: mistyped PINs, not a scan. */
export const PIN_FAILURES_PER_ADDRESS = 20;
/** Failed lookups per socket per minute (a screen or a phone trying PINs over one connection). */
export const PIN_FAILURES_PER_SOCKET = 5;
/** How long a failed lookup is held before it is answered. */
export const PIN_FAILURE_DELAY_MS = 250;

/**
 * Limits on looking games up by PIN (liveGameJoinInfo, player:join, screen:attach):
 * all lookups per address, failed ones per address and per socket, and each failed
 * one answered only after PIN_FAILURE_DELAY_MS. A scan from one address then tries
 * 20 PINs a minute (0.33/s) instead of ~700/s: the 900,000 six-digit PINs take
 * about 31 days instead of 24 minutes.
 *
 * The per-address limits are shared by every node through Redis when it is configured
 * (a scan spread over the nodes behind the load balancer gets no more); the per-socket
 * one stays in memory, since a socket lives on one node.
 */
export class PinLookupLimits {
  private readonly lookups: RateLimit;
  // One below: a source is over once it has failed the full number (the counter refuses above its limit).
  private readonly addressFailures: RateLimit;
  private readonly socketFailures = new RateLimiter(PIN_FAILURES_PER_SOCKET - 1, 60_000);

  constructor(limits: RateLimits) {
    this.lookups = limits.create('pin-lookup:address', PIN_LOOKUPS_PER_ADDRESS, 60_000);
    this.addressFailures = limits.create('pin-lookup-failures:address', PIN_FAILURES_PER_ADDRESS - 1, 60_000);
  }

  /** False when this source may not look up now (too many lookups, or too many failed ones). */
  async allowed(from: PinLookupSource): Promise<boolean> {
    if (from.socketId && this.socketFailures.retryAfterSeconds(from.socketId) > 0) return false;
    if (!(await this.lookups.take(from.address))) return false;
    return (await this.addressFailures.retryAfterSeconds(from.address)) === 0;
  }

  /** Counts a failed lookup and holds it; false when it went over a failure limit. */
  async failed(from: PinLookupSource): Promise<boolean> {
    const bySocket = from.socketId ? this.socketFailures.take(from.socketId) : true;
    const byAddress = await this.addressFailures.take(from.address);
    await new Promise((resolve) => setTimeout(resolve, PIN_FAILURE_DELAY_MS));
    return byAddress && bySocket;
  }
}
