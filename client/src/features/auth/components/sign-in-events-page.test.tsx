import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { graphqlStub } from '../../../test/graphql-stub';
import { renderUi } from '../../../test/render';
import { formatSignInTime, SignInEventsPage } from './sign-in-events-page';

const events = [
  {
    id: 'e2',
    createdAt: new Date(2026, 11, 3, 8, 5).toISOString(),
    username: 'canbo1',
    userId: 'u2',
    address: '192.168.1.20',
    userAgent: 'Mozilla/5.0 (Android)',
    outcome: 'LIMITED',
  },
  {
    id: 'e1',
    createdAt: new Date(2026, 0, 9, 17, 45).toISOString(),
    username: 'admin',
    userId: 'u1',
    address: '192.168.1.10',
    userAgent: null,
    outcome: 'SUCCESS',
  },
];

describe('SignInEventsPage', () => {
  it('lists sign-ins with dd/mm/yyyy hh:mm times and translated outcomes, and filters by username and outcome', async () => {
    const { client, calls } = graphqlStub({
      SignInEvents: (variables) => {
        const filter = variables.filter as { outcome?: string; username?: string };
        const items = events.filter(
          (e) =>
            (!filter.outcome || e.outcome === filter.outcome) &&
            (!filter.username || e.username.includes(filter.username)),
        );
        return { data: { signInEvents: { items, total: items.length } } };
      },
    });
    const { user } = renderUi(<SignInEventsPage />, { client });
    const rows = await screen.findAllByTestId('sign-in-event');
    expect(rows).toHaveLength(2);
    expect(within(rows[0]).getByText('Bị tạm chặn (thử quá nhiều)')).toBeInTheDocument();
    expect(rows[0]).toHaveTextContent('03/12/2026 08:05');
    expect(rows[0]).toHaveTextContent('192.168.1.20');
    expect(within(rows[1]).getByText('Thành công')).toBeInTheDocument();
    expect(rows[1]).toHaveTextContent('09/01/2026 17:45');

    await user.selectOptions(screen.getByTestId('sign-ins-outcome'), 'SUCCESS');
    await waitFor(() => expect(screen.getAllByTestId('sign-in-event')).toHaveLength(1));
    expect(calls.at(-1)?.variables.filter).toEqual({ limit: 100, outcome: 'SUCCESS' });

    await user.type(screen.getByTestId('sign-ins-username'), 'canbo');
    await waitFor(() => expect(screen.getByTestId('sign-ins-empty')).toBeInTheDocument());
    expect(calls.at(-1)?.variables.filter).toEqual({ limit: 100, outcome: 'SUCCESS', username: 'canbo' });
  });

  it('pads the time', () => {
    expect(formatSignInTime(new Date(2026, 1, 3, 4, 7).toISOString())).toBe('03/02/2026 04:07');
  });
});
