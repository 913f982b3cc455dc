import type { LineageShare, NewOrgUnitInput, RestructureInput } from '@lienthong/contracts';
import { toSearchKey } from '@lienthong/vn';
import type { Db } from '../../platform/db/index.ts';
import { AppError } from '../../platform/http/app-error.ts';
import { newId } from '../../platform/ids.ts';
import { checkPlacement, checkUnitShape, childPath } from './org.policy.ts';
import type { NewVersionRow, VersionRow } from './org-write.store.ts';
import * as store from './org-write.store.ts';

/**
 * The steps the changes of the structure are made of: loading units in force on the day (404 /
 * 409), checks that refuse a change before writing, and the writes (versions closed and opened,
 * restructure rows, lineage). Every step runs inside the caller's transaction.
 */

export type Ctx = {
  tx: Db;
  actorId: string;
  day: string;
  restructureId: string;
  touched: Set<string>;
  created: string[];
  /**
   * The versions this change opened or changed in place (a version starting on the day keeps the
   * `restructure_id` of the change that opened it): what the result lists.
   */
  changedVersionIds: string[];
};

export type PlannedUnit = { id: string; unit: NewOrgUnitInput; parentPath: string | null };
export type ParentRef = { unitId: string; path: string };

export function vnDate(day: string): string {
  const [year, month, date] = day.split('-');
  return `${date}/${month}/${year}`;
}

export function invalid(path: string, message: string): AppError {
  return new AppError('VALIDATION_FAILED', message, [{ path, message }]);
}

export function conflict(message: string): AppError {
  return new AppError('CONFLICT', message);
}

export function uuidOfLabel(label: string): string {
  return `${label.slice(0, 8)}-${label.slice(8, 12)}-${label.slice(12, 16)}-${label.slice(16, 20)}-${label.slice(20)}`;
}

/** The versions in force on the day, in the order of `ids`: 404 for an unknown unit, 409 for one not in force. */
export async function loadAlive(
  ctx: Ctx,
  ids: readonly string[],
  fieldOf: (index: number) => string,
): Promise<VersionRow[]> {
  const rows = await store.findVersionsAliveOn(ctx.tx, ids, ctx.day);
  const byId = new Map(rows.map((row) => [row.unitId, row]));
  const missing = ids.filter((id) => !byId.has(id));
  if (missing.length > 0) {
    const existing = await store.findExistingUnitIds(ctx.tx, missing);
    for (const id of missing) {
      const field = fieldOf(ids.indexOf(id));
      if (!existing.has(id)) throw new AppError('NOT_FOUND', `Không tìm thấy đơn vị ${id} (${field}).`);
      throw conflict(`Đơn vị ${id} (${field}) không có hiệu lực vào ngày ${vnDate(ctx.day)}.`);
    }
  }
  return ids.map((id) => byId.get(id) as VersionRow);
}

function laterChangeError(ctx: Ctx, later: { name: string; validFrom: string }): AppError {
  return conflict(
    `Đơn vị "${later.name}" đã có thay đổi từ ngày ${vnDate(later.validFrom)}, sau ngày hiệu lực ${vnDate(ctx.day)}: các giai đoạn sẽ chồng lấn. Các thay đổi phải được ghi theo thứ tự thời gian.`,
  );
}

export async function assertNoLaterChange(
  ctx: Ctx,
  ids: readonly string[],
  subtreePaths: readonly string[] = [],
) {
  const later = await store.findLaterVersion(ctx.tx, ids, subtreePaths, ctx.day);
  if (later) throw laterChangeError(ctx, later);
}

export async function assertSameProvince(ctx: Ctx, units: { id: string; name: string; field: string }[]) {
  const provinces = await store.findProvinces(
    ctx.tx,
    units.map((unit) => unit.id),
    ctx.day,
  );
  const first = units[0] ? provinces.get(units[0].id) : undefined;
  for (const unit of units) {
    if (provinces.get(unit.id) !== first) {
      throw invalid(
        unit.field,
        `Đơn vị "${unit.name}" thuộc tỉnh, thành phố khác: chỉ sắp xếp các đơn vị trong cùng một tỉnh, thành phố.`,
      );
    }
  }
}

/** A unit that is to receive units under it must not end later (they would be left without a parent). */
export function assertOpenEnded(version: VersionRow): void {
  if (version.validTo !== null) {
    throw conflict(
      `Đơn vị "${version.name}" hết hiệu lực từ ngày ${vnDate(version.validTo)}: không thể nhận thêm đơn vị trực thuộc.`,
    );
  }
}

/**
 * Checks a unit to create: its shape, its parent (in force on the day) and its place. The caller
 * includes the parent in its check for later changes.
 */
export async function planNewUnit(ctx: Ctx, unit: NewOrgUnitInput, field: string): Promise<PlannedUnit> {
  const shapeIssue = checkUnitShape(unit);
  if (shapeIssue) throw invalid(`${field}.unitType`, shapeIssue);
  let parent: VersionRow | null = null;
  if (unit.parentId) {
    parent = (await loadAlive(ctx, [unit.parentId], () => `${field}.parentId`))[0] ?? null;
    if (parent) assertOpenEnded(parent);
  }
  const placementIssue = checkPlacement(unit, parent ? { level: parent.level, name: parent.name } : null);
  if (placementIssue) throw invalid(`${field}.parentId`, placementIssue);
  return { id: newId(), unit, parentPath: parent?.path ?? null };
}

function versionOfPlanned(ctx: Ctx, planned: PlannedUnit): NewVersionRow {
  const { unit } = planned;
  const name = unit.name.normalize('NFC');
  return {
    id: newId(),
    unitId: planned.id,
    validFrom: ctx.day,
    validTo: null,
    name,
    shortName: unit.shortName?.normalize('NFC') ?? null,
    code: unit.code ?? null,
    unitType: unit.unitType,
    level: unit.level,
    block: unit.block,
    parentId: unit.parentId,
    path: childPath(planned.parentPath, planned.id),
    searchKey: toSearchKey(name),
    restructureId: ctx.restructureId,
  };
}

/** Writes the restructure row and the units it creates (units first: the row names its subject). */
export async function writeRestructure(
  ctx: Ctx,
  input: RestructureInput,
  subjectId: string,
  created: PlannedUnit[] = [],
): Promise<void> {
  await store.insertUnits(
    ctx.tx,
    created.map((planned) => planned.id),
  );
  await store.insertRestructure(ctx.tx, {
    id: ctx.restructureId,
    kind: input.kind,
    effectiveDate: ctx.day,
    legalBasis: input.legalBasis ?? null,
    note: input.note ?? null,
    unitId: subjectId,
    createdBy: ctx.actorId,
  });
  const versions = created.map((planned) => versionOfPlanned(ctx, planned));
  await store.insertVersions(ctx.tx, versions);
  for (const version of versions) if (version.id) ctx.changedVersionIds.push(version.id);
  for (const planned of created) {
    ctx.touched.add(planned.id);
    ctx.created.push(planned.id);
  }
}

/**
 * From the day on, the versions carry the patch: a version starting that day is changed in place
 * (it keeps the `restructure_id` of the change that opened it, so that change stays attributed).
 */
export async function changeVersionsFrom(
  ctx: Ctx,
  changes: { version: VersionRow; patch: Partial<NewVersionRow> }[],
): Promise<void> {
  const closing: string[] = [];
  const opening: NewVersionRow[] = [];
  for (const { version, patch } of changes) {
    ctx.touched.add(version.unitId);
    if (version.validFrom === ctx.day) {
      await store.updateVersion(ctx.tx, version.id, patch);
      ctx.changedVersionIds.push(version.id);
      continue;
    }
    closing.push(version.id);
    const { createdAt: _createdAt, ...rest } = version;
    const id = newId();
    opening.push({ ...rest, ...patch, id, validFrom: ctx.day, restructureId: ctx.restructureId });
    ctx.changedVersionIds.push(id);
  }
  await store.closeVersions(ctx.tx, closing, ctx.day);
  await store.insertVersions(ctx.tx, opening);
}

export async function endVersions(ctx: Ctx, versions: VersionRow[]): Promise<void> {
  for (const version of versions) {
    if (version.validFrom === ctx.day) {
      throw conflict(
        `Đơn vị "${version.name}" bắt đầu hiệu lực đúng ngày ${vnDate(ctx.day)}: không thể kết thúc trong cùng ngày.`,
      );
    }
    ctx.touched.add(version.unitId);
  }
  await store.closeVersions(
    ctx.tx,
    versions.map((version) => version.id),
    ctx.day,
  );
}

/** Re-parents a unit from the day on; every unit below it gets the new path from the same day. */
export async function moveSubtree(ctx: Ctx, version: VersionRow, parent: ParentRef): Promise<void> {
  const newPath = childPath(parent.path, version.unitId);
  const descendants = await store.findAliveDescendants(ctx.tx, version.path, ctx.day);
  await changeVersionsFrom(ctx, [
    { version, patch: { parentId: parent.unitId, path: newPath } },
    ...descendants.map((descendant) => ({
      version: descendant,
      patch: { path: newPath + descendant.path.slice(version.path.length) },
    })),
  ]);
}

export async function lineage(
  ctx: Ctx,
  edges: { from: string; to: string; share: LineageShare }[],
): Promise<void> {
  await store.insertLineage(
    ctx.tx,
    edges.map((edge) => ({
      id: newId(),
      restructureId: ctx.restructureId,
      fromUnitId: edge.from,
      toUnitId: edge.to,
      share: edge.share,
    })),
  );
}

export function assertDistinct(ids: readonly string[], fieldOf: (index: number) => string): void {
  ids.forEach((id, index) => {
    if (ids.indexOf(id) !== index) throw invalid(fieldOf(index), 'Đơn vị bị lặp lại trong danh sách.');
  });
}

export async function assertNoChildren(ctx: Ctx, version: VersionRow, action: string): Promise<void> {
  const child = await store.findChildOnOrAfter(ctx.tx, version.unitId, ctx.day);
  if (child) {
    throw conflict(
      `Đơn vị "${version.name}" còn đơn vị trực thuộc ("${child.name}") từ ngày ${vnDate(ctx.day)}: cần chuyển hoặc sắp xếp các đơn vị trực thuộc trước khi ${action}.`,
    );
  }
}
