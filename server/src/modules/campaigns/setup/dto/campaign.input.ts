import { Field, Float, ID, InputType } from '@nestjs/graphql';
import {
  BoardSource,
  ComputedMetric,
  ComputedSourceKind,
  IndicatorKind,
  PeriodKind,
  TieRuleKind,
  type BoardSource as BoardSourceType,
  type ComputedMetric as ComputedMetricType,
  type ComputedSourceKind as ComputedSourceKindType,
  type IndicatorKind as IndicatorKindType,
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

  @Field(() => BoardSource, { nullable: true })
  @IsOptional()
  @IsIn(Object.values(BoardSource))
  boardSource?: BoardSourceType;

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

  @Field(() => BoardSource, { nullable: true })
  @IsOptional()
  @IsIn(Object.values(BoardSource))
  boardSource?: BoardSourceType;

  @Field({ nullable: true })
  @IsOptional()
  @IsBoolean()
  boardEnabled?: boolean;
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

  @Field(() => [ID])
  @IsUUID('all', { each: true })
  @ArrayMinSize(1)
  @ArrayMaxSize(500)
  unitIds: string[];
}

@InputType()
export class ComputedSourceInput {
  @Field(() => ComputedSourceKind)
  @IsIn(Object.values(ComputedSourceKind))
  kind: ComputedSourceKindType;

  @Field(() => ID, { nullable: true, description: 'May be bound later' })
  @IsOptional()
  @IsUUID()
  id?: string | null;

  @Field(() => ComputedMetric)
  @IsIn(Object.values(ComputedMetric))
  metric: ComputedMetricType;
}

@InputType()
export class IndicatorInput {
  @Field({ description: 'Any key unique in this input; children point at it with parentKey' })
  @Length(1, 40)
  key: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 40)
  parentKey?: string | null;

  @Field({ description: 'e.g. "1.2"' })
  @Matches(/^[A-Za-z0-9][A-Za-z0-9.\-_]{0,19}$/, { message: 'code: 1–20 letters, digits, dots' })
  code: string;

  @Field()
  @Length(1, 500)
  title: string;

  @Field(() => IndicatorKind)
  @IsIn(Object.values(IndicatorKind))
  kind: IndicatorKindType;

  @Field(() => Float)
  @IsNumber()
  @Min(0)
  @Max(100_000)
  maxPoints: number;

  @Field(() => Float, { nullable: true })
  @IsOptional()
  @IsNumber()
  @Min(0)
  step?: number | null;

  @Field(() => Float, { nullable: true })
  @IsOptional()
  @IsNumber()
  @Min(0)
  target?: number | null;

  @Field(() => Float, { nullable: true })
  @IsOptional()
  @IsNumber()
  @Min(0)
  perItemPoints?: number | null;

  @Field({ nullable: true })
  @IsOptional()
  @IsBoolean()
  evidenceRequired?: boolean;

  @Field(() => ComputedSourceInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => ComputedSourceInput)
  computedSource?: ComputedSourceInput | null;
}

@InputType()
export class SaveIndicatorTreeInput {
  @Field(() => ID)
  @IsUUID()
  campaignId: string;

  @Field(() => [IndicatorInput], { description: 'The whole tree, replacing the previous one (DRAFT only)' })
  @ValidateNested({ each: true })
  @Type(() => IndicatorInput)
  @ArrayMaxSize(500)
  indicators: IndicatorInput[];
}

@InputType()
export class UnitTargetInput {
  @Field(() => ID)
  @IsUUID()
  unitId: string;

  @Field(() => Float)
  @IsNumber()
  @Min(0.000001)
  target: number;
}

@InputType()
export class SetIndicatorTargetsInput {
  @Field(() => ID)
  @IsUUID()
  indicatorId: string;

  @Field(() => [UnitTargetInput], { description: 'Replaces the unit targets of this indicator' })
  @ValidateNested({ each: true })
  @Type(() => UnitTargetInput)
  @ArrayMaxSize(500)
  targets: UnitTargetInput[];
}

@InputType()
export class BindComputedIndicatorInput {
  @Field(() => ID, { description: 'A COMPUTED indicator' })
  @IsUUID()
  indicatorId: string;

  @Field(() => ID, { description: "The live game or contest (per the indicator's source kind) it reads from" })
  @IsUUID()
  sourceId: string;
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
