import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderUi } from '../../../test/render';
import { campaignFixture, entryFixture, evidenceFixture, sheetFixture } from '../testing/campaign-fixtures';
import { graphqlStub } from '../../../test/graphql-stub';
import type { SheetData } from '../utils/campaign-model';
import { ReviewSheet } from './review-sheet';

const campaign = campaignFixture();

/** A submitted sheet: 1.1 self-scored 7.5 with evidence, 1.2 yes (5): 12.5 in all. */
function submitted(overrides: Partial<SheetData> = {}): SheetData {
  return sheetFixture({
    status: 'SUBMITTED',
    selfTotal: 12.5,
    finalTotal: 12.5,
    entries: [
      entryFixture({
        id: 'e11',
        indicatorId: 'i11',
        indicatorCode: '1.1',
        value: 7.5,
        selfScore: 7.5,
        finalScore: 7.5,
        evidence: [evidenceFixture()],
      }),
      entryFixture({ id: 'e12', indicatorId: 'i12', indicatorCode: '1.2', value: 1, selfScore: 5, finalScore: 5 }),
    ],
    ...overrides,
  });
}

/** The server's answer to a review: the entry's reviewed score and reason. */
function reviewed(variables: Record<string, unknown>) {
  const input = variables.input as { entryId: string; reviewedScore: number; reason: string };
  const sheet = submitted();
  return {
    data: {
      reviewScoreEntry: {
        ...sheet,
        entries: sheet.entries.map((e) =>
          e.id === input.entryId
            ? { ...e, reviewedScore: input.reviewedScore, finalScore: input.reviewedScore, reviewReason: input.reason }
            : e,
        ),
      },
    },
  };
}

function renderReview() {
  const { client, calls } = graphqlStub({
    ReviewScoreEntry: reviewed,
    ApproveScoreSheet: () => ({
      data: { approveScoreSheet: { ...submitted(), status: 'APPROVED', officerStatus: 'APPROVED' } },
    }),
  });
  return { ...renderUi(<ReviewSheet campaign={campaign} initial={submitted()} />, { client }), calls };
}

describe('ReviewSheet reasoned adjust', () => {
  it('recomputes the reviewed total as a score is adjusted, and refuses to save it without a reason', async () => {
    const { user, calls } = renderReview();
    expect(screen.getByTestId('review-total')).toHaveTextContent('12,5');

    await user.type(screen.getByTestId('review-adjust-1.1'), '6');
    expect(screen.getByTestId('review-total')).toHaveTextContent('11');
    expect(screen.getByTestId('review-save')).toHaveTextContent('Lưu điều chỉnh (1)');

    await user.click(screen.getByTestId('review-save'));
    expect(screen.getByTestId('form-error')).toHaveTextContent('Cần nêu lý do điều chỉnh.');
    expect(calls.some((c) => c.name === 'ReviewScoreEntry')).toBe(false);
  });

  it('saves the adjustment with its reason, and shows the reason on the row', async () => {
    const { user, calls } = renderReview();
    await user.type(screen.getByTestId('review-adjust-1.1'), '6');
    await user.type(screen.getByLabelText(/Lý do điều chỉnh/), 'Biên bản chỉ có 60 % hộ dự');
    await user.click(screen.getByTestId('review-save'));

    expect(await screen.findByTestId('review-notice')).toHaveTextContent('Đã lưu điều chỉnh.');
    expect(calls.find((c) => c.name === 'ReviewScoreEntry')?.variables).toEqual({
      input: { entryId: 'e11', reviewedScore: 6, reason: 'Biên bản chỉ có 60 % hộ dự' },
    });
    const row = screen.getByTestId('review-row-1.1');
    expect(row).toHaveTextContent('Biên bản chỉ có 60 % hộ dự');
    expect(row).toHaveClass('is-changed');
    expect(screen.getByTestId('review-adjust-1.1')).toHaveValue('');
    expect(screen.getByTestId('review-reason')).toHaveValue('');
    expect(screen.getByTestId('review-total')).toHaveTextContent('11');
  });

  it('refuses a score the indicator cannot take, naming the indicator', async () => {
    const { user, calls } = renderReview();
    await user.type(screen.getByTestId('review-adjust-1.1'), '12');
    expect(screen.getByTestId('review-adjust-1.1')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByTestId('review-total')).toHaveTextContent('12,5');

    await user.type(screen.getByTestId('review-reason'), 'Quá điểm');
    await user.click(screen.getByTestId('review-save'));
    expect(screen.getByTestId('form-error')).toHaveTextContent(/^1\.1: /);
    expect(calls.some((c) => c.name === 'ReviewScoreEntry')).toBe(false);
  });

  it('does not approve while an adjustment is unsaved, then approves', async () => {
    const { user, calls } = renderReview();
    await user.type(screen.getByTestId('review-adjust-1.2'), '0');
    await user.click(screen.getByTestId('review-approve'));
    expect(screen.getByTestId('form-error')).toHaveTextContent('Còn điểm điều chỉnh chưa lưu');
    expect(calls.some((c) => c.name === 'ApproveScoreSheet')).toBe(false);

    await user.clear(screen.getByTestId('review-adjust-1.2'));
    await user.click(screen.getByTestId('review-approve'));
    expect(await screen.findByTestId('review-notice')).toHaveTextContent('Đã thẩm định xong bảng.');
    expect(calls.find((c) => c.name === 'ApproveScoreSheet')?.variables).toEqual({ id: 's1' });
    expect(
      within(screen.getByRole('heading', { level: 1 }).parentElement!).getByText('Đã thẩm định'),
    ).toBeInTheDocument();
  });
});
