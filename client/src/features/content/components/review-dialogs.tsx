import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Dialog } from '../../../components/dialog';
import { FormError } from '../../../components/form-error';
import { Button, Field, FormActions } from '../../../components/ui';
import type { ReviewActionsState } from '../hooks/use-review-actions';

interface ReviewDialogProps {
  open: boolean;
  onClose: () => void;
  review: ReviewActionsState;
}

/** "Send back to the author": the reason is required. */
export function ReturnDialog({ open, onClose, review }: ReviewDialogProps) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const [reasonMissing, setReasonMissing] = useState(false);
  const [wasOpen, setWasOpen] = useState(open);
  // Each opening starts without the "reason required" error; the typed reason is kept.
  if (open !== wasOpen) {
    setWasOpen(open);
    if (open) setReasonMissing(false);
  }

  async function sendBack() {
    if (!reason.trim()) {
      setReasonMissing(true);
      return;
    }
    if (await review.sendBack(reason.trim())) {
      onClose();
      setReason('');
    }
  }

  return (
    <Dialog open={open} title={t('content.review.returnTitle')} onClose={onClose} testId="return-dialog" size="sm">
      <form
        className="form"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void sendBack();
        }}
      >
        <Field label={t('content.review.reason')} required htmlFor="return-reason">
          {(control) => (
            <>
              <textarea
                {...control}
                data-testid="return-reason"
                rows={4}
                value={reason}
                aria-invalid={reasonMissing || undefined}
                // One line under the box: the hint, or in its place the error.
                aria-describedby="return-reason-hint"
                onChange={(e) => {
                  setReason(e.target.value);
                  if (e.target.value.trim()) setReasonMissing(false);
                }}
              />
              <p id="return-reason-hint" className={reasonMissing ? 'field__error' : 'field__hint'}>
                {reasonMissing ? t('content.review.reasonRequired') : t('content.review.reasonHint')}
              </p>
            </>
          )}
        </Field>
        <FormError message={review.returnErrorText} />
        <FormActions>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="submit" variant="primary" data-testid="return-confirm" disabled={review.returning}>
            {t('content.review.returnConfirm')}
          </Button>
        </FormActions>
      </form>
    </Dialog>
  );
}

/** "Archive this question?" */
export function ArchiveDialog({ open, onClose, review }: ReviewDialogProps) {
  const { t } = useTranslation();
  return (
    <Dialog open={open} title={t('content.review.archiveTitle')} onClose={onClose} size="sm">
      <p>{t('content.review.archiveConfirm')}</p>
      <FormActions>
        <Button onClick={onClose}>{t('common.cancel')}</Button>
        <Button
          variant="danger"
          data-testid="archive-confirm"
          disabled={review.archiving}
          onClick={() => void review.archive().then(onClose)}
        >
          {t('content.review.archive')}
        </Button>
      </FormActions>
    </Dialog>
  );
}
