import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { CommentStatus, ProposalStatus, RoundStatus } from '@thidua/shared';
import './proposal.model.js';
import './round.model.js';

// Registered once here: other commendation models import it from this file.
registerEnumType(CommentStatus, {
  name: 'CommentStatus',
  description: 'A resident’s comment as the organiser handled it',
});

@ObjectType('PublicPostingEntry', { description: 'One line of the posted list: no personal data beyond name and unit' })
export class PublicPostingEntryModel {
  @Field(() => ID)
  proposalId: string;

  @Field()
  formName: string;

  @Field()
  recipientName: string;

  @Field()
  unitName: string;

  @Field()
  recipientDetail: string;

  @Field()
  achievements: string;

  @Field(() => ProposalStatus)
  status: ProposalStatus;

  @Field(() => String, { nullable: true, description: 'REVOKED: why' })
  revocationReason: string | null;

  @Field(() => Date, { nullable: true })
  revokedAt: Date | null;
}

@ObjectType('PublicPosting', { description: 'The publicly posted list of a round (niêm yết công khai)' })
export class PublicPostingModel {
  @Field(() => ID)
  roundId: string;

  @Field()
  wardName: string;

  @Field()
  roundName: string;

  @Field(() => RoundStatus)
  status: RoundStatus;

  @Field(() => Date, { nullable: true })
  postingStartsAt: Date | null;

  @Field(() => Date, { nullable: true })
  postingEndsAt: Date | null;

  @Field({ description: 'Where the list is also posted on paper' })
  places: string;

  @Field({ description: 'Residents may comment now' })
  commentsOpen: boolean;

  @Field(() => String, { nullable: true })
  decisionNumber: string | null;

  @Field(() => String, { nullable: true, description: 'yyyy-mm-dd' })
  decisionDate: string | null;

  @Field(() => ID, { nullable: true, description: 'The campaign whose public board the ranking is on' })
  campaignId: string | null;

  @Field(() => String, { nullable: true, description: 'Its name, for the link to the board (/board/campaign/:id)' })
  campaignName: string | null;

  @Field(() => ID, { nullable: true, description: 'The period of that campaign' })
  periodId: string | null;

  @Field(() => String, { nullable: true })
  periodName: string | null;

  @Field(() => [PublicPostingEntryModel], { description: 'In the order of the list' })
  entries: PublicPostingEntryModel[];
}

@ObjectType('PostingCommentReceipt', { description: 'The acknowledgement a resident gets' })
export class PostingCommentReceiptModel {
  @Field(() => ID)
  id: string;

  @Field()
  createdAt: Date;
}

@ObjectType('PostingComment', { description: 'A resident’s comment as the organiser sees it (contact included)' })
export class PostingCommentModel {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  roundId: string;

  @Field(() => ID, { nullable: true })
  proposalId: string | null;

  @Field(() => String, { nullable: true, description: 'The recipient of the proposal it is about' })
  recipientName: string | null;

  @Field(() => ProposalStatus, { nullable: true })
  proposalStatus: ProposalStatus | null;

  @Field()
  body: string;

  @Field(() => String, { nullable: true })
  authorName: string | null;

  @Field(() => String, { nullable: true })
  contact: string | null;

  @Field(() => CommentStatus)
  status: CommentStatus;

  @Field(() => String, { nullable: true })
  handlingNote: string | null;

  @Field(() => Date, { nullable: true })
  handledAt: Date | null;

  @Field()
  createdAt: Date;
}

@ObjectType('CommentsSummary', { description: 'The round’s comments counted by status' })
export class CommentsSummaryModel {
  @Field(() => Int)
  total: number;

  @Field(() => Int, { name: 'new' })
  fresh: number;

  @Field(() => Int)
  accepted: number;

  @Field(() => Int)
  dismissed: number;

  @Field(() => Int)
  hidden: number;
}

@ObjectType('CanDecide', { description: 'Whether the decision may be recorded now, and if not why' })
export class CanDecideModel {
  @Field()
  allowed: boolean;

  @Field(() => String, { nullable: true, description: 'The refusal reason (errors.<REASON>)' })
  reason: string | null;
}
