import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { BallotKind, CouncilRole, ProposalStatus } from '@thidua/shared';
import './proposal.model.js';

// Registered once here: other commendation models import them from this file.
registerEnumType(BallotKind, { name: 'BallotKind', description: 'Open (giơ tay) or secret ballot (bỏ phiếu kín)' });
registerEnumType(CouncilRole, {
  name: 'CouncilRole',
  description: 'Chủ tịch, Phó Chủ tịch, Ủy viên thường trực, Ủy viên, Thư ký',
});

@ObjectType('CouncilMember')
export class CouncilMemberModel {
  @Field(() => ID)
  id: string;

  @Field()
  fullName: string;

  @Field()
  position: string;

  @Field(() => CouncilRole)
  role: CouncilRole;

  @Field()
  present: boolean;

  @Field(() => Int)
  sortOrder: number;
}

@ObjectType('CouncilVote', { description: 'One vote of the council on one proposal (attempt 2, 3… are re-votes)' })
export class CouncilVoteModel {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  proposalId: string;

  @Field(() => Int)
  attempt: number;

  @Field(() => BallotKind)
  ballot: BallotKind;

  @Field(() => Int)
  present: number;

  @Field(() => Int)
  approve: number;

  @Field(() => Int)
  against: number;

  @Field(() => Int)
  abstain: number;

  @Field(() => Float, { description: 'The threshold applied, % of the members present' })
  thresholdPercent: number;

  @Field(() => Float, { description: 'Approvals as % of the members present' })
  approvalPercent: number;

  @Field()
  passed: boolean;

  @Field(() => String, { nullable: true })
  reason: string | null;

  @Field()
  recordedAt: Date;
}

@ObjectType('CouncilVoteResult', { description: 'The vote recorded and where the proposal stands after it' })
export class CouncilVoteResultModel {
  @Field(() => CouncilVoteModel)
  vote: CouncilVoteModel;

  @Field(() => ProposalStatus)
  proposalStatus: ProposalStatus;
}

@ObjectType('CouncilSession', { description: 'The council’s meeting of a round: members, attendance, quorum, votes' })
export class CouncilSessionModel {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  roundId: string;

  @Field()
  heldAt: Date;

  @Field()
  location: string;

  @Field(() => Int)
  quorumNumerator: number;

  @Field(() => Int)
  quorumDenominator: number;

  @Field()
  minutesNote: string;

  @Field(() => Date, { nullable: true, description: 'Set when the posting starts' })
  closedAt: Date | null;

  @Field(() => [CouncilMemberModel], { description: 'In the order entered' })
  members: CouncilMemberModel[];

  @Field(() => Int, { description: 'The fewest members present for a quorum' })
  quorumRequired: number;

  @Field(() => Int, { description: 'Members marked present' })
  presentCount: number;

  @Field()
  hasQuorum: boolean;

  @Field(() => [CouncilVoteModel], { description: 'Every vote, re-votes included, oldest first' })
  votes: CouncilVoteModel[];
}
