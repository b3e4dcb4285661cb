import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { LanguageSwitch } from '../../../../components/language-switch';

/** The phone frame of the public contest pages: a slim bar, large type, no app navigation. */
export function ContestLayout({
  contestId,
  title,
  children,
}: {
  contestId?: string;
  title?: string;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <div className="cp">
      <header className="cp__bar">
        {contestId ? (
          <Link to={`/contest/${contestId}`} className="cp__brand">
            <span className="brand__mark" aria-hidden="true">
              ★
            </span>
            <span className="cp__bar-title">{title ?? t('contests.public.brand')}</span>
          </Link>
        ) : (
          <span className="cp__brand">
            <span className="brand__mark" aria-hidden="true">
              ★
            </span>
            <span className="cp__bar-title">{title ?? t('contests.public.brand')}</span>
          </span>
        )}
        <LanguageSwitch className="cp__lang" />
      </header>
      <main className="cp__main" id="main">
        {children}
      </main>
    </div>
  );
}

/** A plain banner when the phone has no network: what it means for the answers. */
export function OfflineBanner({ show, unsaved }: { show: boolean; unsaved: number }) {
  const { t } = useTranslation();
  if (!show) return null;
  return (
    <div className="cp-offline" role="status" aria-live="polite" data-testid="attempt-offline">
      <span className="spinner spinner--small" aria-hidden="true" />
      {unsaved > 0 ? t('contests.attempt.offlineUnsaved', { count: unsaved }) : t('contests.attempt.offline')}
    </div>
  );
}
