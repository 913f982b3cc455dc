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

export type UnitDetails = {
  id: string;
  name: string;
  code: string | null;
  level: 'city' | 'district' | 'commune' | null;
  unitType: string;
  parentId: string | null;
  parentName: string | null;
};

/** What other modules show or route by: a unit's name, code, level and parent, as of a day. */
export async function unitDetails(
  db: Db,
  ids: readonly string[],
  asOf: string = todayInVietnam(),
): Promise<Map<string, UnitDetails>> {
  if (ids.length === 0) return new Map();
  const result = await db.execute<{
    unit_id: string;
    name: string;
    code: string | null;
    level: UnitDetails['level'];
    unit_type: string;
    parent_id: string | null;
    parent_name: string | null;
  }>(sql`
    select v.unit_id, v.name, v.code, v.level, v.unit_type, v.parent_id, p.name as parent_name
    from org_unit_versions v
    left join org_unit_versions p on p.unit_id = v.parent_id
      and p.valid_from <= ${asOf} and (p.valid_to is null or p.valid_to > ${asOf})
    where v.unit_id = any(${uuidArray(ids)})
      and v.valid_from <= ${asOf} and (v.valid_to is null or v.valid_to > ${asOf})`);
  return new Map(
    result.rows.map((row) => [
      row.unit_id,
      {
        id: row.unit_id,
        name: row.name,
        code: row.code,
        level: row.level,
        unitType: row.unit_type,
        parentId: row.parent_id,
        parentName: row.parent_name,
      },
    ]),
  );
}

/** The commune (in force on `asOf`) whose name appears in an address, for suggesting where to file. */
export async function communeInAddress(
  db: Db,
  address: string,
  asOf: string = todayInVietnam(),
): Promise<string | undefined> {
  const result = await db.execute<{ unit_id: string }>(sql`
    select unit_id from org_unit_versions
    where level = 'commune' and valid_from <= ${asOf} and (valid_to is null or valid_to > ${asOf})
      and position(lower(name) in lower(${address})) > 0
    order by length(name) desc limit 1`);
  return result.rows[0]?.unit_id;
}
