import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import type { SheetStatus } from '../../../generated/graphql';
import { renderUi } from '../../../test/render';
import { campaignFixture, sheetWorkflowFixture } from '../testing/campaign-fixtures';
import { graphqlStub } from '../../../test/graphql-stub';
import { ReviewQueuePage } from './review-queue-page';

const campaign = campaignFixture({
  blocks: [
    {
      id: 'b1',
      name: 'Khối tổ dân phố',
      criteriaSetId: 'cs1',
      leaderUnit: null,
      units: [
        { id: 'u1', code: 'TDP-01', name: 'Tổ dân phố 1' },
        { id: 'u2', code: 'TDP-02', name: 'Tổ dân phố 2' },
      ],
    },
  ],
});

function queueSheet(id: string, unit: number, status: SheetStatus) {
  return {
    id,
    periodId: 'p1',
    status,
    submittedAt: status === 'DRAFT' ? null : '2026-03-01T08:00:00.000Z',
    approvedAt: null,
    ...sheetWorkflowFixture({
      officerStatus: status === 'DRAFT' ? 'DRAFT_OPEN' : status === 'SUBMITTED' ? 'IN_REVIEW' : 'APPROVED',
    }),
    selfTotal: 12,
    finalTotal: 12,
    unit: { id: `u${unit}`, code: `TDP-0${unit}`, name: `Tổ dân phố ${unit}` },
  };
}

function renderQueue(sheets: ReturnType<typeof queueSheet>[]) {
  const { client, calls } = graphqlStub({
    Campaign: () => ({ data: { campaign } }),
    ScoreSheets: () => ({ data: { scoreSheets: sheets } }),
    PublishCampaignPeriod: () => ({ data: { publishCampaignPeriod: { id: 'p1', status: 'PUBLISHED' } } }),
  });
  const view = renderUi(<ReviewQueuePage />, { client, route: '/campaigns/c1/review', path: '/campaigns/:id/review' });
  return { ...view, calls };
}

beforeEach(() => {
  HTMLDialogElement.prototype.showModal = function showModal(this: HTMLDialogElement) {
    this.open = true;
  };
});

describe('ReviewQueuePage', () => {
  it('lists submitted sheets first, with their block, and filters by status', async () => {
    const { user } = renderQueue([queueSheet('s1', 1, 'DRAFT'), queueSheet('s2', 2, 'SUBMITTED')]);
    const rows = await screen.findAllByTestId(/^review-sheet-/);
    expect(rows.map((r) => r.getAttribute('data-testid'))).toEqual(['review-sheet-TDP-02', 'review-sheet-TDP-01']);
    expect(rows[0]).toHaveAttribute('data-status', 'SUBMITTED');
    expect(within(rows[0]).getByRole('link', { name: 'Tổ dân phố 2' })).toHaveAttribute(
      'href',
      '/campaigns/c1/sheets/s2',
    );
    expect(rows[0]).toHaveTextContent('Khối tổ dân phố');

    await user.click(screen.getByTestId('review-filter-DRAFT'));
    expect(screen.getAllByTestId(/^review-sheet-/).map((r) => r.getAttribute('data-testid'))).toEqual([
      'review-sheet-TDP-01',
    ]);
  });

  it('filters first-reviewed, overdue and marked sheets, with the unit’s own status and the mark’s reason', async () => {
    const first = {
      ...queueSheet('s1', 1, 'SUBMITTED'),
      status: 'FIRST_REVIEWED' as const,
      officerStatus: 'FIRST_REVIEWED' as const,
    };
    const late = { ...queueSheet('s2', 2, 'DRAFT'), officerStatus: 'OVERDUE' as const, isOverdue: true };
    const marked = {
      ...queueSheet('s3', 3, 'DRAFT'),
      officerStatus: 'MARKED' as const,
      isOverdue: true,
      mark: 'NOT_SUBMITTED' as const,
      markReason: 'Không nộp bảng',
    };
    const { user } = renderQueue([first, late, marked]);
    await screen.findAllByTestId(/^review-sheet-/);
    await user.click(screen.getByTestId('review-filter-FIRST_REVIEWED'));
    expect(screen.getAllByTestId(/^review-sheet-/).map((r) => r.getAttribute('data-testid'))).toEqual([
      'review-sheet-TDP-01',
    ]);
    await user.click(screen.getByTestId('review-filter-OVERDUE'));
    const overdue = screen.getAllByTestId(/^review-sheet-/);
    expect(overdue.map((r) => r.getAttribute('data-testid'))).toEqual(['review-sheet-TDP-02']);
    expect(overdue[0]).toHaveTextContent('Quá hạn');
    await user.click(screen.getByTestId('review-filter-MARKED'));
    const rows = screen.getAllByTestId(/^review-sheet-/);
    expect(rows.map((r) => r.getAttribute('data-testid'))).toEqual(['review-sheet-TDP-03']);
    expect(rows[0]).toHaveTextContent('Không nộp');
    expect(rows[0]).toHaveTextContent('Không nộp bảng');
  });

  it('does not wait for a marked sheet when publishing', async () => {
    const marked = {
      ...queueSheet('s2', 2, 'DRAFT'),
      officerStatus: 'MARKED' as const,
      mark: 'NOT_SUBMITTED' as const,
    };
    const { user } = renderQueue([queueSheet('s1', 1, 'APPROVED'), marked]);
    await user.click(await screen.findByTestId('publish-period'));
    expect(screen.getByTestId('publish-next')).toBeInTheDocument();
  });

  it('refuses to publish while a sheet is not approved, naming it', async () => {
    const { user, calls } = renderQueue([queueSheet('s1', 1, 'APPROVED'), queueSheet('s2', 2, 'SUBMITTED')]);
    await user.click(await screen.findByTestId('publish-period'));
    const dialog = screen.getByTestId('publish-dialog');
    expect(dialog).toHaveTextContent('Còn 1 bảng chưa thẩm định');
    expect(dialog).toHaveTextContent('Tổ dân phố 2');
    expect(within(dialog).queryByTestId('publish-next')).not.toBeInTheDocument();
    expect(calls.some((c) => c.name === 'PublishCampaignPeriod')).toBe(false);
  });

  it('publishes only after two confirmations', async () => {
    const { user, calls } = renderQueue([queueSheet('s1', 1, 'APPROVED'), queueSheet('s2', 2, 'APPROVED')]);
    await user.click(await screen.findByTestId('publish-period'));
    await user.click(screen.getByTestId('publish-next'));
    expect(screen.getByTestId('publish-confirm')).toBeDisabled();
    await user.click(screen.getByTestId('publish-understood'));
    await user.click(screen.getByTestId('publish-confirm'));
    expect(calls.find((c) => c.name === 'PublishCampaignPeriod')?.variables).toEqual({ periodId: 'p1' });
  });
});
