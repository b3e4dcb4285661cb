import type { AuthUser } from '../common/auth/auth-user.js';
import type { TokenVerifier } from '../common/auth/token-verifier.js';
import { clientAddress, handshakeUser, type SocketHandshake } from './socket-auth.js';

const socketFrom = (address: string, headers: Record<string, string> = {}, auth: unknown = {}) =>
  ({ handshake: { address, headers, auth } }) as unknown as SocketHandshake;

describe('clientAddress', () => {
  it('is the peer address, without the IPv4-mapped prefix', () => {
    expect(clientAddress(socketFrom('::ffff:203.0.113.7'))).toBe('203.0.113.7');
  });

  it('believes X-Forwarded-For (its last hop) only from our own proxy', () => {
    for (const proxy of ['127.0.0.1', '::1', '10.1.2.3', '192.168.0.2', '172.20.0.5', 'fd00::1']) {
      expect(clientAddress(socketFrom(proxy, { 'x-forwarded-for': '1.1.1.1, 198.51.100.4' }))).toBe('198.51.100.4');
    }
    // From the internet: a client cannot choose its own address (and dodge the per-address limit).
    expect(clientAddress(socketFrom('203.0.113.7', { 'x-forwarded-for': '198.51.100.4' }))).toBe('203.0.113.7');
    expect(clientAddress(socketFrom('172.32.0.1', { 'x-forwarded-for': '198.51.100.4' }))).toBe('172.32.0.1');
    // A hop that is not an address is ignored.
    expect(clientAddress(socketFrom('127.0.0.1', { 'x-forwarded-for': 'not-an-ip' }))).toBe('127.0.0.1');
  });
});

describe('handshakeUser', () => {
  const user: AuthUser = { id: 'u1', username: 'host', role: 'HOST', unitId: null };
  const tokens = { verifyAccessToken: (token: string) => (token === 'good' ? user : null) } as TokenVerifier;

  it('is the user of a valid token in handshake.auth.token, null for none or a bad one', () => {
    expect(handshakeUser(socketFrom('127.0.0.1', {}, { token: 'good' }), tokens)).toBe(user);
    expect(handshakeUser(socketFrom('127.0.0.1', {}, { token: 'forged' }), tokens)).toBeNull();
    expect(handshakeUser(socketFrom('127.0.0.1', {}, { token: 42 }), tokens)).toBeNull();
    expect(handshakeUser(socketFrom('127.0.0.1', {}, undefined), tokens)).toBeNull();
  });
});
