import { Role } from '@thidua/shared';
import { render, type RenderResult } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import type { ReactElement } from 'react';
import { MemoryRouter, Route, Routes, useLocation } from 'react-router';
import { Provider, type Client } from 'urql';
import { SessionContext, type SessionUser } from '../lib/session';
import { answeringClient, operationOf } from './graphql-stub';

export interface StubAnswers {
  /** Data by operation name; a query with no entry never answers (stays fetching). */
  queries?: Record<string, unknown>;
  /** Called with the mutation's name and variables; its return is the data (nothing: never answers). */
  mutation?: (name: string | undefined, variables: unknown) => unknown;
}

/** A urql client answering queries from data by name and mutations from a function. */
export function stubClient(answers: StubAnswers = {}): Client {
  return answeringClient((request) => {
    const { name, kind } = operationOf(request.query);
    const data = kind === 'mutation' ? answers.mutation?.(name, request.variables) : answers.queries?.[name];
    return data === undefined ? undefined : { data };
  });
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
