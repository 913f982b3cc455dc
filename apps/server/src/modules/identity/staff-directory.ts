import { type Permission, ROLE_PERMISSIONS, type Role } from '@lienthong/contracts';
import { and, asc, eq, gt, inArray, isNull, lte, or } from 'drizzle-orm';
import type { Db } from '../../platform/db/index.ts';
import { citizens, officials, roleGrants } from './identity.schema.ts';

/**
 * What other modules may ask identity about people, without reading its tables: officials who
 * hold a permission at a unit (to hand a dossier on), an official's name and e-mail (to notify),
 * and a citizen's record by id or personal ID (the caller audits the read with its purpose).
 */

export type StaffMember = { id: string; displayName: string; email: string | null; roles: Role[] };

const rolesWith = (permission: Permission): Role[] =>
  (Object.keys(ROLE_PERMISSIONS) as Role[]).filter((role) => ROLE_PERMISSIONS[role].includes(permission));

/** Active officials with a grant at `unitId` itself (scope unit or subtree) whose role carries the permission. */
export async function officialsHolding(
  db: Db,
  unitId: string,
  permission: Permission,
  day: string,
): Promise<StaffMember[]> {
  const roles = rolesWith(permission);
  if (roles.length === 0) return [];
  const rows = await db
    .select({
      id: officials.id,
      displayName: officials.displayName,
      email: officials.email,
      role: roleGrants.role,
    })
    .from(roleGrants)
    .innerJoin(officials, eq(officials.id, roleGrants.officialId))
    .where(
      and(
        eq(roleGrants.orgUnitId, unitId),
        inArray(roleGrants.role, roles),
        lte(roleGrants.validFrom, day),
        or(isNull(roleGrants.validTo), gt(roleGrants.validTo, day)),
        isNull(officials.disabledAt),
      ),
    )
    .orderBy(asc(officials.displayName));
  const byId = new Map<string, StaffMember>();
  for (const row of rows) {
    const member = byId.get(row.id) ?? {
      id: row.id,
      displayName: row.displayName,
      email: row.email,
      roles: [],
    };
    member.roles.push(row.role as Role);
    byId.set(row.id, member);
  }
  return [...byId.values()];
}

/** Names and e-mail addresses of officials, by id (for notifications and history). */
export async function officialContacts(
  db: Db,
  ids: readonly string[],
): Promise<Map<string, { displayName: string; email: string | null }>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .select({ id: officials.id, displayName: officials.displayName, email: officials.email })
    .from(officials)
    .where(inArray(officials.id, [...ids]));
  return new Map(rows.map((row) => [row.id, { displayName: row.displayName, email: row.email }]));
}

export type CitizenRecord = typeof citizens.$inferSelect;

/** A citizen's identity record (not audited here: the caller records the read with its purpose). */
export async function citizenRecord(
  db: Db,
  by: { id: string } | { personalId: string },
): Promise<CitizenRecord | undefined> {
  const where = 'id' in by ? eq(citizens.id, by.id) : eq(citizens.personalId, by.personalId);
  const [row] = await db.select().from(citizens).where(where);
  return row;
}
