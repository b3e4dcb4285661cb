import { liveStepOf, type LiveStateView } from '@thidua/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { request, type LiveSocket } from '../../../lib/live-socket';
import { liveErrorText } from '../utils/live-errors';

export type HostCommand =
  'host:start' | 'host:next' | 'host:pause' | 'host:resume' | 'host:skip' | 'host:end' | 'host:lock' | 'host:unlock';

/**
 * The host's commands over the socket. Each says `from` — the step this console
 * shows — so a resend after a lost reply cannot move the game on twice. One command
 * at a time (`busy`); a refusal or a missing reply becomes `error`.
 */
export function useHostCommands(socket: LiveSocket | null, gameId: string, state: LiveStateView | null) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState<HostCommand | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function run(command: HostCommand) {
    if (!socket) return;
    setBusy(command);
    setError(null);
    try {
      const ack = await request(socket, command, { gameId, from: state ? liveStepOf(state) : undefined });
      if (!ack.ok) setError(liveErrorText(t, ack.reason));
    } catch {
      setError(t('live.errors.timeout'));
    } finally {
      setBusy(null);
    }
  }

  async function removePlayer(playerId: string) {
    if (!socket) return;
    setError(null);
    try {
      const ack = await request(socket, 'host:remove-player', { gameId, playerId });
      if (!ack.ok) setError(liveErrorText(t, ack.reason));
    } catch {
      setError(t('live.errors.timeout'));
    }
  }

  return {
    busy,
    error,
    run: (command: HostCommand) => void run(command),
    removePlayer: (playerId: string) => void removePlayer(playerId),
  };
}
