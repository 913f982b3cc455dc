import type { NewOrgUnitInput, RestructureInput } from '@lienthong/contracts';
import { toSearchKey } from '@lienthong/vn';
import { recordAudit } from '../../../platform/audit/index.ts';
import { type Actor, systemActor } from '../../../platform/auth/actor.ts';
import type { Db } from '../../../platform/db/index.ts';
import { newId } from '../../../platform/ids.ts';
import { childPath } from '../org.policy.ts';
import { hasRootWithCode } from '../org-read.store.ts';
import * as store from '../org-write.store.ts';
import { type AppliedRestructure, applyRestructure } from '../restructure.ops.ts';
import { HANOI_BODIES, MASS_ORGANISATION_KEYS } from './hanoi-bodies.ts';
import {
  adminTypeOf,
  type HanoiData,
  loadHanoiData,
  type NewCommune,
  type WardMapping,
} from './hanoi-data.ts';

/**
 * Demo data: Hà Nội's structure from 2025-03-01 (30 district-level units, 526 communes and the
 * city's bodies), then the 2025-07-01 reorganisation applied through the same merge, split,
 * dissolve and move operations a user records, following the official old → new mapping.
 */

export const BASELINE_DATE = '2025-03-01';
export const REFORM_DATE = '2025-07-01';
export const NQ_1656 = 'Nghị quyết 1656/NQ-UBTVQH15';
const LAW_72 = 'Luật Tổ chức chính quyền địa phương số 72/2025/QH15';
const CONSTITUTION_2025 = 'Nghị quyết 203/2025/QH15 sửa đổi, bổ sung một số điều của Hiến pháp (Điều 9)';

const SEEDER: Actor = systemActor('system:demo-seed', 'Dữ liệu mẫu');

type Baseline = {
  rootId: string;
  bodyIds: Map<string, string>;
  districtIds: Map<string, string>;
  communeIds: Map<string, string>;
};

/** The whole 2025-03-01 structure in a few batched statements, as one 'create' restructure. */
async function writeBaseline(tx: Db, data: HanoiData): Promise<Baseline> {
  const restructureId = newId();
  const rows: store.NewVersionRow[] = [];
  const add = (
    unit: Omit<NewOrgUnitInput, 'parentId'> & { parentId: string | null },
    parentPath: string | null,
  ): { id: string; path: string } => {
    const id = newId();
    const path = childPath(parentPath, id);
    rows.push({
      id: newId(),
      unitId: id,
      validFrom: BASELINE_DATE,
      validTo: null,
      name: unit.name,
      shortName: unit.shortName ?? null,
      code: unit.code ?? null,
      unitType: unit.unitType,
      level: unit.level,
      block: unit.block,
      parentId: unit.parentId,
      path,
      searchKey: toSearchKey(unit.name),
      restructureId,
    });
    return { id, path };
  };
  const root = add(
    {
      name: data.province.name,
      shortName: 'Hà Nội',
      code: data.province.code,
      unitType: 'municipality',
      level: 'city',
      block: 'government',
      parentId: null,
    },
    null,
  );
  const bodies = new Map<string, { id: string; path: string }>();
  for (const body of HANOI_BODIES) {
    const parent = body.parent ? bodies.get(body.parent) : root;
    if (!parent) throw new Error(`body ${body.key} listed before its parent ${body.parent}`);
    bodies.set(
      body.key,
      add({ ...body, shortName: body.shortName ?? null, level: null, parentId: parent.id }, parent.path),
    );
  }
  const districtIds = new Map<string, string>();
  const communeIds = new Map<string, string>();
  for (const district of data.districts) {
    const unit = add(
      {
        name: district.name,
        shortName: district.shortName,
        code: district.code,
        unitType: adminTypeOf(district.name),
        level: 'district',
        block: 'government',
        parentId: root.id,
      },
      root.path,
    );
    districtIds.set(district.code, unit.id);
    for (const ward of district.wards) {
      const commune = add(
        {
          name: ward.name,
          shortName: ward.shortName,
          code: ward.code,
          unitType: adminTypeOf(ward.name),
          level: 'commune',
          block: 'government',
          parentId: unit.id,
        },
        unit.path,
      );
      communeIds.set(ward.code, commune.id);
    }
  }
  await store.insertUnits(
    tx,
    rows.map((row) => row.unitId),
  );
  await store.insertRestructure(tx, {
    id: restructureId,
    kind: 'create',
    effectiveDate: BASELINE_DATE,
    legalBasis: 'Danh mục và mã số các đơn vị hành chính Việt Nam (Tổng cục Thống kê), hiệu lực 01/3/2025',
    note: `Nạp cơ cấu tổ chức của ${data.province.name}: ${data.districts.length} đơn vị hành chính cấp huyện, ${communeIds.size} đơn vị hành chính cấp xã (dữ liệu thanglequoc/vietnamese-provinces-database v2.4.1, MIT).`,
    unitId: root.id,
    createdBy: SEEDER.id,
  });
  await store.insertVersions(tx, rows);
  const bodyIds = new Map([...bodies].map(([key, unit]) => [key, unit.id]));
  return { rootId: root.id, bodyIds, districtIds, communeIds };
}

function groupBy<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const list = groups.get(key(item)) ?? [];
    list.push(item);
    groups.set(key(item), list);
  }
  return groups;
}

function need<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`Hà Nội data: missing ${what}`);
  return value;
}

/** The 2025-07-01 reorganisation, one merge / split / dissolve / move at a time. */
async function applyReform(tx: Db, data: HanoiData, baseline: Baseline): Promise<void> {
  const apply = (input: RestructureInput): Promise<AppliedRestructure> =>
    applyRestructure(tx, SEEDER.id, input);
  const common = { effectiveDate: REFORM_DATE, legalBasis: NQ_1656, preview: false } as const;
  const communeByCode = new Map(data.communes.map((commune) => [commune.code, commune]));
  const newUnit = (commune: NewCommune): NewOrgUnitInput => ({
    name: commune.name,
    shortName: commune.shortName,
    code: commune.code,
    unitType: commune.type === 'Phường' ? 'ward' : 'rural_commune',
    level: 'commune',
    block: 'government',
    parentId: baseline.rootId,
  });
  const oldId = (code: string) => need(baseline.communeIds.get(code), `old commune ${code}`);
  const newIds = new Map<string, string>();

  // 1. Each new commune that takes whole old communes: a merge of those into the new commune.
  const byNew = groupBy(data.mapping, (row) => row.newCode);
  for (const commune of data.communes) {
    const full = (byNew.get(commune.code) ?? []).filter((row) => row.share === 'full');
    if (full.length === 0) continue;
    const applied = await apply({
      ...common,
      kind: 'merge',
      sourceIds: full.map((row) => oldId(row.oldCode)),
      into: { newUnit: newUnit(commune) },
    });
    newIds.set(commune.code, need(applied.createdUnitIds[0], `created ${commune.code}`));
  }

  // 2. Each old commune divided between new communes: a split (creating those not yet there).
  for (const [oldCode, rows] of groupBy(data.mapping, (row) => row.oldCode)) {
    if (rows.length === 1 && rows[0]?.share === 'full') continue;
    const created: WardMapping[] = [];
    const targets = rows.map((row) => {
      const existing = newIds.get(row.newCode);
      if (existing) return { unitId: existing, share: row.share };
      created.push(row);
      return {
        newUnit: newUnit(need(communeByCode.get(row.newCode), `new commune ${row.newCode}`)),
        share: row.share,
      };
    });
    const applied = await apply({ ...common, kind: 'split', sourceId: oldId(oldCode), targets });
    created.forEach((row, index) => {
      newIds.set(row.newCode, need(applied.createdUnitIds[index], `created ${row.newCode}`));
    });
  }

  // 3. The district level ends: each district-level unit dissolved, its successors the new communes.
  const byDistrict = groupBy(data.mapping, (row) => row.oldDistrictCode);
  for (const district of data.districts) {
    const successorIds = [
      ...new Set(
        (byDistrict.get(district.code) ?? []).map((row) => need(newIds.get(row.newCode), row.newCode)),
      ),
    ];
    await apply({
      ...common,
      legalBasis: `${LAW_72}; ${NQ_1656}`,
      kind: 'dissolve',
      unitId: need(baseline.districtIds.get(district.code), `district ${district.code}`),
      successors: successorIds.map((unitId) => ({
        unitId,
        share: successorIds.length === 1 ? ('full' as const) : ('partial' as const),
      })),
    });
  }

  // 4. The socio-political organisations come under the Fatherland Front.
  const front = need(baseline.bodyIds.get('mttq'), 'mttq');
  for (const key of MASS_ORGANISATION_KEYS) {
    await apply({
      ...common,
      legalBasis: CONSTITUTION_2025,
      kind: 'move',
      unitId: need(baseline.bodyIds.get(key), key),
      parentId: front,
    });
  }
}

/**
 * Seeds Hà Nội once (one transaction; a second run, or a concurrent one, finds the city and
 * does nothing). Returns whether it wrote anything.
 */
export async function seedHanoi(db: Db): Promise<boolean> {
  const code = '01';
  if (await hasRootWithCode(db, code)) return false;
  const data = loadHanoiData();
  return db.transaction(async (tx) => {
    await store.lockStructure(tx);
    if (await hasRootWithCode(tx, code)) return false;
    const baseline = await writeBaseline(tx, data);
    await applyReform(tx, data, baseline);
    await recordAudit(
      tx,
      SEEDER,
      { ip: null, requestId: null },
      {
        action: 'org.demo-seeded',
        subject: { type: 'org_unit', id: baseline.rootId },
        details: {
          province: code,
          districts: data.districts.length,
          communesBefore: baseline.communeIds.size,
        },
      },
    );
    return true;
  });
}

/** The org module's demo seeder (registered in apps/server/src/seed.ts). */
export const demoSeeder = {
  name: 'org',
  async run(db: Db) {
    await seedHanoi(db);
    return { logins: [] };
  },
};
