import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Role, type NotificationKind } from '@thidua/shared';
import { DataSource, type EntityManager } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity.js';
import { User } from '../users/entities/user.entity.js';
import { Notification } from './notification.entity.js';

export interface NotificationDraft {
  kind: NotificationKind;
  payload: Record<string, unknown>;
  /** Makes the notification once-only per user (reminders); omit for events that may repeat. */
  dedupeKey?: string | null;
}

/**
 * Writes in-app notifications, in the caller's transaction when it passes one (a
 * return and its notification commit together). A dedupe key already sent to a user
 * is skipped, so a reminder job on several nodes notifies once.
 */
@Injectable()
export class NotificationsService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Notifies the active officers of a unit. */
  async notifyUnit(manager: EntityManager | null, unitId: string, draft: NotificationDraft): Promise<number> {
    const m = manager ?? this.dataSource.manager;
    const officers = await m.find(User, {
      where: { unitId, role: Role.UNIT_OFFICER, active: true },
      select: { id: true },
    });
    return this.notifyUsers(
      m,
      officers.map((o) => o.id),
      draft,
    );
  }

  /** Notifies the given users; returns how many notifications were written (dedupe skips count 0). */
  async notifyUsers(manager: EntityManager | null, userIds: readonly string[], draft: NotificationDraft): Promise<number> {
    const ids = [...new Set(userIds)];
    if (ids.length === 0) return 0;
    const m = manager ?? this.dataSource.manager;
    const result = await m
      .createQueryBuilder()
      .insert()
      .into(Notification)
      .values(
        ids.map(
          (userId): QueryDeepPartialEntity<Notification> => ({
            userId,
            kind: draft.kind,
            payload: draft.payload as QueryDeepPartialEntity<Record<string, unknown>>,
            dedupeKey: draft.dedupeKey ?? null,
          }),
        ),
      )
      .orIgnore()
      .execute();
    return result.identifiers.filter(Boolean).length;
  }
}
