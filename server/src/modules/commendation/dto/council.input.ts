import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { BallotKind, CouncilRole } from '@thidua/shared';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsBoolean,
  IsDate,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import '../models/council.model.js';

@InputType()
export class CouncilMemberInput {
  @Field()
  @IsString()
  @MaxLength(500)
  fullName: string;

  @Field({ defaultValue: '', description: 'Their office, e.g. "Phó Chủ tịch UBND phường"' })
  @IsString()
  @MaxLength(1000)
  position: string;

  @Field(() => CouncilRole)
  @IsIn(Object.values(CouncilRole))
  role: CouncilRole;

  @Field({ defaultValue: false })
  @IsBoolean()
  present: boolean;
}

@InputType()
export class OpenCouncilSessionInput {
  @Field(() => ID)
  @IsUUID()
  roundId: string;

  @Field()
  @Type(() => Date)
  @IsDate()
  heldAt: Date;

  @Field({ defaultValue: '' })
  @IsString()
  @MaxLength(1000)
  location: string;

  @Field(() => Int, {
    nullable: true,
    description: 'Quorum: present ≥ members × numerator ÷ denominator (2/3 by default)',
  })
  @IsOptional()
  @IsInt()
  quorumNumerator?: number | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  quorumDenominator?: number | null;

  @Field(() => [CouncilMemberInput])
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => CouncilMemberInput)
  members: CouncilMemberInput[];
}

@InputType()
export class UpdateCouncilSessionInput {
  @Field(() => ID)
  @IsUUID()
  sessionId: string;

  @Field(() => Date, { nullable: true })
  @IsOptional()
  @Type(() => Date)
  @IsDate()
  heldAt?: Date | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  location?: string | null;

  @Field(() => String, { nullable: true, description: 'The minutes’ own words: discussion, conclusion' })
  @IsOptional()
  @IsString()
  @MaxLength(20000)
  minutesNote?: string | null;
}

@InputType()
export class SetCouncilAttendanceInput {
  @Field(() => ID)
  @IsUUID()
  memberId: string;

  @Field()
  @IsBoolean()
  present: boolean;
}

@InputType()
export class RecordCouncilVoteInput {
  @Field(() => ID)
  @IsUUID()
  proposalId: string;

  @Field(() => BallotKind)
  @IsIn(Object.values(BallotKind))
  ballot: BallotKind;

  @Field(() => Int, { description: 'Members present at the vote: the members marked present' })
  @IsInt()
  present: number;

  @Field(() => Int)
  @IsInt()
  approve: number;

  @Field(() => Int)
  @IsInt()
  against: number;

  @Field(() => Int, { defaultValue: 0, description: 'Abstentions, blank or spoilt ballots' })
  @IsInt()
  abstain: number;

  @Field(() => String, { nullable: true, description: 'Required for a re-vote' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  reason?: string | null;
}
