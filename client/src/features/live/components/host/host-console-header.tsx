import type { LiveStateView } from '@thidua/shared';
import { useTranslation } from 'react-i18next';
import { buttonClass } from '../../../../components/ui';
import { formatNumber } from '../../../../lib/format';

/** The game's title, its phase badges, the player count, and the PIN with a link to the screen. */
export function HostConsoleHeader({
  title,
  state,
  pin,
}: {
  title: string;
  state: LiveStateView | null;
  pin: string | null;
}) {
  const { t, i18n } = useTranslation();
  return (
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
            {state.joinLocked && (
              <span className="badge" data-testid="host-locked">
                {t('live.host.locked')}
              </span>
            )}
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
            className={buttonClass('secondary')}
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
  );
}
