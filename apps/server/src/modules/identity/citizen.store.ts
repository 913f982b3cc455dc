import { and, count, desc, eq, isNull, ne, sql } from 'drizzle-orm';
import { auditEntries } from '../../platform/audit/index.ts';
import type { Db } from '../../platform/db/index.ts';
import { citizenSessions, citizens, officials } from './identity.schema.ts';

export type CitizenRow = typeof citizens.$inferSelect;
export type CitizenSessionRow = typeof citizenSessions.$inferSelect;

function first<T>(rows: T[]): T | undefined {
  return rows[0];
}

// Citizens

export async function findCitizen(db: Db, id: string): Promise<CitizenRow | undefined> {
  return first(await db.select().from(citizens).where(eq(citizens.id, id)));
}

export async function findCitizenByPersonalId(db: Db, personalId: string): Promise<CitizenRow | undefined> {
  return first(await db.select().from(citizens).where(eq(citizens.personalId, personalId)));
}

/** The citizen the e-ID knows by (issuer, subject), locked until the end of the transaction. */
export async function lockCitizenByEid(
  db: Db,
  issuer: string,
  subject: string,
): Promise<CitizenRow | undefined> {
  return first(
    await db
      .select()
      .from(citizens)
      .where(and(eq(citizens.eidIssuer, issuer), eq(citizens.eidSubject, subject)))
      .for('update'),
  );
}

export async function lockCitizenByPersonalId(db: Db, personalId: string): Promise<CitizenRow | undefined> {
  return first(await db.select().from(citizens).where(eq(citizens.personalId, personalId)).for('update'));
}

export async function insertCitizen(db: Db, row: typeof citizens.$inferInsert): Promise<CitizenRow> {
  const [inserted] = await db.insert(citizens).values(row).returning();
  if (!inserted) throw new Error('insert returned no row');
  return inserted;
}

export async function updateCitizen(
  db: Db,
  id: string,
  patch: Partial<typeof citizens.$inferInsert>,
): Promise<CitizenRow> {
  const [updated] = await db.update(citizens).set(patch).where(eq(citizens.id, id)).returning();
  if (!updated) throw new Error('update returned no row');
  return updated;
}

// Citizen sessions

export async function insertCitizenSession(db: Db, row: typeof citizenSessions.$inferInsert): Promise<void> {
  await db.insert(citizenSessions).values(row);
}

/** The session of a token with its citizen, in one round trip. */
export async function findCitizenSessionByTokenHash(
  db: Db,
  tokenHash: string,
): Promise<{ session: CitizenSessionRow; citizen: CitizenRow } | undefined> {
  return first(
    await db
      .select({ session: citizenSessions, citizen: citizens })
      .from(citizenSessions)
      .innerJoin(citizens, eq(citizens.id, citizenSessions.citizenId))
      .where(eq(citizenSessions.tokenHash, tokenHash)),
  );
}

export async function touchCitizenSession(db: Db, id: string, at: Date): Promise<void> {
  await db.update(citizenSessions).set({ lastSeenAt: at }).where(eq(citizenSessions.id, id));
}

export async function revokeCitizenSession(db: Db, id: string, at: Date): Promise<boolean> {
  const rows = await db
    .update(citizenSessions)
    .set({ revokedAt: at })
    .where(and(eq(citizenSessions.id, id), isNull(citizenSessions.revokedAt)))
    .returning({ id: citizenSessions.id });
  return rows.length > 0;
}

// Access log: audit entries whose subject is the citizen

export type AccessRow = {
  id: number;
  at: Date;
  actorId: string;
  actorKind: string;
  unitId: string | null;
  action: string;
  purpose: string | null;
  officialName: string | null;
};

/**
 * A page of the audit entries about one citizen, newest first, with the acting official's name;
 * `excludeActorId` leaves out what the citizen did themself.
 */
export async function findCitizenAccess(
  db: Db,
  query: { citizenId: string; excludeActorId: string | undefined; limit: number; offset: number },
): Promise<{ items: AccessRow[]; total: number }> {
  const where = and(
    eq(auditEntries.subjectType, 'citizen'),
    eq(auditEntries.subjectId, query.citizenId),
    query.excludeActorId ? ne(auditEntries.actorId, query.excludeActorId) : undefined,
  );
  const items = await db
    .select({
      id: auditEntries.id,
      at: auditEntries.at,
      actorId: auditEntries.actorId,
      actorKind: auditEntries.actorKind,
      unitId: auditEntries.unitId,
      action: auditEntries.action,
      purpose: auditEntries.purpose,
      officialName: officials.displayName,
    })
    .from(auditEntries)
    .leftJoin(
      officials,
      and(eq(auditEntries.actorKind, 'official'), eq(sql`${officials.id}::text`, auditEntries.actorId)),
    )
    .where(where)
    .orderBy(desc(auditEntries.id))
    .limit(query.limit)
    .offset(query.offset);
  const [total] = await db.select({ n: count() }).from(auditEntries).where(where);
  return { items, total: total?.n ?? 0 };
}
