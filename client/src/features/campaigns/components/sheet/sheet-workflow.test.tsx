import { fireEvent, screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { Role } from '@thidua/shared';
import { renderUi, testUser } from '../../../../test/render';
import { graphqlStub } from '../../../../test/graphql-stub';
import { campaignFixture, entryFixture, sheetFixture } from '../../testing/campaign-fixtures';
import { OfficerSheet } from '../officer-sheet';

const campaign = campaignFixture();
const officer = testUser({ role: Role.UNIT_OFFICER, unit: { id: 'u1', code: 'TDP-01', name: 'Tổ dân phố 1' } });
const HOUR = 3_600_000;

const scrollIntoView = vi.fn();

beforeEach(() => {
  scrollIntoView.mockClear();
  Element.prototype.scrollIntoView = scrollIntoView;
  window.scrollTo = vi.fn();
});

describe('the officer sheet: deadlines, marks and the submit check', () => {
  it('shows what is missing beside the submit button and brings the first missing indicator into view', async () => {
    const { client } = graphqlStub({});
    const { user } = renderUi(<OfficerSheet campaign={campaign} initial={sheetFixture()} />, { client, user: officer });
    await user.click(screen.getByTestId('sheet-submit'));
    const missing = await screen.findByTestId('sheet-missing');
    // In the sticky bar, next to the button the officer just tapped.
    const bar = missing.closest('footer')!;
    expect(bar).toHaveClass('sheet-bar');
    expect(within(bar).getByTestId('sheet-submit')).toBeInTheDocument();
    const first = screen.getByTestId('sheet-indicator-1.1');
    expect(first).toHaveClass('is-missing');
    expect(first).toHaveFocus();
    expect(scrollIntoView).toHaveBeenCalled();
    // Each item takes the officer to its card.
    await user.click(within(missing).getByRole('link', { name: /1\.2/ }));
    expect(screen.getByTestId('sheet-indicator-1.2')).toHaveFocus();
  });

  it("keeps a returned sheet open past the period's deadline until its reply window ends, and says until when", () => {
    const sheet = sheetFixture({
      status: 'RETURNED',
      returnReason: 'Thiếu ảnh',
      officerStatus: 'RETURNED_NEEDS_FIX',
      effectiveDeadline: new Date(Date.now() - 48 * HOUR).toISOString(),
      replyDueAt: new Date(Date.now() + 24 * HOUR).toISOString(),
      editableUntil: new Date(Date.now() + 24 * HOUR).toISOString(),
    });
    renderUi(<OfficerSheet campaign={campaign} initial={sheet} />, { user: officer });
    expect(screen.getByTestId('sheet-officer-status')).toHaveTextContent('Bị trả lại — cần sửa');
    expect(screen.getByTestId('sheet-reply-due')).toHaveTextContent('Hạn sửa và nộp lại');
    expect(screen.getByTestId('sheet-submit')).toHaveTextContent('Nộp lại');
    expect(screen.getByTestId('sheet-value-1.1')).toBeEnabled();
  });

  it('closes an overdue draft and tells the unit to ask for an extension', () => {
    const past = new Date(Date.now() - HOUR).toISOString();
    const sheet = sheetFixture({
      officerStatus: 'OVERDUE',
      isOverdue: true,
      effectiveDeadline: past,
      editableUntil: past,
    });
    renderUi(<OfficerSheet campaign={campaign} initial={sheet} />, { user: officer });
    expect(screen.getByTestId('sheet-officer-status')).toHaveTextContent('Quá hạn');
    expect(screen.getByTestId('sheet-overdue')).toHaveTextContent('Liên hệ cán bộ thẩm định để được gia hạn');
    expect(screen.queryByTestId('sheet-submit')).not.toBeInTheDocument();
  });

  it('shows a mark with its reason and a sheet entered on the unit’s behalf, read-only', () => {
    const sheet = sheetFixture({
      officerStatus: 'MARKED',
      mark: 'NOT_SUBMITTED',
      markReason: 'Quá hạn 3 ngày, không nộp',
      enteredOnBehalf: true,
    });
    renderUi(<OfficerSheet campaign={campaign} initial={sheet} />, { user: officer });
    expect(screen.getByTestId('sheet-officer-status')).toHaveTextContent('Không nộp');
    expect(screen.getByTestId('sheet-mark')).toHaveTextContent('Lý do: Quá hạn 3 ngày, không nộp');
    expect(screen.getByTestId('sheet-on-behalf')).toHaveTextContent('Nhập thay đơn vị');
    expect(screen.queryByTestId('sheet-submit')).not.toBeInTheDocument();
  });

  it("opens an overdue draft for a reviewer entering it on the unit's behalf, saying so", async () => {
    const past = new Date(Date.now() - HOUR).toISOString();
    const sheet = sheetFixture({
      officerStatus: 'OVERDUE',
      isOverdue: true,
      effectiveDeadline: past,
      editableUntil: past,
      entries: [
        entryFixture({ id: 'e11', indicatorId: 'i11', indicatorCode: '1.1' }),
        entryFixture({ id: 'e12', indicatorId: 'i12', indicatorCode: '1.2' }),
      ],
    });
    const { client, calls } = graphqlStub({
      SaveScoreEntry: () => ({ data: { saveScoreEntry: { ...sheet, enteredOnBehalf: true } } }),
    });
    renderUi(<OfficerSheet campaign={campaign} initial={sheet} onBehalf />, {
      client,
      user: testUser({ role: Role.REVIEWER }),
    });
    expect(screen.getByTestId('sheet-on-behalf-mode')).toHaveTextContent('Bạn đang nhập thay Tổ dân phố 1');
    fireEvent.change(screen.getByTestId('sheet-value-1.1'), { target: { value: '6' } });
    fireEvent.blur(screen.getByTestId('sheet-value-1.1'));
    await screen.findByTestId('sheet-on-behalf');
    expect(calls.find((c) => c.name === 'SaveScoreEntry')?.variables).toMatchObject({
      input: { entryId: 'e11', value: 6 },
    });
  });
});
