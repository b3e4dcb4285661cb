import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { graphqlStub } from '../../../../test/graphql-stub';
import { renderUi } from '../../../../test/render';
import { RoundPage } from './round-page';

const header = {
  id: 'r1',
  name: 'Khen thưởng tổng kết năm 2026',
  status: 'POSTED',
  year: 2026,
  campaignId: null,
  periodId: null,
  campaignName: null,
  periodName: null,
  createdAt: '2026-12-01T08:00:00.000Z',
};

function renderRound(route = '/commendation/rounds/r1') {
  const { client } = graphqlStub({
    CommendationRoundHeader: () => ({ data: { commendationRound: header } }),
    RoundProposals: () => ({ data: { commendationRound: { ...header, quotas: [], proposals: [] } } }),
  });
  return renderUi(<RoundPage />, { client, route, path: '/commendation/rounds/:id' });
}

describe('RoundPage', () => {
  it('shows the steps with the current one, and the proposals tab first', async () => {
    renderRound();
    const steps = await screen.findByTestId('round-steps');
    const items = within(steps).getAllByRole('listitem');
    expect(items.map((i) => i.textContent)).toEqual([
      '✓Lập danh sách đề nghị (đã xong)',
      '✓Họp Hội đồng (đã xong)',
      '3Niêm yết công khai (đang thực hiện)',
      '4Đã có quyết định',
    ]);
    expect(items[2]).toHaveAttribute('aria-current', 'step');
    expect(screen.getByRole('tab', { name: 'Đề nghị' })).toHaveAttribute('aria-selected', 'true');
    expect(await screen.findByTestId('proposals-tab')).toBeInTheDocument();
  });

  it('switches to the other helpers’ tabs', async () => {
    const { user } = renderRound();
    await user.click(await screen.findByRole('tab', { name: 'Họp Hội đồng' }));
    expect(screen.getByRole('tab', { name: 'Họp Hội đồng' })).toHaveAttribute('aria-selected', 'true');
    expect(screen.queryByTestId('proposals-tab')).toBeNull();
  });

  it('opens the tab the address names', async () => {
    renderRound('/commendation/rounds/r1?tab=documents');
    expect(await screen.findByRole('tab', { name: 'Văn bản' })).toHaveAttribute('aria-selected', 'true');
  });
});
