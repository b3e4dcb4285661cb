import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { normalizeText } from '@thidua/shared';
import { randomUUID } from 'node:crypto';
import { DataSource, In } from 'typeorm';
import type { AuthUser } from '../../../common/auth/auth-user.js';
import { Unit } from '../../units/entities/unit.entity.js';
import { CampaignsError } from '../campaigns.errors.js';
import { CampaignBlock, CampaignBlockUnit } from '../entities/campaign-block.entity.js';
import { CampaignPeriod } from '../entities/campaign-period.entity.js';
import { CampaignTitle } from '../entities/campaign-title.entity.js';
import { Campaign } from '../entities/campaign.entity.js';
import { CriteriaSet } from '../entities/criteria-set.entity.js';
import { recordAudit } from '../sheets/audit-trail.js';
import { criteriaSetOf, indicatorsOf, loadDefinition, toIndicatorDef } from './campaign-definition.js';
import {
  requireDraft,
  requireLaunchable,
  requirePeriodDates,
  requireRulesOpen,
  requireUnitsFree,
  lateRuleOf,
  tieRuleOf,
} from './campaign-setup-rules.js';
import { createSheets, lockCampaign } from './campaign-setup.store.js';
import { launchedSets, toCampaignModel } from './campaign.mapper.js';
import type {
  AddCampaignBlockInput,
  AddCampaignPeriodInput,
  CreateCampaignInput,
  SaveTitlesInput,
  UpdateCampaignInput,
  UpdateCampaignPeriodInput,
} from './dto/campaign.input.js';
import type { CampaignModel } from './models/campaign.model.js';

/**
 * Setting a campaign up (periods, blocks, titles) and moving it through its
 * lifecycle; the indicator tree is IndicatorTreeService, the scores sheets/.
 */
@Injectable()
export class CampaignsService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async list(): Promise<CampaignModel[]> {
    const campaigns = await this.dataSource.getRepository(Campaign).find({ order: { createdAt: 'DESC' } });
    const manager = this.dataSource.manager;
    return Promise.all(campaigns.map(async (c) => toCampaignModel(await loadDefinition(manager, c.id))));
  }

  async get(id: string): Promise<CampaignModel> {
    return toCampaignModel(await loadDefinition(this.dataSource.manager, id));
  }

  async create(actor: AuthUser, input: CreateCampaignInput): Promise<CampaignModel> {
    const id = await this.dataSource.transaction(async (manager) => {
      const campaign = await manager.save(
        manager.create(Campaign, {
          title: normalizeText(input.title),
          description: input.description?.trim() ?? '',
          totalPoints: input.totalPoints ?? 100,
          tieRule: tieRuleOf(input.tieRule, []),
          boardEnabled: input.boardEnabled ?? false,
        }),
      );
      await manager.insert(CriteriaSet, { campaignId: campaign.id, name: 'Bộ tiêu chí chung', position: 0 });
      await recordAudit(manager, [
        { campaignId: campaign.id, actorId: actor.id, action: 'CAMPAIGN_CREATED', newValue: { title: campaign.title } },
      ]);
      return campaign.id;
    });
    return this.get(id);
  }

  async update(actor: AuthUser, input: UpdateCampaignInput): Promise<CampaignModel> {
    await this.dataSource.transaction(async (manager) => {
      const d = await loadDefinition(manager, input.id);
      const { campaign } = d;
      const changes: Partial<Campaign> = {};
      if (input.title !== undefined) changes.title = normalizeText(input.title);
      if (input.description !== undefined) changes.description = input.description.trim();
      if (input.boardEnabled !== undefined) changes.boardEnabled = input.boardEnabled;
      if (input.totalPoints !== undefined) {
        requireDraft(campaign);
        changes.totalPoints = input.totalPoints;
      }
      if (input.organizerUnitId !== undefined) {
        if (input.organizerUnitId && !(await manager.existsBy(Unit, { id: input.organizerUnitId })))
          throw new CampaignsError('UNIT_NOT_FOUND', 'The organiser unit does not exist');
        changes.organizerUnitId = input.organizerUnitId;
      }
      if (input.rankOrganizer !== undefined) changes.rankOrganizer = input.rankOrganizer;
      if (input.tieRule !== undefined) {
        requireRulesOpen(d.periods, 'The tie rule was published with the results and cannot change');
        changes.tieRule = tieRuleOf(
          input.tieRule,
          d.indicators.map((i) => i.id),
        );
      }
      const old = Object.fromEntries(Object.keys(changes).map((k) => [k, campaign[k as keyof Campaign]]));
      await manager.update(Campaign, campaign.id, changes);
      await recordAudit(manager, [
        { campaignId: campaign.id, actorId: actor.id, action: 'CAMPAIGN_UPDATED', oldValue: old, newValue: changes },
      ]);
    });
    return this.get(input.id);
  }

  async addPeriod(input: AddCampaignPeriodInput): Promise<CampaignModel> {
    requirePeriodDates(input.startsOn, input.endsOn);
    // The same rule as updatePeriod's, checked before anything is written.
    const lateRule = input.lateRule ? lateRuleOf(input.lateRule) : null;
    await this.dataSource.transaction(async (manager) => {
      const d = await loadDefinition(manager, input.campaignId);
      requireDraft(d.campaign);
      await manager.insert(CampaignPeriod, {
        campaignId: input.campaignId,
        name: normalizeText(input.name),
        kind: input.kind,
        position: d.periods.length,
        startsOn: input.startsOn,
        endsOn: input.endsOn,
        submissionDeadline: input.submissionDeadline,
        // Omitted: the column defaults (no late rule, a 3-day reply window).
        ...(lateRule ? { lateRule } : {}),
        ...(input.replyDays ? { replyDays: input.replyDays } : {}),
      });
    });
    return this.get(input.campaignId);
  }

  async addBlock(input: AddCampaignBlockInput): Promise<CampaignModel> {
    const unitIds = [...new Set(input.unitIds)];
    await this.dataSource.transaction(async (manager) => {
      const d = await loadDefinition(manager, input.campaignId);
      requireDraft(d.campaign);
      const wanted = [...unitIds, ...(input.leaderUnitId ? [input.leaderUnitId] : [])];
      const found = await manager.countBy(Unit, { id: In(wanted) });
      if (found !== new Set(wanted).size)
        throw new CampaignsError('UNIT_NOT_FOUND', 'A unit of the block does not exist');
      requireUnitsFree(d, unitIds);
      const blockId = randomUUID();
      await manager.insert(CampaignBlock, {
        id: blockId,
        campaignId: input.campaignId,
        name: normalizeText(input.name),
        leaderUnitId: input.leaderUnitId ?? null,
        criteriaSetId: criteriaSetOf(d, input.criteriaSetId).id,
        position: d.blocks.length,
      });
      await manager.insert(
        CampaignBlockUnit,
        unitIds.map((unitId) => ({ blockId, unitId, campaignId: input.campaignId })),
      );
    });
    return this.get(input.campaignId);
  }

  /**
   * A period's late rule and reply window: read by the workflow and the ranking, so
   * they change (audited) until the period is published, not after.
   */
  async updatePeriod(actor: AuthUser, input: UpdateCampaignPeriodInput): Promise<CampaignModel> {
    const campaignId = await this.dataSource.transaction(async (manager) => {
      const period = await manager.findOneBy(CampaignPeriod, { id: input.id });
      if (!period) throw new CampaignsError('PERIOD_NOT_FOUND', 'No such period');
      if (period.publishedAt) throw new CampaignsError('PERIOD_PUBLISHED', 'The period is published: its rules stay');
      const changes: Partial<CampaignPeriod> = {};
      if (input.lateRule !== undefined) changes.lateRule = lateRuleOf(input.lateRule);
      if (input.replyDays !== undefined) changes.replyDays = input.replyDays;
      if (Object.keys(changes).length === 0) return period.campaignId;
      const old = Object.fromEntries(Object.keys(changes).map((k) => [k, period[k as keyof CampaignPeriod]]));
      await manager.update(CampaignPeriod, period.id, changes);
      await recordAudit(manager, [
        {
          campaignId: period.campaignId,
          actorId: actor.id,
          action: 'CAMPAIGN_UPDATED',
          field: `period:${period.name}`,
          oldValue: old,
          newValue: changes,
        },
      ]);
      return period.campaignId;
    });
    return this.get(campaignId);
  }

  /** Titles can change until the first period is published (the results name them). */
  async saveTitles(input: SaveTitlesInput): Promise<CampaignModel> {
    await this.dataSource.transaction(async (manager) => {
      const d = await loadDefinition(manager, input.campaignId);
      requireRulesOpen(d.periods, 'Titles cannot change after results were published');
      await manager.delete(CampaignTitle, { campaignId: input.campaignId });
      if (input.titles.length > 0) {
        await manager.insert(
          CampaignTitle,
          input.titles.map((t, index) => ({
            campaignId: input.campaignId,
            name: normalizeText(t.name),
            minTotal: t.minTotal,
            groupFloorPercent: t.groupFloorPercent ?? null,
            quotaPercent: t.quotaPercent ?? null,
            quotaBase: t.quotaBase ?? 'LOWER_TITLE',
            quotaRounding: t.quotaRounding ?? 'FLOOR',
            quotaMinimum: t.quotaMinimum ?? 1,
            commendationFormId: t.commendationFormId ?? null,
            rankOrder: index + 1,
          })),
        );
      }
    });
    return this.get(input.campaignId);
  }

  /**
   * Launches a DRAFT campaign: refuses a tree that does not add up (with every
   * reason), locks the indicators, and creates a sheet for every period × member
   * unit and an entry for every sheet × indicator, each in one statement.
   */
  async launch(actor: AuthUser, id: string): Promise<CampaignModel> {
    await this.dataSource.transaction(async (manager) => {
      await lockCampaign(manager, id);
      const d = await loadDefinition(manager, id);
      requireLaunchable(
        d,
        launchedSets(d).map((set) => ({ name: set.name, tree: indicatorsOf(d, set.id).map(toIndicatorDef) })),
      );
      await createSheets(manager, d);
      await manager.update(Campaign, id, { status: 'LAUNCHED', launchedAt: new Date() });
      await recordAudit(manager, [
        {
          campaignId: id,
          actorId: actor.id,
          action: 'CAMPAIGN_LAUNCHED',
          field: 'status',
          oldValue: 'DRAFT',
          newValue: 'LAUNCHED',
        },
      ]);
    });
    return this.get(id);
  }

  async archive(actor: AuthUser, id: string): Promise<CampaignModel> {
    await this.dataSource.transaction(async (manager) => {
      const campaign = await manager.findOneBy(Campaign, { id });
      if (!campaign) throw new CampaignsError('CAMPAIGN_NOT_FOUND', 'No such campaign');
      if (campaign.status !== 'PUBLISHED') {
        throw new CampaignsError(
          'INVALID_TRANSITION',
          'Only a campaign whose periods are all published can be archived',
        );
      }
      await manager.update(Campaign, id, { status: 'ARCHIVED' });
      await recordAudit(manager, [
        {
          campaignId: id,
          actorId: actor.id,
          action: 'CAMPAIGN_STATUS_CHANGED',
          field: 'status',
          oldValue: campaign.status,
          newValue: 'ARCHIVED',
        },
      ]);
    });
    return this.get(id);
  }
}
