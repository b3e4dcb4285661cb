import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SoundToggle } from '../../sound/sound-toggle';
import type { LiveSound } from '../../sound/use-live-sound';

/** Whether the page is full screen, and a switch for it (absent where the browser has none). */
export function useFullscreen(): { supported: boolean; active: boolean; toggle: () => void } {
  const supported = typeof document !== 'undefined' && typeof document.documentElement.requestFullscreen === 'function';
  const [active, setActive] = useState(() => typeof document !== 'undefined' && !!document.fullscreenElement);
  useEffect(() => {
    const changed = () => setActive(!!document.fullscreenElement);
    document.addEventListener('fullscreenchange', changed);
    return () => document.removeEventListener('fullscreenchange', changed);
  }, []);
  const toggle = useCallback(() => {
    if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
    else void document.documentElement.requestFullscreen().catch(() => undefined);
  }, []);
  return { supported, active, toggle };
}

/** The screen's corner: sound and full screen, large enough to hit from a laptop beside the projector. */
export function ScreenCorner({ sound }: { sound: LiveSound }) {
  const { t } = useTranslation();
  const fullscreen = useFullscreen();
  return (
    <div className="screen-corner">
      <SoundToggle sound={sound} />
      {fullscreen.supported && (
        <button type="button" className="sound-toggle" aria-pressed={fullscreen.active} onClick={fullscreen.toggle}>
          {fullscreen.active ? t('live.screen.exitFullscreen') : t('live.screen.fullscreen')}
        </button>
      )}
    </div>
  );
}
