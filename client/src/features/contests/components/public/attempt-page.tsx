import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { useClient, useQuery } from 'urql';
import { Dialog } from '../../../../components/dialog';
import { FormError } from '../../../../components/form-error';
import { Loading } from '../../../../components/loading';
import type { AttemptFieldsFragment } from '../../../../generated/graphql';
import { AttemptDocument, SubmitAttemptDocument } from '../../graphql/contests.documents';
import { contestErrorText, errorReason, isNetworkError } from '../../utils/contest-errors';
import { formatClock } from '../../utils/contest-format';
import {
  loadDevice,
  openAttempt,
  patchAttempt,
  saveDrafts,
  type DraftResponse,
  type StoredAttempt,
} from '../../utils/device-store';
import { useAnswerSaver, type SaveStatus } from '../../hooks/use-answer-saver';
import { useOnline, useTick } from '../../hooks/use-online';
import { AnswerControl } from './answer-controls';
import { ContestLayout, OfflineBanner } from './contest-layout';

/**
 * `/contest/:id/attempt`: the attempt in progress on this device, resumed from the
 * attempt token kept in localStorage — a reload continues where it was, with the
 * saved answers selected and the server's remaining time.
 */
export function AttemptPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const [stored] = useState<StoredAttempt | null>(() => openAttempt(loadDevice(id)));

  useEffect(() => {
    document.title = t('contests.attempt.pageTitle');
  }, [t]);

  return (
    <ContestLayout contestId={id} title={t('contests.public.brand')}>
      {stored ? (
        <AttemptLoader contestId={id} stored={stored} />
      ) : (
        <div className="cp-card">
          <p>{t('contests.attempt.none')}</p>
          <Link className="btn btn-primary cp-big-btn" to={`/contest/${id}`}>
            {t('contests.attempt.backToContest')}
          </Link>
        </div>
      )}
    </ContestLayout>
  );
}

function AttemptLoader({ contestId, stored }: { contestId: string; stored: StoredAttempt }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [result, refetch] = useQuery({
    query: AttemptDocument,
    variables: { attemptToken: stored.token },
    requestPolicy: 'network-only',
  });
  const attempt = result.data?.attempt;
  const reason = errorReason(result.error);

  useEffect(() => {
    if (attempt?.submitted) {
      patchAttempt(contestId, stored.attemptId, { submitted: true });
      void navigate(`/contest/${contestId}/result/${stored.attemptId}`, { replace: true });
    }
  }, [attempt?.submitted, contestId, stored.attemptId, navigate]);

  // A weak network: keep trying to load by itself.
  useEffect(() => {
    if (!result.error || !isNetworkError(result.error)) return;
    const timer = setTimeout(() => refetch({ requestPolicy: 'network-only' }), 3000);
    return () => clearTimeout(timer);
  }, [result.error, refetch]);

  if (attempt && !attempt.submitted)
    return <AttemptRunner key={attempt.id} contestId={contestId} stored={stored} attempt={attempt} />;
  if (result.error)
    return (
      <div className="cp-card">
        <FormError message={contestErrorText(t, result.error)} />
        {reason === 'ATTEMPT_TOKEN_INVALID' ? (
          <button
            type="button"
            className="btn btn-primary cp-big-btn"
            onClick={() => {
              patchAttempt(contestId, stored.attemptId, { submitted: true });
              void navigate(`/contest/${contestId}`);
            }}
          >
            {t('contests.attempt.backToContest')}
          </button>
        ) : (
          <button
            type="button"
            className="btn btn-secondary cp-big-btn"
            onClick={() => refetch({ requestPolicy: 'network-only' })}
          >
            {t('contests.public.retry')}
          </button>
        )}
      </div>
    );
  return <Loading label={t('contests.attempt.loading')} />;
}

interface RunnerProps {
  contestId: string;
  stored: StoredAttempt;
  attempt: AttemptFieldsFragment;
}

function AttemptRunner({ contestId, stored, attempt }: RunnerProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const client = useClient();
  const online = useOnline();
  const count = attempt.questions.length;
  // The server is the clock: its "now" minus ours, measured when the attempt arrived.
  const [offset] = useState(() => Date.parse(attempt.serverTime) - Date.now());
  const deadline = Date.parse(attempt.deadlineAt);
  const now = useTick(250);
  const remaining = deadline - (now + offset);
  const timeUp = remaining <= 0;
  const [position, setPosition] = useState(() => Math.min(Math.max(0, stored.position), count));
  const [prediction, setPrediction] = useState(stored.prediction ?? '');
  const [confirming, setConfirming] = useState(false);
  const [submitting, setSubmitting] = useState(false);
  const [submitError, setSubmitError] = useState<string | null>(null);
  const finished = useRef(false);

  const initial = useMemo(() => {
    const map: Record<number, DraftResponse> = {};
    for (const a of attempt.answers)
      map[a.index] = {
        ...(a.optionIds ? { optionIds: a.optionIds } : {}),
        ...(typeof a.value === 'number' ? { value: a.value } : {}),
      };
    return map;
  }, [attempt.answers]);

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

  const saver = useAnswerSaver(stored.attemptId, stored.token, initial, (reason) => {
    if (reason === 'ATTEMPT_TIME_UP' || reason === 'ATTEMPT_SUBMITTED') finish(reason === 'ATTEMPT_TIME_UP');
    else setSubmitError(t(`contests.errors.${reason}`));
  });

  useEffect(() => {
    patchAttempt(contestId, stored.attemptId, { position });
    window.scrollTo({ top: 0 });
  }, [contestId, stored.attemptId, position]);

  const submit = useCallback(
    async (auto: boolean) => {
      if (finished.current) return;
      setSubmitting(true);
      setSubmitError(null);
      await saver.flush(auto ? 4000 : 15000);
      const parsed = prediction.trim() === '' ? null : Number(prediction.replace(/\D/gu, ''));
      // A submission that times out is sent again: the server returns the first one.
      for (let tries = 0; tries < (auto ? 6 : 3); tries++) {
        const response = await client
          .mutation(
            SubmitAttemptDocument,
            { input: { attemptToken: stored.token, prediction: Number.isFinite(parsed) ? parsed : null } },
            { requestPolicy: 'network-only' },
          )
          .toPromise();
        if (response.data) return finish(false);
        const reason = errorReason(response.error);
        if (reason === 'ATTEMPT_TIME_UP') return finish(true);
        if (reason === 'ATTEMPT_SUBMITTED') return finish(false);
        if (!isNetworkError(response.error)) {
          setSubmitError(contestErrorText(t, response.error));
          break;
        }
        setSubmitError(contestErrorText(t, response.error));
        await new Promise((resolve) => setTimeout(resolve, 1500 * (tries + 1)));
      }
      setSubmitting(false);
    },
    [client, finish, prediction, saver, stored.token, t],
  );

  // Time is up: submit what was saved (within the server's grace), or let the server close it.
  const autoSubmitted = useRef(false);
  useEffect(() => {
    if (!timeUp || autoSubmitted.current) return;
    autoSubmitted.current = true;
    setConfirming(false);
    void submit(true).then(() => {
      // Still here (no network): the server closes the attempt at the deadline with the saved answers.
      if (!finished.current) setSubmitError(t('contests.attempt.timeUpOffline'));
    });
  }, [timeUp, submit, t]);

  const answered = attempt.questions.filter((q) => isAnswered(saver.responses[q.index])).length;
  const onReview = position >= count;
  const question = onReview ? null : attempt.questions[position];
  const status: SaveStatus | undefined = question ? saver.statuses[question.index] : undefined;

  return (
    <div className="cp-attempt">
      <OfflineBanner show={!online || saver.offline} unsaved={saver.unsaved} />
      <header className="cp-attempt__head">
        <span className="cp-attempt__progress" data-testid="attempt-progress">
          {onReview ? t('contests.attempt.review') : t('contests.attempt.progress', { index: position + 1, count })}
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

      {timeUp && (
        <div className="alert alert-info cp-timeup" role="alert" data-testid="attempt-time-up">
          {t('contests.attempt.timeUp')}
        </div>
      )}

      {question && (
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
          <p className="cp-question__hint">{t(`contests.attempt.typeHint.${question.type}`)}</p>
          <AnswerControl
            key={question.index}
            question={question}
            response={saver.responses[question.index]}
            disabled={timeUp || submitting}
            onChange={(response) => saver.set(question.index, response)}
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
      )}

      {onReview && (
        <section className="cp-card cp-review" aria-labelledby="review-title">
          <h1 id="review-title">{t('contests.attempt.reviewTitle')}</h1>
          <p data-testid="attempt-answered">{t('contests.attempt.answeredOf', { answered, count })}</p>
          {attempt.predictionKind !== 'NONE' && (
            <div className="cp-field">
              <label htmlFor="attempt-prediction">
                <strong>{t('contests.attempt.predictionLabel')}</strong> {attempt.predictionQuestion}
              </label>
              <input
                id="attempt-prediction"
                data-testid="attempt-prediction"
                className="cp-input cp-input--number"
                inputMode="numeric"
                autoComplete="off"
                value={prediction}
                disabled={timeUp || submitting}
                onChange={(e) => {
                  const value = e.target.value.replace(/\D/gu, '').slice(0, 9);
                  setPrediction(value);
                  patchAttempt(contestId, stored.attemptId, { prediction: value });
                }}
              />
              <p className="cp-field__hint">{t('contests.attempt.predictionHint')}</p>
            </div>
          )}
          <FormError message={submitError} />
          <button
            type="button"
            className="btn btn-primary cp-big-btn"
            data-testid="attempt-submit"
            disabled={submitting || timeUp}
            onClick={() => setConfirming(true)}
          >
            {submitting ? t('contests.attempt.submitting') : t('contests.attempt.submit')}
          </button>
        </section>
      )}

      <nav className="cp-attempt__nav" aria-label={t('contests.attempt.navLabel')}>
        <button
          type="button"
          className="btn btn-secondary cp-nav-btn"
          data-testid="attempt-prev"
          disabled={position === 0}
          onClick={() => setPosition((p) => Math.max(0, p - 1))}
        >
          ← {t('contests.attempt.prev')}
        </button>
        {!onReview && (
          <button
            type="button"
            className="btn btn-primary cp-nav-btn"
            data-testid="attempt-next"
            onClick={() => setPosition((p) => Math.min(count, p + 1))}
          >
            {position === count - 1 ? t('contests.attempt.toSubmit') : t('contests.attempt.next')} →
          </button>
        )}
      </nav>

      <ol className="cp-dots" aria-label={t('contests.attempt.jumpLabel')}>
        {attempt.questions.map((q) => (
          <li key={q.index}>
            <button
              type="button"
              className={`cp-dot${isAnswered(saver.responses[q.index]) ? ' is-answered' : ''}${q.index === position ? ' is-current' : ''}`}
              aria-current={q.index === position ? 'step' : undefined}
              aria-label={t('contests.attempt.jumpTo', { index: q.index + 1 })}
              onClick={() => setPosition(q.index)}
            >
              {q.index + 1}
            </button>
          </li>
        ))}
      </ol>

      <Dialog
        open={confirming}
        title={t('contests.attempt.confirmTitle')}
        onClose={() => setConfirming(false)}
        size="sm"
        testId="attempt-confirm"
      >
        <p>{t('contests.attempt.confirmBody', { answered, count })}</p>
        {answered < count && (
          <p className="cp-warn">{t('contests.attempt.confirmUnanswered', { count: count - answered })}</p>
        )}
        {attempt.predictionKind !== 'NONE' && prediction === '' && (
          <p className="cp-warn">{t('contests.attempt.confirmNoPrediction')}</p>
        )}
        <div className="form-actions">
          <button type="button" className="btn btn-secondary" onClick={() => setConfirming(false)}>
            {t('contests.attempt.confirmCancel')}
          </button>
          <button
            type="button"
            className="btn btn-primary"
            data-testid="attempt-submit-confirm"
            disabled={submitting}
            onClick={() => {
              setConfirming(false);
              void submit(false);
            }}
          >
            {t('contests.attempt.confirmSubmit')}
          </button>
        </div>
      </Dialog>
    </div>
  );
}

function isAnswered(response: DraftResponse | undefined): boolean {
  if (!response) return false;
  return typeof response.value === 'number' || (response.optionIds?.length ?? 0) > 0;
}

function ClockIcon() {
  return (
    <svg width="22" height="22" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <circle cx="12" cy="13" r="8.5" fill="none" stroke="currentColor" strokeWidth="2.4" />
      <path d="M12 8.5V13l3 2M9.5 2.5h5" fill="none" stroke="currentColor" strokeWidth="2.4" strokeLinecap="round" />
    </svg>
  );
}
