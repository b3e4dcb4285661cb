import type { LiveClientEvents, LiveServerEvents } from '@thidua/shared';
import type { Socket } from 'socket.io-client';
import { accessTokenExpiresSoon, getAccessToken, hasRefreshToken } from './auth-tokens';
import { refreshSession } from './refresh-session';
import { ACK_TIMEOUT_MS, createAppSocket, emitWithAck } from './use-socket-subscription';

/**
 * The socket.io client of live games (namespace `/live`, event maps from shared).
 * Kept here so the player's bundle pulls socket.io-client and nothing of the admin.
 */
export type LiveSocket = Socket<LiveServerEvents, LiveClientEvents>;

/** Same as LIVE_NAMESPACE in shared; a literal so this module does not pull the zod schemas into the bundle. */
const NAMESPACE = '/live';

interface LiveSocketOptions {
  /** Host console: send the signed-in user's access token (refreshed first when it is about to expire). */
  withAccessToken?: boolean;
}

export function createLiveSocket({ withAccessToken = false }: LiveSocketOptions = {}): LiveSocket {
  return createAppSocket<LiveSocket>(NAMESPACE, {
    // Keep the first retries quick for phones on flaky Wi-Fi.
    reconnectionDelay: 500,
    reconnectionDelayMax: 5000,
    // A function: evaluated on every (re)connection, so a reconnect after an hour carries a fresh token.
    auth: withAccessToken
      ? (callback) => {
          const send = () => callback({ token: getAccessToken() ?? '' });
          if (hasRefreshToken() && accessTokenExpiresSoon()) void refreshSession().finally(send);
          else send();
        }
      : undefined,
  });
}

type PayloadOf<E extends keyof LiveClientEvents> = Parameters<LiveClientEvents[E]>[0];
export type AckOf<E extends keyof LiveClientEvents> = Parameters<Parameters<LiveClientEvents[E]>[1]>[0];

/** Emits `event` and resolves with its ack, typed from the shared event map; rejects when no ack comes in time. */
export function request<E extends keyof LiveClientEvents>(
  socket: LiveSocket,
  event: E,
  payload: PayloadOf<E>,
  timeoutMs = ACK_TIMEOUT_MS,
): Promise<AckOf<E>> {
  return emitWithAck<AckOf<E>>(socket, event, payload, timeoutMs);
}

/**
 * Estimates `serverTime − Date.now()` with a few `time:sync` round trips, keeping the
 * sample with the lowest round-trip time (its midpoint is the most trustworthy).
 * Resolves to null when no sample came back.
 */
export async function syncServerClock(socket: LiveSocket, samples = 5): Promise<number | null> {
  let best: { rtt: number; offset: number } | null = null;
  for (let i = 0; i < samples && socket.connected; i++) {
    const sentAt = Date.now();
    try {
      const reply = await request(socket, 'time:sync', { clientSentAt: sentAt }, 3000);
      const receivedAt = Date.now();
      const rtt = receivedAt - sentAt;
      const offset = reply.serverTime + rtt / 2 - receivedAt;
      if (!best || rtt < best.rtt) best = { rtt, offset };
    } catch {
      // Lost sample: the others decide.
    }
  }
  return best ? Math.round(best.offset) : null;
}
