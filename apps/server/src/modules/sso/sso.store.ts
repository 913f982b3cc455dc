import { and, asc, desc, eq, gt, inArray, isNull, lt, lte, or, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/index.ts';
import { officials, roleGrants } from '../identity/index.ts';
import { ssoClients, ssoKeys, ssoPayloads } from './sso.schema.ts';

export type SsoClientRow = typeof ssoClients.$inferSelect;
export type SsoKeyRow = typeof ssoKeys.$inferSelect;

// Clients

export async function findClients(db: Db): Promise<SsoClientRow[]> {
  return db.select().from(ssoClients).orderBy(asc(ssoClients.name), asc(ssoClients.clientId));
}

export async function findClient(db: Db, clientId: string): Promise<SsoClientRow | undefined> {
  const [row] = await db.select().from(ssoClients).where(eq(ssoClients.clientId, clientId));
  return row;
}

/** The client row locked for an update inside the caller's transaction. */
export async function lockClient(db: Db, clientId: string): Promise<SsoClientRow | undefined> {
  const [row] = await db.select().from(ssoClients).where(eq(ssoClients.clientId, clientId)).for('update');
  return row;
}

export async function insertClient(db: Db, row: typeof ssoClients.$inferInsert): Promise<SsoClientRow> {
  const [inserted] = await db.insert(ssoClients).values(row).returning();
  if (!inserted) throw new Error('insert returned no row');
  return inserted;
}

export async function updateClient(
  db: Db,
  clientId: string,
  changes: Partial<typeof ssoClients.$inferInsert>,
): Promise<SsoClientRow> {
  const [updated] = await db
    .update(ssoClients)
    .set(changes)
    .where(eq(ssoClients.clientId, clientId))
    .returning();
  if (!updated) throw new Error('update returned no row');
  return updated;
}

// Signing keys

/** Keys to publish: the active ones first (newest first), then those retired after `retiredAfter`. */
export async function findPublishedKeys(db: Db, retiredAfter: Date): Promise<SsoKeyRow[]> {
  return db
    .select()
    .from(ssoKeys)
    .where(or(isNull(ssoKeys.retiredAt), gt(ssoKeys.retiredAt, retiredAfter)))
    .orderBy(sql`${ssoKeys.retiredAt} is not null`, desc(ssoKeys.createdAt));
}

export async function insertKey(db: Db, row: typeof ssoKeys.$inferInsert): Promise<void> {
  await db.insert(ssoKeys).values(row);
}

/** Serialises the creation of the first signing key across processes (inside a transaction). */
export async function lockKeys(db: Db): Promise<void> {
  await db.execute(sql`select pg_advisory_xact_lock(4250070001)`);
}

// Provider storage (oidc-provider adapter)

export type PayloadRow = { payload: Record<string, unknown>; consumedAt: Date | null };

export async function upsertPayload(db: Db, row: typeof ssoPayloads.$inferInsert): Promise<void> {
  await db
    .insert(ssoPayloads)
    .values(row)
    .onConflictDoUpdate({
      target: [ssoPayloads.model, ssoPayloads.id],
      set: {
        payload: row.payload,
        grantId: row.grantId ?? null,
        userCode: row.userCode ?? null,
        uid: row.uid ?? null,
        expiresAt: row.expiresAt ?? null,
      },
    });
}

const live = (now: Date) => or(isNull(ssoPayloads.expiresAt), gt(ssoPayloads.expiresAt, now));

async function findOne(db: Db, where: ReturnType<typeof and>, now: Date): Promise<PayloadRow | undefined> {
  const [row] = await db
    .select({ payload: ssoPayloads.payload, consumedAt: ssoPayloads.consumedAt })
    .from(ssoPayloads)
    .where(and(where, live(now)))
    .limit(1);
  return row ? { payload: row.payload as Record<string, unknown>, consumedAt: row.consumedAt } : undefined;
}

export function findPayload(db: Db, model: string, id: string, now: Date) {
  return findOne(db, and(eq(ssoPayloads.model, model), eq(ssoPayloads.id, id)), now);
}

export function findPayloadByUid(db: Db, model: string, uid: string, now: Date) {
  return findOne(db, and(eq(ssoPayloads.model, model), eq(ssoPayloads.uid, uid)), now);
}

export function findPayloadByUserCode(db: Db, model: string, userCode: string, now: Date) {
  return findOne(db, and(eq(ssoPayloads.model, model), eq(ssoPayloads.userCode, userCode)), now);
}

export async function consumePayload(db: Db, model: string, id: string, at: Date): Promise<void> {
  await db
    .update(ssoPayloads)
    .set({ consumedAt: at })
    .where(and(eq(ssoPayloads.model, model), eq(ssoPayloads.id, id)));
}

export async function destroyPayload(db: Db, model: string, id: string): Promise<void> {
  await db.delete(ssoPayloads).where(and(eq(ssoPayloads.model, model), eq(ssoPayloads.id, id)));
}

/** The models oidc-provider revokes by grant (never sessions or interactions, which carry a grantId too). */
const GRANTABLE = [
  'AccessToken',
  'AuthorizationCode',
  'RefreshToken',
  'DeviceCode',
  'BackchannelAuthenticationRequest',
  'PreAuthorizedCode',
];

export async function destroyByGrant(db: Db, grantId: string): Promise<void> {
  await db
    .delete(ssoPayloads)
    .where(and(eq(ssoPayloads.grantId, grantId), inArray(ssoPayloads.model, GRANTABLE)));
}

/** Codes, tokens and grants issued to a client (when it is disabled). */
export async function destroyClientPayloads(db: Db, clientId: string): Promise<number> {
  const deleted = await db
    .delete(ssoPayloads)
    .where(
      and(
        inArray(ssoPayloads.model, ['AuthorizationCode', 'AccessToken', 'RefreshToken', 'Grant']),
        sql`${ssoPayloads.payload}->>'clientId' = ${clientId}`,
      ),
    )
    .returning({ id: ssoPayloads.id });
  return deleted.length;
}

export async function deleteExpiredPayloads(db: Db, before: Date): Promise<number> {
  const deleted = await db
    .delete(ssoPayloads)
    .where(lt(ssoPayloads.expiresAt, before))
    .returning({ id: ssoPayloads.id });
  return deleted.length;
}

// Accounts (officials, read through the identity module's tables)

export type AccountRow = {
  id: string;
  username: string;
  displayName: string;
  email: string | null;
  orgUnitId: string | null;
  mustChangePassword: boolean;
  disabledAt: Date | null;
};

export async function findAccount(db: Db, id: string): Promise<AccountRow | undefined> {
  if (!/^[0-9a-f-]{36}$/i.test(id)) return undefined;
  const [row] = await db
    .select({
      id: officials.id,
      username: officials.username,
      displayName: officials.displayName,
      email: officials.email,
      orgUnitId: officials.orgUnitId,
      mustChangePassword: officials.mustChangePassword,
      disabledAt: officials.disabledAt,
    })
    .from(officials)
    .where(eq(officials.id, id));
  return row;
}

/** Roles (and their units) of the grants active on `day` (valid_from ≤ day < valid_to). */
export async function findActiveRoles(
  db: Db,
  officialId: string,
  day: string,
): Promise<{ role: string; orgUnitId: string | null }[]> {
  return db
    .select({ role: roleGrants.role, orgUnitId: roleGrants.orgUnitId })
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
