import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useNotifications } from '../hooks/use-notifications';
import {
  formatWhen,
  notificationContext,
  notificationLink,
  notificationText,
  type NotificationItem,
} from '../utils/notification-text';
import '../notifications.css';
import { BellIcon } from '../../../components/icons';

/** The staff header's bell: the unread count, live; the latest notifications, each linking to its sheet. */
export function NotificationBell() {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const feed = useNotifications(open);
  const rootRef = useRef<HTMLDivElement>(null);
  const panelId = useId();

  useEffect(() => {
    if (!open) return;
    const onPointer = (event: PointerEvent) => {
      if (!rootRef.current?.contains(event.target as Node)) setOpen(false);
    };
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') setOpen(false);
    };
    document.addEventListener('pointerdown', onPointer);
    document.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('pointerdown', onPointer);
      document.removeEventListener('keydown', onKey);
    };
  }, [open]);

  const follow = (n: NotificationItem) => {
    if (!n.readAt) feed.markRead([n.id]);
    setOpen(false);
  };

  return (
    <div className="notification-bell" ref={rootRef}>
      <button
        type="button"
        className="notification-bell__button"
        data-testid="notification-bell"
        aria-haspopup="true"
        aria-expanded={open}
        aria-controls={panelId}
        aria-label={t('notifications.bell', { count: feed.unread })}
        onClick={() => setOpen((v) => !v)}
      >
        <BellIcon size={22} />
        {feed.unread > 0 && (
          <span className="notification-bell__count" data-testid="notification-count" aria-hidden="true">
            {feed.unread > 99 ? '99+' : feed.unread}
          </span>
        )}
      </button>
      {open && (
        <div className="notification-bell__panel" id={panelId} data-testid="notification-panel">
          <div className="notification-bell__head">
            <h2>{t('notifications.title')}</h2>
            {feed.unread > 0 && (
              <button
                type="button"
                className="notification-bell__action"
                data-testid="notifications-mark-all"
                onClick={feed.markAllRead}
              >
                {t('notifications.markAll')}
              </button>
            )}
          </div>
          {feed.error && <p className="field__error">{t('notifications.loadFailed')}</p>}
          {feed.fetching && <p className="muted">{t('notifications.loading')}</p>}
          {!feed.fetching && !feed.error && feed.items.length === 0 && (
            <p className="muted" data-testid="notifications-empty">
              {t('notifications.empty')}
            </p>
          )}
          <ul className="notification-list">
            {feed.items.map((n) => {
              const to = notificationLink(n);
              const body = (
                <>
                  <span className="notification-list__text">{notificationText(t, n)}</span>
                  {n.reason && (
                    <span className="notification-list__reason">
                      {t('notifications.reason')}: {n.reason}
                    </span>
                  )}
                  <span className="notification-list__meta">
                    {[notificationContext(n), formatWhen(n.createdAt)].filter(Boolean).join(' · ')}
                  </span>
                </>
              );
              return (
                <li
                  key={n.id}
                  className={n.readAt ? 'notification-list__item' : 'notification-list__item is-unread'}
                  data-testid={`notification-${n.id}`}
                >
                  {to ? (
                    <Link to={to} onClick={() => follow(n)}>
                      {body}
                    </Link>
                  ) : (
                    <button type="button" className="notification-list__button" onClick={() => follow(n)}>
                      {body}
                    </button>
                  )}
                </li>
              );
            })}
          </ul>
        </div>
      )}
    </div>
  );
}
