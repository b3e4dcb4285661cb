import { awardTitles, quotaLimit, type TitleCandidate, type TitleRule } from './titles.js';

const groups = [
  { id: 'g1', code: '1', maxPoints: 60 },
  { id: 'g2', code: '2', maxPoints: 40 },
];
const excellent: TitleRule = {
  id: 'xs',
  name: 'Xuất sắc',
  minTotal: 90,
  groupFloorPercent: 50,
  quotaPercent: 20,
  rankOrder: 1,
};
const advanced: TitleRule = {
  id: 'tt',
  name: 'Tiên tiến',
  minTotal: 70,
  groupFloorPercent: 50,
  quotaPercent: null,
  rankOrder: 2,
};
const candidate = (unitId: string, rank: number, g1: number, g2: number, bonus = 0): TitleCandidate => ({
  unitId,
  rank,
  total: g1 + g2 + bonus,
  groupSubtotals: { g1, g2 },
});

describe('awardTitles', () => {
  it('gives the highest title a unit qualifies for, and says what it missed above it', () => {
    const results = awardTitles(
      [
        candidate('a', 1, 58, 38),
        candidate('b', 2, 50, 30),
        candidate('c', 3, 30, 10),
        candidate('d', 4, 20, 10),
        candidate('e', 5, 10, 5),
      ],
      [advanced, excellent],
      groups,
    );
    expect(results.get('a')).toEqual({ unitId: 'a', titleId: 'xs', missed: [] });
    expect(results.get('b')).toEqual({
      unitId: 'b',
      titleId: 'tt',
      missed: [{ titleId: 'xs', conditions: [{ kind: 'MIN_TOTAL', required: 90, actual: 80 }] }],
    });
    expect(results.get('e')!.titleId).toBeNull();
  });

  it('refuses a title to a unit below a group floor, naming the group, even with a high total', () => {
    // 95 points (with 20 bonus) but group 2 has 15 of 40 (< 20 = 50 %).
    const results = awardTitles(
      [candidate('a', 1, 60, 15, 20), candidate('b', 2, 40, 30)],
      [excellent, advanced],
      groups,
    );
    expect(results.get('a')).toEqual({
      unitId: 'a',
      titleId: null,
      missed: [
        {
          titleId: 'xs',
          conditions: [{ kind: 'GROUP_FLOOR', groupId: 'g2', groupCode: '2', required: 20, actual: 15 }],
        },
        {
          titleId: 'tt',
          conditions: [{ kind: 'GROUP_FLOOR', groupId: 'g2', groupCode: '2', required: 20, actual: 15 }],
        },
      ],
    });
    expect(results.get('b')!.titleId).toBe('tt');
  });

  it('admits at most the quota in rank order; the next ones fall to the title below', () => {
    // 10 units, 20 % → 2 excellent; seven reach 90 points.
    const cands = Array.from({ length: 10 }, (_, i) => candidate(`u${i + 1}`, i + 1, 58 - i, 38));
    const results = awardTitles(cands, [excellent, advanced], groups);
    expect(['u1', 'u2', 'u3', 'u4'].map((u) => results.get(u)!.titleId)).toEqual(['xs', 'xs', 'tt', 'tt']);
    expect(results.get('u3')!.missed).toEqual([
      { titleId: 'xs', conditions: [{ kind: 'QUOTA', quota: 2, eligible: 7 }] },
    ]);
  });

  it('admits units tied at the quota cut-off only if all of them fit', () => {
    // 10 units, quota 2: rank 1, then two units tied at rank 2 → only the first is admitted.
    const cands = [candidate('a', 1, 60, 40), candidate('b', 2, 55, 40), candidate('c', 2, 55, 40)];
    for (let i = 0; i < 7; i += 1) cands.push(candidate(`z${i}`, 4 + i, 10, 10));
    const results = awardTitles(cands, [excellent, advanced], groups);
    expect([results.get('a')!.titleId, results.get('b')!.titleId, results.get('c')!.titleId]).toEqual([
      'xs',
      'tt',
      'tt',
    ]);
  });

  it('computes the quota limit with floor', () => {
    expect(quotaLimit(20, 12)).toBe(2);
    expect(quotaLimit(20, 4)).toBe(0);
    expect(quotaLimit(20, 5)).toBe(1);
  });
});
