import { useTranslation } from 'react-i18next';
import type { QuestionClock } from '../../hooks/use-server-now';

/** The seconds left on the phone (reading time first), urgent in the last five. */
export function PlayerCountdown({ clock, paused }: { clock: QuestionClock; paused: boolean }) {
  const { t } = useTranslation();
  const seconds = Math.ceil(clock.remainingMs / 1000);
  const urgent = clock.open && seconds <= 5;
  return (
    <span
      className={`player-countdown${urgent ? ' is-urgent' : ''}${clock.reading ? ' is-reading' : ''}`}
      role="timer"
      aria-label={
        paused ? t('live.paused') : clock.reading ? t('live.opensIn', { seconds }) : t('live.secondsLeft', { seconds })
      }
    >
      {paused ? '❚❚' : seconds}
    </span>
  );
}
