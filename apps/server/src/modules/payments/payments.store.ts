import { and, desc, eq, like, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/index.ts';
import { payments } from './payments.schema.ts';

export type PaymentRow = typeof payments.$inferSelect;

/** Serialises payment changes of one dossier (held until the transaction ends). */
export async function lockDossierPayments(db: Db, dossierId: string): Promise<void> {
  await db.execute(sql`select pg_advisory_xact_lock(hashtext(${`payments:${dossierId}`}))`);
}

export async function findPayments(db: Db, dossierId: string): Promise<PaymentRow[]> {
  return db
    .select()
    .from(payments)
    .where(eq(payments.dossierId, dossierId))
    .orderBy(desc(payments.createdAt), desc(payments.id));
}

export async function findPayment(db: Db, id: string): Promise<PaymentRow | undefined> {
  const [row] = await db.select().from(payments).where(eq(payments.id, id));
  return row;
}

/** The payment a provider's callback is about, unlocked (to learn its dossier before locking). */
export async function findPaymentByRef(
  db: Db,
  provider: string,
  providerRef: string,
): Promise<PaymentRow | undefined> {
  const [row] = await db
    .select()
    .from(payments)
    .where(and(eq(payments.provider, provider), eq(payments.providerRef, providerRef)));
  return row;
}

/** The payment a provider's callback is about, locked for the update (repeated callbacks wait). */
export async function lockPaymentByRef(
  db: Db,
  provider: string,
  providerRef: string,
): Promise<PaymentRow | undefined> {
  const [row] = await db
    .select()
    .from(payments)
    .where(and(eq(payments.provider, provider), eq(payments.providerRef, providerRef)))
    .for('update');
  return row;
}

export async function insertPayment(db: Db, row: typeof payments.$inferInsert): Promise<PaymentRow> {
  const [inserted] = await db.insert(payments).values(row).returning();
  if (!inserted) throw new Error('insert returned no row');
  return inserted;
}

export async function updatePayment(
  db: Db,
  id: string,
  values: Partial<Pick<PaymentRow, 'status' | 'paidAt' | 'receiptNo' | 'providerRef' | 'qrPayload'>>,
): Promise<PaymentRow> {
  const [row] = await db.update(payments).set(values).where(eq(payments.id, id)).returning();
  if (!row) throw new Error('update returned no row');
  return row;
}

export async function cancelPending(db: Db, dossierId: string): Promise<string[]> {
  const rows = await db
    .update(payments)
    .set({ status: 'cancelled' })
    .where(and(eq(payments.dossierId, dossierId), eq(payments.status, 'pending')))
    .returning({ id: payments.id });
  return rows.map((row) => row.id);
}

/**
 * The next receipt number of a year, `BL-<yyyy>-<seq>` (6 digits): under a lock per year, so
 * concurrent payments get consecutive numbers without gaps or duplicates (the unique index guards).
 */
export async function nextReceiptNo(db: Db, year: number): Promise<string> {
  await db.execute(sql`select pg_advisory_xact_lock(hashtext(${`payments:receipt:${year}`}))`);
  const prefix = `BL-${year}-`;
  const [row] = await db
    .select({
      last: sql<
        string | number | null
      >`max(substring(${payments.receiptNo} from ${prefix.length + 1}::int)::int)`,
    })
    .from(payments)
    .where(like(payments.receiptNo, `${prefix}%`));
  const next = Number(row?.last ?? 0) + 1;
  return `${prefix}${String(next).padStart(6, '0')}`;
}
