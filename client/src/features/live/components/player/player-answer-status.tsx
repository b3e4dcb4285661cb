import { useTranslation } from 'react-i18next';
import { Button } from '../../../../components/ui';
import type { Submission } from '../../hooks/use-answer-sender';

/** Sending…, locked ✓, or why the answer was refused (with "try again" when that can help). */
export function PlayerAnswerStatus({
  submission,
  canRetry,
  onRetry,
}: {
  submission: Submission;
  canRetry: boolean;
  onRetry: () => void;
}) {
  const { t } = useTranslation();
  return (
    <div className="player-question__status" aria-live="polite">
      {submission.status === 'sending' && (
        <p className="player-status player-status--sending">
          <span className="spinner spinner--small" aria-hidden="true" /> {t('live.player.sending')}
        </p>
      )}
      {submission.status === 'locked' && (
        <p className="player-status player-status--locked" data-testid="player-answer-locked">
          <span aria-hidden="true">✓</span> {t('live.player.locked')}
        </p>
      )}
      {submission.status === 'rejected' && (
        <div className="player-status player-status--rejected" role="alert">
          <p>{t([`live.answerErrors.${submission.reason}`, 'live.errors.generic'])}</p>
          {canRetry && <Button onClick={onRetry}>{t('live.player.tryAgain')}</Button>}
        </div>
      )}
    </div>
  );
}
