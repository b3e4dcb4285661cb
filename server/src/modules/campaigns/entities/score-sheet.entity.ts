import type { SheetMark, SheetStatus } from '@thidua/shared';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  type Relation,
} from 'typeorm';
import { Unit } from '../../units/entities/unit.entity.js';
import { CampaignPeriod } from './campaign-period.entity.js';
import { Campaign } from './campaign.entity.js';

/** A unit's score sheet (bảng tự chấm) for one period. */
@Entity()
@Index('UQ_score_sheet_period_unit', ['periodId', 'unitId'], { unique: true })
export class ScoreSheet {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index('IDX_score_sheet_campaign')
  @Column({ type: 'uuid' })
  campaignId: string;

  @ManyToOne(() => Campaign, { onDelete: 'CASCADE' })
  campaign: Relation<Campaign>;

  @Column({ type: 'uuid' })
  periodId: string;

  @ManyToOne(() => CampaignPeriod, { onDelete: 'CASCADE' })
  period: Relation<CampaignPeriod>;

  @Index('IDX_score_sheet_unit')
  @Column({ type: 'uuid' })
  unitId: string;

  @ManyToOne(() => Unit, { onDelete: 'RESTRICT' })
  unit: Relation<Unit>;

  @Column({ type: 'varchar', length: 20, default: 'DRAFT' })
  status: SheetStatus;

  @Column({ type: 'timestamptz', nullable: true })
  submittedAt: Date | null;

  @Column({ type: 'uuid', nullable: true })
  submittedBy: string | null;

  /** The block leader's first-round review (khối trưởng thẩm định). */
  @Column({ type: 'timestamptz', nullable: true })
  firstReviewedAt: Date | null;

  @Column({ type: 'uuid', nullable: true })
  firstReviewedBy: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  approvedAt: Date | null;

  @Column({ type: 'uuid', nullable: true })
  approvedBy: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  publishedAt: Date | null;

  /** Why the reviewer returned it (latest return). */
  @Column({ type: 'text', nullable: true })
  returnReason: string | null;

  /** The unit's answer to the return (giải trình), given when resubmitting. */
  @Column({ type: 'text', nullable: true })
  explanation: string | null;

  /** This unit's own deadline, extended with a reason; null: the period's. */
  @Column({ type: 'timestamptz', nullable: true })
  deadlineOverride: Date | null;

  /** Set by a return: the unit may answer until then, even past its deadline. */
  @Column({ type: 'timestamptz', nullable: true })
  replyDueAt: Date | null;

  /** Started days between the unit's deadline and its (first) submission; 0 when on time. */
  @Column({ type: 'integer', default: 0 })
  lateDays: number;

  /** A reviewer entered (part of) the sheet on the unit's behalf; the sheet says so. */
  @Column({ type: 'boolean', default: false })
  enteredOnBehalf: boolean;

  /** Taken out of the ranking with a reason (không nộp / không xét); publishing does not wait for it. */
  @Column({ type: 'varchar', length: 20, nullable: true })
  mark: SheetMark | null;

  @Column({ type: 'text', nullable: true })
  markReason: string | null;

  @Column({ type: 'uuid', nullable: true })
  markedBy: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  markedAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
