import { Column, Entity, Index, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { ContestRound } from './contest-round.entity.js';
import { Entrant } from './entrant.entity.js';

/** One drawn question of an attempt: the published version and the option order this attempt shows. */
export interface AttemptQuestion {
  versionId: string;
  /** Option ids in display order (empty for NUMERIC). */
  optionOrder: string[];
}

/**
 * One sitting (lượt thi). The server is the clock: `deadlineAt` is set at start from
 * the server's time; saves and submissions after it (plus a small grace) are refused
 * and the attempt is closed with what was saved.
 */
@Entity()
@Index('IDX_attempt_entrant_round', ['entrantId', 'roundId'])
@Index('IDX_attempt_open_deadline', ['deadlineAt'], { where: '"submitted_at" IS NULL' })
export class Attempt {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  entrantId: string;

  @ManyToOne(() => Entrant, { onDelete: 'CASCADE' })
  entrant: Relation<Entrant>;

  @Index('IDX_attempt_round')
  @Column({ type: 'uuid' })
  roundId: string;

  @ManyToOne(() => ContestRound, { onDelete: 'CASCADE' })
  round: Relation<ContestRound>;

  @Column({ type: 'jsonb' })
  questions: AttemptQuestion[];

  @Column({ type: 'integer' })
  questionCount: number;

  @Column({ type: 'timestamptz' })
  startedAt: Date;

  @Column({ type: 'timestamptz' })
  deadlineAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  submittedAt: Date | null;

  /** Closed by the server (deadline passed) rather than submitted by the entrant. */
  @Column({ type: 'boolean', default: false })
  autoClosed: boolean;

  @Column({ type: 'integer', nullable: true })
  score: number | null;

  @Column({ type: 'integer', nullable: true })
  maxScore: number | null;

  @Column({ type: 'integer', nullable: true })
  correctCount: number | null;

  @Column({ type: 'integer', nullable: true })
  durationMs: number | null;

  @Column({ type: 'integer', nullable: true })
  prediction: number | null;

  /** sha256 of the attempt token kept by the device that started it. */
  @Index('UQ_attempt_device_token', { unique: true })
  @Column({ type: 'char', length: 64 })
  deviceTokenHash: string;

  /** Kinds of the flags raised on this attempt, e.g. ["IMPLAUSIBLE_TIMING"]. */
  @Column({ type: 'jsonb', default: () => "'[]'" })
  flags: string[];
}
