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

/**
 * Registration, one of two ways. The roster way: `personalCode`, or `personId` (picked
 * from `rosterCandidates`) + `birthYear` — verified, the unit and the name are the
 * roster's. The phone way (unverified; refused in ROSTER_ONLY contests): `fullName`,
 * `birthYear`, `unitId`, `phone`; a returning phone on a new device also needs the
 * `entrantCode` given at the first registration.
 */
@InputType()
export class RegisterEntrantInput {
  @Field(() => ID)
  @IsUUID()
  contestId: string;

  @Field(() => String, { nullable: true, description: 'Roster way: the personal code (mã cá nhân)' })
  @IsOptional()
  @IsString()
  @MaxLength(20)
  personalCode?: string | null;

  @Field(() => ID, { nullable: true, description: 'Roster way: the person picked in the roster search' })
  @IsOptional()
  @IsUUID()
  personId?: string | null;

  @Field(() => String, { nullable: true, description: 'Phone way: the full name' })
  @IsOptional()
  @Length(1, 100)
  fullName?: string | null;

  @Field(() => Int, { nullable: true, description: 'Roster way with personId, and the phone way' })
  @IsOptional()
  @IsInt()
  birthYear?: number | null;

  @Field(() => ID, { nullable: true, description: 'Phone way: the unit chosen' })
  @IsOptional()
  @IsUUID()
  unitId?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Phone way: identifies the entrant; kept encrypted, matched by a keyed hash, shown masked',
  })
  @IsOptional()
  @IsString()
  @Length(9, 20)
  phone?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Phone way, returning on a new device: the entrant code (mã dự thi) given at registration',
  })
  @IsOptional()
  @IsString()
  @MaxLength(20)
  entrantCode?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'The entrant token this device already holds, if any (the same device needs no entrant code)',
  })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  entrantToken?: string | null;

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
