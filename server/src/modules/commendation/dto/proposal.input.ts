import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsBoolean, IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min } from 'class-validator';

@InputType()
export class AddCommendationProposalInput {
  @Field(() => ID)
  @IsUUID()
  roundId: string;

  @Field(() => ID)
  @IsUUID()
  formId: string;

  @Field(() => ID, { description: 'The collective, or the unit whose roster lists the person' })
  @IsUUID()
  unitId: string;

  @Field(() => ID, { nullable: true, description: 'For an individual form: a person on the roster of the unit' })
  @IsOptional()
  @IsUUID()
  personId?: string | null;

  @Field(() => String, { nullable: true, description: 'The line under the name; default: the person’s unit' })
  @IsOptional()
  @IsString()
  @MaxLength(300)
  recipientDetail?: string | null;

  @Field(() => String, { nullable: true, description: 'Empty: drafted from the ranking or the person’s record' })
  @IsOptional()
  @IsString()
  @MaxLength(4000)
  achievements?: string | null;
}

@InputType()
export class UpdateCommendationProposalInput {
  @Field(() => ID)
  @IsUUID()
  id: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(4000)
  achievements?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(300)
  recipientDetail?: string | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(1_000_000)
  position?: number | null;
}

@InputType()
export class ConfirmProposalConditionInput {
  @Field(() => ID)
  @IsUUID()
  proposalId: string;

  @Field()
  @IsString()
  @MaxLength(40)
  conditionId: string;

  @Field({ description: 'Met (true) or not met (false)' })
  @IsBoolean()
  confirmed: boolean;

  @Field({ description: 'A note, a document number, a link; required when the condition asks for evidence' })
  @IsString()
  @MaxLength(1000)
  evidence: string;
}
