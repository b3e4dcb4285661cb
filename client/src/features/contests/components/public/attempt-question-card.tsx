import { useTranslation } from 'react-i18next';
import { QuestionImage } from '../../../../components/question-image';
import type { AttemptFieldsFragment } from '../../../../generated/graphql';
import type { SaveStatus } from '../../hooks/use-answer-saver';
import type { DraftResponse } from '../../utils/device-store';
import { AnswerControl } from './answer-controls';

interface Props {
  question: AttemptFieldsFragment['questions'][number];
  response: DraftResponse | undefined;
  status: SaveStatus | undefined;
  disabled: boolean;
  onChange: (response: DraftResponse) => void;
}

/** One question of the attempt: the prompt, its answer control and whether the answer is saved. */
export function AttemptQuestionCard({ question, response, status, disabled, onChange }: Props) {
  const { t } = useTranslation();
  return (
    <section
      className="cp-card cp-question"
      data-testid="attempt-question"
      data-type={question.type}
      data-index={question.index}
      aria-labelledby="attempt-prompt"
    >
      <h1 id="attempt-prompt" className="cp-question__prompt">
        {question.prompt}
      </h1>
      <QuestionImage image={question.image} sizes="(max-width: 720px) 100vw, 640px" />
      <p className="cp-question__hint">{t(`contests.attempt.typeHint.${question.type}`)}</p>
      <AnswerControl
        key={question.index}
        question={question}
        response={response}
        disabled={disabled}
        onChange={onChange}
      />
      <p
        className={`cp-saved cp-saved--${status ?? 'none'}`}
        data-testid="attempt-saved"
        data-status={status ?? 'none'}
        aria-live="polite"
      >
        {status === 'saved'
          ? `✓ ${t('contests.attempt.saved')}`
          : status === 'saving'
            ? t('contests.attempt.saving')
            : status === 'retrying'
              ? t('contests.attempt.retrying')
              : t('contests.attempt.notAnswered')}
      </p>
    </section>
  );
}
