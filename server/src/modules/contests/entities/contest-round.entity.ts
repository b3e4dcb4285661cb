import { Check, Column, Entity, Index, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { Contest } from './contest.entity.js';

/** A round (đợt thi, often a week): attempts per round are capped, rankings and prizes are per round. */
@Entity()
@Check('CHK_contest_round_window', '"ends_at" > "starts_at"')
export class ContestRound {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index('IDX_contest_round_contest')
  @Column({ type: 'uuid' })
  contestId: string;

  @ManyToOne(() => Contest, { onDelete: 'CASCADE' })
  contest: Relation<Contest>;

  @Column({ type: 'varchar', length: 100 })
  name: string;

  @Column({ type: 'timestamptz' })
  startsAt: Date;

  @Column({ type: 'timestamptz' })
  endsAt: Date;

  /** The public board stops showing new submissions of this round from here until publication. */
  @Column({ type: 'timestamptz', nullable: true })
  frozenAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  publishedAt: Date | null;
}
