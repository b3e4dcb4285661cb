import { Field, InputType, Int } from '@nestjs/graphql';
import { IsDate, IsIn, IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { SIGN_IN_OUTCOMES, type SignInOutcome } from '../entities/sign-in-event.entity.js';
import { SignInOutcomeEnum } from '../models/sign-in-event.model.js';

@InputType()
export class SignInEventsFilter {
  @Field({ nullable: true, description: 'Usernames containing this text' })
  @IsOptional()
  @IsString()
  @MaxLength(60)
  username?: string;

  @Field({ nullable: true, description: 'Addresses starting with this text' })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  address?: string;

  @Field(() => SignInOutcomeEnum, { nullable: true })
  @IsOptional()
  @IsIn(SIGN_IN_OUTCOMES)
  outcome?: SignInOutcome;

  @Field({ nullable: true, description: 'At or after this time' })
  @IsOptional()
  @IsDate()
  from?: Date;

  @Field({ nullable: true, description: 'Before this time' })
  @IsOptional()
  @IsDate()
  to?: Date;

  @Field(() => Int, { nullable: true, description: 'At most 200; 50 by default' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(200)
  limit?: number;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0)
  offset?: number;
}
