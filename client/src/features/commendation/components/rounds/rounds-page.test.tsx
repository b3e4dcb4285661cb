import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { graphqlStub } from '../../../../test/graphql-stub';
import { renderUi } from '../../../../test/render';
import { RoundsPage } from './rounds-page';

const header = {
  id: 'r1',
  name: 'Khen thưởng tổng kết năm 2026',
  status: 'IN_COUNCIL',
  year: 2026,
  campaignId: 'c1',
  periodId: 'p1',
  campaignName: 'Thi đua tổ dân phố',
  periodName: 'Tổng kết',
  createdAt: '2026-12-01T08:00:00.000Z',
};

beforeEach(() => {
  HTMLDialogElement.prototype.showModal = function showModal(this: HTMLDialogElement) {
    this.open = true;
  };
});

describe('RoundsPage', () => {
  it('lists rounds with their step, campaign and period, and links to the forms and settings', async () => {
    const { client } = graphqlStub({ CommendationRounds: () => ({ data: { commendationRounds: [header] } }) });
    renderUi(<RoundsPage />, { client });
    const list = await screen.findByTestId('round-list');
    expect(within(list).getByRole('link', { name: header.name })).toHaveAttribute('href', '/commendation/rounds/r1');
    expect(list).toHaveTextContent('Thi đua tổ dân phố · Tổng kết');
    expect(list).toHaveTextContent('Họp Hội đồng');
    expect(screen.getByRole('link', { name: 'Danh mục hình thức khen thưởng' })).toHaveAttribute(
      'href',
      '/commendation/forms',
    );
    expect(screen.getByRole('link', { name: 'Thông tin văn bản' })).toHaveAttribute('href', '/commendation/settings');
  });

  it('creates a round for a period of a campaign and opens it', async () => {
    const { client, calls } = graphqlStub({
      CommendationRounds: () => ({ data: { commendationRounds: [] } }),
      RoundCampaigns: () => ({
        data: {
          campaigns: [
            {
              id: 'c1',
              title: 'Thi đua tổ dân phố',
              status: 'ACTIVE',
              periods: [{ id: 'p1', name: 'Sơ kết', publishedAt: '2026-07-01T00:00:00.000Z' }],
            },
          ],
        },
      }),
      CreateCommendationRound: () => ({ data: { createCommendationRound: { ...header, status: 'PROPOSING' } } }),
    });
    const { user } = renderUi(<RoundsPage />, { client, route: '/commendation', path: '/commendation' });
    expect(await screen.findByText('Chưa có đợt xét khen thưởng nào.')).toBeInTheDocument();
    await user.click(screen.getByTestId('round-create'));
    await user.click(screen.getByTestId('round-create-submit'));
    expect(screen.getByTestId('form-error')).toHaveTextContent('Cần tên đợt xét và năm hợp lệ.');
    await user.type(screen.getByLabelText(/Tên đợt xét/), 'Khen thưởng sơ kết');
    await user.selectOptions(screen.getByLabelText(/Phong trào thi đua/), 'c1');
    await user.selectOptions(screen.getByLabelText(/Kỳ đánh giá/), 'p1');
    await user.clear(screen.getByLabelText(/Năm/));
    await user.type(screen.getByLabelText(/Năm/), '2026');
    await user.click(screen.getByTestId('round-create-submit'));
    expect(calls.find((c) => c.name === 'CreateCommendationRound')?.variables).toEqual({
      input: { name: 'Khen thưởng sơ kết', year: 2026, campaignId: 'c1', periodId: 'p1' },
    });
    expect(await screen.findByTestId('location')).toHaveTextContent('/commendation/rounds/r1');
  });
});
