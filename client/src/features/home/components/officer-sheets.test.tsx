import { screen, within } from '@testing-library/react';
import { Role } from '@thidua/shared';
import { describe, expect, it } from 'vitest';
import { graphqlStub } from '../../../test/graphql-stub';
import { renderUi, testUser } from '../../../test/render';
import { HomePage } from './home-page';

const HOUR = 3_600_000;
const at = (ms: number) => new Date(Date.now() + ms).toISOString();

function sheet(id: string, periodId: string, officerStatus: string, extra: Record<string, unknown> = {}) {
  return {
    id,
    campaignId: 'c-1',
    periodId,
    status: 'DRAFT',
    officerStatus,
    returnReason: null,
    replyDueAt: null,
    editableUntil: at(10 * 24 * HOUR),
    effectiveDeadline: at(10 * 24 * HOUR),
    mark: null,
    markReason: null,
    unit: { id: 'u-3', name: 'Tổ dân phố 3' },
    ...extra,
  };
}

function renderHome() {
  const stub = graphqlStub({
    HomeCampaigns: () => ({
      data: {
        campaigns: [
          {
            id: 'c-1',
            title: 'Tổ dân phố văn hóa 2026',
            status: 'LAUNCHED',
            periods: [
              { id: 'p-1', name: 'Quý I', position: 0 },
              { id: 'p-2', name: 'Quý II', position: 1 },
              { id: 'p-3', name: 'Quý III', position: 2 },
              { id: 'p-4', name: 'Quý IV', position: 3 },
            ],
          },
          { id: 'c-draft', title: 'Chưa phát động', status: 'DRAFT', periods: [] },
        ],
      },
    }),
    HomeSheets: (variables) => {
      if (variables.campaignId !== 'c-1') throw new Error('a draft campaign is not asked for');
      return {
        data: {
          scoreSheets: [
            sheet('s-4', 'p-4', 'MARKED', { mark: 'NOT_SUBMITTED', markReason: 'Không nộp đúng hạn' }),
            sheet('s-1', 'p-1', 'APPROVED', { status: 'APPROVED' }),
            sheet('s-2', 'p-2', 'RETURNED_NEEDS_FIX', {
              status: 'RETURNED',
              returnReason: 'Thiếu minh chứng tiêu chí 1.1',
              replyDueAt: at(2 * 24 * HOUR + 3 * HOUR + 20 * 60_000),
              editableUntil: at(2 * 24 * HOUR + 3 * HOUR + 20 * 60_000),
            }),
            sheet('s-3', 'p-3', 'OVERDUE', { editableUntil: at(-(26 * HOUR + 5 * 60_000)) }),
          ],
        },
      };
    },
  });
  renderUi(<HomePage />, { client: stub.client, user: testUser({ role: Role.UNIT_OFFICER }) });
  return stub.calls;
}

describe('home page of a unit officer', () => {
  it('shows each sheet with its own status, the return reason and reply-by date, and a countdown', async () => {
    const calls = renderHome();
    const returned = await screen.findByTestId('home-sheet-s-2');
    expect(within(returned).getByTestId('home-sheet-status')).toHaveTextContent('Bị trả lại — cần sửa');
    expect(returned).toHaveTextContent('Lý do: Thiếu minh chứng tiêu chí 1.1');
    expect(returned).toHaveTextContent('Hạn trả lời:');
    expect(within(returned).getByTestId('home-sheet-countdown')).toHaveTextContent(/^Còn 2 ngày 3 giờ/);
    expect(within(returned).getByRole('link')).toHaveAttribute('href', '/campaigns/c-1/sheets/s-2');

    const overdue = screen.getByTestId('home-sheet-s-3');
    expect(within(overdue).getByTestId('home-sheet-status')).toHaveTextContent('Quá hạn');
    expect(within(overdue).getByTestId('home-sheet-countdown')).toHaveTextContent(/^Đã quá hạn 1 ngày 2 giờ/);
    expect(within(screen.getByTestId('home-sheet-s-1')).getByTestId('home-sheet-status')).toHaveTextContent(
      'Đã thẩm định',
    );
    const marked = screen.getByTestId('home-sheet-s-4');
    expect(within(marked).getByTestId('home-sheet-status')).toHaveTextContent('Không nộp');
    expect(marked).toHaveTextContent('Lý do: Không nộp đúng hạn');
    expect(within(marked).queryByTestId('home-sheet-countdown')).not.toBeInTheDocument();

    // In the periods' order, and never "Đang thẩm định" for a sheet that is not in review.
    const order = screen.getAllByTestId(/^home-sheet-s-/u).map((li) => li.dataset.testid);
    expect(order).toEqual(['home-sheet-s-1', 'home-sheet-s-2', 'home-sheet-s-3', 'home-sheet-s-4']);
    expect(screen.queryByText('Đang thẩm định')).not.toBeInTheDocument();
    expect(calls.filter((c) => c.name === 'HomeSheets').map((c) => c.variables.campaignId)).toEqual(['c-1']);
  });
});
