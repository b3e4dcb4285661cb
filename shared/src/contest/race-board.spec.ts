import { raceBarWidth, raceRows, type RaceOwnFigure } from './race-board.js';

const unit = (
  unitId: string,
  parentId: string | null,
  level: string,
  entrants: number,
  population: number,
  unverified = 0,
): RaceOwnFigure => ({ unitId, parentId, level, entrants, population, unverified });

// A ward with two blocks; each block with TDPs; the ward itself declares 8000.
const tree = [
  unit('ward', null, 'WARD', 0, 8000),
  unit('block-1', 'ward', 'GROUP', 0, 0),
  unit('block-2', 'ward', 'GROUP', 0, 0),
  unit('tdp-1', 'block-1', 'NEIGHBORHOOD_GROUP', 1, 1200, 2),
  unit('tdp-2', 'block-1', 'NEIGHBORHOOD_GROUP', 30, 800),
  unit('tdp-3', 'block-2', 'NEIGHBORHOOD_GROUP', 5, 1000),
];
const row = (rows: ReturnType<typeof raceRows>, id: string) => rows.find((r) => r.unitId === id)!;

describe('raceRows', () => {
  it('makes a ward row the sum of its children, and a block the sum of its TDPs', () => {
    const rows = raceRows(tree);
    const ward = row(rows, 'ward');
    const blocks = [row(rows, 'block-1'), row(rows, 'block-2')];
    expect(ward.entrants).toBe(blocks[0].entrants + blocks[1].entrants);
    expect(ward.eligiblePopulation).toBe(blocks[0].eligiblePopulation + blocks[1].eligiblePopulation);
    expect(ward.unverified).toBe(2);
    expect(ward).toMatchObject({ entrants: 36, eligiblePopulation: 3000, participationRate: 36 / 3000 });
    expect(row(rows, 'block-1')).toMatchObject({ entrants: 31, eligiblePopulation: 2000 });
  });

  it('counts entrants registered at the parent itself on top of its children', () => {
    const rows = raceRows([unit('ward', null, 'WARD', 4, 8000), unit('tdp', 'ward', 'NEIGHBORHOOD_GROUP', 1, 100)]);
    expect(row(rows, 'ward')).toMatchObject({ entrants: 5, eligiblePopulation: 100 });
  });

  it('keeps a parent’s own population when none of its children declares one', () => {
    const rows = raceRows([unit('school', null, 'SCHOOL', 3, 500), unit('class', 'school', 'CLASS', 2, 0)]);
    expect(row(rows, 'school')).toMatchObject({ entrants: 5, eligiblePopulation: 500, participationRate: 0.01 });
  });

  it('ranks each level on its own, every ranking holding one level', () => {
    const rows = raceRows(tree);
    for (const level of ['WARD', 'GROUP', 'NEIGHBORHOOD_GROUP']) {
      const ranks = rows.filter((r) => r.level === level).map((r) => r.rank);
      expect(ranks[0]).toBe(1);
    }
    expect(rows.filter((r) => r.level === 'NEIGHBORHOOD_GROUP').map((r) => r.unitId)).toEqual([
      'tdp-2',
      'tdp-3',
      'tdp-1',
    ]);
    expect(rows.filter((r) => r.level === 'GROUP').map((r) => [r.unitId, r.rank])).toEqual([
      ['block-1', 1],
      ['block-2', 2],
    ]);
  });

  it('lets equal rates share a rank and leaves out units with nothing to show', () => {
    const rows = raceRows([
      unit('a', null, 'SCHOOL', 1, 10),
      unit('b', null, 'SCHOOL', 2, 20),
      unit('c', null, 'SCHOOL', 0, 0),
    ]);
    expect(rows.map((r) => r.rank)).toEqual([1, 1]);
  });
});

describe('raceBarWidth', () => {
  it('is the rate on a 0–100 % scale, not scaled to the leader', () => {
    expect(raceBarWidth(0.001)).toBeCloseTo(0.1, 10);
    expect(raceBarWidth(0.5)).toBe(50);
    expect(raceBarWidth(1)).toBe(100);
    expect(raceBarWidth(0)).toBe(0);
  });
});
