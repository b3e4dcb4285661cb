import { Field, ID, Int, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ActivityForm, ComputedSourceKind } from '@thidua/shared';
import type { DataSource } from 'typeorm';
import type { AuthUser } from '../../../common/auth/auth-user.js';
import { CurrentUser, Roles } from '../../../common/auth/decorators.js';
import { IdArg } from '../../../common/graphql/id-arg.js';
import { CAMPAIGN_READERS } from '../../campaigns/campaign-roles.js';
import { entryContext, reviewContext } from '../../campaigns/sheets/score-sheet.store.js';
import { assertCanRead } from '../../campaigns/sheets/sheet-rules.js';

@ObjectType('ComputedEntryActivity', { description: 'An activity of the log counted in a computed entry’s value' })
export class ComputedEntryActivityModel {
  @Field(() => ID) id: string;
  @Field(() => ID) unitId: string;
  @Field() unitName: string;
  @Field(() => ActivityForm) form: ActivityForm;
  @Field() kind: string;
  @Field() title: string;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' }) occurredOn: string | null;
  @Field(() => Int, { nullable: true, description: 'How many attended (declared)' }) attendeeCount: number | null;
  @Field(() => Int, { description: 'People of the roster named present' }) namedAttendeeCount: number;
  @Field(() => Int, { nullable: true }) quantity: number | null;
}

/**
 * The log entries behind an ACTIVITY-computed entry: the activity ids its last computation
 * recorded (computed.source.figures.activityIds), so the list is exactly what the value
 * counts. Read as the sheet is: its unit's officer (or the block leader's), the reviewers
 * in scope, the admin.
 */
@Injectable()
export class ComputedEntryActivitiesService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async list(viewer: AuthUser, entryId: string): Promise<ComputedEntryActivityModel[]> {
    const manager = this.dataSource.manager;
    const { entry, sheet } = await entryContext(manager, entryId, false);
    assertCanRead(viewer, sheet, await reviewContext(manager, viewer, sheet));
    const ids = activityIdsOf(entry.computed?.source);
    if (ids.length === 0) return [];
    return manager.query(
      `SELECT a.id, a.unit_id AS "unitId", u.name AS "unitName", a.form, a.kind, a.title,
              to_char(a.occurred_on, 'YYYY-MM-DD') AS "occurredOn", a.attendee_count AS "attendeeCount",
              a.quantity,
              (SELECT count(*)::int FROM activity_attendee t WHERE t.activity_id = a.id) AS "namedAttendeeCount"
         FROM activity a JOIN unit u ON u.id = a.unit_id
        WHERE a.id = ANY($1::uuid[])
        ORDER BY a.occurred_on, a.title, a.id`,
      [ids],
    );
  }
}

/** The activity ids an ACTIVITY computation recorded; none for another source. */
export function activityIdsOf(source: Record<string, unknown> | undefined): string[] {
  if (!source || source.kind !== ComputedSourceKind.ACTIVITY) return [];
  const figures = source.figures as { activityIds?: unknown } | undefined;
  const ids = figures?.activityIds;
  return Array.isArray(ids) ? ids.filter((id): id is string => typeof id === 'string') : [];
}

@Resolver(() => ComputedEntryActivityModel)
export class ComputedEntryActivitiesResolver {
  constructor(private readonly service: ComputedEntryActivitiesService) {}

  @Query(() => [ComputedEntryActivityModel], {
    description: 'The activities of the log behind an ACTIVITY-computed score entry (empty for another entry)',
  })
  @Roles(...CAMPAIGN_READERS)
  computedEntryActivities(
    @CurrentUser() viewer: AuthUser,
    @IdArg('entryId') entryId: string,
  ): Promise<ComputedEntryActivityModel[]> {
    return this.service.list(viewer, entryId);
  }
}
