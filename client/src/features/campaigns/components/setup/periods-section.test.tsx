import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { graphqlStub } from '../../../../test/graphql-stub';
import { renderUi } from '../../../../test/render';
import { campaignFixture } from '../../testing/campaign-fixtures';
import { PeriodsSection } from './periods-section';

describe('PeriodsSection', () => {
  it('adds a period with its late rule and reply window', async () => {
    const campaign = campaignFixture({ status: 'DRAFT', periods: [] });
    const { client, calls } = graphqlStub({ AddCampaignPeriod: () => ({ data: { addCampaignPeriod: campaign } }) });
    const { user } = renderUi(<PeriodsSection campaign={campaign} onSaved={() => undefined} />, { client });

    await user.type(screen.getByLabelText('Tên đợt'), 'Sơ kết 6 tháng');
    fireEvent.change(screen.getByLabelText('Từ ngày'), { target: { value: '01/01/2026' } });
    fireEvent.change(screen.getByLabelText('Đến ngày'), { target: { value: '30/06/2026' } });
    fireEvent.change(screen.getByLabelText('Hạn nộp bảng tự chấm'), { target: { value: '05/07/2026 10:00' } });
    await user.selectOptions(screen.getByTestId('period-add-late-kind'), 'POINTS_PER_DAY');
    await user.type(screen.getByTestId('period-add-late-per-day'), '2');
    await user.type(screen.getByTestId('period-add-late-max'), '10');
    await user.clear(screen.getByTestId('period-add-reply-days'));
    await user.type(screen.getByTestId('period-add-reply-days'), '5');
    await user.click(screen.getByRole('button', { name: /Thêm đợt/ }));

    await waitFor(() => expect(calls.map((c) => c.name)).toContain('AddCampaignPeriod'));
    expect(calls.find((c) => c.name === 'AddCampaignPeriod')?.variables.input).toMatchObject({
      name: 'Sơ kết 6 tháng',
      startsOn: '2026-01-01',
      endsOn: '2026-06-30',
      lateRule: { kind: 'POINTS_PER_DAY', pointsPerDay: 2, maxPoints: 10 },
      replyDays: 5,
    });
  });

  it('offers the server defaults (no late rule, 3 days to reply) when left alone', () => {
    renderUi(<PeriodsSection campaign={campaignFixture({ status: 'DRAFT', periods: [] })} onSaved={() => undefined} />);
    expect(screen.getByTestId('period-add-late-kind')).toHaveValue('NONE');
    expect(screen.getByTestId('period-add-reply-days')).toHaveValue('3');
    expect(screen.queryByTestId('period-add-late-per-day')).not.toBeInTheDocument();
  });
});
