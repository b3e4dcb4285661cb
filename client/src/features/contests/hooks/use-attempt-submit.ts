import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useClient } from 'urql';
import { SubmitAttemptDocument } from '../graphql/contests.documents';
import { parsePrediction } from '../utils/attempt-answers';
import { contestErrorText, errorReason, isNetworkError } from '../utils/contest-errors';
import { patchAttempt, saveDrafts, type StoredAttempt } from '../utils/device-store';
import type { AnswerSaver } from './use-answer-saver';

interface Options {
  contestId: string;
  stored: StoredAttempt;
  prediction: string;
}

/**
 * Ending an attempt: `finish` marks it submitted on the device and goes to the result;
 * `submit` waits for the answers to be saved, then submits (again after a network
 * failure — the server keeps the first). When time runs out it submits by itself.
 */
export function useAttemptSubmit({ contestId, stored, prediction }: Options) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const client = useClient();
  const [submitting, setSubmitting] = useState(false);
  const [submitError, setSubmitError] = useState<string | null>(null);
  const finished = useRef(false);

  const finish = useCallback(
    (closedByTime: boolean) => {
      if (finished.current) return;
      finished.current = true;
      patchAttempt(contestId, stored.attemptId, { submitted: true });
      saveDrafts(stored.attemptId, {});
      void navigate(`/contest/${contestId}/result/${stored.attemptId}`, { replace: true, state: { closedByTime } });
    },
    [contestId, stored.attemptId, navigate],
  );

  /** What the answer saver calls when saving cannot go on. */
  const onSaveStopped = useCallback(
    (reason: string) => {
      if (reason === 'ATTEMPT_TIME_UP' || reason === 'ATTEMPT_SUBMITTED') finish(reason === 'ATTEMPT_TIME_UP');
      else setSubmitError(t(`contests.errors.${reason}`));
    },
    [finish, t],
  );

  const submit = useCallback(
    async (saver: AnswerSaver, auto: boolean) => {
      if (finished.current) return;
      setSubmitting(true);
      setSubmitError(null);
      await saver.flush(auto ? 4000 : 15000);
      const input = { attemptToken: stored.token, prediction: parsePrediction(prediction) };
      // A submission that times out is sent again: the server returns the first one.
      for (let tries = 0; tries < (auto ? 6 : 3); tries++) {
        const response = await client
          .mutation(SubmitAttemptDocument, { input }, { requestPolicy: 'network-only' })
          .toPromise();
        if (response.data) return finish(false);
        const reason = errorReason(response.error);
        if (reason === 'ATTEMPT_TIME_UP') return finish(true);
        if (reason === 'ATTEMPT_SUBMITTED') return finish(false);
        setSubmitError(contestErrorText(t, response.error));
        if (!isNetworkError(response.error)) break;
        await new Promise((resolve) => setTimeout(resolve, 1500 * (tries + 1)));
      }
      setSubmitting(false);
    },
    [client, finish, prediction, stored.token, t],
  );

  return { submitting, submitError, finished, onSaveStopped, submit, setSubmitError };
}

export type AttemptSubmit = ReturnType<typeof useAttemptSubmit>;

/** Time is up: submit what was saved (within the server's grace), or let the server close it. */
export function useSubmitWhenTimeUp(timeUp: boolean, ending: AttemptSubmit, saver: AnswerSaver, onTimeUp: () => void) {
  const { t } = useTranslation();
  const done = useRef(false);
  useEffect(() => {
    if (!timeUp || done.current) return;
    done.current = true;
    onTimeUp();
    void ending.submit(saver, true).then(() => {
      // Still here (no network): the server closes the attempt at the deadline with the saved answers.
      if (!ending.finished.current) ending.setSubmitError(t('contests.attempt.timeUpOffline'));
    });
  }, [timeUp, ending, saver, onTimeUp, t]);
}
