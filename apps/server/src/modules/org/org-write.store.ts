import { and, eq, gt, inArray, isNull, lte, or, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/index.ts';
import { orgLineage, orgRestructures, orgUnits, orgUnitVersions } from './org.schema.ts';

/** SQL for the structure's writes: versions, restructures, lineage. No rules, no HTTP. */

export type VersionRow = typeof orgUnitVersions.$inferSelect;
export type NewVersionRow = typeof orgUnitVersions.$inferInsert;
export type RestructureRow = typeof orgRestructures.$inferSelect;
export type LineageRow = typeof orgLineage.$inferSelect;

/** Rows per INSERT statement (15 columns each, well under PostgreSQL's 65,535 parameters). */
const BATCH = 1000;

/** An arbitrary constant: the advisory lock that serialises changes of the structure. */
const STRUCTURE_LOCK = 4_250_030_001;

/** The version is in force on `day`: valid_from ≤ day < valid_to (or open). */
export function aliveOn(day: string): SQL {
  return and(
    lte(orgUnitVersions.validFrom, day),
    or(isNull(orgUnitVersions.validTo), gt(orgUnitVersions.validTo, day)),
  ) as SQL;
}

/** Serialises all changes of the structure inside the caller's transaction (paths span units). */
export async function lockStructure(db: Db): Promise<void> {
  await db.execute(sql`select pg_advisory_xact_lock(${STRUCTURE_LOCK})`);
}

export async function findExistingUnitIds(db: Db, ids: readonly string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await db
    .select({ id: orgUnits.id })
    .from(orgUnits)
    .where(inArray(orgUnits.id, [...ids]));
  return new Set(rows.map((row) => row.id));
}

export async function findVersionsAliveOn(
  db: Db,
  ids: readonly string[],
  day: string,
): Promise<VersionRow[]> {
  if (ids.length === 0) return [];
  return db
    .select()
    .from(orgUnitVersions)
    .where(and(inArray(orgUnitVersions.unitId, [...ids]), aliveOn(day)));
}

/**
 * The earliest version starting after `day` among the units `ids` and the subtrees under
 * `paths`, if any.
 */
export async function findLaterVersion(
  db: Db,
  ids: readonly string[],
  paths: readonly string[],
  day: string,
): Promise<{ unitId: string; name: string; validFrom: string } | undefined> {
  if (ids.length === 0 && paths.length === 0) return undefined;
  const scope = or(
    ids.length > 0 ? inArray(orgUnitVersions.unitId, [...ids]) : undefined,
    paths.length > 0
      ? sql`${orgUnitVersions.path} <@ array[${sql.join(
          paths.map((path) => sql`${path}::ltree`),
          sql`, `,
        )}]`
      : undefined,
  );
  const [row] = await db
    .select({
      unitId: orgUnitVersions.unitId,
      name: orgUnitVersions.name,
      validFrom: orgUnitVersions.validFrom,
    })
    .from(orgUnitVersions)
    .where(and(scope, gt(orgUnitVersions.validFrom, day)))
    .orderBy(orgUnitVersions.validFrom)
    .limit(1);
  return row;
}

/** Direct children of the units, in force on `day`. */
export async function findAliveChildren(
  db: Db,
  parentIds: readonly string[],
  day: string,
): Promise<VersionRow[]> {
  if (parentIds.length === 0) return [];
  return db
    .select()
    .from(orgUnitVersions)
    .where(and(inArray(orgUnitVersions.parentId, [...parentIds]), aliveOn(day)));
}

/** Versions in force on `day` strictly below `path`. */
export async function findAliveDescendants(db: Db, path: string, day: string): Promise<VersionRow[]> {
  return db
    .select()
    .from(orgUnitVersions)
    .where(
      and(
        sql`${orgUnitVersions.path} <@ ${path}::ltree`,
        sql`nlevel(${orgUnitVersions.path}) > nlevel(${path}::ltree)`,
        aliveOn(day),
      ),
    );
}

/** A direct child of the unit in force on `day` or later, if any. */
export async function findChildOnOrAfter(
  db: Db,
  parentId: string,
  day: string,
): Promise<{ unitId: string; name: string } | undefined> {
  const [row] = await db
    .select({ unitId: orgUnitVersions.unitId, name: orgUnitVersions.name })
    .from(orgUnitVersions)
    .where(
      and(
        eq(orgUnitVersions.parentId, parentId),
        or(isNull(orgUnitVersions.validTo), gt(orgUnitVersions.validTo, day)),
      ),
    )
    .limit(1);
  return row;
}

/**
 * The province of each unit on `day`: its nearest ancestor-or-self of level city (as an ltree
 * label), or the root of its path when there is none.
 */
export async function findProvinces(
  db: Db,
  ids: readonly string[],
  day: string,
): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const result = await db.execute<{ unit_id: string; province: string }>(sql`
    select v.unit_id, coalesce(
      (select replace(a.unit_id::text, '-', '') from org_unit_versions a
        where a.path @> v.path and a.level = 'city'
          and a.valid_from <= ${day} and (a.valid_to is null or a.valid_to > ${day})
        order by nlevel(a.path) desc limit 1),
      ltree2text(subpath(v.path, 0, 1))) as province
    from org_unit_versions v
    where v.unit_id in (${sql.join(
      ids.map((id) => sql`${id}::uuid`),
      sql`, `,
    )})
      and v.valid_from <= ${day} and (v.valid_to is null or v.valid_to > ${day})`);
  return new Map(result.rows.map((row) => [row.unit_id, row.province]));
}

/** The first unit among `ids` two of whose versions overlap, if any. */
export async function findOverlap(db: Db, ids: readonly string[]): Promise<{ unitId: string } | undefined> {
  if (ids.length === 0) return undefined;
  const result = await db.execute<{ unit_id: string }>(sql`
    select unit_id from (
      select unit_id, valid_from,
        lag(coalesce(valid_to, 'infinity'::date)) over (partition by unit_id order by valid_from) as previous_to
      from org_unit_versions
      where unit_id in (${sql.join(
        ids.map((id) => sql`${id}::uuid`),
        sql`, `,
      )})
    ) s
    where previous_to > valid_from
    limit 1`);
  const row = result.rows[0];
  return row ? { unitId: row.unit_id } : undefined;
}

export async function insertUnits(db: Db, ids: readonly string[]): Promise<void> {
  for (let i = 0; i < ids.length; i += BATCH) {
    await db.insert(orgUnits).values(ids.slice(i, i + BATCH).map((id) => ({ id })));
  }
}

export async function insertVersions(db: Db, rows: readonly NewVersionRow[]): Promise<void> {
  for (let i = 0; i < rows.length; i += BATCH) {
    await db.insert(orgUnitVersions).values(rows.slice(i, i + BATCH));
  }
}

/** Ends the versions on `day` (exclusive). */
export async function closeVersions(db: Db, versionIds: readonly string[], day: string): Promise<void> {
  if (versionIds.length === 0) return;
  await db
    .update(orgUnitVersions)
    .set({ validTo: day })
    .where(inArray(orgUnitVersions.id, [...versionIds]));
}

export async function updateVersion(
  db: Db,
  versionId: string,
  patch: Partial<Omit<NewVersionRow, 'id' | 'unitId'>>,
): Promise<void> {
  await db.update(orgUnitVersions).set(patch).where(eq(orgUnitVersions.id, versionId));
}

export async function insertRestructure(db: Db, row: typeof orgRestructures.$inferInsert): Promise<void> {
  await db.insert(orgRestructures).values(row);
}

export async function insertLineage(
  db: Db,
  rows: readonly (typeof orgLineage.$inferInsert)[],
): Promise<void> {
  for (let i = 0; i < rows.length; i += BATCH) {
    await db.insert(orgLineage).values(rows.slice(i, i + BATCH));
  }
}
