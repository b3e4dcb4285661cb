import { useTranslation } from 'react-i18next';
import type { ConnectionStatus } from '../../hooks/use-live-game';

/** A small bar while the socket is away; socket.io reconnects by itself and the page re-attaches. */
export function ReconnectingBanner({ status }: { status: ConnectionStatus }) {
  const { t } = useTranslation();
  if (status !== 'reconnecting') return null;
  return (
    <div className="live-reconnecting" role="status" aria-live="polite" data-testid="reconnecting">
      <span className="spinner spinner--small" aria-hidden="true" />
      {t('live.reconnecting')}
    </div>
  );
}
