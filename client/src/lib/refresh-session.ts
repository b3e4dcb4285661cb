import { stringifyDocument } from 'urql';
import { graphql } from '../generated';
import { clearTokens, getRefreshToken, notifySignedOut, storeTokens } from './auth-tokens';
import type { RefreshSessionMutation } from '../generated/graphql';

export const RefreshSessionDocument = graphql(`
  mutation RefreshSession($input: RefreshSessionInput!) {
    refreshSession(input: $input) {
      accessToken
      accessTokenExpiresAt
      refreshToken
      user {
        id
        username
        displayName
        role
        unit {
          id
          code
          name
        }
      }
    }
  }
`);

export type RefreshedSession = RefreshSessionMutation['refreshSession'];

let inFlight: Promise<RefreshedSession | null> | null = null;

/** The Web Lock every tab of the app takes around a refresh. */
export const REFRESH_LOCK = 'thidua.refresh';

/**
 * Exchanges the stored refresh token for a new session. Concurrent callers share one
 * request (refresh tokens rotate: two parallel refreshes would revoke each other), and
 * tabs take turns through a Web Lock, each reading the stored token once it holds the
 * lock, so two tabs never present the same token (the server would take the second as
 * a stolen one and end the session).
 * Resolves to null and signs out when the refresh token is missing or refused; a
 * network failure resolves to null without signing out (the token may still be good).
 */
export function refreshSession(): Promise<RefreshedSession | null> {
  inFlight ??= withRefreshLock(doRefresh).finally(() => {
    inFlight = null;
  });
  return inFlight;
}

/** Runs `work` holding the cross-tab refresh lock; without Web Locks (old browsers) it just runs it. */
async function withRefreshLock<T>(work: () => Promise<T>): Promise<T> {
  const locks = typeof navigator === 'undefined' ? undefined : (navigator.locks as LockManager | undefined);
  if (!locks) return work();
  // The lock is held until `work` settles; a second tab's request waits its turn.
  return await locks.request(REFRESH_LOCK, work);
}

async function doRefresh(): Promise<RefreshedSession | null> {
  // Read under the lock: another tab may have rotated the token while this one waited.
  const refreshToken = getRefreshToken();
  if (!refreshToken) return null;
  let body: { data?: RefreshSessionMutation | null; errors?: unknown[] };
  try {
    const response = await fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'apollo-require-preflight': 'true' },
      body: JSON.stringify({
        operationName: 'RefreshSession',
        query: stringifyDocument(RefreshSessionDocument),
        variables: { input: { refreshToken } },
      }),
    });
    body = (await response.json()) as typeof body;
  } catch {
    return null;
  }
  const session = body.data?.refreshSession;
  if (!session) {
    clearTokens();
    notifySignedOut();
    return null;
  }
  storeTokens(session);
  return session;
}
