import { act, renderHook, waitFor } from '@testing-library/react';
import type { ChangeEvent } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { MAX_IMPORT_FILE_BYTES, QUESTION_IMPORT_EXTENSIONS } from '../lib/files';
import { useImportWizard, type ImportReply } from './use-import-wizard';

type Counts = { created: number };

function picked(file: File): ChangeEvent<HTMLInputElement> {
  return { target: { files: [file] } } as unknown as ChangeEvent<HTMLInputElement>;
}

function setup(reply: (dryRun: boolean) => ImportReply<Counts>) {
  const send = vi.fn((_file: unknown, dryRun: boolean) => Promise.resolve({ reply: reply(dryRun) }));
  const onCommitted = vi.fn();
  const hook = renderHook(() => useImportWizard<Counts>({ send, counts: ({ created }) => ({ created }), onCommitted }));
  return { hook, send, onCommitted };
}

describe('useImportWizard', () => {
  it('refuses a file that is not CSV/XLSX, or too big, before sending anything', async () => {
    const { hook, send } = setup(() => ({ ok: true, errors: [], created: 1 }));
    act(() => hook.result.current.pick(picked(new File(['x'], 'danh-sach.pdf'))));
    await waitFor(() => expect(hook.result.current.fileError).toMatch(/CSV|XLSX/i));
    const big = new File([new Uint8Array(MAX_IMPORT_FILE_BYTES + 1)], 'lop-5a.csv');
    act(() => hook.result.current.pick(picked(big)));
    await waitFor(() => expect(hook.result.current.fileError).not.toBeNull());
    expect(hook.result.current.file).toBeNull();
    expect(hook.result.current.step).toBe(1);
    expect(send).not.toHaveBeenCalled();
  });

  it('takes a ZIP only where the import says so (questions with their images)', async () => {
    const zip = () => picked(new File(['PK'], 'bo-cau-hoi.zip'));
    const { hook } = setup(() => ({ ok: true, errors: [], created: 1 }));
    act(() => hook.result.current.pick(zip()));
    await waitFor(() => expect(hook.result.current.fileError).not.toBeNull());
    const send = vi.fn(() => Promise.resolve({ reply: { ok: true, errors: [], created: 1 } }));
    const questions = renderHook(() =>
      useImportWizard<Counts>({
        send,
        counts: ({ created }) => ({ created }),
        extensions: QUESTION_IMPORT_EXTENSIONS,
        wrongTypeKey: 'content.import.wrongType',
      }),
    );
    act(() => questions.result.current.pick(zip()));
    await waitFor(() => expect(questions.result.current.step).toBe(2));
    expect(questions.result.current.fileError).toBeNull();
    act(() => questions.result.current.pick(picked(new File(['x'], 'anh.png'))));
    await waitFor(() => expect(questions.result.current.fileError).toMatch(/\.zip/));
  });

  it('checks, then imports, and says so only after a clean answer', async () => {
    const { hook, send, onCommitted } = setup(() => ({ ok: true, errors: [], created: 3 }));
    act(() => hook.result.current.pick(picked(new File(['Mã,Tên'], 'don-vi.csv'))));
    await waitFor(() => expect(hook.result.current.step).toBe(2));
    act(() => hook.result.current.run(true));
    await waitFor(() => expect(hook.result.current.outcome).toEqual({ kind: 'checked', created: 3 }));
    expect(onCommitted).not.toHaveBeenCalled();
    act(() => hook.result.current.run(false));
    await waitFor(() => expect(hook.result.current.outcome).toEqual({ kind: 'committed', created: 3 }));
    expect(send.mock.calls.map(([, dryRun]) => dryRun)).toEqual([true, false]);
    expect(onCommitted).toHaveBeenCalledOnce();
    expect(hook.result.current.step).toBe(3);
  });

  it('reports every bad row of a refused file and imports nothing', async () => {
    const errors = [
      { line: 3, column: 'Mã', reason: 'REQUIRED', message: 'thiếu mã' },
      { line: 5, column: null, reason: 'DUPLICATE', message: 'trùng' },
    ];
    const { hook, onCommitted } = setup(() => ({ ok: false, errors, created: 0 }));
    act(() => hook.result.current.pick(picked(new File(['x'], 'don-vi.xlsx'))));
    await waitFor(() => expect(hook.result.current.step).toBe(2));
    act(() => hook.result.current.run(false));
    await waitFor(() => expect(hook.result.current.outcome).toEqual({ kind: 'rejected', errors }));
    expect(onCommitted).not.toHaveBeenCalled();
    act(() => hook.result.current.restart());
    expect(hook.result.current).toMatchObject({ file: null, outcome: null, step: 1 });
  });
});
