import { describeTieRule, validateIndicatorTree, type TreeIssue } from '@thidua/shared';
import type { Unit } from '../../units/entities/unit.entity.js';
import type { Indicator } from '../entities/indicator.entity.js';
import { indicatorsOf, toIndicatorDef, type CampaignDefinition } from './campaign-definition.js';
import type { CampaignModel, IndicatorModel } from './models/campaign.model.js';

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
      lateRule: {
        kind: p.lateRule.kind,
        pointsPerDay: p.lateRule.pointsPerDay ?? null,
        maxPoints: p.lateRule.maxPoints ?? null,
      },
      replyDays: p.replyDays,
    })),
    blocks: d.blocks.map(({ block, units, leader }) => ({
      id: block.id,
      name: block.name,
      leaderUnit: leader ? unitRef(leader) : null,
      units: units.map(unitRef),
      criteriaSetId: block.criteriaSetId,
    })),
    criteriaSets: d.criteriaSets.map((set) => ({
      id: set.id,
      name: set.name,
      position: set.position,
      indicators: indicatorsOf(d, set.id).map((i) => toIndicatorModel(i, d.depthOf.get(i.id) ?? 0)),
      indicatorIssues: validateIndicatorTree(indicatorsOf(d, set.id).map(toIndicatorDef), campaign.totalPoints),
      blockIds: d.blocks.filter((b) => b.block.criteriaSetId === set.id).map((b) => b.block.id),
    })),
    indicators: d.indicators.map((i) => toIndicatorModel(i, d.depthOf.get(i.id) ?? 0)),
    indicatorIssues: campaignTreeIssues(d),
    organizerUnit: d.organizer ? unitRef(d.organizer) : null,
    rankOrganizer: campaign.rankOrganizer,
    titles: d.titles.map((t) => ({
      id: t.id,
      name: t.name,
      minTotal: t.minTotal,
      groupFloorPercent: t.groupFloorPercent,
      quotaPercent: t.quotaPercent,
      quotaBase: t.quotaBase,
      quotaRounding: t.quotaRounding,
      quotaMinimum: t.quotaMinimum,
      commendationFormId: t.commendationFormId,
      rankOrder: t.rankOrder,
    })),
  };
}

export function toIndicatorModel(
  i: Omit<Indicator, 'campaign' | 'criteriaSet' | 'parent' | 'campaignId'>,
  depth: number,
): IndicatorModel {
  return {
    id: i.id,
    parentId: i.parentId,
    code: i.code,
    number: i.number,
    criteriaSetId: i.criteriaSetId,
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
    depth,
    thresholds: i.thresholds ? i.thresholds.map((t) => ({ atLeast: t.atLeast, points: t.points })) : null,
    comparison: i.comparison,
    populationKind: i.populationKind,
    method: i.method,
    evidenceText: i.evidenceText,
  };
}

/**
 * The sets a launch checks: those the blocks use (a set no block uses is a draft), or
 * the first set while there is no block yet. A set with several sets is named.
 */
export function launchedSets(d: Pick<CampaignDefinition, 'criteriaSets' | 'blocks'>) {
  const used = d.criteriaSets.filter((s) => d.blocks.some((b) => b.block.criteriaSetId === s.id));
  return used.length > 0 ? used : d.criteriaSets.slice(0, 1);
}

/** The issues of every set a launch checks, each message naming its set when the campaign has several. */
export function campaignTreeIssues(
  d: Pick<CampaignDefinition, 'campaign' | 'criteriaSets' | 'blocks' | 'indicators'>,
): TreeIssue[] {
  const named = d.criteriaSets.length > 1;
  return launchedSets(d).flatMap((set) =>
    validateIndicatorTree(indicatorsOf(d, set.id).map(toIndicatorDef), d.campaign.totalPoints).map((issue) =>
      named ? { ...issue, message: `${set.name}: ${issue.message}` } : issue,
    ),
  );
}
