import { Role } from '@thidua/shared';
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderUi, testUser } from '../../../test/render';
import { HomePage } from './home-page';

const cardIds = () => screen.getAllByTestId(/^home-card-/u).map((card) => card.dataset.testid);

describe('HomePage', () => {
  it('gives an admin a card for every section of the top bar, Tuyên truyền, Khen thưởng and Danh sách người too', () => {
    renderUi(<HomePage />);
    expect(cardIds()).toEqual(
      expect.arrayContaining([
        'home-card-activities',
        'home-card-commendation',
        'home-card-people',
        'home-card-campaigns',
        'home-card-contests',
      ]),
    );
    expect(screen.getByTestId('home-card-commendation')).toHaveAttribute('href', '/commendation');
  });

  it("gives a unit officer their unit's sections only: no commendation rounds, no contests", () => {
    const unit = { id: 'u-1', code: 'TDP-01', name: 'Tổ dân phố 1' };
    renderUi(<HomePage />, { user: testUser({ role: Role.UNIT_OFFICER, unit }) });
    expect(cardIds()).toEqual(expect.arrayContaining(['home-card-activities', 'home-card-people']));
    expect(screen.queryByTestId('home-card-commendation')).not.toBeInTheDocument();
    expect(screen.queryByTestId('home-card-contests')).not.toBeInTheDocument();
  });
});
