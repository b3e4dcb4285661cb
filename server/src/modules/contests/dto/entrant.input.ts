import { Field, Float, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsInt,
  IsNumber,
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
export class RegisterEntrantInput {
  @Field(() => ID)
  @IsUUID()
  contestId: string;

  @Field()
  @Length(1, 100)
  fullName: string;

  @Field(() => Int)
  @IsInt()
  birthYear: number;

  @Field(() => ID)
  @IsUUID()
  unitId: string;

  @Field({ description: 'Identifies the person; stored only as a keyed hash and shown masked' })
  @IsString()
  @Length(9, 20)
  phone: string;

  @Field({ description: 'Agreement to the rules and to the use of these data; must be true' })
  @IsBoolean()
  consent: boolean;
}

@InputType({ description: 'Chosen option ids (ORDERING: in the chosen order), or a number' })
export class AnswerResponseInput {
  @Field(() => [String], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(10)
  @IsString({ each: true })
  @MaxLength(40, { each: true })
  optionIds?: string[];

  @Field(() => Float, { nullable: true })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  value?: number;
}

@InputType()
export class SaveAnswerInput {
  @Field()
  @IsString()
  @Length(20, 100)
  attemptToken: string;

  @Field(() => Int, { description: '0-based position of the question in the attempt' })
  @IsInt()
  @Min(0)
  @Max(500)
  index: number;

  @Field(() => AnswerResponseInput)
  @ValidateNested()
  @Type(() => AnswerResponseInput)
  response: AnswerResponseInput;
}

@InputType()
export class SubmitAttemptInput {
  @Field()
  @IsString()
  @Length(20, 100)
  attemptToken: string;

  @Field(() => Int, { nullable: true, description: 'The answer to the prediction question, when the contest has one' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(100_000_000)
  prediction?: number | null;
}
