import { print } from 'graphql';
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

/**
 * Exchanges the stored refresh token for a new session. Concurrent callers share one
 * request (refresh tokens rotate: two parallel refreshes would revoke each other).
 * Resolves to null and signs out when the refresh token is missing or refused; a
 * network failure resolves to null without signing out (the token may still be good).
 */
export function refreshSession(): Promise<RefreshedSession | null> {
  inFlight ??= doRefresh().finally(() => {
    inFlight = null;
  });
  return inFlight;
}

async function doRefresh(): Promise<RefreshedSession | null> {
  const refreshToken = getRefreshToken();
  if (!refreshToken) return null;
  let body: { data?: RefreshSessionMutation | null; errors?: unknown[] };
  try {
    const response = await fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'apollo-require-preflight': 'true' },
      body: JSON.stringify({
        operationName: 'RefreshSession',
        query: print(RefreshSessionDocument),
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
