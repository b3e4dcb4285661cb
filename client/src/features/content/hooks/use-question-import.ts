import { useEffect, useRef, useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { rowErrorsFromDetails, type RowError } from '../../../components/import-error-table';
import { errorText } from '../../../lib/error-text';
import { downloadWithSession, hasImportExtension, MAX_IMPORT_FILE_BYTES, readFileAsBase64 } from '../../../lib/files';
import { formatNumber } from '../../../lib/format';
import { errorInfo } from '../../../lib/graphql-errors';
import { ImportQuestionsDocument } from '../graphql/content.documents';
import type { ResolutionItem } from './use-content-data';

export interface PickedFile {
  name: string;
  size: number;
  contentBase64: string;
}

export interface ImportCounts {
  created: number;
  updated: number;
  unchanged: number;
}

export type ImportOutcome =
  | ({ kind: 'checked' } & ImportCounts)
  | ({ kind: 'committed' } & ImportCounts)
  | { kind: 'rejected'; errors: RowError[] };

/**
 * The question import wizard's behaviour: pick a file (type and size checked here), check it
 * (a dry run), then import it; all or nothing, with the rows' errors when it is refused.
 */
export function useQuestionImport(resolutions: readonly ResolutionItem[]) {
  const { t, i18n } = useTranslation();
  const [resolutionId, setResolutionId] = useState('');
  const [file, setFile] = useState<PickedFile | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<ImportOutcome | null>(null);
  const [lastRun, setLastRun] = useState<'check' | 'commit' | null>(null);
  const [templateError, setTemplateError] = useState(false);
  const [{ fetching, error }, importQuestions] = useMutation(ImportQuestionsDocument);
  const inputRef = useRef<HTMLInputElement>(null);
  const maxMb = formatNumber(MAX_IMPORT_FILE_BYTES / 1024 / 1024, i18n.language);

  useEffect(() => {
    if (!resolutionId && resolutions[0]) setResolutionId(resolutions[0].id);
  }, [resolutionId, resolutions]);

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
    if (picked.size > MAX_IMPORT_FILE_BYTES) {
      setFileError(t('import.tooBig', { max: maxMb }));
      return;
    }
    try {
      setFile({ name: picked.name, size: picked.size, contentBase64: await readFileAsBase64(picked) });
    } catch {
      setFileError(t('import.unreadable'));
    }
  }

  async function run(dryRun: boolean) {
    if (!file || !resolutionId) return;
    setLastRun(dryRun ? 'check' : 'commit');
    setOutcome(null);
    const result = await importQuestions({
      input: { fileName: file.name, contentBase64: file.contentBase64, resolutionId, dryRun },
    });
    const data = result.data?.importQuestions;
    if (data) {
      if (data.ok && data.errors.length === 0) {
        const counts = { created: data.created, updated: data.updated, unchanged: data.unchanged };
        setOutcome({ kind: dryRun ? 'checked' : 'committed', ...counts });
      } else {
        setOutcome({ kind: 'rejected', errors: [...data.errors] });
      }
      return;
    }
    const rowErrors = rowErrorsFromDetails(errorInfo(result.error)?.details);
    if (rowErrors.length > 0) setOutcome({ kind: 'rejected', errors: rowErrors });
  }

  async function template(format: 'xlsx' | 'csv') {
    setTemplateError(false);
    try {
      await downloadWithSession(`/api/content/question-template.${format}`, `mau-nhap-cau-hoi.${format}`);
    } catch {
      setTemplateError(true);
    }
  }

  function restart() {
    setFile(null);
    setOutcome(null);
    setFileError(null);
    setLastRun(null);
    if (inputRef.current) inputRef.current.value = '';
  }

  const rejected = outcome?.kind === 'rejected';
  const step: 1 | 2 | 3 = outcome?.kind === 'checked' || outcome?.kind === 'committed' ? 3 : file ? 2 : 1;
  return {
    resolutionId,
    chooseResolution: (id: string) => {
      setResolutionId(id);
      setOutcome(null);
    },
    file,
    inputRef,
    maxMb,
    pick,
    outcome,
    step,
    checking: fetching && lastRun === 'check',
    committing: fetching && lastRun === 'commit',
    canCheck: !!file && !!resolutionId && !fetching,
    canCommit: outcome?.kind === 'checked' && !fetching,
    check: () => run(true),
    commit: () => run(false),
    /** The file's own problem, else the server's (row errors are shown in their table instead). */
    errorText: fileError ?? (rejected ? null : errorText(t, error)),
    restart,
    templateError,
    template,
  };
}

export type QuestionImportState = ReturnType<typeof useQuestionImport>;
