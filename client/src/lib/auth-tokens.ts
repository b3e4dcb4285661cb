/**
 * Where the session's tokens live: the access token only in memory (a page reload
 * or a stolen localStorage never exposes it), the refresh token in localStorage so
 * that a reload can get a new access token.
 */
const REFRESH_TOKEN_KEY = 'thidua.refreshToken';

export interface SessionTokens {
  accessToken: string;
  /** ISO date-time from the server. */
  accessTokenExpiresAt: string;
  refreshToken: string;
}

let accessToken: string | null = null;
let accessTokenExpiresAt = 0;

type Listener = () => void;
const signedOutListeners = new Set<Listener>();

export function getAccessToken(): string | null {
  return accessToken;
}

export function getRefreshToken(): string | null {
  try {
    return localStorage.getItem(REFRESH_TOKEN_KEY);
  } catch {
    return null;
  }
}

export function hasRefreshToken(): boolean {
  return getRefreshToken() !== null;
}

export function storeTokens(tokens: SessionTokens): void {
  accessToken = tokens.accessToken;
  const expires = Date.parse(tokens.accessTokenExpiresAt);
  accessTokenExpiresAt = Number.isNaN(expires) ? 0 : expires;
  try {
    localStorage.setItem(REFRESH_TOKEN_KEY, tokens.refreshToken);
  } catch {
    // Private mode without storage: the session simply won't survive a reload.
  }
}

export function clearTokens(): void {
  accessToken = null;
  accessTokenExpiresAt = 0;
  try {
    localStorage.removeItem(REFRESH_TOKEN_KEY);
  } catch {
    // Nothing to clear.
  }
}

/** True when there is no access token or it expires within `marginMs`. */
export function accessTokenExpiresSoon(marginMs = 30_000): boolean {
  if (!accessToken) return true;
  if (accessTokenExpiresAt === 0) return false;
  return accessTokenExpiresAt - Date.now() < marginMs;
}

/** Called when the session is lost for good (refresh failed); the UI goes to the sign-in page. */
export function onSignedOut(listener: Listener): () => void {
  signedOutListeners.add(listener);
  return () => signedOutListeners.delete(listener);
}

export function notifySignedOut(): void {
  for (const listener of signedOutListeners) listener();
}
