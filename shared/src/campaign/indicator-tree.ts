import type { Comparison, ComputedSource, IndicatorKind, ThresholdStep } from './campaign-enums.js';

/** An indicator (tiêu chí) as the pure functions see it. */
export interface IndicatorDef {
  id: string;
  parentId: string | null;
  /** The full code, unique in its criteria set (e.g. "II.1", "1.2"): the parent's code joined with `number`. */
  code: string;
  /** STT as the ward's table writes it, local to the parent (e.g. "1" again under each standard, "4.1"); defaults to code. */
  number?: string | null;
  title: string;
  kind: IndicatorKind;
  /** For a group: its maximum. For a leaf: the points it can give (for a penalty: take away). */
  maxPoints: number;
  /** MANUAL: the entered points must be a multiple of step (e.g. 0.5). */
  step?: number | null;
  /** TARGET: the default target; a unit may have its own. */
  target?: number | null;
  /** COUNT: points per item. */
  perItemPoints?: number | null;
  evidenceRequired?: boolean;
  computedSource?: ComputedSource | null;
  position?: number;
  /** THRESHOLD / RATE: the steps, highest first or in any order (one step = all or nothing). */
  thresholds?: readonly ThresholdStep[] | null;
  /** THRESHOLD / WARD_RATE: AT_LEAST (default) or AT_MOST ("tỷ lệ hộ nghèo ≤ …"). */
  comparison?: Comparison | null;
  /** RATE: the population kind divided by (e.g. HOUSEHOLDS). */
  populationKind?: string | null;
  /** Cách tính as the ward's table writes it; shown on the sheet. */
  method?: string | null;
  /** Minh chứng yêu cầu as the ward's table writes it. */
  evidenceText?: string | null;
}

export type TreeIssueReason =
  | 'NO_INDICATORS'
  | 'DUPLICATE_CODE'
  | 'UNKNOWN_PARENT'
  | 'PARENT_NOT_GROUP'
  | 'CYCLE'
  | 'INVALID_MAX'
  | 'GROUP_EMPTY'
  | 'GROUP_EXCEEDED'
  | 'TOTAL_MISMATCH'
  | 'INVALID_STEP'
  | 'MISSING_TARGET'
  | 'MISSING_PER_ITEM'
  | 'MISSING_SOURCE'
  /** THRESHOLD: no steps. */
  | 'MISSING_THRESHOLDS'
  /** THRESHOLD / RATE: a step whose figure is not a number (RATE: not a percent) or whose points are outside 0..max. */
  | 'INVALID_THRESHOLD'
  /** THRESHOLD / RATE: two steps at the same figure. */
  | 'DUPLICATE_THRESHOLD'
  /** RATE: the population kind it divides by is not named. */
  | 'MISSING_POPULATION_KIND'
  /** WARD_RATE: the ward's own rate (target, a percent) is not set. */
  | 'MISSING_WARD_RATE'
  /** WARD_RATE: neither AT_LEAST nor AT_MOST is said. */
  | 'MISSING_COMPARISON'
  /** BONUS / PENALTY: points per occurrence set but not above 0. */
  | 'INVALID_PER_ITEM';

export interface TreeIssue {
  reason: TreeIssueReason;
  /** The indicator at fault; null for the whole campaign. */
  code: string | null;
  message: string;
}

/**
 * The full code of an indicator from its parent's code and number and its own number
 * (STT, local to the parent): "1" under "II" is "II.1"; a number that already spells
 * the parent's ("4.1" under "4") extends the parent's code ("II.4" → "II.4.1"); a top
 * number is its own code. Wards number criteria afresh inside each standard, so only
 * full codes are unique.
 */
export function indicatorCode(parent: { code: string; number?: string | null } | null, number: string): string {
  const own = number.trim();
  if (!parent) return own;
  const parentNumber = (parent.number ?? parent.code).trim();
  if (own.startsWith(`${parentNumber}.`)) {
    const base = parent.code.slice(0, parent.code.length - parentNumber.length);
    return `${base}${own}`;
  }
  return `${parent.code}.${own}`;
}

/** Bonus and penalty points sit outside the maxima: they never count toward a group's sum. */
export const countsTowardMax = (kind: IndicatorKind): boolean => kind !== 'BONUS' && kind !== 'PENALTY';

const EPSILON = 1e-9;

/** Rounds to hundredths: scores are shown and stored with at most two decimals. */
export const round2 = (value: number): number => Math.round((value + Number.EPSILON) * 100) / 100;

/**
 * Checks that an indicator tree adds up: every group's children (bonus and penalty
 * excluded) total at most the group's maximum, the top level totals exactly
 * `totalPoints`, and every leaf has what its kind needs (a threshold its steps, a rate its
 * population kind, a ward-rate comparison the ward's rate and its side, a relative-to-best
 * indicator its target). Full codes must be unique; numbers (STT) restart under each
 * parent, so "1" under "I" and "1" under "II" are different. Returns every problem, so
 * that the admin fixes them in one pass; an empty list means it can be launched.
 */
export function validateIndicatorTree(indicators: readonly IndicatorDef[], totalPoints: number): TreeIssue[] {
  const issues: TreeIssue[] = [];
  const add = (reason: TreeIssueReason, code: string | null, message: string) => issues.push({ reason, code, message });
  if (indicators.length === 0) {
    add('NO_INDICATORS', null, 'The campaign has no indicators');
    return issues;
  }
  const byId = new Map(indicators.map((i) => [i.id, i]));
  const seenCodes = new Set<string>();
  for (const indicator of indicators) {
    const { code } = indicator;
    if (seenCodes.has(code)) {
      const parent = indicator.parentId === null ? null : byId.get(indicator.parentId);
      const where = parent ? `under ${parent.code}` : 'at the top level';
      add('DUPLICATE_CODE', code, `Number ${indicator.number ?? code} is used twice ${where} (code ${code})`);
    }
    seenCodes.add(code);
    if (indicator.parentId !== null) {
      const parent = byId.get(indicator.parentId);
      if (!parent) add('UNKNOWN_PARENT', code, `${code}: its parent does not exist`);
      else if (parent.kind !== 'GROUP')
        add('PARENT_NOT_GROUP', code, `${code}: its parent ${parent.code} is not a group`);
    }
    if (!Number.isFinite(indicator.maxPoints) || indicator.maxPoints <= 0) {
      add('INVALID_MAX', code, `${code}: the maximum must be more than 0`);
    }
    switch (indicator.kind) {
      case 'MANUAL': {
        const step = indicator.step ?? 1;
        if (!(step > 0) || !isMultiple(indicator.maxPoints, step)) {
          add(
            'INVALID_STEP',
            code,
            `${code}: the step ${step} must be more than 0 and divide the maximum ${indicator.maxPoints}`,
          );
        }
        break;
      }
      case 'TARGET':
        if (!(indicator.target !== null && indicator.target !== undefined && indicator.target > 0)) {
          add('MISSING_TARGET', code, `${code}: a target indicator needs a target above 0`);
        }
        break;
      case 'COUNT':
        if (!(
          indicator.perItemPoints !== null &&
          indicator.perItemPoints !== undefined &&
          indicator.perItemPoints > 0
        )) {
          add('MISSING_PER_ITEM', code, `${code}: a count indicator needs points per item above 0`);
        }
        break;
      case 'COMPUTED':
        if (!indicator.computedSource) add('MISSING_SOURCE', code, `${code}: a computed indicator needs a source`);
        break;
      case 'THRESHOLD':
        if ((indicator.thresholds ?? []).length === 0)
          add('MISSING_THRESHOLDS', code, `${code}: a threshold indicator needs at least one step`);
        thresholdIssues(indicator, false).forEach(([reason, message]) => add(reason, code, message));
        break;
      case 'RATE':
        if (!indicator.populationKind?.trim())
          add('MISSING_POPULATION_KIND', code, `${code}: a rate indicator needs the population kind it divides by`);
        thresholdIssues(indicator, true).forEach(([reason, message]) => add(reason, code, message));
        break;
      case 'WARD_RATE': {
        const rate = indicator.target ?? null;
        if (rate === null || !Number.isFinite(rate) || rate < 0 || rate > 100)
          add('MISSING_WARD_RATE', code, `${code}: the ward's own rate must be set, from 0 to 100 %`);
        if (!indicator.comparison)
          add(
            'MISSING_COMPARISON',
            code,
            `${code}: say whether the unit's rate must be at least or at most the ward's`,
          );
        break;
      }
      case 'RELATIVE_TO_BEST':
        if (!(indicator.target !== null && indicator.target !== undefined && indicator.target > 0)) {
          add('MISSING_TARGET', code, `${code}: an indicator scored against the block's best needs a target above 0`);
        }
        break;
      case 'BONUS':
      case 'PENALTY': {
        const per = indicator.perItemPoints ?? null;
        if (per !== null && !(Number.isFinite(per) && per > 0))
          add('INVALID_PER_ITEM', code, `${code}: points per occurrence must be more than 0`);
        break;
      }
      case 'GROUP':
      case 'YES_NO':
        break;
    }
  }
  if (hasCycle(indicators, byId)) {
    add('CYCLE', null, 'The indicator tree has a cycle');
    return issues;
  }
  for (const group of indicators.filter((i) => i.kind === 'GROUP')) {
    const children = indicators.filter((i) => i.parentId === group.id);
    if (children.length === 0) {
      add('GROUP_EMPTY', group.code, `Group ${group.code} has no indicators`);
      continue;
    }
    const sum = round2(children.filter((c) => countsTowardMax(c.kind)).reduce((s, c) => s + c.maxPoints, 0));
    if (sum > group.maxPoints + EPSILON) {
      add(
        'GROUP_EXCEEDED',
        group.code,
        `Group ${group.code}: its indicators total ${sum} points, more than its maximum ${group.maxPoints}`,
      );
    }
  }
  const top = round2(
    indicators.filter((i) => i.parentId === null && countsTowardMax(i.kind)).reduce((s, i) => s + i.maxPoints, 0),
  );
  if (Math.abs(top - totalPoints) > EPSILON) {
    add('TOTAL_MISMATCH', null, `The top-level groups total ${top} points, not the campaign's ${totalPoints}`);
  }
  return issues;
}

/** Steps that can be compared: a finite figure (a percent for a rate), points 0..max, no figure twice. */
function thresholdIssues(indicator: IndicatorDef, percent: boolean): [TreeIssueReason, string][] {
  const { code, maxPoints } = indicator;
  const issues: [TreeIssueReason, string][] = [];
  const seen = new Set<number>();
  for (const { atLeast, points } of indicator.thresholds ?? []) {
    if (!Number.isFinite(atLeast) || (percent && (atLeast < 0 || atLeast > 100)))
      issues.push([
        'INVALID_THRESHOLD',
        `${code}: a step's figure ${atLeast} must be ${percent ? 'a percent, 0 to 100' : 'a number'}`,
      ]);
    if (!Number.isFinite(points) || points < 0 || points > maxPoints + EPSILON)
      issues.push(['INVALID_THRESHOLD', `${code}: a step gives ${points} points, not within 0..${maxPoints}`]);
    if (seen.has(atLeast)) issues.push(['DUPLICATE_THRESHOLD', `${code}: two steps at ${atLeast}`]);
    seen.add(atLeast);
  }
  return issues;
}

function hasCycle(indicators: readonly IndicatorDef[], byId: Map<string, IndicatorDef>): boolean {
  for (const start of indicators) {
    const seen = new Set<string>();
    let node: IndicatorDef | undefined = start;
    while (node && node.parentId !== null) {
      if (seen.has(node.id)) return true;
      seen.add(node.id);
      node = byId.get(node.parentId);
    }
  }
  return false;
}

export function isMultiple(value: number, step: number): boolean {
  const ratio = value / step;
  return Math.abs(ratio - Math.round(ratio)) < 1e-6;
}

/** Depth-first order (by position, then code): the order of the sheet and the report rows. */
export function orderIndicatorTree<T extends IndicatorDef>(
  indicators: readonly T[],
): { indicator: T; depth: number }[] {
  const children = new Map<string | null, T[]>();
  for (const i of indicators) children.set(i.parentId, [...(children.get(i.parentId) ?? []), i]);
  const byOrder = (a: T, b: T) =>
    (a.position ?? 0) - (b.position ?? 0) || a.code.localeCompare(b.code, 'vi', { numeric: true });
  const out: { indicator: T; depth: number }[] = [];
  const visit = (parentId: string | null, depth: number) => {
    for (const child of [...(children.get(parentId) ?? [])].sort(byOrder)) {
      out.push({ indicator: child, depth });
      visit(child.id, depth + 1);
    }
  };
  visit(null, 0);
  return out;
}

/** Top-level groups: the ones title floors are about. */
export function topLevelGroups<T extends IndicatorDef>(indicators: readonly T[]): T[] {
  return orderIndicatorTree(indicators)
    .map((n) => n.indicator)
    .filter((i) => i.parentId === null && i.kind === 'GROUP');
}
