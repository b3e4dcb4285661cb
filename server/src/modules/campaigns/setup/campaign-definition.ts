import { orderIndicatorTree, type IndicatorDef } from '@thidua/shared';
import { In, type EntityManager } from 'typeorm';
import { Unit } from '../../units/entities/unit.entity.js';
import { CampaignBlock, CampaignBlockUnit } from '../entities/campaign-block.entity.js';
import { CampaignPeriod } from '../entities/campaign-period.entity.js';
import { CampaignTitle } from '../entities/campaign-title.entity.js';
import { Campaign } from '../entities/campaign.entity.js';
import { Indicator } from '../entities/indicator.entity.js';
import { CriteriaSet } from '../entities/criteria-set.entity.js';
import { CampaignsError } from '../campaigns.errors.js';

/** Everything that defines a campaign (not its scores), loaded together. */
export interface CampaignDefinition {
  campaign: Campaign;
  periods: CampaignPeriod[];
  /** In position order; every block names one. */
  criteriaSets: CriteriaSet[];
  blocks: { block: CampaignBlock; units: Unit[]; leader: Unit | null }[];
  /** The organiser unit (campaign.organizerUnitId), when named. */
  organizer?: Unit | null;
  /** Every set's indicators, depth-first within each set (see indicatorsOf). */
  indicators: Indicator[];
  depthOf: Map<string, number>;
  titles: CampaignTitle[];
}

export const toIndicatorDef = (i: Indicator): IndicatorDef => ({
  id: i.id,
  parentId: i.parentId,
  code: i.code,
  number: i.number,
  title: i.title,
  kind: i.kind,
  maxPoints: i.maxPoints,
  step: i.step,
  target: i.target,
  perItemPoints: i.perItemPoints,
  evidenceRequired: i.evidenceRequired,
  computedSource: i.computedSource,
  position: i.position,
  thresholds: i.thresholds,
  comparison: i.comparison,
  populationKind: i.populationKind,
  method: i.method,
  evidenceText: i.evidenceText,
});

/** The indicators of one criteria set, depth-first. */
export const indicatorsOf = (d: Pick<CampaignDefinition, 'indicators'>, criteriaSetId: string): Indicator[] =>
  d.indicators.filter((i) => i.criteriaSetId === criteriaSetId);

/** The criteria set new blocks and trees go to when none is named: the first. */
export function defaultCriteriaSet(d: Pick<CampaignDefinition, 'criteriaSets'>): CriteriaSet {
  const set = d.criteriaSets[0];
  if (!set) throw new CampaignsError('CRITERIA_SET_NOT_FOUND', 'The campaign has no criteria set');
  return set;
}

/** A named criteria set of the campaign, or the default one. */
export function criteriaSetOf(d: Pick<CampaignDefinition, 'criteriaSets'>, id: string | null | undefined): CriteriaSet {
  if (!id) return defaultCriteriaSet(d);
  const set = d.criteriaSets.find((s) => s.id === id);
  if (!set) throw new CampaignsError('CRITERIA_SET_NOT_FOUND', 'No such criteria set in this campaign');
  return set;
}

export async function loadDefinition(manager: EntityManager, campaignId: string): Promise<CampaignDefinition> {
  const campaign = await manager.findOneBy(Campaign, { id: campaignId });
  if (!campaign) throw new CampaignsError('CAMPAIGN_NOT_FOUND', 'No such campaign');
  const reads = [
    () => manager.find(CampaignPeriod, { where: { campaignId }, order: { position: 'ASC', startsOn: 'ASC' } }),
    () => manager.find(CampaignBlock, { where: { campaignId }, order: { position: 'ASC', name: 'ASC' } }),
    () => manager.find(CampaignBlockUnit, { where: { campaignId } }),
    () => manager.find(Indicator, { where: { campaignId } }),
    () => manager.find(CampaignTitle, { where: { campaignId }, order: { rankOrder: 'ASC' } }),
    () => manager.find(CriteriaSet, { where: { campaignId }, order: { position: 'ASC', name: 'ASC' } }),
  ] as const;
  // In a transaction the manager holds one connection, which runs one query at a time
  // (pg deprecates queuing concurrent client.query() calls): read one after another there.
  const [periods, blocks, members, indicators, titles, criteriaSets] = manager.queryRunner
    ? [await reads[0](), await reads[1](), await reads[2](), await reads[3](), await reads[4](), await reads[5]()]
    : await Promise.all([reads[0](), reads[1](), reads[2](), reads[3](), reads[4](), reads[5]()]);
  const unitIds = [
    ...new Set([
      ...members.map((m) => m.unitId),
      ...blocks.flatMap((b) => (b.leaderUnitId ? [b.leaderUnitId] : [])),
      ...(campaign.organizerUnitId ? [campaign.organizerUnitId] : []),
    ]),
  ];
  const units = unitIds.length ? await manager.find(Unit, { where: { id: In(unitIds) } }) : [];
  const unitById = new Map(units.map((u) => [u.id, u]));
  const ordered = criteriaSets.flatMap((set) =>
    orderIndicatorTree(indicators.filter((i) => i.criteriaSetId === set.id)),
  );
  return {
    campaign,
    periods,
    criteriaSets,
    blocks: blocks.map((block) => ({
      block,
      leader: block.leaderUnitId ? (unitById.get(block.leaderUnitId) ?? null) : null,
      units: members
        .filter((m) => m.blockId === block.id)
        .map((m) => unitById.get(m.unitId)!)
        .sort((a, b) => a.sortOrder - b.sortOrder || a.code.localeCompare(b.code, 'vi', { numeric: true })),
    })),
    organizer: campaign.organizerUnitId ? (unitById.get(campaign.organizerUnitId) ?? null) : null,
    indicators: ordered.map((n) => n.indicator),
    depthOf: new Map(ordered.map((n) => [n.indicator.id, n.depth])),
    titles,
  };
}
