import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { normalizeText } from '@thidua/shared';
import { randomUUID } from 'node:crypto';
import { DataSource, In } from 'typeorm';
import type { AuthUser } from '../../../common/auth/auth-user.js';
import { Unit } from '../../units/entities/unit.entity.js';
import { CampaignsError } from '../campaigns.errors.js';
import { ComputedSourceRegistry } from '../computed-source.registry.js';
import { CampaignBlock, CampaignBlockUnit } from '../entities/campaign-block.entity.js';
import { CampaignPeriod } from '../entities/campaign-period.entity.js';
import { CampaignTitle } from '../entities/campaign-title.entity.js';
import { Campaign } from '../entities/campaign.entity.js';
import { Indicator, IndicatorTarget } from '../entities/indicator.entity.js';
import { recordAudit } from '../sheets/audit-trail.js';
import { loadDefinition, toIndicatorDef } from './campaign-definition.js';
import {
  indicatorRows,
  requireDraft,
  requireLaunchable,
  requirePeriodDates,
  requireRulesOpen,
  requireUnitsFree,
  tieRuleOf,
} from './campaign-setup-rules.js';
import { createSheets, lockCampaign, replaceIndicatorTree } from './campaign-setup.store.js';
import { toCampaignModel } from './campaign.mapper.js';
import type {
  AddCampaignBlockInput,
  AddCampaignPeriodInput,
  BindComputedIndicatorInput,
  CreateCampaignInput,
  SaveIndicatorTreeInput,
  SaveTitlesInput,
  SetIndicatorTargetsInput,
  UpdateCampaignInput,
} from './dto/campaign.input.js';
import type { CampaignModel } from './models/campaign.model.js';

/** Setting a campaign up and moving it through its lifecycle (not the scores). */
@Injectable()
export class CampaignsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly sources: ComputedSourceRegistry,
  ) {}

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
          boardSource: input.boardSource ?? 'PUBLISHED',
          boardEnabled: input.boardEnabled ?? false,
        }),
      );
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
      if (input.boardSource !== undefined) changes.boardSource = input.boardSource;
      if (input.boardEnabled !== undefined) changes.boardEnabled = input.boardEnabled;
      if (input.totalPoints !== undefined) {
        requireDraft(campaign);
        changes.totalPoints = input.totalPoints;
      }
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
   * Replaces the indicator tree of a DRAFT campaign. The tree must be well formed
   * (parents exist and are groups, codes unique); whether it adds up is reported in
   * `indicatorIssues` and enforced at launch, so that an admin can save work in progress.
   */
  async saveIndicatorTree(input: SaveIndicatorTreeInput): Promise<CampaignModel> {
    await this.dataSource.transaction(async (manager) => {
      const d = await loadDefinition(manager, input.campaignId);
      requireDraft(d.campaign);
      const rows = indicatorRows(input.campaignId, d.campaign.totalPoints, input.indicators, randomUUID);
      await replaceIndicatorTree(manager, input.campaignId, rows);
      // A tie rule may point at indicators that no longer exist.
      if (d.campaign.tieRule.kind === 'TIEBREAK_INDICATORS') {
        await manager.update(Campaign, d.campaign.id, { tieRule: { kind: 'SHARED' } });
      }
    });
    return this.get(input.campaignId);
  }

  async setIndicatorTargets(input: SetIndicatorTargetsInput): Promise<CampaignModel> {
    const campaignId = await this.dataSource.transaction(async (manager) => {
      const indicator = await manager.findOneBy(Indicator, { id: input.indicatorId });
      if (!indicator) throw new CampaignsError('INDICATOR_NOT_FOUND', 'No such indicator');
      requireDraft((await loadDefinition(manager, indicator.campaignId)).campaign);
      if (indicator.kind !== 'TARGET') {
        throw new CampaignsError('INVALID_SCORE', `${indicator.code} is not a target indicator`);
      }
      await manager.delete(IndicatorTarget, { indicatorId: indicator.id });
      if (input.targets.length > 0) {
        await manager.insert(
          IndicatorTarget,
          input.targets.map((t) => ({ indicatorId: indicator.id, unitId: t.unitId, target: t.target })),
        );
      }
      return indicator.campaignId;
    });
    return this.get(campaignId);
  }

  /**
   * Points a COMPUTED indicator at its live game or contest. Allowed after launch
   * (it changes where `recomputeIndicators` reads from, not a score: published
   * sheets keep their scores), not once the campaign is archived; audited.
   */
  async bindComputedIndicator(actor: AuthUser, input: BindComputedIndicatorInput): Promise<CampaignModel> {
    const indicator = await this.dataSource.getRepository(Indicator).findOneBy({ id: input.indicatorId });
    if (!indicator) throw new CampaignsError('INDICATOR_NOT_FOUND', 'No such indicator');
    const source = indicator.computedSource;
    if (indicator.kind !== 'COMPUTED' || !source) {
      throw new CampaignsError('NOT_COMPUTED', `${indicator.code} is not a computed indicator`);
    }
    const provider = this.sources.get(source.kind);
    if (provider?.exists && !(await provider.exists(input.sourceId))) {
      throw new CampaignsError('SOURCE_NOT_FOUND', `No ${source.kind} with this id`);
    }
    await this.dataSource.transaction(async (manager) => {
      await lockCampaign(manager, indicator.campaignId);
      const campaign = await manager.findOneBy(Campaign, { id: indicator.campaignId });
      if (!campaign) throw new CampaignsError('CAMPAIGN_NOT_FOUND', 'No such campaign');
      if (campaign.status === 'ARCHIVED') {
        throw new CampaignsError('INVALID_TRANSITION', 'The campaign is archived: its sources no longer change');
      }
      const current = await manager.findOneByOrFail(Indicator, { id: indicator.id });
      const old = current.computedSource!;
      if (old.id === input.sourceId) return;
      await manager.update(Indicator, indicator.id, { computedSource: { ...old, id: input.sourceId } });
      await recordAudit(manager, [
        {
          campaignId: campaign.id,
          actorId: actor.id,
          action: 'INDICATOR_SOURCE_BOUND',
          field: 'computedSource',
          oldValue: { indicatorCode: current.code, kind: old.kind, id: old.id, metric: old.metric },
          newValue: { indicatorCode: current.code, kind: old.kind, id: input.sourceId, metric: old.metric },
          reason: `Chỉ tiêu ${current.code} lấy số liệu từ ${old.kind} ${input.sourceId}`,
        },
      ]);
    });
    return this.get(indicator.campaignId);
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
      requireLaunchable(d, d.indicators.map(toIndicatorDef));
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
