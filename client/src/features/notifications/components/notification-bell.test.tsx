import { act, screen, waitFor, within } from '@testing-library/react';
import { Role } from '@thidua/shared';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { graphqlStub } from '../../../test/graphql-stub';
import { renderUi, testUser } from '../../../test/render';
import { NotificationBell } from './notification-bell';

// The socket is replaced by a handle the test pushes through.
const pushes = vi.hoisted(() => ({ current: (): void => undefined }));
vi.mock('../../../lib/notifications-socket', () => ({
  useNotificationPushes: (onNotification: () => void) => {
    pushes.current = onNotification;
    return 'connected';
  },
}));

const RETURNED = {
  id: 'n-1',
  kind: 'SHEET_RETURNED',
  campaignId: 'c-1',
  campaignTitle: 'Tổ dân phố văn hóa 2026',
  periodId: 'p-1',
  periodName: 'Sơ kết 6 tháng',
  sheetId: 's-1',
  unitId: 'u-1',
  unitName: 'Tổ dân phố 3',
  reason: 'Thiếu minh chứng tiêu chí 1.1',
  deadline: '2026-12-05T10:00:00.000Z',
  createdAt: '2026-12-02T08:00:00.000Z',
  readAt: null,
};
const REMINDER = {
  ...RETURNED,
  id: 'n-2',
  kind: 'DEADLINE_IN_3_DAYS',
  reason: null,
  deadline: '2026-12-04T10:00:00.000Z',
  readAt: '2026-12-01T08:00:00.000Z',
};

function setup(unread: { count: number } = { count: 2 }) {
  const stub = graphqlStub({
    UnreadNotificationCount: () => ({ data: { unreadNotificationCount: unread.count } }),
    MyNotifications: () => ({ data: { myNotifications: [RETURNED, REMINDER] } }),
    MarkNotificationsRead: () => ({ data: { markNotificationsRead: { marked: 1, unread: 0 } } }),
  });
  const view = renderUi(<NotificationBell />, {
    client: stub.client,
    path: '/',
    user: testUser({ role: Role.UNIT_OFFICER }),
  });
  return { ...view, calls: stub.calls };
}

describe('NotificationBell', () => {
  beforeEach(() => {
    pushes.current = () => undefined;
  });

  it('shows the unread count and words each notification in Vietnamese, linking to its sheet', async () => {
    const { user } = setup();
    expect(await screen.findByTestId('notification-count')).toHaveTextContent('2');
    expect(screen.getByTestId('notification-bell')).toHaveAccessibleName('Thông báo (2 chưa đọc)');
    await user.click(screen.getByTestId('notification-bell'));
    const returned = await screen.findByTestId('notification-n-1');
    expect(returned).toHaveTextContent('Bảng tự chấm của Tổ dân phố 3 bị trả lại — cần sửa và giải trình trước');
    expect(returned).toHaveTextContent('Lý do: Thiếu minh chứng tiêu chí 1.1');
    expect(returned).toHaveTextContent('Sơ kết 6 tháng — Tổ dân phố văn hóa 2026');
    expect(returned).toHaveClass('is-unread');
    expect(within(returned).getByRole('link')).toHaveAttribute('href', '/campaigns/c-1/sheets/s-1');
    const reminder = screen.getByTestId('notification-n-2');
    expect(reminder).toHaveTextContent('Còn 3 ngày đến hạn nộp bảng tự chấm của Tổ dân phố 3');
    expect(reminder).not.toHaveClass('is-unread');
  });

  it('marks a notification read when it is followed', async () => {
    const { user, calls } = setup();
    await user.click(await screen.findByTestId('notification-bell'));
    await user.click(within(await screen.findByTestId('notification-n-1')).getByRole('link'));
    expect(calls.filter((c) => c.name === 'MarkNotificationsRead').map((c) => c.variables)).toEqual([
      { input: { ids: ['n-1'] } },
    ]);
    expect(screen.getByTestId('location')).toHaveTextContent('/campaigns/c-1/sheets/s-1');
  });

  it('marks all read', async () => {
    const { user, calls } = setup();
    await user.click(await screen.findByTestId('notification-bell'));
    await user.click(await screen.findByTestId('notifications-mark-all'));
    expect(calls.filter((c) => c.name === 'MarkNotificationsRead').map((c) => c.variables)).toEqual([
      { input: { all: true } },
    ]);
  });

  it('refetches the count when a notification is pushed', async () => {
    const unread = { count: 1 };
    setup(unread);
    expect(await screen.findByTestId('notification-count')).toHaveTextContent('1');
    unread.count = 3;
    act(() => pushes.current());
    await waitFor(() => expect(screen.getByTestId('notification-count')).toHaveTextContent('3'));
  });

  it('says when there is nothing', async () => {
    const stub = graphqlStub({
      UnreadNotificationCount: () => ({ data: { unreadNotificationCount: 0 } }),
      MyNotifications: () => ({ data: { myNotifications: [] } }),
    });
    const { user } = renderUi(<NotificationBell />, { client: stub.client });
    expect(await screen.findByTestId('notification-bell')).toHaveAccessibleName('Thông báo');
    expect(screen.queryByTestId('notification-count')).not.toBeInTheDocument();
    await user.click(screen.getByTestId('notification-bell'));
    expect(await screen.findByTestId('notifications-empty')).toHaveTextContent('Chưa có thông báo nào.');
  });
});
