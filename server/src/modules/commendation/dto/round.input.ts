import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min } from 'class-validator';

@InputType()
export class CreateCommendationRoundInput {
  @Field({ description: 'e.g. "Khen thưởng tổng kết phong trào thi đua năm 2026"' })
  @IsString()
  @MaxLength(200)
  name: string;

  @Field(() => ID, { nullable: true, description: 'The campaign whose ranking the collectives come from' })
  @IsOptional()
  @IsUUID()
  campaignId?: string | null;

  @Field(() => ID, { nullable: true, description: 'A period of that campaign' })
  @IsOptional()
  @IsUUID()
  periodId?: string | null;

  @Field(() => Int, { description: 'The year the titles are for' })
  @IsInt()
  @Min(2000)
  @Max(2100)
  year: number;
}
