import { Field, ID, InputType } from '@nestjs/graphql';
import { CommentStatus } from '@thidua/shared';
import { Type } from 'class-transformer';
import { IsBoolean, IsDate, IsIn, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import '../models/posting.model.js';

@InputType()
export class StartPostingInput {
  @Field(() => ID)
  @IsUUID()
  roundId: string;

  @Field(() => Date, { nullable: true, description: 'When the posting began (now by default; at most 30 days back)' })
  @IsOptional()
  @Type(() => Date)
  @IsDate()
  startsAt?: Date | null;

  @Field({ description: 'Where the list is also posted on paper' })
  @IsString()
  @MaxLength(1000)
  places: string;
}

// Lengths are checked by the service (COMMENT_INVALID), so the limits here only bound the request.
@InputType()
export class SubmitPostingCommentInput {
  @Field(() => ID)
  @IsUUID()
  roundId: string;

  @Field(() => ID, { nullable: true, description: 'The proposal the comment is about, if any' })
  @IsOptional()
  @IsUUID()
  proposalId?: string | null;

  @Field({ description: '5–2,000 characters' })
  @IsString()
  @MaxLength(20000)
  body: string;

  @Field(() => String, { nullable: true, description: 'At most 100 characters' })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  authorName?: string | null;

  @Field(() => String, { nullable: true, description: 'A phone or e-mail, seen by the organiser only (≤ 120)' })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  contact?: string | null;
}

export const HANDLED_STATUSES = ['ACCEPTED', 'DISMISSED', 'HIDDEN'] as const;

@InputType()
export class HandlePostingCommentInput {
  @Field(() => ID)
  @IsUUID()
  commentId: string;

  @Field(() => CommentStatus, { description: 'ACCEPTED, DISMISSED or HIDDEN' })
  @IsIn(HANDLED_STATUSES)
  status: CommentStatus;

  @Field({ description: 'How it was handled (required)' })
  @IsString()
  @MaxLength(2000)
  handlingNote: string;

  @Field(() => Boolean, { nullable: true, description: 'ACCEPTED: withdraw the proposal the comment is about' })
  @IsOptional()
  @IsBoolean()
  withdrawProposal?: boolean | null;
}
