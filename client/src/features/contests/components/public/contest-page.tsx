import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { FormError } from '../../../../components/form-error';
import { Loading } from '../../../../components/loading';
import type { PublicContestQuery } from '../../../../generated/graphql';
import { PublicContestDocument, StartAttemptDocument } from '../../graphql/contests.documents';
import { contestErrorText, errorReason } from '../../utils/contest-errors';
import { formatDate, formatDateTime } from '../../utils/contest-format';
import { addAttempt, forgetEntrant, loadDevice, openAttempt, type ContestDevice } from '../../utils/device-store';
import { ContestLayout } from './contest-layout';
import { RegisterForm } from './register-form';

type PublicContest = PublicContestQuery['contest'];

/**
 * `/contest/:id`: the public page of an online contest, phone first. What the
 * contest is, its rounds and rules, the prediction question and how prizes are
 * decided; then registration, and the button that starts (or continues) an attempt.
 */
export function ContestPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const [result, refetch] = useQuery({
    query: PublicContestDocument,
    variables: { id },
    requestPolicy: 'cache-and-network',
  });
  const contest = result.data?.contest;

  useEffect(() => {
    document.title = contest ? contest.title : t('contests.public.brand');
  }, [contest, t]);

  return (
    <ContestLayout contestId={contest ? id : undefined} title={t('contests.public.brand')}>
      {!contest && result.fetching && <Loading />}
      {!contest && result.error && (
        <div className="cp-card">
          <FormError message={contestErrorText(t, result.error)} />
          <button
            type="button"
            className="btn btn-secondary cp-big-btn"
            onClick={() => refetch({ requestPolicy: 'network-only' })}
          >
            {t('contests.public.retry')}
          </button>
        </div>
      )}
      {contest && <ContestBody contest={contest} />}
    </ContestLayout>
  );
}

function ContestBody({ contest }: { contest: PublicContest }) {
  const { t, i18n } = useTranslation();
  const [device, setDevice] = useState<ContestDevice>(() => loadDevice(contest.id));
  const [notice, setNotice] = useState<string | null>(null);
  const navigate = useNavigate();
  const [start, startAttempt] = useMutation(StartAttemptDocument);
  const current = contest.currentRound;
  const inProgress = openAttempt(device);
  const usedHere = current ? device.attempts.filter((a) => a.roundId === current.id).length : 0;
  const exhausted = errorReason(start.error) === 'ATTEMPTS_EXHAUSTED';
  const left = exhausted ? 0 : Math.max(0, contest.attemptsPerRound - usedHere);
  const past = [...device.attempts].filter((a) => a.submitted).reverse();
  const unitName = (unitId: string) => contest.units.find((u) => u.id === unitId)?.name ?? '';

  async function begin() {
    if (!device.entrant) return;
    const response = await startAttempt({ entrantToken: device.entrant.token });
    const started = response.data?.startAttempt;
    if (started) {
      addAttempt(contest.id, {
        attemptId: started.attempt.id,
        token: started.attemptToken,
        roundId: current?.id ?? null,
        startedAt: started.attempt.startedAt,
      });
      void navigate(`/contest/${contest.id}/attempt`);
      return;
    }
    if (errorReason(response.error) === 'ENTRANT_TOKEN_INVALID') {
      // Registered again on another device: this device's token was replaced.
      setDevice(forgetEntrant(contest.id));
      setNotice(t('contests.register.again'));
    }
  }

  return (
    <div className="cp-stack">
      <section className="cp-card cp-hero" aria-labelledby="contest-title">
        <p className="cp-kicker">{t(`contests.status.${contest.status}`)}</p>
        <h1 id="contest-title" data-testid="contest-title">
          {contest.title}
        </h1>
        {current ? (
          <p className="cp-current" data-testid="contest-current-round">
            <strong>{current.name}</strong>:{' '}
            {t('contests.public.roundDates', {
              start: formatDateTime(current.startsAt, i18n.language),
              end: formatDateTime(current.endsAt, i18n.language),
            })}
          </p>
        ) : (
          <p className="cp-current">{t('contests.public.noCurrentRound')}</p>
        )}
        <ul className="cp-facts">
          <li>{t('contests.public.factQuestions', { count: contest.questionsPerAttempt })}</li>
          <li>{t('contests.public.factTime', { count: Math.round(contest.timeLimitSeconds / 60) })}</li>
          <li>{t('contests.public.factAttempts', { count: contest.attemptsPerRound })}</li>
          <li>{t(`contests.public.counting.${contest.countingAttempt}`)}</li>
        </ul>
      </section>

      {contest.status === 'OPEN' && (
        <section className="cp-card cp-take" aria-label={t('contests.public.takePart')}>
          {!device.entrant ? (
            <RegisterForm
              contestId={contest.id}
              units={contest.units}
              prefill={device.lastForm}
              notice={notice}
              onRegistered={(next) => {
                setNotice(null);
                setDevice(next);
              }}
            />
          ) : (
            <div className="cp-welcome" data-testid="contest-welcome">
              <h2>{t('contests.public.hello', { name: device.entrant.fullName })}</h2>
              <p className="cp-muted">
                {unitName(device.entrant.unitId)} · {device.entrant.phoneMasked} · {device.entrant.birthYear}
              </p>
              {inProgress ? (
                <Link
                  className="btn btn-primary cp-big-btn"
                  to={`/contest/${contest.id}/attempt`}
                  data-testid="attempt-continue"
                >
                  {t('contests.public.continue')}
                </Link>
              ) : current ? (
                <>
                  <p className="cp-left" data-testid="attempts-left">
                    {t('contests.public.attemptsLeft', { count: left, total: contest.attemptsPerRound })}
                  </p>
                  <button
                    type="button"
                    className="btn btn-primary cp-big-btn"
                    data-testid="attempt-start"
                    disabled={start.fetching || left === 0}
                    onClick={() => void begin()}
                  >
                    {start.fetching ? t('contests.public.starting') : t('contests.public.start')}
                  </button>
                  <p className="cp-field__hint">
                    {t('contests.public.startHint', {
                      count: contest.questionsPerAttempt,
                      minutes: Math.round(contest.timeLimitSeconds / 60),
                    })}
                  </p>
                </>
              ) : null}
              <FormError message={contestErrorText(t, start.error)} />
              {past.length > 0 && (
                <div className="cp-past">
                  <h3>{t('contests.public.pastTitle')}</h3>
                  <ul>
                    {past.map((a, i) => (
                      <li key={a.attemptId}>
                        <Link to={`/contest/${contest.id}/result/${a.attemptId}`}>
                          {t('contests.public.pastItem', {
                            n: past.length - i,
                            date: formatDateTime(a.startedAt, i18n.language),
                          })}
                        </Link>
                      </li>
                    ))}
                  </ul>
                </div>
              )}
              <button
                type="button"
                className="btn btn-ghost"
                onClick={() => {
                  setDevice(forgetEntrant(contest.id));
                }}
              >
                {t('contests.public.notYou')}
              </button>
            </div>
          )}
        </section>
      )}

      {contest.predictionKind !== 'NONE' && contest.predictionQuestion && (
        <section className="cp-card" aria-labelledby="prediction-title">
          <h2 id="prediction-title">{t('contests.public.predictionTitle')}</h2>
          <p className="cp-quote">{contest.predictionQuestion}</p>
          <p className="cp-muted">{t('contests.public.predictionExplained')}</p>
        </section>
      )}

      <section className="cp-card" aria-labelledby="prizes-title">
        <h2 id="prizes-title">{t('contests.public.prizesTitle')}</h2>
        <p>{t('contests.public.rankingIntro')}</p>
        <ol className="cp-chain">
          {contest.rankingChain.map((criterion) => (
            <li key={criterion}>{t(`contests.criterion.${criterion}`)}</li>
          ))}
        </ol>
        <h3>{t('contests.public.collectiveTitle')}</h3>
        <p>{t('contests.public.collectiveExplained')}</p>
        <p>
          <Link to={`/board/contest/${contest.id}`}>{t('contests.public.raceLink')}</Link>
        </p>
      </section>

      <section className="cp-card" aria-labelledby="rounds-title">
        <h2 id="rounds-title">{t('contests.public.roundsTitle')}</h2>
        <ol className="cp-rounds">
          {contest.rounds.map((round) => (
            <li key={round.id} className={round.id === current?.id ? 'is-current' : undefined}>
              <strong>{round.name}</strong>
              <span>
                {formatDate(round.startsAt, i18n.language)} – {formatDate(round.endsAt, i18n.language)}
              </span>
              {round.id === current?.id && <span className="badge">{t('contests.public.now')}</span>}
            </li>
          ))}
        </ol>
      </section>

      <section className="cp-card" aria-labelledby="rules-title">
        <h2 id="rules-title">{t('contests.public.rulesTitle')}</h2>
        <div className="cp-rules" data-testid="contest-rules">
          {contest.rulesText || t('contests.public.noRules')}
        </div>
      </section>
    </div>
  );
}
