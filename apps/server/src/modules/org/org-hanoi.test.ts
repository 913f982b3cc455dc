import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/test-app.ts';
import { createOrgUnitsService, seedHanoi } from './index.ts';
import { loadHanoiData } from './seed/hanoi-data.ts';

type Unit = {
  id: string;
  name: string;
  code: string | null;
  unitType: string;
  level: string | null;
  parentId: string | null;
};

let t: TestApp;
let rootId: string;
let seedMs: number;

async function get(url: string) {
  const res = await t.app.inject({ method: 'GET', url });
  if (res.statusCode !== 200) throw new Error(`${url} → ${res.statusCode} ${res.body}`);
  return res.json();
}

/** Every unit of a listing, page by page. */
async function listAll(query: string): Promise<Unit[]> {
  const items: Unit[] = [];
  for (let offset = 0; ; offset += 200) {
    const page = await get(`/api/v1/org/units?${query}&limit=200&offset=${offset}`);
    items.push(...page.items);
    if (items.length >= page.total) return items;
  }
}

beforeAll(async () => {
  t = await createTestApp();
  const started = Date.now();
  expect(await seedHanoi(t.db.database.db)).toBe(true);
  seedMs = Date.now() - started;
  const roots = await get('/api/v1/org/units?level=city');
  expect(roots.items).toHaveLength(1);
  rootId = roots.items[0].id;
}, 120_000);
afterAll(() => t.close());

describe('Hà Nội seed', () => {
  it('has the three-level structure on 2025-06-30', async () => {
    console.info(`org seed: ${seedMs} ms`);
    const count = await get(`/api/v1/org/units/${rootId}/subtree-count?asOf=2025-06-30`);
    expect(count.byLevel).toEqual({ city: 0, district: 30, commune: 526 });
    const districts = await get(`/api/v1/org/units?parentId=${rootId}&level=district&asOf=2025-06-30`);
    expect(districts.total).toBe(30);
    expect(districts.items[0]).toMatchObject({
      code: '001',
      name: 'Quận Ba Đình',
      unitType: 'urban_district',
    });
    const communes = await listAll('level=commune&asOf=2025-06-30');
    expect(communes).toHaveLength(526);
    expect(communes.every((unit) => unit.parentId !== rootId)).toBe(true);
  });

  it('has two levels from 2025-07-01: 126 communes (51 phường, 75 xã) directly under the city, no district', async () => {
    const count = await get(`/api/v1/org/units/${rootId}/subtree-count?asOf=2025-07-01`);
    expect(count.byLevel).toEqual({ city: 0, district: 0, commune: 126 });
    const communes = await listAll(`parentId=${rootId}&level=commune&asOf=2025-07-01`);
    expect(communes).toHaveLength(126);
    expect(communes.filter((unit) => unit.unitType === 'ward')).toHaveLength(51);
    expect(communes.filter((unit) => unit.unitType === 'rural_commune')).toHaveLength(75);
    expect((await get('/api/v1/org/units?level=district&asOf=2025-07-01')).total).toBe(0);
    expect(count.bodies).toBe(4 + 5 + 15);
    expect((await get(`/api/v1/org/units/${rootId}?asOf=2025-07-01`)).childCount).toBe(126 + 4);
    expect((await get(`/api/v1/org/units/${rootId}?asOf=2025-06-30`)).childCount).toBe(30 + 4 + 5);
  });

  it('maps every old commune forward to the new ones of the official mapping', async () => {
    const oldCommunes = await listAll('level=commune&asOf=2025-06-30');
    const newCommunes = await listAll('level=commune&asOf=2025-07-01');
    const newCodeById = new Map(newCommunes.map((unit) => [unit.id, unit.code]));
    const service = createOrgUnitsService(t.db.database.db);
    const forward = await service.mapUnitsForward(
      oldCommunes.map((unit) => unit.id),
      '2025-06-30',
      '2025-07-01',
    );
    const expected = new Map<string, string[]>();
    for (const row of loadHanoiData().mapping) {
      expected.set(row.oldCode, [...(expected.get(row.oldCode) ?? []), `${row.newCode}:${row.share}`]);
    }
    for (const unit of oldCommunes) {
      const targets = forward.get(unit.id) ?? [];
      expect(targets.length, unit.name).toBeGreaterThanOrEqual(1);
      const got = targets.map((target) => `${newCodeById.get(target.unitId)}:${target.share}`).sort();
      expect(got, unit.name).toEqual((expected.get(unit.code ?? '') ?? []).sort());
    }
    // Units that did not change map to themselves.
    const same = await service.mapUnitsForward([rootId], '2025-06-30', '2025-07-01');
    expect(same.get(rootId)).toEqual([{ unitId: rootId, share: 'full' }]);
  });

  it('Phường Trúc Bạch (old 00004) went wholly into Phường Ba Đình (new 00004), a different unit', async () => {
    const [old] = (await get('/api/v1/org/units?q=truc%20bach&asOf=2025-06-30')).items;
    expect(old).toMatchObject({ code: '00004', name: 'Phường Trúc Bạch' });
    const [current] = (await get('/api/v1/org/units?q=00004&asOf=2025-07-01')).items;
    expect(current).toMatchObject({ code: '00004', name: 'Phường Ba Đình', unitType: 'ward' });
    expect(current.id).not.toBe(old.id);

    const history = await get(`/api/v1/org/units/${old.id}/history`);
    expect(history.versions).toMatchObject([{ validFrom: '2025-03-01', validTo: '2025-07-01' }]);
    const merge = history.restructures.find((r: { kind: string }) => r.kind === 'merge');
    expect(merge).toMatchObject({ effectiveDate: '2025-07-01', legalBasis: 'Nghị quyết 1656/NQ-UBTVQH15' });
    expect(merge.lineage).toContainEqual({
      fromUnitId: old.id,
      fromName: 'Phường Trúc Bạch',
      toUnitId: current.id,
      toName: 'Phường Ba Đình',
      share: 'full',
    });
    expect(
      (await t.app.inject({ method: 'GET', url: `/api/v1/org/units/${old.id}?asOf=2025-07-01` })).statusCode,
    ).toBe(404);
  });

  it('shows the breadcrumb as of a date, and districts dissolved with lineage to the new communes', async () => {
    const [old] = (await get('/api/v1/org/units?q=Trúc%20Bạch&asOf=2025-06-30')).items;
    const detail = await get(`/api/v1/org/units/${old.id}?asOf=2025-06-30`);
    expect(detail.ancestors.map((a: { name: string }) => a.name)).toEqual([
      'Thành phố Hà Nội',
      'Quận Ba Đình',
    ]);
    const district = detail.ancestors[1];
    const history = await get(`/api/v1/org/units/${district.id}/history`);
    const dissolve = history.restructures.find((r: { kind: string }) => r.kind === 'dissolve');
    expect(dissolve.lineage.map((l: { toName: string }) => l.toName)).toContain('Phường Ba Đình');
    expect(dissolve.lineage.every((l: { share: string }) => l.share === 'partial')).toBe(true);
  });

  it('finds units without accents or case, as of a date', async () => {
    const found = await get('/api/v1/org/units?q=HOAN%20KIEM&asOf=2025-07-01');
    expect(found.items.map((u: Unit) => u.name)).toEqual(['Phường Hoàn Kiếm']);
    const before = await get('/api/v1/org/units?q=hoan%20kiem&asOf=2025-06-30');
    expect(before.items.map((u: Unit) => u.name)).toContain('Quận Hoàn Kiếm');
  });

  it('moved the socio-political organisations under the Fatherland Front on 2025-07-01', async () => {
    const [front] = (await get('/api/v1/org/units?q=mat%20tran%20to%20quoc&asOf=2025-07-01')).items;
    const [union] = (await get('/api/v1/org/units?q=Liên%20đoàn%20Lao%20động&asOf=2025-06-30')).items;
    expect(union.parentId).toBe(rootId);
    const after = await get(`/api/v1/org/units/${union.id}?asOf=2025-07-01`);
    expect(after.parentId).toBe(front.id);
    expect(after.ancestors.map((a: { id: string }) => a.id)).toEqual([rootId, front.id]);
    const children = await get(`/api/v1/org/units?parentId=${front.id}&asOf=2025-07-01`);
    expect(children.total).toBe(5);
  });

  it('lists the restructures of 2025-07-01 and seeds only once', async () => {
    const page = await get('/api/v1/org/restructures?from=2025-07-01&to=2025-07-01&kind=dissolve');
    expect(page.total).toBe(30);
    expect(await seedHanoi(t.db.database.db)).toBe(false);
    const count = await get(`/api/v1/org/units/${rootId}/subtree-count?asOf=2025-07-01`);
    expect(count.byLevel.commune).toBe(126);
  });
});
