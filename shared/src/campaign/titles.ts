import { round2 } from './indicator-tree.js';

/** A title (danh hiệu) and its conditions. */
export interface TitleRule {
  id: string;
  name: string;
  minTotal: number;
  /** Each top-level group must reach this percentage of its maximum (e.g. 50); null: no floor. */
  groupFloorPercent: number | null;
  /** At most this percentage of the block's ranked units (e.g. 20); null: no quota. */
  quotaPercent: number | null;
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
  | { kind: 'QUOTA'; quota: number; eligible: number };

export interface TitleResult {
  unitId: string;
  /** The title earned; null when none. */
  titleId: string | null;
  /** Every title above the earned one, with the conditions the unit misses for it. */
  missed: { titleId: string; conditions: MissedCondition[] }[];
}

/** Units a quota allows: floor(percent × units ÷ 100), e.g. 20 % of 12 units → 2. */
export const quotaLimit = (percent: number, units: number): number => Math.floor((percent * units) / 100 + 1e-9);

/**
 * Titles of the units of one block. Each unit is considered for the highest title
 * first: it must reach the minimum total and every top-level group's floor; then
 * the quota admits the qualifying units in rank order. Units tied at the quota's
 * cut-off are admitted together only if all of them fit, otherwise none of them is
 * (the quota is a maximum; the council may decide otherwise by hand). A unit not
 * admitted is considered for the next title down, and its result lists what it missed.
 */
export function awardTitles(
  candidates: readonly TitleCandidate[],
  titles: readonly TitleRule[],
  groups: readonly GroupMax[],
): Map<string, TitleResult> {
  const results = new Map<string, TitleResult>(
    candidates.map((c) => [c.unitId, { unitId: c.unitId, titleId: null, missed: [] }]),
  );
  let remaining = [...candidates].sort((a, b) => a.rank - b.rank);
  for (const title of [...titles].sort((a, b) => a.rankOrder - b.rankOrder)) {
    const qualifying: TitleCandidate[] = [];
    for (const candidate of remaining) {
      const conditions = conditionsMissed(candidate, title, groups);
      if (conditions.length === 0) qualifying.push(candidate);
      else results.get(candidate.unitId)!.missed.push({ titleId: title.id, conditions });
    }
    const limit = title.quotaPercent === null ? Infinity : quotaLimit(title.quotaPercent, candidates.length);
    const admitted = new Set<string>();
    for (const candidate of qualifying) {
      const withSameOrBetterRank = qualifying.filter((q) => q.rank <= candidate.rank).length;
      if (withSameOrBetterRank <= limit) admitted.add(candidate.unitId);
      else {
        results.get(candidate.unitId)!.missed.push({
          titleId: title.id,
          conditions: [{ kind: 'QUOTA', quota: limit, eligible: qualifying.length }],
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
