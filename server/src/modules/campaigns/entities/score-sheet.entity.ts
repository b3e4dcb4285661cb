import type { SheetStatus } from '@thidua/shared';
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

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
