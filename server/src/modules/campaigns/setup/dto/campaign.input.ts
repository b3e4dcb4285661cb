import { Field, Float, ID, InputType } from '@nestjs/graphql';
import {
  BoardSource,
  PeriodKind,
  TieRuleKind,
  type BoardSource as BoardSourceType,
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
