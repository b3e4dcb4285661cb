import { useTranslation } from 'react-i18next';
import { FormError } from '../../../../components/form-error';
import { Button, FormActions, TextAreaField } from '../../../../components/ui';
import type { ReviewSheetState } from '../../hooks/use-review-sheet';

/** The one reason for every adjustment, then save, approve or return. */
export function ReviewActions({ review, onReturn }: { review: ReviewSheetState; onReturn: () => void }) {
  const { t } = useTranslation();
  const correcting = review.mode === 'correct';
  const count = review.adjustments.length;
  return (
    <div className="card review-actions">
      <TextAreaField
        id="review-reason"
        data-testid="review-reason"
        label={correcting ? t('campaigns.review.correctReason') : t('campaigns.review.reason')}
        required
        rows={2}
        value={review.reason}
        onChange={review.setReason}
        placeholder={t('campaigns.review.reasonPlaceholder')}
      />
      <FormError message={review.error} />
      <FormActions align="start">
        <Button data-testid="review-save" disabled={review.saving} onClick={() => void review.saveAdjustments()}>
          {correcting
            ? t('campaigns.review.saveCorrection', { count })
            : t('campaigns.review.saveAdjustments', { count })}
        </Button>
        {review.mode === 'review' && (
          <>
            <Button
              variant="primary"
              data-testid="review-approve"
              disabled={review.approving}
              onClick={() => void review.approve()}
            >
              ✓ {t('campaigns.review.approve')}
            </Button>
            <Button variant="danger" data-testid="review-return" onClick={onReturn}>
              ↩ {t('campaigns.review.return')}
            </Button>
          </>
        )}
      </FormActions>
    </div>
  );
}
