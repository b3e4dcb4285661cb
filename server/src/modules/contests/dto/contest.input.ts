import { Field, Float, ID, InputType, Int } from '@nestjs/graphql';
import {
  AnswerKeyReveal,
  CountingAttempt,
  IdentityMode,
  FlagResolution,
  PredictionKind,
  RankingCriterion,
  type AnswerKeyReveal as AnswerKeyRevealType,
  type CountingAttempt as CountingAttemptType,
  type IdentityMode as IdentityModeType,
  type FlagResolution as FlagResolutionType,
  type PredictionKind as PredictionKindType,
  type RankingCriterion as RankingCriterionType,
  SLUG_MAX_LENGTH,
  SLUG_PATTERN,
} from '@thidua/shared';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsDate,
  IsIn,
  IsInt,
  IsNumber,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Max,
  Matches,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import '../models/contest-enums.js';
// A contest draws its questions by the same rules as a DRAW quiz.
import { QuizDrawRuleInput } from '../../content/dto/quiz.input.js';

@InputType()
export class ContestRoundInput {
  @Field()
  @Length(1, 100)
  name: string;

  @Field()
  @Type(() => Date)
  @IsDate()
  startsAt: Date;

  @Field()
  @Type(() => Date)
  @IsDate()
  endsAt: Date;
}

@InputType()
export class PrizeTierInput {
  @Field()
  @Length(1, 60)
  label: string;

  @Field(() => Int)
  @IsInt()
  @Min(1)
  @Max(1000)
  count: number;

  @Field(() => Float, { description: 'Points this prize adds to the winner’s unit prize score' })
  @IsNumber()
  @Min(0)
  @Max(1000)
  unitPoints: number;
}

@InputType()
export class UnitPrizeInput {
  @Field(() => Float, { description: 'Participation rate × this (100: 70 % → 70 points)' })
  @IsNumber()
  @Min(0)
  @Max(10000)
  participationPoints: number;

  @Field(() => [PrizeTierInput])
  @IsArray()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => PrizeTierInput)
  prizeTiers: PrizeTierInput[];
}

/**
 * Who takes part and what counts, the same optional fields when a contest is created
 * and when it is updated (absent = the default, or unchanged).
 */
@InputType({ isAbstract: true })
abstract class ContestIdentityInput {
  @Field(() => IdentityMode, {
    nullable: true,
    description: 'OPEN (default), ROSTER_PREFERRED (phone entrants marked unverified) or ROSTER_ONLY',
  })
  @IsOptional()
  @IsIn(Object.values(IdentityMode))
  identityMode?: IdentityModeType;

  @Field(() => String, {
    nullable: true,
    description: 'The population kind unit rates divide by (e.g. STUDENTS); null = each unit’s main kind',
  })
  @IsOptional()
  @Matches(/^[A-Z][A-Z0-9_]{1,29}$/)
  populationKind?: string | null;

  @Field(() => AnswerKeyReveal, { nullable: true, description: 'Default AFTER_ROUND_CLOSES' })
  @IsOptional()
  @IsIn(Object.values(AnswerKeyReveal))
  answerKeyReveal?: AnswerKeyRevealType;
}

@InputType()
export class CreateContestInput extends ContestIdentityInput {
  @Field()
  @Length(1, 200)
  title: string;

  @Field({
    nullable: true,
    description: 'The short link /c/<slug>: a-z, 0-9 and single hyphens (default: from the title)',
  })
  @IsOptional()
  @Matches(SLUG_PATTERN)
  @MaxLength(SLUG_MAX_LENGTH)
  slug?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(20000)
  rulesText?: string;

  @Field(() => [ID], {
    nullable: true,
    description: 'Units (with their sub-units) whose people may enter; empty = all',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(2000)
  @IsUUID('all', { each: true })
  eligibleUnitIds?: string[];

  @Field(() => [QuizDrawRuleInput])
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => QuizDrawRuleInput)
  drawRules: QuizDrawRuleInput[];

  @Field({ nullable: true })
  @IsOptional()
  @IsBoolean()
  shuffleOptions?: boolean;

  @Field(() => Int)
  @IsInt()
  @Min(30)
  @Max(4 * 3600)
  timeLimitSeconds: number;

  @Field(() => Int)
  @IsInt()
  @Min(1)
  @Max(100)
  attemptsPerRound: number;

  @Field(() => CountingAttempt, { nullable: true })
  @IsOptional()
  @IsIn(Object.values(CountingAttempt))
  countingAttempt?: CountingAttemptType;

  @Field(() => PredictionKind, { nullable: true })
  @IsOptional()
  @IsIn(Object.values(PredictionKind))
  predictionKind?: PredictionKindType;

  @Field(() => [RankingCriterion], {
    nullable: true,
    description: 'Default: SCORE, PREDICTION, DURATION, SUBMITTED_AT',
  })
  @IsOptional()
  @IsArray()
  @IsIn(Object.values(RankingCriterion), { each: true })
  rankingChain?: RankingCriterionType[];

  @Field(() => UnitPrizeInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => UnitPrizeInput)
  unitPrize?: UnitPrizeInput;

  @Field(() => [ContestRoundInput])
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(60)
  @ValidateNested({ each: true })
  @Type(() => ContestRoundInput)
  rounds: ContestRoundInput[];
}

/** Title and rules text can change at any time; everything else only while the contest is a DRAFT. */
@InputType()
export class UpdateContestInput extends ContestIdentityInput {
  @Field(() => ID)
  @IsUUID()
  id: string;

  @Field({ nullable: true })
  @IsOptional()
  @Length(1, 200)
  title?: string;

  @Field({
    nullable: true,
    description: 'The short link /c/<slug>: a-z, 0-9 and single hyphens (default: from the title)',
  })
  @IsOptional()
  @Matches(SLUG_PATTERN)
  @MaxLength(SLUG_MAX_LENGTH)
  slug?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(20000)
  rulesText?: string;

  @Field(() => [ID], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(2000)
  @IsUUID('all', { each: true })
  eligibleUnitIds?: string[];

  @Field(() => [QuizDrawRuleInput], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => QuizDrawRuleInput)
  drawRules?: QuizDrawRuleInput[];

  @Field({ nullable: true })
  @IsOptional()
  @IsBoolean()
  shuffleOptions?: boolean;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(30)
  @Max(4 * 3600)
  timeLimitSeconds?: number;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(100)
  attemptsPerRound?: number;

  @Field(() => CountingAttempt, { nullable: true })
  @IsOptional()
  @IsIn(Object.values(CountingAttempt))
  countingAttempt?: CountingAttemptType;

  @Field(() => PredictionKind, { nullable: true })
  @IsOptional()
  @IsIn(Object.values(PredictionKind))
  predictionKind?: PredictionKindType;

  @Field(() => [RankingCriterion], { nullable: true })
  @IsOptional()
  @IsArray()
  @IsIn(Object.values(RankingCriterion), { each: true })
  rankingChain?: RankingCriterionType[];

  @Field(() => UnitPrizeInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => UnitPrizeInput)
  unitPrize?: UnitPrizeInput;

  @Field(() => [ContestRoundInput], { nullable: true, description: 'Replaces the rounds (DRAFT only)' })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(60)
  @ValidateNested({ each: true })
  @Type(() => ContestRoundInput)
  rounds?: ContestRoundInput[];
}

@InputType()
export class ResolveContestFlagInput {
  @Field(() => ID)
  @IsUUID()
  id: string;

  @Field(() => FlagResolution)
  @IsIn(Object.values(FlagResolution))
  resolution: FlagResolutionType;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  note?: string;
}
