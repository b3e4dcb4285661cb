import { isIP } from 'node:net';
import type { Socket } from 'socket.io';
import type { AuthUser } from '../common/auth/auth-user.js';
import type { TokenVerifier } from '../common/auth/token-verifier.js';

/** What the kit reads of a connection; any typed socket of the app has it. */
export type SocketHandshake = Pick<Socket, 'handshake'>;

/**
 * Who connected: the user of the access token a signed-in client sends in
 * `handshake.auth.token` (checked once, on connect), or null for an anonymous
 * client (players, screens). Each gateway decides what null may do.
 */
export function handshakeUser(socket: SocketHandshake, tokens: TokenVerifier): AuthUser | null {
  const auth = socket.handshake.auth as { token?: unknown } | undefined;
  return typeof auth?.token === 'string' && auth.token !== '' ? tokens.verifyAccessToken(auth.token) : null;
}

/**
 * The client's address, for per-address limits. Behind our own proxy (loopback or
 * private address, as in docker-compose with nginx) the last X-Forwarded-For hop is
 * the client; otherwise the socket's peer address. A header from anyone else is
 * ignored, so a client cannot pick its own address.
 */
export function clientAddress(socket: SocketHandshake): string {
  const peer = socket.handshake.address.replace(/^::ffff:/, '');
  const forwarded = socket.handshake.headers['x-forwarded-for'];
  if (typeof forwarded === 'string' && isTrustedProxy(peer)) {
    const last = forwarded.split(',').pop()?.trim();
    if (last && isIP(last)) return last;
  }
  return peer;
}

function isTrustedProxy(ip: string): boolean {
  return (
    ip === '127.0.0.1' ||
    ip === '::1' ||
    /^10\./.test(ip) ||
    /^192\.168\./.test(ip) ||
    /^172\.(1[6-9]|2\d|3[01])\./.test(ip) ||
    /^f[cd]/i.test(ip)
  );
}
