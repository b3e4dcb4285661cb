import { render, type RenderResult } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import type { ReactElement } from 'react';
import { MemoryRouter } from 'react-router';
import { never } from 'wonka';
import { Provider, type Client } from 'urql';

/** A urql client that answers nothing (queries stay fetching) unless a test gives its own. */
export function stubClient(overrides: Partial<Pick<Client, 'executeQuery' | 'executeMutation'>> = {}): Client {
  // Only the methods the hooks call are needed; a full Client would need a server URL.
  return {
    executeQuery: () => never,
    executeMutation: () => never,
    executeSubscription: () => never,
    ...overrides,
  } as unknown as Client;
}

export interface RenderOptions {
  client?: Client;
  route?: string;
}

/** Renders inside the app's providers (urql, a memory router) and gives a user-event session. */
export function renderUi(ui: ReactElement, options: RenderOptions = {}): RenderResult & { user: UserEvent } {
  const user = userEvent.setup();
  const result = render(
    <Provider value={options.client ?? stubClient()}>
      <MemoryRouter initialEntries={[options.route ?? '/']}>{ui}</MemoryRouter>
    </Provider>,
  );
  return { ...result, user };
}
