import { Column, Entity, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { User } from '../../users/entities/user.entity.js';
import { CampaignBlock } from './campaign-block.entity.js';
import { Campaign } from './campaign.entity.js';

/**
 * A ward reviewer scoped to blocks of a campaign: a reviewer with rows here sees and
 * reviews only those blocks; a reviewer with none, every block.
 */
@Entity()
export class CampaignReviewerBlock {
  @PrimaryColumn({ type: 'uuid' })
  userId: string;

  @PrimaryColumn({ type: 'uuid' })
  blockId: string;

  @Column({ type: 'uuid' })
  campaignId: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  user: Relation<User>;

  @ManyToOne(() => CampaignBlock, { onDelete: 'CASCADE' })
  block: Relation<CampaignBlock>;

  @ManyToOne(() => Campaign, { onDelete: 'CASCADE' })
  campaign: Relation<Campaign>;
}
