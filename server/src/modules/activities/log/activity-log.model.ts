import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ActivityEvidenceKind, ActivityForm, ActivityPlanStatus, ActivityStatus } from '@thidua/shared';

// Registered once here: the log owns these enums.
registerEnumType(ActivityForm, { name: 'ActivityForm', description: 'The six forms of section III of the plan' });
registerEnumType(ActivityStatus, {
  name: 'ActivityStatus',
  description: 'DRAFT counts nowhere; SUBMITTED counts; CORRECTION_REQUESTED stops counting until submitted again',
});
registerEnumType(ActivityPlanStatus, {
  name: 'ActivityPlanStatus',
  description: 'Activities are logged under an OPEN plan',
});
registerEnumType(ActivityEvidenceKind, { name: 'ActivityEvidenceKind', description: 'A file or a link' });

@ObjectType('ActivityPlan', { description: 'The ward’s propagation plan activities are logged under' })
export class ActivityPlanModel {
  @Field(() => ID) id: string;
  @Field() title: string;
  @Field({ description: 'Số/ký hiệu, e.g. 45/KH-UBND' }) documentNumber: string;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' }) issuedOn: string | null;
  @Field({ description: 'YYYY-MM-DD' }) startsOn: string;
  @Field({ description: 'YYYY-MM-DD' }) endsOn: string;
  @Field(() => ActivityPlanStatus) status: ActivityPlanStatus;
}

@ObjectType('ActivityAttendee', { description: 'A person of the unit’s roster present at an activity' })
export class ActivityAttendeeModel {
  @Field(() => ID) personId: string;
  @Field() fullName: string;
  @Field({ description: 'The person’s population kind' }) kind: string;
}

@ObjectType('ActivityEvidence', { description: 'A file (photo, scanned minutes) or a link' })
export class ActivityEvidenceModel {
  @Field(() => ID) id: string;
  @Field(() => ActivityEvidenceKind) kind: ActivityEvidenceKind;
  @Field(() => String, { nullable: true }) url: string | null;
  @Field(() => String, { nullable: true }) fileName: string | null;
  @Field(() => String, { nullable: true }) mimeType: string | null;
  @Field(() => Int, { nullable: true }) size: number | null;
  @Field() createdAt: Date;
}

@ObjectType('ActivityHistoryEvent', { description: 'One change of an activity, oldest first' })
export class ActivityHistoryEventModel {
  @Field(() => ID) id: string;
  @Field() action: string;
  @Field(() => String, { nullable: true }) actorName: string | null;
  @Field(() => [String], { description: 'The fields a save changed' }) changedFields: string[];
  @Field(() => String, { nullable: true }) reason: string | null;
  @Field() at: Date;
}

@ObjectType('Activity', { description: 'One propagation activity of a unit' })
export class ActivityModel {
  @Field(() => ID) id: string;
  @Field(() => ID) planId: string;
  @Field(() => ID) unitId: string;
  @Field() unitName: string;
  @Field(() => ActivityForm) form: ActivityForm;
  @Field() kind: string;
  @Field() title: string;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' }) occurredOn: string | null;
  @Field() location: string;
  @Field() speaker: string;
  @Field(() => String, { nullable: true }) link: string | null;
  @Field(() => Int, { nullable: true }) quantity: number | null;
  @Field(() => Int, { nullable: true }) attendeeCount: number | null;
  @Field(() => String, { nullable: true }) audienceKind: string | null;
  @Field() notes: string;
  @Field(() => ActivityStatus) status: ActivityStatus;
  @Field(() => String, { nullable: true }) correctionReason: string | null;
  @Field(() => Date, { nullable: true }) submittedAt: Date | null;
  @Field(() => Int, { description: 'Named people present (from the roster)' }) namedAttendeeCount: number;
  @Field(() => Int) evidenceCount: number;
  @Field() updatedAt: Date;
}

@ObjectType('ActivityAttendance', { description: 'Named attendees of the audience kind ÷ the unit’s population of it' })
export class ActivityAttendanceModel {
  @Field(() => Int) present: number;
  @Field(() => Int, { nullable: true, description: 'null: the unit’s population of the kind is not known' })
  population: number | null;
  @Field(() => Float, { nullable: true, description: '0–1; null without a population' }) rate: number | null;
}

@ObjectType('ActivityRosterCandidate', { description: 'A person on the unit’s roster the picker offers' })
export class ActivityRosterCandidateModel {
  @Field(() => ID) personId: string;
  @Field() fullName: string;
  @Field() kind: string;
  @Field({ description: 'Class, group or house number inside the unit' }) subUnit: string;
}
