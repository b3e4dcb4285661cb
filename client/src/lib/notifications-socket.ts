import type { NotificationsClientEvents, NotificationsServerEvents, WatchSheetAck } from '@thidua/shared';
import { useEffect, useRef } from 'react';
import { io, type Socket } from 'socket.io-client';
import { accessTokenExpiresSoon, getAccessToken, hasRefreshToken } from './auth-tokens';
import { refreshSession } from './refresh-session';
import { emitWithAck, useSocketSubscription, type ConnectionStatus } from './use-socket-subscription';

/**
 * The signed-in staff user's socket (namespace `/notifications`): their own
 * notifications as they are written, and `sheet:changed` for the sheets they watch.
 */
export type NotificationsSocket = Socket<NotificationsServerEvents, NotificationsClientEvents>;

/** Same as NOTIFICATIONS_NAMESPACE in shared; a literal so this module does not pull zod into the bundle. */
const NAMESPACE = '/notifications';

/** Its own connection (no multiplexing): the bell and an open sheet each hold one and close it on their own. */
export function createNotificationsSocket(): NotificationsSocket {
  return io(NAMESPACE, {
    transports: ['websocket'],
    autoConnect: false,
    multiplex: false,
    reconnectionDelay: 1000,
    reconnectionDelayMax: 10_000,
    randomizationFactor: 0.5,
    // Evaluated on every (re)connection, so a reconnect after an hour carries a fresh token.
    auth: (callback) => {
      const send = () => callback({ token: getAccessToken() ?? '' });
      if (hasRefreshToken() && accessTokenExpiresSoon()) void refreshSession().finally(send);
      else send();
    },
  });
}

/**
 * Calls `onNotification` whenever a notification for the signed-in user is written
 * (and once after a reconnect, for what was missed while offline).
 */
export function useNotificationPushes(onNotification: () => void): ConnectionStatus {
  const latest = useRef(onNotification);
  useEffect(() => {
    latest.current = onNotification;
  });
  const seenConnect = useRef(false);
  return useSocketSubscription<NotificationsSocket, null>({
    key: 'notifications',
    createSocket: createNotificationsSocket,
    subscribe: () => null,
    onAck: () => 'done',
    listen: (socket) => {
      socket.on('notification', () => latest.current());
    },
    onConnect: () => {
      if (seenConnect.current) latest.current();
      seenConnect.current = true;
    },
  }).status;
}

/**
 * Watches one score sheet: `onChanged` runs when it is returned, approved, reviewed,
 * marked or extended (any client, any node), and after a reconnect (a change may have
 * been missed). The server checks that the user may read the sheet.
 */
export function useSheetWatch(sheetId: string | null | undefined, onChanged: () => void): ConnectionStatus {
  const latest = useRef(onChanged);
  useEffect(() => {
    latest.current = onChanged;
  });
  const seenConnect = useRef(false);
  return useSocketSubscription<NotificationsSocket, WatchSheetAck>({
    key: sheetId ?? '',
    createSocket: createNotificationsSocket,
    subscribe: (socket) => (sheetId ? emitWithAck<WatchSheetAck>(socket, 'sheet:watch', { sheetId }) : null),
    onAck: (ack) => (ack.ok ? 'done' : ack.reason === 'RATE_LIMITED' ? 'retry' : 'stop'),
    listen: (socket) => {
      socket.on('sheet:changed', (change) => {
        if (change.sheetId === sheetId) latest.current();
      });
    },
    onConnect: () => {
      if (seenConnect.current) latest.current();
      seenConnect.current = true;
    },
  }).status;
}
