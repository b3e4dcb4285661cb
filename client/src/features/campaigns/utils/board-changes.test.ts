import type { CampaignBoardSnapshot } from '@thidua/shared';
import { describe, expect, it } from 'vitest';
import { boardChanges } from './board-changes';

const row = (unitId: string, rank: number, total: number) => ({
  unitId,
  rank,
  total,
  unitCode: unitId,
  unitName: unitId,
  titleName: null,
  statusLabel: 'Đã công bố',
  lateDeduction: 0,
});

const snapshot = (periodId: string, blocks: [string, ReturnType<typeof row>[]][]): CampaignBoardSnapshot => ({
  campaignId: 'c',
  campaignTitle: 'Thi đua',
  periodId,
  periodName: null,
  tieRule: { kind: 'SHARED' },
  tieRuleText: '',
  blocks: blocks.map(([blockId, rows]) => ({ blockId, name: blockId, criteriaSetName: '', rows, unranked: [] })),
  at: '2026-01-01T00:00:00Z',
});

describe('boardChanges', () => {
  it('has nothing to show for the first snapshot or a new period', () => {
    const first = snapshot('p1', [['schools', [row('A', 1, 50)]]]);
    expect(boardChanges(null, first)).toBeNull();
    expect(boardChanges(first, snapshot('p2', [['schools', [row('A', 1, 60)]]]))).toBeNull();
  });

  it('marks who gained and climbed, the biggest gain as best, and where it happened', () => {
    const before = snapshot('p1', [
      ['schools', [row('A', 1, 50), row('B', 2, 40)]],
      ['groups', [row('C', 1, 30), row('D', 2, 20)]],
    ]);
    const after = snapshot('p1', [
      ['schools', [row('A', 1, 52), row('B', 2, 40)]],
      ['groups', [row('D', 1, 35), row('C', 2, 30), row('E', 3, 5)]],
    ]);
    const changes = boardChanges(before, after)!;
    expect(changes.bestBlock).toBe(1);
    expect(changes.byUnit.get('D')).toEqual({ deltaTotal: 15, deltaRank: 1, best: true });
    expect(changes.byUnit.get('C')).toEqual({ deltaTotal: 0, deltaRank: -1, best: false });
    expect(changes.byUnit.get('A')).toEqual({ deltaTotal: 2, deltaRank: 0, best: false });
    expect(changes.byUnit.get('E')).toEqual({ deltaTotal: 5, deltaRank: 0, best: false }); // new on the board
    expect(changes.byUnit.has('B')).toBe(false); // unchanged
  });
});
