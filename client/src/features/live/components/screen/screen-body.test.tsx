import type { LiveLeaderboardView, LiveUnitRow } from '@thidua/shared';
import { render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { liveQuestion, liveState } from '../../testing/live-fixtures';
import { ScreenBody } from './screen-page';

const ROW = 40;
const saved = new Map<string, PropertyDescriptor | undefined>();

/** A stand-in layout (jsdom has none): every ranking box is `boxHeight` px tall, rows ROW px apart. */
function fakeLayout(boxHeight: number): void {
  const props: Record<string, (this: HTMLElement) => unknown> = {
    clientHeight() {
      return this.classList.contains('screen-fit') ? boxHeight : 0;
    },
    clientWidth: () => 800,
    offsetTop() {
      return this.tagName === 'LI' ? Array.from(this.parentElement?.children ?? []).indexOf(this) * ROW : 0;
    },
    offsetHeight: () => ROW,
    offsetLeft: () => 0,
    offsetWidth: () => 400,
    offsetParent() {
      return this.parentElement;
    },
  };
  for (const [name, get] of Object.entries(props)) {
    saved.set(name, Object.getOwnPropertyDescriptor(HTMLElement.prototype, name));
    Object.defineProperty(HTMLElement.prototype, name, { configurable: true, get });
  }
}

const unit = (i: number): LiveUnitRow => ({
  unitId: `u${i}`,
  unitName: `Tổ dân phố ${i + 1}`,
  players: 3,
  verified: 3,
  guests: 0,
  otherKinds: 0,
  populationKind: 'RESIDENTS',
  populationSource: 'ROSTER',
  eligiblePopulation: 1200,
  participationRate: 0.0025,
  meanScore: 900 - i,
  score: 900 - i,
  rank: i + 1,
  previousRank: null,
});

const leaderboard = (units: number): LiveLeaderboardView => ({
  afterQuestion: 2,
  topPlayers: Array.from({ length: 8 }, (_, i) => ({
    playerId: `p${i}`,
    name: `Người ${i + 1}`,
    unitName: null,
    score: 1000 - i,
    rank: i + 1,
    verified: true,
  })),
  units: Array.from({ length: units }, (_, i) => unit(i)),
  unitAggregation: 'MEAN',
  participationBasis: 'VERIFIED',
  verifiedPlayers: 24,
  guests: 0,
});

function renderBoard(units: number, title = 'Đố vui nghị quyết') {
  render(
    <ScreenBody
      state={liveState({ phase: 'LEADERBOARD', title, leaderboard: leaderboard(units) })}
      clockOffset={0}
      rankMemory={{ previous: new Map(), key: 2 }}
    />,
  );
}

describe('the leaderboard on a projector', () => {
  beforeEach(() => {
    saved.clear();
    // The rows' slide animation asks for reduced motion.
    vi.stubGlobal('matchMedia', () => ({ matches: true }));
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    for (const [name, descriptor] of saved) {
      if (descriptor) Object.defineProperty(HTMLElement.prototype, name, descriptor);
      else delete (HTMLElement.prototype as unknown as Record<string, unknown>)[name];
    }
  });

  it('shows the ranking rows that fit whole and says how many units and players are left out', () => {
    fakeLayout(5 * ROW + 10); // five rows fit, the sixth would be cut
    renderBoard(8);
    const units = screen.getByTestId('screen-units');
    const rows = within(units).getAllByRole('listitem', { hidden: true });
    expect(rows.filter((r) => !r.hasAttribute('data-clipped'))).toHaveLength(5);
    expect(rows[5]).toHaveAttribute('aria-hidden', 'true');
    expect(screen.getByTestId('screen-more-units')).toHaveTextContent('+3 đơn vị');
    expect(screen.getByTestId('screen-more-players')).toHaveTextContent('+3 người');
  });

  it('says nothing more when every row fits', () => {
    fakeLayout(1000);
    renderBoard(4);
    expect(screen.queryByTestId('screen-more-units')).toBeNull();
    expect(screen.queryByTestId('screen-more-players')).toBeNull();
  });

  it('wraps a long title in the header in smaller type instead of cutting it', () => {
    fakeLayout(1000);
    const title = 'Hội thi tìm hiểu Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIV của Đảng năm 2026';
    renderBoard(1, title);
    expect(screen.getByText(title)).toHaveAttribute('data-long', 'true');
  });
});

describe('the reveal on a projector', () => {
  const descriptors = ['clientHeight', 'scrollHeight'].map(
    (name) => [name, Object.getOwnPropertyDescriptor(HTMLElement.prototype, name)] as const,
  );
  afterEach(() => {
    for (const [name, descriptor] of descriptors) {
      if (descriptor) Object.defineProperty(HTMLElement.prototype, name, descriptor);
      else delete (HTMLElement.prototype as unknown as Record<string, unknown>)[name];
    }
  });

  /** The explanation panel is `box` px tall; its text needs 20 lines of its font size (16 px in jsdom). */
  function renderReveal(box: number) {
    Object.defineProperty(HTMLElement.prototype, 'clientHeight', {
      configurable: true,
      get(this: HTMLElement) {
        return this.dataset.testid === 'screen-explanation' ? box : 0;
      },
    });
    Object.defineProperty(HTMLElement.prototype, 'scrollHeight', {
      configurable: true,
      get(this: HTMLElement) {
        return this.dataset.testid === 'screen-explanation' ? parseFloat(this.style.fontSize || '16') * 20 : 0;
      },
    });
    const question = liveQuestion('SINGLE_CHOICE');
    render(
      <ScreenBody
        state={liveState({
          phase: 'REVEAL',
          question,
          reveal: {
            index: 0,
            correctOptionIds: ['opt-b'],
            correctValue: null,
            distribution: { 'opt-a': 1, 'opt-b': 3 },
            answered: 4,
            explanation: 'Một lời giải thích dài.',
            sectionTitle: null,
          },
        })}
        clockOffset={0}
        rankMemory={{ previous: new Map(), key: 0 }}
      />,
    );
    return screen.getByTestId('screen-explanation');
  }

  it('keeps the explanation at its size when it fits', () => {
    expect(renderReveal(400).style.fontSize).toBe('');
  });

  it('shrinks a long explanation until it fits its panel, rather than cutting it', () => {
    // 20 lines in 260 px: at most 13 px, so 80 % of 16 px.
    expect(renderReveal(260).style.fontSize).toBe('12.8px');
  });

  it('stops at 70 % of the size: still read from the back of the hall', () => {
    expect(renderReveal(100).style.fontSize).toBe('11.2px');
  });
});
