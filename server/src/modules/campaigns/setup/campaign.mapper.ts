import { describeTieRule, validateIndicatorTree } from '@thidua/shared';
import type { Unit } from '../../units/entities/unit.entity.js';
import { toIndicatorDef, type CampaignDefinition } from './campaign-definition.js';
import type { CampaignModel } from './models/campaign.model.js';

/** A campaign's definition → its API shape, with the tree's issues and the tie rule in words. Pure. */

const unitRef = (u: Unit) => ({ id: u.id, code: u.code, name: u.name });

export function toCampaignModel(d: CampaignDefinition): CampaignModel {
  const { campaign } = d;
  const codeOf = new Map(d.indicators.map((i) => [i.id, i.code]));
  return {
    id: campaign.id,
    title: campaign.title,
    description: campaign.description,
    status: campaign.status,
    totalPoints: campaign.totalPoints,
    tieRule: { kind: campaign.tieRule.kind, indicatorIds: campaign.tieRule.indicatorIds ?? [] },
    tieRuleText: describeTieRule(campaign.tieRule, (id) => codeOf.get(id) ?? id),
    boardSource: campaign.boardSource,
    boardEnabled: campaign.boardEnabled,
    isDemo: campaign.isDemo,
    countedBeforeRosters: campaign.participationBasis === 'BEFORE_ROSTERS',
    launchedAt: campaign.launchedAt,
    createdAt: campaign.createdAt,
    periods: d.periods.map((p) => ({
      id: p.id,
      name: p.name,
      kind: p.kind,
      position: p.position,
      startsOn: p.startsOn,
      endsOn: p.endsOn,
      submissionDeadline: p.submissionDeadline,
      publishedAt: p.publishedAt,
    })),
    blocks: d.blocks.map(({ block, units, leader }) => ({
      id: block.id,
      name: block.name,
      leaderUnit: leader ? unitRef(leader) : null,
      units: units.map(unitRef),
    })),
    indicators: d.indicators.map((i) => ({
      id: i.id,
      parentId: i.parentId,
      code: i.code,
      title: i.title,
      kind: i.kind,
      maxPoints: i.maxPoints,
      step: i.step,
      target: i.target,
      perItemPoints: i.perItemPoints,
      evidenceRequired: i.evidenceRequired,
      computedSource: i.computedSource
        ? { ...i.computedSource, populationKind: i.computedSource.populationKind ?? null }
        : null,
      position: i.position,
      depth: d.depthOf.get(i.id) ?? 0,
    })),
    indicatorIssues: validateIndicatorTree(d.indicators.map(toIndicatorDef), campaign.totalPoints),
    titles: d.titles.map((t) => ({
      id: t.id,
      name: t.name,
      minTotal: t.minTotal,
      groupFloorPercent: t.groupFloorPercent,
      quotaPercent: t.quotaPercent,
      rankOrder: t.rankOrder,
    })),
  };
}
