import type { RaceUnitRow } from '@thidua/shared';
import { act, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { RACE_PAGE_MS } from '../../hooks/use-race-pages';
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
        at={1}
      />,
    );
    expect(screen.getByTestId('race-bar-A').style.width).toBe('0.1%');
    expect(screen.getByTestId('race-bar-B').style.width).toBe('0%');
  });
});

describe('RaceBars on a projector with more rows than fit', () => {
  const height = Object.getOwnPropertyDescriptor(HTMLElement.prototype, 'clientHeight');
  beforeEach(() => {
    vi.stubGlobal('matchMedia', () => ({ matches: true }));
    vi.useFakeTimers();
    // The list is 300 px tall; a row is at least 2.4em (16 px font in jsdom): 7 rows fit.
    Object.defineProperty(HTMLElement.prototype, 'clientHeight', {
      configurable: true,
      get(this: HTMLElement) {
        return this.dataset.testid === 'race-list' ? 300 : 0;
      },
    });
  });
  afterEach(() => {
    if (height) Object.defineProperty(HTMLElement.prototype, 'clientHeight', height);
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  const twenty = Array.from({ length: 20 }, (_, i) => row(`t${i + 1}`, 'NEIGHBORHOOD_GROUP', 0.5 - i / 100, i + 1));
  const shownRanks = () =>
    screen.getAllByRole('listitem').map((li) => Number(li.querySelector('.race-row__rank')?.textContent));

  it('shows the rows that fit, says which page it is, and turns to the next every few seconds', () => {
    render(<RaceBars rows={twenty} codes={new Map()} at={1} />);
    expect(shownRanks()).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(screen.getByTestId('race-page')).toHaveTextContent('Trang 1/3 · hạng 1–7 trong 20 đơn vị');

    act(() => {
      vi.advanceTimersByTime(RACE_PAGE_MS);
    });
    expect(shownRanks()).toEqual([8, 9, 10, 11, 12, 13, 14]);
    act(() => {
      vi.advanceTimersByTime(RACE_PAGE_MS);
    });
    expect(shownRanks()).toEqual([15, 16, 17, 18, 19, 20]);
    expect(screen.getByTestId('race-page')).toHaveTextContent('Trang 3/3 · hạng 15–20 trong 20 đơn vị');
    act(() => {
      vi.advanceTimersByTime(RACE_PAGE_MS);
    });
    expect(shownRanks()[0]).toBe(1);
  });

  it('does not page when every row fits', () => {
    render(<RaceBars rows={twenty.slice(0, 6)} codes={new Map()} at={1} />);
    expect(shownRanks()).toEqual([1, 2, 3, 4, 5, 6]);
    expect(screen.getByTestId('race-page')).toBeEmptyDOMElement();
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
