import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { Role } from '@thidua/shared';
import { renderUi, testUser } from '../../../../test/render';
import { graphqlStub } from '../../../../test/graphql-stub';
import { campaignFixture, entryFixture, sheetFixture } from '../../testing/campaign-fixtures';
import type { SheetData } from '../../utils/campaign-model';
import { ReviewSheet } from '../review-sheet';

const campaign = campaignFixture();
const leaderOfficer = testUser({ role: Role.UNIT_OFFICER, unit: { id: 'u9', code: 'TDP-09', name: 'Tổ dân phố 9' } });
const reviewer = testUser({ role: Role.REVIEWER });

function inLeaderBlock(overrides: Partial<SheetData> = {}): SheetData {
  return sheetFixture({
    status: 'SUBMITTED',
    leaderUnitId: 'u9',
    entries: [
      entryFixture({ id: 'e11', indicatorId: 'i11', indicatorCode: '1.1', value: 7, selfScore: 7, finalScore: 7 }),
      entryFixture({ id: 'e12', indicatorId: 'i12', indicatorCode: '1.2', value: 1, selfScore: 5, finalScore: 5 }),
    ],
    ...overrides,
  });
}

beforeEach(() => {
  HTMLDialogElement.prototype.showModal = function showModal(this: HTMLDialogElement) {
    this.open = true;
  };
  HTMLDialogElement.prototype.close = function close(this: HTMLDialogElement) {
    this.open = false;
  };
});

describe('review rounds on the review sheet', () => {
  it('gives the block leader the first round only: pass on with a note or return, never approve', async () => {
    const { client, calls } = graphqlStub({
      FirstReviewScoreSheet: () => ({
        data: { firstReviewScoreSheet: inLeaderBlock({ status: 'FIRST_REVIEWED', officerStatus: 'FIRST_REVIEWED' }) },
      }),
    });
    const { user } = renderUi(<ReviewSheet campaign={campaign} initial={inLeaderBlock()} />, {
      client,
      user: leaderOfficer,
    });
    expect(screen.getByTestId('review-leader-mode')).toBeInTheDocument();
    expect(screen.queryByTestId('review-approve')).not.toBeInTheDocument();
    expect(screen.queryByTestId('review-workflow-actions')).not.toBeInTheDocument();
    expect(screen.getByTestId('review-return')).toBeInTheDocument();
    await user.type(screen.getByTestId('first-review-note'), 'Đề nghị duyệt');
    await user.click(screen.getByTestId('review-first'));
    expect(await screen.findByTestId('review-notice')).toHaveTextContent('Đã xong thẩm định vòng 1.');
    expect(calls.find((c) => c.name === 'FirstReviewScoreSheet')?.variables).toEqual({
      input: { sheetId: 's1', note: 'Đề nghị duyệt' },
    });
    // The first round is over for the leader: the sheet is the ward's now.
    expect(screen.queryByTestId('review-first')).not.toBeInTheDocument();
    expect(screen.getByTestId('sheet-officer-status')).toHaveTextContent('Khối trưởng đã thẩm định');
  });

  it('holds the ward’s approval until the first round, and lets the ward do it in the leader’s place', () => {
    renderUi(<ReviewSheet campaign={campaign} initial={inLeaderBlock()} />, { user: reviewer });
    expect(screen.getByTestId('review-approve')).toBeDisabled();
    expect(screen.getByTestId('review-first-required')).toHaveTextContent(
      'cần thẩm định vòng 1 trước khi phường thẩm định',
    );
    expect(screen.getByTestId('review-first')).toHaveTextContent('Thẩm định vòng 1 thay khối trưởng');
  });

  it('approves a first-reviewed sheet, and the leader unit’s own sheet straight away', () => {
    const { unmount } = renderUi(
      <ReviewSheet
        campaign={campaign}
        initial={inLeaderBlock({ status: 'FIRST_REVIEWED', officerStatus: 'FIRST_REVIEWED' })}
      />,
      { user: reviewer },
    );
    expect(screen.getByTestId('review-approve')).toBeEnabled();
    unmount();
    renderUi(
      <ReviewSheet
        campaign={campaign}
        initial={inLeaderBlock({ unit: { id: 'u9', code: 'TDP-09', name: 'Tổ dân phố 9' } })}
      />,
      { user: reviewer },
    );
    expect(screen.getByTestId('review-approve')).toBeEnabled();
    expect(screen.queryByTestId('review-first')).not.toBeInTheDocument();
  });

  it('marks an overdue draft không nộp with a reason, and offers to extend it or enter it for the unit', async () => {
    const draft = sheetFixture({ officerStatus: 'OVERDUE', isOverdue: true });
    const { client, calls } = graphqlStub({
      MarkScoreSheet: (variables) => {
        const input = variables.input as { mark: 'NOT_SUBMITTED'; reason: string };
        return {
          data: { markScoreSheet: { ...draft, officerStatus: 'MARKED', mark: input.mark, markReason: input.reason } },
        };
      },
    });
    const { user } = renderUi(<ReviewSheet campaign={campaign} initial={draft} />, { client, user: reviewer });
    expect(screen.getByTestId('review-on-behalf')).toHaveAttribute('href', '/campaigns/c1/sheets/s1?onBehalf=1');
    expect(screen.getByTestId('review-extend')).toBeInTheDocument();
    await user.click(screen.getByTestId('review-mark'));
    const dialog = screen.getByTestId('mark-dialog');
    expect(within(dialog).getByTestId('mark-confirm')).toBeDisabled();
    await user.type(within(dialog).getByTestId('mark-reason'), 'Quá hạn, tổ không nộp');
    await user.click(within(dialog).getByTestId('mark-confirm'));
    expect(await screen.findByTestId('sheet-mark')).toHaveTextContent('Lý do: Quá hạn, tổ không nộp');
    expect(calls.find((c) => c.name === 'MarkScoreSheet')?.variables).toEqual({
      input: { sheetId: 's1', mark: 'NOT_SUBMITTED', reason: 'Quá hạn, tổ không nộp' },
    });
    expect(screen.getByTestId('review-mark')).toHaveTextContent('Bỏ đánh dấu');
  });

  it("extends a unit's deadline to a later moment with a reason", async () => {
    const draft = sheetFixture({ officerStatus: 'OVERDUE', isOverdue: true });
    const { client, calls } = graphqlStub({
      ExtendUnitDeadline: (variables) => {
        const input = variables.input as { newDeadline: string };
        return {
          data: {
            extendUnitDeadline: {
              ...draft,
              officerStatus: 'DRAFT_OPEN',
              isOverdue: false,
              deadlineOverride: input.newDeadline,
            },
          },
        };
      },
    });
    const { user } = renderUi(<ReviewSheet campaign={campaign} initial={draft} />, { client, user: reviewer });
    await user.click(screen.getByTestId('review-extend'));
    await user.type(screen.getByTestId('deadline-reason'), 'Tổ trưởng nằm viện');
    await user.click(screen.getByTestId('deadline-confirm'));
    expect(await screen.findByTestId('review-notice')).toHaveTextContent('Đã gia hạn.');
    const input = (calls.find((c) => c.name === 'ExtendUnitDeadline')?.variables as { input: Record<string, string> })
      .input;
    expect(input).toMatchObject({ sheetId: 's1', reason: 'Tổ trưởng nằm viện' });
    expect(Date.parse(input.newDeadline)).toBeGreaterThan(Date.parse(draft.effectiveDeadline));
  });
});
