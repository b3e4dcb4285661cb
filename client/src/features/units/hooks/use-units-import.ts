import { useRef, useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { rowErrorsFromDetails, type RowError } from '../../../components/import-error-table';
import { hasImportExtension, MAX_IMPORT_FILE_BYTES as MAX_IMPORT_BYTES, readFileAsBase64 } from '../../../lib/files';
import { formatNumber } from '../../../lib/format';
import { errorInfo } from '../../../lib/graphql-errors';
import { ImportUnitsDocument } from '../graphql/units.documents';

export interface PickedFile {
  name: string;
  size: number;
  contentBase64: string;
}

export type ImportOutcome =
  | { kind: 'checked'; created: number; updated: number }
  | { kind: 'committed'; created: number; updated: number }
  | { kind: 'rejected'; errors: RowError[] };

/**
 * The roster import: pick a file (type and size checked here), check it (dry run),
 * then import; the server's row errors become the outcome. `reload` refreshes the units after an import.
 */
export function useUnitsImport(reload: () => void) {
  const { t, i18n } = useTranslation();
  const n = (value: number) => formatNumber(value, i18n.language);
  const [file, setFile] = useState<PickedFile | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<ImportOutcome | null>(null);
  const [{ fetching, error }, importUnits] = useMutation(ImportUnitsDocument);
  const [lastRun, setLastRun] = useState<'check' | 'commit' | null>(null);
  const inputRef = useRef<HTMLInputElement>(null);

  async function pick(event: ChangeEvent<HTMLInputElement>) {
    setOutcome(null);
    setFile(null);
    setFileError(null);
    const picked = event.target.files?.[0];
    if (!picked) return;
    if (!hasImportExtension(picked.name)) {
      setFileError(t('import.wrongType'));
      return;
    }
    if (picked.size > MAX_IMPORT_BYTES) {
      setFileError(t('import.tooBig', { max: n(MAX_IMPORT_BYTES / 1024 / 1024) }));
      return;
    }
    try {
      const contentBase64 = await readFileAsBase64(picked);
      setFile({ name: picked.name, size: picked.size, contentBase64 });
    } catch {
      setFileError(t('import.unreadable'));
    }
  }

  async function run(dryRun: boolean) {
    if (!file) return;
    setLastRun(dryRun ? 'check' : 'commit');
    setOutcome(null);
    const result = await importUnits({
      input: { fileName: file.name, contentBase64: file.contentBase64, dryRun },
    });
    const data = result.data?.importUnits;
    if (data) {
      if (data.ok && data.errors.length === 0) {
        setOutcome({ kind: dryRun ? 'checked' : 'committed', created: data.created, updated: data.updated });
        if (!dryRun) reload();
      } else {
        setOutcome({ kind: 'rejected', errors: [...data.errors] });
      }
      return;
    }
    const rowErrors = rowErrorsFromDetails(errorInfo(result.error)?.details);
    if (rowErrors.length > 0) setOutcome({ kind: 'rejected', errors: rowErrors });
  }

  function restart() {
    setFile(null);
    setOutcome(null);
    setFileError(null);
    setLastRun(null);
    if (inputRef.current) inputRef.current.value = '';
  }

  const step: 1 | 2 | 3 = outcome?.kind === 'committed' || outcome?.kind === 'checked' ? 3 : file ? 2 : 1;

  return {
    file,
    fileError,
    outcome,
    fetching,
    error,
    lastRun,
    inputRef,
    step,
    canCommit: outcome?.kind === 'checked' && !fetching,
    pick: (event: ChangeEvent<HTMLInputElement>) => void pick(event),
    run: (dryRun: boolean) => void run(dryRun),
    restart,
  };
}
