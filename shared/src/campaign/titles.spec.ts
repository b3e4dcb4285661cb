import { awardTitles, quotaBases, quotaLimit, type TitleCandidate, type TitleRule } from './titles.js';

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
  quotaBase: 'LOWER_TITLE',
  quotaRounding: 'FLOOR',
  quotaMinimum: 1,
  rankOrder: 1,
};
const advanced: TitleRule = {
  id: 'tt',
  name: 'Tiên tiến',
  minTotal: 70,
  groupFloorPercent: 50,
  quotaPercent: null,
  quotaBase: 'LOWER_TITLE',
  quotaRounding: 'FLOOR',
  quotaMinimum: 1,
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
      {
        titleId: 'xs',
        conditions: [
          {
            kind: 'QUOTA',
            quota: 2,
            eligible: 7,
            percent: 20,
            base: 10,
            baseKind: 'LOWER_TITLE',
            rounding: 'FLOOR',
            minimum: 1,
            frozen: false,
          },
        ],
      },
    ]);
  });

  it('admits units tied at the quota cut-off only if all of them fit', () => {
    // 3 of 10 units earn "tiên tiến": 20 % of 3 → 0, at least 1; rank 1, then two tied at rank 2 → only the first.
    const cands = [candidate('a', 1, 60, 40), candidate('b', 2, 55, 40), candidate('c', 2, 55, 40)];
    for (let i = 0; i < 7; i += 1) cands.push(candidate(`z${i}`, 4 + i, 10, 10));
    const results = awardTitles(cands, [excellent, advanced], groups);
    expect([results.get('a')!.titleId, results.get('b')!.titleId, results.get('c')!.titleId]).toEqual([
      'xs',
      'tt',
      'tt',
    ]);
  });

  it('computes the quota limit with the named rounding and minimum, never above the base', () => {
    expect(quotaLimit(20, 12)).toBe(2);
    expect(quotaLimit(20, 4)).toBe(0);
    expect(quotaLimit(20, 5)).toBe(1);
    expect(quotaLimit(20, 12, 'ROUND')).toBe(2);
    expect(quotaLimit(20, 13, 'ROUND')).toBe(3);
    expect(quotaLimit(20, 11, 'CEIL')).toBe(3);
    expect(quotaLimit(20, 10, 'CEIL')).toBe(2);
    expect(quotaLimit(20, 3, 'FLOOR', 1)).toBe(1);
    expect(quotaLimit(20, 0, 'FLOOR', 1)).toBe(0);
  });
});

describe('quota bases (issue 12: small blocks could never earn the top title)', () => {
  const lower: TitleRule = {
    id: 'tt',
    name: 'Tập thể lao động tiên tiến',
    minTotal: 80,
    groupFloorPercent: null,
    quotaPercent: null,
    quotaBase: 'BLOCK_UNITS',
    quotaRounding: 'FLOOR',
    quotaMinimum: 0,
    rankOrder: 2,
  };
  const top: TitleRule = {
    id: 'xs',
    name: 'Tập thể lao động xuất sắc',
    minTotal: 90,
    groupFloorPercent: 50,
    quotaPercent: 20,
    quotaBase: 'LOWER_TITLE',
    quotaRounding: 'FLOOR',
    quotaMinimum: 1,
    rankOrder: 1,
  };
  const threeSchools = [candidate('a', 1, 55, 35), candidate('b', 2, 50, 35), candidate('c', 3, 45, 35)];

  it('a 3-unit block: 20 % of the 3 "tiên tiến" units is 0.6 → 0, minimum 1 → the best unit earns the top title', () => {
    const options = { blockUnits: 3, wardUnits: 15 };
    expect(quotaBases(threeSchools, [top, lower], groups, options)).toEqual({ xs: 3 });
    const results = awardTitles(threeSchools, [top, lower], groups, options);
    expect(['a', 'b', 'c'].map((u) => results.get(u)!.titleId)).toEqual(['xs', 'tt', 'tt']);
    expect(results.get('b')!.missed).toEqual([
      { titleId: 'xs', conditions: [{ kind: 'MIN_TOTAL', required: 90, actual: 85 }] },
    ]);
  });

  it('the minimum never admits a unit that misses a condition', () => {
    const results = awardTitles([candidate('a', 1, 60, 15, 20), candidate('b', 2, 50, 30)], [top, lower], groups, {
      blockUnits: 2,
      wardUnits: 2,
    });
    expect(results.get('a')).toMatchObject({
      titleId: 'tt',
      missed: [{ titleId: 'xs', conditions: [{ kind: 'GROUP_FLOOR', groupCode: '2' }] }],
    });
    expect(results.get('b')!.titleId).toBe('tt');
  });

  it('counts the block base from every member unit, the ward base from the campaign, and the lowest title falls back to the block', () => {
    const cands = Array.from({ length: 4 }, (_, i) => candidate(`u${i}`, i + 1, 58 - i, 38));
    const onlyTitle: TitleRule = { ...top, quotaBase: 'LOWER_TITLE', quotaMinimum: 0 };
    // Ten member units, four of them ranked: the base is 10, and 20 % of 10 → 2.
    expect(quotaBases(cands, [onlyTitle], groups, { blockUnits: 10, wardUnits: 40 })).toEqual({ xs: 10 });
    const alone = awardTitles(cands, [onlyTitle], groups, { blockUnits: 10, wardUnits: 40 });
    expect(cands.map((c) => alone.get(c.unitId)!.titleId)).toEqual(['xs', 'xs', null, null]);
    const ward = { ...top, quotaBase: 'WARD_UNITS' as const };
    expect(quotaBases(cands, [ward, lower], groups, { blockUnits: 10, wardUnits: 40 })).toEqual({ xs: 40 });
    const results = awardTitles(cands, [{ ...top, quotaBase: 'BLOCK_UNITS' }, lower], groups, {
      blockUnits: 10,
      wardUnits: 40,
    });
    expect(cands.map((c) => results.get(c.unitId)!.titleId)).toEqual(['xs', 'xs', 'tt', 'tt']);
  });

  it('uses a frozen base instead of counting, and says so when the quota is what a unit missed', () => {
    const options = { blockUnits: 3, wardUnits: 3, frozenBases: { xs: 10 } };
    const cands = [candidate('a', 1, 58, 38), candidate('b', 2, 57, 38), candidate('c', 3, 56, 38)];
    expect(quotaBases(cands, [top, lower], groups, options)).toEqual({ xs: 10 });
    const results = awardTitles(cands, [top, lower], groups, options);
    expect(cands.map((c) => results.get(c.unitId)!.titleId)).toEqual(['xs', 'xs', 'tt']);
    expect(results.get('c')!.missed).toEqual([
      {
        titleId: 'xs',
        conditions: [
          {
            kind: 'QUOTA',
            quota: 2,
            eligible: 3,
            percent: 20,
            base: 10,
            baseKind: 'LOWER_TITLE',
            rounding: 'FLOOR',
            minimum: 1,
            frozen: true,
          },
        ],
      },
    ]);
  });
});
