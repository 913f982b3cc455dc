import { and, asc, count, desc, eq, ilike, inArray, isNotNull, lt, or, type SQL, sql } from 'drizzle-orm';
import { type Db, escapeLike } from '../../platform/db/index.ts';
import { storedFiles } from '../../platform/files/index.ts';
import { dossierCodeCounters, dossierEvents, dossierParts, dossiers } from './dossiers.schema.ts';

/** SQL only: no HTTP, no authorization (the service passes the scope as SQL). */

export type DossierRow = typeof dossiers.$inferSelect;
export type NewDossierRow = typeof dossiers.$inferInsert;
export type DossierEventRow = typeof dossierEvents.$inferSelect;
export type DossierPartRow = typeof dossierParts.$inferSelect;
export type PartWithFile = DossierPartRow & {
  file: { id: string; sha256: string; size: number; mediaType: string; name: string; createdAt: Date };
};

export async function insertDossier(db: Db, row: NewDossierRow): Promise<DossierRow> {
  const [inserted] = await db.insert(dossiers).values(row).returning();
  if (!inserted) throw new Error('insert dossier returned nothing');
  return inserted;
}

export async function findDossier(db: Db, id: string): Promise<DossierRow | undefined> {
  const [row] = await db.select().from(dossiers).where(eq(dossiers.id, id));
  return row;
}

/** The dossier, locked until the end of the transaction (every change goes through this). */
export async function lockDossier(db: Db, id: string): Promise<DossierRow | undefined> {
  const [row] = await db.select().from(dossiers).where(eq(dossiers.id, id)).for('update');
  return row;
}

export async function findByIdempotencyKey(
  db: Db,
  filedBy: string,
  key: string,
): Promise<DossierRow | undefined> {
  const [row] = await db
    .select()
    .from(dossiers)
    .where(and(eq(dossiers.filedBy, filedBy), eq(dossiers.idempotencyKey, key)));
  return row;
}

export async function findByCode(db: Db, code: string): Promise<DossierRow | undefined> {
  const [row] = await db.select().from(dossiers).where(eq(dossiers.code, code));
  return row;
}

/** Applies a change and bumps the revision; the caller holds the lock. */
export async function updateDossier(
  db: Db,
  id: string,
  patch: Partial<NewDossierRow>,
  at: Date,
): Promise<DossierRow> {
  const [row] = await db
    .update(dossiers)
    .set({ ...patch, updatedAt: at, revision: sql`${dossiers.revision} + 1` })
    .where(eq(dossiers.id, id))
    .returning();
  if (!row) throw new Error('update dossier returned nothing');
  return row;
}

export async function deleteDraft(db: Db, id: string): Promise<void> {
  await db.delete(dossierParts).where(eq(dossierParts.dossierId, id));
  await db.delete(dossierEvents).where(eq(dossierEvents.dossierId, id));
  await db.delete(dossiers).where(and(eq(dossiers.id, id), eq(dossiers.state, 'draft')));
}

export async function appendEvent(
  db: Db,
  event: Omit<typeof dossierEvents.$inferInsert, 'id' | 'seq'>,
): Promise<DossierEventRow> {
  const [row] = await db
    .insert(dossierEvents)
    .values({
      ...event,
      seq: sql`(select coalesce(max(${dossierEvents.seq}), 0) + 1 from ${dossierEvents} where ${dossierEvents.dossierId} = ${event.dossierId})`,
    })
    .returning();
  if (!row) throw new Error('insert event returned nothing');
  return row;
}

export async function listEvents(db: Db, dossierId: string): Promise<DossierEventRow[]> {
  return db
    .select()
    .from(dossierEvents)
    .where(eq(dossierEvents.dossierId, dossierId))
    .orderBy(asc(dossierEvents.seq));
}

/** Replaces the parts with these codes (a supplement replaces the parts it brings). */
export async function replaceParts(
  db: Db,
  dossierId: string,
  parts: Omit<typeof dossierParts.$inferInsert, 'dossierId'>[],
): Promise<void> {
  const codes = [...new Set(parts.map((part) => part.partCode))];
  if (codes.length === 0) return;
  await db
    .delete(dossierParts)
    .where(and(eq(dossierParts.dossierId, dossierId), inArray(dossierParts.partCode, codes)));
  await db.insert(dossierParts).values(parts.map((part) => ({ ...part, dossierId })));
}

export async function listParts(db: Db, dossierId: string): Promise<PartWithFile[]> {
  const rows = await db
    .select({ part: dossierParts, file: storedFiles })
    .from(dossierParts)
    .innerJoin(storedFiles, eq(storedFiles.id, dossierParts.fileId))
    .where(eq(dossierParts.dossierId, dossierId))
    .orderBy(asc(dossierParts.createdAt));
  return rows.map(({ part, file }) => ({
    ...part,
    file: {
      id: file.id,
      sha256: file.sha256,
      size: file.size,
      mediaType: file.mediaType,
      name: file.name,
      createdAt: file.createdAt,
    },
  }));
}

/** Stored files by id with their creator (a dossier may only use files its filer uploaded). */
export async function findFiles(
  db: Db,
  ids: readonly string[],
): Promise<{ id: string; createdBy: string; mediaType: string; name: string; size: number }[]> {
  if (ids.length === 0) return [];
  return db
    .select({
      id: storedFiles.id,
      createdBy: storedFiles.createdBy,
      mediaType: storedFiles.mediaType,
      name: storedFiles.name,
      size: storedFiles.size,
    })
    .from(storedFiles)
    .where(inArray(storedFiles.id, [...ids]));
}

/**
 * The next number of an agency's day, in the caller's transaction: the row lock serialises
 * concurrent receipts and a rolled-back receipt gives its number back (no gaps, no duplicates).
 */
export async function allocateCodeNumber(db: Db, agencyCode: string, day: string): Promise<number> {
  const [row] = await db
    .insert(dossierCodeCounters)
    .values({ agencyCode, day, lastValue: 1 })
    .onConflictDoUpdate({
      target: [dossierCodeCounters.agencyCode, dossierCodeCounters.day],
      set: { lastValue: sql`${dossierCodeCounters.lastValue} + 1` },
    })
    .returning({ value: dossierCodeCounters.lastValue });
  if (!row) throw new Error('code counter returned nothing');
  return row.value;
}

export type QueueFilter = {
  /** The caller's scope as SQL (over competent and filing units). */
  within: SQL;
  queueCondition: SQL | undefined;
  unitId?: string;
  procedureId?: string;
  state?: string;
  q?: string;
  receivedFrom?: Date;
  receivedTo?: Date;
};

function filterWhere(filter: QueueFilter, withQueue: boolean): SQL | undefined {
  // Accent-insensitive (the caller folds `q` with toSearchKey; unaccent folds the stored name).
  const pattern = filter.q ? `%${escapeLike(filter.q)}%` : undefined;
  return and(
    filter.within,
    sql`${dossiers.state} <> 'draft'`,
    withQueue ? filter.queueCondition : undefined,
    filter.unitId ? eq(dossiers.competentUnitId, filter.unitId) : undefined,
    filter.procedureId ? eq(dossiers.procedureId, filter.procedureId) : undefined,
    filter.state ? eq(dossiers.state, filter.state) : undefined,
    pattern
      ? or(
          ilike(dossiers.code, pattern),
          sql`lower(unaccent(${dossiers.applicant}->>'fullName')) like ${pattern}`,
        )
      : undefined,
    filter.receivedFrom ? sql`${dossiers.receivedAt} >= ${filter.receivedFrom.toISOString()}` : undefined,
    filter.receivedTo ? lt(dossiers.receivedAt, filter.receivedTo) : undefined,
  );
}

export async function listQueue(
  db: Db,
  filter: QueueFilter,
  page: { limit: number; offset: number },
): Promise<{ items: DossierRow[]; total: number }> {
  const where = filterWhere(filter, true);
  const items = await db
    .select()
    .from(dossiers)
    .where(where)
    .orderBy(sql`${dossiers.dueAt} asc nulls last`, desc(dossiers.submittedAt))
    .limit(page.limit)
    .offset(page.offset);
  const [total] = await db.select({ n: count() }).from(dossiers).where(where);
  return { items, total: total?.n ?? 0 };
}

/** Counts per queue for the same filters, in one scan: `conditions` maps a queue to its SQL. */
export async function countQueues(
  db: Db,
  filter: QueueFilter,
  conditions: Record<string, SQL>,
): Promise<Record<string, number>> {
  const entries = Object.entries(conditions);
  const columns = Object.fromEntries(
    entries.map(([name, condition]) => [
      name,
      sql<number>`count(*) filter (where ${condition})`.mapWith(Number),
    ]),
  );
  const [row] = await db.select(columns).from(dossiers).where(filterWhere(filter, false));
  return Object.fromEntries(entries.map(([name]) => [name, Number(row?.[name] ?? 0)]));
}

/** Dossiers of an applicant (their own and those filed for them at a desk), drafts only their filer's. */
export async function listForApplicant(
  db: Db,
  who: { personalId: string; actorId: string },
  page: { limit: number; offset: number },
): Promise<{ items: DossierRow[]; total: number }> {
  const where = and(
    eq(dossiers.applicantPersonalId, who.personalId),
    or(sql`${dossiers.state} <> 'draft'`, eq(dossiers.filedBy, who.actorId)),
  );
  const items = await db
    .select()
    .from(dossiers)
    .where(where)
    .orderBy(desc(dossiers.createdAt))
    .limit(page.limit)
    .offset(page.offset);
  const [total] = await db.select({ n: count() }).from(dossiers).where(where);
  return { items, total: total?.n ?? 0 };
}

/** Dossiers received by a unit in [from, to) for the register (form 07). */
export async function listReceived(db: Db, unitId: string, from: Date, to: Date): Promise<DossierRow[]> {
  return db
    .select()
    .from(dossiers)
    .where(
      and(
        eq(dossiers.competentUnitId, unitId),
        isNotNull(dossiers.receivedAt),
        sql`${dossiers.receivedAt} >= ${from.toISOString()}`,
        lt(dossiers.receivedAt, to),
      ),
    )
    .orderBy(asc(dossiers.receivedAt))
    .limit(10_000);
}

export const columns = dossiers;
