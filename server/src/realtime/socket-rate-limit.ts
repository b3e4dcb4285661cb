import type { Socket } from 'socket.io';
import { RateLimiter } from '../common/rate-limit/rate-limiter.js';
import { clientAddress } from './socket-auth.js';

type LimitedSocket = Pick<Socket, 'id' | 'handshake'>;

/**
 * A limit on socket events, counted per connection or per client address (the
 * in-memory fixed window of `RateLimiter`, one Map lookup per event). One instance
 * is one budget: give two events the same instance and they share it.
 */
export class SocketRateLimit {
  private constructor(
    private readonly limiter: RateLimiter,
    private readonly keyOf: (socket: LimitedSocket) => string,
  ) {}

  /** `limit` events per connection every `windowMs`. */
  static perSocket(limit: number, windowMs: number, now?: () => number): SocketRateLimit {
    return new SocketRateLimit(new RateLimiter(limit, windowMs, now), (socket) => socket.id);
  }

  /** `limit` events per client address every `windowMs` (a hall behind one NAT counts as one address). */
  static perAddress(limit: number, windowMs: number, now?: () => number): SocketRateLimit {
    return new SocketRateLimit(new RateLimiter(limit, windowMs, now), clientAddress);
  }

  /** Whether this socket (or its address) is over the limit now, without counting anything. */
  exhausted(socket: LimitedSocket): boolean {
    return this.limiter.retryAfterSeconds(this.keyOf(socket)) > 0;
  }

  /** Counts one event; false when this socket (or its address) is over the limit. */
  take(socket: LimitedSocket): boolean {
    return this.limiter.take(this.keyOf(socket));
  }
}

/** Takes from each limit in turn, stopping at the first that refuses (later ones are not charged). */
export function takeAll(socket: LimitedSocket, limits: readonly SocketRateLimit[]): boolean {
  return limits.every((limit) => limit.take(socket));
}
