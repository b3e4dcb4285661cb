import type { CampaignBoardSnapshot } from '@thidua/shared';

/** How a unit moved between two snapshots of the board. */
export interface BoardChange {
  deltaTotal: number;
  /** Places climbed (negative: fell). */
  deltaRank: number;
  /** Among the units that gained the most points. */
  best: boolean;
}

export interface BoardChanges {
  byUnit: Map<string, BoardChange>;
  /** Index in `after.blocks` of the block of the biggest gain; -1 when nobody gained. */
  bestBlock: number;
}

/**
 * Who gained points and who climbed since the previous snapshot, for the screen's
 * highlights. Null when there is nothing to compare with (the first snapshot, or
 * another period).
 */
export function boardChanges(before: CampaignBoardSnapshot | null, after: CampaignBoardSnapshot): BoardChanges | null {
  if (!before || before.periodId !== after.periodId) return null;
  const old = new Map(before.blocks.flatMap((b) => b.rows.map((r) => [r.unitId, r] as const)));
  const byUnit = new Map<string, BoardChange>();
  let bestDelta = 0;
  let bestBlock = -1;
  after.blocks.forEach((b, n) =>
    b.rows.forEach((r) => {
      const was = old.get(r.unitId);
      const deltaTotal = was ? r.total - was.total : r.total;
      const deltaRank = was ? was.rank - r.rank : 0;
      if (deltaTotal !== 0 || deltaRank !== 0 || !was) byUnit.set(r.unitId, { deltaTotal, deltaRank, best: false });
      if (deltaTotal > bestDelta + 1e-9) {
        bestDelta = deltaTotal;
        bestBlock = n;
      }
    }),
  );
  if (bestDelta > 0) for (const c of byUnit.values()) c.best = Math.abs(c.deltaTotal - bestDelta) < 1e-9;
  return { byUnit, bestBlock };
}
