import type { PeriodKind } from '@thidua/shared';
import { Column, Entity, Index, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { Campaign } from './campaign.entity.js';

/** A review period: sơ kết (interim) or tổng kết (final). Each has its own score sheets. */
@Entity()
export class CampaignPeriod {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index('IDX_campaign_period_campaign')
  @Column({ type: 'uuid' })
  campaignId: string;

  @ManyToOne(() => Campaign, { onDelete: 'CASCADE' })
  campaign: Relation<Campaign>;

  /** e.g. "Sơ kết 6 tháng". */
  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Column({ type: 'varchar', length: 10 })
  kind: PeriodKind;

  @Column({ type: 'integer', default: 0 })
  position: number;

  @Column({ type: 'date' })
  startsOn: string;

  @Column({ type: 'date' })
  endsOn: string;

  /** Units cannot edit or submit after this moment. */
  @Column({ type: 'timestamptz' })
  submissionDeadline: Date;

  /** Set when the admin publishes the period; its sheets are immutable from then on. */
  @Column({ type: 'timestamptz', nullable: true })
  publishedAt: Date | null;
}
