import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatClock } from '../../utils/contest-format';

interface Props {
  /** The question shown (0-based), or null on the review step. */
  position: number | null;
  count: number;
  answered: number;
  remaining: number;
  /** Shown above the count while it matters (the offline notice), so it sticks with the clock and never covers it. */
  notice?: ReactNode;
}

/** Progress ("Câu 3/10"), the clock (red in the last minute) and the answered bar. */
export function AttemptHeader({ position, count, answered, remaining, notice }: Props) {
  const { t } = useTranslation();
  return (
    <>
      <header className="sticky-head cp-attempt__head">
        {notice}
        <span className="cp-attempt__progress" data-testid="attempt-progress">
          {position === null
            ? t('contests.attempt.review')
            : t('contests.attempt.progress', { index: position + 1, count })}
        </span>
        <span
          className={`cp-clock${remaining < 60_000 ? ' is-low' : ''}`}
          data-testid="attempt-remaining"
          role="timer"
          aria-label={t('contests.attempt.remainingLabel', { time: formatClock(remaining) })}
        >
          <ClockIcon />
          {formatClock(remaining)}
        </span>
      </header>
      <div className="cp-attempt__bar" aria-hidden="true">
        <span style={{ width: `${(answered / Math.max(1, count)) * 100}%` }} />
      </div>
    </>
  );
}

function ClockIcon() {
  return (
    <svg width="22" height="22" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <circle cx="12" cy="13" r="8.5" fill="none" stroke="currentColor" strokeWidth="2.4" />
      <path d="M12 8.5V13l3 2M9.5 2.5h5" fill="none" stroke="currentColor" strokeWidth="2.4" strokeLinecap="round" />
    </svg>
  );
}
