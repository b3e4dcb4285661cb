import { useTranslation } from 'react-i18next';
import { Dialog } from '../../../../components/dialog';
import { FormError } from '../../../../components/form-error';
import { Button, FormActions, TextAreaField } from '../../../../components/ui';
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
        <TextAreaField
          id="sheet-explanation"
          data-testid="sheet-explanation"
          label={t('campaigns.sheet.explanation')}
          hint={t('campaigns.sheet.explanationHint')}
          rows={4}
          value={submit.explanation}
          onChange={submit.setExplanation}
        />
      )}
      <FormError message={campaignErrorText(t, submit.error)} />
      <FormActions>
        <Button variant="ghost" className="sheet-big-btn" onClick={submit.cancel}>
          {t('common.cancel')}
        </Button>
        <Button
          variant="primary"
          className="sheet-big-btn"
          data-testid="sheet-submit-confirm"
          disabled={!submit.canConfirm}
          onClick={() => void submit.confirm()}
        >
          {t('campaigns.sheet.confirmSubmit')}
        </Button>
      </FormActions>
    </Dialog>
  );
}
