import { DEFAULT_UNIT_PRIZE } from './contest-enums.js';
import { assignPrizes, unitResults } from './unit-results.js';

describe('unitResults', () => {
  it('counts distinct entrants, divides by the eligible population and adds prize points', () => {
    const rows = unitResults(
      [
        { unitId: 'school', eligiblePopulation: 1000 },
        { unitId: 'tdp', eligiblePopulation: 40 },
        { unitId: 'empty', eligiblePopulation: 0 },
      ],
      [
        { unitId: 'school', entrantId: 'a', score: 10 },
        { unitId: 'school', entrantId: 'b', score: 6 },
        { unitId: 'tdp', entrantId: 'c', score: 7 },
        { unitId: 'tdp', entrantId: 'd', score: 9 },
      ],
      [{ unitId: 'school', tier: DEFAULT_UNIT_PRIZE.prizeTiers[0] }],
      DEFAULT_UNIT_PRIZE,
    );
    expect(rows).toEqual([
      // 2/40 = 5 % → 5 points
      expect.objectContaining({
        unitId: 'school',
        entrants: 2,
        participationRate: 0.002,
        averageScore: 8,
        prizePoints: 10,
        prizeScore: 10.2,
        rank: 1,
      }),
      expect.objectContaining({
        unitId: 'tdp',
        entrants: 2,
        participationRate: 0.05,
        averageScore: 8,
        prizeScore: 5,
        rank: 2,
      }),
      expect.objectContaining({
        unitId: 'empty',
        entrants: 0,
        participationRate: 0,
        averageScore: 0,
        prizeScore: 0,
        rank: 3,
      }),
    ]);
  });

  it('gives 70 points for a 70 % participation (the provincial contest rule)', () => {
    const scores = Array.from({ length: 7 }, (_, i) => ({ unitId: 'u', entrantId: `e${i}`, score: 1 }));
    const [row] = unitResults([{ unitId: 'u', eligiblePopulation: 10 }], scores, [], DEFAULT_UNIT_PRIZE);
    expect(row.prizeScore).toBe(70);
  });
});

describe('assignPrizes', () => {
  it('hands out tiers down the ranking in order', () => {
    const won = assignPrizes(
      ['a', 'b', 'c', 'd'],
      [
        { label: 'Nhất', count: 1, unitPoints: 10 },
        { label: 'Nhì', count: 2, unitPoints: 8 },
        { label: 'Ba', count: 3, unitPoints: 6 },
      ],
    );
    expect(won.map((w) => [w.row, w.tier.label])).toEqual([
      ['a', 'Nhất'],
      ['b', 'Nhì'],
      ['c', 'Nhì'],
      ['d', 'Ba'],
    ]);
  });
});
