import type { LiveErrorReason } from '@thidua/shared';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useQuery } from 'urql';
import { FormError } from '../../../../components/form-error';
import { Loading } from '../../../../components/loading';
import { buttonClass } from '../../../../components/ui';
import { errorText } from '../../../../lib/error-text';
import { request, type LiveSocket } from '../../../../lib/live-socket';
import type { LiveGameQuery } from '../../../../generated/graphql';
import { LiveGameDocument } from '../../graphql/live.documents';
import { useHostCommands } from '../../hooks/use-host-commands';
import { useLiveGame, type LiveGame } from '../../hooks/use-live-game';
import { soundMomentOf } from '../../sound/cues';
import { SoundToggle } from '../../sound/sound-toggle';
import { useLiveSound } from '../../sound/use-live-sound';
import { liveErrorText } from '../../utils/live-errors';
import { ReconnectingBanner } from '../common/reconnecting-banner';
import { HostConsoleHeader } from './host-console-header';
import { HostControls } from './host-controls';
import { HostEndDialog } from './host-end-dialog';
import { HostJoinPanel } from './host-join-panel';
import { HostStage } from './host-stage';
import '../../live.css';

const FINAL: ReadonlySet<LiveErrorReason> = new Set(['NOT_ALLOWED', 'GAME_NOT_FOUND']);

/** `/host/:gameId`: the host's console for one game (HOST or ADMIN). */
export function HostConsolePage() {
  const { gameId = '' } = useParams();
  const { t } = useTranslation();
  const [{ data, error: gameError }] = useQuery({ query: LiveGameDocument, variables: { id: gameId } });
  const attach = useCallback((socket: LiveSocket) => request(socket, 'host:attach', { gameId }), [gameId]);
  const isFinal = useCallback((reason: LiveErrorReason) => FINAL.has(reason), []);
  const live = useLiveGame({ attach, isFinal, withAccessToken: true });

  if (!live.state && (gameError || (live.error && FINAL.has(live.error)))) {
    return (
      <section className="page">
        <FormError message={liveErrorText(t, live.error) ?? errorText(t, gameError)} />
        <Link className={buttonClass('secondary')} to="/host">
          {t('live.host.backToGames')}
        </Link>
      </section>
    );
  }
  return <HostConsole gameId={gameId} game={data?.liveGame ?? null} live={live} />;
}

interface HostConsoleProps {
  gameId: string;
  game: LiveGameQuery['liveGame'] | null;
  live: Pick<LiveGame, 'socket' | 'state' | 'status' | 'clockOffset' | 'error'>;
}

/** The console around a connected game: header, controls, the phase's stage and the join panel. */
export function HostConsole({ gameId, game, live }: HostConsoleProps) {
  const { t } = useTranslation();
  const state = live.state;
  const commands = useHostCommands(live.socket, gameId, state);
  const [confirmEnd, setConfirmEnd] = useState(false);
  const pin = state?.pin ?? game?.pin ?? null;
  const title = state?.title ?? game?.title ?? '';
  const clockOffset = live.clockOffset;
  const serverNow = useCallback(() => Date.now() + clockOffset, [clockOffset]);
  const sound = useLiveSound('host', state ? soundMomentOf(state) : null, serverNow);

  return (
    <section className="page host" aria-labelledby="host-console-title">
      <ReconnectingBanner status={live.status} />
      <nav className="breadcrumb" aria-label={t('common.breadcrumb')}>
        <Link to="/host">{t('live.host.gamesTitle')}</Link> / <span>{title}</span>
      </nav>
      <HostConsoleHeader title={title} state={state} pin={pin} />
      <SoundToggle sound={sound} className="host__sound" />
      {!state ? (
        <Loading label={live.error ? (liveErrorText(t, live.error) ?? undefined) : t('live.host.connecting')} />
      ) : (
        <>
          <HostControls state={state} busy={commands.busy} onCommand={commands.run} onEnd={() => setConfirmEnd(true)} />
          <FormError message={commands.error} />
          <div className={`host__grid${state.phase === 'ENDED' ? ' host__grid--full' : ''}`}>
            <div className="host__main">
              <HostStage
                state={state}
                clockOffset={live.clockOffset}
                gameId={gameId}
                onRemove={commands.removePlayer}
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
      <HostEndDialog
        open={confirmEnd}
        onCancel={() => setConfirmEnd(false)}
        onConfirm={() => {
          setConfirmEnd(false);
          commands.run('host:end');
        }}
      />
    </section>
  );
}
