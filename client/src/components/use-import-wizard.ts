import { useRef, useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CombinedError } from 'urql';
import { hasImportExtension, MAX_IMPORT_FILE_BYTES, readFileAsBase64 } from '../lib/files';
import { formatNumber } from '../lib/format';
import { errorInfo } from '../lib/graphql-errors';
import { rowErrorsFromDetails, type RowError } from './import-error-table';

export interface PickedFile {
  name: string;
  size: number;
  contentBase64: string;
}

/** What a check (dry run) or an import ended with; `C` holds its counts (created, updated, …). */
export type ImportOutcome<C> =
  ({ kind: 'checked' } & C) | ({ kind: 'committed' } & C) | { kind: 'rejected'; errors: RowError[] };

/** The import mutation's answer, as every import reports it. */
export type ImportReply<C> = C & { ok: boolean; errors: readonly RowError[] };

export interface ImportWizardOptions<C> {
  /** Sends the file; resolves with the mutation's answer or its error. */
  send: (file: PickedFile, dryRun: boolean) => Promise<{ reply?: ImportReply<C> | null; error?: CombinedError }>;
  /** The counts of a clean answer. */
  counts: (reply: ImportReply<C>) => C;
  onCommitted?: () => void;
  /** File name endings accepted (default .csv, .xlsx), and the i18n key that says so when another is picked. */
  extensions?: readonly string[];
  wrongTypeKey?: string;
}

/**
 * The import wizards' shared steps: pick a file (type and size checked here), check it (a
 * dry run), then import it; all or nothing, with every bad row when it is refused.
 */
export function useImportWizard<C extends object>({
  send,
  counts,
  onCommitted,
  extensions,
  wrongTypeKey = 'import.wrongType',
}: ImportWizardOptions<C>) {
  const { t, i18n } = useTranslation();
  const [file, setFile] = useState<PickedFile | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<ImportOutcome<C> | null>(null);
  const [lastRun, setLastRun] = useState<'check' | 'commit' | null>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const maxMb = formatNumber(MAX_IMPORT_FILE_BYTES / 1024 / 1024, i18n.language);

  async function pick(event: ChangeEvent<HTMLInputElement>) {
    setOutcome(null);
    setFile(null);
    setFileError(null);
    const picked = event.target.files?.[0];
    if (!picked) return;
    if (!hasImportExtension(picked.name, extensions)) return setFileError(t(wrongTypeKey));
    if (picked.size > MAX_IMPORT_FILE_BYTES) return setFileError(t('import.tooBig', { max: maxMb }));
    try {
      setFile({ name: picked.name, size: picked.size, contentBase64: await readFileAsBase64(picked) });
    } catch {
      setFileError(t('import.unreadable'));
    }
  }

  async function run(dryRun: boolean) {
    if (!file) return;
    setLastRun(dryRun ? 'check' : 'commit');
    setOutcome(null);
    const { reply, error } = await send(file, dryRun);
    if (reply) {
      if (reply.ok && reply.errors.length === 0) {
        setOutcome({ kind: dryRun ? 'checked' : 'committed', ...counts(reply) });
        if (!dryRun) onCommitted?.();
      } else {
        setOutcome({ kind: 'rejected', errors: [...reply.errors] });
      }
      return;
    }
    const rowErrors = rowErrorsFromDetails(errorInfo(error)?.details);
    if (rowErrors.length > 0) setOutcome({ kind: 'rejected', errors: rowErrors });
  }

  function restart() {
    setFile(null);
    setOutcome(null);
    setFileError(null);
    setLastRun(null);
    if (inputRef.current) inputRef.current.value = '';
  }

  const step: 1 | 2 | 3 = outcome?.kind === 'checked' || outcome?.kind === 'committed' ? 3 : file ? 2 : 1;
  return {
    file,
    fileError,
    outcome,
    /** Forgets a check, e.g. when a choice the check depended on changes. */
    clearOutcome: () => setOutcome(null),
    lastRun,
    inputRef,
    maxMb,
    step,
    pick: (event: ChangeEvent<HTMLInputElement>) => void pick(event),
    run: (dryRun: boolean) => void run(dryRun),
    restart,
  };
}
