import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { CampaignRankingQuery } from '../../../../generated/graphql';
import { graphqlStub } from '../../../../test/graphql-stub';
import { renderUi } from '../../../../test/render';
import { QuotaFreeze } from './quota-freeze';

type Ranking = CampaignRankingQuery['campaignRanking'];

function ranking(frozen: string | null): Ranking {
  return {
    campaignId: 'c1',
    periodId: 'p1',
    view: 'REVIEWED',
    tieRuleText: '',
    quotaFrozenAt: frozen,
    lateRule: { kind: 'NONE', pointsPerDay: null, maxPoints: null },
    blocks: [
      {
        blockId: 'b1',
        name: 'Khối trường học',
        criteriaSetName: 'Bộ tiêu chí trường học',
        tieRuleText: '',
        groups: [],
        quotas: [
          {
            titleId: 't1',
            titleName: 'Xuất sắc',
            percent: 20,
            baseKind: 'LOWER_TITLE',
            base: 3,
            rounding: 'FLOOR',
            minimum: 1,
            limit: 1,
            frozen: Boolean(frozen),
          },
        ],
        unranked: [],
        rows: [],
      },
    ],
  };
}

describe('QuotaFreeze', () => {
  it('freezes after a confirmation that says the bases stop moving as sheets get approved', async () => {
    const { client, calls } = graphqlStub({
      FreezeQuotaBases: () => ({
        data: { freezeQuotaBases: { campaignId: 'c1', periodId: 'p1', quotaFrozenAt: '2026-07-06T03:00:00Z' } },
      }),
    });
    const { user } = renderUi(<QuotaFreeze ranking={ranking(null)} published={false} isAdmin />, { client });
    expect(screen.getByTestId('quota-freeze')).toHaveTextContent('đang được đếm theo các bảng đã thẩm định');
    await user.click(screen.getByRole('button', { name: 'Chốt cơ sở tính số lượng tối đa' }));
    const dialog = screen.getByTestId('quota-freeze-dialog');
    expect(dialog).toHaveTextContent('các bảng được thẩm định sau đó không làm thay đổi cơ sở và số lượng tối đa nữa');
    expect(dialog).toHaveTextContent('Khối trường học: “Xuất sắc” — cơ sở 3 đơn vị, tối đa 1');
    expect(calls.some((c) => c.name === 'FreezeQuotaBases')).toBe(false);
    await user.click(within(dialog).getByTestId('quota-freeze-confirm'));
    await waitFor(() =>
      expect(calls.find((c) => c.name === 'FreezeQuotaBases')?.variables).toEqual({ periodId: 'p1' }),
    );
    await waitFor(() => expect(screen.queryByTestId('quota-freeze-dialog')).not.toBeInTheDocument());
  });

  it('once frozen, says when and the bases, and the button is disabled', () => {
    renderUi(<QuotaFreeze ranking={ranking('2026-07-06T03:00:00Z')} published={false} isAdmin />);
    expect(screen.getByTestId('quota-frozen-at')).toHaveTextContent(/Đã chốt cơ sở tính số lượng tối đa lúc .*2026/);
    expect(screen.getByTestId('quota-frozen-bases')).toHaveTextContent(
      'Khối trường học: “Xuất sắc” — cơ sở 3 đơn vị, tối đa 1',
    );
    expect(screen.getByTestId('quota-freeze-button')).toBeDisabled();
  });

  it('is disabled once published, and offered to admins only', () => {
    const { unmount } = renderUi(<QuotaFreeze ranking={ranking(null)} published isAdmin />);
    expect(screen.getByTestId('quota-freeze-button')).toBeDisabled();
    unmount();
    renderUi(<QuotaFreeze ranking={ranking(null)} published={false} isAdmin={false} />);
    expect(screen.queryByTestId('quota-freeze-button')).not.toBeInTheDocument();
  });
});
