import { render, screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { liveState } from '../../testing/live-fixtures';
import { ScreenLobby } from './screen-lobby';

const GROUP_HEIGHT = 30;
const CHIP_HEIGHT = 20;
const saved = new Map<string, PropertyDescriptor | undefined>();

/**
 * A stand-in layout (jsdom has none): the unit panel is `panelHeight` px tall with unit cards
 * stacked GROUP_HEIGHT apart; a card's names box holds two lines of chips, one chip a line.
 */
function fakeLayout(panelHeight: number): void {
  const index = (el: Element) => Array.from(el.parentElement?.children ?? []).indexOf(el);
  const props: Record<string, (this: HTMLElement) => unknown> = {
    clientHeight() {
      if (this.dataset.testid === 'screen-lobby-groups') return panelHeight;
      if (this.classList.contains('screen-lobby__names')) return 2 * CHIP_HEIGHT;
      return 0;
    },
    clientWidth: () => 1000,
    offsetTop() {
      if (this.dataset.testid === 'screen-lobby-group') return index(this) * GROUP_HEIGHT;
      if (this.classList.contains('name-chip')) return index(this) * CHIP_HEIGHT;
      return 0;
    },
    offsetHeight() {
      return this.classList.contains('name-chip') ? CHIP_HEIGHT : GROUP_HEIGHT;
    },
    offsetLeft: () => 0,
    offsetWidth: () => 100,
    offsetParent() {
      return this.parentElement;
    },
  };
  for (const [name, get] of Object.entries(props)) {
    saved.set(name, Object.getOwnPropertyDescriptor(HTMLElement.prototype, name));
    Object.defineProperty(HTMLElement.prototype, name, { configurable: true, get });
  }
}

const groups = (units: number, names: number) =>
  Array.from({ length: units }, (_, u) => ({
    unitId: `u${u}`,
    unitName: `Tổ dân phố ${u + 1}`,
    names: Array.from({ length: names }, (_, n) => `Người ${u + 1}.${n + 1}`),
    count: names,
  }));

function renderLobby(byUnit: ReturnType<typeof groups>, title = 'Thi tìm hiểu nghị quyết') {
  const players = byUnit.reduce((sum, g) => sum + g.count, 0);
  render(
    <MemoryRouter>
      <ScreenLobby state={liveState({ title, lobby: { players, guests: 0, byUnit } })} />
    </MemoryRouter>,
  );
}

describe('ScreenLobby on a projector', () => {
  beforeEach(() => saved.clear());
  afterEach(() => {
    for (const [name, descriptor] of saved) {
      if (descriptor) Object.defineProperty(HTMLElement.prototype, name, descriptor);
      else delete (HTMLElement.prototype as unknown as Record<string, unknown>)[name];
    }
  });

  it('shows the unit cards that fit and says how many units and people are left out', () => {
    fakeLayout(100); // three cards of 30 px fit, the fourth would be cut
    renderLobby(groups(20, 2));
    const cards = screen.getAllByTestId('screen-lobby-group');
    expect(cards.filter((c) => !c.hasAttribute('data-clipped'))).toHaveLength(3);
    expect(cards[3]).toHaveAttribute('aria-hidden', 'true');
    expect(screen.getByTestId('screen-more-units')).toHaveTextContent('+17 đơn vị (34 người)');
  });

  it('says nothing more when every unit fits', () => {
    fakeLayout(1000);
    renderLobby(groups(5, 2));
    expect(screen.queryByTestId('screen-more-units')).toBeNull();
    expect(screen.queryByTestId('screen-more-names')).toBeNull();
  });

  it('shows two lines of names per unit and "+N người" for the rest, the unsent names too', () => {
    fakeLayout(1000);
    const [big] = groups(1, 5);
    renderLobby([{ ...big, count: 9 }]);
    const card = screen.getByTestId('screen-lobby-group');
    const chips = card.querySelectorAll('.name-chip');
    expect(Array.from(chips).filter((c) => !c.hasAttribute('data-clipped'))).toHaveLength(2);
    // 9 joined, 2 names shown: 3 sent names did not fit and 4 were never sent.
    expect(within(card).getByTestId('screen-more-names')).toHaveTextContent('+7 người');
  });

  it('wraps a long title in smaller type instead of cutting it', () => {
    fakeLayout(1000);
    const title = 'Hội thi tìm hiểu Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIV của Đảng năm 2026';
    renderLobby(groups(1, 1), title);
    const heading = screen.getByText(title);
    expect(heading).toHaveClass('screen__title');
    expect(heading).toHaveAttribute('data-long', 'true');
  });
});
