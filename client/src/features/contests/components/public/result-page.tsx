import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import { useQuery } from 'urql';
import { FormError } from '../../../../components/form-error';
import { Loading } from '../../../../components/loading';
import { OptionMark } from '../../../../components/option-mark';
import type { AttemptResultQuery } from '../../../../generated/graphql';
import { formatDateTime, formatNumber } from '../../../../lib/format';
import { AttemptResultDocument } from '../../graphql/contests.documents';
import { contestErrorText, isNetworkError } from '../../utils/contest-errors';
import { durationParts, formatDecimal } from '../../utils/contest-format';
import { findAttempt } from '../../utils/device-store';
import { ContestLayout } from './contest-layout';
import { buttonClass } from '../../../../components/ui';

type Result = AttemptResultQuery['attemptResult'];

/**
 * `/contest/:id/result/:attemptId`: the score, what was right and wrong and every
 * explanation — only after the attempt is submitted (the server refuses before).
 */
export function ResultPage() {
  const { id = '', attemptId = '' } = useParams();
  const { t } = useTranslation();
  const location = useLocation();
  const closedByTime = Boolean((location.state as { closedByTime?: boolean } | null)?.closedByTime);
  const stored = findAttempt(id, attemptId);
  const [result, refetch] = useQuery({
    query: AttemptResultDocument,
    variables: { attemptToken: stored?.token ?? '' },
    pause: !stored,
    requestPolicy: 'network-only',
  });

  useEffect(() => {
    document.title = t('contests.result.pageTitle');
  }, [t]);
  useEffect(() => {
    if (!result.error || !isNetworkError(result.error)) return;
    const timer = setTimeout(() => refetch({ requestPolicy: 'network-only' }), 3000);
    return () => clearTimeout(timer);
  }, [result.error, refetch]);

  const data = result.data?.attemptResult;
  return (
    <ContestLayout contestId={id} title={t('contests.public.brand')}>
      {!stored && (
        <div className="cp-card">
          <p>{t('contests.result.notOnDevice')}</p>
        </div>
      )}
      {stored && !data && result.fetching && <Loading />}
      {stored && !data && result.error && <FormError message={contestErrorText(t, result.error)} />}
      {data && <ResultBody result={data} closedByTime={closedByTime || data.autoClosed} />}
      <p className="cp-actions">
        <Link
          className={buttonClass('primary', undefined, 'cp-big-btn')}
          to={`/contest/${id}`}
          data-testid="result-back"
        >
          {t('contests.result.back')}
        </Link>
      </p>
    </ContestLayout>
  );
}

function ResultBody({ result, closedByTime }: { result: Result; closedByTime: boolean }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const { minutes, seconds } = durationParts(result.durationMs);
  return (
    <div className="cp-stack" data-testid="attempt-result">
      {closedByTime && (
        <p className="alert alert-info" data-testid="result-closed">
          {t('contests.result.closedByTime')}
        </p>
      )}
      <section className="cp-card cp-score">
        <p className="cp-kicker">{t('contests.result.yourScore')}</p>
        <p className="cp-score__value" data-testid="result-score">
          {formatNumber(result.score, lang)} <small>/ {formatNumber(result.maxScore, lang)}</small>
        </p>
        <p className="cp-score__meta">
          {t('contests.result.correct', { correct: result.correctCount, count: result.questionCount })} ·{' '}
          {t('contests.result.duration', { minutes, seconds })}
          {result.prediction !== null && (
            <> · {t('contests.result.prediction', { value: formatNumber(result.prediction, lang) })}</>
          )}
        </p>
      </section>

      {result.keyRevealed ? <RevealedAnswers result={result} /> : <HiddenKey result={result} />}
    </div>
  );
}

/**
 * The key is not shown (yet): why, and when it will be; the questions with what the
 * entrant answered, nothing about which answer is right.
 */
function HiddenKey({ result }: { result: Result }) {
  const { t, i18n } = useTranslation();
  const when = result.keyShownAt ? formatDateTime(result.keyShownAt) : '';
  return (
    <section aria-labelledby="answers-title" data-testid="result-key-hidden" data-decision={result.keyDecision}>
      <h2 id="answers-title" className="cp-section-title">
        {t('contests.result.yourAnswersTitle')}
      </h2>
      <p className="alert alert-info" data-testid="result-key-notice">
        {t(`contests.result.keyHidden.${result.keyDecision}`, { when })}
      </p>
      <ol className="cp-answers">
        {result.questions.map((q) => (
          <li key={q.index} className="cp-card cp-answer">
            <p className="cp-answer__head">
              <span className="cp-answer__num">
                {t('contests.attempt.progress', { index: q.index + 1, count: result.questionCount })}
              </span>
            </p>
            <h3 className="cp-answer__prompt">{q.prompt}</h3>
            {q.type === 'NUMERIC' ? (
              q.yourValue !== null && (
                <p>
                  {t('contests.result.yourValue')}: <strong>{formatDecimal(q.yourValue, i18n.language, 4)}</strong>
                </p>
              )
            ) : (
              <ul className="cp-answer__options">
                {(q.type === 'ORDERING' && q.yourOptionIds?.length
                  ? q.yourOptionIds.map((oid) => q.options.find((o) => o.id === oid)!).filter(Boolean)
                  : q.options
                ).map((o, i) => (
                  <li key={o.id} className={q.yourOptionIds?.includes(o.id) ? 'is-chosen' : ''}>
                    <OptionMark index={i} size={18} />
                    <span>{o.text}</span>
                    {q.type !== 'ORDERING' && q.yourOptionIds?.includes(o.id) && (
                      <span className="cp-answer__tags">
                        <span className="badge">{t('contests.result.yourChoice')}</span>
                      </span>
                    )}
                  </li>
                ))}
              </ul>
            )}
            {!q.yourOptionIds?.length && q.yourValue === null && (
              <p className="cp-muted">{t('contests.result.noAnswer')}</p>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}

function RevealedAnswers({ result }: { result: Result }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  return (
    <section aria-labelledby="answers-title">
      <h2 id="answers-title" className="cp-section-title">
        {t('contests.result.answersTitle')}
      </h2>
      <ol className="cp-answers">
        {result.questions.map((q) => {
          const mine = new Set(q.yourOptionIds ?? []);
          const credit = q.credit ?? 0;
          const full = credit >= 1;
          const none = credit <= 0;
          return (
            <li key={q.index} className={`cp-card cp-answer ${full ? 'is-right' : none ? 'is-wrong' : 'is-partial'}`}>
              <p className="cp-answer__head">
                <span className="cp-answer__num">
                  {t('contests.attempt.progress', { index: q.index + 1, count: result.questionCount })}
                </span>
                <span className="cp-answer__verdict">
                  {full
                    ? `✓ ${t('contests.result.right')}`
                    : none
                      ? `✗ ${t('contests.result.wrong')}`
                      : t('contests.result.partial')}{' '}
                  · {formatNumber(q.earned ?? 0, lang)}/{formatNumber(q.points, lang)}
                </span>
              </p>
              <h3 className="cp-answer__prompt">{q.prompt}</h3>
              {q.type === 'NUMERIC' ? (
                <p>
                  {t('contests.result.yourValue')}:{' '}
                  <strong>
                    {q.yourValue !== null ? formatDecimal(q.yourValue, lang, 4) : t('contests.result.noAnswer')}
                  </strong>
                  <br />
                  {t('contests.result.correctValue')}:{' '}
                  <strong>{q.correctValue !== null ? formatDecimal(q.correctValue, lang, 4) : '—'}</strong>
                </p>
              ) : q.type === 'ORDERING' ? (
                <div className="cp-answer__orders">
                  <p>{t('contests.result.correctOrder')}</p>
                  <ol>
                    {q.correctOptionIds.map((oid) => (
                      <li key={oid}>{q.options.find((o) => o.id === oid)?.text}</li>
                    ))}
                  </ol>
                  {q.yourOptionIds && q.yourOptionIds.length > 0 && (
                    <>
                      <p>{t('contests.result.yourOrder')}</p>
                      <ol>
                        {q.yourOptionIds.map((oid) => (
                          <li key={oid}>{q.options.find((o) => o.id === oid)?.text}</li>
                        ))}
                      </ol>
                    </>
                  )}
                </div>
              ) : (
                <ul className="cp-answer__options">
                  {q.options.map((o, i) => (
                    <li key={o.id} className={`${o.correct ? 'is-correct' : ''}${mine.has(o.id) ? ' is-mine' : ''}`}>
                      <OptionMark index={i} size={18} />
                      <span>{o.text}</span>
                      <span className="cp-answer__tags">
                        {o.correct && <span className="badge cp-badge-ok">{t('contests.result.correctOption')}</span>}
                        {mine.has(o.id) && <span className="badge">{t('contests.result.yourChoice')}</span>}
                      </span>
                    </li>
                  ))}
                </ul>
              )}
              {!q.yourOptionIds?.length && q.yourValue === null && (
                <p className="cp-muted">{t('contests.result.noAnswer')}</p>
              )}
              {/* A question may have no explanation (sets from above): then no empty "Giải thích:". */}
              {(q.explanation || q.sectionTitle) && (
                <div className="cp-explanation" data-testid={`result-explanation-${q.index}`}>
                  {q.explanation && (
                    <>
                      <strong>{t('contests.result.explanation')}</strong> {q.explanation}
                    </>
                  )}
                  {q.sectionTitle && (
                    <p className="cp-muted">{t('contests.result.section', { title: q.sectionTitle })}</p>
                  )}
                </div>
              )}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
