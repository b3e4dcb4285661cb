import { Field, Float, ID, InputType, Int } from '@nestjs/graphql';
import {
  LateRuleKind,
  PeriodKind,
  QuotaBase,
  QuotaRounding,
  TieRuleKind,
  type LateRuleKind as LateRuleKindType,
  type QuotaBase as QuotaBaseType,
  type QuotaRounding as QuotaRoundingType,
  type PeriodKind as PeriodKindType,
  type TieRuleKind as TieRuleKindType,
} from '@thidua/shared';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsBoolean,
  IsDate,
  IsIn,
  IsInt,
  IsNumber,
  IsOptional,
  IsUUID,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import '../../models/campaign-enums.js';

@InputType()
export class TieRuleInput {
  @Field(() => TieRuleKind)
  @IsIn(Object.values(TieRuleKind))
  kind: TieRuleKindType;

  @Field(() => [ID], { nullable: true, description: 'TIEBREAK_INDICATORS: in order' })
  @IsOptional()
  @IsUUID('all', { each: true })
  @ArrayMaxSize(10)
  indicatorIds?: string[];
}

@InputType()
export class CreateCampaignInput {
  @Field()
  @Length(1, 300)
  title: string;

  @Field({ nullable: true })
  @IsOptional()
  @MaxLength(5000)
  description?: string;

  @Field(() => Float, { nullable: true, description: 'Default 100' })
  @IsOptional()
  @IsNumber()
  @Min(1)
  @Max(100_000)
  totalPoints?: number;

  @Field(() => TieRuleInput, { nullable: true, description: 'Default SHARED (1-2-2-4)' })
  @IsOptional()
  @ValidateNested()
  @Type(() => TieRuleInput)
  tieRule?: TieRuleInput;

  @Field({ nullable: true })
  @IsOptional()
  @IsBoolean()
  boardEnabled?: boolean;
}

@InputType()
export class UpdateCampaignInput {
  @Field(() => ID)
  @IsUUID()
  id: string;

  @Field({ nullable: true })
  @IsOptional()
  @Length(1, 300)
  title?: string;

  @Field({ nullable: true })
  @IsOptional()
  @MaxLength(5000)
  description?: string;

  @Field(() => Float, { nullable: true, description: 'Only while DRAFT' })
  @IsOptional()
  @IsNumber()
  @Min(1)
  @Max(100_000)
  totalPoints?: number;

  @Field(() => TieRuleInput, { nullable: true, description: 'Locked once a period is published' })
  @IsOptional()
  @ValidateNested()
  @Type(() => TieRuleInput)
  tieRule?: TieRuleInput;

  @Field({ nullable: true })
  @IsOptional()
  @IsBoolean()
  boardEnabled?: boolean;

  @Field(() => ID, {
    nullable: true,
    description: 'The organiser (e.g. Phòng Văn hóa - Xã hội), which compiles the results; null clears it',
  })
  @IsOptional()
  @IsUUID()
  organizerUnitId?: string | null;

  @Field({ nullable: true, description: 'Whether the organiser’s own sheet is ranked in its block' })
  @IsOptional()
  @IsBoolean()
  rankOrganizer?: boolean;
}

@InputType()
export class LateRuleInput {
  @Field(() => LateRuleKind)
  @IsIn(Object.values(LateRuleKind))
  kind: LateRuleKindType;

  @Field(() => Float, { nullable: true, description: 'POINTS_PER_DAY: points off per started day late' })
  @IsOptional()
  @IsNumber()
  @Min(0.01)
  @Max(1000)
  pointsPerDay?: number | null;

  @Field(() => Float, { nullable: true, description: 'POINTS_PER_DAY: the most a late sheet loses; null = no cap' })
  @IsOptional()
  @IsNumber()
  @Min(0.01)
  @Max(100_000)
  maxPoints?: number | null;
}

@InputType()
export class UpdateCampaignPeriodInput {
  @Field(() => ID)
  @IsUUID()
  id: string;

  @Field(() => LateRuleInput, { nullable: true, description: 'What a late sheet costs; until the period is published' })
  @IsOptional()
  @ValidateNested()
  @Type(() => LateRuleInput)
  lateRule?: LateRuleInput;

  @Field(() => Int, { nullable: true, description: 'Days a unit has to answer a return, even past the deadline' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(60)
  replyDays?: number;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

@InputType()
export class AddCampaignPeriodInput {
  @Field(() => ID)
  @IsUUID()
  campaignId: string;

  @Field({ description: 'e.g. "Sơ kết 6 tháng"' })
  @Length(1, 200)
  name: string;

  @Field(() => PeriodKind)
  @IsIn(Object.values(PeriodKind))
  kind: PeriodKindType;

  @Field({ description: 'YYYY-MM-DD' })
  @Matches(DATE, { message: 'startsOn: YYYY-MM-DD' })
  startsOn: string;

  @Field({ description: 'YYYY-MM-DD' })
  @Matches(DATE, { message: 'endsOn: YYYY-MM-DD' })
  endsOn: string;

  @Field()
  @Type(() => Date)
  @IsDate()
  submissionDeadline: Date;

  @Field(() => LateRuleInput, { nullable: true, description: 'What a late sheet costs; none (NONE) when omitted' })
  @IsOptional()
  @ValidateNested()
  @Type(() => LateRuleInput)
  lateRule?: LateRuleInput | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Days a unit has to answer a return, even past the deadline; 3 when omitted',
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(60)
  replyDays?: number | null;
}

@InputType()
export class AddCampaignBlockInput {
  @Field(() => ID)
  @IsUUID()
  campaignId: string;

  @Field({ description: 'e.g. "Khối tổ dân phố"' })
  @Length(1, 200)
  name: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  leaderUnitId?: string;

  @Field(() => ID, { nullable: true, description: 'The criteria set its units are scored by; null: the first set' })
  @IsOptional()
  @IsUUID()
  criteriaSetId?: string | null;

  @Field(() => [ID])
  @IsUUID('all', { each: true })
  @ArrayMinSize(1)
  @ArrayMaxSize(500)
  unitIds: string[];
}

@InputType()
export class TitleInput {
  @Field({ description: 'e.g. "Tập thể lao động xuất sắc"' })
  @Length(1, 200)
  name: string;

  @Field(() => Float)
  @IsNumber()
  @Min(0)
  minTotal: number;

  @Field(() => Float, { nullable: true })
  @IsOptional()
  @IsNumber()
  @Min(0)
  @Max(100)
  groupFloorPercent?: number | null;

  @Field(() => Float, { nullable: true })
  @IsOptional()
  @IsNumber()
  @Min(0)
  @Max(100)
  quotaPercent?: number | null;

  @Field(() => QuotaBase, { nullable: true, description: 'What the quota is a share of; default LOWER_TITLE' })
  @IsOptional()
  @IsIn(Object.values(QuotaBase))
  quotaBase?: QuotaBaseType;

  @Field(() => QuotaRounding, { nullable: true, description: 'Default FLOOR' })
  @IsOptional()
  @IsIn(Object.values(QuotaRounding))
  quotaRounding?: QuotaRoundingType;

  @Field(() => Int, {
    nullable: true,
    description: 'At least this many units may earn it when they qualify; default 1',
  })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(1000)
  quotaMinimum?: number;

  @Field(() => ID, {
    nullable: true,
    description: 'The collective commendation form a unit earning this title is proposed for; null: none',
  })
  @IsOptional()
  @IsUUID()
  commendationFormId?: string | null;
}

@InputType()
export class SaveTitlesInput {
  @Field(() => ID)
  @IsUUID()
  campaignId: string;

  @Field(() => [TitleInput], { description: 'Highest title first' })
  @ValidateNested({ each: true })
  @Type(() => TitleInput)
  @ArrayMaxSize(10)
  titles: TitleInput[];
}
