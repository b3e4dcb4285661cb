import { liveStepOf, type LiveErrorReason, type LiveQuestionView, type LiveStateView } from '@thidua/shared';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useQuery } from 'urql';
import { Dialog } from '../../../../components/dialog';
import { FormError } from '../../../../components/form-error';
import { Loading } from '../../../../components/loading';
import { errorText } from '../../../../lib/error-text';
import { formatNumber } from '../../../../lib/format';
import { request, type LiveSocket } from '../../../../lib/live-socket';
import { LiveGameDocument } from '../../graphql/live.documents';
import { useLiveGame } from '../../hooks/use-live-game';
import { questionClock, useServerNow } from '../../hooks/use-server-now';
import { CorrectAnswer } from '../common/correct-answer';
import { CountdownRing } from '../common/countdown-ring';
import { DistributionChart } from '../common/distribution-chart';
import { PlayerRanking, UnitRanking } from '../common/leaderboard-lists';
import { liveErrorText } from '../../utils/live-errors';
import { OptionMark, optionTone } from '../../../../components/option-mark';
import { ReconnectingBanner } from '../common/reconnecting-banner';
import { UnitFormula } from '../common/unit-formula';
import { HostJoinPanel } from './host-join-panel';
import { HostLobby } from './host-lobby';
import { HostResults } from './host-results';
import '../../live.css';

type Command = 'host:start' | 'host:next' | 'host:pause' | 'host:resume' | 'host:skip' | 'host:end';

const FINAL: ReadonlySet<LiveErrorReason> = new Set(['NOT_ALLOWED', 'GAME_NOT_FOUND']);
const NO_RANKS: ReadonlyMap<string, number> = new Map();

/** `/host/:gameId`: the host's console for one game (HOST or ADMIN). */
export function HostConsolePage() {
  const { gameId = '' } = useParams();
  const { t, i18n } = useTranslation();
  const [{ data, error: gameError }] = useQuery({ query: LiveGameDocument, variables: { id: gameId } });
  const game = data?.liveGame ?? null;
  const attach = useCallback((socket: LiveSocket) => request(socket, 'host:attach', { gameId }), [gameId]);
  const isFinal = useCallback((reason: LiveErrorReason) => FINAL.has(reason), []);
  const live = useLiveGame({ attach, isFinal, withAccessToken: true });
  const [busy, setBusy] = useState<Command | null>(null);
  const [commandError, setCommandError] = useState<string | null>(null);
  const [confirmEnd, setConfirmEnd] = useState(false);
  const state = live.state;

  async function run(command: Command) {
    if (!live.socket) return;
    setBusy(command);
    setCommandError(null);
    try {
      // `from`: what this console shows, so a resend after a lost reply cannot move the game on twice.
      const ack = await request(live.socket, command, { gameId, from: state ? liveStepOf(state) : undefined });
      if (!ack.ok) setCommandError(liveErrorText(t, ack.reason));
    } catch {
      setCommandError(t('live.errors.timeout'));
    } finally {
      setBusy(null);
    }
  }

  async function removePlayer(playerId: string) {
    if (!live.socket) return;
    setCommandError(null);
    try {
      const ack = await request(live.socket, 'host:remove-player', { gameId, playerId });
      if (!ack.ok) setCommandError(liveErrorText(t, ack.reason));
    } catch {
      setCommandError(t('live.errors.timeout'));
    }
  }

  const pin = state?.pin ?? game?.pin ?? null;
  const title = state?.title ?? game?.title ?? '';

  if (!state && (gameError || (live.error && FINAL.has(live.error)))) {
    return (
      <section className="page">
        <FormError message={liveErrorText(t, live.error) ?? errorText(t, gameError)} />
        <Link className="btn btn-secondary" to="/host">
          {t('live.host.backToGames')}
        </Link>
      </section>
    );
  }

  return (
    <section className="page host" aria-labelledby="host-console-title">
      <ReconnectingBanner status={live.status} />
      <nav className="breadcrumb" aria-label={t('common.breadcrumb')}>
        <Link to="/host">{t('live.host.gamesTitle')}</Link> / <span>{title}</span>
      </nav>
      <header className="host__head">
        <div>
          <h1 id="host-console-title">{title}</h1>
          {state && (
            <p className="host__phase">
              <span
                className={`badge live-phase live-phase--${state.phase.toLowerCase()}`}
                data-testid="host-phase"
                data-phase={state.phase}
              >
                {t(`live.phase.${state.phase}`)}
              </span>
              {state.paused && <span className="badge live-phase live-phase--paused">{t('live.paused')}</span>}
              {state.question && state.phase !== 'LOBBY' && (
                <span className="muted">
                  {t('live.questionOf', { index: state.question.index + 1, count: state.questionCount })}
                </span>
              )}
              <span className="muted">
                {t('live.playersJoined', {
                  count: state.lobby.players,
                  formatted: formatNumber(state.lobby.players, i18n.language),
                })}
              </span>
            </p>
          )}
        </div>
        {pin && (
          <div className="host__pin-box">
            <span className="host__pin-label">{t('live.pin')}</span>
            <span className="host__pin" data-testid="host-pin">
              {pin}
            </span>
            <a
              className="btn btn-secondary"
              href={`/screen/${pin}`}
              target="_blank"
              rel="noreferrer"
              data-testid="host-open-screen"
            >
              {t('live.host.openScreen')} ↗
            </a>
          </div>
        )}
      </header>

      {!state ? (
        <Loading label={live.error ? (liveErrorText(t, live.error) ?? undefined) : t('live.host.connecting')} />
      ) : (
        <>
          <HostControls state={state} busy={busy} onCommand={(c) => void run(c)} onEnd={() => setConfirmEnd(true)} />
          <FormError message={commandError} />
          <div className={`host__grid${state.phase === 'ENDED' ? ' host__grid--full' : ''}`}>
            <div className="host__main">
              <HostStage
                state={state}
                clockOffset={live.clockOffset}
                gameId={gameId}
                onRemove={(id) => void removePlayer(id)}
              />
            </div>
            {pin && state.phase !== 'ENDED' && (
              <aside className="host__side">
                <HostJoinPanel pin={pin} joinPath={game?.joinPath ?? `/play/${pin}`} />
              </aside>
            )}
          </div>
        </>
      )}

      <Dialog
        open={confirmEnd}
        title={t('live.host.endTitle')}
        onClose={() => setConfirmEnd(false)}
        size="sm"
        testId="host-end-dialog"
      >
        <p>{t('live.host.endConfirm')}</p>
        <div className="form-actions">
          <button type="button" className="btn btn-secondary" onClick={() => setConfirmEnd(false)}>
            {t('common.cancel')}
          </button>
          <button
            type="button"
            className="btn btn-danger"
            data-testid="host-end-confirm"
            onClick={() => {
              setConfirmEnd(false);
              void run('host:end');
            }}
          >
            {t('live.host.end')}
          </button>
        </div>
      </Dialog>
    </section>
  );
}

function HostControls({
  state,
  busy,
  onCommand,
  onEnd,
}: {
  state: LiveStateView;
  busy: Command | null;
  onCommand: (command: Command) => void;
  onEnd: () => void;
}) {
  const { t } = useTranslation();
  const { phase, paused } = state;
  const isLast = (state.question?.index ?? -1) + 1 >= state.questionCount;
  const button = (command: Command, label: string, testId: string, primary = false) => (
    <button
      type="button"
      className={`btn ${primary ? 'btn-primary' : 'btn-secondary'} host-control`}
      data-testid={testId}
      disabled={busy !== null}
      onClick={() => onCommand(command)}
    >
      {busy === command ? t('live.host.working') : label}
    </button>
  );
  if (phase === 'ENDED') return null;
  return (
    <div className="host-controls" role="toolbar" aria-label={t('live.host.controls')}>
      {phase === 'LOBBY' && button('host:start', t('live.host.startGame'), 'host-start', true)}
      {(phase === 'REVEAL' || phase === 'LEADERBOARD') &&
        button(
          'host:next',
          isLast && phase === 'LEADERBOARD' ? t('live.host.finish') : t('live.host.next'),
          'host-next',
          true,
        )}
      {phase === 'QUESTION' && !paused && button('host:pause', t('live.host.pause'), 'host-pause')}
      {phase === 'QUESTION' && paused && button('host:resume', t('live.host.resume'), 'host-resume', true)}
      {phase === 'QUESTION' && button('host:skip', t('live.host.skip'), 'host-skip')}
      <span className="host-controls__spacer" />
      <button
        type="button"
        className="btn btn-danger host-control"
        data-testid="host-end"
        disabled={busy !== null}
        onClick={onEnd}
      >
        {t('live.host.end')}
      </button>
    </div>
  );
}

function HostStage({
  state,
  clockOffset,
  gameId,
  onRemove,
}: {
  state: LiveStateView;
  clockOffset: number;
  gameId: string;
  onRemove: (playerId: string) => void;
}) {
  const { t } = useTranslation();
  switch (state.phase) {
    case 'LOBBY':
      return <HostLobby state={state} gameId={gameId} onRemove={onRemove} />;
    case 'QUESTION':
      return state.question ? <HostQuestion state={state} question={state.question} clockOffset={clockOffset} /> : null;
    case 'REVEAL':
      return state.reveal ? (
        <div className="card host-stage">
          {state.question && <h2>{state.question.prompt}</h2>}
          <DistributionChart question={state.question} reveal={state.reveal} testId="host-distribution" />
          <h3>{t('live.correctAnswer')}</h3>
          <CorrectAnswer question={state.question} reveal={state.reveal} />
          {state.reveal.explanation && <p>{state.reveal.explanation}</p>}
          {state.reveal.sectionTitle && (
            <p className="muted">{t('live.section', { title: state.reveal.sectionTitle })}</p>
          )}
        </div>
      ) : null;
    case 'LEADERBOARD':
      return state.leaderboard ? (
        <div className="card host-stage host-board">
          <section>
            <h2>{t('live.topPlayers')}</h2>
            <PlayerRanking
              rows={state.leaderboard.topPlayers}
              previous={NO_RANKS}
              animationKey={state.leaderboard.afterQuestion}
            />
          </section>
          <section>
            <h2>{t('live.unitRanking')}</h2>
            <UnitFormula aggregation={state.leaderboard.unitAggregation} />
            <UnitRanking rows={state.leaderboard.units} animationKey={state.leaderboard.afterQuestion} />
          </section>
        </div>
      ) : null;
    case 'ENDED':
      return <HostResults gameId={gameId} />;
  }
}

function HostQuestion({
  state,
  question,
  clockOffset,
}: {
  state: LiveStateView;
  question: LiveQuestionView;
  clockOffset: number;
}) {
  const { t, i18n } = useTranslation();
  const now = useServerNow(clockOffset, !state.paused, 250);
  const clock = questionClock(question, state.paused ? state.serverTime : now);
  const players = state.lobby.players;
  return (
    <div className="card host-stage host-question">
      <div className="host-question__top">
        <h2 className="host-question__prompt">{question.prompt}</h2>
        <CountdownRing clock={clock} paused={state.paused} testId="host-countdown" />
      </div>
      <p className="host-answer-count" data-testid="host-answer-count" data-answered={state.answeredCount}>
        {t('live.host.answerCount', {
          answered: formatNumber(state.answeredCount, i18n.language),
          players: formatNumber(players, i18n.language),
        })}
      </p>
      <div className="host-answer-bar" aria-hidden="true">
        <span style={{ width: `${players ? Math.min(100, (state.answeredCount / players) * 100) : 0}%` }} />
      </div>
      {question.options.length > 0 && (
        <ul className="host-options">
          {question.options.map((option, index) => (
            <li key={option.id} className={`host-option ${optionTone(index)}`}>
              <OptionMark index={index} size={22} /> {option.text}
            </li>
          ))}
        </ul>
      )}
      <p className="muted">{t(`live.screen.typeHint.${question.type}`)}</p>
    </div>
  );
}
