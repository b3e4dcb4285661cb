import { Field, ID, InputType } from '@nestjs/graphql';
import { WardReportKind, WardReportStatus } from '@thidua/shared';
import { IsIn, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import './ward-report.model.js';

// Lengths, the link and the date are checked by the service (REPORT_INVALID naming the field);
// the limits here only bound the request.

@InputType()
export class SendWardReportInput {
  @Field(() => ID)
  @IsUUID()
  planId: string;

  @Field(() => ID, { nullable: true, description: 'The unit it is sent for (an officer’s own unit by default)' })
  @IsOptional()
  @IsUUID()
  unitId?: string | null;

  @Field(() => WardReportKind)
  @IsIn(Object.values(WardReportKind))
  kind: WardReportKind;

  @Field({ description: 'A short subject, 1–300 characters' })
  @IsString()
  @MaxLength(3000)
  title: string;

  @Field({ description: 'What was said (false information) or the difficulty and the proposal, 1–5,000' })
  @IsString()
  @MaxLength(50000)
  body: string;

  @Field(() => String, { nullable: true, description: 'FALSE_INFORMATION (required): where it was found, ≤ 200' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  foundWhere?: string | null;

  @Field(() => String, { nullable: true, description: 'An http(s) link, ≤ 2,000' })
  @IsOptional()
  @IsString()
  @MaxLength(20000)
  link?: string | null;

  @Field({ description: 'YYYY-MM-DD inside the plan, not after today' })
  @IsString()
  @MaxLength(40)
  reportedOn: string;

  @Field(() => String, { nullable: true, description: 'FALSE_INFORMATION (required): what the unit did, ≤ 3,000' })
  @IsOptional()
  @IsString()
  @MaxLength(30000)
  actionTaken?: string | null;
}

@InputType()
export class UpdateWardReportInput {
  @Field(() => ID)
  @IsUUID()
  id: string;

  @Field()
  @IsString()
  @MaxLength(3000)
  title: string;

  @Field()
  @IsString()
  @MaxLength(50000)
  body: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  foundWhere?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(20000)
  link?: string | null;

  @Field()
  @IsString()
  @MaxLength(40)
  reportedOn: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(30000)
  actionTaken?: string | null;
}

@InputType()
export class ReplyToWardReportInput {
  @Field(() => ID)
  @IsUUID()
  id: string;

  @Field({ description: 'The office’s reply, 10–5,000 characters' })
  @IsString()
  @MaxLength(50000)
  reply: string;
}

@InputType()
export class WardReportsFilter {
  @Field(() => WardReportKind, { nullable: true })
  @IsOptional()
  @IsIn(Object.values(WardReportKind))
  kind?: WardReportKind | null;

  @Field(() => WardReportStatus, { nullable: true })
  @IsOptional()
  @IsIn(Object.values(WardReportStatus))
  status?: WardReportStatus | null;

  @Field(() => ID, { nullable: true, description: 'One unit (an officer: its own or a sub-unit)' })
  @IsOptional()
  @IsUUID()
  unitId?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  planId?: string | null;
}

@InputType()
export class WardReportsSummaryFilter {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  planId?: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD, inclusive (reportedOn)' })
  @IsOptional()
  @IsString()
  @MaxLength(10)
  from?: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD, inclusive (reportedOn)' })
  @IsOptional()
  @IsString()
  @MaxLength(10)
  to?: string | null;

  @Field(() => [ID], { nullable: true, description: 'Only these units' })
  @IsOptional()
  @IsUUID('all', { each: true })
  unitIds?: string[] | null;
}
