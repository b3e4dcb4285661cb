import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Difficulty, QuizMode, type Difficulty as DifficultyType, type QuizMode as QuizModeType } from '@thidua/shared';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';

@InputType()
export class QuizDrawRuleInput {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  sectionId?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(50)
  tag?: string | null;

  @Field(() => Difficulty, { nullable: true })
  @IsOptional()
  @IsIn(Object.values(Difficulty))
  difficulty?: DifficultyType | null;

  @Field(() => Int)
  @IsInt()
  @Min(1)
  @Max(100)
  count: number;
}

@InputType()
export class CreateQuizInput {
  @Field()
  @Length(1, 200)
  title: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  description?: string;

  @Field(() => QuizMode)
  @IsIn(Object.values(QuizMode))
  mode: QuizModeType;

  @Field({ nullable: true, description: 'Shuffle choice options per player; true by default' })
  @IsOptional()
  @IsBoolean()
  shuffleOptions?: boolean;

  @Field(() => [ID], { nullable: true, description: 'FIXED: the questions in order' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(200)
  @IsUUID('all', { each: true })
  questionIds?: string[];

  @Field(() => [QuizDrawRuleInput], { nullable: true, description: 'DRAW: the rules' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => QuizDrawRuleInput)
  drawRules?: QuizDrawRuleInput[];
}

@InputType()
export class UpdateQuizInput {
  @Field(() => ID)
  @IsUUID()
  id: string;

  @Field({ nullable: true })
  @IsOptional()
  @Length(1, 200)
  title?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  description?: string;

  @Field(() => QuizMode, { nullable: true })
  @IsOptional()
  @IsIn(Object.values(QuizMode))
  mode?: QuizModeType;

  @Field({ nullable: true })
  @IsOptional()
  @IsBoolean()
  shuffleOptions?: boolean;

  @Field(() => [ID], { nullable: true, description: 'Replaces the list when given' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(200)
  @IsUUID('all', { each: true })
  questionIds?: string[];

  @Field(() => [QuizDrawRuleInput], { nullable: true, description: 'Replaces the rules when given' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => QuizDrawRuleInput)
  drawRules?: QuizDrawRuleInput[];
}
