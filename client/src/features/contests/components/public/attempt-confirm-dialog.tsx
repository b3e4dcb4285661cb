import { useTranslation } from 'react-i18next';
import { Dialog } from '../../../../components/dialog';
import { Button } from '../../../../components/ui';

interface Props {
  open: boolean;
  answered: number;
  count: number;
  missingPrediction: boolean;
  submitting: boolean;
  onCancel: () => void;
  onConfirm: () => void;
}

/** "Nộp bài?": says what is unanswered before the attempt is submitted for good. */
export function AttemptConfirmDialog({
  open,
  answered,
  count,
  missingPrediction,
  submitting,
  onCancel,
  onConfirm,
}: Props) {
  const { t } = useTranslation();
  return (
    <Dialog
      open={open}
      title={t('contests.attempt.confirmTitle')}
      onClose={onCancel}
      size="sm"
      testId="attempt-confirm"
    >
      <p>{t('contests.attempt.confirmBody', { answered, count })}</p>
      {answered < count && (
        <p className="cp-warn">{t('contests.attempt.confirmUnanswered', { count: count - answered })}</p>
      )}
      {missingPrediction && <p className="cp-warn">{t('contests.attempt.confirmNoPrediction')}</p>}
      <div className="form-actions">
        <Button onClick={onCancel}>{t('contests.attempt.confirmCancel')}</Button>
        <Button variant="primary" data-testid="attempt-submit-confirm" disabled={submitting} onClick={onConfirm}>
          {t('contests.attempt.confirmSubmit')}
        </Button>
      </div>
    </Dialog>
  );
}
