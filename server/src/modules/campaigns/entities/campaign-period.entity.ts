import type { LateRule, PeriodKind } from '@thidua/shared';
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

  /** Units cannot edit or submit after this moment (or their own extension, or a return's reply window). */
  @Column({ type: 'timestamptz' })
  submissionDeadline: Date;

  /** What a late submission costs; published with the period. */
  @Column({ type: 'jsonb', default: { kind: 'NONE' } })
  lateRule: LateRule;

  /** Days a unit has to answer a return (giải trình), even past the deadline. */
  @Column({ type: 'integer', default: 3 })
  replyDays: number;

  /**
   * The quota bases, frozen when the council step starts (or at publishing at the
   * latest): by block id, then title id, the number of units the quota is a share of.
   */
  @Column({ type: 'jsonb', nullable: true })
  quotaBases: Record<string, Record<string, number>> | null;

  @Column({ type: 'timestamptz', nullable: true })
  quotaFrozenAt: Date | null;

  /** Set when the admin publishes the period; its sheets are immutable from then on. */
  @Column({ type: 'timestamptz', nullable: true })
  publishedAt: Date | null;
}
