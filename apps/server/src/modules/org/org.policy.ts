import {
  ADMIN_UNIT_TYPE_LEVELS,
  type LineageShare,
  type OrgBlock,
  type OrgLevel,
  type OrgRestructureKind,
  type OrgUnitType,
  type Permission,
  type RestructureInput,
} from '@lienthong/contracts';

/** Rules of the organisation structure as pure functions (no database, no HTTP). */

/** Who may record each kind of change: structure upkeep vs. restructuring under a resolution. */
export function permissionForKind(kind: OrgRestructureKind): Permission {
  return kind === 'create' || kind === 'rename' || kind === 'move' ? 'org.manage' : 'org.restructure';
}

const LEVEL_RANK: Record<OrgLevel, number> = { city: 1, district: 2, commune: 3 };

export type UnitShape = { unitType: OrgUnitType; level: OrgLevel | null; block: OrgBlock };

/** An administrative unit has the level of its type and belongs to the government block; a body has no level. */
export function checkUnitShape(unit: UnitShape): string | null {
  const adminLevel = ADMIN_UNIT_TYPE_LEVELS[unit.unitType];
  if (adminLevel) {
    if (unit.level !== adminLevel) {
      return `Loại đơn vị "${unit.unitType}" là đơn vị hành chính cấp "${adminLevel}", không phải "${unit.level ?? 'không có cấp'}".`;
    }
    if (unit.block !== 'government') return 'Đơn vị hành chính thuộc khối chính quyền (block "government").';
    return null;
  }
  if (unit.level !== null) {
    return `Cơ quan, tổ chức (loại "${unit.unitType}") không mang cấp hành chính: level phải là null.`;
  }
  return null;
}

/**
 * Where a unit may sit: a root is a province-level unit; an administrative unit sits under a
 * higher administrative unit (a commune may sit directly under the city since 2025-07-01);
 * a body sits under any unit.
 */
export function checkPlacement(
  child: { level: OrgLevel | null },
  parent: { level: OrgLevel | null; name: string } | null,
): string | null {
  if (parent === null) {
    return child.level === 'city' ? null : 'Chỉ đơn vị hành chính cấp tỉnh mới không có đơn vị cấp trên.';
  }
  if (child.level === null) return null;
  if (parent.level === null) {
    return `Đơn vị hành chính không thể trực thuộc cơ quan, tổ chức "${parent.name}".`;
  }
  if (LEVEL_RANK[parent.level] >= LEVEL_RANK[child.level]) {
    return `Đơn vị cấp "${child.level}" không thể trực thuộc đơn vị cấp "${parent.level}" ("${parent.name}").`;
  }
  return null;
}

/** The ltree label of a unit: its uuid without dashes. */
export function labelOf(unitId: string): string {
  return unitId.replaceAll('-', '');
}

export function childPath(parentPath: string | null, unitId: string): string {
  return parentPath ? `${parentPath}.${labelOf(unitId)}` : labelOf(unitId);
}

/** Whether the unit with `path` lies in the subtree rooted at `rootPath` (itself included). */
export function isWithin(path: string, rootPath: string): boolean {
  return path === rootPath || path.startsWith(`${rootPath}.`);
}

/** Whether an interval [validFrom, validTo) contains the day. */
export function isAliveOn(version: { validFrom: string; validTo: string | null }, day: string): boolean {
  return version.validFrom <= day && (version.validTo === null || version.validTo > day);
}

/** The calendar day before `day` ('YYYY-MM-DD'). */
export function dayBefore(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() - 1);
  return date.toISOString().slice(0, 10);
}

export type LineageEdge = {
  restructureId: string;
  fromUnitId: string;
  toUnitId: string;
  share: LineageShare;
};
export type ForwardTarget = { unitId: string; share: LineageShare };

/**
 * Follows lineage edges (grouped by restructure, in the order they took effect) from each start
 * unit: a unit with outgoing edges is replaced by their targets; shares multiply (full only when
 * every step was full). `isAlive` filters the final units (a unit dissolved without successor
 * maps to nothing).
 */
export function followLineage(
  startIds: readonly string[],
  edges: readonly LineageEdge[],
  isAlive: (unitId: string) => boolean,
): Map<string, ForwardTarget[]> {
  const groups: LineageEdge[][] = [];
  for (const edge of edges) {
    const last = groups.at(-1);
    if (last && last[0]?.restructureId === edge.restructureId) last.push(edge);
    else groups.push([edge]);
  }
  const result = new Map<string, ForwardTarget[]>();
  for (const start of startIds) {
    let current = new Map<string, LineageShare>([[start, 'full']]);
    for (const group of groups) {
      if (!group.some((edge) => current.has(edge.fromUnitId))) continue;
      const next = new Map<string, LineageShare>();
      const replaced = new Set(group.map((edge) => edge.fromUnitId));
      for (const [unitId, share] of current) if (!replaced.has(unitId)) next.set(unitId, share);
      for (const edge of group) {
        const fromShare = current.get(edge.fromUnitId);
        if (!fromShare) continue;
        const share: LineageShare = fromShare === 'full' && edge.share === 'full' ? 'full' : 'partial';
        const before = next.get(edge.toUnitId);
        next.set(edge.toUnitId, before === 'full' || share === 'full' ? 'full' : 'partial');
      }
      current = next;
    }
    result.set(
      start,
      [...current].filter(([unitId]) => isAlive(unitId)).map(([unitId, share]) => ({ unitId, share })),
    );
  }
  return result;
}

/**
 * The existing units a change touches (and, for new units, their parents): the actor's scope of
 * the change's permission must cover each. `null` stands for "a new root" (platform-wide only).
 */
export function unitsTouched(input: RestructureInput): (string | null)[] {
  const target = (t: { unitId?: string | undefined; newUnit?: { parentId: string | null } | undefined }) =>
    t.unitId ?? t.newUnit?.parentId ?? null;
  switch (input.kind) {
    case 'create':
      return [input.unit.parentId];
    case 'rename':
      return [input.unitId];
    case 'move':
      return [input.unitId, input.parentId];
    case 'merge':
      return [...input.sourceIds, target(input.into)];
    case 'split':
      return [input.sourceId, ...input.targets.map(target)];
    case 'dissolve':
      return [input.unitId, ...input.successors.map((s) => s.unitId)];
  }
}
