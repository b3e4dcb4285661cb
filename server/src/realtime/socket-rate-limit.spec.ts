import type { Socket } from 'socket.io';
import { SocketRateLimit, takeAll } from './socket-rate-limit.js';

const socket = (id: string, address: string) => ({ id, handshake: { address, headers: {} } }) as unknown as Socket;

describe('SocketRateLimit', () => {
  it('counts per connection (not per address), in windows', () => {
    let now = 0;
    const perSocket = SocketRateLimit.perSocket(2, 1000, () => now);
    const [a, b] = [socket('a', '10.9.0.1'), socket('b', '10.9.0.1')];
    expect([perSocket.take(a), perSocket.take(a), perSocket.take(a), perSocket.take(b)]).toEqual([
      true,
      true,
      false,
      true,
    ]);
    now = 1000;
    expect(perSocket.take(a)).toBe(true);
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
});
