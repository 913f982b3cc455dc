import { and, count, desc, eq, inArray, isNull, lte, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../db/database.ts';
import { notifications } from './notify.schema.ts';

export type NotificationRow = typeof notifications.$inferSelect;
export type NewNotificationRow = typeof notifications.$inferInsert;
export type OutboundChannel = 'email' | 'sms';

export async function insertNotifications(db: Db, rows: NewNotificationRow[]): Promise<void> {
  if (rows.length > 0) await db.insert(notifications).values(rows);
}

function inAppOf(recipientIds: readonly string[], unreadOnly = false): SQL {
  const conditions = [
    inArray(notifications.recipientId, [...recipientIds]),
    eq(notifications.channel, 'in_app'),
  ];
  if (unreadOnly) conditions.push(isNull(notifications.readAt));
  return and(...conditions) as SQL;
}

/** A page of the recipients' in-app notifications, newest first. */
export async function findInApp(
  db: Db,
  recipientIds: readonly string[],
  options: { limit: number; offset: number; unreadOnly: boolean },
): Promise<{ rows: NotificationRow[]; total: number; unread: number }> {
  const rows = await db
    .select()
    .from(notifications)
    .where(inAppOf(recipientIds, options.unreadOnly))
    .orderBy(desc(notifications.createdAt), desc(notifications.id))
    .limit(options.limit)
    .offset(options.offset);
  const [totals] = await db
    .select({
      total: count(),
      unread: sql<number>`count(*) filter (where ${notifications.readAt} is null)`.mapWith(Number),
    })
    .from(notifications)
    .where(inAppOf(recipientIds));
  const total = options.unreadOnly ? (totals?.unread ?? 0) : (totals?.total ?? 0);
  return { rows, total, unread: totals?.unread ?? 0 };
}

export async function countUnread(db: Db, recipientIds: readonly string[]): Promise<number> {
  const [row] = await db.select({ n: count() }).from(notifications).where(inAppOf(recipientIds, true));
  return row?.n ?? 0;
}

/** The recipients' in-app notification (undefined for anyone else's: the filter is in the query). */
export async function findOwnInApp(
  db: Db,
  id: string,
  recipientIds: readonly string[],
): Promise<NotificationRow | undefined> {
  const [row] = await db
    .select()
    .from(notifications)
    .where(and(eq(notifications.id, id), inAppOf(recipientIds)));
  return row;
}

/** Marks unread in-app notifications read; `id` limits it to one. Returns how many changed. */
export async function markRead(
  db: Db,
  recipientIds: readonly string[],
  at: Date,
  id?: string,
): Promise<number> {
  const conditions = [inAppOf(recipientIds, true)];
  if (id) conditions.push(eq(notifications.id, id));
  const changed = await db
    .update(notifications)
    .set({ status: 'read', readAt: at })
    .where(and(...conditions))
    .returning({ id: notifications.id });
  return changed.length;
}

/**
 * Pending e-mail or SMS rows due for an attempt: never tried, or tried `attempts` times and
 * `retryBaseMs · (2^attempts − 1)` after creation (exponential backoff without a column of its own).
 */
export async function findDue(
  db: Db,
  channel: OutboundChannel,
  now: Date,
  retryBaseMs: number,
  limit: number,
): Promise<NotificationRow[]> {
  return db
    .select()
    .from(notifications)
    .where(
      and(
        eq(notifications.status, 'pending'),
        eq(notifications.channel, channel),
        lte(
          sql`${notifications.createdAt} + (${retryBaseMs}::bigint * (power(2, ${notifications.attempts})::bigint - 1)) * interval '1 millisecond'`,
          now,
        ),
      ),
    )
    .orderBy(notifications.createdAt, notifications.id)
    .limit(limit);
}

export async function countPending(db: Db, channel: OutboundChannel): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(notifications)
    .where(and(eq(notifications.status, 'pending'), eq(notifications.channel, channel)));
  return row?.n ?? 0;
}

/**
 * Takes a row for one attempt: only if it is still pending with the attempts seen, so two workers
 * never both send it. Returns false when another worker took it first.
 */
export async function claim(db: Db, row: NotificationRow): Promise<boolean> {
  const taken = await db
    .update(notifications)
    .set({ attempts: row.attempts + 1 })
    .where(
      and(
        eq(notifications.id, row.id),
        eq(notifications.status, 'pending'),
        eq(notifications.attempts, row.attempts),
      ),
    )
    .returning({ id: notifications.id });
  return taken.length === 1;
}

export async function markSent(db: Db, id: string, at: Date): Promise<void> {
  await db.update(notifications).set({ status: 'sent', sentAt: at }).where(eq(notifications.id, id));
}

export async function markFailed(db: Db, id: string): Promise<void> {
  await db.update(notifications).set({ status: 'failed' }).where(eq(notifications.id, id));
}
