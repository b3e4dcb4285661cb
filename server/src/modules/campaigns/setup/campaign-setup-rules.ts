import {
  indicatorCode,
  indicatorFieldsOf,
  normalizeText,
  validateIndicatorTree,
  type CampaignStatus,
  type IndicatorDef,
  type LateRule,
  type TieRule,
} from '@thidua/shared';
import { CampaignsError } from '../campaigns.errors.js';
import type { TieRuleInput } from './dto/campaign.input.js';
import type { IndicatorInput } from './dto/indicator-tree.input.js';

/**
 * The rules of setting a campaign up: what a DRAFT allows, what a tie rule, an
 * indicator tree and a block must be, what a launch needs. Pure: the service loads
 * the definition and writes.
 */

/** Periods, blocks, the tree and targets change only while the campaign is a DRAFT. */
export function requireDraft(campaign: { status: CampaignStatus }): void {
  if (campaign.status !== 'DRAFT') {
    throw new CampaignsError('CAMPAIGN_NOT_DRAFT', 'The campaign is launched: its setup is locked');
  }
}

/** The tie rule and the titles were published with the results: they stay as they were. */
export function requireRulesOpen(periods: readonly { publishedAt: Date | null }[], message: string): void {
  if (periods.some((p) => p.publishedAt)) throw new CampaignsError('RULES_LOCKED', message);
}

/** A tie rule from its input; tie-break indicators must belong to the campaign. */
export function tieRuleOf(input: TieRuleInput | undefined, indicatorIds: readonly string[]): TieRule {
  if (!input) return { kind: 'SHARED' };
  if (input.kind !== 'TIEBREAK_INDICATORS') return { kind: input.kind };
  const ids = input.indicatorIds ?? [];
  if (ids.length === 0 || ids.some((id) => !indicatorIds.includes(id))) {
    throw new CampaignsError('INVALID_TIE_RULE', 'List one or more indicators of this campaign to break ties');
  }
  return { kind: 'TIEBREAK_INDICATORS', indicatorIds: ids };
}

/** A late rule from its input: points per day need the points (a cap is optional); the others carry none. */
export function lateRuleOf(input: {
  kind: LateRule['kind'];
  pointsPerDay?: number | null;
  maxPoints?: number | null;
}): LateRule {
  if (input.kind !== 'POINTS_PER_DAY') return { kind: input.kind };
  if (!input.pointsPerDay || input.pointsPerDay <= 0) {
    throw new CampaignsError('INVALID_PERIOD', 'Points off per day late must be more than 0');
  }
  return { kind: 'POINTS_PER_DAY', pointsPerDay: input.pointsPerDay, maxPoints: input.maxPoints ?? null };
}

export function requirePeriodDates(startsOn: string, endsOn: string): void {
  if (endsOn < startsOn) throw new CampaignsError('INVALID_PERIOD', 'The period ends before it starts');
}

/** A unit competes in one block of a campaign. */
export function requireUnitsFree(
  d: { blocks: readonly { units: readonly { id: string; code: string }[] }[] },
  unitIds: readonly string[],
): void {
  const taken = d.blocks.flatMap((b) => b.units).filter((u) => unitIds.includes(u.id));
  if (taken.length > 0) {
    throw new CampaignsError('UNIT_IN_TWO_BLOCKS', `Already in another block: ${taken.map((u) => u.code).join(', ')}`, {
      units: taken.map((u) => u.code),
    });
  }
}

const STRUCTURAL = ['DUPLICATE_CODE', 'UNKNOWN_PARENT', 'PARENT_NOT_GROUP', 'CYCLE'];

const uses = (i: IndicatorInput) => indicatorFieldsOf(i.kind);

/**
 * The rows of a new indicator tree, ids from `newId`. The tree must be well formed
 * (keys and codes unique, parents exist and are groups); whether it adds up is
 * reported in `indicatorIssues` and enforced at launch, so work in progress saves.
 */
export function indicatorRows(
  campaignId: string,
  criteriaSetId: string,
  totalPoints: number,
  indicators: readonly IndicatorInput[],
  newId: () => string,
) {
  const idByKey = new Map(indicators.map((i) => [i.key, newId()]));
  if (idByKey.size !== indicators.length) {
    throw new CampaignsError('INDICATOR_TREE_INVALID', 'Two indicators have the same key');
  }
  const byKey = new Map(indicators.map((i) => [i.key, i]));
  // `code` in the input is the number local to its parent (STT); the stored code is the full path.
  const codeOf = (input: IndicatorInput, seen: Set<string> = new Set()): string => {
    const parent = input.parentKey ? byKey.get(input.parentKey) : undefined;
    if (!parent || seen.has(input.key)) return input.code.trim();
    seen.add(input.key);
    return indicatorCode({ code: codeOf(parent, seen), number: parent.code }, input.code);
  };
  const rows = indicators.map((i, position) => ({
    id: idByKey.get(i.key)!,
    campaignId,
    criteriaSetId,
    parentId: i.parentKey ? (idByKey.get(i.parentKey) ?? 'missing') : null,
    number: i.code.trim(),
    code: codeOf(i),
    title: normalizeText(i.title),
    kind: i.kind,
    maxPoints: i.maxPoints,
    step: uses(i).step ? (i.step ?? 1) : null,
    target: uses(i).target ? (i.target ?? null) : null,
    perItemPoints: uses(i).perItemPoints ? (i.perItemPoints ?? null) : null,
    thresholds:
      uses(i).thresholds && i.thresholds && i.thresholds.length > 0
        ? i.thresholds.map((t) => ({ atLeast: t.atLeast, points: t.points }))
        : null,
    comparison: uses(i).comparison ? (i.comparison ?? null) : null,
    populationKind: uses(i).populationKind ? (i.populationKind ?? null) : null,
    method: i.method?.trim() ?? '',
    evidenceText: i.evidenceText?.trim() ?? '',
    evidenceRequired: i.evidenceRequired ?? false,
    computedSource:
      i.kind === 'COMPUTED' && i.computedSource
        ? {
            kind: i.computedSource.kind,
            id: i.computedSource.id ?? null,
            metric: i.computedSource.metric,
            populationKind:
              i.computedSource.metric === 'PARTICIPATION_RATE' || i.computedSource.kind === 'ACTIVITY'
                ? (i.computedSource.populationKind ?? null)
                : null,
            ...(i.computedSource.kind === 'ACTIVITY'
              ? {
                  form: i.computedSource.form ?? null,
                  kinds: i.computedSource.kinds?.length ? [...i.computedSource.kinds] : null,
                  includeSubUnits: i.computedSource.includeSubUnits ?? false,
                  target: i.computedSource.target ?? null,
                }
              : {}),
          }
        : null,
    position,
  }));
  const structural = validateIndicatorTree(rows, totalPoints).filter((issue) => STRUCTURAL.includes(issue.reason));
  if (structural.length > 0) {
    throw new CampaignsError('INDICATOR_TREE_INVALID', structural.map((s) => s.message).join('; '), {
      issues: structural,
    });
  }
  return rows;
}

/**
 * The population kinds indicators name (a computed rate's, a RATE's or WARD_RATE's)
 * must be kinds of the ward (table population_kind), active ones: a rate divides by a
 * population that exists.
 */
export function requireKnownPopulationKinds(
  rows: readonly {
    code: string;
    computedSource: { populationKind?: string | null } | null;
    populationKind?: string | null;
  }[],
  activeKinds: ReadonlySet<string>,
): void {
  const issues = rows
    .map((r) => ({ code: r.code, kind: r.computedSource?.populationKind ?? r.populationKind ?? null }))
    .filter((r) => r.kind && !activeKinds.has(r.kind))
    .map((r) => ({
      reason: 'UNKNOWN_POPULATION_KIND',
      code: r.code,
      message: `${r.code}: no population kind ${r.kind}`,
    }));
  if (issues.length > 0) {
    throw new CampaignsError('INDICATOR_TREE_INVALID', issues.map((i) => i.message).join('; '), { issues });
  }
}

/**
 * A launch needs every criteria set a block uses to add up (every reason named, with
 * its set: a set without indicators is refused too), a period and a block with units.
 */
export function requireLaunchable(
  d: {
    campaign: { status: CampaignStatus; totalPoints: number };
    periods: readonly unknown[];
    blocks: readonly { units: readonly unknown[] }[];
  },
  sets: readonly { name: string; tree: readonly IndicatorDef[] }[],
): void {
  requireDraft(d.campaign);
  const issues = sets.flatMap((set) =>
    validateIndicatorTree([...set.tree], d.campaign.totalPoints).map((issue) => ({
      ...issue,
      criteriaSet: set.name,
      message: `${set.name}: ${issue.message}`,
    })),
  );
  if (issues.length > 0) {
    throw new CampaignsError(
      'INDICATOR_TREE_INVALID',
      `The campaign does not add up: ${issues.map((i) => i.message).join('; ')}`,
      { issues },
    );
  }
  const problems: string[] = [];
  if (d.periods.length === 0) problems.push('The campaign has no period');
  if (d.blocks.length === 0 || d.blocks.every((b) => b.units.length === 0))
    problems.push('The campaign has no block with units');
  if (problems.length > 0) throw new CampaignsError('INVALID_TRANSITION', problems.join('; '));
}

export type IndicatorRow = ReturnType<typeof indicatorRows>[number];
