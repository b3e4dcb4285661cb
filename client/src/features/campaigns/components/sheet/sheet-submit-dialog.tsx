import { useTranslation } from 'react-i18next';
import { Dialog } from '../../../../components/dialog';
import { FormError } from '../../../../components/form-error';
import type { useSheetSubmit } from '../../hooks/use-sheet-submit';
import { campaignErrorText, formatScore } from '../../utils/campaign-model';

interface SheetSubmitDialogProps {
  submit: ReturnType<typeof useSheetSubmit>;
  total: number;
  max: number;
  returned: boolean;
}

/** The last look before submitting: the total, what submitting means, and (for a returned sheet) why again. */
export function SheetSubmitDialog({ submit, total, max, returned }: SheetSubmitDialogProps) {
  const { t, i18n } = useTranslation();
  const fmt = (n: number) => formatScore(n, i18n.language);
  return (
    <Dialog open title={t('campaigns.sheet.confirmTitle')} onClose={submit.cancel} testId="sheet-submit-dialog">
      <p className="sheet-confirm__total">{t('campaigns.sheet.confirmTotal', { total: fmt(total), max: fmt(max) })}</p>
      <p>{t('campaigns.sheet.confirmBody')}</p>
      {returned && (
        <div className="field">
          <label htmlFor="sheet-explanation">{t('campaigns.sheet.explanation')}</label>
          <textarea
            id="sheet-explanation"
            data-testid="sheet-explanation"
            rows={4}
            value={submit.explanation}
            onChange={(e) => submit.setExplanation(e.target.value)}
          />
          <p className="field__hint">{t('campaigns.sheet.explanationHint')}</p>
        </div>
      )}
      <FormError message={campaignErrorText(t, submit.error)} />
      <div className="form-actions">
        <button type="button" className="btn btn-ghost sheet-big-btn" onClick={submit.cancel}>
          {t('common.cancel')}
        </button>
        <button
          type="button"
          className="btn btn-primary sheet-big-btn"
          data-testid="sheet-submit-confirm"
          disabled={!submit.canConfirm}
          onClick={() => void submit.confirm()}
        >
          {t('campaigns.sheet.confirmSubmit')}
        </button>
      </div>
    </Dialog>
  );
}
