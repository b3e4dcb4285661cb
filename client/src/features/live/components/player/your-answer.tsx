import type { AnswerResponse, LiveQuestionView } from '@thidua/shared';
import { useTranslation } from 'react-i18next';
import { OptionMark } from '../../../../components/option-mark';
import { formatNumber } from '../../../../lib/format';

/** What this player answered, on the reveal beside the correct answer (ORDERING: in the order given). */
export function YourAnswer({ question, answer }: { question: LiveQuestionView | null; answer: AnswerResponse | null }) {
  const { t, i18n } = useTranslation();
  if (!question || !answer) return null;
  let content;
  if (answer.value !== null && answer.value !== undefined) {
    content = (
      <p className="correct-answer your-answer__value">
        {formatNumber(answer.value, i18n.language)}
        {question.numericUnit ? ` ${question.numericUnit}` : ''}
      </p>
    );
  } else {
    const byId = new Map(question.options.map((o, i) => [o.id, { option: o, index: i }]));
    const chosen = (answer.optionIds ?? []).map((id) => byId.get(id)).filter((x) => x !== undefined);
    const Tag = question.type === 'ORDERING' ? 'ol' : 'ul';
    content = (
      <Tag className="correct-answer correct-answer--list">
        {chosen.map(({ option, index }) => (
          <li key={option.id}>
            <OptionMark index={index} size={20} /> {option.text}
          </li>
        ))}
      </Tag>
    );
  }
  return (
    <div className="your-answer" data-testid="player-your-answer">
      <h2 className="player-reveal__label">{t('live.player.yourAnswer')}</h2>
      {content}
    </div>
  );
}
