import type { BallotKind, CouncilRole } from '@thidua/shared';
import { Column, CreateDateColumn, Entity, Index, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { CommendationProposal } from './commendation-proposal.entity.js';
import { CommendationRound } from './commendation-round.entity.js';

/**
 * The council's meeting (cuộc họp xét) of a round: when and where, the quorum rule,
 * the members with their attendance, and the minutes' own words. One per round;
 * re-votes happen inside it.
 */
@Entity()
export class CouncilSession {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index('UQ_council_session_round', { unique: true })
  @Column({ type: 'uuid' })
  roundId: string;

  @ManyToOne(() => CommendationRound, { onDelete: 'CASCADE' })
  round: Relation<CommendationRound>;

  @Column({ type: 'timestamptz' })
  heldAt: Date;

  @Column({ type: 'varchar', length: 200, default: '' })
  location: string;

  /** Quorum: present ≥ members × numerator ÷ denominator (2/3 by default). */
  @Column({ type: 'integer', default: 2 })
  quorumNumerator: number;

  @Column({ type: 'integer', default: 3 })
  quorumDenominator: number;

  /** What the minutes say besides the counts (ý kiến thảo luận, kết luận). */
  @Column({ type: 'text', default: '' })
  minutesNote: string;

  @Column({ type: 'timestamptz', nullable: true })
  closedAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}

@Entity()
export class CouncilMember {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index('IDX_council_member_session')
  @Column({ type: 'uuid' })
  sessionId: string;

  @ManyToOne(() => CouncilSession, { onDelete: 'CASCADE' })
  session: Relation<CouncilSession>;

  @Column({ type: 'varchar', length: 100 })
  fullName: string;

  /** Their office, e.g. "Phó Chủ tịch UBND phường". */
  @Column({ type: 'varchar', length: 200, default: '' })
  position: string;

  @Column({ type: 'varchar', length: 16 })
  role: CouncilRole;

  @Column({ type: 'boolean', default: false })
  present: boolean;

  @Column({ type: 'integer', default: 0 })
  sortOrder: number;
}

/** One vote of the council on one proposal, recorded as counts; a re-vote is attempt 2, 3… with a reason. */
@Entity()
@Index('UQ_council_vote_attempt', ['proposalId', 'attempt'], { unique: true })
export class CouncilVote {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index('IDX_council_vote_session')
  @Column({ type: 'uuid' })
  sessionId: string;

  @ManyToOne(() => CouncilSession, { onDelete: 'CASCADE' })
  session: Relation<CouncilSession>;

  @Column({ type: 'uuid' })
  proposalId: string;

  @ManyToOne(() => CommendationProposal, { onDelete: 'CASCADE' })
  proposal: Relation<CommendationProposal>;

  @Column({ type: 'integer', default: 1 })
  attempt: number;

  @Column({ type: 'varchar', length: 8 })
  ballot: BallotKind;

  @Column({ type: 'integer' })
  present: number;

  @Column({ type: 'integer' })
  approve: number;

  @Column({ type: 'integer' })
  against: number;

  @Column({ type: 'integer', default: 0 })
  abstain: number;

  /** The threshold applied (% of the members present), copied from the form when voted. */
  @Column({ type: 'double precision' })
  thresholdPercent: number;

  @Column({ type: 'boolean' })
  passed: boolean;

  /** Required for a re-vote: why the council voted again. */
  @Column({ type: 'text', nullable: true })
  reason: string | null;

  @Column({ type: 'uuid', nullable: true })
  recordedBy: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  recordedAt: Date;
}
