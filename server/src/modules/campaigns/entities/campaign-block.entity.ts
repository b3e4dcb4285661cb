import { Column, Entity, Index, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { Unit } from '../../units/entities/unit.entity.js';
import { Campaign } from './campaign.entity.js';
import { CriteriaSet } from './criteria-set.entity.js';

/** A block (khối thi đua): comparable units ranked against each other. */
@Entity()
export class CampaignBlock {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index('IDX_campaign_block_campaign')
  @Column({ type: 'uuid' })
  campaignId: string;

  @ManyToOne(() => Campaign, { onDelete: 'CASCADE' })
  campaign: Relation<Campaign>;

  @Column({ type: 'varchar', length: 200 })
  name: string;

  /** The block leader (khối trưởng) unit, which first reviews the block. */
  @Column({ type: 'uuid', nullable: true })
  leaderUnitId: string | null;

  @ManyToOne(() => Unit, { onDelete: 'SET NULL', nullable: true })
  leaderUnit: Relation<Unit> | null;

  /** The criteria set its units are scored by. */
  @Column({ type: 'uuid' })
  criteriaSetId: string;

  @ManyToOne(() => CriteriaSet, { onDelete: 'RESTRICT' })
  criteriaSet: Relation<CriteriaSet>;

  @Column({ type: 'integer', default: 0 })
  position: number;
}

/** A member unit of a block. A unit is in at most one block per campaign. */
@Entity()
@Index('UQ_campaign_block_unit_campaign_unit', ['campaignId', 'unitId'], { unique: true })
export class CampaignBlockUnit {
  @PrimaryColumn({ type: 'uuid' })
  blockId: string;

  @PrimaryColumn({ type: 'uuid' })
  unitId: string;

  @Column({ type: 'uuid' })
  campaignId: string;

  @ManyToOne(() => CampaignBlock, { onDelete: 'CASCADE' })
  block: Relation<CampaignBlock>;

  @ManyToOne(() => Unit, { onDelete: 'RESTRICT' })
  unit: Relation<Unit>;

  @ManyToOne(() => Campaign, { onDelete: 'CASCADE' })
  campaign: Relation<Campaign>;
}
