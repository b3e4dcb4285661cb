import type { LiveStateView } from '@thidua/shared';
import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { LiveGameResultsDocument } from '../../graphql/live.documents';

/**
 * Who joined, grouped by unit, with a remove button per player. The lobby view
 * carries names only, so the player ids come from the game's results (refreshed
 * whenever the lobby changes).
 */
export function HostLobby({
  state,
  gameId,
  onRemove,
}: {
  state: LiveStateView;
  gameId: string;
  onRemove: (playerId: string) => void;
}) {
  const { t } = useTranslation();
  const [{ data }, refetch] = useQuery({
    query: LiveGameResultsDocument,
    variables: { id: gameId },
    requestPolicy: 'network-only',
  });
  const lobbyKey = state.lobby.byUnit.map((g) => `${g.unitId}:${g.names.join(',')}`).join('|');
  useEffect(() => {
    const timer = setTimeout(() => refetch({ requestPolicy: 'network-only' }), 300);
    return () => clearTimeout(timer);
  }, [lobbyKey, refetch]);
  const byName = useMemo(
    () => new Map((data?.liveGameResults.players ?? []).map((p) => [p.name.toLocaleLowerCase('vi'), p])),
    [data],
  );
  const groups = [...state.lobby.byUnit].sort((a, b) => (a.unitName ?? '').localeCompare(b.unitName ?? '', 'vi'));
  return (
    <div className="card host-stage host-lobby" data-testid="host-lobby">
      <h2>{t('live.host.lobbyTitle', { count: state.lobby.players })}</h2>
      {state.lobby.guests > 0 && (
        <p className="muted" data-testid="host-lobby-guests">
          {t('live.host.lobbyGuests', { count: state.lobby.guests })}
        </p>
      )}
      {state.lobby.players === 0 ? (
        <p className="muted">{t('live.host.lobbyEmpty')}</p>
      ) : (
        groups.map((group) => (
          <section key={group.unitId ?? 'none'} className="host-lobby__group">
            <h3>
              {group.unitName ?? t('live.noUnit')} <span className="badge badge-kind">{group.count}</span>
            </h3>
            <ul className="host-lobby__names">
              {group.names.map((name) => {
                const player = byName.get(name.toLocaleLowerCase('vi'));
                const playerId = player?.playerId;
                return (
                  <li key={name} className="host-player" data-testid={`host-player-${name}`}>
                    <span>
                      {name}
                      {player && !player.verified && <span className="guest-mark">{t('live.guest')}</span>}
                    </span>
                    <button
                      type="button"
                      className="host-player__remove"
                      data-testid={`host-remove-${name}`}
                      aria-label={t('live.host.removeNamed', { name })}
                      title={t('live.host.removeNamed', { name })}
                      disabled={!playerId}
                      onClick={() => playerId && onRemove(playerId)}
                    >
                      ×
                    </button>
                  </li>
                );
              })}
              {group.count > group.names.length && <li className="muted">+{group.count - group.names.length}</li>}
            </ul>
          </section>
        ))
      )}
    </div>
  );
}
