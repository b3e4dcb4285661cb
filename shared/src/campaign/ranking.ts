import { compareVietnamese } from '../text/vietnamese.js';
import type { TieRule } from './campaign-enums.js';

export interface RankInput {
  unitId: string;
  /** Display name; only orders units that share a rank. */
  name: string;
  total: number;
  /** Scores by indicator id, for tie-break indicators. */
  scores: Readonly<Record<string, number>>;
}

export interface RankedUnit {
  unitId: string;
  rank: number;
  total: number;
  /** Shares its rank with another unit. */
  tied: boolean;
  /** The tie-break indicator that put this unit below the one before it, when a tie-break decided. */
  decidedByIndicatorId: string | null;
}

const EPSILON = 1e-9;
const cmpDesc = (a: number, b: number) => (Math.abs(a - b) < EPSILON ? 0 : b - a);

/**
 * Ranks the units of one block by total, highest first, with the campaign's tie rule:
 * - SHARED (default): equal totals share a rank and the next rank is skipped (1-2-2-4);
 * - DENSE: equal totals share a rank, none skipped (1-2-2-3);
 * - TIEBREAK_INDICATORS: equal totals are ordered by the listed indicators' scores in
 *   turn; units still equal share a rank as in SHARED.
 * Units sharing a rank are listed in Vietnamese name order.
 */
export function rankCampaignUnits(units: readonly RankInput[], rule: TieRule): RankedUnit[] {
  const tieBreaks = rule.kind === 'TIEBREAK_INDICATORS' ? (rule.indicatorIds ?? []) : [];
  const compareKey = (a: RankInput, b: RankInput): { order: number; decidedBy: string | null } => {
    const byTotal = cmpDesc(a.total, b.total);
    if (byTotal !== 0) return { order: byTotal, decidedBy: null };
    for (const id of tieBreaks) {
      const order = cmpDesc(a.scores[id] ?? 0, b.scores[id] ?? 0);
      if (order !== 0) return { order, decidedBy: id };
    }
    return { order: 0, decidedBy: null };
  };
  const sorted = [...units].sort((a, b) => compareKey(a, b).order || compareVietnamese(a.name, b.name));
  const result: RankedUnit[] = [];
  let distinct = 0;
  sorted.forEach((unit, index) => {
    const previous = index > 0 ? sorted[index - 1] : null;
    const key = previous ? compareKey(previous, unit) : null;
    const sameAsPrevious = key !== null && key.order === 0;
    if (!sameAsPrevious) distinct += 1;
    const rank = sameAsPrevious ? result[index - 1].rank : rule.kind === 'DENSE' ? distinct : index + 1;
    result.push({
      unitId: unit.unitId,
      rank,
      total: unit.total,
      tied: false,
      decidedByIndicatorId: key && !sameAsPrevious ? key.decidedBy : null,
    });
  });
  const counts = new Map<number, number>();
  for (const r of result) counts.set(r.rank, (counts.get(r.rank) ?? 0) + 1);
  for (const r of result) r.tied = (counts.get(r.rank) ?? 0) > 1;
  return result;
}

/** How a tie rule reads on a screen or in a report. */
export function describeTieRule(rule: TieRule, codeOf: (indicatorId: string) => string = (id) => id): string {
  switch (rule.kind) {
    case 'SHARED':
      return 'Bằng điểm thì đồng hạng, bỏ hạng kế tiếp (1-2-2-4)';
    case 'DENSE':
      return 'Bằng điểm thì đồng hạng, không bỏ hạng (1-2-2-3)';
    case 'TIEBREAK_INDICATORS':
      return `Bằng điểm thì so lần lượt tiêu chí ${(rule.indicatorIds ?? []).map(codeOf).join(', ')}; vẫn bằng thì đồng hạng`;
  }
}
