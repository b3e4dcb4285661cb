import { z } from 'zod';
import type { SocketRefusal } from '../realtime/socket-refusal.js';
import type { NotificationKind } from '../campaign/campaign-enums.js';

/**
 * socket.io namespace of a signed-in staff user's own notifications and of the score
 * sheets they have open. Authenticated on connect (access token); a user receives
 * only their own notifications, and watches only sheets they may read.
 */
export const NOTIFICATIONS_NAMESPACE = '/notifications';

export const watchSheetSchema = z.object({ sheetId: z.uuid() }).strict();
export type WatchSheet = z.infer<typeof watchSheetSchema>;

/** What a pushed notification carries: enough to bump the bell and word a toast. */
export interface NotificationPush {
  id: string;
  kind: NotificationKind;
  sheetId: string | null;
  createdAt: string;
}

/** A score sheet changed (returned, approved, reviewed, marked, extended…): refetch it. */
export interface SheetChanged {
  sheetId: string;
  /** The notification kind that announced the change, when there was one. */
  kind: NotificationKind | null;
}

export type NotificationsErrorReason = 'INVALID_PAYLOAD' | 'SHEET_NOT_FOUND' | 'FORBIDDEN' | 'RATE_LIMITED';
export type WatchSheetAck = { ok: true } | SocketRefusal<NotificationsErrorReason>;

/** Events the notifications server sends. */
export interface NotificationsServerEvents {
  notification: (notification: NotificationPush) => void;
  'sheet:changed': (change: SheetChanged) => void;
}

/** Events a notifications client sends. */
export interface NotificationsClientEvents {
  'sheet:watch': (payload: WatchSheet, ack: (answer: WatchSheetAck) => void) => void;
  'sheet:unwatch': (payload: WatchSheet, ack: (answer: WatchSheetAck) => void) => void;
}
