import type { LiveLobbyView, LiveStateView } from '@thidua/shared';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../../../lib/format';
import { useHiddenCount } from '../../../../lib/use-hidden-count';
import { QrCode } from '../common/qr-code';
import { ScreenTitle } from './screen-title';

type LobbyGroup = LiveLobbyView['byUnit'][number];

/** The lobby on the projector: how to join on the left, who has joined (by unit) on the right. */
export function ScreenLobby({ state }: { state: LiveStateView }) {
  const { t, i18n } = useTranslation();
  const joinUrl = `${window.location.origin}/play/${state.pin}`;
  const host = window.location.host;
  const groups = [...state.lobby.byUnit].sort((a, b) => b.count - a.count);
  return (
    <div className="screen-lobby">
      <section className="screen-lobby__join">
        <ScreenTitle title={state.title} as="p" />
        {state.joinLocked ? (
          <p className="screen-lobby__how screen-lobby__locked" data-testid="screen-locked">
            {t('live.errors.LOBBY_LOCKED')}
          </p>
        ) : (
          <p className="screen-lobby__how">{t('live.screen.howToJoin', { host })}</p>
        )}
        <p className="screen-pin-label">{t('live.pin')}</p>
        <p className="screen-pin" data-testid="screen-pin">
          {state.pin}
        </p>
        <QrCode value={joinUrl} size={480} fluid className="screen-qr" testId="screen-qr" label={t('live.qrLabel')} />
        <p className="screen-lobby__url">{joinUrl.replace(/^https?:\/\//u, '')}</p>
      </section>
      <section className="screen-lobby__players" aria-live="polite">
        <p className="screen-lobby__count" data-testid="screen-player-count">
          <strong>{formatNumber(state.lobby.players, i18n.language)}</strong>{' '}
          {t('live.screen.playersJoined', { count: state.lobby.players })}
        </p>
        {state.lobby.players === 0 ? (
          <p className="screen__message">{t('live.screen.waitingPlayers')}</p>
        ) : (
          <LobbyGroups groups={groups} />
        )}
      </section>
    </div>
  );
}

/** As many unit cards as fit the panel, and "+N đơn vị" for the others: never a card cut in half. */
function LobbyGroups({ groups }: { groups: readonly LobbyGroup[] }) {
  const { t, i18n } = useTranslation();
  const box = useRef<HTMLDivElement>(null);
  const hiddenCount = useHiddenCount(box, groups.map((g) => `${g.unitId}:${g.count}:${g.names.join('|')}`).join('\n'));
  const hidden = groups.slice(groups.length - hiddenCount);
  const hiddenPeople = hidden.reduce((sum, g) => sum + g.count, 0);
  return (
    <>
      <div className="screen-lobby__groups" ref={box} data-testid="screen-lobby-groups">
        {groups.map((group) => (
          <LobbyGroupCard key={group.unitId ?? 'none'} group={group} />
        ))}
      </div>
      {hidden.length > 0 && (
        <p className="screen-lobby__more" data-testid="screen-more-units">
          {t('live.screen.moreUnits', {
            count: hidden.length,
            units: formatNumber(hidden.length, i18n.language),
            people: formatNumber(hiddenPeople, i18n.language),
          })}
        </p>
      )}
    </>
  );
}

/** One unit: its name, how many joined, the names that fit two lines and "+N người" for the rest. */
function LobbyGroupCard({ group }: { group: LobbyGroup }) {
  const { t, i18n } = useTranslation();
  const names = useRef<HTMLParagraphElement>(null);
  const hiddenNames = useHiddenCount(names, group.names.join('\n'));
  // The server may send fewer names than the count: those are "more" too.
  const more = group.count - (group.names.length - hiddenNames);
  return (
    <div className="screen-lobby__group" data-testid="screen-lobby-group">
      <p className="screen-lobby__unit">
        <span className="screen-lobby__unit-name">{group.unitName ?? t('live.noUnit')}</span>
        <span className="screen-lobby__unit-count">{formatNumber(group.count, i18n.language)}</span>
        {/* In the heading, whose height never changes, so showing it cannot push a card out of the panel. */}
        {more > 0 && (
          <span className="screen-lobby__more-names" data-testid="screen-more-names">
            {t('live.screen.moreNames', { count: more, people: formatNumber(more, i18n.language) })}
          </span>
        )}
      </p>
      <p className="screen-lobby__names" ref={names}>
        {group.names.map((name, i) => (
          <span key={`${name}-${i}`} className="name-chip">
            {name}
          </span>
        ))}
      </p>
    </div>
  );
}
