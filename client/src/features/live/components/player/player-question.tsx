import type { LiveQuestionView, LiveStateView } from '@thidua/shared';
import { useTranslation } from 'react-i18next';
import { QuestionImage } from '../../../../components/question-image';
import type { LiveSocket } from '../../../../lib/live-socket';
import { FINAL_REJECTIONS, useAnswerSender } from '../../hooks/use-answer-sender';
import { questionClock, useServerNow } from '../../hooks/use-server-now';
import { MultiSelectAnswer } from './answers/multi-select-answer';
import { NumericAnswer } from './answers/numeric-answer';
import { OrderingAnswer } from './answers/ordering-answer';
import { SingleChoiceAnswer } from './answers/single-choice-answer';
import { PlayerAnswerStatus } from './player-answer-status';
import { PlayerCountdown } from './player-countdown';

interface PlayerQuestionProps {
  state: LiveStateView;
  question: LiveQuestionView;
  socket: LiveSocket | null;
  clockOffset: number;
}

/** One question on the phone: prompt, countdown, the answer control for its type, and the answer's status. */
export function PlayerQuestion({ state, question, socket, clockOffset }: PlayerQuestionProps) {
  const { t } = useTranslation();
  const { submission, send, reset } = useAnswerSender({
    question,
    socket,
    clockOffset,
    lockedAnswer: state.you?.currentAnswer ?? null,
  });
  const now = useServerNow(clockOffset, !state.paused, 250);
  const clock = questionClock(question, state.paused ? state.serverTime : now);

  const submitted = submission.status === 'sending' || submission.status === 'locked';
  const disabled = !clock.open || submitted || state.paused || !socket;
  const canRetry = submission.status === 'rejected' && !FINAL_REJECTIONS.has(submission.reason) && clock.open;
  const chosen = submission.status === 'idle' ? null : submission.response;
  const control = { question, disabled, chosen };

  return (
    <section className="player-card player-question" data-testid="player-question" aria-labelledby="pq-prompt">
      <header className="sticky-head player-question__head">
        <span className="player-question__count">
          {t('live.questionOf', { index: question.index + 1, count: question.count })}
        </span>
        <PlayerCountdown clock={clock} paused={state.paused} />
      </header>
      <h1 id="pq-prompt" className="player-question__prompt">
        {question.prompt}
      </h1>
      <QuestionImage image={question.image} sizes="100vw" className="player-question__image" />
      {question.points > 1000 && <p className="player-question__double">{t('live.doublePoints')}</p>}
      <p className="player-question__hint" aria-live="polite">
        {state.paused
          ? t('live.paused')
          : clock.reading
            ? t('live.player.getReady')
            : clock.open
              ? hintFor(t, question)
              : t('live.player.timeUp')}
      </p>
      {question.type === 'NUMERIC' ? (
        <NumericAnswer {...control} onSubmit={(value) => send({ value })} />
      ) : question.type === 'MULTIPLE_SELECT' ? (
        <MultiSelectAnswer {...control} onSubmit={(optionIds) => send({ optionIds })} />
      ) : question.type === 'ORDERING' ? (
        <OrderingAnswer {...control} onSubmit={(optionIds) => send({ optionIds })} />
      ) : (
        <SingleChoiceAnswer {...control} onSubmit={(optionIds) => send({ optionIds })} />
      )}
      <PlayerAnswerStatus submission={submission} canRetry={canRetry} onRetry={reset} />
    </section>
  );
}

function hintFor(t: ReturnType<typeof useTranslation>['t'], question: LiveQuestionView): string {
  switch (question.type) {
    case 'MULTIPLE_SELECT':
      return t('live.player.hintMulti');
    case 'ORDERING':
      return t('live.player.hintOrdering');
    case 'NUMERIC':
      return t('live.player.hintNumeric');
    case 'SINGLE_CHOICE':
    case 'TRUE_FALSE':
      return t('live.player.hintSingle');
  }
}
