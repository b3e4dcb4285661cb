import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { NotificationKind } from '@thidua/shared';

registerEnumType(NotificationKind, {
  name: 'NotificationKind',
  description: 'What a notification is about; the client words it (vi/en)',
});

/** One of the signed-in user's notifications, with what the client needs to word and link it. */
@ObjectType('Notification')
export class NotificationModel {
  @Field(() => ID)
  id: string;

  @Field(() => NotificationKind)
  kind: NotificationKind;

  @Field(() => ID, { nullable: true })
  campaignId: string | null;

  @Field(() => String, { nullable: true })
  campaignTitle: string | null;

  @Field(() => ID, { nullable: true })
  periodId: string | null;

  @Field(() => String, { nullable: true })
  periodName: string | null;

  @Field(() => ID, { nullable: true })
  sheetId: string | null;

  @Field(() => ID, { nullable: true })
  unitId: string | null;

  @Field(() => String, { nullable: true })
  unitName: string | null;

  @Field(() => String, { nullable: true, description: 'Why (a return, a mark, an extension)' })
  reason: string | null;

  @Field(() => Date, { nullable: true, description: 'The deadline it is about (reminders, extensions, reply-by)' })
  deadline: Date | null;

  @Field()
  createdAt: Date;

  @Field(() => Date, { nullable: true })
  readAt: Date | null;
}

@ObjectType()
export class NotificationsReadResult {
  @Field(() => Int, { description: 'Notifications newly marked read' })
  marked: number;

  @Field(() => Int)
  unread: number;
}
