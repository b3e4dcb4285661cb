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

/** Where LiveSocketAdapter puts the client's address it worked out at the handshake (never the client's own). */
export const CLIENT_ADDRESS_HEADER = 'x-thidua-client-address';

/**
 * The client's address, for per-address limits: what the socket adapter worked out at the
 * handshake by the TRUST_PROXY rule that Express applies to HTTP (X-Forwarded-For only from
 * a trusted proxy, none by default), else the socket's peer address. A client cannot pick
 * its own address.
 */
export function clientAddress(socket: SocketHandshake): string {
  const resolved = socket.handshake.headers[CLIENT_ADDRESS_HEADER];
  if (typeof resolved === 'string' && isIP(resolved)) return resolved;
  return socket.handshake.address.replace(/^::ffff:/, '');
}
