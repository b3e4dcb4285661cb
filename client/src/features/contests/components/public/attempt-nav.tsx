import { useTranslation } from 'react-i18next';
import { Button } from '../../../../components/ui';
import type { DraftResponse } from '../../utils/device-store';
import { isAnswered } from '../../utils/attempt-answers';

interface Props {
  position: number;
  /** The questions' indexes, in order. */
  indexes: number[];
  responses: Record<number, DraftResponse>;
  onMove: (position: number) => void;
}

/** Previous / next, and a dot per question to jump to it (filled when answered). */
export function AttemptNav({ position, indexes, responses, onMove }: Props) {
  const { t } = useTranslation();
  const count = indexes.length;
  const onReview = position >= count;
  return (
    <>
      <nav className="cp-attempt__nav" aria-label={t('contests.attempt.navLabel')}>
        <Button
          className="cp-nav-btn"
          data-testid="attempt-prev"
          disabled={position === 0}
          onClick={() => onMove(Math.max(0, position - 1))}
        >
          ← {t('contests.attempt.prev')}
        </Button>
        {!onReview && (
          <Button
            variant="primary"
            className="cp-nav-btn"
            data-testid="attempt-next"
            onClick={() => onMove(Math.min(count, position + 1))}
          >
            {position === count - 1 ? t('contests.attempt.toSubmit') : t('contests.attempt.next')} →
          </Button>
        )}
      </nav>
      <ol className="cp-dots" aria-label={t('contests.attempt.jumpLabel')}>
        {indexes.map((index) => (
          <li key={index}>
            <button
              type="button"
              className={`cp-dot${isAnswered(responses[index]) ? ' is-answered' : ''}${index === position ? ' is-current' : ''}`}
              aria-current={index === position ? 'step' : undefined}
              aria-label={t('contests.attempt.jumpTo', { index: index + 1 })}
              onClick={() => onMove(index)}
            >
              {index + 1}
            </button>
          </li>
        ))}
      </ol>
    </>
  );
}
