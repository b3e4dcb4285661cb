import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Button, buttonClass } from '../../../../components/ui';
import { FormError } from '../../../../components/form-error';
import type { PublicContestQuery } from '../../../../generated/graphql';
import type { ContestEntry } from '../../hooks/use-contest-entry';
import { contestErrorText } from '../../utils/contest-errors';

import type { StoredEntrant } from '../../utils/device-store';
import { formatDate, formatDateTime } from '../../../../lib/format';

type PublicContest = PublicContestQuery['contest'];

/** The contest's name, the round now running, and the facts an entrant needs first. */
export function ContestHero({ contest }: { contest: PublicContest }) {
  const { t } = useTranslation();
  const current = contest.currentRound;
  return (
    <section className="cp-card cp-hero" aria-labelledby="contest-title">
      <p className="cp-kicker">{t(`contests.status.${contest.status}`)}</p>
      <h1 id="contest-title" data-testid="contest-title">
        {contest.title}
      </h1>
      {current ? (
        <p className="cp-current" data-testid="contest-current-round">
          <strong>{current.name}</strong>:{' '}
          {t('contests.public.roundDates', {
            start: formatDateTime(current.startsAt),
            end: formatDateTime(current.endsAt),
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
  );
}

/** A registered entrant: start or continue an attempt, attempts left, past attempts, "not you?". */
export function ContestWelcome({
  contest,
  entrant,
  entry,
}: {
  contest: PublicContest;
  entrant: StoredEntrant;
  entry: ContestEntry;
}) {
  const { t } = useTranslation();
  const current = contest.currentRound;
  const { inProgress, left, past } = entry;
  const unitName = (unitId: string) => contest.units.find((u) => u.id === unitId)?.name ?? '';
  return (
    <div className="cp-welcome" data-testid="contest-welcome">
      <h2>{t('contests.public.hello', { name: entrant.fullName })}</h2>
      <p className="cp-muted">
        {entrant.unitName || unitName(entrant.unitId)}
        {entrant.phoneMasked && ` · ${entrant.phoneMasked}`}
        {entrant.birthYear > 0 && ` · ${entrant.birthYear}`}
      </p>
      {entrant.verified !== undefined && (
        <p className={`cp-verified${entrant.verified ? ' is-verified' : ''}`} data-testid="entrant-verified">
          {entrant.verified ? t('contests.public.verified') : t('contests.public.unverified')}
        </p>
      )}
      {entrant.entrantCode && (
        <div className="cp-entrant-code" data-testid="entrant-code-card">
          <p className="cp-kicker">{t('contests.public.entrantCodeTitle')}</p>
          <p className="cp-entrant-code__value" data-testid="entrant-code">
            {entrant.entrantCode}
          </p>
          <p className="cp-field__hint">{t('contests.public.entrantCodeHint')}</p>
        </div>
      )}
      {inProgress ? (
        <Link
          className={buttonClass('primary', undefined, 'cp-big-btn')}
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
          <Button
            variant="primary"
            className="cp-big-btn"
            data-testid="attempt-start"
            disabled={entry.starting || left === 0}
            onClick={entry.begin}
          >
            {entry.starting ? t('contests.public.starting') : t('contests.public.start')}
          </Button>
          <p className="cp-field__hint">
            {t('contests.public.startHint', {
              count: contest.questionsPerAttempt,
              minutes: Math.round(contest.timeLimitSeconds / 60),
            })}
          </p>
        </>
      ) : null}
      <FormError message={contestErrorText(t, entry.startError)} />
      {past.length > 0 && (
        <div className="cp-past">
          <h3>{t('contests.public.pastTitle')}</h3>
          <ul>
            {past.map((a, i) => (
              <li key={a.attemptId}>
                <Link to={`/contest/${contest.id}/result/${a.attemptId}`}>
                  {t('contests.public.pastItem', {
                    n: past.length - i,
                    date: formatDateTime(a.startedAt),
                  })}
                </Link>
              </li>
            ))}
          </ul>
        </div>
      )}
      <Button variant="ghost" className="cp-wrap-btn" onClick={entry.forget}>
        {t('contests.public.notYou')}
      </Button>
    </div>
  );
}

/** The prediction question, how prizes are decided, the rounds and the rules. */
export function ContestInfo({ contest }: { contest: PublicContest }) {
  const { t } = useTranslation();
  const current = contest.currentRound;
  return (
    <>
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
                {formatDate(round.startsAt)} – {formatDate(round.endsAt)}
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
    </>
  );
}
