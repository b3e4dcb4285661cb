import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { FormError } from '../../../components/form-error';
import { FileIcon } from '../../../components/icons';
import { ImportSteps } from '../../../components/import-steps';
import { Button, FormActions, Page } from '../../../components/ui';
import { errorText } from '../../../lib/error-text';
import { IMPORT_ACCEPT, MAX_IMPORT_FILE_BYTES as MAX_IMPORT_BYTES } from '../../../lib/files';
import { formatNumber } from '../../../lib/format';
import { DEFAULT_WARD_CODE } from '../utils/import-template';
import { useUnits } from '../hooks/use-units';
import { useUnitsImport } from '../hooks/use-units-import';
import { ImportOutcome } from './import-outcome';
import { ImportTemplateHelp } from './import-template-help';

/** Roster import wizard: pick a file → check (dry run) → import. Nothing is written until the last step. */
export function UnitsImportPage() {
  const { t, i18n } = useTranslation();
  const { units, reload } = useUnits();
  const wardCode = useMemo(() => units.find((u) => u.kind === 'WARD')?.code ?? DEFAULT_WARD_CODE, [units]);
  const wizard = useUnitsImport(reload);
  const { file, fetching, lastRun } = wizard;
  const n = (value: number) => formatNumber(value, i18n.language);
  const rowErrorsShown = wizard.outcome?.kind === 'rejected';

  return (
    <Page
      titleId="import-title"
      title={t('import.title')}
      lead={t('import.lead')}
      breadcrumb={[{ label: t('nav.units'), to: '/units' }, { label: t('import.title') }]}
    >
      <ImportSteps step={wizard.step} />
      <div className="import-layout">
        <div className="card import-wizard">
          <div className="field">
            <label htmlFor="import-file">{t('import.pickFile')}</label>
            <input
              ref={wizard.inputRef}
              id="import-file"
              data-testid="import-file"
              type="file"
              accept={IMPORT_ACCEPT}
              onChange={wizard.pick}
            />
            <p className="field__hint">{t('import.pickHint', { max: n(MAX_IMPORT_BYTES / 1024 / 1024) })}</p>
          </div>
          {file && (
            <p className="file-chip" data-testid="import-file-name">
              <FileIcon size={20} /> {file.name} ·{' '}
              {t('import.size', { value: n(Math.max(1, Math.round(file.size / 1024))) })}
            </p>
          )}
          <FormError message={wizard.fileError ?? (rowErrorsShown ? null : errorText(t, wizard.error))} />
          <FormActions align="start">
            <Button data-testid="import-check" disabled={!file || fetching} onClick={() => wizard.run(true)}>
              {fetching && lastRun === 'check' ? t('import.checking') : t('import.check')}
            </Button>
            <Button
              variant="primary"
              data-testid="import-commit"
              disabled={!wizard.canCommit}
              onClick={() => wizard.run(false)}
            >
              {fetching && lastRun === 'commit' ? t('import.committing') : t('import.commit')}
            </Button>
          </FormActions>
          <ImportOutcome outcome={wizard.outcome} onRestart={wizard.restart} />
        </div>
        <ImportTemplateHelp wardCode={wardCode} />
      </div>
    </Page>
  );
}
