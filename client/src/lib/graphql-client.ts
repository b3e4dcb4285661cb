import { GRAPHQL_UPLOAD_PATH, UPLOAD_ROOT_FIELDS } from '@thidua/shared';
import type { DocumentNode } from 'graphql';
import { Kind } from 'graphql/language/kinds';
import { Client, cacheExchange, fetchExchange, makeOperation, mapExchange, type Operation } from 'urql';
import { accessTokenExpiresSoon, clearTokens, getAccessToken, hasRefreshToken, notifySignedOut } from './auth-tokens';
import { REFRESHABLE_REASONS } from './graphql-errors';
import { refreshSession } from './refresh-session';

/** Operations that must never trigger a refresh-and-retry (they are the auth flow itself). */
const AUTH_OPERATIONS = new Set(['SignIn', 'RefreshSession', 'SignOut']);

function operationName(init: RequestInit | undefined): string | undefined {
  if (typeof init?.body !== 'string') return undefined;
  try {
    const parsed = JSON.parse(init.body) as { operationName?: unknown };
    return typeof parsed.operationName === 'string' ? parsed.operationName : undefined;
  } catch {
    return undefined;
  }
}

function withHeaders(init: RequestInit | undefined): RequestInit {
  const headers = new Headers(init?.headers);
  headers.set('apollo-require-preflight', 'true');
  const token = getAccessToken();
  if (token) headers.set('authorization', `Bearer ${token}`);
  else headers.delete('authorization');
  return { ...init, headers };
}

async function needsRefresh(response: Response): Promise<boolean> {
  if (!(response.headers.get('content-type') ?? '').includes('json')) return false;
  try {
    const body = (await response.clone().json()) as {
      errors?: { extensions?: { code?: unknown; reason?: unknown } }[];
    };
    return (body.errors ?? []).some(
      (e) =>
        e.extensions?.code === 'UNAUTHENTICATED' &&
        (typeof e.extensions.reason !== 'string' || REFRESHABLE_REASONS.has(e.extensions.reason)),
    );
  } catch {
    return false;
  }
}

/**
 * fetch with the session: refreshes an access token that is about to expire before
 * sending, and on UNAUTHENTICATED refreshes once and retries. When the refresh is
 * refused the session is cleared and the app goes to the sign-in page.
 */
const authFetch: typeof fetch = async (input, init) => {
  const name = operationName(init);
  const isAuthOperation = name !== undefined && AUTH_OPERATIONS.has(name);
  if (!isAuthOperation && hasRefreshToken() && accessTokenExpiresSoon()) {
    await refreshSession();
  }
  const response = await fetch(input, withHeaders(init));
  if (isAuthOperation || !(await needsRefresh(response))) return response;
  if (!hasRefreshToken()) {
    if (getAccessToken()) {
      clearTokens();
      notifySignedOut();
    }
    return response;
  }
  const refreshed = await refreshSession();
  if (!refreshed) return response;
  const retried = await fetch(input, withHeaders(init));
  if (await needsRefresh(retried)) {
    clearTokens();
    notifySignedOut();
  }
  return retried;
};

const UPLOAD_FIELDS = new Set(UPLOAD_ROOT_FIELDS);

/** Whether a document's root fields are file mutations (the server takes them only on the upload path). */
export function isUploadDocument(document: DocumentNode): boolean {
  return document.definitions.some(
    (d) =>
      d.kind === Kind.OPERATION_DEFINITION &&
      d.selectionSet.selections.some((s) => s.kind === Kind.FIELD && UPLOAD_FIELDS.has(s.name.value)),
  );
}

/** Sends file mutations to GRAPHQL_UPLOAD_PATH (8 MB bodies); everything else to /graphql (64 KB). */
export function routeUploads(operation: Operation): Operation {
  if (!isUploadDocument(operation.query)) return operation;
  return makeOperation(operation.kind, operation, { ...operation.context, url: GRAPHQL_UPLOAD_PATH });
}

export function createGraphqlClient(): Client {
  return new Client({
    url: '/graphql',
    exchanges: [cacheExchange, mapExchange({ onOperation: routeUploads }), fetchExchange],
    fetch: authFetch,
    // Mutations change lists; keep reads fresh without a normalized cache.
    requestPolicy: 'cache-and-network',
    preferGetMethod: false,
  });
}
