import { Column, Entity, Index, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { Campaign } from './campaign.entity.js';

/**
 * A criteria set (bộ tiêu chí) of a campaign: one indicator tree. Each block scores
 * by one set (schools, TDPs and departments by their own), while the campaign keeps
 * one board and one sơ kết across blocks. Every set totals the campaign's points.
 */
@Entity()
export class CriteriaSet {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index('IDX_criteria_set_campaign')
  @Column({ type: 'uuid' })
  campaignId: string;

  @ManyToOne(() => Campaign, { onDelete: 'CASCADE' })
  campaign: Relation<Campaign>;

  /** e.g. "Bộ tiêu chí khối tổ dân phố". */
  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Column({ type: 'integer', default: 0 })
  position: number;
}
