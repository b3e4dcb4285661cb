import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { renderUi } from '../../../test/render';
import { AUTOSAVE_MS, RETRY_MS } from '../hooks/use-sheet-autosave';
import { campaignFixture, entryFixture, evidenceFixture, sheetFixture } from '../testing/campaign-fixtures';
import { graphqlStub, networkError, serverError, type StubHandler } from '../../../test/graphql-stub';
import type { SheetData } from '../utils/campaign-model';
import { OfficerSheet } from './officer-sheet';

const campaign = campaignFixture();
const SAVE_WAIT = { timeout: AUTOSAVE_MS + 2000 };

/** The server's answer to a save: the sheet with that entry's value. */
function savedSheet(sheet: SheetData): StubHandler {
  return (variables) => {
    const input = variables.input as { entryId: string; value?: number | null; note?: string | null };
    sheet = {
      ...sheet,
      entries: sheet.entries.map((e) => (e.id === input.entryId ? { ...e, value: input.value ?? null } : e)),
    };
    return { data: { saveScoreEntry: sheet } };
  };
}

function withEvidence(): SheetData {
  return sheetFixture({
    entries: [
      entryFixture({ id: 'e11', indicatorId: 'i11', indicatorCode: '1.1', evidence: [evidenceFixture()] }),
      entryFixture({ id: 'e12', indicatorId: 'i12', indicatorCode: '1.2' }),
    ],
  });
}

beforeEach(() => {
  // jsdom has no layout and no modal dialogs; the sheet scrolls and the confirmation is a <dialog>.
  Element.prototype.scrollIntoView = vi.fn();
  window.scrollTo = vi.fn();
  HTMLDialogElement.prototype.showModal = function showModal(this: HTMLDialogElement) {
    this.open = true;
  };
  HTMLDialogElement.prototype.close = function close(this: HTMLDialogElement) {
    this.open = false;
  };
});

describe('OfficerSheet autosave', () => {
  it('saves what is typed once the typing pauses, and says so', async () => {
    const initial = sheetFixture();
    const { client, calls } = graphqlStub({ SaveScoreEntry: savedSheet(initial) });
    const { user } = renderUi(<OfficerSheet campaign={campaign} initial={initial} />, { client });

    await user.type(screen.getByTestId('sheet-value-1.1'), '7,5');
    expect(screen.getByTestId('sheet-score-1.1')).toHaveTextContent('7,5');
    expect(screen.getByTestId('sheet-saved')).toHaveAttribute('data-state', 'dirty');
    expect(calls.filter((c) => c.name === 'SaveScoreEntry')).toHaveLength(0);

    await waitFor(() => expect(screen.getByTestId('sheet-saved')).toHaveAttribute('data-state', 'saved'), SAVE_WAIT);
    const saves = calls.filter((c) => c.name === 'SaveScoreEntry');
    expect(saves).toHaveLength(1);
    expect(saves[0].variables).toEqual({ input: { entryId: 'e11', value: 7.5, note: null } });
    expect(screen.getByTestId('sheet-saved')).toHaveTextContent(/Đã lưu lúc/);
    expect(screen.getByTestId('sheet-total')).toHaveTextContent('7,5');
  });

  it('does not send a value the scoring refuses, and marks it', async () => {
    const { client, calls } = graphqlStub({ SaveScoreEntry: savedSheet(sheetFixture()) });
    const { user } = renderUi(<OfficerSheet campaign={campaign} initial={sheetFixture()} />, { client });

    await user.type(screen.getByTestId('sheet-value-1.1'), '12');
    await user.tab();
    expect(screen.getByTestId('sheet-saved')).toHaveAttribute('data-state', 'invalid');
    expect(screen.getByTestId('sheet-value-1.1')).toHaveAttribute('aria-invalid', 'true');
    await new Promise((resolve) => setTimeout(resolve, AUTOSAVE_MS + 100));
    expect(calls.filter((c) => c.name === 'SaveScoreEntry')).toHaveLength(0);
  });

  it('shows a save the server refused, and saves again on retry', async () => {
    const initial = sheetFixture();
    const save = savedSheet(initial);
    const { client, calls } = graphqlStub({
      SaveScoreEntry: (variables, n) => (n === 0 ? { error: serverError() } : save(variables, n)),
    });
    const { user } = renderUi(<OfficerSheet campaign={campaign} initial={initial} />, { client });

    await user.click(screen.getByTestId('sheet-value-1.2-yes'));
    await waitFor(() => expect(screen.getByTestId('sheet-saved')).toHaveAttribute('data-state', 'error'));
    const status = screen.getByTestId('sheet-saved');
    expect(status).toHaveTextContent('Máy chủ gặp sự cố. Vui lòng thử lại sau.');

    await user.click(within(status).getByRole('button', { name: 'Thử lại' }));
    await waitFor(() => expect(screen.getByTestId('sheet-saved')).toHaveAttribute('data-state', 'saved'));
    const saves = calls.filter((c) => c.name === 'SaveScoreEntry');
    expect(saves).toHaveLength(2);
    expect(saves[1].variables).toEqual({ input: { entryId: 'e12', value: 1, note: null } });
  });

  it('saves again by itself after the network failed, saying so meanwhile', async () => {
    const initial = sheetFixture();
    const save = savedSheet(initial);
    const { client, calls } = graphqlStub({
      SaveScoreEntry: (variables, n) => (n === 0 ? { error: networkError() } : save(variables, n)),
    });
    const { user } = renderUi(<OfficerSheet campaign={campaign} initial={initial} />, { client });

    await user.click(screen.getByTestId('sheet-value-1.2-yes'));
    await waitFor(() => expect(screen.getByTestId('sheet-saved')).toHaveAttribute('data-state', 'error'));
    expect(screen.getByTestId('sheet-saved')).toHaveTextContent(/Không kết nối được máy chủ/);

    await waitFor(() => expect(screen.getByTestId('sheet-saved')).toHaveAttribute('data-state', 'saved'), {
      timeout: RETRY_MS[0] + 2000,
    });
    expect(calls.filter((c) => c.name === 'SaveScoreEntry')).toHaveLength(2);
  });
});

describe('OfficerSheet submit', () => {
  it('saves pending typing first, then refuses with what is missing, by indicator', async () => {
    const initial = sheetFixture();
    const { client, calls } = graphqlStub({ SaveScoreEntry: savedSheet(initial) });
    const { user } = renderUi(<OfficerSheet campaign={campaign} initial={initial} />, { client });

    await user.type(screen.getByTestId('sheet-value-1.1'), '8');
    // A click that does not blur the field first: only the submit's own flush can save the typing.
    fireEvent.click(screen.getByTestId('sheet-submit'));

    const missing = await screen.findByTestId('sheet-missing');
    expect(calls.filter((c) => c.name === 'SaveScoreEntry').map((c) => c.variables)).toEqual([
      { input: { entryId: 'e11', value: 8, note: null } },
    ]);
    expect(missing).toHaveTextContent(/Chưa chấm:\s*1\.2 Treo khẩu hiệu/);
    expect(missing).toHaveTextContent(/Thiếu minh chứng:\s*1\.1 Tổ chức hội nghị/);
    expect(screen.getByTestId('sheet-indicator-1.1')).toHaveClass('is-missing');
    expect(screen.queryByTestId('sheet-submit-dialog')).not.toBeInTheDocument();
    expect(calls.some((c) => c.name === 'SubmitScoreSheet')).toBe(false);
  });

  it('flushes the last change before the confirmation, then submits and locks the sheet', async () => {
    const initial = withEvidence();
    const save = savedSheet(initial);
    const { client, calls } = graphqlStub({
      SaveScoreEntry: save,
      SubmitScoreSheet: () => ({
        data: { submitScoreSheet: { ...withEvidence(), status: 'SUBMITTED', submittedAt: new Date().toISOString() } },
      }),
    });
    const { user } = renderUi(<OfficerSheet campaign={campaign} initial={initial} />, { client });

    await user.click(screen.getByTestId('sheet-value-1.2-no'));
    await user.type(screen.getByTestId('sheet-value-1.1'), '9');
    await user.click(screen.getByTestId('sheet-submit'));

    const dialog = await screen.findByTestId('sheet-submit-dialog');
    expect(within(dialog).getByText('Tổng tự chấm: 9 / 15 điểm')).toBeInTheDocument();
    expect(calls.filter((c) => c.name === 'SaveScoreEntry').map((c) => c.variables.input)).toContainEqual({
      entryId: 'e11',
      value: 9,
      note: null,
    });

    await user.click(within(dialog).getByTestId('sheet-submit-confirm'));
    expect(await screen.findByTestId('sheet-submitted')).toHaveTextContent('Đã nộp bảng tự chấm');
    expect(calls.find((c) => c.name === 'SubmitScoreSheet')?.variables).toEqual({
      input: { sheetId: 's1', explanation: null },
    });
    const names = calls.map((c) => c.name).filter((n) => n !== 'AuditTrail' && n !== 'AuditLog');
    expect(names.lastIndexOf('SaveScoreEntry')).toBeLessThan(names.indexOf('SubmitScoreSheet'));
    expect(screen.queryByTestId('sheet-submit')).not.toBeInTheDocument();
    expect(screen.getByTestId('sheet-value-1.1')).toBeDisabled();
  });
});

describe('OfficerSheet evidence', () => {
  it('refuses a link that is not http(s), and adds one that is', async () => {
    const initial = sheetFixture();
    const { client, calls } = graphqlStub({
      AddEvidenceLink: (variables) => {
        const input = variables.input as { entryId: string; url: string };
        const entries = initial.entries.map((e) =>
          e.id === input.entryId ? { ...e, evidence: [evidenceFixture({ url: input.url })] } : e,
        );
        return { data: { addEvidenceLink: { ...initial, entries } } };
      },
    });
    const { user } = renderUi(<OfficerSheet campaign={campaign} initial={initial} />, { client });
    const card = within(screen.getByTestId('sheet-indicator-1.1'));

    await user.click(card.getByRole('button', { name: /Dán đường dẫn/ }));
    await user.type(card.getByTestId('sheet-evidence-link-1.1'), 'ftp://example.org/a');
    await user.click(card.getByTestId('sheet-evidence-link-add-1.1'));
    expect(card.getByRole('alert')).toHaveTextContent('Đường dẫn phải bắt đầu bằng http:// hoặc https://');
    expect(calls.some((c) => c.name === 'AddEvidenceLink')).toBe(false);

    await user.clear(card.getByTestId('sheet-evidence-link-1.1'));
    await user.type(card.getByTestId('sheet-evidence-link-1.1'), 'https://example.org/bien-ban');
    await user.click(card.getByTestId('sheet-evidence-link-add-1.1'));
    expect(await card.findByTestId('evidence-list-1.1')).toHaveTextContent('https://example.org/bien-ban');
    expect(card.queryByTestId('sheet-evidence-link-1.1')).not.toBeInTheDocument();
  });

  it('refuses a file over the size limit before uploading it', async () => {
    const { client, calls } = graphqlStub({});
    const { user } = renderUi(<OfficerSheet campaign={campaign} initial={sheetFixture()} />, { client });
    const big = new File([new Uint8Array(5 * 1024 * 1024 + 1)], 'bien-ban.pdf', { type: 'application/pdf' });

    await user.upload(screen.getByTestId('sheet-evidence-file-1.1'), big);
    expect(within(screen.getByTestId('sheet-indicator-1.1')).getByRole('alert')).toHaveTextContent('Tệp lớn hơn 5 MB.');
    expect(calls.some((c) => c.name === 'AddEvidenceFile')).toBe(false);
  });
});
