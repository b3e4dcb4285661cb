import type { RaceUnitRow } from '@thidua/shared';
import { render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { RaceBars } from './race-bars';
import { raceLevels } from './race-levels';

const row = (unitId: string, level: string, participationRate: number, rank: number): RaceUnitRow => ({
  unitId,
  unitName: `Đơn vị ${unitId}`,
  level,
  entrants: 1,
  unverified: 0,
  eligiblePopulation: 1000,
  populationKind: 'RESIDENTS',
  populationSource: 'ROSTER',
  participationRate,
  rank,
});

describe('RaceBars', () => {
  // jsdom has no matchMedia; the rows' slide animation asks it for reduced motion.
  beforeEach(() => vi.stubGlobal('matchMedia', () => ({ matches: true })));
  afterEach(() => vi.unstubAllGlobals());

  it('draws each bar at its rate on a 0–100 % scale, not scaled to the leader', () => {
    const rows = [row('a', 'SCHOOL', 0.001, 1), row('b', 'SCHOOL', 0, 2)];
    render(
      <RaceBars
        rows={rows}
        codes={
          new Map([
            ['a', 'A'],
            ['b', 'B'],
          ])
        }
        twoColumns={false}
        at={1}
      />,
    );
    expect(screen.getByTestId('race-bar-A').style.width).toBe('0.1%');
    expect(screen.getByTestId('race-bar-B').style.width).toBe('0%');
  });
});

describe('raceLevels', () => {
  it('splits the rows into one ranking per level, TDPs first and the ward last', () => {
    const levels = raceLevels([
      row('ward', 'WARD', 0.01, 1),
      row('s2', 'SCHOOL', 0.1, 2),
      row('t1', 'NEIGHBORHOOD_GROUP', 0.2, 1),
      row('s1', 'SCHOOL', 0.3, 1),
    ]);
    expect(levels.map((l) => [l.level, l.rows.map((r) => r.unitId)])).toEqual([
      ['NEIGHBORHOOD_GROUP', ['t1']],
      ['SCHOOL', ['s1', 's2']],
      ['WARD', ['ward']],
    ]);
  });
});
