import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ImportErrorTable } from '../../../components/import-error-table';
import { Alert, Button, buttonClass } from '../../../components/ui';
import { formatNumber } from '../../../lib/format';
import type { ImportOutcome } from '../hooks/use-question-import';
import { ImportBatchReview } from './import-batch-review';

/** What the check or the import found: counts to confirm, success, or the rows to fix. */
export function ContentImportOutcome({ outcome, onRestart }: { outcome: ImportOutcome | null; onRestart: () => void }) {
  const { t, i18n } = useTranslation();
  const n = (value: number) => formatNumber(value, i18n.language);
  if (!outcome) return null;
  switch (outcome.kind) {
    case 'checked':
      return (
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
      );
    case 'committed':
      return (
        <div className="alert alert-success" data-testid="content-import-success">
          <strong>{t('import.successTitle')}</strong>{' '}
          {t('content.import.success', {
            created: n(outcome.created),
            updated: n(outcome.updated),
            unchanged: n(outcome.unchanged),
          })}
          <div className="alert__actions">
            <Link className={buttonClass('primary', 'small')} to="/content?status=IN_REVIEW">
              {t('content.import.viewInReview')}
            </Link>
            <Button size="small" onClick={onRestart}>
              {t('import.again')}
            </Button>
          </div>
          <ImportBatchReview questionIds={outcome.questionIds} />
        </div>
      );
    case 'rejected':
      if (outcome.errors.length === 0) return <Alert tone="error">{t('content.import.invalid')}</Alert>;
      return (
        <>
          <ImportErrorTable
            errors={outcome.errors}
            title={t('content.import.errorsTitle', { count: outcome.errors.length })}
            testId="content-import-errors"
            rowTestId="content-import-error-row"
          />
          <p className="field__hint">{t('content.import.fixAndRetry')}</p>
        </>
      );
  }
}
