import { index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/** A message to a person: shown in the app, and sent by e-mail or SMS when they have an address. */
export const notifications = pgTable(
  'notifications',
  {
    id: uuid('id').primaryKey(),
    /** The actor id of the recipient (official or citizen), or `personal:<id>` before a citizen has signed in. */
    recipientId: text('recipient_id').notNull(),
    channel: text('channel', { enum: ['in_app', 'email', 'sms'] }).notNull(),
    /** E-mail address or phone number for email/sms. */
    address: text('address'),
    subject: text('subject').notNull(),
    body: text('body').notNull(),
    /** Where the app links to, e.g. `/ca-nhan/ho-so/<id>`. */
    link: text('link'),
    status: text('status', { enum: ['pending', 'sent', 'failed', 'read'] }).notNull(),
    attempts: integer('attempts').notNull().default(0),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    sentAt: timestamp('sent_at', { withTimezone: true }),
    readAt: timestamp('read_at', { withTimezone: true }),
  },
  (table) => [
    index('notifications_recipient_idx').on(table.recipientId, table.createdAt),
    index('notifications_pending_idx').on(table.status, table.channel),
  ],
);
