import { PERSON_ROSTER_COLUMNS } from '@thidua/shared';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormError } from '../../../components/form-error';
import { DownloadIcon, FileIcon } from '../../../components/icons';
import { ImportErrorTable } from '../../../components/import-error-table';
import { ImportSteps } from '../../../components/import-steps';
import { Alert, Button, FormActions, Section } from '../../../components/ui';
import { downloadWithSession, IMPORT_ACCEPT, MAX_IMPORT_FILE_BYTES } from '../../../lib/files';
import { formatNumber } from '../../../lib/format';
import { useRosterImport } from '../hooks/use-roster-import';
import { peopleErrorText } from '../utils/people-error-text';
import { rosterRowErrors } from '../utils/roster-row-errors';

export const ROSTER_TEMPLATE_URL = '/api/people/roster-template.xlsx';

/**
 * Import a class list / household list into the unit's roster: pick a file, check it
 * (nothing is written; every bad row is listed), then import it all or nothing. A
 * re-import updates the people already there (same name and birth) instead of adding them twice.
 */
export function RosterImport({ unitId, onImported }: { unitId: string; onImported: () => void }) {
  const { t, i18n } = useTranslation();
  const wizard = useRosterImport(unitId, onImported);
  const [templateError, setTemplateError] = useState(false);
  const { file, fetching, lastRun, outcome } = wizard;
  const rowErrors = useMemo(
    () => (outcome?.kind === 'rejected' ? rosterRowErrors(t, outcome.errors) : []),
    [outcome, t],
  );
  const n = (value: number) => formatNumber(value, i18n.language);
  const counts = (o: { created: number; updated: number; unchanged: number }) =>
    t('people.import.counts', { created: n(o.created), updated: n(o.updated), unchanged: n(o.unchanged) });

  function downloadTemplate() {
    setTemplateError(false);
    downloadWithSession(ROSTER_TEMPLATE_URL, 'mau-danh-sach-nguoi.xlsx').catch(() => setTemplateError(true));
  }

  return (
    <Section title={t('people.import.title')} card className="people-import" testId="roster-import">
      <p>{t('people.import.lead')}</p>
      <ImportSteps step={wizard.step} />
      <div className="import-layout">
        <div className="import-wizard">
          <div className="field">
            <label htmlFor="roster-import-file">{t('import.pickFile')}</label>
            <input
              ref={wizard.inputRef}
              id="roster-import-file"
              data-testid="roster-import-file"
              type="file"
              accept={IMPORT_ACCEPT}
              onChange={wizard.pick}
            />
            <p className="field__hint">{t('import.pickHint', { max: n(MAX_IMPORT_FILE_BYTES / 1024 / 1024) })}</p>
          </div>
          {file && (
            <p className="file-chip" data-testid="roster-import-file-name">
              <FileIcon size={20} /> {file.name}
            </p>
          )}
          <FormError
            message={wizard.fileError ?? (outcome?.kind === 'rejected' ? null : peopleErrorText(t, wizard.error))}
          />
          <FormActions align="start">
            <Button data-testid="roster-import-check" disabled={!file || fetching} onClick={() => wizard.run(true)}>
              {fetching && lastRun === 'check' ? t('import.checking') : t('import.check')}
            </Button>
            <Button
              variant="primary"
              data-testid="roster-import-commit"
              disabled={!wizard.canCommit}
              onClick={() => wizard.run(false)}
            >
              {fetching && lastRun === 'commit' ? t('import.committing') : t('import.commit')}
            </Button>
          </FormActions>
          <div aria-live="polite">
            {outcome?.kind === 'checked' && (
              <Alert tone="info" testId="roster-import-preview">
                <strong>{t('people.import.previewTitle')}</strong> {counts(outcome)} {t('people.import.previewNext')}
              </Alert>
            )}
            {outcome?.kind === 'committed' && (
              <Alert
                tone="success"
                testId="roster-import-success"
                actions={
                  <Button size="small" onClick={wizard.restart}>
                    {t('import.again')}
                  </Button>
                }
              >
                <strong>{t('people.import.successTitle')}</strong> {counts(outcome)}
              </Alert>
            )}
            {outcome?.kind === 'rejected' && (
              <>
                <ImportErrorTable
                  errors={rowErrors}
                  title={
                    outcome.errors.length > 0
                      ? t('people.import.errorsTitle', { count: outcome.errors.length })
                      : t('people.import.rejected')
                  }
                  testId="roster-import-errors"
                  rowTestId="roster-import-error-row"
                />
                <p className="field__hint">{t('import.fixAndRetry')}</p>
              </>
            )}
          </div>
        </div>
        <div className="template-help">
          <h3>{t('people.import.templateTitle')}</h3>
          <ul className="people-columns">
            {PERSON_ROSTER_COLUMNS.map((column) => (
              <li key={column.key}>
                <code lang="vi">{column.header}</code>
                {column.required && <span className="required"> *</span>} — {t(`people.import.columns.${column.key}`)}
              </li>
            ))}
          </ul>
          <p className="field__hint">{t('people.import.birthRule')}</p>
          <p className="field__hint">{t('people.import.rules')}</p>
          <Button data-testid="roster-template-download" onClick={downloadTemplate}>
            <DownloadIcon size={20} /> {t('people.import.template')}
          </Button>
          {templateError && <Alert tone="error">{t('people.import.templateFailed')}</Alert>}
        </div>
      </div>
    </Section>
  );
}
