import type { LiveQuestionView, LiveRevealView } from '@thidua/shared';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../../../lib/format';
import { OptionMark, optionTone } from '../../../../components/option-mark';

interface Bar {
  key: string;
  label: string;
  count: number;
  correct: boolean;
  tone: string;
  index: number | null;
}

function bars(question: LiveQuestionView | null, reveal: LiveRevealView, t: (k: string) => string): Bar[] {
  if (!question || question.type === 'NUMERIC' || question.type === 'ORDERING' || question.options.length === 0) {
    // NUMERIC and ORDERING: the distribution has a "correct" and a "wrong" bucket.
    return [
      {
        key: 'correct',
        label: t('live.numericCorrect'),
        count: reveal.distribution.correct ?? 0,
        correct: true,
        tone: 'opt--3',
        index: null,
      },
      {
        key: 'wrong',
        label: t('live.numericWrong'),
        count: reveal.distribution.wrong ?? 0,
        correct: false,
        tone: 'opt--0',
        index: null,
      },
    ];
  }
  const correct = new Set(reveal.correctOptionIds);
  return question.options.map((option, index) => ({
    key: option.id,
    label: option.text,
    count: reveal.distribution[option.id] ?? 0,
    correct: correct.has(option.id),
    tone: optionTone(index),
    index,
  }));
}

/** How many chose each option, the correct ones marked (CSS bars). */
export function DistributionChart({
  question,
  reveal,
  testId,
}: {
  question: LiveQuestionView | null;
  reveal: LiveRevealView;
  testId?: string;
}) {
  const { t, i18n } = useTranslation();
  const items = bars(question, reveal, t);
  const max = Math.max(1, ...items.map((b) => b.count));
  return (
    <div className="dist" data-testid={testId} role="img" aria-label={t('live.distributionLabel')}>
      {items.map((bar) => (
        <div
          key={bar.key}
          className={`dist__col ${bar.tone}${bar.correct ? ' is-correct' : ' is-wrong'}`}
          data-correct={bar.correct}
        >
          <span className="dist__count">
            {bar.correct && (
              <span className="dist__tick" role="img" aria-label={t('live.correct')}>
                ✓
              </span>
            )}
            {formatNumber(bar.count, i18n.language)}
          </span>
          <span className="dist__track">
            <span className="dist__bar" style={{ height: `${Math.max(2, (bar.count / max) * 100)}%` }} />
          </span>
          <span className="dist__label">
            {bar.index !== null && <OptionMark index={bar.index} size={22} />}
            <span className="dist__text">{bar.label}</span>
          </span>
        </div>
      ))}
    </div>
  );
}
