import { Field, ID, InputType } from '@nestjs/graphql';
import { IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';

@InputType()
export class RecordCommendationDecisionInput {
  @Field(() => ID)
  @IsUUID()
  roundId: string;

  @Field({ description: 'As issued, e.g. "12/QĐ-UBND"' })
  @IsString()
  @MaxLength(200)
  decisionNumber: string;

  @Field({ description: 'yyyy-mm-dd' })
  @IsString()
  @MaxLength(10)
  decisionDate: string;

  @Field({ description: 'e.g. "TM. ỦY BAN NHÂN DÂN"' })
  @IsString()
  @MaxLength(100)
  signerAuthority: string;

  @Field(() => String, { nullable: true, description: 'e.g. "KT. CHỦ TỊCH"' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  signerCapacity?: string | null;

  @Field({ description: 'e.g. "PHÓ CHỦ TỊCH"' })
  @IsString()
  @MaxLength(100)
  signerTitle: string;

  @Field()
  @IsString()
  @MaxLength(100)
  signerName: string;
}

@InputType()
export class RevokeCommendationInput {
  @Field(() => ID)
  @IsUUID()
  proposalId: string;

  @Field({ description: 'At least 10 characters; shown on the public list' })
  @IsString()
  @MaxLength(2000)
  reason: string;
}
