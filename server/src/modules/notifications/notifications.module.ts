import { Module } from '@nestjs/common';
import { DeadlineRemindersService } from './deadline-reminders.service.js';
import { NotificationMailer } from './notification.mailer.js';
import { NotificationsBroadcaster } from './notifications.broadcaster.js';
import { NotificationsGateway } from './notifications.gateway.js';
import { NotificationsInboxService } from './notifications-inbox.service.js';
import { NotificationsResolver } from './notifications.resolver.js';
import { NotificationsService } from './notifications.service.js';

/**
 * In-app notifications for staff, pushed live on /notifications (with the sheets they
 * have open), e-mailed when SMTP is configured, and the deadline reminder job.
 */
@Module({
  providers: [
    NotificationsService,
    NotificationsInboxService,
    NotificationsResolver,
    NotificationsBroadcaster,
    NotificationsGateway,
    NotificationMailer,
    DeadlineRemindersService,
  ],
  exports: [NotificationsService],
})
export class NotificationsModule {}
