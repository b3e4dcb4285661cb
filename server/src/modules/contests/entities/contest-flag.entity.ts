import type { ContestFlagKind, FlagResolution } from '@thidua/shared';
import { Column, CreateDateColumn, Entity, Index, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { Attempt } from './attempt.entity.js';
import { Contest } from './contest.entity.js';
import { Entrant } from './entrant.entity.js';

/** Something for an admin to review before prizes (a flag, never a silent rejection). */
@Entity()
@Index('IDX_contest_flag_contest', ['contestId', 'createdAt'])
export class ContestFlag {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  contestId: string;

  @ManyToOne(() => Contest, { onDelete: 'CASCADE' })
  contest: Relation<Contest>;

  @Column({ type: 'uuid' })
  entrantId: string;

  @ManyToOne(() => Entrant, { onDelete: 'CASCADE' })
  entrant: Relation<Entrant>;

  @Column({ type: 'uuid', nullable: true })
  attemptId: string | null;

  @ManyToOne(() => Attempt, { onDelete: 'CASCADE', nullable: true })
  attempt: Relation<Attempt> | null;

  @Column({ type: 'varchar', length: 30 })
  kind: ContestFlagKind;

  /** Facts behind the flag (e.g. duration and answers, or the other name); never a phone number. */
  @Column({ type: 'jsonb' })
  details: Record<string, unknown>;

  @Column({ type: 'uuid', nullable: true })
  reviewedBy: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  reviewedAt: Date | null;

  @Column({ type: 'varchar', length: 20, nullable: true })
  resolution: FlagResolution | null;

  @Column({ type: 'text', nullable: true })
  resolutionNote: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
