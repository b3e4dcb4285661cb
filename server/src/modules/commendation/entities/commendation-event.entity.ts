import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * One step of a commendation round: who, when, what, the figures, why. Written in the
 * transaction of the change and never updated: it is what an inquiry into a revoked
 * title reads. No foreign keys on purpose: the trail outlives what it describes.
 */
@Entity()
@Index('IDX_commendation_event_round_at', ['roundId', 'at'])
export class CommendationEvent {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid', nullable: true })
  roundId: string | null;

  @Column({ type: 'uuid', nullable: true })
  proposalId: string | null;

  /** null: the system (seeding). */
  @Column({ type: 'uuid', nullable: true })
  actorId: string | null;

  /** e.g. FORM_UPDATED, ROUND_CREATED, PROPOSAL_ADDED, CONDITION_CONFIRMED, VOTE_RECORDED, POSTING_STARTED, COMMENT_HANDLED, DECISION_RECORDED, PROPOSAL_REVOKED. */
  @Column({ type: 'varchar', length: 40 })
  action: string;

  @Column({ type: 'jsonb', nullable: true })
  detail: unknown;

  @Column({ type: 'text', nullable: true })
  reason: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  at: Date;
}
