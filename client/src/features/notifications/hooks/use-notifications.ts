import { useCallback } from 'react';
import { useMutation, useQuery } from 'urql';
import { useNotificationPushes } from '../../../lib/notifications-socket';
import {
  MarkNotificationsReadDocument,
  MyNotificationsDocument,
  UnreadNotificationCountDocument,
} from '../graphql/notifications.documents';

const PAGE = 20;

/**
 * The bell's data: the unread count (refetched when a notification is pushed), the
 * latest notifications while the list is open, and marking read.
 */
export function useNotifications(open: boolean) {
  const [count, refetchCount] = useQuery({
    query: UnreadNotificationCountDocument,
    requestPolicy: 'cache-and-network',
  });
  const [list, refetchList] = useQuery({
    query: MyNotificationsDocument,
    variables: { first: PAGE },
    pause: !open,
    requestPolicy: 'cache-and-network',
  });
  const [, markRead] = useMutation(MarkNotificationsReadDocument);

  const refresh = useCallback(() => {
    refetchCount({ requestPolicy: 'network-only' });
    if (open) refetchList({ requestPolicy: 'network-only' });
  }, [open, refetchCount, refetchList]);
  useNotificationPushes(refresh);

  const mark = useCallback(
    async (input: { ids?: string[]; all?: boolean }) => {
      const result = await markRead({ input });
      if (result.data) refresh();
    },
    [markRead, refresh],
  );

  return {
    unread: count.data?.unreadNotificationCount ?? 0,
    items: list.data?.myNotifications ?? [],
    fetching: list.fetching && !list.data,
    error: list.error,
    markRead: (ids: string[]) => void mark({ ids }),
    markAllRead: () => void mark({ all: true }),
  };
}
