import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Dialog } from '../../../../components/dialog';
import { FormError } from '../../../../components/form-error';
import { Button, FormActions, TextAreaField } from '../../../../components/ui';
import type { ReviewSheetState } from '../../hooks/use-review-sheet';
import { campaignErrorText } from '../../utils/campaign-model';

/** Returning a sheet to its unit, with the reason they will read. */
export function ReturnDialog({ review, onClose }: { review: ReviewSheetState; onClose: () => void }) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  return (
    <Dialog
      open
      title={t('campaigns.review.returnTitle', { unit: review.sheet.unit.name })}
      onClose={onClose}
      testId="return-dialog"
    >
      <TextAreaField
        id="return-reason"
        data-testid="review-return-reason"
        label={t('campaigns.review.returnReason')}
        required
        rows={4}
        value={reason}
        onChange={setReason}
      />
      <FormError message={campaignErrorText(t, review.returnError)} />
      <FormActions>
        <Button variant="ghost" onClick={onClose}>
          {t('common.cancel')}
        </Button>
        <Button
          variant="danger"
          data-testid="review-return-confirm"
          disabled={!reason.trim() || review.returning}
          onClick={() => void review.returnSheet(reason).then((done) => done && onClose())}
        >
          {t('campaigns.review.returnConfirm')}
        </Button>
      </FormActions>
    </Dialog>
  );
}
