import type { JoinIdentity as Identity, LiveErrorReason, LiveStateView } from '@thidua/shared';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Loading } from '../../../../components/loading';
import { errorText } from '../../../../lib/error-text';
import { request, type LiveSocket } from '../../../../lib/live-socket';
import { forgetPlayer, lastName, loadPlayer, rememberName, savePlayer } from '../../utils/player-resume-store';
import { useJoinInfo } from '../../hooks/use-join-info';
import { useLiveGame } from '../../hooks/use-live-game';
import { liveErrorText } from '../../utils/live-errors';
import { ReconnectingBanner } from '../common/reconnecting-banner';
import { JoinForm } from './join-form';
import { JoinIdentity } from './join-identity';
import { PlayerLayout } from './player-layout';
import { PlayerEnd, PlayerLeaderboard, PlayerLobby, PlayerReveal } from './player-phases';
import { PlayerQuestion } from './player-question';
import { buttonClass } from '../../../../components/ui';
import { usePageTitle } from '../../../../lib/page-title';
import { PlayerLink, usePlayerLocation } from '../../../../lib/player-navigation';

/** Resume failures after which the stored token is useless. */
const RESUME_FINAL: ReadonlySet<LiveErrorReason> = new Set([
  'RESUME_INVALID',
  'REMOVED_FROM_GAME',
  'GAME_NOT_FOUND',
  'GAME_ENDED',
]);

/**
 * `/play/:pin` (`?unit=` from a unit QR code, `?code=` from a printed personal code card):
 * the player's phone view. Public.
 */
export function PlayPage({ pin }: { pin: string }) {
  if (!/^\d{6}$/u.test(pin)) {
    return (
      <PlayerLayout>
        <BadPin />
      </PlayerLayout>
    );
  }
  // A new PIN is a new game: a fresh page state.
  return <PlayGame key={pin} pin={pin} />;
}

function PlayGame({ pin }: { pin: string }) {
  const { t } = useTranslation();
  const { searchParams } = usePlayerLocation();
  const presetUnitId = searchParams.get('unit');
  const presetCode = searchParams.get('code') ?? '';
  /** Identify first (code / find my name), or the guest form; null = as the game's identity mode says. */
  const [way, setWay] = useState<'identity' | 'guest' | null>(presetCode ? 'identity' : null);
  const [stored, setStored] = useState(() => loadPlayer(pin));
  const [joining, setJoining] = useState(false);
  const [joinError, setJoinError] = useState<string | null>(null);

  const attach = useCallback(
    (socket: LiveSocket) => (stored ? request(socket, 'player:resume', { resumeToken: stored.resumeToken }) : null),
    [stored],
  );
  const isFinal = useCallback(
    (reason: LiveErrorReason) => {
      if (RESUME_FINAL.has(reason)) {
        forgetPlayer(pin);
        setStored(null);
        return true;
      }
      return false;
    },
    [pin],
  );
  const live = useLiveGame({ attach, isFinal });
  const { info, fetching, error: infoError } = useJoinInfo(pin);
  usePageTitle(live.state?.title ?? info?.title ?? t('live.player.pageTitle'));

  async function join(as: { name: string; unitId: string | null } | { identity: Identity }) {
    if (!live.socket) return;
    setJoining(true);
    setJoinError(null);
    try {
      const ack = await request(live.socket, 'player:join', { pin, ...as });
      if (ack.ok) {
        if ('name' in as) rememberName(as.name);
        const next = { resumeToken: ack.resumeToken, gameId: ack.state.gameId };
        savePlayer(pin, next);
        setStored({ ...next, savedAt: Date.now() });
        live.applyState(ack.state);
      } else {
        setJoinError(liveErrorText(t, ack.reason));
      }
    } catch {
      setJoinError(t('live.errors.timeout'));
    } finally {
      setJoining(false);
    }
  }

  useEffect(() => {
    if (live.removed) forgetPlayer(pin);
  }, [live.removed, pin]);

  let body;
  if (live.removed) {
    body = (
      <section className="player-card" data-testid="player-removed">
        <h1>{t('live.player.removedTitle')}</h1>
        <p>{t('live.player.removedBody')}</p>
      </section>
    );
  } else if (live.state && live.state.you) {
    body = <PlayerGameView state={live.state} socket={live.socket} clockOffset={live.clockOffset} />;
  } else if (stored && !live.error) {
    // Resuming: the snapshot is on its way.
    body = <Loading label={t('live.player.resuming')} />;
  } else if (fetching && !info) {
    body = <Loading />;
  } else if (!info) {
    body = (
      <section className="player-card" data-testid="join-not-found">
        <h1>{t('live.join.notFoundTitle')}</h1>
        <p>{infoError?.networkError ? errorText(t, infoError) : t('live.join.notFoundBody', { pin })}</p>
        <PlayerLink className={buttonClass('primary', undefined, 'btn-block player-submit')} to="/play">
          {t('live.join.otherPin')}
        </PlayerLink>
      </section>
    );
  } else if (info.phase === 'ENDED') {
    body = (
      <section className="player-card">
        <h1>{t('live.join.endedTitle')}</h1>
        <p>{t('live.errors.GAME_ENDED')}</p>
      </section>
    );
  } else if (info.phase !== 'LOBBY' && !info.allowLateJoin) {
    body = (
      <section className="player-card">
        <h1>{info.title}</h1>
        <p>{t('live.errors.LATE_JOIN_CLOSED')}</p>
      </section>
    );
  } else if ((way ?? (info.identityMode === 'OPEN' ? 'guest' : 'identity')) === 'identity') {
    body = (
      <JoinIdentity
        pin={pin}
        title={info.title}
        units={info.units}
        presetCode={presetCode}
        presetUnitId={presetUnitId}
        guestsAllowed={info.identityMode !== 'ROSTER_ONLY'}
        busy={joining || !live.socket}
        error={joinError}
        onJoin={(identity) => void join({ identity })}
        onGuest={() => {
          setJoinError(null);
          setWay('guest');
        }}
      />
    );
  } else {
    body = (
      <JoinForm
        title={info.title}
        units={info.units}
        presetUnitId={presetUnitId}
        initialName={lastName()}
        busy={joining || !live.socket}
        error={joinError}
        onJoin={(name, unitId) => void join({ name, unitId })}
        guestNotice={info.identityMode !== 'OPEN'}
        onHaveCode={() => {
          setJoinError(null);
          setWay('identity');
        }}
      />
    );
  }

  return (
    <PlayerLayout pin={pin} title={live.state?.title ?? info?.title}>
      <ReconnectingBanner status={live.status} />
      {body}
    </PlayerLayout>
  );
}

function PlayerGameView({
  state,
  socket,
  clockOffset,
}: {
  state: LiveStateView;
  socket: LiveSocket | null;
  clockOffset: number;
}) {
  const { t } = useTranslation();
  const view = useMemo(() => {
    switch (state.phase) {
      case 'LOBBY':
        return <PlayerLobby state={state} />;
      case 'QUESTION':
        return state.question ? (
          <PlayerQuestion
            key={state.question.index}
            state={state}
            question={state.question}
            socket={socket}
            clockOffset={clockOffset}
          />
        ) : (
          <Loading />
        );
      case 'REVEAL':
        return state.reveal ? <PlayerReveal state={state} reveal={state.reveal} /> : <Loading />;
      case 'LEADERBOARD':
        return <PlayerLeaderboard state={state} />;
      case 'ENDED':
        return <PlayerEnd state={state} />;
    }
  }, [state, socket, clockOffset]);
  return (
    <>
      {state.paused && state.phase !== 'QUESTION' && (
        <p className="player-paused" role="status">
          {t('live.paused')}
        </p>
      )}
      {view}
    </>
  );
}

function BadPin() {
  const { t } = useTranslation();
  return (
    <section className="player-card">
      <h1>{t('live.join.notFoundTitle')}</h1>
      <p>{t('live.join.badPin')}</p>
      <PlayerLink className={buttonClass('primary', undefined, 'btn-block player-submit')} to="/play">
        {t('live.join.otherPin')}
      </PlayerLink>
    </section>
  );
}
