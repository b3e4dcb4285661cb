import { useTranslation } from 'react-i18next';
import type { QuestionClock } from '../../hooks/use-server-now';

const R = 45;
const C = 2 * Math.PI * R;

/** A ring that empties over the answering time, the seconds in the middle. */
export function CountdownRing({ clock, paused, testId }: { clock: QuestionClock; paused: boolean; testId?: string }) {
  const { t } = useTranslation();
  const seconds = Math.ceil(clock.remainingMs / 1000);
  const urgent = clock.open && seconds <= 5;
  return (
    <div
      className={`ring${urgent ? ' is-urgent' : ''}${clock.reading ? ' is-reading' : ''}`}
      data-testid={testId}
      role="timer"
      data-seconds={seconds}
      aria-label={
        paused ? t('live.paused') : clock.reading ? t('live.opensIn', { seconds }) : t('live.secondsLeft', { seconds })
      }
    >
      <svg viewBox="0 0 100 100" aria-hidden="true">
        <circle className="ring__track" cx="50" cy="50" r={R} />
        <circle
          className="ring__fill"
          cx="50"
          cy="50"
          r={R}
          strokeDasharray={C}
          strokeDashoffset={C * (1 - clock.fraction)}
          transform="rotate(-90 50 50)"
        />
      </svg>
      <span className="ring__value" aria-hidden="true">
        {paused ? '❚❚' : seconds}
      </span>
    </div>
  );
}
