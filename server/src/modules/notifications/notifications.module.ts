import { Module } from '@nestjs/common';
import { NotificationsService } from './notifications.service.js';

/** In-app notifications for staff (and their e-mail copies when SMTP is configured). */
@Module({
  providers: [NotificationsService],
  exports: [NotificationsService],
})
export class NotificationsModule {}
