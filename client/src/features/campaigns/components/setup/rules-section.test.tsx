import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderUi } from '../../../../test/render';
import { campaignFixture, indicatorFixture } from '../../testing/campaign-fixtures';
import { RulesSection } from './rules-section';

/** Two criteria sets, each with its own "I.1". */
const set = (id: string, name: string, position: number, title: string) => ({
  id,
  name,
  position,
  blockIds: [],
  indicatorIssues: [],
  indicators: [
    indicatorFixture({ id: `${id}-g`, code: 'I', number: 'I', kind: 'GROUP', maxPoints: 10, criteriaSetId: id }),
    indicatorFixture({
      id: `${id}-1`,
      code: 'I.1',
      number: '1',
      parentId: `${id}-g`,
      title,
      maxPoints: 10,
      depth: 1,
      criteriaSetId: id,
    }),
  ],
});

describe('RulesSection tie-break picker', () => {
  it("names each indicator's criteria set, so two sets' I.1 are told apart", () => {
    const campaign = campaignFixture({
      status: 'DRAFT',
      tieRule: { kind: 'TIEBREAK_INDICATORS', indicatorIds: ['cs2-1'] },
      criteriaSets: [
        set('cs2', 'Bộ tiêu chí tổ dân phố', 1, 'Loa truyền thanh'),
        set('cs1', 'Bộ tiêu chí trường học', 0, 'Ban hành kế hoạch'),
      ],
    });
    renderUi(<RulesSection campaign={campaign} onSaved={() => undefined} />);
    const school = screen.getByRole('group', { name: 'Bộ tiêu chí trường học' });
    const tdp = screen.getByRole('group', { name: 'Bộ tiêu chí tổ dân phố' });
    expect(
      within(school).getByRole('checkbox', { name: /I\.1 Ban hành kế hoạch\s*· Bộ tiêu chí trường học/ }),
    ).not.toBeChecked();
    expect(
      within(tdp).getByRole('checkbox', { name: /I\.1 Loa truyền thanh\s*· Bộ tiêu chí tổ dân phố/ }),
    ).toBeChecked();
    // Sets in their own order: the school set (position 0) first.
    const groups = screen.getAllByRole('group').map((g) => g.getAttribute('aria-label'));
    expect(groups.indexOf('Bộ tiêu chí trường học')).toBeLessThan(groups.indexOf('Bộ tiêu chí tổ dân phố'));
  });
});
