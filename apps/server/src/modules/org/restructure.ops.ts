import type { RestructureInput, RestructureInputOf } from '@lienthong/contracts';
import { toSearchKey } from '@lienthong/vn';
import type { Db } from '../../platform/db/index.ts';
import { newId } from '../../platform/ids.ts';
import { checkPlacement, childPath, isWithin } from './org.policy.ts';
import type { VersionRow } from './org-write.store.ts';
import * as store from './org-write.store.ts';
import {
  assertDistinct,
  assertNoChildren,
  assertNoLaterChange,
  assertOpenEnded,
  assertSameProvince,
  type Ctx,
  changeVersionsFrom,
  conflict,
  endVersions,
  invalid,
  lineage,
  loadAlive,
  moveSubtree,
  type PlannedUnit,
  planNewUnit,
  uuidOfLabel,
  writeRestructure,
} from './restructure-steps.ts';

/**
 * The changes of the structure, each inside the caller's transaction (which holds the structure
 * lock): checks first, then writes; any AppError rolls the whole change back. Changes are
 * recorded in time order per unit: a change dated before a unit's later recorded change is refused.
 */

/**
 * What a change wrote: its restructure row, the units it created (in the order of the request)
 * and the versions it opened or changed in place.
 */
export type AppliedRestructure = {
  restructureId: string;
  createdUnitIds: string[];
  changedVersionIds: string[];
};

async function create(ctx: Ctx, input: RestructureInputOf<'create'>): Promise<void> {
  const planned = await planNewUnit(ctx, input.unit, 'body.unit');
  await assertNoLaterChange(ctx, input.unit.parentId ? [input.unit.parentId] : []);
  await writeRestructure(ctx, input, planned.id, [planned]);
}

async function rename(ctx: Ctx, input: RestructureInputOf<'rename'>): Promise<void> {
  const [current] = await loadAlive(ctx, [input.unitId], () => 'body.unitId');
  if (!current) return;
  await assertNoLaterChange(ctx, [input.unitId]);
  const name = input.name.normalize('NFC');
  const shortName =
    input.shortName === undefined ? current.shortName : (input.shortName?.normalize('NFC') ?? null);
  const code = input.code === undefined ? current.code : input.code;
  if (name === current.name && shortName === current.shortName && code === current.code) {
    throw invalid('body.name', 'Tên, tên viết tắt và mã mới trùng với hiện tại: không có gì thay đổi.');
  }
  await writeRestructure(ctx, input, input.unitId);
  await changeVersionsFrom(ctx, [
    { version: current, patch: { name, shortName, code, searchKey: toSearchKey(name) } },
  ]);
}

async function describeChain(ctx: Ctx, from: VersionRow, to: VersionRow): Promise<string> {
  const labels = to.path.split('.').slice(from.path.split('.').length - 1);
  const ids = labels.map(uuidOfLabel);
  const rows = await store.findVersionsAliveOn(ctx.tx, ids, ctx.day);
  const names = new Map(rows.map((row) => [row.unitId, row.name]));
  return ids.map((id) => names.get(id) ?? id).join(' → ');
}

async function move(ctx: Ctx, input: RestructureInputOf<'move'>): Promise<void> {
  const [current] = await loadAlive(ctx, [input.unitId], () => 'body.unitId');
  if (!current) return;
  if (input.parentId === input.unitId)
    throw invalid('body.parentId', 'Không thể chuyển đơn vị vào chính nó.');
  const [parent] = await loadAlive(ctx, [input.parentId], () => 'body.parentId');
  if (!parent) return;
  assertOpenEnded(parent);
  if (isWithin(parent.path, current.path)) {
    const chain = await describeChain(ctx, current, parent);
    throw invalid(
      'body.parentId',
      `Không thể chuyển "${current.name}" vào "${parent.name}" vì tạo vòng lặp: ${chain} → ${current.name}.`,
    );
  }
  if (current.parentId === input.parentId) throw invalid('body.parentId', 'Đơn vị đã trực thuộc đơn vị này.');
  const placementIssue = checkPlacement(current, parent);
  if (placementIssue) throw invalid('body.parentId', placementIssue);
  await assertNoLaterChange(ctx, [input.unitId, input.parentId], [current.path]);
  await writeRestructure(ctx, input, input.unitId);
  await moveSubtree(ctx, current, parent);
}

async function merge(ctx: Ctx, input: RestructureInputOf<'merge'>): Promise<void> {
  const sourceField = (index: number) => `body.sourceIds.${index}`;
  assertDistinct(input.sourceIds, sourceField);
  const sources = await loadAlive(ctx, input.sourceIds, sourceField);
  let target: { id: string; level: VersionRow['level']; path: string; provinceOf: string | null };
  let planned: PlannedUnit | undefined;
  if (input.into.unitId !== undefined) {
    if (input.sourceIds.includes(input.into.unitId)) {
      throw invalid('body.into.unitId', 'Đơn vị nhận không được nằm trong danh sách đơn vị bị sáp nhập.');
    }
    const [existing] = await loadAlive(ctx, [input.into.unitId], () => 'body.into.unitId');
    if (!existing) return;
    assertOpenEnded(existing);
    target = { id: existing.unitId, level: existing.level, path: existing.path, provinceOf: existing.unitId };
  } else if (input.into.newUnit) {
    planned = await planNewUnit(ctx, input.into.newUnit, 'body.into.newUnit');
    const path = childPath(planned.parentPath, planned.id);
    target = { id: planned.id, level: planned.unit.level, path, provinceOf: planned.unit.parentId };
  } else {
    throw invalid('body.into.unitId', 'Cần chỉ định đơn vị nhận.');
  }
  sources.forEach((source, index) => {
    if (source.level !== target.level) {
      throw invalid(sourceField(index), `Đơn vị "${source.name}" khác cấp với đơn vị nhận sáp nhập.`);
    }
    if (isWithin(target.path, source.path)) {
      throw invalid(sourceField(index), `Đơn vị nhận đang trực thuộc đơn vị bị sáp nhập "${source.name}".`);
    }
  });
  // Provinces themselves may merge (into a new province); units below them only within one.
  if (target.level !== 'city') {
    await assertSameProvince(ctx, [
      ...sources.map((source, index) => ({
        id: source.unitId,
        name: source.name,
        field: sourceField(index),
      })),
      ...(target.provinceOf
        ? [
            {
              id: target.provinceOf,
              name: 'đơn vị nhận',
              field: planned ? 'body.into.newUnit.parentId' : 'body.into.unitId',
            },
          ]
        : []),
    ]);
  }
  await assertNoLaterChange(
    ctx,
    [...input.sourceIds, ...(planned ? (planned.unit.parentId ? [planned.unit.parentId] : []) : [target.id])],
    sources.map((source) => source.path),
  );
  await writeRestructure(ctx, input, target.id, planned ? [planned] : []);
  const children = await store.findAliveChildren(ctx.tx, input.sourceIds, ctx.day);
  for (const child of children) await moveSubtree(ctx, child, { unitId: target.id, path: target.path });
  await endVersions(ctx, sources);
  await lineage(
    ctx,
    input.sourceIds.map((from) => ({ from, to: target.id, share: 'full' as const })),
  );
}

async function split(ctx: Ctx, input: RestructureInputOf<'split'>): Promise<void> {
  const targetField = (index: number) => `body.targets.${index}`;
  const givenIds = input.targets.map((target) => target.unitId);
  givenIds.forEach((id, index) => {
    if (id === undefined) return;
    if (id === input.sourceId)
      throw invalid(`${targetField(index)}.unitId`, 'Đơn vị nhận trùng đơn vị bị chia tách.');
    if (givenIds.indexOf(id) !== index) {
      throw invalid(`${targetField(index)}.unitId`, 'Đơn vị bị lặp lại trong danh sách.');
    }
  });
  // The source and the existing targets in one read; field i + 1 is target i's.
  const existingIds = givenIds.filter((id): id is string => id !== undefined);
  const [source, ...existing] = await loadAlive(ctx, [input.sourceId, ...existingIds], (index) =>
    index === 0 ? 'body.sourceId' : `${targetField(givenIds.indexOf(existingIds[index - 1]))}.unitId`,
  );
  if (!source) return;
  await assertNoChildren(ctx, source, 'chia tách');
  const existingById = new Map(existing.map((version) => [version.unitId, version]));
  const targetIds: string[] = [];
  const planned: PlannedUnit[] = [];
  const laterCheck = [input.sourceId, ...existingIds];
  const province = [{ id: source.unitId, name: source.name, field: 'body.sourceId' }];
  for (const [index, target] of input.targets.entries()) {
    const field = targetField(index);
    const version = target.unitId === undefined ? undefined : existingById.get(target.unitId);
    if (version) {
      if (version.level !== source.level) {
        throw invalid(`${field}.unitId`, `Đơn vị "${version.name}" khác cấp với đơn vị bị chia tách.`);
      }
      targetIds.push(version.unitId);
      province.push({ id: version.unitId, name: version.name, field: `${field}.unitId` });
    } else if (target.newUnit) {
      const unit = await planNewUnit(ctx, target.newUnit, `${field}.newUnit`);
      if (unit.unit.level !== source.level) {
        throw invalid(`${field}.newUnit.level`, 'Đơn vị mới phải cùng cấp với đơn vị bị chia tách.');
      }
      planned.push(unit);
      targetIds.push(unit.id);
      if (unit.unit.parentId) {
        laterCheck.push(unit.unit.parentId);
        province.push({ id: unit.unit.parentId, name: unit.unit.name, field: `${field}.newUnit.parentId` });
      }
    }
  }
  if (source.level !== 'city') await assertSameProvince(ctx, province);
  await assertNoLaterChange(ctx, [...new Set(laterCheck)]);
  await writeRestructure(ctx, input, input.sourceId, planned);
  await endVersions(ctx, [source]);
  await lineage(
    ctx,
    input.targets.map((target, index) => ({
      from: input.sourceId,
      to: targetIds[index] ?? '',
      share: target.share,
    })),
  );
}

async function dissolve(ctx: Ctx, input: RestructureInputOf<'dissolve'>): Promise<void> {
  const [current] = await loadAlive(ctx, [input.unitId], () => 'body.unitId');
  if (!current) return;
  await assertNoChildren(ctx, current, 'giải thể');
  const successorIds = input.successors.map((successor) => successor.unitId);
  const successorField = (index: number) => `body.successors.${index}.unitId`;
  assertDistinct(successorIds, successorField);
  const selfIndex = successorIds.indexOf(input.unitId);
  if (selfIndex >= 0) throw invalid(successorField(selfIndex), 'Đơn vị kế thừa trùng đơn vị bị giải thể.');
  const successors = await loadAlive(ctx, successorIds, successorField);
  if (successors.length > 0 && current.level !== 'city')
    await assertSameProvince(ctx, [
      { id: current.unitId, name: current.name, field: 'body.unitId' },
      ...successors.map((successor, index) => ({
        id: successor.unitId,
        name: successor.name,
        field: successorField(index),
      })),
    ]);
  await assertNoLaterChange(ctx, [input.unitId, ...successorIds]);
  await writeRestructure(ctx, input, input.unitId);
  await endVersions(ctx, [current]);
  await lineage(
    ctx,
    input.successors.map((successor) => ({
      from: input.unitId,
      to: successor.unitId,
      share: successor.share,
    })),
  );
}

/**
 * Applies one change inside `tx` (the caller holds the structure lock). After writing, no unit it touched may have overlapping versions.
 */
export async function applyRestructure(
  tx: Db,
  actorId: string,
  input: RestructureInput,
): Promise<AppliedRestructure> {
  const ctx: Ctx = {
    tx,
    actorId,
    day: input.effectiveDate,
    restructureId: newId(),
    touched: new Set(),
    created: [],
    changedVersionIds: [],
  };
  switch (input.kind) {
    case 'create':
      await create(ctx, input);
      break;
    case 'rename':
      await rename(ctx, input);
      break;
    case 'move':
      await move(ctx, input);
      break;
    case 'merge':
      await merge(ctx, input);
      break;
    case 'split':
      await split(ctx, input);
      break;
    case 'dissolve':
      await dissolve(ctx, input);
      break;
  }
  const overlap = await store.findOverlap(tx, [...ctx.touched]);
  if (overlap) {
    throw conflict(
      `Các giai đoạn hiệu lực của đơn vị ${overlap.unitId} chồng lấn nhau; thay đổi không được ghi.`,
    );
  }
  return {
    restructureId: ctx.restructureId,
    createdUnitIds: ctx.created,
    changedVersionIds: ctx.changedVersionIds,
  };
}
