import { DEFAULT_UNIT_PRIZE } from './contest-enums.js';
import { assignPrizes, contestParticipationFormula, unitResults, type UnitEntrantScore } from './unit-results.js';

const residents = (size: number) => ({ kind: 'RESIDENTS', size, source: 'ROSTER' as const });
const verified = (unitId: string, id: string, score: number): UnitEntrantScore => ({
  unitId,
  entrantId: `e-${id}`,
  personId: `p-${id}`,
  personKind: 'RESIDENTS',
  score,
});
const unverified = (unitId: string, id: string, score: number): UnitEntrantScore => ({
  unitId,
  entrantId: `e-${id}`,
  personId: null,
  personKind: null,
  score,
});

describe('unitResults', () => {
  it('counts distinct verified persons, divides by the population and adds prize points', () => {
    const rows = unitResults(
      [
        { unitId: 'school', population: residents(1000) },
        { unitId: 'tdp', population: residents(40) },
        { unitId: 'empty', population: residents(0) },
      ],
      [verified('school', 'a', 10), verified('school', 'b', 6), verified('tdp', 'c', 7), verified('tdp', 'd', 9)],
      [{ unitId: 'school', personId: 'p-a', tier: DEFAULT_UNIT_PRIZE.prizeTiers[0] }],
      DEFAULT_UNIT_PRIZE,
    );
    expect(rows).toEqual([
      expect.objectContaining({
        unitId: 'school',
        entrants: 2,
        participationRate: 0.002,
        averageScore: 8,
        prizePoints: 10,
        prizeScore: 10.2,
        rank: 1,
      }),
      // 2/40 = 5 % → 5 points
      expect.objectContaining({ unitId: 'tdp', entrants: 2, participationRate: 0.05, prizeScore: 5, rank: 2 }),
      expect.objectContaining({ unitId: 'empty', entrants: 0, participationRate: 0, prizeScore: 0, rank: 3 }),
    ]);
  });

  it('gives 70 points for a 70 % participation (the provincial contest rule)', () => {
    const scores = Array.from({ length: 7 }, (_, i) => verified('u', `${i}`, 1));
    const [row] = unitResults([{ unitId: 'u', population: residents(10) }], scores, [], DEFAULT_UNIT_PRIZE);
    expect(row.prizeScore).toBe(70);
  });

  it('lets 25 unverified entrants change nothing: rate, average, prize points and rank stay', () => {
    const units = [
      { unitId: 'class', population: residents(25) },
      { unitId: 'tdp', population: residents(40) },
    ];
    const real = [verified('tdp', 'r1', 5), verified('tdp', 'r2', 7)];
    const before = unitResults(units, real, [], DEFAULT_UNIT_PRIZE);
    const bots = Array.from({ length: 25 }, (_, i) => unverified('class', `bot${i}`, 0));
    const after = unitResults(
      units,
      [...real, ...bots],
      [{ unitId: 'class', personId: null, tier: DEFAULT_UNIT_PRIZE.prizeTiers[2] }],
      DEFAULT_UNIT_PRIZE,
    );
    const view = (rows: typeof before) =>
      rows.map((r) => [r.unitId, r.entrants, r.participationRate, r.averageScore, r.prizeScore, r.rank]);
    expect(view(after)).toEqual(view(before));
    expect(after.find((r) => r.unitId === 'class')).toMatchObject({ unverified: 25, entrants: 0, prizePoints: 0 });
  });

  it('counts every entrant for a contest counted before rosters', () => {
    const [row] = unitResults(
      [{ unitId: 'u', population: { kind: 'RESIDENTS', size: 10, source: 'DECLARED' } }],
      [unverified('u', 'a', 4), unverified('u', 'b', 6)],
      [{ unitId: 'u', personId: null, tier: DEFAULT_UNIT_PRIZE.prizeTiers[0] }],
      DEFAULT_UNIT_PRIZE,
      'BEFORE_ROSTERS',
    );
    expect(row).toMatchObject({ entrants: 2, participationRate: 0.2, averageScore: 5, prizePoints: 10 });
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

describe('contestParticipationFormula', () => {
  it('names the act, the verified count and the kind', () => {
    expect(contestParticipationFormula('VERIFIED', 'Học sinh')).toMatch(/đã xác minh.*÷ số học sinh/);
    expect(contestParticipationFormula('BEFORE_ROSTERS', null)).toMatch(/trước khi có danh sách/);
  });
});
