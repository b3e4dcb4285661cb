import type { Socket } from 'socket.io';
import { RateLimiter } from '../common/rate-limit/rate-limiter.js';

type LimitedSocket = Pick<Socket, 'id'>;

/**
 * A limit on socket events, counted per connection (the in-memory fixed window of
 * `RateLimiter`, one Map lookup per event: a socket lives on one node, and the answer
 * path waits for nothing). Per-address limits are shared by the nodes, so they are
 * the async `RateLimits` (common/rate-limit), checked in the handlers. One instance
 * is one budget: give two events the same instance and they share it.
 */
export class SocketRateLimit {
  private constructor(private readonly limiter: RateLimiter) {}

  /** `limit` events per connection every `windowMs`. */
  static perSocket(limit: number, windowMs: number, now?: () => number): SocketRateLimit {
    return new SocketRateLimit(new RateLimiter(limit, windowMs, now));
  }

  /** Counts one event; false when this socket is over the limit. */
  take(socket: LimitedSocket): boolean {
    return this.limiter.take(socket.id);
  }
}

/** Takes from each limit in turn, stopping at the first that refuses (later ones are not charged). */
export function takeAll(socket: LimitedSocket, limits: readonly SocketRateLimit[]): boolean {
  return limits.every((limit) => limit.take(socket));
}
