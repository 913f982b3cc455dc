import { bigint, index, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';

/** A payment of a dossier's fees through a payment provider (or recorded at the desk). */
export const payments = pgTable(
  'payments',
  {
    id: uuid('id').primaryKey(),
    dossierId: uuid('dossier_id').notNull(),
    /** Amount in đồng. */
    amount: bigint('amount', { mode: 'number' }).notNull(),
    status: text('status', { enum: ['pending', 'paid', 'failed', 'cancelled'] }).notNull(),
    /** 'simulator', a real provider's name, or 'desk' (cash or card at the one-stop desk). */
    provider: text('provider').notNull(),
    providerRef: text('provider_ref'),
    /** The VietQR (EMVCo) payload shown to the payer. */
    qrPayload: text('qr_payload'),
    receiptNo: text('receipt_no'),
    createdBy: text('created_by').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    paidAt: timestamp('paid_at', { withTimezone: true }),
  },
  (table) => [
    index('payments_dossier_idx').on(table.dossierId),
    uniqueIndex('payments_provider_ref_key').on(table.provider, table.providerRef),
    uniqueIndex('payments_receipt_no_key').on(table.receiptNo),
  ],
);
