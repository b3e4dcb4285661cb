import { useTranslation } from 'react-i18next';
import { optionLetter } from '../../../components/option-mark';
import type { QuestionVersionFieldsFragment } from '../../../generated/graphql';
import { DifficultyBadge, TypeBadge } from './content-badges';
import { sectionLabel } from '../utils/section-label';

/** A question of a quiz as the host will run it: prompt, answer, explanation and the section it cites. */
export function QuizQuestionBody({ version }: { version: QuestionVersionFieldsFragment }) {
  const { t } = useTranslation();
  const correct = new Set(version.correctOptionIds);
  const options =
    version.type === 'ORDERING' && !version.keyWithheld
      ? version.correctOptionIds.flatMap((id) => version.options.filter((o) => o.id === id))
      : version.options;
  return (
    <div className="quiz-q">
      <p className="quiz-q__prompt">{version.prompt}</p>
      <p className="quiz-q__meta">
        <TypeBadge type={version.type} />
        <DifficultyBadge difficulty={version.difficulty} />
        <span className="muted">{t('content.preview.seconds', { count: version.timeLimitSeconds })}</span>
        {version.doublePoints && <span className="badge badge-role">×2</span>}
      </p>
      {version.type === 'NUMERIC' && version.numericAnswer ? (
        <p className="quiz-q__answer">
          {t('content.fields.answer')}: <strong>{version.numericAnswer.answer}</strong>
          {version.numericAnswer.unit ? ` ${version.numericAnswer.unit}` : ''}
          {version.numericAnswer.tolerance > 0 && ` (±${version.numericAnswer.tolerance})`}
        </p>
      ) : (
        <ul className="quiz-q__options">
          {options.map((o, i) => (
            <li key={o.id} className={correct.has(o.id) && version.type !== 'ORDERING' ? 'is-correct' : undefined}>
              <span className="quiz-q__letter">{version.type === 'ORDERING' ? `${i + 1}.` : optionLetter(i)}</span>{' '}
              {o.text}
              {correct.has(o.id) && version.type !== 'ORDERING' && (
                <span className="sr-only"> ({t('content.editor.correctShort')})</span>
              )}
            </li>
          ))}
        </ul>
      )}
      {/* A question may have no explanation (sets from above): then no empty line. */}
      {version.keyWithheld ? (
        <p className="quiz-q__explanation" data-testid="quiz-question-key-withheld">
          {t('content.keyWithheld')}
        </p>
      ) : version.explanation ? (
        <p className="quiz-q__explanation" data-testid="quiz-question-explanation">
          <strong>{t('content.fields.explanation')}:</strong> {version.explanation}
        </p>
      ) : null}
      <p className="quiz-q__section" data-testid="quiz-question-section">
        <strong>{t('content.fields.section')}:</strong> {sectionLabel(version.section)}
      </p>
    </div>
  );
}
