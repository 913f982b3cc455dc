import {
  NotificationIdParams,
  NotificationList,
  NotificationListQuery,
  NotificationsReadResult,
  type NotificationView,
  ProblemDetails,
} from '@lienthong/contracts';
import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { originOf, recordAudit } from '../audit/index.ts';
import { type Actor, actorOf, requireActor } from '../auth/actor.ts';
import type { Db } from '../db/database.ts';
import { AppError } from '../http/app-error.ts';
import * as store from './notify.store.ts';

export type NotificationsRoutesOptions = {
  db: Db;
  /**
   * Every recipient id that means this actor: their id, and for a citizen `personal:<personal ID>`
   * (notifications written before their first sign-in). By default the actor's id only.
   */
  recipientIdsOf?: (actor: Actor) => Promise<string[]>;
  clock?: () => Date;
};

const TAG = ['Thông báo'];
const problems = { 400: ProblemDetails, 401: ProblemDetails, 403: ProblemDetails, 404: ProblemDetails };

function present(row: store.NotificationRow): NotificationView {
  return {
    id: row.id,
    subject: row.subject,
    body: row.body,
    link: row.link,
    createdAt: row.createdAt.toISOString(),
    read: row.readAt !== null,
  };
}

/** The signed-in user's in-app notifications (the bell): list, mark one read, mark all read. */
export const notificationsRoutes: FastifyPluginAsync<NotificationsRoutesOptions> = async (base, options) => {
  const app = base.withTypeProvider<ZodTypeProvider>();
  const { db } = options;
  const now = options.clock ?? (() => new Date());
  const idsOf = async (actor: Actor) => [
    ...new Set([actor.id, ...((await options.recipientIdsOf?.(actor)) ?? [])]),
  ];

  app.get(
    '/api/v1/notifications',
    {
      schema: {
        tags: TAG,
        summary: 'Thông báo của tôi (mới nhất trước) và số thông báo chưa đọc',
        querystring: NotificationListQuery,
        response: { 200: NotificationList, ...problems },
      },
      preHandler: requireActor(),
    },
    async (request, reply) => {
      reply.header('cache-control', 'no-store');
      const { page, pageSize, unread } = request.query;
      const found = await store.findInApp(db, await idsOf(actorOf(request)), {
        limit: pageSize,
        offset: (page - 1) * pageSize,
        unreadOnly: unread === true,
      });
      return { items: found.rows.map(present), unread: found.unread, total: found.total };
    },
  );

  app.post(
    '/api/v1/notifications/:id/read',
    {
      schema: {
        tags: TAG,
        summary: 'Đánh dấu một thông báo là đã đọc',
        description: '404 cho thông báo không phải của mình (không tiết lộ thông báo có tồn tại hay không).',
        params: NotificationIdParams,
        response: { 200: NotificationsReadResult, ...problems },
      },
      preHandler: requireActor(),
    },
    async (request) => {
      const actor = actorOf(request);
      const ids = await idsOf(actor);
      return db.transaction(async (tx) => {
        const row = await store.findOwnInApp(tx, request.params.id, ids);
        if (!row) throw new AppError('NOT_FOUND');
        const updated = await store.markRead(tx, ids, now(), row.id);
        if (updated > 0) {
          await recordAudit(tx, actor, originOf(request), {
            action: 'notification.read',
            subject: { type: 'notification', id: row.id },
          });
        }
        return { updated, unread: await store.countUnread(tx, ids) };
      });
    },
  );

  app.post(
    '/api/v1/notifications/read-all',
    {
      schema: {
        tags: TAG,
        summary: 'Đánh dấu mọi thông báo là đã đọc',
        response: { 200: NotificationsReadResult, ...problems },
      },
      preHandler: requireActor(),
    },
    async (request) => {
      const actor = actorOf(request);
      const ids = await idsOf(actor);
      return db.transaction(async (tx) => {
        const updated = await store.markRead(tx, ids, now());
        if (updated > 0) {
          await recordAudit(tx, actor, originOf(request), {
            action: 'notification.read-all',
            subject: { type: 'notification', id: actor.id },
            details: { updated },
          });
        }
        return { updated, unread: 0 };
      });
    },
  );
};
