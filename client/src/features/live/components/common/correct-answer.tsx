import type { LiveQuestionView, LiveRevealView } from '@thidua/shared';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../../../lib/format';
import { OptionMark } from '../../../../components/option-mark';

/** The correct answer in words (ORDERING: numbered in the right order), for the phone, the host and the screen. */
export function CorrectAnswer({ question, reveal }: { question: LiveQuestionView | null; reveal: LiveRevealView }) {
  const { t, i18n } = useTranslation();
  if (reveal.correctValue !== null) {
    return (
      <p className="correct-answer">
        {formatNumber(reveal.correctValue, i18n.language)}
        {question?.numericUnit ? ` ${question.numericUnit}` : ''}
      </p>
    );
  }
  if (!question) return null;
  const byId = new Map(question.options.map((o, i) => [o.id, { option: o, index: i }]));
  const items = reveal.correctOptionIds.map((id) => byId.get(id)).filter((x) => x !== undefined);
  const Tag = question.type === 'ORDERING' ? 'ol' : 'ul';
  return (
    <Tag className="correct-answer correct-answer--list" aria-label={t('live.correctAnswer')}>
      {items.map(({ option, index }) => (
        <li key={option.id}>
          <OptionMark index={index} size={20} /> {option.text}
        </li>
      ))}
    </Tag>
  );
}
