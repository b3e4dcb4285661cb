import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { activityBindingProblem } from '@thidua/shared';
import { DataSource, type EntityManager } from 'typeorm';
import type { AuthUser } from '../../../common/auth/auth-user.js';
import { CampaignsError } from '../campaigns.errors.js';
import { ComputedSourceRegistry } from '../computed-source.registry.js';
import { Campaign } from '../entities/campaign.entity.js';
import { Indicator, IndicatorTarget } from '../entities/indicator.entity.js';
import { PopulationKindEntry } from '../../units/entities/population-kind.entity.js';
import { recordAudit } from '../sheets/audit-trail.js';
import { criteriaSetOf, indicatorsOf, loadDefinition } from './campaign-definition.js';
import { indicatorRows, requireDraft, requireKnownPopulationKinds, type IndicatorRow } from './campaign-setup-rules.js';
import { lockCampaign, replaceIndicatorTree } from './campaign-setup.store.js';
import { CampaignsService } from './campaigns.service.js';
import type {
  BindComputedIndicatorInput,
  IndicatorInput,
  SaveIndicatorTreeInput,
  SetIndicatorTargetsInput,
} from './dto/indicator-tree.input.js';
import type { CampaignModel } from './models/campaign.model.js';

/**
 * A campaign's indicator tree (bộ tiêu chí): the tree and per-unit targets while
 * the campaign is a DRAFT, and where computed indicators read from at any time
 * before it is archived.
 */
@Injectable()
export class IndicatorTreeService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly sources: ComputedSourceRegistry,
    private readonly campaigns: CampaignsService,
  ) {}

  /**
   * Replaces the indicator tree of a DRAFT campaign. The tree must be well formed
   * (parents exist and are groups, codes unique); whether it adds up is reported in
   * `indicatorIssues` and enforced at launch, so that an admin can save work in progress.
   */
  async saveIndicatorTree(input: SaveIndicatorTreeInput): Promise<CampaignModel> {
    await this.dataSource.transaction((manager) =>
      this.replaceTree(manager, input.campaignId, input.criteriaSetId, input.indicators),
    );
    return this.campaigns.get(input.campaignId);
  }

  /** Checks and writes a set's tree in the caller's transaction (the editor's save and the file import). */
  async replaceTree(
    manager: EntityManager,
    campaignId: string,
    criteriaSetId: string | null | undefined,
    indicators: readonly IndicatorInput[],
  ): Promise<IndicatorRow[]> {
    const d = await loadDefinition(manager, campaignId);
    requireDraft(d.campaign);
    const set = criteriaSetOf(d, criteriaSetId);
    const rows = indicatorRows(campaignId, set.id, d.campaign.totalPoints, indicators, randomUUID);
    if (rows.some((r) => r.computedSource?.populationKind || r.populationKind)) {
      const kinds = await manager.findBy(PopulationKindEntry, { active: true });
      requireKnownPopulationKinds(rows, new Set(kinds.map((k) => k.code)));
    }
    await requireValidActivityBindings(manager, rows);
    const old = indicatorsOf(d, set.id).map((i) => i.id);
    await replaceIndicatorTree(manager, set.id, rows);
    // A tie rule may point at indicators that no longer exist.
    const tie = d.campaign.tieRule;
    if (tie.kind === 'TIEBREAK_INDICATORS' && (tie.indicatorIds ?? []).some((id) => old.includes(id))) {
      await manager.update(Campaign, d.campaign.id, { tieRule: { kind: 'SHARED' } });
    }
    return rows;
  }

  async setIndicatorTargets(input: SetIndicatorTargetsInput): Promise<CampaignModel> {
    const campaignId = await this.dataSource.transaction(async (manager) => {
      const indicator = await manager.findOneBy(Indicator, { id: input.indicatorId });
      if (!indicator) throw new CampaignsError('INDICATOR_NOT_FOUND', 'No such indicator');
      requireDraft((await loadDefinition(manager, indicator.campaignId)).campaign);
      if (indicator.kind !== 'TARGET' && indicator.kind !== 'RELATIVE_TO_BEST') {
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
    return this.campaigns.get(campaignId);
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
    return this.campaigns.get(indicator.campaignId);
  }
}

/** An ACTIVITY binding names a known measure, form, kinds of that form, population kind and a target (issue 14). */
async function requireValidActivityBindings(manager: EntityManager, rows: readonly IndicatorRow[]): Promise<void> {
  const bound = rows.filter((r) => r.computedSource?.kind === 'ACTIVITY');
  if (bound.length === 0) return;
  const kinds = (await manager.findBy(PopulationKindEntry, { active: true })).map((k) => k.code);
  for (const r of bound) {
    const problem = activityBindingProblem(r.computedSource!, kinds);
    if (problem)
      throw new CampaignsError('INDICATOR_TREE_INVALID', `${r.code}: ${problem.message}`, {
        field: `computedSource.${problem.field}`,
        indicatorCode: r.code,
      });
  }
}
