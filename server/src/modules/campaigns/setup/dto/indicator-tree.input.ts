import { Field, Float, ID, InputType } from '@nestjs/graphql';
import {
  Comparison,
  ComputedMetric,
  ComputedSourceKind,
  IndicatorKind,
  type Comparison as ComparisonType,
  type ComputedMetric as ComputedMetricType,
  type ComputedSourceKind as ComputedSourceKindType,
  type IndicatorKind as IndicatorKindType,
} from '@thidua/shared';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsBoolean,
  IsIn,
  IsNumber,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { ImportFileInput } from '../../../../common/import/import-file.input.js';
import { PopulationKindCode } from '../../../units/models/population-kind-code.scalar.js';
import '../../models/campaign-enums.js';

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

  @Field(() => PopulationKindCode, {
    nullable: true,
    description:
      'PARTICIPATION_RATE: the population kind it divides by (see populationKinds); null = each unit’s main kind',
  })
  @IsOptional()
  @IsString()
  populationKind?: string | null;

  @Field(() => String, { nullable: true, description: 'ACTIVITY: only this activity form (null: every form)' })
  @IsOptional()
  @IsString()
  form?: string | null;

  @Field(() => [String], {
    nullable: true,
    description: 'ACTIVITY: only these activity kinds (null/empty: every kind)',
  })
  @IsOptional()
  @IsString({ each: true })
  @ArrayMaxSize(40)
  kinds?: string[] | null;

  @Field(() => Boolean, { nullable: true, description: "ACTIVITY: a unit's figure includes its sub-units" })
  @IsOptional()
  @IsBoolean()
  includeSubUnits?: boolean | null;

  @Field(() => Float, {
    nullable: true,
    description: 'ACTIVITY count, quantity, attendees: the figure that earns the full points',
  })
  @IsOptional()
  @IsNumber()
  target?: number | null;
}

@InputType()
export class ThresholdStepInput {
  @Field(() => Float, { description: 'Reaching this figure (AT_MOST: staying at or below it) earns the points' })
  @IsNumber()
  atLeast: number;

  @Field(() => Float)
  @IsNumber()
  @Min(0)
  @Max(100_000)
  points: number;
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

  @Field({
    description:
      'The number (STT) local to the parent, as the ward’s table writes it: "1" again under each standard, or "4.1"; the stored code joins the parents’ numbers ("II.1")',
  })
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

  @Field(() => [ThresholdStepInput], { nullable: true, description: 'THRESHOLD / RATE: the steps' })
  @IsOptional()
  @ValidateNested({ each: true })
  @Type(() => ThresholdStepInput)
  @ArrayMaxSize(20)
  thresholds?: ThresholdStepInput[] | null;

  @Field(() => Comparison, { nullable: true, description: 'THRESHOLD / RATE / WARD_RATE; default AT_LEAST' })
  @IsOptional()
  @IsIn(Object.values(Comparison))
  comparison?: ComparisonType | null;

  @Field(() => PopulationKindCode, {
    nullable: true,
    description: 'RATE / WARD_RATE: the population kind the rate divides by (see populationKinds)',
  })
  @IsOptional()
  @IsString()
  populationKind?: string | null;

  @Field({ nullable: true, description: 'Cách tính, as the ward’s table writes it' })
  @IsOptional()
  @MaxLength(2000)
  method?: string;

  @Field({ nullable: true, description: 'Minh chứng yêu cầu, as the ward’s table writes it' })
  @IsOptional()
  @MaxLength(2000)
  evidenceText?: string;
}

@InputType()
export class SaveIndicatorTreeInput {
  @Field(() => ID)
  @IsUUID()
  campaignId: string;

  @Field(() => ID, {
    nullable: true,
    description: 'The criteria set whose tree this is; null: the campaign’s first set',
  })
  @IsOptional()
  @IsUUID()
  criteriaSetId?: string | null;

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
export class ImportIndicatorTreeInput extends ImportFileInput {
  @Field(() => ID)
  @IsUUID()
  campaignId: string;

  @Field(() => ID, { description: 'The criteria set whose tree the file replaces (DRAFT only)' })
  @IsUUID()
  criteriaSetId: string;
}
