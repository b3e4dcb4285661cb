import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from '../../../../components/language-switch';
import '../../live.css';

/** The phone frame: a slim header with the game and PIN, no app navigation. */
export function PlayerLayout({ pin, title, children }: { pin?: string; title?: string; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <div className="player">
      <header className="player__bar">
        <span className="player__brand">
          <span className="brand__mark" aria-hidden="true">
            ★
          </span>
          <span className="player__title">{title ?? t('app.name')}</span>
        </span>
        {pin && <span className="player__pin">{t('live.pinShort', { pin })}</span>}
        <LanguageSwitch className="player__lang" />
      </header>
      <main className="player__main" id="main">
        {children}
      </main>
    </div>
  );
}
