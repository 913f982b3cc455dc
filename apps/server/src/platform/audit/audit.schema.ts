import { bigint, index, jsonb, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

/**
 * The audit log: append-only (UPDATE, DELETE and TRUNCATE are refused by triggers, see
 * migration `audit_append_only`) and hash-chained: each entry carries the hash of the one
 * before it, so any change to a past entry breaks every later link.
 */
export const auditEntries = pgTable(
  'audit_entries',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    at: timestamp('at', { withTimezone: true, precision: 3 }).notNull(),
    actorId: text('actor_id').notNull(),
    actorKind: text('actor_kind').notNull(),
    /** The unit the actor acted for, when there is one. */
    unitId: text('unit_id'),
    action: text('action').notNull(),
    subjectType: text('subject_type').notNull(),
    subjectId: text('subject_id').notNull(),
    /** Why personal data was read (a purpose code), required for reads of personal data. */
    purpose: text('purpose'),
    /** Where from: client address and request id. */
    ip: text('ip'),
    requestId: text('request_id'),
    details: jsonb('details').$type<Record<string, unknown>>().notNull(),
    prevHash: text('prev_hash').notNull(),
    hash: text('hash').notNull(),
  },
  (table) => [
    index('audit_entries_subject_idx').on(table.subjectType, table.subjectId, table.id),
    index('audit_entries_actor_idx').on(table.actorId, table.id),
    index('audit_entries_at_idx').on(table.at),
  ],
);
