import { Field, Float, ID, InputType, Int } from '@nestjs/graphql';
import {
  IsBoolean,
  IsIn,
  IsInt,
  IsNumber,
  IsOptional,
  IsUUID,
  Matches,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { Type } from 'class-transformer';
import { IDENTITY_MODES, LeaderboardMode, ScoringMode, UnitAggregation, type IdentityMode } from '@thidua/shared';
import '../models/live-enums.js';

/** Every field of the shared live-game settings, optional: absent ones take the defaults. */
@InputType()
export class LiveGameSettingsInput {
  @Field(() => ScoringMode, { nullable: true })
  @IsOptional()
  @IsIn(Object.values(ScoringMode))
  scoringMode?: ScoringMode;

  @Field({ nullable: true })
  @IsOptional()
  @IsBoolean()
  streakBonus?: boolean;

  @Field(() => UnitAggregation, { nullable: true })
  @IsOptional()
  @IsIn(Object.values(UnitAggregation))
  unitAggregation?: UnitAggregation;

  @Field(() => LeaderboardMode, { nullable: true })
  @IsOptional()
  @IsIn(Object.values(LeaderboardMode))
  leaderboardMode?: LeaderboardMode;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(10)
  podiumPlaces?: number;

  @Field({ nullable: true })
  @IsOptional()
  @IsBoolean()
  allowLateJoin?: boolean;

  @Field(() => Float, {
    nullable: true,
    description: 'Multiplies every time limit (1–3): long timers for accessibility',
  })
  @IsOptional()
  @IsNumber()
  @Min(1)
  @Max(3)
  timeMultiplier?: number;

  @Field(() => Int, { nullable: true, description: 'Seconds the question is shown before the options open (0–30)' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(30)
  readingSeconds?: number;

  @Field({
    nullable: true,
    description: 'A self-running game: it moves on by itself after each reveal and leaderboard',
  })
  @IsOptional()
  @IsBoolean()
  autoAdvance?: boolean;

  @Field(() => Int, {
    nullable: true,
    description: 'Self-running: seconds the reveal stays before the game moves on (2–120)',
  })
  @IsOptional()
  @IsInt()
  @Min(2)
  @Max(120)
  revealSeconds?: number;

  @Field(() => Int, {
    nullable: true,
    description: 'Self-running: seconds the leaderboard stays before the next question (2–120)',
  })
  @IsOptional()
  @IsInt()
  @Min(2)
  @Max(120)
  leaderboardSeconds?: number;

  @Field(() => String, {
    nullable: true,
    description: 'OPEN, ROSTER_PREFERRED (the UI default for new games) or ROSTER_ONLY',
  })
  @IsOptional()
  @IsIn(IDENTITY_MODES)
  identityMode?: IdentityMode;

  @Field(() => String, { nullable: true, description: "A PopulationKind code; null = each unit's main kind" })
  @IsOptional()
  @Matches(/^[A-Z][A-Z0-9_]{1,29}$/)
  populationKind?: string | null;
}

@InputType()
export class StartLiveGameInput {
  @Field(() => ID)
  @IsUUID()
  quizId: string;

  @Field(() => LiveGameSettingsInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => LiveGameSettingsInput)
  settings?: LiveGameSettingsInput;
}
