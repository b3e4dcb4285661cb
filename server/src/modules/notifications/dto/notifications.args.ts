import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { ArrayMaxSize, IsBoolean, IsInt, IsOptional, IsUUID, Max, Min } from 'class-validator';

@ArgsType()
export class MyNotificationsArgs {
  @Field({ nullable: true, defaultValue: false })
  @IsOptional()
  @IsBoolean()
  unreadOnly?: boolean;

  @Field(() => Int, { nullable: true, defaultValue: 20, description: 'Newest first, at most 100' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(100)
  first?: number;
}

@InputType()
export class MarkNotificationsReadInput {
  @Field(() => [ID], { nullable: true, description: 'These notifications (of the signed-in user only)' })
  @IsOptional()
  @ArrayMaxSize(200)
  @IsUUID('all', { each: true })
  ids?: string[];

  @Field({ nullable: true, description: 'Every unread notification of the signed-in user' })
  @IsOptional()
  @IsBoolean()
  all?: boolean;
}
