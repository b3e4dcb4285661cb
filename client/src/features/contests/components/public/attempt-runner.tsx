import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AttemptFieldsFragment } from '../../../../generated/graphql';
import { useAnswerSaver } from '../../hooks/use-answer-saver';
import { useAttemptClock } from '../../hooks/use-attempt-clock';
import { useAttemptSubmit, useSubmitWhenTimeUp } from '../../hooks/use-attempt-submit';
import { useOnline } from '../../hooks/use-online';
import { isAnswered, savedResponses } from '../../utils/attempt-answers';
import { patchAttempt, type StoredAttempt } from '../../utils/device-store';
import { AttemptConfirmDialog } from './attempt-confirm-dialog';
import { AttemptHeader } from './attempt-header';
import { AttemptNav } from './attempt-nav';
import { AttemptQuestionCard } from './attempt-question-card';
import { AttemptReview } from './attempt-review';
import { OfflineBanner } from './contest-layout';

interface Props {
  contestId: string;
  stored: StoredAttempt;
  attempt: AttemptFieldsFragment;
}

/** An attempt in progress: one question at a time, then a review step with the submit button. */
export function AttemptRunner({ contestId, stored, attempt }: Props) {
  const { t } = useTranslation();
  const online = useOnline();
  const count = attempt.questions.length;
  const { remaining, timeUp } = useAttemptClock(attempt);
  const [position, setPosition] = useState(() => Math.min(Math.max(0, stored.position), count));
  const [prediction, setPrediction] = useState(stored.prediction ?? '');
  const [confirming, setConfirming] = useState(false);
  const initial = useMemo(() => savedResponses(attempt.answers), [attempt.answers]);
  const ending = useAttemptSubmit({ contestId, stored, prediction });
  const saver = useAnswerSaver(stored.attemptId, stored.token, initial, ending.onSaveStopped);
  const closeConfirm = useCallback(() => setConfirming(false), []);
  useSubmitWhenTimeUp(timeUp, ending, saver, closeConfirm);

  useEffect(() => {
    patchAttempt(contestId, stored.attemptId, { position });
    window.scrollTo({ top: 0 });
  }, [contestId, stored.attemptId, position]);

  const answered = attempt.questions.filter((q) => isAnswered(saver.responses[q.index])).length;
  const question = position >= count ? null : attempt.questions[position];
  const locked = timeUp || ending.submitting;

  return (
    <div className="cp-attempt">
      <AttemptHeader
        position={question ? position : null}
        count={count}
        answered={answered}
        remaining={remaining}
        notice={<OfflineBanner show={!online || saver.offline} unsaved={saver.unsaved} />}
      />
      {timeUp && (
        <div className="alert alert-info cp-timeup" role="alert" data-testid="attempt-time-up">
          {t('contests.attempt.timeUp')}
        </div>
      )}
      {question && (
        <AttemptQuestionCard
          question={question}
          response={saver.responses[question.index]}
          status={saver.statuses[question.index]}
          disabled={locked}
          onChange={(response) => saver.set(question.index, response)}
        />
      )}
      {!question && (
        <AttemptReview
          attempt={attempt}
          answered={answered}
          count={count}
          prediction={prediction}
          disabled={locked}
          submitting={ending.submitting}
          error={ending.submitError}
          onPredictionChange={(value) => {
            setPrediction(value);
            patchAttempt(contestId, stored.attemptId, { prediction: value });
          }}
          onSubmit={() => setConfirming(true)}
        />
      )}
      <AttemptNav
        position={position}
        indexes={attempt.questions.map((q) => q.index)}
        responses={saver.responses}
        onMove={setPosition}
      />
      <AttemptConfirmDialog
        open={confirming}
        answered={answered}
        count={count}
        missingPrediction={attempt.predictionKind !== 'NONE' && prediction === ''}
        submitting={ending.submitting}
        onCancel={closeConfirm}
        onConfirm={() => {
          setConfirming(false);
          void ending.submit(saver, false);
        }}
      />
    </div>
  );
}
