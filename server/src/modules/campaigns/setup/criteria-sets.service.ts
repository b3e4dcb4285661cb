import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { normalizeText } from '@thidua/shared';
import { DataSource, In } from 'typeorm';
import type { AuthUser } from '../../../common/auth/auth-user.js';
import { Unit } from '../../units/entities/unit.entity.js';
import { User } from '../../users/entities/user.entity.js';
import { CampaignsError } from '../campaigns.errors.js';
import { CampaignBlock } from '../entities/campaign-block.entity.js';
import { CriteriaSet } from '../entities/criteria-set.entity.js';
import { CampaignReviewerBlock } from '../entities/reviewer-block.entity.js';
import { recordAudit } from '../sheets/audit-trail.js';
import { criteriaSetOf, loadDefinition } from './campaign-definition.js';
import { requireDraft } from './campaign-setup-rules.js';
import { CampaignsService } from './campaigns.service.js';
import type {
  CreateCriteriaSetInput,
  RenameCriteriaSetInput,
  SetReviewerBlocksInput,
  UpdateCampaignBlockInput,
} from './dto/criteria-set.input.js';
import type { CampaignModel } from './models/campaign.model.js';
import type { ReviewerBlockScopeModel } from './models/setup-results.model.js';

/**
 * Criteria sets (bộ tiêu chí) of a campaign and who uses them: each block is scored by
 * one set; sets change while the campaign is a DRAFT. Also a block's own settings
 * (name, leader, set) and the reviewers' block scopes. Every change is audited.
 */
@Injectable()
export class CriteriaSetsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly campaigns: CampaignsService,
  ) {}

  async create(actor: AuthUser, input: CreateCriteriaSetInput): Promise<CampaignModel> {
    await this.dataSource.transaction(async (manager) => {
      const d = await loadDefinition(manager, input.campaignId);
      requireDraft(d.campaign);
      const name = normalizeText(input.name);
      const position = Math.max(-1, ...d.criteriaSets.map((s) => s.position)) + 1;
      await manager.insert(CriteriaSet, { campaignId: d.campaign.id, name, position });
      await recordAudit(manager, [
        {
          campaignId: d.campaign.id,
          actorId: actor.id,
          action: 'CAMPAIGN_UPDATED',
          field: 'criteriaSet',
          newValue: { name },
        },
      ]);
    });
    return this.campaigns.get(input.campaignId);
  }

  async rename(actor: AuthUser, input: RenameCriteriaSetInput): Promise<CampaignModel> {
    const campaignId = await this.dataSource.transaction(async (manager) => {
      const set = await this.findSet(manager, input.id);
      requireDraft((await loadDefinition(manager, set.campaignId)).campaign);
      const name = normalizeText(input.name);
      await manager.update(CriteriaSet, set.id, { name });
      await recordAudit(manager, [
        {
          campaignId: set.campaignId,
          actorId: actor.id,
          action: 'CAMPAIGN_UPDATED',
          field: 'criteriaSet.name',
          oldValue: set.name,
          newValue: name,
        },
      ]);
      return set.campaignId;
    });
    return this.campaigns.get(campaignId);
  }

  /** Deletes a set and its tree; a set a block uses, or the campaign's last one, stays. */
  async delete(actor: AuthUser, id: string): Promise<CampaignModel> {
    const campaignId = await this.dataSource.transaction(async (manager) => {
      const set = await this.findSet(manager, id);
      const d = await loadDefinition(manager, set.campaignId);
      requireDraft(d.campaign);
      const users = d.blocks.filter((b) => b.block.criteriaSetId === set.id).map((b) => b.block.name);
      if (users.length > 0) {
        throw new CampaignsError('CRITERIA_SET_IN_USE', `The set is used by ${users.join(', ')}`, { blocks: users });
      }
      if (d.criteriaSets.length === 1) {
        throw new CampaignsError('CRITERIA_SET_IN_USE', 'A campaign keeps at least one criteria set');
      }
      await manager.delete(CriteriaSet, set.id);
      await recordAudit(manager, [
        {
          campaignId: set.campaignId,
          actorId: actor.id,
          action: 'CAMPAIGN_UPDATED',
          field: 'criteriaSet',
          oldValue: { name: set.name },
        },
      ]);
      return set.campaignId;
    });
    return this.campaigns.get(campaignId);
  }

  /**
   * A block's name and leader (khối trưởng) change until results are published; its
   * criteria set only while the campaign is a DRAFT (sheets are made from it at launch).
   */
  async updateBlock(actor: AuthUser, input: UpdateCampaignBlockInput): Promise<CampaignModel> {
    const campaignId = await this.dataSource.transaction(async (manager) => {
      const block = await manager.findOneBy(CampaignBlock, { id: input.id });
      if (!block) throw new CampaignsError('INVALID_TRANSITION', 'No such block');
      const d = await loadDefinition(manager, block.campaignId);
      const changes: Partial<CampaignBlock> = {};
      if (input.name !== undefined) changes.name = normalizeText(input.name);
      if (input.leaderUnitId !== undefined) {
        if (d.periods.some((p) => p.publishedAt)) {
          throw new CampaignsError('RULES_LOCKED', 'The block leader reviewed published results: it stays');
        }
        if (input.leaderUnitId && !(await manager.existsBy(Unit, { id: input.leaderUnitId }))) {
          throw new CampaignsError('UNIT_NOT_FOUND', 'The leader unit does not exist');
        }
        changes.leaderUnitId = input.leaderUnitId;
      }
      if (input.criteriaSetId !== undefined) {
        requireDraft(d.campaign);
        changes.criteriaSetId = criteriaSetOf(d, input.criteriaSetId).id;
      }
      if (Object.keys(changes).length === 0) return block.campaignId;
      const old = Object.fromEntries(Object.keys(changes).map((k) => [k, block[k as keyof CampaignBlock]]));
      await manager.update(CampaignBlock, block.id, changes);
      await recordAudit(manager, [
        {
          campaignId: block.campaignId,
          actorId: actor.id,
          action: 'CAMPAIGN_UPDATED',
          field: `block:${block.name}`,
          oldValue: old,
          newValue: changes,
        },
      ]);
      return block.campaignId;
    });
    return this.campaigns.get(campaignId);
  }

  /** Scopes a reviewer to blocks of the campaign (empty: every block); the user must be an active REVIEWER. */
  async setReviewerBlocks(actor: AuthUser, input: SetReviewerBlocksInput): Promise<ReviewerBlockScopeModel[]> {
    const blockIds = [...new Set(input.blockIds)];
    await this.dataSource.transaction(async (manager) => {
      const d = await loadDefinition(manager, input.campaignId);
      const user = await manager.findOneBy(User, { id: input.userId });
      if (!user || user.role !== 'REVIEWER' || !user.active) {
        throw new CampaignsError('INVALID_TRANSITION', 'Only an active reviewer can be scoped to blocks');
      }
      const known = new Set(d.blocks.map((b) => b.block.id));
      if (blockIds.some((id) => !known.has(id))) {
        throw new CampaignsError('BLOCK_OUT_OF_SCOPE', 'A block is not a block of this campaign');
      }
      const before = await manager.findBy(CampaignReviewerBlock, { campaignId: d.campaign.id, userId: user.id });
      await manager.delete(CampaignReviewerBlock, { campaignId: d.campaign.id, userId: user.id });
      if (blockIds.length > 0) {
        await manager.insert(
          CampaignReviewerBlock,
          blockIds.map((blockId) => ({ campaignId: d.campaign.id, userId: user.id, blockId })),
        );
      }
      const nameOf = new Map(d.blocks.map((b) => [b.block.id, b.block.name]));
      await recordAudit(manager, [
        {
          campaignId: d.campaign.id,
          actorId: actor.id,
          action: 'CAMPAIGN_UPDATED',
          field: `reviewerBlocks:${user.username}`,
          oldValue: before.map((r) => nameOf.get(r.blockId) ?? r.blockId),
          newValue: blockIds.map((id) => nameOf.get(id) ?? id),
        },
      ]);
    });
    return this.reviewerScopes(input.campaignId);
  }

  /** Every active reviewer with their blocks in this campaign (empty: every block). */
  async reviewerScopes(campaignId: string): Promise<ReviewerBlockScopeModel[]> {
    const manager = this.dataSource.manager;
    const [reviewers, rows] = await Promise.all([
      manager.find(User, { where: { role: In(['REVIEWER']), active: true }, order: { displayName: 'ASC' } }),
      manager.findBy(CampaignReviewerBlock, { campaignId }),
    ]);
    return reviewers.map((u) => ({
      userId: u.id,
      displayName: u.displayName,
      username: u.username,
      blockIds: rows.filter((r) => r.userId === u.id).map((r) => r.blockId),
    }));
  }

  private async findSet(manager: DataSource['manager'], id: string): Promise<CriteriaSet> {
    const set = await manager.findOneBy(CriteriaSet, { id });
    if (!set) throw new CampaignsError('CRITERIA_SET_NOT_FOUND', 'No such criteria set');
    return set;
  }
}
