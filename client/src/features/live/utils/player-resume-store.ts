/**
 * The player's resume token, kept on the device per game PIN: a reload (or a phone
 * that slept) resumes the same player with its name, unit, score and locked answer.
 */
const PREFIX = 'thidua.live.player.';

export interface StoredPlayer {
  resumeToken: string;
  gameId: string;
  savedAt: number;
}

/** Tokens older than this are dropped: PINs are reused by later games. */
const MAX_AGE_MS = 24 * 60 * 60 * 1000;

export function loadPlayer(pin: string): StoredPlayer | null {
  try {
    const raw = localStorage.getItem(PREFIX + pin);
    if (!raw) return null;
    const parsed = JSON.parse(raw) as Partial<StoredPlayer>;
    if (typeof parsed.resumeToken !== 'string' || typeof parsed.gameId !== 'string') return null;
    if (typeof parsed.savedAt === 'number' && Date.now() - parsed.savedAt > MAX_AGE_MS) return null;
    return { resumeToken: parsed.resumeToken, gameId: parsed.gameId, savedAt: parsed.savedAt ?? 0 };
  } catch {
    return null;
  }
}

export function savePlayer(pin: string, player: Omit<StoredPlayer, 'savedAt'>): void {
  try {
    localStorage.setItem(PREFIX + pin, JSON.stringify({ ...player, savedAt: Date.now() }));
  } catch {
    // Private mode: the session lasts as long as the page.
  }
}

export function forgetPlayer(pin: string): void {
  try {
    localStorage.removeItem(PREFIX + pin);
  } catch {
    // Nothing stored.
  }
}

/** The last name typed on this device, offered again for the next game. */
const NAME_KEY = 'thidua.live.lastName';
export function lastName(): string {
  try {
    return localStorage.getItem(NAME_KEY) ?? '';
  } catch {
    return '';
  }
}
export function rememberName(name: string): void {
  try {
    localStorage.setItem(NAME_KEY, name);
  } catch {
    // Not remembered.
  }
}
