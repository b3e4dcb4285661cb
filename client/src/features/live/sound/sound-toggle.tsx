import { useTranslation } from 'react-i18next';
import { SoundOffIcon, SoundOnIcon } from '../../../components/icons';
import type { LiveSound } from './use-live-sound';

/** The sound switch of a live view; says so when the browser waits for a click to play. */
export function SoundToggle({ sound, className = '' }: { sound: LiveSound; className?: string }) {
  const { t } = useTranslation();
  const label = sound.blocked ? t('live.sound.enable') : sound.enabled ? t('live.sound.on') : t('live.sound.off');
  return (
    <button
      type="button"
      className={`sound-toggle ${sound.blocked ? 'sound-toggle--blocked' : ''} ${className}`.trim()}
      aria-pressed={sound.enabled && !sound.blocked}
      data-testid="sound-toggle"
      onClick={sound.toggle}
    >
      {sound.enabled && !sound.blocked ? <SoundOnIcon size={20} /> : <SoundOffIcon size={20} />}
      <span>{label}</span>
    </button>
  );
}
