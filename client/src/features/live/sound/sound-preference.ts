/**
 * Where sound plays: the hall's screen by default. The host console is often open beside the
 * screen on the same laptop, so it starts silent (one source, not two out of step) and the
 * host turns it on when there is no screen; a phone only when its player turns it on.
 */
export type SoundView = 'host' | 'screen' | 'player';

const DEFAULT_ON: Record<SoundView, boolean> = { host: false, screen: true, player: false };
const key = (view: SoundView) => `thidua.sound.${view}`;

/** Whether sound is on for `view`: what was last chosen on this device, else the view's default. */
export function soundPreference(view: SoundView, storage: Pick<Storage, 'getItem'> | null = safeStorage()): boolean {
  const stored = storage?.getItem(key(view));
  return stored === 'on' ? true : stored === 'off' ? false : DEFAULT_ON[view];
}

/** Remembers the choice on this device (a private window may refuse: the choice then lasts the visit). */
export function saveSoundPreference(
  view: SoundView,
  on: boolean,
  storage: Pick<Storage, 'setItem'> | null = safeStorage(),
): void {
  try {
    storage?.setItem(key(view), on ? 'on' : 'off');
  } catch {
    // storage full or refused
  }
}

function safeStorage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}
