import { and, asc, count, desc, eq, gt, ilike, isNull, lte, or, type SQL, sql } from 'drizzle-orm';
import { type Db, escapeLike } from '../../platform/db/index.ts';
import { apiTokens, officials, roleGrants, sessions } from './identity.schema.ts';

export type OfficialRow = typeof officials.$inferSelect;
export type SessionRow = typeof sessions.$inferSelect;
export type ApiTokenRow = typeof apiTokens.$inferSelect;
export type GrantRow = typeof roleGrants.$inferSelect;

function first<T>(rows: T[]): T | undefined {
  return rows[0];
}

// Officials

export async function findOfficialByUsername(db: Db, username: string): Promise<OfficialRow | undefined> {
  return first(await db.select().from(officials).where(eq(officials.username, username)));
}

export async function findOfficial(db: Db, id: string): Promise<OfficialRow | undefined> {
  return first(await db.select().from(officials).where(eq(officials.id, id)));
}

/** Reads the official and locks the row until the end of the transaction. */
export async function lockOfficial(db: Db, id: string): Promise<OfficialRow | undefined> {
  return first(await db.select().from(officials).where(eq(officials.id, id)).for('update'));
}

export async function insertOfficial(
  db: Db,
  row: typeof officials.$inferInsert,
): Promise<OfficialRow | undefined> {
  return first(await db.insert(officials).values(row).onConflictDoNothing().returning());
}

export async function updateOfficial(
  db: Db,
  id: string,
  patch: Partial<typeof officials.$inferInsert>,
): Promise<void> {
  await db.update(officials).set(patch).where(eq(officials.id, id));
}

/**
 * A page of officials: `within` is the caller's scope as SQL on `officials.org_unit_id` (see the
 * org module's scopeSql), so that nothing outside it is ever read.
 */
export async function findOfficials(
  db: Db,
  query: { q: string | undefined; within: SQL; limit: number; offset: number },
): Promise<{ items: OfficialRow[]; total: number }> {
  const pattern = query.q ? `%${escapeLike(query.q)}%` : undefined;
  const where = and(
    query.within,
    pattern ? or(ilike(officials.username, pattern), ilike(officials.displayName, pattern)) : undefined,
  );
  const items = await db
    .select()
    .from(officials)
    .where(where)
    .orderBy(asc(officials.username))
    .limit(query.limit)
    .offset(query.offset);
  const [total] = await db.select({ n: count() }).from(officials).where(where);
  return { items, total: total?.n ?? 0 };
}

// Role grants

/** Grants active on `day` (valid_from ≤ day < valid_to), oldest first. */
export async function findActiveGrants(db: Db, officialId: string, day: string): Promise<GrantRow[]> {
  return db
    .select()
    .from(roleGrants)
    .where(
      and(
        eq(roleGrants.officialId, officialId),
        lte(roleGrants.validFrom, day),
        or(isNull(roleGrants.validTo), gt(roleGrants.validTo, day)),
      ),
    )
    .orderBy(asc(roleGrants.createdAt), asc(roleGrants.id));
}

export async function findGrants(db: Db, officialId: string): Promise<GrantRow[]> {
  return db
    .select()
    .from(roleGrants)
    .where(eq(roleGrants.officialId, officialId))
    .orderBy(asc(roleGrants.validFrom), asc(roleGrants.createdAt));
}

export async function insertGrant(db: Db, row: typeof roleGrants.$inferInsert): Promise<GrantRow> {
  const [inserted] = await db.insert(roleGrants).values(row).returning();
  if (!inserted) throw new Error('insert returned no row');
  return inserted;
}

export async function setGrantValidTo(db: Db, id: string, validTo: string): Promise<void> {
  await db.update(roleGrants).set({ validTo }).where(eq(roleGrants.id, id));
}

// Sessions

export async function insertSession(db: Db, row: typeof sessions.$inferInsert): Promise<void> {
  await db.insert(sessions).values(row);
}

/** The session of a token with its official, in one round trip. */
export async function findSessionByTokenHash(
  db: Db,
  tokenHash: string,
): Promise<{ session: SessionRow; official: OfficialRow } | undefined> {
  return first(
    await db
      .select({ session: sessions, official: officials })
      .from(sessions)
      .innerJoin(officials, eq(officials.id, sessions.officialId))
      .where(eq(sessions.tokenHash, tokenHash)),
  );
}

export async function updateSession(
  db: Db,
  id: string,
  patch: Partial<typeof sessions.$inferInsert>,
): Promise<void> {
  await db.update(sessions).set(patch).where(eq(sessions.id, id));
}

/** Sessions not revoked and not past their absolute expiry (idle expiry is checked by the caller). */
export async function findOpenSessions(db: Db, officialId: string, now: Date): Promise<SessionRow[]> {
  return db
    .select()
    .from(sessions)
    .where(
      and(
        eq(sessions.officialId, officialId),
        isNull(sessions.revokedAt),
        gt(sessions.expiresAt, now),
        eq(sessions.pendingSecondFactor, false),
      ),
    )
    .orderBy(desc(sessions.lastSeenAt));
}

/** Revokes one session of the official; false when there is no such open session. */
export async function revokeSession(db: Db, officialId: string, id: string, now: Date): Promise<boolean> {
  const rows = await db
    .update(sessions)
    .set({ revokedAt: now })
    .where(and(eq(sessions.id, id), eq(sessions.officialId, officialId), isNull(sessions.revokedAt)))
    .returning({ id: sessions.id });
  return rows.length > 0;
}

export async function revokeAllSessions(db: Db, officialId: string, now: Date): Promise<number> {
  const rows = await db
    .update(sessions)
    .set({ revokedAt: now })
    .where(and(eq(sessions.officialId, officialId), isNull(sessions.revokedAt)))
    .returning({ id: sessions.id });
  return rows.length;
}

// API tokens

export async function insertApiToken(db: Db, row: typeof apiTokens.$inferInsert): Promise<ApiTokenRow> {
  const [inserted] = await db.insert(apiTokens).values(row).returning();
  if (!inserted) throw new Error('insert returned no row');
  return inserted;
}

/** An API token with its official, in one round trip. */
export async function findApiTokenByHash(
  db: Db,
  tokenHash: string,
): Promise<{ token: ApiTokenRow; official: OfficialRow } | undefined> {
  return first(
    await db
      .select({ token: apiTokens, official: officials })
      .from(apiTokens)
      .innerJoin(officials, eq(officials.id, apiTokens.officialId))
      .where(eq(apiTokens.tokenHash, tokenHash)),
  );
}

export async function findOpenApiTokens(db: Db, officialId: string, now: Date): Promise<ApiTokenRow[]> {
  return db
    .select()
    .from(apiTokens)
    .where(
      and(
        eq(apiTokens.officialId, officialId),
        isNull(apiTokens.revokedAt),
        or(isNull(apiTokens.expiresAt), gt(apiTokens.expiresAt, now)),
      ),
    )
    .orderBy(desc(apiTokens.createdAt));
}

export async function touchApiToken(db: Db, id: string, now: Date): Promise<void> {
  await db.update(apiTokens).set({ lastUsedAt: now }).where(eq(apiTokens.id, id));
}

export async function revokeApiToken(db: Db, officialId: string, id: string, now: Date): Promise<boolean> {
  const rows = await db
    .update(apiTokens)
    .set({ revokedAt: now })
    .where(and(eq(apiTokens.id, id), eq(apiTokens.officialId, officialId), isNull(apiTokens.revokedAt)))
    .returning({ id: apiTokens.id });
  return rows.length > 0;
}

export async function revokeAllApiTokens(db: Db, officialId: string, now: Date): Promise<number> {
  const rows = await db
    .update(apiTokens)
    .set({ revokedAt: now })
    .where(and(eq(apiTokens.officialId, officialId), isNull(apiTokens.revokedAt)))
    .returning({ id: apiTokens.id });
  return rows.length;
}

/** For tests and the demo seeder: whether any official exists. */
export async function countOfficials(db: Db): Promise<number> {
  const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(officials);
  return row?.n ?? 0;
}
