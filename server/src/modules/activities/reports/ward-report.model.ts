import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { WardReportKind, WardReportStatus } from '@thidua/shared';

// Registered once here: the reports to the ward own these enums.
registerEnumType(WardReportKind, {
  name: 'WardReportKind',
  description: 'A report to the ward: false information found on a social network, or a difficulty / proposal',
});
registerEnumType(WardReportStatus, {
  name: 'WardReportStatus',
  description: 'SENT → IN_PROGRESS (taken up by the office) → RESOLVED (false information) or ANSWERED (difficulty)',
});

@ObjectType('WardReportEvent', { description: 'One change of a report to the ward, oldest first' })
export class WardReportEventModel {
  @Field(() => ID)
  id: string;

  @Field({ description: 'REPORT_SENT, REPORT_UPDATED, REPORT_TAKEN_UP, REPORT_REPLIED' })
  action: string;

  @Field(() => String, { nullable: true })
  actorName: string | null;

  @Field(() => [String], { description: 'The fields an edit changed' })
  changedFields: string[];

  @Field()
  at: Date;
}

@ObjectType('WardReport', { description: 'A unit’s report to the ward (mục V of the plan)' })
export class WardReportModel {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  planId: string;

  @Field()
  planTitle: string;

  @Field(() => ID)
  unitId: string;

  @Field()
  unitName: string;

  @Field(() => WardReportKind)
  kind: WardReportKind;

  @Field()
  title: string;

  @Field({ description: 'FALSE_INFORMATION: what was said; DIFFICULTY: the difficulty and the proposal' })
  body: string;

  @Field({ description: 'FALSE_INFORMATION: where it was found (platform, group, page)' })
  foundWhere: string;

  @Field(() => String, { nullable: true, description: 'An http(s) link to the post, when it can be linked' })
  link: string | null;

  @Field({ description: 'YYYY-MM-DD: the day it was found or raised' })
  reportedOn: string;

  @Field({ description: 'FALSE_INFORMATION: what the unit did' })
  actionTaken: string;

  @Field(() => WardReportStatus)
  status: WardReportStatus;

  @Field(() => String, { nullable: true, description: 'The office’s reply' })
  reply: string | null;

  @Field(() => String, { nullable: true })
  repliedByName: string | null;

  @Field(() => Date, { nullable: true })
  repliedAt: Date | null;

  @Field(() => String, { nullable: true })
  createdByName: string | null;

  @Field()
  createdAt: Date;

  @Field()
  updatedAt: Date;
}

@ObjectType('WardReportCount', { description: 'How many reports of a kind are in a status' })
export class WardReportCountModel {
  @Field(() => WardReportKind)
  kind: WardReportKind;

  @Field(() => WardReportStatus)
  status: WardReportStatus;

  @Field(() => Int)
  count: number;
}

@ObjectType('WardReportPlan', { description: 'An open plan a report can be sent under, with its dates' })
export class WardReportPlanModel {
  @Field(() => ID)
  id: string;

  @Field()
  title: string;

  @Field({ description: 'YYYY-MM-DD' })
  startsOn: string;

  @Field({ description: 'YYYY-MM-DD' })
  endsOn: string;
}
