import type { QuotaBase, QuotaRounding } from './campaign-enums.js';
import { round2 } from './indicator-tree.js';

/** A title (danh hiệu) and its conditions. */
export interface TitleRule {
  id: string;
  name: string;
  minTotal: number;
  /** Each top-level group must reach this percentage of its maximum (e.g. 50); null: no floor. */
  groupFloorPercent: number | null;
  /** At most this percentage of the quota base (e.g. 20); null: no quota. */
  quotaPercent: number | null;
  /** What the percentage is of: the units that earned the next title down, the block's units or the ward's. */
  quotaBase: QuotaBase;
  /** How percent × base becomes a whole number of units. */
  quotaRounding: QuotaRounding;
  /** At least this many qualifying units may earn it, whatever the percentage gives (usually 1). */
  quotaMinimum: number;
  /** 1 = the highest title; a unit is considered for the highest first. */
  rankOrder: number;
}

export interface TitleCandidate {
  unitId: string;
  rank: number;
  total: number;
  groupSubtotals: Readonly<Record<string, number>>;
}

export interface GroupMax {
  id: string;
  code: string;
  maxPoints: number;
}

export type MissedCondition =
  | { kind: 'MIN_TOTAL'; required: number; actual: number }
  | { kind: 'GROUP_FLOOR'; groupId: string; groupCode: string; required: number; actual: number }
  | {
      kind: 'QUOTA';
      /** Units the quota admits. */
      quota: number;
      /** Units that met every other condition. */
      eligible: number;
      /** How the quota was reached: percent of base (baseKind), rounded, at least minimum. */
      percent: number;
      base: number;
      baseKind: QuotaBase;
      rounding: QuotaRounding;
      minimum: number;
      /** The base was frozen when the council step started (not counted from the current scores). */
      frozen: boolean;
    };

/** Sizes the quota bases need that the candidates alone do not tell. */
export interface QuotaOptions {
  /** Every member unit of the block, ranked or not (BLOCK_UNITS). */
  blockUnits: number;
  /** Every member unit of the campaign across blocks (WARD_UNITS). */
  wardUnits: number;
  /** Bases frozen when the council step started, by title id: used instead of counting. */
  frozenBases?: Readonly<Record<string, number>> | null;
}

export interface TitleResult {
  unitId: string;
  /** The title earned; null when none. */
  titleId: string | null;
  /** Every title above the earned one, with the conditions the unit misses for it. */
  missed: { titleId: string; conditions: MissedCondition[] }[];
}

/**
 * Units a quota allows: percent × base ÷ 100, rounded as the rule says (FLOOR by default:
 * 20 % of 12 units → 2), then at least `minimum` — but never more than the base.
 */
export function quotaLimit(percent: number, base: number, rounding: QuotaRounding = 'FLOOR', minimum = 0): number {
  const exact = (percent * base) / 100;
  const rounded =
    rounding === 'CEIL'
      ? Math.ceil(exact - 1e-9)
      : rounding === 'ROUND'
        ? Math.round(exact + 1e-9)
        : Math.floor(exact + 1e-9);
  return Math.min(base, Math.max(minimum, rounded));
}

const byRankOrder = (titles: readonly TitleRule[]) => [...titles].sort((a, b) => a.rankOrder - b.rankOrder);

/**
 * The base of each title's quota (titles without a quota are left out):
 * - LOWER_TITLE: the candidates that meet the conditions (minimum total, floors) of the
 *   next title down, whether or not they end up with a higher one; the lowest title has
 *   none below it and counts BLOCK_UNITS instead;
 * - BLOCK_UNITS: every member unit of the block (`options.blockUnits`), ranked or not;
 * - WARD_UNITS: every member unit of the campaign (`options.wardUnits`).
 * A base in `options.frozenBases` (frozen when the council step started) is used as is.
 * The server freezes what this returns.
 */
export function quotaBases(
  candidates: readonly TitleCandidate[],
  titles: readonly TitleRule[],
  groups: readonly GroupMax[],
  options?: QuotaOptions,
): Record<string, number> {
  const sizes = quotaOptions(candidates, options);
  const ordered = byRankOrder(titles);
  const bases: Record<string, number> = {};
  ordered.forEach((title, index) => {
    if (title.quotaPercent === null) return;
    const frozen = sizes.frozenBases?.[title.id];
    if (frozen !== undefined) {
      bases[title.id] = frozen;
      return;
    }
    const lower = ordered[index + 1];
    if (title.quotaBase === 'WARD_UNITS') bases[title.id] = sizes.wardUnits;
    else if (title.quotaBase === 'LOWER_TITLE' && lower)
      bases[title.id] = candidates.filter((c) => conditionsMissed(c, lower, groups).length === 0).length;
    else bases[title.id] = sizes.blockUnits;
  });
  return bases;
}

function quotaOptions(candidates: readonly TitleCandidate[], options: QuotaOptions | undefined): QuotaOptions {
  return options ?? { blockUnits: candidates.length, wardUnits: candidates.length };
}

/**
 * Titles of the units of one block. Each unit is considered for the highest title
 * first: it must reach the minimum total and every top-level group's floor; then
 * the quota (see quotaBases and quotaLimit) admits the qualifying units in rank order.
 * The quota's minimum only ever admits units that meet every condition. Units tied at
 * the quota's cut-off are admitted together only if all of them fit, otherwise none of
 * them is (the quota is a maximum; the council may decide otherwise by hand). A unit
 * not admitted is considered for the next title down, and its result lists what it
 * missed. Without `options` the block is taken to be the candidates (and the ward too);
 * a WARD_UNITS quota is the ward's: give the candidates of every block in one call.
 */
export function awardTitles(
  candidates: readonly TitleCandidate[],
  titles: readonly TitleRule[],
  groups: readonly GroupMax[],
  options?: QuotaOptions,
): Map<string, TitleResult> {
  const results = new Map<string, TitleResult>(
    candidates.map((c) => [c.unitId, { unitId: c.unitId, titleId: null, missed: [] }]),
  );
  const bases = quotaBases(candidates, titles, groups, options);
  const frozenBases = options?.frozenBases ?? {};
  let remaining = [...candidates].sort((a, b) => a.rank - b.rank);
  for (const title of byRankOrder(titles)) {
    const qualifying: TitleCandidate[] = [];
    for (const candidate of remaining) {
      const conditions = conditionsMissed(candidate, title, groups);
      if (conditions.length === 0) qualifying.push(candidate);
      else results.get(candidate.unitId)!.missed.push({ titleId: title.id, conditions });
    }
    const base = bases[title.id] ?? 0;
    const limit =
      title.quotaPercent === null
        ? Infinity
        : quotaLimit(title.quotaPercent, base, title.quotaRounding, title.quotaMinimum);
    const admitted = new Set<string>();
    for (const candidate of qualifying) {
      const withSameOrBetterRank = qualifying.filter((q) => q.rank <= candidate.rank).length;
      if (withSameOrBetterRank <= limit) admitted.add(candidate.unitId);
      else {
        results.get(candidate.unitId)!.missed.push({
          titleId: title.id,
          conditions: [
            {
              kind: 'QUOTA',
              quota: limit,
              eligible: qualifying.length,
              percent: title.quotaPercent ?? 0,
              base,
              baseKind: title.quotaBase,
              rounding: title.quotaRounding,
              minimum: title.quotaMinimum,
              frozen: frozenBases[title.id] !== undefined,
            },
          ],
        });
      }
    }
    for (const id of admitted) results.get(id)!.titleId = title.id;
    remaining = remaining.filter((c) => !admitted.has(c.unitId));
  }
  return results;
}

function conditionsMissed(candidate: TitleCandidate, title: TitleRule, groups: readonly GroupMax[]): MissedCondition[] {
  const missed: MissedCondition[] = [];
  if (candidate.total < title.minTotal - 1e-9) {
    missed.push({ kind: 'MIN_TOTAL', required: title.minTotal, actual: candidate.total });
  }
  if (title.groupFloorPercent !== null) {
    for (const group of groups) {
      const required = round2((group.maxPoints * title.groupFloorPercent) / 100);
      const actual = candidate.groupSubtotals[group.id] ?? 0;
      if (actual < required - 1e-9) {
        missed.push({ kind: 'GROUP_FLOOR', groupId: group.id, groupCode: group.code, required, actual });
      }
    }
  }
  return missed;
}
