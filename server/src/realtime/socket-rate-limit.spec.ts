import type { Socket } from 'socket.io';
import { SocketRateLimit, takeAll } from './socket-rate-limit.js';

const socket = (id: string, address: string) => ({ id, handshake: { address, headers: {} } }) as unknown as Socket;

describe('SocketRateLimit', () => {
  it('counts per connection or per address, in windows', () => {
    let now = 0;
    const perSocket = SocketRateLimit.perSocket(2, 1000, () => now);
    const perAddress = SocketRateLimit.perAddress(2, 1000, () => now);
    const [a, b] = [socket('a', '10.9.0.1'), socket('b', '10.9.0.1')];
    expect([perSocket.take(a), perSocket.take(a), perSocket.take(a), perSocket.take(b)]).toEqual([
      true,
      true,
      false,
      true,
    ]);
    expect([perAddress.take(a), perAddress.take(b), perAddress.take(b)]).toEqual([true, true, false]);
    now = 1000;
    expect([perSocket.take(a), perAddress.take(b)]).toEqual([true, true]);
  });

  it('takeAll stops at the first refusal, so later limits are not charged', () => {
    const first = SocketRateLimit.perSocket(1, 60_000);
    const second = SocketRateLimit.perSocket(1, 60_000);
    const s = socket('s', '127.0.0.1');
    expect(takeAll(s, [first, second])).toBe(true);
    expect(takeAll(s, [first, second])).toBe(false); // refused by the first: the second keeps its budget
    const fresh = SocketRateLimit.perSocket(1, 60_000);
    expect(takeAll(s, [fresh, second])).toBe(false);
  });

  it('tells whether a source is over its limit without counting (refused joins: a bot, not a hall)', () => {
    let now = 0;
    const failures = SocketRateLimit.perAddress(2, 60_000, () => now);
    const [a, b] = [socket('a', '10.9.0.2'), socket('b', '10.9.0.2')];
    expect(failures.exhausted(a)).toBe(false);
    failures.take(a);
    failures.take(b);
    expect(failures.exhausted(b)).toBe(false); // at the limit, not over it
    failures.take(a);
    expect([failures.exhausted(a), failures.exhausted(b), failures.exhausted(socket('c', '10.9.0.3'))]).toEqual([
      true,
      true,
      false,
    ]);
    now = 60_000;
    expect(failures.exhausted(a)).toBe(false);
  });
});
