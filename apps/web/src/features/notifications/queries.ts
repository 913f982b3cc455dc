import type { NotificationList, NotificationsReadResult, NotificationView } from '@lienthong/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../lib/api.ts';

/** Shapes of the notifications API, typed by the shared contracts (types only). */
export type { NotificationList, NotificationView };

export const NOTIFICATIONS_PATH = '/api/v1/notifications';
/** How many the bell shows; older ones stay on the server. */
export const BELL_PAGE_SIZE = 10;
/** The bell asks again every minute (and when the window regains focus). */
const REFRESH_MS = 60_000;

export const notificationKeys = { bell: ['notifications', 'bell'] as const };

export function useBellNotifications(enabled: boolean) {
  return useQuery({
    queryKey: notificationKeys.bell,
    queryFn: ({ signal }) =>
      api.get<NotificationList>(NOTIFICATIONS_PATH, { signal, query: { pageSize: BELL_PAGE_SIZE } }),
    enabled,
    refetchInterval: REFRESH_MS,
    staleTime: 15_000,
  });
}

/** Marks one notification read (`id`), or all of them (no id); the bell is read again after. */
export function useMarkRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id?: string) =>
      api.post<NotificationsReadResult>(
        id ? `${NOTIFICATIONS_PATH}/${id}/read` : `${NOTIFICATIONS_PATH}/read-all`,
      ),
    onMutate: (id?: string) => {
      // Shown read at once; the answer (or a failure) brings the server's state back.
      queryClient.setQueryData<NotificationList>(notificationKeys.bell, (list) => {
        if (!list) return list;
        const items = list.items.map((item) => (!id || item.id === id ? { ...item, read: true } : item));
        const changed = list.items.filter((item) => !item.read && (!id || item.id === id)).length;
        return { ...list, items, unread: Math.max(0, list.unread - changed) };
      });
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: notificationKeys.bell }),
  });
}
