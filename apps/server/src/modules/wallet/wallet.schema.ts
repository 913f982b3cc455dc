import { date, index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/**
 * The applicant's data wallet (kho dữ liệu cá nhân): results of earlier dossiers and documents
 * they keep, found by personal identification number, reusable in later dossiers (once-only).
 */
export const walletItems = pgTable(
  'wallet_items',
  {
    id: uuid('id').primaryKey(),
    personalId: text('personal_id').notNull(),
    /** e.g. "giay-khai-sinh", "so-ho-khau", "cccd". */
    kind: text('kind').notNull(),
    title: text('title').notNull(),
    fileId: uuid('file_id'),
    /** Structured facts of the item (the result's fields), usable for prefilling. */
    data: jsonb('data').$type<Record<string, unknown>>().notNull().default({}),
    /** Where it came from: a dossier code, an upload by the citizen. */
    source: text('source').notNull(),
    sourceDossierId: uuid('source_dossier_id'),
    issuedAt: timestamp('issued_at', { withTimezone: true }).notNull(),
    validTo: date('valid_to'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index('wallet_items_owner_idx').on(table.personalId, table.kind)],
);
