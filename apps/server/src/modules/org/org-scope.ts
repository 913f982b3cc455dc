import { type SQL, sql } from 'drizzle-orm';
import type { ScopeSql, UnitScope } from '../../platform/auth/scope.ts';
import type { Db } from '../../platform/db/index.ts';
import { todayInVietnam } from './org-units.service.ts';

/** A uuid[] literal for parameters (drizzle would otherwise expand an array into a row). */
function uuidArray(ids: readonly string[]): SQL {
  return sql`${`{${ids.join(',')}}`}::uuid[]`;
}

/**
 * "The unit in `unitColumn` lies within `scope` as of `asOf`", as SQL for a WHERE clause:
 * the units of 'unit' grants themselves, plus every unit whose path (as of that day) lies under
 * the path of a 'subtree' grant's unit (GiST index on `path`). A unit not in force that day is in
 * scope only through a 'unit' grant naming it.
 */
export const scopeSql: ScopeSql = (unitColumn, scope, asOf = todayInVietnam()) => {
  if (scope.kind === 'all') return sql`true`;
  const parts: SQL[] = [];
  if (scope.unitIds.length > 0) parts.push(sql`${unitColumn} = any(${uuidArray(scope.unitIds)})`);
  if (scope.subtreeIds.length > 0) {
    parts.push(sql`${unitColumn} in (
      select v.unit_id from org_unit_versions g
      join org_unit_versions v on v.path <@ g.path
        and v.valid_from <= ${asOf} and (v.valid_to is null or v.valid_to > ${asOf})
      where g.unit_id = any(${uuidArray(scope.subtreeIds)})
        and g.valid_from <= ${asOf} and (g.valid_to is null or g.valid_to > ${asOf}))`);
  }
  if (parts.length === 0) return sql`false`;
  return sql`(${sql.join(parts, sql` or `)})`;
};

/** Whether one unit lies within `scope` as of `asOf` (for single-record checks: 404 outside). */
export async function unitInScope(
  db: Db,
  unitId: string | null,
  scope: UnitScope,
  asOf: string = todayInVietnam(),
): Promise<boolean> {
  if (scope.kind === 'all') return true;
  if (unitId === null) return false;
  const result = await db.execute<{ ok: boolean }>(
    sql`select ${scopeSql(sql`${unitId}::uuid`, scope, asOf)} as ok`,
  );
  return result.rows[0]?.ok === true;
}

/**
 * Whether `scope` covers the whole subtree of `unitId` (a 'subtree' grant there or above): what a
 * granter needs to hand out a 'subtree' grant on that unit.
 */
export async function subtreeInScope(
  db: Db,
  unitId: string,
  scope: UnitScope,
  asOf: string = todayInVietnam(),
): Promise<boolean> {
  if (scope.kind === 'all') return true;
  return unitInScope(db, unitId, { kind: 'units', unitIds: [], subtreeIds: scope.subtreeIds }, asOf);
}

/** Names of units as of a day (for display: the unit an official acts for). */
export async function unitNames(
  db: Db,
  ids: readonly string[],
  asOf: string = todayInVietnam(),
): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const result = await db.execute<{ unit_id: string; name: string }>(sql`
    select unit_id, name from org_unit_versions
    where unit_id = any(${uuidArray(ids)})
      and valid_from <= ${asOf} and (valid_to is null or valid_to > ${asOf})`);
  return new Map(result.rows.map((row) => [row.unit_id, row.name]));
}

/** The unit in force on `asOf` with this exact name (and code, when given), for seeders. */
export async function findUnitIdByName(
  db: Db,
  name: string,
  asOf: string = todayInVietnam(),
): Promise<string | undefined> {
  const result = await db.execute<{ unit_id: string }>(sql`
    select unit_id from org_unit_versions
    where name = ${name} and valid_from <= ${asOf} and (valid_to is null or valid_to > ${asOf})
    order by path limit 1`);
  return result.rows[0]?.unit_id;
}
