import { Role } from '@thidua/shared';
import { render, type RenderResult } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { Kind, type DocumentNode } from 'graphql';
import type { ReactElement } from 'react';
import { MemoryRouter, Route, Routes, useLocation } from 'react-router';
import { Provider, type Client, type GraphQLRequest, type OperationResult } from 'urql';
import { fromValue, never } from 'wonka';
import { SessionContext, type SessionUser } from '../lib/session';

/** The operation's name (`query Resolutions` → "Resolutions"). */
function operationName(document: DocumentNode): string | undefined {
  for (const definition of document.definitions) {
    if (definition.kind === Kind.OPERATION_DEFINITION) return definition.name?.value;
  }
  return undefined;
}

export interface StubAnswers {
  /** Data by operation name; a query with no entry never answers (stays fetching). */
  queries?: Record<string, unknown>;
  /** Called with the mutation's name and variables; its return is the data (nothing: never answers). */
  mutation?: (name: string | undefined, variables: unknown) => unknown;
}

/** A urql client answering from plain data, for component tests that need no server. */
export function stubClient(answers: StubAnswers = {}): Client {
  const answer = (data: unknown) =>
    // Only the fields the hooks read; a full OperationResult carries the operation too.
    fromValue({ data, stale: false, hasNext: false } as unknown as OperationResult);
  // Only the methods urql's hooks call are needed; a real Client would need a server URL.
  return {
    suspense: false,
    executeQuery: (request: GraphQLRequest) => {
      const name = operationName(request.query);
      const data = name ? answers.queries?.[name] : undefined;
      return data === undefined ? never : answer(data);
    },
    executeMutation: (request: GraphQLRequest) => {
      const data = answers.mutation?.(operationName(request.query), request.variables);
      return data === undefined ? never : answer(data);
    },
    executeSubscription: () => never,
  } as unknown as Client;
}

export function testUser(overrides: Partial<SessionUser> = {}): SessionUser {
  return { id: 'u-admin', username: 'admin', displayName: 'Quản trị', role: Role.ADMIN, unit: null, ...overrides };
}

/** Where the app went when it left the route under test (`screen.getByTestId('location')`). */
function LocationProbe() {
  const location = useLocation();
  return <p data-testid="location">{location.pathname}</p>;
}

export interface RenderOptions {
  client?: Client;
  /** The address to open, e.g. `/content/questions/new`. */
  route?: string;
  /** The route pattern the element is mounted at (for `useParams`), e.g. `/content/questions/:id`. */
  path?: string;
  /** The signed-in user; `null` for signed out. An admin by default. */
  user?: SessionUser | null;
}

/** Renders inside the app's providers (urql, session, a memory router) and gives a user-event session. */
export function renderUi(ui: ReactElement, options: RenderOptions = {}): RenderResult & { user: UserEvent } {
  const user = userEvent.setup();
  const sessionUser = options.user === undefined ? testUser() : options.user;
  const session = {
    status: sessionUser ? ('signed-in' as const) : ('signed-out' as const),
    user: sessionUser,
    signOut: () => Promise.resolve(),
  };
  const route = options.route ?? '/';
  const result = render(
    <Provider value={options.client ?? stubClient()}>
      <SessionContext.Provider value={session}>
        <MemoryRouter initialEntries={[route]}>
          <Routes>
            <Route path={options.path ?? '*'} element={ui} />
            {options.path && <Route path="*" element={<LocationProbe />} />}
          </Routes>
        </MemoryRouter>
      </SessionContext.Provider>
    </Provider>,
  );
  return { ...result, user };
}
