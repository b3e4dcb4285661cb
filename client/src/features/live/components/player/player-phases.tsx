import type { LiveRevealView, LiveStateView } from '@thidua/shared';
import { useTranslation } from 'react-i18next';
import { QuestionImage } from '../../../../components/question-image';
import { formatNumber } from '../../../../lib/format';
import { CorrectAnswer } from '../common/correct-answer';
import { YourAnswer } from './your-answer';

/** Lobby: joined, waiting for the host. */
export function PlayerLobby({ state }: { state: LiveStateView }) {
  const { t, i18n } = useTranslation();
  return (
    <section className="player-card player-lobby" data-testid="player-lobby">
      <p className="player-lobby__check" aria-hidden="true">
        ✓
      </p>
      <h1>{t('live.player.inLobby')}</h1>
      {state.you && (
        <p className="player-lobby__who">
          <strong>{state.you.name}</strong>
          {state.you.unitName && <span className="player-lobby__unit">{state.you.unitName}</span>}
          {!state.you.verified && <span className="guest-mark">{t('live.guest')}</span>}
        </p>
      )}
      {state.you && !state.you.verified && (
        <p className="muted" data-testid="player-guest-note">
          {t('live.identity.guestNotice')}
        </p>
      )}
      <p className="muted">{t('live.player.waitForHost')}</p>
      <p className="player-lobby__count">
        {t('live.playersJoined', {
          count: state.lobby.players,
          formatted: formatNumber(state.lobby.players, i18n.language),
        })}
      </p>
    </section>
  );
}

/** Reveal on the phone: right or wrong, points, the correct answer and why. */
export function PlayerReveal({ state, reveal }: { state: LiveStateView; reveal: LiveRevealView }) {
  const { t, i18n } = useTranslation();
  const you = state.you;
  // lastResult exists for every revealed question (credit 0 when unanswered): the locked answer tells them apart.
  const answered = Boolean(you?.currentAnswer);
  const result = answered && you?.lastResult?.questionIndex === reveal.index ? you.lastResult : null;
  const outcome = !result ? 'none' : result.credit >= 1 ? 'correct' : result.credit > 0 ? 'partial' : 'wrong';
  return (
    <section className="player-card player-reveal" data-testid="player-reveal">
      <div className={`player-result player-result--${outcome}`} data-testid="player-result" data-outcome={outcome}>
        <span className="player-result__icon" aria-hidden="true">
          {outcome === 'correct' ? '✓' : outcome === 'partial' ? '◐' : outcome === 'wrong' ? '✗' : '–'}
        </span>
        <span className="player-result__text">{t(`live.player.outcome.${outcome}`)}</span>
        {result && (
          <span className="player-result__points">
            {t('live.pointsGained', { points: formatNumber(result.points, i18n.language) })}
          </span>
        )}
      </div>
      <p className="player-score-line">
        {t('live.player.totalScore')}{' '}
        <strong data-testid="player-score">{formatNumber(you?.score ?? 0, i18n.language)}</strong>
        {you?.rank != null && (
          <>
            {' · '}
            {t('live.player.rankShort')} <strong data-testid="player-rank">{you.rank}</strong>
          </>
        )}
      </p>
      {you?.streak != null && you.streak >= 2 && (
        <p className="player-streak" data-testid="player-streak">
          {t('live.player.streak', { count: you.streak })}
        </p>
      )}
      {state.question && <p className="player-reveal__prompt">{state.question.prompt}</p>}
      <QuestionImage image={state.question?.image} sizes="100vw" className="player-reveal__image" />
      <YourAnswer question={state.question} answer={you?.currentAnswer ?? null} />
      <h2 className="player-reveal__label">{t('live.correctAnswer')}</h2>
      <CorrectAnswer question={state.question} reveal={reveal} />
      {reveal.explanation && (
        <div className="player-explanation">
          <h2 className="player-reveal__label">{t('live.explanation')}</h2>
          <p>{reveal.explanation}</p>
          {reveal.sectionTitle && <p className="muted">{t('live.section', { title: reveal.sectionTitle })}</p>}
        </div>
      )}
    </section>
  );
}

/** Leaderboard on the phone: your rank first, then the top of the board. */
export function PlayerLeaderboard({ state }: { state: LiveStateView }) {
  const { t, i18n } = useTranslation();
  const you = state.you;
  const top = state.leaderboard?.topPlayers.slice(0, 5) ?? [];
  const yourUnit = you?.unit ?? null;
  return (
    <section className="player-card player-leaderboard" data-testid="player-leaderboard">
      <p className="player-big-rank">
        <span className="player-big-rank__label">{t('live.player.yourRank')}</span>
        <span className="player-big-rank__value" data-testid="player-rank">
          {you?.rank ?? '–'}
        </span>
      </p>
      <p className="player-score-line">
        {t('live.player.totalScore')}{' '}
        <strong data-testid="player-score">{formatNumber(you?.score ?? 0, i18n.language)}</strong>
      </p>
      {yourUnit && (
        <p className="muted">{t('live.player.unitRank', { unit: yourUnit.unitName, rank: yourUnit.rank })}</p>
      )}
      {top.length > 0 && (
        <ol className="player-top">
          {top.map((row) => (
            <li key={row.playerId} className={row.playerId === you?.playerId ? 'is-you' : undefined}>
              <span className="player-top__rank">{row.rank}</span>
              <span className="player-top__name">
                {row.name}
                {!row.verified && <span className="guest-mark">{t('live.guest')}</span>}
              </span>
              <span className="player-top__score">{formatNumber(row.score, i18n.language)}</span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

/** The end: final rank and the podium. */
export function PlayerEnd({ state }: { state: LiveStateView }) {
  const { t, i18n } = useTranslation();
  const you = state.you;
  const podium = state.podium ?? [];
  const onPodium = podium.some((p) => p.playerId === you?.playerId);
  return (
    <section className="player-card player-end" data-testid="player-end">
      <h1>{t('live.player.gameOver')}</h1>
      <p className="player-big-rank">
        <span className="player-big-rank__label">{t('live.player.finalRank')}</span>
        <span className="player-big-rank__value" data-testid="player-rank">
          {you?.rank ?? '–'}
        </span>
      </p>
      <p className="player-score-line">
        {t('live.player.totalScore')}{' '}
        <strong data-testid="player-score">{formatNumber(you?.score ?? 0, i18n.language)}</strong>
      </p>
      {onPodium && <p className="player-end__congrats">{t('live.player.onPodium')}</p>}
      {podium.length > 0 && (
        <>
          <h2>{t('live.podium')}</h2>
          <ol className="player-top">
            {podium.map((row) => (
              <li key={row.playerId} className={row.playerId === you?.playerId ? 'is-you' : undefined}>
                <span className="player-top__rank">{row.rank}</span>
                <span className="player-top__name">
                  {row.name}
                  {row.unitName && <small> · {row.unitName}</small>}
                </span>
                <span className="player-top__score">{formatNumber(row.score, i18n.language)}</span>
              </li>
            ))}
          </ol>
        </>
      )}
      <p className="muted">{t('live.player.thanks')}</p>
    </section>
  );
}
