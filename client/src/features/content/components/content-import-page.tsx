import { QUESTION_FILE_OVERVIEW } from '@thidua/shared';
import { useEffect, useRef, useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMutation } from 'urql';
import { FormError } from '../../../components/form-error';
import { DownloadIcon, FileIcon } from '../../../components/icons';
import { ImportErrorTable, rowErrorsFromDetails, type RowError } from '../../../components/import-error-table';
import { ImportSteps } from '../../../components/import-steps';
import { errorText } from '../../../lib/error-text';
import {
  downloadWithSession,
  hasImportExtension,
  IMPORT_ACCEPT,
  MAX_IMPORT_FILE_BYTES,
  readFileAsBase64,
} from '../../../lib/files';
import { formatNumber } from '../../../lib/format';
import { errorInfo } from '../../../lib/graphql-errors';
import { ImportQuestionsDocument } from '../graphql/content.documents';
import { useResolutions } from '../hooks/use-content-data';
import { ContentTabs } from './content-tabs';

interface PickedFile {
  name: string;
  size: number;
  contentBase64: string;
}

interface Counts {
  created: number;
  updated: number;
  unchanged: number;
}

type Outcome =
  ({ kind: 'checked' } & Counts) | ({ kind: 'committed' } & Counts) | { kind: 'rejected'; errors: RowError[] };

/** Columns of the question file (docs/question-import.md), from shared; headers stay Vietnamese whatever the UI language. */
const TEMPLATE_COLUMNS = QUESTION_FILE_OVERVIEW;

/** Question import wizard: pick a file → check (dry run) → import; all or nothing. */
export function ContentImportPage() {
  const { t, i18n } = useTranslation();
  const n = (value: number) => formatNumber(value, i18n.language);
  const { resolutions } = useResolutions();
  const [resolutionId, setResolutionId] = useState('');
  const [file, setFile] = useState<PickedFile | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [lastRun, setLastRun] = useState<'check' | 'commit' | null>(null);
  const [templateError, setTemplateError] = useState(false);
  const [{ fetching, error }, importQuestions] = useMutation(ImportQuestionsDocument);
  const inputRef = useRef<HTMLInputElement>(null);
  const maxMb = n(MAX_IMPORT_FILE_BYTES / 1024 / 1024);

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

  const step = outcome?.kind === 'checked' || outcome?.kind === 'committed' ? 3 : file ? 2 : 1;
  const rejected = outcome?.kind === 'rejected';

  return (
    <section className="page" aria-labelledby="content-import-title">
      <header className="page-header">
        <div>
          <h1 id="content-import-title">{t('content.import.title')}</h1>
          <p className="page-header__lead">{t('content.import.lead')}</p>
        </div>
      </header>
      <ContentTabs />
      <ImportSteps step={step} />

      <div className="import-layout">
        <div className="card import-wizard">
          <div className="field">
            <label htmlFor="content-import-resolution">{t('content.import.resolution')}</label>
            <select
              id="content-import-resolution"
              data-testid="content-import-resolution"
              value={resolutionId}
              onChange={(e) => {
                setResolutionId(e.target.value);
                setOutcome(null);
              }}
            >
              {resolutions.map((r) => (
                <option key={r.id} value={r.id}>
                  {r.code} · {r.title}
                </option>
              ))}
            </select>
            <p className="field__hint">{t('content.import.resolutionHint')}</p>
          </div>
          <div className="field">
            <label htmlFor="content-import-file">{t('content.import.pickFile')}</label>
            <input
              ref={inputRef}
              id="content-import-file"
              data-testid="content-import-file"
              type="file"
              accept={IMPORT_ACCEPT}
              onChange={(e) => void pick(e)}
            />
            <p className="field__hint">{t('import.pickHint', { max: maxMb })}</p>
          </div>
          {file && (
            <p className="file-chip" data-testid="content-import-file-name">
              <FileIcon size={20} /> {file.name} ·{' '}
              {t('import.size', { value: n(Math.max(1, Math.round(file.size / 1024))) })}
            </p>
          )}
          <FormError message={fileError ?? (rejected ? null : errorText(t, error))} />

          <div className="form-actions form-actions--start">
            <button
              type="button"
              className="btn btn-secondary"
              data-testid="content-import-check"
              disabled={!file || !resolutionId || fetching}
              onClick={() => void run(true)}
            >
              {fetching && lastRun === 'check' ? t('import.checking') : t('import.check')}
            </button>
            <button
              type="button"
              className="btn btn-primary"
              data-testid="content-import-commit"
              disabled={outcome?.kind !== 'checked' || fetching}
              onClick={() => void run(false)}
            >
              {fetching && lastRun === 'commit' ? t('import.committing') : t('import.commit')}
            </button>
          </div>

          <div aria-live="polite">
            {outcome?.kind === 'checked' && (
              <div className="alert alert-info" data-testid="content-import-preview">
                <strong>{t('import.previewTitle')}</strong>{' '}
                {t('content.import.preview', {
                  created: n(outcome.created),
                  updated: n(outcome.updated),
                  unchanged: n(outcome.unchanged),
                })}
                <br />
                {t('content.import.previewNext')}
              </div>
            )}
            {outcome?.kind === 'committed' && (
              <div className="alert alert-success" data-testid="content-import-success">
                <strong>{t('import.successTitle')}</strong>{' '}
                {t('content.import.success', {
                  created: n(outcome.created),
                  updated: n(outcome.updated),
                  unchanged: n(outcome.unchanged),
                })}
                <div className="alert__actions">
                  <Link className="btn btn-small btn-primary" to="/content?status=IN_REVIEW">
                    {t('content.import.viewInReview')}
                  </Link>
                  <button type="button" className="btn btn-small btn-secondary" onClick={restart}>
                    {t('import.again')}
                  </button>
                </div>
              </div>
            )}
            {outcome?.kind === 'rejected' &&
              (outcome.errors.length === 0 ? (
                <p className="alert alert-error" role="alert">
                  {t('content.import.invalid')}
                </p>
              ) : (
                <>
                  <ImportErrorTable
                    errors={outcome.errors}
                    title={t('content.import.errorsTitle', { count: outcome.errors.length })}
                    testId="content-import-errors"
                    rowTestId="content-import-error-row"
                  />
                  <p className="field__hint">{t('content.import.fixAndRetry')}</p>
                </>
              ))}
          </div>
        </div>

        <section className="card template-help" aria-labelledby="q-template-title">
          <h2 id="q-template-title">{t('import.template.title')}</h2>
          <p>{t('content.import.templateIntro')}</p>
          <div className="form-actions form-actions--start">
            <button
              type="button"
              className="btn btn-secondary"
              data-testid="content-template-xlsx"
              onClick={() => void template('xlsx')}
            >
              <DownloadIcon size={20} /> {t('content.import.templateXlsx')}
            </button>
            <button
              type="button"
              className="btn btn-ghost"
              data-testid="content-template-csv"
              onClick={() => void template('csv')}
            >
              <DownloadIcon size={20} /> {t('content.import.templateCsv')}
            </button>
          </div>
          {templateError && <p className="field__error">{t('content.import.templateFailed')}</p>}
          <div className="table-wrap">
            <table className="table table--compact">
              <thead>
                <tr>
                  <th scope="col">{t('import.template.column')}</th>
                  <th scope="col">{t('import.template.meaning')}</th>
                </tr>
              </thead>
              <tbody>
                {TEMPLATE_COLUMNS.map((column) => (
                  <tr key={column.key}>
                    <th scope="row" lang="vi">
                      <code>{column.header}</code>
                      {column.required && <span className="required"> *</span>}
                    </th>
                    <td>{t(`content.import.columns.${column.key}`)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <p className="field__hint">{t('import.template.requiredNote')}</p>
        </section>
      </div>
    </section>
  );
}
