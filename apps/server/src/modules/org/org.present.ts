import type {
  OrgBlock,
  OrgLevel,
  OrgLineageView,
  OrgRestructureView,
  OrgUnitRef,
  OrgUnitType,
  OrgUnitVersionView,
  OrgUnitView,
} from '@lienthong/contracts';
import type { LineageWithNames, VersionWithChildren } from './org-read.store.ts';
import type { RestructureRow, VersionRow } from './org-write.store.ts';

/** Database rows → API views. */

export function presentUnit(row: VersionWithChildren): OrgUnitView {
  return {
    id: row.unitId,
    name: row.name,
    shortName: row.shortName,
    code: row.code,
    unitType: row.unitType as OrgUnitType,
    level: row.level as OrgLevel | null,
    block: row.block as OrgBlock,
    parentId: row.parentId,
    validFrom: row.validFrom,
    validTo: row.validTo,
    childCount: row.childCount,
  };
}

export function presentRef(row: VersionRow): OrgUnitRef {
  return { id: row.unitId, name: row.name, unitType: row.unitType as OrgUnitType, level: row.level };
}

export function presentVersion(row: VersionRow): OrgUnitVersionView {
  return {
    validFrom: row.validFrom,
    validTo: row.validTo,
    name: row.name,
    shortName: row.shortName,
    code: row.code,
    unitType: row.unitType as OrgUnitType,
    level: row.level,
    block: row.block,
    parentId: row.parentId,
    restructureId: row.restructureId,
  };
}

function presentLineage(row: LineageWithNames): OrgLineageView {
  return {
    fromUnitId: row.fromUnitId,
    fromName: row.fromName,
    toUnitId: row.toUnitId,
    toName: row.toName,
    share: row.share,
  };
}

/** Restructure rows with their lineage (all lineage rows of these restructures, any order). */
export function presentRestructures(
  rows: RestructureRow[],
  lineage: LineageWithNames[],
): OrgRestructureView[] {
  const byRestructure = new Map<string, OrgLineageView[]>();
  for (const edge of lineage) {
    const list = byRestructure.get(edge.restructureId) ?? [];
    list.push(presentLineage(edge));
    byRestructure.set(edge.restructureId, list);
  }
  return rows.map((row) => ({
    id: row.id,
    kind: row.kind,
    effectiveDate: row.effectiveDate,
    legalBasis: row.legalBasis,
    note: row.note,
    unitId: row.unitId,
    createdBy: row.createdBy,
    createdAt: row.createdAt.toISOString(),
    lineage: byRestructure.get(row.id) ?? [],
  }));
}
