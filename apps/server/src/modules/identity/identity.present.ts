import { type GrantView, type OfficialView, ROLES, type Role, type SessionUser } from '@lienthong/contracts';
import type { Actor } from '../../platform/auth/actor.ts';
import { isRole } from './identity.policy.ts';
import type { GrantRow, OfficialRow } from './identity.store.ts';

/** Unit id → name today, for display. */
export type UnitNames = ReadonlyMap<string, string>;

export function presentOfficial(row: OfficialRow, names: UnitNames): OfficialView {
  return {
    id: row.id,
    username: row.username,
    displayName: row.displayName,
    email: row.email,
    orgUnitId: row.orgUnitId,
    orgUnitName: row.orgUnitId ? (names.get(row.orgUnitId) ?? null) : null,
    mustChangePassword: row.mustChangePassword,
    totpEnabled: row.totpEnabled,
    lockedUntil: row.lockedUntil?.toISOString() ?? null,
    disabledAt: row.disabledAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
  };
}

export function presentGrant(row: GrantRow, names: UnitNames): GrantView {
  const role: Role = isRole(row.role) ? row.role : 'specialist';
  return {
    id: row.id,
    role,
    roleLabel: ROLES[role],
    orgUnitId: row.orgUnitId,
    orgUnitName: row.orgUnitId ? (names.get(row.orgUnitId) ?? null) : null,
    scope: row.scope,
    validFrom: row.validFrom,
    validTo: row.validTo,
    grantedBy: row.grantedBy,
    createdAt: row.createdAt.toISOString(),
  };
}

export function presentUser(actor: Actor, mustChangePassword = false): SessionUser {
  return {
    id: actor.id,
    kind: actor.kind,
    displayName: actor.displayName,
    ...(actor.orgUnitName ? { orgUnitName: actor.orgUnitName } : {}),
    roles: [...actor.roles],
    permissions: [...actor.permissions].sort(),
    ...(mustChangePassword ? { mustChangePassword } : {}),
  };
}

/** The official as the actor of their own sign-in events (no permissions yet). */
export function selfActor(official: OfficialRow): Actor {
  return {
    id: official.id,
    kind: 'official',
    displayName: official.displayName,
    roles: [],
    permissions: new Set(),
    grants: [],
  };
}
