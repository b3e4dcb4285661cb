import type { LiveStateView } from '@thidua/shared';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../../components/ui';
import type { HostCommand } from '../../hooks/use-host-commands';

interface Props {
  state: LiveStateView;
  busy: HostCommand | null;
  onCommand: (command: HostCommand) => void;
  onEnd: () => void;
}

/**
 * The buttons the phase allows: start, next / finish, pause / resume, skip, and end. None
 * while a command runs. A self-running game can also be held between questions.
 */
export function HostControls({ state, busy, onCommand, onEnd }: Props) {
  const { t } = useTranslation();
  const { phase, paused, settings } = state;
  const between = phase === 'REVEAL' || phase === 'LEADERBOARD';
  const selfRunning = between && (settings?.autoAdvance ?? false);
  const pausable = phase === 'QUESTION' || selfRunning;
  // New players come in the lobby, and later too when late joins are allowed: the host may close the door.
  const lockable = phase === 'LOBBY' || (settings?.allowLateJoin ?? false);
  const isLast = (state.question?.index ?? -1) + 1 >= state.questionCount;
  const button = (command: HostCommand, label: string, testId: string, primary = false) => (
    <Button
      variant={primary ? 'primary' : 'secondary'}
      className="host-control"
      data-testid={testId}
      disabled={busy !== null}
      onClick={() => onCommand(command)}
    >
      {busy === command ? t('live.host.working') : label}
    </Button>
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
      {pausable && !paused && button('host:pause', t('live.host.pause'), 'host-pause')}
      {pausable && paused && button('host:resume', t('live.host.resume'), 'host-resume', true)}
      {phase === 'QUESTION' && button('host:skip', t('live.host.skip'), 'host-skip')}
      {selfRunning && settings && !paused && (
        <span className="muted" data-testid="host-auto-advance">
          {t('live.host.autoAdvance', {
            seconds: phase === 'REVEAL' ? settings.revealSeconds : settings.leaderboardSeconds,
          })}
        </span>
      )}
      <span className="host-controls__spacer" />
      {lockable &&
        (state.joinLocked
          ? button('host:unlock', t('live.host.unlock'), 'host-unlock')
          : button('host:lock', t('live.host.lock'), 'host-lock'))}
      <Button variant="danger" className="host-control" data-testid="host-end" disabled={busy !== null} onClick={onEnd}>
        {t('live.host.end')}
      </Button>
    </div>
  );
}
