import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ImportErrorTable } from '../../../components/import-error-table';
import { Button, buttonClass } from '../../../components/ui';
import { formatNumber } from '../../../lib/format';
import type { ImportOutcome as Outcome } from '../hooks/use-units-import';

/** What the check or the import found: the preview, the success, or the rows to fix. */
export function ImportOutcome({ outcome, onRestart }: { outcome: Outcome | null; onRestart: () => void }) {
  const { t, i18n } = useTranslation();
  const n = (value: number) => formatNumber(value, i18n.language);
  return (
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
            <Link className={buttonClass('primary', 'small')} to="/units">
              {t('import.viewUnits')}
            </Link>
            <Button size="small" onClick={onRestart}>
              {t('import.again')}
            </Button>
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
  );
}
