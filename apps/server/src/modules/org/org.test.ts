import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer, createTestApp, type TestApp } from '../../../test/test-app.ts';
import { manager, NQ, orgClient, type Unit } from './org.fixtures.ts';

let t: TestApp;
let org: ReturnType<typeof orgClient>;
let cityA: Unit;
let districtA: Unit;

beforeAll(async () => {
  t = await createTestApp();
  org = orgClient(t);
  ({ cityA, districtA } = await org.createTree());
});
afterAll(() => t.close());

const commune = (name: string, parentId: string, code?: string) => org.commune(name, parentId, code);
const body = (name: string, parentId: string, unitType?: string) => org.body(name, parentId, unitType);
const restructure = (payload: Record<string, unknown>, headers?: Record<string, string>) =>
  org.restructure(payload, headers);
const get = (url: string) => org.get(url);

describe('authorization of writes', () => {
  const rename = (unitId: string) => ({
    kind: 'rename',
    unitId,
    effectiveDate: '2025-02-01',
    name: 'Tên mới',
  });

  it('POST /api/v1/org/units: 401 anonymous, 403 without org.manage', async () => {
    const payload = { name: 'Sở Thử', unitType: 'department', block: 'government', parentId: cityA.id };
    const anonymous = await t.app.inject({ method: 'POST', url: '/api/v1/org/units', payload });
    expect(anonymous.statusCode).toBe(401);
    const forbidden = await t.app.inject({
      method: 'POST',
      url: '/api/v1/org/units',
      headers: bearer('chuyen-vien', ['org.restructure', 'file.upload']),
      payload,
    });
    expect(forbidden.statusCode).toBe(403);
    expect(forbidden.json().code).toBe('FORBIDDEN');
  });

  it('POST /api/v1/org/restructures: 401 anonymous, 403 without the permission of the kind', async () => {
    const unit = await commune('Phường Quyền', districtA.id);
    expect((await restructure(rename(unit.id), {})).statusCode).toBe(401);
    expect((await restructure(rename(unit.id), bearer('sap-xep', ['org.restructure']))).statusCode).toBe(403);
    const merge = {
      kind: 'merge',
      effectiveDate: '2025-02-01',
      legalBasis: NQ,
      sourceIds: [unit.id],
      into: { unitId: districtA.id },
    };
    expect((await restructure(merge, bearer('quan-ly', ['org.manage']))).statusCode).toBe(403);
    const renamed = await restructure(rename(unit.id), bearer('quan-ly', ['org.manage']));
    expect(renamed.statusCode).toBe(201);
    expect(renamed.json()).toMatchObject({
      kind: 'rename',
      createdBy: 'quan-ly',
      units: [{ name: 'Tên mới' }],
    });
  });

  it('documents the endpoints in OpenAPI under the tag "Tổ chức"', async () => {
    const doc = (await get('/api/openapi.json')).json();
    expect(doc.paths['/api/v1/org/units/{id}/subtree-count'].get.tags).toEqual(['Tổ chức']);
    expect(doc.paths['/api/v1/org/restructures'].post.responses['201']).toBeDefined();
  });

  it('reads are public', async () => {
    expect((await get('/api/v1/org/units')).statusCode).toBe(200);
    expect((await get('/api/v1/org/restructures')).statusCode).toBe(200);
  });
});

describe('validation', () => {
  it('400 with field paths for a malformed unit', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/org/units',
      headers: manager,
      payload: { name: ' ', unitType: 'so', block: 'x', parentId: 'abc', validFrom: '2025-02-30' },
    });
    expect(res.statusCode).toBe(400);
    const paths = res.json().errors.map((e: { path: string }) => e.path);
    expect(paths).toEqual(
      expect.arrayContaining(['body.name', 'body.unitType', 'body.block', 'body.parentId', 'body.validFrom']),
    );
  });

  it('400 for a restructure body of the wrong shape, by kind', async () => {
    const unknownKind = await restructure({ kind: 'annex', effectiveDate: '2025-02-01' });
    expect(unknownKind.statusCode).toBe(400);
    expect(unknownKind.json().errors[0].path).toBe('body.kind');
    const merge = await restructure({ kind: 'merge', effectiveDate: '2025-02-01', sourceIds: [], into: {} });
    expect(merge.statusCode).toBe(400);
    expect(merge.json().errors.map((e: { path: string }) => e.path)).toEqual(
      expect.arrayContaining(['body.legalBasis', 'body.sourceIds', 'body.into.unitId']),
    );
  });

  it('400 for a unit whose type, level and place do not agree', async () => {
    const post = (payload: object) =>
      t.app.inject({ method: 'POST', url: '/api/v1/org/units', headers: manager, payload });
    const noLevel = await post({
      name: 'Phường Thiếu Cấp',
      unitType: 'ward',
      level: null,
      block: 'government',
      parentId: cityA.id,
    });
    expect(noLevel.statusCode).toBe(400);
    expect(noLevel.json().errors[0].path).toBe('body.unitType');
    const ubnd = await body('UBND Thử nghiệm', cityA.id, 'city_peoples_committee');
    const misplaced = await post({
      name: 'Quận Lạc Chỗ',
      unitType: 'urban_district',
      level: 'district',
      block: 'government',
      parentId: ubnd.id,
    });
    expect(misplaced.statusCode).toBe(400);
    expect(misplaced.json().errors[0]).toMatchObject({ path: 'body.parentId' });
    const orphan = await post({
      name: 'Phường Mồ Côi',
      unitType: 'ward',
      level: 'commune',
      block: 'government',
      parentId: null,
    });
    expect(orphan.json().errors[0].path).toBe('body.parentId');
  });
});

describe('unknown ids', () => {
  it('404 for an unknown unit, 400 for a malformed id', async () => {
    const id = randomUUID();
    for (const url of [
      `/api/v1/org/units/${id}`,
      `/api/v1/org/units/${id}/history`,
      `/api/v1/org/units/${id}/subtree-count`,
    ]) {
      const res = await get(url);
      expect(res.statusCode, url).toBe(404);
      expect(res.json().code).toBe('NOT_FOUND');
    }
    const malformed = await get('/api/v1/org/units/abc');
    expect(malformed.statusCode).toBe(400);
    expect(malformed.json().errors[0].path).toBe('params.id');
    const rename = await restructure({ kind: 'rename', unitId: id, effectiveDate: '2025-02-01', name: 'X' });
    expect(rename.statusCode).toBe(404);
  });
});

describe('effective dating', () => {
  it('409 for a new unit under a unit that ends later (it would be left without a parent)', async () => {
    const ending = await body('Ban Sắp Giải Thể', cityA.id, 'other');
    const dissolve = await restructure({
      kind: 'dissolve',
      unitId: ending.id,
      effectiveDate: '2025-09-01',
      legalBasis: NQ,
    });
    expect(dissolve.statusCode).toBe(201);
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/org/units',
      headers: manager,
      payload: {
        name: 'Tổ Mới',
        unitType: 'other',
        block: 'government',
        parentId: ending.id,
        validFrom: '2025-08-01',
      },
    });
    expect(res.statusCode).toBe(409);
    expect(res.json().detail).toContain('01/09/2025');
  });

  it('answers "as of" a date before and after a rename', async () => {
    const unit = await commune('Phường Cũ', districtA.id, '90001');
    const renamed = await restructure({
      kind: 'rename',
      unitId: unit.id,
      effectiveDate: '2025-05-01',
      name: 'Phường Mới Đổi Tên',
      legalBasis: NQ,
    });
    expect(renamed.statusCode).toBe(201);
    expect((await get(`/api/v1/org/units/${unit.id}?asOf=2025-04-30`)).json().name).toBe('Phường Cũ');
    expect((await get(`/api/v1/org/units/${unit.id}?asOf=2025-05-01`)).json()).toMatchObject({
      name: 'Phường Mới Đổi Tên',
      code: '90001',
      validFrom: '2025-05-01',
      validTo: null,
      ancestors: [{ id: cityA.id }, { id: districtA.id }],
    });
    expect((await get('/api/v1/org/units?q=phuong%20cu&asOf=2025-04-30')).json().total).toBe(1);
    expect((await get('/api/v1/org/units?q=phuong%20cu&asOf=2025-05-01')).json().total).toBe(0);
    const history = (await get(`/api/v1/org/units/${unit.id}/history`)).json();
    expect(
      history.versions.map((v: { name: string; validTo: string | null }) => [v.name, v.validTo]),
    ).toEqual([
      ['Phường Cũ', '2025-05-01'],
      ['Phường Mới Đổi Tên', null],
    ]);
    expect(history.restructures.map((r: { kind: string }) => r.kind)).toEqual(['create', 'rename']);
    expect((await get(`/api/v1/org/units/${unit.id}?asOf=2024-12-31`)).statusCode).toBe(404);
  });

  it('409 for a change that would overlap a later recorded change, or for a unit not in force', async () => {
    const unit = await commune('Phường Chồng Lấn', districtA.id);
    expect(
      (await restructure({ kind: 'rename', unitId: unit.id, effectiveDate: '2025-06-01', name: 'Phường B' }))
        .statusCode,
    ).toBe(201);
    const earlier = await restructure({
      kind: 'rename',
      unitId: unit.id,
      effectiveDate: '2025-03-01',
      name: 'Phường C',
    });
    expect(earlier.statusCode).toBe(409);
    expect(earlier.json()).toMatchObject({ code: 'CONFLICT' });
    expect(earlier.json().detail).toContain('thứ tự thời gian');
    const beforeCreation = await restructure({
      kind: 'rename',
      unitId: unit.id,
      effectiveDate: '2024-06-01',
      name: 'Phường D',
    });
    expect(beforeCreation.statusCode).toBe(409);
    const history = (await get(`/api/v1/org/units/${unit.id}/history`)).json();
    expect(history.versions).toHaveLength(2);
  });
});
