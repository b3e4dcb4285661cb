import { Injectable } from '@nestjs/common';
import type {
  NotificationKind,
  NotificationPush,
  NotificationsClientEvents,
  NotificationsServerEvents,
} from '@thidua/shared';
import type { Namespace } from 'socket.io';

export type NotificationsNamespace = Namespace<NotificationsClientEvents, NotificationsServerEvents>;

export const userRoom = (userId: string) => `user:${userId}`;
export const sheetRoom = (sheetId: string) => `sheet:${sheetId}`;

/**
 * The one place that emits on /notifications. Rooms go through the socket.io
 * adapter, so with REDIS_URL (the Redis adapter) a user connected to another node
 * hears it too.
 */
@Injectable()
export class NotificationsBroadcaster {
  private namespace: NotificationsNamespace | null = null;

  attach(namespace: NotificationsNamespace): void {
    this.namespace = namespace;
  }

  notification(userId: string, push: NotificationPush): void {
    this.namespace?.to(userRoom(userId)).emit('notification', push);
  }

  sheetChanged(sheetId: string, kind: NotificationKind | null = null): void {
    this.namespace?.to(sheetRoom(sheetId)).emit('sheet:changed', { sheetId, kind });
  }
}
