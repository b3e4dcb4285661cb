import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import { useClient } from 'urql';
import { clearTokens, getRefreshToken, hasRefreshToken, onSignedOut, storeTokens } from '../../../lib/auth-tokens';
import { SessionContext, type SessionStatus, type SessionUser } from '../../../lib/session';
import { MeDocument, SignOutDocument } from '../graphql/auth.documents';
import { AuthActionsContext, type AuthActions } from '../hooks/use-auth-actions';

interface AuthProviderProps {
  children: ReactNode;
  /** Called after sign-out so the app can drop cached data of the previous user. */
  onSessionEnded: () => void;
}

/**
 * Owns the session: restores it on load with `me` (the GraphQL client refreshes the
 * access token from the stored refresh token first), keeps the user, signs out.
 */
export function AuthProvider({ children, onSessionEnded }: AuthProviderProps) {
  const client = useClient();
  const [status, setStatus] = useState<SessionStatus>(() => (hasRefreshToken() ? 'restoring' : 'signed-out'));
  const [user, setUser] = useState<SessionUser | null>(null);

  useEffect(() => {
    if (status !== 'restoring') return;
    let cancelled = false;
    void client
      .query(MeDocument, {}, { requestPolicy: 'network-only' })
      .toPromise()
      .then((result) => {
        if (cancelled) return;
        if (result.data?.me) {
          setUser(result.data.me);
          setStatus('signed-in');
        } else {
          if (!result.error?.networkError) clearTokens();
          setStatus('signed-out');
        }
      });
    return () => {
      cancelled = true;
    };
    // Runs once on load; later sign-ins go through `establish`.
  }, []);

  useEffect(
    () =>
      onSignedOut(() => {
        setUser(null);
        setStatus('signed-out');
      }),
    [],
  );

  const signOut = useCallback(async () => {
    const refreshToken = getRefreshToken();
    if (refreshToken) {
      // Best effort: the local session ends whatever the server answers.
      await client.mutation(SignOutDocument, { input: { refreshToken } }).toPromise();
    }
    clearTokens();
    setUser(null);
    setStatus('signed-out');
    onSessionEnded();
  }, [client, onSessionEnded]);

  const actions = useMemo<AuthActions>(
    () => ({
      establish: (tokens, nextUser) => {
        storeTokens(tokens);
        setUser(nextUser);
        setStatus('signed-in');
      },
    }),
    [],
  );

  const session = useMemo(() => ({ status, user, signOut }), [status, user, signOut]);

  return (
    <SessionContext.Provider value={session}>
      <AuthActionsContext.Provider value={actions}>{children}</AuthActionsContext.Provider>
    </SessionContext.Provider>
  );
}
