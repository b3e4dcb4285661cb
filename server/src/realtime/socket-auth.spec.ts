import type { AuthUser } from '../common/auth/auth-user.js';
import type { TokenVerifier } from '../common/auth/token-verifier.js';
import { clientAddress, handshakeUser, type SocketHandshake } from './socket-auth.js';

const socketFrom = (address: string, headers: Record<string, string> = {}, auth: unknown = {}) =>
  ({ handshake: { address, headers, auth } }) as unknown as SocketHandshake;

describe('clientAddress', () => {
  it('is the peer address, without the IPv4-mapped prefix', () => {
    expect(clientAddress(socketFrom('::ffff:203.0.113.7'))).toBe('203.0.113.7');
  });

  it('is the address the adapter worked out at the handshake, never a forwarded header itself', () => {
    expect(clientAddress(socketFrom('127.0.0.1', { 'x-thidua-client-address': '198.51.100.4' }))).toBe('198.51.100.4');
    // The gateway never reads X-Forwarded-For: only the adapter does, by the TRUST_PROXY rule.
    expect(clientAddress(socketFrom('127.0.0.1', { 'x-forwarded-for': '198.51.100.4' }))).toBe('127.0.0.1');
    expect(clientAddress(socketFrom('127.0.0.1', { 'x-thidua-client-address': 'not-an-ip' }))).toBe('127.0.0.1');
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
