import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In, IsNull } from 'typeorm';
import { Notification } from './notification.entity.js';
import { notificationFacts } from './notification-payload.js';
import type { NotificationModel } from './models/notification.model.js';
import { NotificationsError } from './notifications.errors.js';

/** A user's own notifications: reading them and marking them read. Every method takes who is asking. */
@Injectable()
export class NotificationsInboxService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async list(userId: string, options: { unreadOnly?: boolean; first?: number }): Promise<NotificationModel[]> {
    const rows = await this.dataSource.getRepository(Notification).find({
      where: { userId, ...(options.unreadOnly ? { readAt: IsNull() } : {}) },
      order: { createdAt: 'DESC', id: 'DESC' },
      take: Math.min(Math.max(options.first ?? 20, 1), 100),
    });
    return rows.map(toNotificationModel);
  }

  unreadCount(userId: string): Promise<number> {
    return this.dataSource.getRepository(Notification).countBy({ userId, readAt: IsNull() });
  }

  /** Marks the given (or all) unread notifications of this user read; others' ids are ignored. */
  async markRead(userId: string, input: { ids?: string[] | null; all?: boolean | null }): Promise<number> {
    if (!input.all && !input.ids?.length) {
      throw new NotificationsError('NOTHING_TO_MARK', 'Give the ids of notifications or all: true');
    }
    const result = await this.dataSource
      .getRepository(Notification)
      .update(
        { userId, readAt: IsNull(), ...(input.all ? {} : { id: In(input.ids ?? []) }) },
        { readAt: () => 'now()' },
      );
    return result.affected ?? 0;
  }
}

export function toNotificationModel(row: Notification): NotificationModel {
  const facts = notificationFacts(row.payload);
  const deadline = facts.deadline ? new Date(facts.deadline) : null;
  return {
    id: row.id,
    kind: row.kind,
    campaignId: facts.campaignId,
    campaignTitle: facts.campaignTitle,
    periodId: facts.periodId,
    periodName: facts.periodName,
    sheetId: facts.sheetId,
    unitId: facts.unitId,
    unitName: facts.unitName,
    reason: facts.reason,
    deadline: deadline && !Number.isNaN(deadline.getTime()) ? deadline : null,
    createdAt: row.createdAt,
    readAt: row.readAt,
  };
}
