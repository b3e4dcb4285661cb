import type {
  AnswerKeyReveal,
  ContestStatus,
  CountingAttempt,
  Difficulty,
  IdentityMode,
  ParticipationBasis,
  PredictionKind,
  RankingCriterion,
  UnitPrizeConfig,
} from '@thidua/shared';
import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/** "Draw `count` published questions of this section / tag / difficulty" — the shape of content's quiz draw rules. */
export interface ContestDrawRule {
  sectionId: string | null;
  tag: string | null;
  difficulty: Difficulty | null;
  count: number;
}

/**
 * An online contest (cuộc thi trắc nghiệm trực tuyến): self-paced attempts over
 * rounds. Once OPEN, what decides rankings (draw rules, counting attempt, prediction,
 * ranking chain, prizes) is published and no longer changes.
 */
@Entity()
@Check('CHK_contest_limits', '"time_limit_seconds" > 0 AND "attempts_per_round" > 0 AND "questions_per_attempt" > 0')
export class Contest {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 200 })
  title: string;

  /** The short link a resident can type (/c/<slug>): unique, made from the title, editable by staff. */
  @Index('UQ_contest_slug', { unique: true })
  @Column({ type: 'varchar', length: 60 })
  slug: string;

  /** Thể lệ: shown before registration. */
  @Column({ type: 'text', default: '' })
  rulesText: string;

  @Column({ type: 'varchar', length: 10 })
  status: ContestStatus;

  /** Units whose people may enter (with their sub-units); empty = every unit. */
  @Column({ type: 'uuid', array: true, default: () => "'{}'" })
  eligibleUnitIds: string[];

  @Column({ type: 'jsonb' })
  drawRules: ContestDrawRule[];

  /** The sum of the draw rules' counts. */
  @Column({ type: 'integer' })
  questionsPerAttempt: number;

  @Column({ type: 'boolean', default: true })
  shuffleOptions: boolean;

  @Column({ type: 'integer' })
  timeLimitSeconds: number;

  @Column({ type: 'integer' })
  attemptsPerRound: number;

  @Column({ type: 'varchar', length: 10 })
  countingAttempt: CountingAttempt;

  @Column({ type: 'varchar', length: 20 })
  predictionKind: PredictionKind;

  @Column({ type: 'jsonb' })
  rankingChain: RankingCriterion[];

  @Column({ type: 'jsonb' })
  unitPrize: UnitPrizeConfig;

  /** Who may enter: anyone (OPEN), roster persons first with guests marked, or roster persons only. */
  @Column({ type: 'varchar', length: 20, default: 'OPEN' })
  identityMode: IdentityMode;

  /** The population kind unit rates divide by; null = each unit's main kind. */
  @Column({ type: 'varchar', length: 30, nullable: true })
  populationKind: string | null;

  /** When an entrant sees the correct answers of their attempt (default: once the round has closed). */
  @Column({ type: 'varchar', length: 30, default: 'AFTER_ROUND_CLOSES' })
  answerKeyReveal: AnswerKeyReveal;

  /** VERIFIED, or BEFORE_ROSTERS for contests created before rosters (they keep their numbers). */
  @Column({ type: 'varchar', length: 20, default: 'VERIFIED' })
  participationBasis: ParticipationBasis;

  @Column({ type: 'boolean', default: false })
  isDemo: boolean;

  @Column({ type: 'uuid', nullable: true })
  createdBy: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
