import { Args, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Role } from '@thidua/shared';
import type { AuthUser } from '../../common/auth/auth-user.js';
import { CurrentUser, Roles } from '../../common/auth/decorators.js';
import { MarkNotificationsReadInput, MyNotificationsArgs } from './dto/notifications.args.js';
import { NotificationModel, NotificationsReadResult } from './models/notification.model.js';
import { NotificationsInboxService } from './notifications-inbox.service.js';

/** The signed-in staff user's own notifications; nobody reads or marks another's. */
@Resolver(() => NotificationModel)
@Roles(Role.ADMIN, Role.REVIEWER, Role.UNIT_OFFICER)
export class NotificationsResolver {
  constructor(private readonly inbox: NotificationsInboxService) {}

  @Query(() => [NotificationModel], { description: 'Newest first' })
  myNotifications(@CurrentUser() viewer: AuthUser, @Args() args: MyNotificationsArgs): Promise<NotificationModel[]> {
    return this.inbox.list(viewer.id, args);
  }

  @Query(() => Int)
  unreadNotificationCount(@CurrentUser() viewer: AuthUser): Promise<number> {
    return this.inbox.unreadCount(viewer.id);
  }

  @Mutation(() => NotificationsReadResult)
  async markNotificationsRead(
    @CurrentUser() viewer: AuthUser,
    @Args('input') input: MarkNotificationsReadInput,
  ): Promise<NotificationsReadResult> {
    const marked = await this.inbox.markRead(viewer.id, input);
    return { marked, unread: await this.inbox.unreadCount(viewer.id) };
  }
}
