import { and, desc, eq, gt, gte, lt, lte, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../db/database.ts';
import { auditEntries } from './audit.schema.ts';

export type AuditRow = typeof auditEntries.$inferSelect;

/** The advisory lock that orders writers of the chain (held until the transaction ends). */
const CHAIN_LOCK = 4_250_030_001;

export async function lockChain(db: Db): Promise<void> {
  await db.execute(sql`select pg_advisory_xact_lock(${CHAIN_LOCK})`);
}

export async function findLastHash(db: Db): Promise<string | undefined> {
  const [row] = await db
    .select({ hash: auditEntries.hash })
    .from(auditEntries)
    .orderBy(desc(auditEntries.id))
    .limit(1);
  return row?.hash;
}

export async function insertEntry(db: Db, row: typeof auditEntries.$inferInsert): Promise<AuditRow> {
  const [inserted] = await db.insert(auditEntries).values(row).returning();
  if (!inserted) throw new Error('insert returned no row');
  return inserted;
}

export type AuditFilter = {
  /** The reader's scope as SQL on `audit_entries.unit_id`. */
  within?: SQL | undefined;
  actorId?: string | undefined;
  action?: string | undefined;
  subjectType?: string | undefined;
  subjectId?: string | undefined;
  from?: Date | undefined;
  to?: Date | undefined;
  before?: number | undefined;
};

export async function findEntries(db: Db, filter: AuditFilter, limit: number): Promise<AuditRow[]> {
  const conditions: SQL[] = [];
  if (filter.within) conditions.push(filter.within);
  if (filter.actorId) conditions.push(eq(auditEntries.actorId, filter.actorId));
  if (filter.action) conditions.push(eq(auditEntries.action, filter.action));
  if (filter.subjectType) conditions.push(eq(auditEntries.subjectType, filter.subjectType));
  if (filter.subjectId) conditions.push(eq(auditEntries.subjectId, filter.subjectId));
  if (filter.from) conditions.push(gte(auditEntries.at, filter.from));
  if (filter.to) conditions.push(lte(auditEntries.at, filter.to));
  if (filter.before) conditions.push(lt(auditEntries.id, filter.before));
  return db
    .select()
    .from(auditEntries)
    .where(conditions.length > 0 ? and(...conditions) : undefined)
    .orderBy(desc(auditEntries.id))
    .limit(limit);
}

/** Entries in chain order, a page at a time (for verification). */
export async function findEntriesAfter(db: Db, afterId: number, limit: number): Promise<AuditRow[]> {
  return db
    .select()
    .from(auditEntries)
    .where(gt(auditEntries.id, afterId))
    .orderBy(auditEntries.id)
    .limit(limit);
}
