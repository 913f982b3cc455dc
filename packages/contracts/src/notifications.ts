import { z } from 'zod';
import { NotificationView } from './dossiers.ts';

/** In-app notifications of the signed-in user (the bell in the portal and workspace headers). */

export const NotificationListQuery = z.object({
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
  /** Only the unread ones. */
  unread: z
    .enum(['true', 'false'])
    .transform((value) => value === 'true')
    .optional(),
});
export type NotificationListQuery = z.infer<typeof NotificationListQuery>;

export const NotificationList = z
  .object({
    items: z.array(NotificationView),
    /** Unread notifications in all (the bell's badge). */
    unread: z.number().int(),
    total: z.number().int(),
  })
  .meta({ id: 'NotificationList' });
export type NotificationList = z.infer<typeof NotificationList>;

export const NotificationIdParams = z.object({ id: z.uuid() });

export const NotificationsReadResult = z.object({ updated: z.number().int(), unread: z.number().int() });
export type NotificationsReadResult = z.infer<typeof NotificationsReadResult>;
