import type { LiveQuestionView, LiveRevealView, LiveStateView } from '@thidua/shared';
import { useCallback, useEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { formatNumber } from '../../../../lib/format';
import { request, type LiveSocket } from '../../../../lib/live-socket';
import { useLiveGame } from '../../hooks/use-live-game';
import { questionClock, useServerNow } from '../../hooks/use-server-now';
import { CorrectAnswer } from '../common/correct-answer';
import { CountdownRing } from '../common/countdown-ring';
import { DistributionChart } from '../common/distribution-chart';
import { PlayerRanking, UnitRanking } from '../common/leaderboard-lists';
import { liveErrorText } from '../../utils/live-errors';
import { OptionMark, optionTone } from '../../../../components/option-mark';
import { QuestionImage } from '../../../../components/question-image';
import { ReconnectingBanner } from '../common/reconnecting-banner';
import { UnitFormula } from '../common/unit-formula';
import { soundMomentOf } from '../../sound/cues';
import { useLiveSound } from '../../sound/use-live-sound';
import { ScreenCorner } from './screen-corner';
import { ScreenFitList, useShrinkToFit } from './screen-fit';
import { ScreenLobby } from './screen-lobby';
import { ScreenTitle } from './screen-title';
import '../../live.css';

/**
 * `/screen/:pin`: the projector view. No sign-in, runs unattended: socket.io
 * reconnects with backoff, the page re-attaches after every reconnect and keeps
 * retrying a failed attach, and it always shows something meaningful.
 */
export function ScreenPage() {
  const { pin = '' } = useParams();
  const { t } = useTranslation();
  const attach = useCallback((socket: LiveSocket) => request(socket, 'screen:attach', { pin }), [pin]);
  // Never give up: a game not found yet may appear (server restarting), and a projector has no one to click retry.
  const live = useLiveGame({ attach, isFinal: () => false });
  const state = live.state;
  const rankMemory = usePreviousRanks(state);
  const clockOffset = live.clockOffset;
  const serverNow = useCallback(() => Date.now() + clockOffset, [clockOffset]);
  const sound = useLiveSound('screen', state ? soundMomentOf(state) : null, serverNow);

  useEffect(() => {
    document.title = state ? `${state.title} · ${t('live.pinShort', { pin })}` : t('app.name');
  }, [state, pin, t]);

  return (
    <div className="screen" data-phase={state?.phase ?? 'WAITING'}>
      <ReconnectingBanner status={live.status} />
      <ScreenCorner sound={sound} />
      {!state ? (
        <ScreenWaiting pin={pin} message={liveErrorText(t, live.error) ?? t('live.screen.connecting')} />
      ) : (
        <ScreenBody state={state} clockOffset={live.clockOffset} rankMemory={rankMemory} />
      )}
    </div>
  );
}

interface RankMemory {
  previous: ReadonlyMap<string, number>;
  key: number;
}

/** Player ranks of the previous leaderboard, so rows can slide from where they stood. */
function usePreviousRanks(state: LiveStateView | null): RankMemory {
  const memory = useRef<{ key: number; current: Map<string, number>; previous: Map<string, number> }>({
    key: -1,
    current: new Map(),
    previous: new Map(),
  });
  const board = state?.leaderboard;
  const key = board ? board.afterQuestion : -1;
  if (board && key !== memory.current.key) {
    memory.current = {
      key,
      previous: memory.current.current,
      current: new Map(board.topPlayers.map((p, i) => [p.playerId, i])),
    };
  }
  return { previous: memory.current.previous, key: memory.current.key };
}

function ScreenWaiting({ pin, message }: { pin: string; message: string }) {
  const { t } = useTranslation();
  return (
    <div className="screen__center">
      <p className="screen__brand">
        <span className="brand__mark" aria-hidden="true">
          ★
        </span>{' '}
        {t('app.name')}
      </p>
      <p className="screen-pin-label">{t('live.pin')}</p>
      <p className="screen-pin" data-testid="screen-pin">
        {pin}
      </p>
      <p className="screen__message" role="status">
        <span className="spinner" aria-hidden="true" /> {message}
      </p>
    </div>
  );
}

/** One phase of the game on the projector (exported for the layout tests). */
export function ScreenBody({
  state,
  clockOffset,
  rankMemory,
}: {
  state: LiveStateView;
  clockOffset: number;
  rankMemory: RankMemory;
}) {
  switch (state.phase) {
    case 'LOBBY':
      return <ScreenLobby state={state} />;
    case 'QUESTION':
      return state.question ? (
        <ScreenQuestion state={state} question={state.question} clockOffset={clockOffset} />
      ) : null;
    case 'REVEAL':
      return state.reveal ? <ScreenReveal state={state} reveal={state.reveal} /> : null;
    case 'LEADERBOARD':
      return <ScreenLeaderboard state={state} rankMemory={rankMemory} />;
    case 'ENDED':
      return <ScreenPodium state={state} />;
  }
}

function ScreenHeader({ state, right }: { state: LiveStateView; right?: ReactNode }) {
  const { t } = useTranslation();
  return (
    <header className="screen__head">
      <ScreenTitle title={state.title} />
      <span className="screen__head-right">
        {right}
        <span className="screen__pin-small">{t('live.pinShort', { pin: state.pin })}</span>
      </span>
    </header>
  );
}

function ScreenQuestion({
  state,
  question,
  clockOffset,
}: {
  state: LiveStateView;
  question: LiveQuestionView;
  clockOffset: number;
}) {
  const { t, i18n } = useTranslation();
  const now = useServerNow(clockOffset, !state.paused, 100);
  const clock = questionClock(question, state.paused ? state.serverTime : now);
  return (
    <div className="screen-question" data-testid="screen-question">
      <ScreenHeader
        state={state}
        right={<span>{t('live.questionOf', { index: question.index + 1, count: question.count })}</span>}
      />
      <div className="screen-question__main">
        <h1 className="screen-question__prompt">{question.prompt}</h1>
        <div className="screen-question__side">
          <CountdownRing clock={clock} paused={state.paused} testId="screen-countdown" />
          <p className="screen-question__answers" data-testid="screen-answer-count">
            <strong>{formatNumber(state.answeredCount, i18n.language)}</strong>
            <span>{t('live.screen.answers', { count: state.answeredCount })}</span>
          </p>
        </div>
      </div>
      <QuestionImage image={question.image} sizes="60vw" className="screen-question__image" />
      <p className="screen-question__hint">
        {state.paused
          ? t('live.paused')
          : clock.reading
            ? t('live.screen.reading')
            : t(`live.screen.typeHint.${question.type}`)}
      </p>
      {question.type === 'NUMERIC' ? (
        <p className="screen-question__numeric">
          {t('live.screen.numeric')}
          {question.numericUnit ? ` (${question.numericUnit})` : ''}
        </p>
      ) : (
        <ul className={`screen-options screen-options--${question.options.length > 4 ? 'many' : 'few'}`}>
          {question.options.map((option, index) => (
            <li key={option.id} className={`screen-option ${optionTone(index)}${clock.reading ? ' is-waiting' : ''}`}>
              <OptionMark index={index} size={40} />
              <span>{option.text}</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

function ScreenReveal({ state, reveal }: { state: LiveStateView; reveal: LiveRevealView }) {
  const { t } = useTranslation();
  const question = state.question;
  const explain = useRef<HTMLElement>(null);
  useShrinkToFit(explain, `${reveal.index}:${reveal.explanation}`);
  return (
    <div className="screen-reveal">
      <ScreenHeader
        state={state}
        right={<span>{t('live.questionOf', { index: reveal.index + 1, count: state.questionCount })}</span>}
      />
      {question && <h1 className="screen-reveal__prompt">{question.prompt}</h1>}
      <QuestionImage image={question?.image} sizes="30vw" className="screen-reveal__image" />
      <div className="screen-reveal__body">
        <DistributionChart question={question} reveal={reveal} testId="screen-distribution" />
        <aside className="screen-reveal__explain" ref={explain} data-testid="screen-explanation">
          <p className="screen-reveal__label">{t('live.correctAnswer')}</p>
          <CorrectAnswer question={question} reveal={reveal} />
          <p className="screen-reveal__answered">{t('live.screen.answered', { count: reveal.answered })}</p>
          {reveal.explanation && <p className="screen-reveal__text">{reveal.explanation}</p>}
          {reveal.sectionTitle && (
            <p className="screen-reveal__section">{t('live.section', { title: reveal.sectionTitle })}</p>
          )}
        </aside>
      </div>
    </div>
  );
}

function ScreenLeaderboard({ state, rankMemory }: { state: LiveStateView; rankMemory: RankMemory }) {
  const { t } = useTranslation();
  const moreUnits = useMoreUnits();
  const morePlayers = useMorePlayers();
  const board = state.leaderboard;
  if (!board) return null;
  return (
    <div className="screen-board" data-testid="screen-leaderboard">
      <ScreenHeader
        state={state}
        right={
          <span>{t('live.screen.afterQuestion', { index: board.afterQuestion + 1, count: state.questionCount })}</span>
        }
      />
      <div className="screen-board__cols">
        <section>
          <h2>{t('live.topPlayers')}</h2>
          <ScreenFitList fitKey={rankMemory.key} more={morePlayers} testId="screen-more-players">
            <PlayerRanking
              rows={board.topPlayers.slice(0, 8)}
              previous={rankMemory.previous}
              animationKey={rankMemory.key}
            />
          </ScreenFitList>
        </section>
        <section data-testid="screen-units">
          <h2>{t('live.unitRanking')}</h2>
          <UnitFormula
            aggregation={board.unitAggregation}
            basis={board.participationBasis}
            verifiedPlayers={board.verifiedPlayers}
            guests={board.guests}
          />
          {board.units.length === 0 ? (
            <p className="screen__message">{t('live.noUnits')}</p>
          ) : (
            <ScreenFitList fitKey={board.afterQuestion} more={moreUnits} testId="screen-more-units">
              <UnitRanking rows={board.units.slice(0, 8)} animationKey={board.afterQuestion} />
            </ScreenFitList>
          )}
        </section>
      </div>
    </div>
  );
}

function ScreenPodium({ state }: { state: LiveStateView }) {
  const { t, i18n } = useTranslation();
  const moreUnits = useMoreUnits();
  const podium = state.podium ?? [];
  const [first, second, third] = [1, 2, 3].map((rank) => podium.filter((p) => p.rank === rank));
  const rest = podium.filter((p) => p.rank > 3);
  const step = (rows: typeof podium, place: number) => (
    <div className={`podium__step podium__step--${place}`}>
      <div className="podium__names">
        {rows.map((row) => (
          <p key={row.playerId} className="podium__name">
            {row.name}
            {row.unitName && <small>{row.unitName}</small>}
            <span className="podium__score">{formatNumber(row.score, i18n.language)}</span>
          </p>
        ))}
      </div>
      <div className="podium__block">{place}</div>
    </div>
  );
  const units = state.leaderboard?.units ?? [];
  return (
    <div className="screen-end">
      <ScreenHeader state={state} right={<span>{t('live.screen.final')}</span>} />
      <div className="screen-end__cols">
        <section data-testid="screen-podium" className="screen-end__podium">
          <h2>{t('live.podium')}</h2>
          <div className="podium">
            {second.length > 0 && step(second, 2)}
            {first.length > 0 && step(first, 1)}
            {third.length > 0 && step(third, 3)}
          </div>
          {rest.length > 0 && (
            <ol className="podium__rest">
              {rest.map((row) => (
                <li key={row.playerId}>
                  <span>{row.rank}.</span> {row.name}{' '}
                  <span className="podium__score">{formatNumber(row.score, i18n.language)}</span>
                </li>
              ))}
            </ol>
          )}
        </section>
        {units.length > 0 && state.leaderboard && (
          <section data-testid="screen-units">
            <h2>{t('live.finalUnits')}</h2>
            <UnitFormula
              aggregation={state.leaderboard.unitAggregation}
              basis={state.leaderboard.participationBasis}
              verifiedPlayers={state.leaderboard.verifiedPlayers}
              guests={state.leaderboard.guests}
            />
            <ScreenFitList fitKey={units.length} more={moreUnits} testId="screen-more-units">
              <UnitRanking rows={units.slice(0, 8)} animationKey="final" />
            </ScreenFitList>
          </section>
        )}
      </div>
    </div>
  );
}

/** "+N đơn vị" under a unit ranking cut to the rows that fit. */
function useMoreUnits(): (hidden: number) => string {
  const { t, i18n } = useTranslation();
  return (hidden) => t('live.screen.moreUnitRows', { count: hidden, units: formatNumber(hidden, i18n.language) });
}

/** "+N người" under a player ranking cut to the rows that fit. */
function useMorePlayers(): (hidden: number) => string {
  const { t, i18n } = useTranslation();
  return (hidden) => t('live.screen.moreNames', { count: hidden, people: formatNumber(hidden, i18n.language) });
}
