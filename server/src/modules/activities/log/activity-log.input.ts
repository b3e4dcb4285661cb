import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { ActivityForm, ActivityPlanStatus, ActivityStatus, MAX_EVIDENCE_BASE64_LENGTH } from '@thidua/shared';
import { IsArray, IsIn, IsInt, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import './activity-log.model.js';

// Lengths, dates, links and counts are checked by the service (ACTIVITY_INVALID naming the field);
// the limits here only bound the request.

@InputType()
export class ActivityPlanInput {
  @Field(() => ID, { nullable: true, description: 'Absent: a new plan' })
  @IsOptional()
  @IsUUID()
  id?: string | null;
  @Field() @IsString() @MaxLength(3000) title: string;
  @Field({ defaultValue: '' }) @IsString() @MaxLength(600) documentNumber: string;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(40) issuedOn?: string | null;
  @Field() @IsString() @MaxLength(40) startsOn: string;
  @Field() @IsString() @MaxLength(40) endsOn: string;
  @Field(() => ActivityPlanStatus, { defaultValue: 'OPEN' })
  @IsIn(Object.values(ActivityPlanStatus))
  status: ActivityPlanStatus;
}

@InputType()
export class ActivitiesFilter {
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() planId?: string | null;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() unitId?: string | null;
  @Field(() => ActivityForm, { nullable: true })
  @IsOptional()
  @IsIn(Object.values(ActivityForm))
  form?: ActivityForm | null;
  @Field(() => ActivityStatus, { nullable: true })
  @IsOptional()
  @IsIn(Object.values(ActivityStatus))
  status?: ActivityStatus | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(40) from?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(40) to?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(200) search?: string | null;
}

@InputType()
export class CreateActivityInput {
  @Field(() => ID, { nullable: true, description: 'The current OPEN plan by default' })
  @IsOptional()
  @IsUUID()
  planId?: string | null;
  @Field(() => ID, { nullable: true, description: 'An officer’s own unit by default' })
  @IsOptional()
  @IsUUID()
  unitId?: string | null;
  @Field(() => ActivityForm) @IsIn(Object.values(ActivityForm)) form: ActivityForm;
  @Field() @IsString() @MaxLength(40) kind: string;
}

@InputType({ description: 'The fields to save; absent fields are left as they are' })
export class SaveActivityInput {
  @Field(() => ID) @IsUUID() id: string;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(40) kind?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(3000) title?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(40) occurredOn?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(2000) location?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(2000) speaker?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(20000) link?: string | null;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() quantity?: number | null;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() attendeeCount?: number | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(30) audienceKind?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(50000) notes?: string | null;
}

@InputType()
export class SetActivityAttendeesInput {
  @Field(() => ID) @IsUUID() id: string;
  @Field(() => [ID]) @IsArray() @IsUUID('all', { each: true }) personIds: string[];
}

@InputType()
export class RequestActivityCorrectionInput {
  @Field(() => ID) @IsUUID() id: string;
  @Field({ description: '≥ 10 characters' }) @IsString() @MaxLength(5000) reason: string;
}

@InputType()
export class AddActivityLinkInput {
  @Field(() => ID) @IsUUID() id: string;
  @Field() @IsString() @MaxLength(20000) url: string;
}

@InputType()
export class AddActivityFileInput {
  @Field(() => ID) @IsUUID() id: string;
  @Field() @IsString() @MaxLength(255) fileName: string;
  @Field({ description: 'The file in base64, ≤ 5 MiB (a photo, scanned minutes: pdf, jpg, png, webp, docx, xlsx)' })
  @IsString()
  @MaxLength(MAX_EVIDENCE_BASE64_LENGTH, { message: 'the file is larger than 5 MiB' })
  contentBase64: string;
}
