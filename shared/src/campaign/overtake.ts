import type { IndicatorDef } from './indicator-tree.js';
import { round2 } from './indicator-tree.js';

export interface Headroom {
  indicatorId: string;
  code: string;
  current: number;
  max: number;
  /** Points still available on this indicator. */
  headroom: number;
  /** Gaining all of it alone would put the unit above the one ranked above it. */
  enoughAlone: boolean;
}

export interface OvertakeGap {
  /** Points behind the unit above; strictly more are needed to pass it (equal only ties). */
  points: number;
  /** Indicators with points still available, most first. */
  headroom: Headroom[];
  /** All the headroom together would be enough. */
  reachable: boolean;
}

/**
 * What it would take for a unit to overtake the unit ranked above it: the gap in
 * points and, per indicator, how many points it has not earned yet. Penalties are
 * not headroom (an old penalty cannot be undone by work).
 */
export function gapToOvertake(
  indicators: readonly IndicatorDef[],
  unit: { total: number; scores: Readonly<Record<string, number>> },
  above: { total: number },
): OvertakeGap {
  const points = round2(Math.max(0, above.total - unit.total));
  const headroom = indicators
    .filter((i) => i.kind !== 'GROUP' && i.kind !== 'PENALTY')
    .map((i) => {
      const current = unit.scores[i.id] ?? 0;
      const room = round2(Math.max(0, i.maxPoints - current));
      return { indicatorId: i.id, code: i.code, current, max: i.maxPoints, headroom: room, enoughAlone: room > points };
    })
    .filter((h) => h.headroom > 0)
    .sort((a, b) => b.headroom - a.headroom || a.code.localeCompare(b.code, 'vi', { numeric: true }));
  const available = round2(headroom.reduce((s, h) => s + h.headroom, 0));
  return { points, headroom, reachable: available > points };
}
