import { useMemo, useRef, useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMutation } from 'urql';
import { FormError } from '../../../components/form-error';
import { FileIcon } from '../../../components/icons';
import { errorText } from '../../../lib/error-text';
import { formatNumber } from '../../../lib/format';
import { errorInfo } from '../../../lib/graphql-errors';
import { ImportUnitsDocument } from '../graphql/units.documents';
import {
  hasImportExtension,
  IMPORT_ACCEPT,
  MAX_IMPORT_FILE_BYTES as MAX_IMPORT_BYTES,
  readFileAsBase64,
} from '../../../lib/files';
import { DEFAULT_WARD_CODE } from '../hooks/import-template';
import { useUnits } from '../hooks/use-units';
import { ImportErrorTable, rowErrorsFromDetails, type RowError } from '../../../components/import-error-table';
import { ImportSteps } from '../../../components/import-steps';
import { ImportTemplateHelp } from './import-template-help';

interface PickedFile {
  name: string;
  size: number;
  contentBase64: string;
}

type Outcome =
  | { kind: 'checked'; created: number; updated: number }
  | { kind: 'committed'; created: number; updated: number }
  | { kind: 'rejected'; errors: RowError[] };

/** Roster import wizard: pick a file → check (dry run) → import. Nothing is written until the last step. */
export function UnitsImportPage() {
  const { t, i18n } = useTranslation();
  const { units, reload } = useUnits();
  const wardCode = useMemo(() => units.find((u) => u.kind === 'WARD')?.code ?? DEFAULT_WARD_CODE, [units]);
  const [file, setFile] = useState<PickedFile | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [{ fetching, error }, importUnits] = useMutation(ImportUnitsDocument);
  const [lastRun, setLastRun] = useState<'check' | 'commit' | null>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const n = (value: number) => formatNumber(value, i18n.language);

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

  const step = outcome?.kind === 'committed' ? 3 : outcome?.kind === 'checked' ? 3 : file ? 2 : 1;
  const canCommit = outcome?.kind === 'checked' && !fetching;
  const rowErrorsShown = outcome?.kind === 'rejected';

  return (
    <section className="page" aria-labelledby="import-title">
      <nav className="breadcrumb" aria-label={t('common.breadcrumb')}>
        <Link to="/units">{t('nav.units')}</Link> <span aria-hidden="true">›</span> <span>{t('import.title')}</span>
      </nav>
      <header className="page-header">
        <div>
          <h1 id="import-title">{t('import.title')}</h1>
          <p className="page-header__lead">{t('import.lead')}</p>
        </div>
      </header>

      <ImportSteps step={step} />

      <div className="import-layout">
        <div className="card import-wizard">
          <div className="field">
            <label htmlFor="import-file">{t('import.pickFile')}</label>
            <input
              ref={inputRef}
              id="import-file"
              data-testid="import-file"
              type="file"
              accept={IMPORT_ACCEPT}
              onChange={(e) => void pick(e)}
            />
            <p className="field__hint">{t('import.pickHint', { max: n(MAX_IMPORT_BYTES / 1024 / 1024) })}</p>
          </div>
          {file && (
            <p className="file-chip" data-testid="import-file-name">
              <FileIcon size={20} /> {file.name} ·{' '}
              {t('import.size', { value: n(Math.max(1, Math.round(file.size / 1024))) })}
            </p>
          )}
          <FormError message={fileError ?? (rowErrorsShown ? null : errorText(t, error))} />

          <div className="form-actions form-actions--start">
            <button
              type="button"
              className="btn btn-secondary"
              data-testid="import-check"
              disabled={!file || fetching}
              onClick={() => void run(true)}
            >
              {fetching && lastRun === 'check' ? t('import.checking') : t('import.check')}
            </button>
            <button
              type="button"
              className="btn btn-primary"
              data-testid="import-commit"
              disabled={!canCommit}
              onClick={() => void run(false)}
            >
              {fetching && lastRun === 'commit' ? t('import.committing') : t('import.commit')}
            </button>
          </div>

          <div aria-live="polite">
            {outcome?.kind === 'checked' && (
              <div className="alert alert-info" data-testid="import-preview">
                <strong>{t('import.previewTitle')}</strong>{' '}
                {t('import.preview', { created: n(outcome.created), updated: n(outcome.updated) })}
                <br />
                {t('import.previewNext')}
              </div>
            )}
            {outcome?.kind === 'committed' && (
              <div className="alert alert-success" data-testid="import-success">
                <strong>{t('import.successTitle')}</strong>{' '}
                {t('import.success', { created: n(outcome.created), updated: n(outcome.updated) })}
                <div className="alert__actions">
                  <Link className="btn btn-small btn-primary" to="/units">
                    {t('import.viewUnits')}
                  </Link>
                  <button type="button" className="btn btn-small btn-secondary" onClick={restart}>
                    {t('import.again')}
                  </button>
                </div>
              </div>
            )}
            {outcome?.kind === 'rejected' && (
              <>
                {outcome.errors.length === 0 ? (
                  <p className="alert alert-error" role="alert">
                    {t('errors.IMPORT_INVALID')}
                  </p>
                ) : (
                  <ImportErrorTable
                    errors={outcome.errors}
                    title={t('import.errorsTitle', { count: outcome.errors.length })}
                  />
                )}
                <p className="field__hint">{t('import.fixAndRetry')}</p>
              </>
            )}
          </div>
        </div>
        <ImportTemplateHelp wardCode={wardCode} />
      </div>
    </section>
  );
}
