import type { Permission } from '@lienthong/contracts';
import type { SQL } from 'drizzle-orm';
import type { Actor, ActorGrant } from './actor.ts';

export type { ActorGrant };

/**
 * Where an actor may use a permission: everywhere, or in some units and some subtrees.
 * Lists filter by it in SQL (`ScopeSql`), single records are answered 404 outside it.
 */
export type UnitScope =
  | { kind: 'all' }
  | { kind: 'units'; unitIds: readonly string[]; subtreeIds: readonly string[] };

/** The scope of `permission` for `actor`: the union of the grants that carry it. */
export function unitScope(actor: Actor, permission: Permission): UnitScope {
  const unitIds = new Set<string>();
  const subtreeIds = new Set<string>();
  for (const grant of actor.grants) {
    if (!grant.permissions.has(permission)) continue;
    if (grant.orgUnitId === null) return { kind: 'all' };
    (grant.scope === 'subtree' ? subtreeIds : unitIds).add(grant.orgUnitId);
  }
  return { kind: 'units', unitIds: [...unitIds], subtreeIds: [...subtreeIds] };
}

/**
 * Builds the SQL condition "the unit in `unitColumn` lies within `scope`" as of a day. The org
 * module provides it (it owns the structure); the platform and other modules receive it.
 */
export type ScopeSql = (unitColumn: SQL, scope: UnitScope, asOf?: string) => SQL;
