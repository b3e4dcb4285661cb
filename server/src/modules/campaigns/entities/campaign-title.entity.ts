import type { QuotaBase, QuotaRounding } from '@thidua/shared';
import { Column, Entity, Index, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { Campaign } from './campaign.entity.js';

/** A title (danh hiệu) awarded by thresholds, floors and quotas. */
@Entity()
export class CampaignTitle {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index('IDX_campaign_title_campaign')
  @Column({ type: 'uuid' })
  campaignId: string;

  @ManyToOne(() => Campaign, { onDelete: 'CASCADE' })
  campaign: Relation<Campaign>;

  /** e.g. "Tập thể lao động xuất sắc". */
  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Column({ type: 'double precision' })
  minTotal: number;

  /** Each top-level group must reach this % of its maximum. */
  @Column({ type: 'double precision', nullable: true })
  groupFloorPercent: number | null;

  /** At most this % of the quota base. */
  @Column({ type: 'double precision', nullable: true })
  quotaPercent: number | null;

  /** What the quota is a share of (published with the title). */
  @Column({ type: 'varchar', length: 20, default: 'LOWER_TITLE' })
  quotaBase: QuotaBase;

  @Column({ type: 'varchar', length: 10, default: 'FLOOR' })
  quotaRounding: QuotaRounding;

  /** At least this many units may earn it when they qualify (usually 1), whatever the percentage gives. */
  @Column({ type: 'integer', default: 1 })
  quotaMinimum: number;

  /** The form of the catalogue (commendation_form) a unit earning this title is proposed for; null: none. */
  @Column({ type: 'uuid', nullable: true })
  commendationFormId: string | null;

  /** 1 = highest title. */
  @Column({ type: 'integer' })
  rankOrder: number;
}
