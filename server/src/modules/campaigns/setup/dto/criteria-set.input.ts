import { Field, ID, InputType } from '@nestjs/graphql';
import { ArrayMaxSize, IsOptional, IsUUID, Length } from 'class-validator';

@InputType()
export class CreateCriteriaSetInput {
  @Field(() => ID)
  @IsUUID()
  campaignId: string;

  @Field({ description: 'e.g. "Bộ tiêu chí khối tổ dân phố"' })
  @Length(1, 200)
  name: string;
}

@InputType()
export class RenameCriteriaSetInput {
  @Field(() => ID)
  @IsUUID()
  id: string;

  @Field()
  @Length(1, 200)
  name: string;
}

@InputType()
export class UpdateCampaignBlockInput {
  @Field(() => ID)
  @IsUUID()
  id: string;

  @Field({ nullable: true })
  @IsOptional()
  @Length(1, 200)
  name?: string;

  @Field(() => ID, {
    nullable: true,
    description: 'Khối trưởng (a unit that does the first-round review); null clears it',
  })
  @IsOptional()
  @IsUUID()
  leaderUnitId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The criteria set the block is scored by (DRAFT only)' })
  @IsOptional()
  @IsUUID()
  criteriaSetId?: string;
}

@InputType()
export class SetReviewerBlocksInput {
  @Field(() => ID)
  @IsUUID()
  campaignId: string;

  @Field(() => ID, { description: 'An active REVIEWER' })
  @IsUUID()
  userId: string;

  @Field(() => [ID], { description: 'The blocks they review; empty = every block' })
  @IsUUID('all', { each: true })
  @ArrayMaxSize(100)
  blockIds: string[];
}
