import type { Actor } from '../../platform/auth/actor.ts';
import type { Db } from '../../platform/db/index.ts';
import { unitNames } from '../org/index.ts';
import { permissionsOf, vnDate } from './identity.policy.ts';
import * as store from './identity.store.ts';

/** Builds the actor of an official on each request; unit names cached a minute. */
export function createOfficialActors(db: Db) {
  /**
   * The official's actor today: roles and permissions of the grants active on the Vietnamese
   * date. With a temporary password (`must_change_password`) no permission applies until the
   * official has chosen their own: only their own account endpoints work.
   */
  async function actorOf(official: store.OfficialRow, at: Date): Promise<Actor> {
    const day = vnDate(at);
    const active = await store.findActiveGrants(db, official.id, day);
    const roles = [...new Set(active.map((g) => g.role))];
    // With a temporary password no grant applies (roles still decide the second factor).
    const effective = official.mustChangePassword ? [] : active;
    const grants = effective.map((g) => ({
      role: g.role,
      orgUnitId: g.orgUnitId,
      scope: g.scope,
      permissions: permissionsOf([g.role]),
    }));
    const unitId = official.orgUnitId ?? active.find((g) => g.orgUnitId)?.orgUnitId ?? undefined;
    const orgUnitName = unitId ? await unitName(unitId, day) : undefined;
    return {
      id: official.id,
      kind: 'official',
      displayName: official.displayName,
      roles,
      ...(unitId ? { unitId } : {}),
      ...(orgUnitName ? { orgUnitName } : {}),
      permissions: permissionsOf(effective.map((g) => g.role)),
      grants,
    };
  }

  /** Unit names for the actor, kept a minute: read on every request, changed by rare restructures. */
  const unitNameCache = new Map<string, { name: string | undefined; until: number }>();
  async function unitName(unitId: string, day: string): Promise<string | undefined> {
    const key = `${unitId}@${day}`;
    const cached = unitNameCache.get(key);
    if (cached && cached.until > Date.now()) return cached.name;
    const name = (await unitNames(db, [unitId], day)).get(unitId);
    if (unitNameCache.size > 10_000) unitNameCache.clear();
    unitNameCache.set(key, { name, until: Date.now() + 60_000 });
    return name;
  }

  return actorOf;
}
