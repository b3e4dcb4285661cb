import { useCallback, useState, type ReactNode } from 'react';
import { Provider as UrqlProvider } from 'urql';
import { AuthProvider } from '../features/auth/components/auth-provider';
import { createGraphqlClient } from '../lib/graphql-client';

/** GraphQL client and session. A new client after sign-out drops the previous user's cached data. */
export function AppProviders({ children }: { children: ReactNode }) {
  const [client, setClient] = useState(createGraphqlClient);
  const resetClient = useCallback(() => setClient(createGraphqlClient()), []);
  return (
    <UrqlProvider value={client}>
      <AuthProvider onSessionEnded={resetClient}>{children}</AuthProvider>
    </UrqlProvider>
  );
}
