import { Field, Float, ID, InputType, Int } from '@nestjs/graphql';
import {
  Difficulty,
  QuestionStatus,
  QuestionType,
  type Difficulty as DifficultyType,
  type QuestionStatus as QuestionStatusType,
  type QuestionType as QuestionTypeType,
} from '@thidua/shared';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
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
import { ImportFileInput } from '../../../common/import/import-file.input.js';
import { QuestionImageInput } from '../images/question-image.model.js';

/**
 * The shape checks here are loose on purpose (lengths, counts); the rules per
 * question type are `validateQuestion` in @thidua/shared, shared with the editor,
 * and come back as one QUESTION_INVALID error listing every problem.
 */
@InputType()
export class QuestionOptionInput {
  @Field()
  @IsString()
  @MaxLength(1000)
  text: string;

  @Field({
    nullable: true,
    description: 'Marks a correct option (choice types). ORDERING: list options in the correct order instead.',
  })
  @IsOptional()
  @IsBoolean()
  correct?: boolean;
}

@InputType()
export class NumericAnswerInput {
  @Field(() => Float)
  @IsNumber()
  answer: number;

  @Field(() => Float)
  @IsNumber()
  tolerance: number;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  unit?: string | null;
}

@InputType()
export class QuestionContentInput {
  @Field(() => QuestionType)
  @IsIn(Object.values(QuestionType))
  type: QuestionTypeType;

  @Field()
  @IsString()
  @MaxLength(5000)
  prompt: string;

  @Field(() => [QuestionOptionInput], {
    description: 'Choice types: the options; ORDERING: in the correct order; NUMERIC: empty',
  })
  @IsArray()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => QuestionOptionInput)
  options: QuestionOptionInput[];

  @Field(() => NumericAnswerInput, { nullable: true, description: 'NUMERIC only' })
  @IsOptional()
  @ValidateNested()
  @Type(() => NumericAnswerInput)
  numeric?: NumericAnswerInput | null;

  @Field()
  @IsString()
  @MaxLength(10000)
  explanation: string;

  @Field(() => ID)
  @IsUUID()
  sectionId: string;

  @Field(() => Difficulty)
  @IsIn(Object.values(Difficulty))
  difficulty: DifficultyType;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  tags?: string[];

  @Field(() => Int)
  @IsInt()
  timeLimitSeconds: number;

  @Field({ nullable: true })
  @IsOptional()
  @IsBoolean()
  doublePoints?: boolean;

  @Field({
    nullable: true,
    description:
      'Show the options in this order, never shuffled; absent: kept when an option is "all/none of the above"',
  })
  @IsOptional()
  @IsBoolean()
  keepOrder?: boolean;

  @Field(() => QuestionImageInput, {
    nullable: true,
    description: 'An image from uploadQuestionImage with its alt text; absent or null: no image',
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => QuestionImageInput)
  image?: QuestionImageInput | null;
}

@InputType()
export class CreateQuestionInput extends QuestionContentInput {
  @Field({ nullable: true, description: 'Stable key for import/export; generated when absent' })
  @IsOptional()
  @Matches(/^[A-Za-z0-9][A-Za-z0-9._-]{0,39}$/, { message: 'key: 1–40 letters, digits, dot, dash or underscore' })
  key?: string;
}

/** A full replacement of the content; a published question gets a new version. */
@InputType()
export class UpdateQuestionInput extends QuestionContentInput {
  @Field(() => ID)
  @IsUUID()
  id: string;
}

/** Questions sent to review or published in one action (e.g. "all of this import"). */
@InputType()
export class BulkQuestionsInput {
  @Field(() => [ID], { description: 'At most 2000 (one import)' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(2000)
  @IsUUID('all', { each: true })
  ids: string[];
}

@InputType()
export class ReturnQuestionInput {
  @Field(() => ID)
  @IsUUID()
  id: string;

  @Field({ description: 'Shown to the author' })
  @Length(1, 2000)
  reason: string;
}

@InputType()
export class QuestionsFilterInput {
  @Field(() => [ID], { nullable: true, description: 'Only these questions (e.g. the ones an import wrote)' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(2000)
  @IsUUID('all', { each: true })
  ids?: string[];

  @Field({ nullable: true, description: 'Words to find in prompt, options or topics; diacritics optional' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  search?: string;

  @Field(() => QuestionType, { nullable: true })
  @IsOptional()
  @IsIn(Object.values(QuestionType))
  type?: QuestionTypeType;

  @Field(() => QuestionStatus, { nullable: true })
  @IsOptional()
  @IsIn(Object.values(QuestionStatus))
  status?: QuestionStatusType;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  resolutionId?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  sectionId?: string;

  @Field(() => Difficulty, { nullable: true })
  @IsOptional()
  @IsIn(Object.values(Difficulty))
  difficulty?: DifficultyType;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(50)
  tag?: string;

  @Field(() => Int, { nullable: true, description: 'At most 100; 20 by default' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(100)
  limit?: number;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0)
  offset?: number;
}

@InputType()
export class ImportQuestionsInput extends ImportFileInput {
  @Field(() => ID, { description: 'The resolution whose section keys the "Mục" column names' })
  @IsUUID()
  resolutionId: string;
}
