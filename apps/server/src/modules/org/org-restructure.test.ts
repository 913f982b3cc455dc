import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer, createTestApp, type TestApp } from '../../../test/test-app.ts';
import { NQ, orgClient, type Unit } from './org.fixtures.ts';

let t: TestApp;
let org: ReturnType<typeof orgClient>;
let cityA: Unit;
let provinceB: Unit;
let districtA: Unit;

beforeAll(async () => {
  t = await createTestApp();
  org = orgClient(t);
  ({ cityA, provinceB, districtA } = await org.createTree());
});
afterAll(() => t.close());

const createUnit = (body: Record<string, unknown>) => org.createUnit(body);
const commune = (name: string, parentId: string, code?: string) => org.commune(name, parentId, code);
const body = (name: string, parentId: string, unitType?: string) => org.body(name, parentId, unitType);
const restructure = (payload: Record<string, unknown>, headers?: Record<string, string>) =>
  org.restructure(payload, headers);
const get = (url: string) => org.get(url);

describe('moves', () => {
  it('moves a subtree: descendants get the new place from the effective date, history intact', async () => {
    const department = await body('Sở Thử Chuyển', cityA.id);
    const office = await body('Phòng Thuộc Sở', department.id, 'office');
    const board = await body('Ban Nhận', cityA.id, 'other');
    const moved = await restructure({
      kind: 'move',
      unitId: department.id,
      parentId: board.id,
      effectiveDate: '2025-06-01',
    });
    expect(moved.statusCode).toBe(201);
    expect(
      moved
        .json()
        .units.map((u: Unit) => u.name)
        .sort(),
    ).toEqual(['Phòng Thuộc Sở', 'Sở Thử Chuyển']);
    const count = async (asOf: string) =>
      (await get(`/api/v1/org/units/${board.id}/subtree-count?asOf=${asOf}`)).json().total;
    expect(await count('2025-05-31')).toBe(0);
    expect(await count('2025-06-01')).toBe(2);
    const crumbs = async (asOf: string) =>
      (await get(`/api/v1/org/units/${office.id}?asOf=${asOf}`)).json().ancestors.map((a: Unit) => a.name);
    expect(await crumbs('2025-05-31')).toEqual(['Thành phố Thử nghiệm', 'Sở Thử Chuyển']);
    expect(await crumbs('2025-06-01')).toEqual(['Thành phố Thử nghiệm', 'Ban Nhận', 'Sở Thử Chuyển']);
  });

  it('refuses a cycle with 400 and the path of the loop', async () => {
    const parent = await body('Sở Vòng', cityA.id);
    const child = await body('Phòng Vòng', parent.id, 'office');
    const grandchild = await body('Tổ Vòng', child.id, 'other');
    const res = await restructure({
      kind: 'move',
      unitId: parent.id,
      parentId: grandchild.id,
      effectiveDate: '2025-06-01',
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().code).toBe('VALIDATION_FAILED');
    expect(res.json().errors[0].path).toBe('body.parentId');
    expect(res.json().errors[0].message).toContain('Sở Vòng → Phòng Vòng → Tổ Vòng → Sở Vòng');
    const self = await restructure({
      kind: 'move',
      unitId: parent.id,
      parentId: parent.id,
      effectiveDate: '2025-06-01',
    });
    expect(self.statusCode).toBe(400);
  });
});

describe('merge, split, dissolve', () => {
  it('refuses merging units of different provinces', async () => {
    const a = await commune('Phường Tỉnh A', districtA.id);
    const b = await commune('Phường Tỉnh B', provinceB.id);
    const res = await restructure({
      kind: 'merge',
      effectiveDate: '2025-07-01',
      legalBasis: NQ,
      sourceIds: [a.id, b.id],
      into: {
        newUnit: {
          name: 'Phường Liên Tỉnh',
          unitType: 'ward',
          level: 'commune',
          block: 'government',
          parentId: cityA.id,
        },
      },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors[0].path).toBe('body.sourceIds.1');
  });

  it('previews a merge without writing anything, then records it', async () => {
    const a = await commune('Phường Gộp A', districtA.id);
    const b = await commune('Phường Gộp B', districtA.id);
    const payload = {
      kind: 'merge',
      effectiveDate: '2025-07-01',
      legalBasis: NQ,
      sourceIds: [a.id, b.id],
      into: {
        newUnit: {
          name: 'Phường Gộp',
          code: '90099',
          unitType: 'ward',
          level: 'commune',
          block: 'government',
          parentId: cityA.id,
        },
      },
    };
    const before = (await get('/api/v1/org/restructures?kind=merge')).json().total;
    const preview = await restructure({ ...payload, preview: true });
    expect(preview.statusCode).toBe(200);
    expect(preview.json()).toMatchObject({
      preview: true,
      kind: 'merge',
      units: [{ name: 'Phường Gộp', parentId: cityA.id }],
    });
    expect(preview.json().lineage).toEqual([
      {
        fromUnitId: a.id,
        fromName: 'Phường Gộp A',
        toUnitId: preview.json().unitId,
        toName: 'Phường Gộp',
        share: 'full',
      },
      {
        fromUnitId: b.id,
        fromName: 'Phường Gộp B',
        toUnitId: preview.json().unitId,
        toName: 'Phường Gộp',
        share: 'full',
      },
    ]);
    expect((await get('/api/v1/org/restructures?kind=merge')).json().total).toBe(before);
    expect((await get(`/api/v1/org/units/${a.id}?asOf=2025-07-01`)).statusCode).toBe(200);
    expect((await get(`/api/v1/org/units/${preview.json().unitId}`)).statusCode).toBe(404);

    const audited = async () =>
      (
        await t.app.inject({
          method: 'GET',
          url: '/api/v1/audit?action=org.merge',
          headers: bearer('kiem-tra', ['audit.read']),
        })
      ).json().items.length;
    expect(await audited()).toBe(0);
    const done = await restructure(payload);
    expect(done.statusCode).toBe(201);
    expect(done.json().preview).toBe(false);
    expect(await audited()).toBe(1);
    expect((await get(`/api/v1/org/units/${a.id}?asOf=2025-07-01`)).statusCode).toBe(404);
    expect((await get(`/api/v1/org/units/${a.id}?asOf=2025-06-30`)).statusCode).toBe(200);
    const merged = (await get(`/api/v1/org/units/${done.json().unitId}?asOf=2025-07-01`)).json();
    expect(merged).toMatchObject({ name: 'Phường Gộp', ancestors: [{ id: cityA.id }] });
    const again = await restructure({ ...payload, into: { unitId: merged.id } });
    expect(again.statusCode).toBe(409);
  });

  it('merges into an existing unit, bringing the sources’ units along', async () => {
    const target = await createUnit({
      name: 'Quận Nhận',
      unitType: 'urban_district',
      level: 'district',
      parentId: cityA.id,
    });
    const source = await createUnit({
      name: 'Quận Nhập',
      unitType: 'urban_district',
      level: 'district',
      parentId: cityA.id,
    });
    const child = await commune('Phường Theo Quận', source.id);
    const res = await restructure({
      kind: 'merge',
      effectiveDate: '2025-04-01',
      legalBasis: NQ,
      sourceIds: [source.id],
      into: { unitId: target.id },
    });
    expect(res.statusCode).toBe(201);
    const after = (await get(`/api/v1/org/units/${child.id}?asOf=2025-04-01`)).json();
    expect(after.ancestors.map((a: Unit) => a.name)).toEqual(['Thành phố Thử nghiệm', 'Quận Nhận']);
    const history = (await get(`/api/v1/org/units/${child.id}/history`)).json();
    expect(history.versions.map((v: Unit) => v.parentId)).toEqual([source.id, target.id]);
  });

  it('splits a unit with partial lineage, and refuses splitting or dissolving a unit with units under it', async () => {
    const district = await createUnit({
      name: 'Quận Chia',
      unitType: 'urban_district',
      level: 'district',
      parentId: cityA.id,
    });
    const source = await commune('Phường Chia', district.id);
    const existing = await commune('Phường Có Sẵn', district.id);
    const res = await restructure({
      kind: 'split',
      effectiveDate: '2025-07-01',
      legalBasis: NQ,
      sourceId: source.id,
      targets: [
        { unitId: existing.id },
        {
          newUnit: {
            name: 'Phường Tách',
            unitType: 'ward',
            level: 'commune',
            block: 'government',
            parentId: district.id,
          },
        },
      ],
    });
    expect(res.statusCode).toBe(201);
    expect(res.json().lineage.map((l: { toName: string; share: string }) => [l.toName, l.share])).toEqual([
      ['Phường Có Sẵn', 'partial'],
      ['Phường Tách', 'partial'],
    ]);
    const dissolve = await restructure({
      kind: 'dissolve',
      unitId: district.id,
      effectiveDate: '2025-07-01',
      legalBasis: NQ,
    });
    expect(dissolve.statusCode).toBe(409);
    expect(dissolve.json().detail).toContain('còn đơn vị trực thuộc');
    const leaf = await restructure({
      kind: 'dissolve',
      unitId: existing.id,
      effectiveDate: '2025-08-01',
      legalBasis: NQ,
      successors: [{ unitId: res.json().units[0].id, share: 'full' }],
    });
    expect(leaf.statusCode).toBe(201);
    expect((await get(`/api/v1/org/units/${district.id}?asOf=2025-08-01`)).json().childCount).toBe(1);
  });

  it('lists restructures by effective date', async () => {
    const page = (await get('/api/v1/org/restructures?from=2025-07-01&to=2025-07-31')).json();
    expect(page.items.length).toBeGreaterThan(0);
    expect(page.items.every((r: { effectiveDate: string }) => r.effectiveDate.startsWith('2025-07'))).toBe(
      true,
    );
    const bad = await get('/api/v1/org/restructures?from=2025-13-01');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].path).toBe('query.from');
  });
});

describe('unit scope of structure changes', () => {
  it('answers 404 for units outside the actor scope and allows changes inside it', async () => {
    const inside = await commune('Phường Trong Phạm Vi', districtA.id);
    const outside = await commune('Phường Ngoài Phạm Vi', provinceB.id);
    const scoped = bearer('quan-tri-quan', ['org.manage', 'org.restructure'], { unitId: districtA.id });
    const rename = (unitId: string) =>
      restructure({ kind: 'rename', unitId, name: 'Tên Mới', effectiveDate: '2025-06-15' }, scoped);
    const refused = await rename(outside.id);
    expect(refused.statusCode).toBe(404);
    expect(refused.json().detail).toBe('Không tìm thấy đơn vị trong phạm vi bạn được giao.');
    expect((await rename(inside.id)).statusCode).toBe(201);
    // Moving a unit of the district under a unit elsewhere needs both in scope.
    const away = await restructure(
      { kind: 'move', unitId: inside.id, parentId: cityA.id, effectiveDate: '2025-06-20' },
      scoped,
    );
    expect(away.statusCode).toBe(404);
    const root = await restructure(
      {
        kind: 'create',
        effectiveDate: '2025-06-20',
        unit: { name: 'Tỉnh Mới', unitType: 'province', level: 'city', block: 'government', parentId: null },
      },
      scoped,
    );
    expect(root.statusCode).toBe(404);
    const history = await get(`/api/v1/org/units/${outside.id}/history`);
    expect(history.json().versions).toHaveLength(1);
  });
});

describe('changes on the first day of a version (changed in place)', () => {
  type Version = { name: string; parentId: string | null; validFrom: string; restructureId: string };
  type History = { versions: Version[]; restructures: { id: string; kind: string }[] };
  const history = async (id: string): Promise<History> =>
    (await get(`/api/v1/org/units/${id}/history`)).json();
  const createdBy = (h: History) => h.restructures.find((r) => r.kind === 'create')?.id;

  it('a rename on the day the version began lists the unit, keeps the creation attributed', async () => {
    const ward = await createUnit({
      name: 'Phường Mới Lập',
      code: '90201',
      unitType: 'ward',
      level: 'commune',
      parentId: cityA.id,
      validFrom: '2025-07-01',
    });
    const payload = {
      kind: 'rename',
      unitId: ward.id,
      effectiveDate: '2025-07-01',
      name: 'Phường Ba Đình Thử',
    };
    const preview = await restructure({ ...payload, preview: true });
    expect(preview.statusCode).toBe(200);
    expect(preview.json().units).toMatchObject([
      { id: ward.id, name: 'Phường Ba Đình Thử', code: '90201', validFrom: '2025-07-01', validTo: null },
    ]);
    expect((await get(`/api/v1/org/units/${ward.id}?asOf=2025-07-01`)).json().name).toBe('Phường Mới Lập');

    const done = await restructure(payload);
    expect(done.statusCode).toBe(201);
    expect(done.json().units).toMatchObject([
      { id: ward.id, name: 'Phường Ba Đình Thử', parentId: cityA.id, validFrom: '2025-07-01' },
    ]);
    const h = await history(ward.id);
    expect(h.versions).toHaveLength(1);
    expect(h.versions[0]).toMatchObject({ name: 'Phường Ba Đình Thử', validFrom: '2025-07-01' });
    expect(h.versions[0]?.restructureId).toBe(createdBy(h));
    expect(h.restructures.map((r) => r.kind)).toEqual(['create', 'rename']);
    expect(h.restructures[1]?.id).toBe(done.json().id);
  });

  it('a move lists the units changed in place and those given new versions; histories name the move', async () => {
    const department = await body('Sở Chuyển Cùng Ngày', cityA.id);
    const office = await createUnit({
      name: 'Phòng Lập Cùng Ngày',
      unitType: 'office',
      level: null,
      parentId: department.id,
      validFrom: '2025-07-01',
    });
    const team = await body('Tổ Thuộc Phòng', department.id, 'other');
    const board = await body('Ban Nhận Cùng Ngày', cityA.id, 'other');
    const payload = { kind: 'move', unitId: department.id, parentId: board.id, effectiveDate: '2025-07-01' };
    const byName = (units: (Unit & { validFrom: string })[]) =>
      units.map((u) => [u.name, u.parentId, u.validFrom]).sort();
    const expected = [
      ['Phòng Lập Cùng Ngày', department.id, '2025-07-01'],
      ['Sở Chuyển Cùng Ngày', board.id, '2025-07-01'],
      ['Tổ Thuộc Phòng', department.id, '2025-07-01'],
    ].sort();
    const preview = await restructure({ ...payload, preview: true });
    expect(preview.statusCode).toBe(200);
    expect(byName(preview.json().units)).toEqual(expected);
    expect((await history(office.id)).restructures.map((r) => r.kind)).toEqual(['create']);

    const done = await restructure(payload);
    expect(done.statusCode).toBe(201);
    expect(byName(done.json().units)).toEqual(expected);
    const crumbs = (await get(`/api/v1/org/units/${office.id}?asOf=2025-07-01`)).json().ancestors;
    expect(crumbs.map((a: Unit) => a.name)).toEqual([
      'Thành phố Thử nghiệm',
      'Ban Nhận Cùng Ngày',
      'Sở Chuyển Cùng Ngày',
    ]);
    const officeHistory = await history(office.id);
    expect(officeHistory.versions).toHaveLength(1);
    expect(officeHistory.versions[0]?.restructureId).toBe(createdBy(officeHistory));
    expect(officeHistory.restructures.map((r) => r.id)).toEqual([createdBy(officeHistory), done.json().id]);
    const teamHistory = await history(team.id);
    expect(teamHistory.versions.map((v) => v.restructureId)).toEqual([
      createdBy(teamHistory),
      done.json().id,
    ]);
    // A unit created under the moved one later the same day was not touched by the move.
    const later = await createUnit({
      name: 'Tổ Lập Sau',
      unitType: 'other',
      level: null,
      parentId: department.id,
      validFrom: '2025-07-01',
    });
    expect((await history(later.id)).restructures.map((r) => r.kind)).toEqual(['create']);
  });
});
