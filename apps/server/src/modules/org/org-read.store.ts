import type { OrgLevel, OrgRestructureKind } from '@lienthong/contracts';
import { toSearchKey } from '@lienthong/vn';
import { and, asc, count, eq, gt, gte, inArray, isNull, like, lte, or, type SQL, sql } from 'drizzle-orm';
import { type Db, escapeLike } from '../../platform/db/index.ts';
import { orgLineage, orgRestructures, orgUnits, orgUnitVersions } from './org.schema.ts';
import { aliveOn, type RestructureRow, type VersionRow } from './org-write.store.ts';

/** SQL for reading the structure "as of" a day. No rules, no HTTP. */

export type VersionWithChildren = VersionRow & { childCount: number };

/** Children in force on `day` of the outer row (qualified: drizzle leaves single-table columns bare). */
function childCountOn(day: string): SQL<number> {
  return sql<number>`(select count(*)::int from org_unit_versions c
    where c.parent_id = "org_unit_versions"."unit_id"
      and c.valid_from <= ${day} and (c.valid_to is null or c.valid_to > ${day}))`;
}

export type UnitListFilter = {
  asOf: string;
  parentId?: string | undefined;
  level?: OrgLevel | undefined;
  q?: string | undefined;
  limit: number;
  offset: number;
};

/**
 * Units in force on `asOf`: with `q`, a name or code search (within the subtree of `parentId`
 * when given); otherwise the children of `parentId`, the units of `level`, or the roots.
 */
export async function findUnitsPage(
  db: Db,
  filter: UnitListFilter,
): Promise<{ items: VersionWithChildren[]; total: number }> {
  const conditions: SQL[] = [aliveOn(filter.asOf)];
  if (filter.q) {
    const key = toSearchKey(filter.q);
    conditions.push(
      or(like(orgUnitVersions.searchKey, `%${escapeLike(key)}%`), eq(orgUnitVersions.code, filter.q)) as SQL,
    );
    if (filter.parentId) {
      conditions.push(sql`${orgUnitVersions.path} <@ (select p.path from org_unit_versions p
        where p.unit_id = ${filter.parentId} and p.valid_from <= ${filter.asOf}
          and (p.valid_to is null or p.valid_to > ${filter.asOf}))`);
    }
  } else if (filter.parentId) {
    conditions.push(eq(orgUnitVersions.parentId, filter.parentId));
  } else if (!filter.level) {
    conditions.push(isNull(orgUnitVersions.parentId));
  }
  if (filter.level) conditions.push(eq(orgUnitVersions.level, filter.level));
  const where = and(...conditions);
  const items = await db
    .select({ version: orgUnitVersions, childCount: childCountOn(filter.asOf) })
    .from(orgUnitVersions)
    .where(where)
    .orderBy(sql`${orgUnitVersions.level} is not null`, asc(orgUnitVersions.code), asc(orgUnitVersions.name))
    .limit(filter.limit)
    .offset(filter.offset);
  const [total] = await db.select({ n: count() }).from(orgUnitVersions).where(where);
  return {
    items: items.map((row) => ({ ...row.version, childCount: row.childCount })),
    total: total?.n ?? 0,
  };
}

export async function findUnit(db: Db, id: string): Promise<{ id: string; createdAt: Date } | undefined> {
  const [row] = await db.select().from(orgUnits).where(eq(orgUnits.id, id));
  return row;
}

export async function findVersionOn(
  db: Db,
  id: string,
  day: string,
): Promise<VersionWithChildren | undefined> {
  const [row] = await db
    .select({ version: orgUnitVersions, childCount: childCountOn(day) })
    .from(orgUnitVersions)
    .where(and(eq(orgUnitVersions.unitId, id), aliveOn(day)));
  return row ? { ...row.version, childCount: row.childCount } : undefined;
}

/** The ancestors in force on `day` of the unit at `path`, the root first. */
export async function findAncestors(db: Db, path: string, day: string): Promise<VersionRow[]> {
  return db
    .select()
    .from(orgUnitVersions)
    .where(
      and(
        sql`${orgUnitVersions.path} @> ${path}::ltree`,
        sql`${orgUnitVersions.path} <> ${path}::ltree`,
        aliveOn(day),
      ),
    )
    .orderBy(sql`nlevel(${orgUnitVersions.path})`);
}

/**
 * Units in force on `day` strictly below the unit, counted by level (null = bodies), in one round
 * trip; `found` is false when the unit itself is not in force on `day`.
 */
export async function countSubtree(
  db: Db,
  unitId: string,
  day: string,
): Promise<{ found: boolean; counts: { level: OrgLevel | null; n: number }[] }> {
  const result = await db.execute<{ kind: 'root' | 'below'; level: OrgLevel | null; n: number }>(sql`
    with root as (
      select path from org_unit_versions
      where unit_id = ${unitId} and valid_from <= ${day} and (valid_to is null or valid_to > ${day}))
    select 'root' as kind, null as level, count(*)::int as n from root
    union all
    select 'below', v.level, count(*)::int from org_unit_versions v join root
      on v.path <@ root.path and v.path <> root.path
    where v.valid_from <= ${day} and (v.valid_to is null or v.valid_to > ${day})
    group by v.level`);
  const found = result.rows.some((row) => row.kind === 'root' && row.n > 0);
  return { found, counts: result.rows.filter((row) => row.kind === 'below') };
}

export async function findVersions(db: Db, id: string): Promise<VersionRow[]> {
  return db
    .select()
    .from(orgUnitVersions)
    .where(eq(orgUnitVersions.unitId, id))
    .orderBy(asc(orgUnitVersions.validFrom));
}

/**
 * The versions `versionIds` in force on `day` (those a change opened or changed in place), by path;
 * with their children on that day.
 */
export async function findVersionsById(
  db: Db,
  versionIds: readonly string[],
  day: string,
): Promise<VersionWithChildren[]> {
  if (versionIds.length === 0) return [];
  const rows = await db
    .select({ version: orgUnitVersions, childCount: childCountOn(day) })
    .from(orgUnitVersions)
    .where(and(inArray(orgUnitVersions.id, [...versionIds]), aliveOn(day)))
    .orderBy(asc(orgUnitVersions.path));
  return rows.map((row) => ({ ...row.version, childCount: row.childCount }));
}

export type RestructureFilter = {
  from?: string | undefined;
  to?: string | undefined;
  kind?: OrgRestructureKind | undefined;
  unitId?: string | undefined;
  limit: number;
  offset: number;
};

/**
 * Restructures touching the unit: its subject, lineage, the versions they opened, and moves (or
 * merges into a unit they create) that re-parented a subtree holding a version of the unit that
 * started on the effective day: that version was changed in place and keeps its own
 * `restructure_id` (opened by an earlier-recorded change, lower `seq`).
 */
function touching(unitId: string): SQL {
  return sql`(${orgRestructures.unitId} = ${unitId}
    or ${orgRestructures.id} in (select l.restructure_id from org_lineage l
      where l.from_unit_id = ${unitId} or l.to_unit_id = ${unitId})
    or ${orgRestructures.id} in (select v.restructure_id from org_unit_versions v
      where v.unit_id = ${unitId} and v.restructure_id is not null)
    or ${orgRestructures.id} in (select r.id from org_unit_versions v
      join org_restructures r on r.effective_date = v.valid_from and r.unit_id <> v.unit_id
        and r.kind in ('move', 'merge')
      join org_unit_versions s on s.unit_id = r.unit_id and s.valid_from <= r.effective_date
        and (s.valid_to is null or s.valid_to > r.effective_date) and v.path <@ s.path
      left join org_restructures o on o.id = v.restructure_id
      where v.unit_id = ${unitId} and (r.kind = 'move' or s.restructure_id = r.id)
        and (o.seq is null or o.seq < r.seq)))`;
}

/** Restructures by effective date (oldest first), optionally only those touching a unit. */
export async function findRestructures(
  db: Db,
  filter: RestructureFilter,
): Promise<{ items: RestructureRow[]; total: number }> {
  const where = and(
    filter.from ? gte(orgRestructures.effectiveDate, filter.from) : undefined,
    filter.to ? lte(orgRestructures.effectiveDate, filter.to) : undefined,
    filter.kind ? eq(orgRestructures.kind, filter.kind) : undefined,
    filter.unitId ? touching(filter.unitId) : undefined,
  );
  const items = await db
    .select()
    .from(orgRestructures)
    .where(where)
    .orderBy(asc(orgRestructures.effectiveDate), asc(orgRestructures.seq))
    .limit(filter.limit)
    .offset(filter.offset);
  const [total] = await db.select({ n: count() }).from(orgRestructures).where(where);
  return { items, total: total?.n ?? 0 };
}

export async function findRestructure(db: Db, id: string): Promise<RestructureRow | undefined> {
  const [row] = await db.select().from(orgRestructures).where(eq(orgRestructures.id, id));
  return row;
}

export type LineageWithNames = {
  restructureId: string;
  fromUnitId: string;
  fromName: string | null;
  toUnitId: string;
  toName: string | null;
  share: 'full' | 'partial';
};

/**
 * Lineage of the restructures: the old unit's name before the date, the new one's on it; in the
 * order the restructures were recorded, then by names.
 */
export async function findLineage(db: Db, restructureIds: readonly string[]): Promise<LineageWithNames[]> {
  if (restructureIds.length === 0) return [];
  const fromName = sql<string | null>`(select v.name from org_unit_versions v
    where v.unit_id = ${orgLineage.fromUnitId} and v.valid_from < ${orgRestructures.effectiveDate}
    order by v.valid_from desc limit 1)`;
  const toName = sql<string | null>`(select v.name from org_unit_versions v
    where v.unit_id = ${orgLineage.toUnitId} and v.valid_from <= ${orgRestructures.effectiveDate}
    order by v.valid_from desc limit 1)`;
  return db
    .select({
      restructureId: orgLineage.restructureId,
      fromUnitId: orgLineage.fromUnitId,
      fromName,
      toUnitId: orgLineage.toUnitId,
      toName,
      share: orgLineage.share,
    })
    .from(orgLineage)
    .innerJoin(orgRestructures, eq(orgRestructures.id, orgLineage.restructureId))
    .where(inArray(orgLineage.restructureId, [...restructureIds]))
    .orderBy(asc(orgRestructures.seq), asc(fromName), asc(toName));
}

/** Lineage edges of restructures effective in (from, to], in the order they took effect. */
export async function findLineageBetween(
  db: Db,
  from: string,
  to: string,
): Promise<{ restructureId: string; fromUnitId: string; toUnitId: string; share: 'full' | 'partial' }[]> {
  return db
    .select({
      restructureId: orgLineage.restructureId,
      fromUnitId: orgLineage.fromUnitId,
      toUnitId: orgLineage.toUnitId,
      share: orgLineage.share,
    })
    .from(orgLineage)
    .innerJoin(orgRestructures, eq(orgRestructures.id, orgLineage.restructureId))
    .where(and(gt(orgRestructures.effectiveDate, from), lte(orgRestructures.effectiveDate, to)))
    .orderBy(asc(orgRestructures.effectiveDate), asc(orgRestructures.seq), asc(orgLineage.id));
}

export async function findAliveUnitIds(db: Db, ids: readonly string[], day: string): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await db
    .select({ unitId: orgUnitVersions.unitId })
    .from(orgUnitVersions)
    .where(and(inArray(orgUnitVersions.unitId, [...ids]), aliveOn(day)));
  return new Set(rows.map((row) => row.unitId));
}

/** Whether a province-level root with this code exists (the demo seed's marker). */
export async function hasRootWithCode(db: Db, code: string): Promise<boolean> {
  const [row] = await db
    .select({ id: orgUnitVersions.id })
    .from(orgUnitVersions)
    .where(
      and(
        eq(orgUnitVersions.code, code),
        eq(orgUnitVersions.level, 'city'),
        isNull(orgUnitVersions.parentId),
      ),
    )
    .limit(1);
  return row !== undefined;
}
