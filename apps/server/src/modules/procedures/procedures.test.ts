import type { ProcedureView } from '@lienthong/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer, createTestApp, type TestApp } from '../../../test/test-app.ts';
import { cityDefinitionFixture, definitionFixture, publishInput } from './procedures.fixtures.ts';

/** POST/GET /api/v1/procedures…: publishing versions, the public catalogue, its search and versions. */

let t: TestApp;
// Today is 2026-03-02 (Monday) in Hà Nội.
const now = () => new Date('2026-03-02T03:00:00Z');
beforeAll(async () => {
  t = await createTestApp({}, { clock: now });
});
afterAll(() => t.close());

const manager = bearer('quan-ly-thu-tuc', ['procedure.manage']);
const UNKNOWN = '0190a0b0-0000-7000-8000-000000000000';

function publish(payload: object, headers: Record<string, string> = manager) {
  return t.app.inject({ method: 'POST', url: '/api/v1/procedures', headers, payload });
}
async function get(url: string) {
  return t.app.inject({ method: 'GET', url });
}

describe('publishing a procedure and its versions', () => {
  let first: ProcedureView;

  it('creates a procedure with version 1 (201) and audits it', async () => {
    const res = await publish(publishInput('2025-07-01'));
    expect(res.statusCode).toBe(201);
    first = res.json();
    expect(first).toMatchObject({ version: 1, validFrom: '2025-07-01', validTo: null });
    expect(first.definition.parts[0]?.walletKinds).toEqual(['giay-chung-sinh']);
    const audit = await t.app.inject({
      method: 'GET',
      url: '/api/v1/audit?action=procedure.published',
      headers: bearer('kiem-toan', ['audit.read']),
    });
    expect(audit.json().items[0]).toMatchObject({
      action: 'procedure.published',
      subjectId: first.id,
      actorId: 'quan-ly-thu-tuc',
    });
  });

  it('the same definition again changes nothing (200, still version 1)', async () => {
    const res = await publish(publishInput('2026-01-01'));
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ id: first.id, version: 1, versionId: first.versionId });
  });

  it('refuses a new version that does not start after the current one (409 with the field)', async () => {
    const res = await publish(publishInput('2025-07-01', { timeLimitDays: 1 }));
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({
      code: 'PROCEDURE_VERSION_CONFLICT',
      errors: [{ path: 'body.validFrom', message: 'Phải sau ngày 2025-07-01' }],
    });
  });

  it('a changed definition from a later day is version 2 and closes version 1 on that day', async () => {
    const res = await publish(
      publishInput('2026-04-01', { name: 'Đăng ký khai sinh (sửa đổi)', onlineLevel: 'partial' }),
    );
    expect(res.statusCode).toBe(201);
    const second: ProcedureView = res.json();
    expect(second).toMatchObject({ id: first.id, version: 2, validFrom: '2026-04-01', validTo: null });

    const versions = (await get(`/api/v1/procedures/${first.id}/versions`)).json();
    expect(versions.items).toMatchObject([
      { version: 2, validFrom: '2026-04-01', validTo: null, createdBy: 'quan-ly-thu-tuc' },
      { version: 1, validFrom: '2025-07-01', validTo: '2026-04-01', versionId: first.versionId },
    ]);
    // Today (2026-03-02) version 1 is still in force; the dossiers module asks by day.
    expect((await get(`/api/v1/procedures/${first.id}`)).json()).toMatchObject({ version: 1 });
    expect(await t.app.procedures.versionInForce(first.id, '2026-04-01')).toMatchObject({
      version: 2,
      validFrom: '2026-04-01',
    });
    expect(await t.app.procedures.versionInForce(first.id, '2025-06-30')).toBeNull();
    // A dossier keeps its version: readable by id whatever is in force.
    expect((await get(`/api/v1/procedure-versions/${first.versionId}`)).json()).toMatchObject({
      id: first.id,
      version: 1,
      validTo: '2026-04-01',
    });
    // The catalogue row's searchable facts follow the newest version.
    const found = (await get('/api/v1/procedures?q=sua%20doi')).json();
    expect(found.items.map((item: { id: string }) => item.id)).toEqual([first.id]);
    expect(await t.app.procedures.summariesByIds([first.id, UNKNOWN])).toEqual(
      new Map([[first.id, { code: '1.001193.000.00.00.H26', name: 'Đăng ký khai sinh (sửa đổi)' }]]),
    );
  });
});

describe('bad input and authorization', () => {
  it('401 anonymous and 403 without procedure.manage, before validation', async () => {
    expect((await publish({}, {})).statusCode).toBe(401);
    const forbidden = await publish({}, bearer('chuyen-vien', ['dossier.process']));
    expect(forbidden.statusCode).toBe(403);
    expect(forbidden.json().code).toBe('FORBIDDEN');
  });

  it('400 with field paths for a malformed definition', async () => {
    const res = await publish({
      validFrom: '01/07/2025',
      definition: { ...definitionFixture(), code: 'mã có dấu', steps: [] },
    });
    expect(res.statusCode).toBe(400);
    const paths = res.json().errors.map((e: { path: string }) => e.path);
    expect(paths).toEqual(
      expect.arrayContaining(['body.validFrom', 'body.definition.code', 'body.definition.steps']),
    );
  });

  it('400 at body.definition.form.schema for a JSON Schema that does not compile', async () => {
    const broken = definitionFixture();
    broken.form.schema = { ...broken.form.schema, properties: { requester: { type: 'strng' } } };
    const res = await publish({ validFrom: '2025-07-01', definition: broken });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors).toContainEqual({
      path: 'body.definition.form.schema',
      message: expect.stringContaining('Lược đồ JSON của tờ khai không hợp lệ'),
    });
  });

  it('400 naming each group field, prefill key, result field and duplicate code that is wrong', async () => {
    const wrong = definitionFixture({ code: '9.999999.000.00.00.H26' });
    wrong.form.groups = [{ title: 'Một', fields: ['requester', 'khongCo'] }];
    wrong.form.prefill = { 'requester.diaChi': 'identity.currentAddress' };
    wrong.result.fields = [{ label: 'Tên', path: 'child.ten' }];
    wrong.steps = [
      { code: 'a', name: 'A', role: 'specialist', days: 1 },
      { code: 'a', name: 'B', role: 'leader', days: 0 },
    ];
    wrong.parts = [...wrong.parts, { ...wrong.parts[0], code: 'giay-chung-sinh' } as never];
    const res = await publish({ validFrom: '2025-07-01', definition: wrong });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors.map((e: { path: string }) => e.path)).toEqual([
      'body.definition.form.groups.0.fields.1',
      'body.definition.form.groups',
      'body.definition.form.prefill.requester.diaChi',
      'body.definition.result.fields.0.path',
      'body.definition.steps.1.code',
      'body.definition.parts.1.code',
      'body.definition.steps',
    ]);
  });

  it('404 for an unknown procedure or version, 400 for a malformed id', async () => {
    expect((await get(`/api/v1/procedures/${UNKNOWN}`)).statusCode).toBe(404);
    expect((await get(`/api/v1/procedures/${UNKNOWN}/versions`)).statusCode).toBe(404);
    expect((await get(`/api/v1/procedure-versions/${UNKNOWN}`)).statusCode).toBe(404);
    const bad = await get('/api/v1/procedures/khong-phai-uuid');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].path).toBe('params.id');
  });

  it('a procedure only in force later is not on the public page yet (404)', async () => {
    const res = await publish(publishInput('2027-01-01', { code: '1.000001.000.00.00.H26', name: 'Sắp có' }));
    expect(res.statusCode).toBe(201);
    expect((await get(`/api/v1/procedures/${res.json().id}`)).statusCode).toBe(404);
    expect((await get('/api/v1/procedures?q=sap%20co')).json().total).toBe(0);
  });
});

describe('GET /api/v1/procedures (public catalogue)', () => {
  beforeAll(async () => {
    for (const input of [
      publishInput('2025-07-01', { code: '1.000656.000.00.00.H26', name: 'Đăng ký khai tử' }),
      publishInput('2025-07-01', {
        code: '1.004222.000.00.00.H26',
        name: 'Đăng ký thường trú',
        field: 'Đăng ký, quản lý cư trú',
        routing: { kind: 'commune', agencyName: 'Công an cấp xã' },
        fees: [
          { code: 'a', name: 'Lệ phí', amount: 10_000 },
          { code: 'b', name: 'Phí khác', amount: 5_000 },
        ],
      }),
      { validFrom: '2025-07-01', definition: cityDefinitionFixture() },
    ]) {
      expect((await publish(input)).statusCode).toBe(201);
    }
  });

  it('finds "khai sinh" with or without accents, and with a misplaced tone mark', async () => {
    for (const q of ['khai%20sinh', 'Khai%20Sinh', 'kh%E1%BA%A3i%20s%C3%ADnh', 'KHAI%20SINH']) {
      const list = (await get(`/api/v1/procedures?q=${q}`)).json();
      expect(
        list.items.map((item: { name: string }) => item.name),
        q,
      ).toEqual(['Đăng ký khai sinh']);
    }
    expect((await get('/api/v1/procedures?q=%C4%91%C4%83ng%20k%C3%BD')).json().total).toBe(3);
    expect((await get('/api/v1/procedures?q=1.004222')).json().items[0].name).toBe('Đăng ký thường trú');
    expect((await get('/api/v1/procedures?q=100%25')).json().total).toBe(0);
  });

  it('lists what is in force with agency, fee total, fields for the filter, in alphabetical order', async () => {
    const list = (await get('/api/v1/procedures')).json();
    expect(list.total).toBe(4);
    expect(list.items.map((item: { name: string }) => item.name)).toEqual([
      'Cấp Phiếu lý lịch tư pháp',
      'Đăng ký khai sinh',
      'Đăng ký khai tử',
      'Đăng ký thường trú',
    ]);
    expect(list.items[3]).toMatchObject({
      agencyName: 'Công an cấp xã',
      feeTotal: 15_000,
      timeLimitDays: 0,
      level: 'commune',
      onlineLevel: 'full',
      version: 1,
    });
    expect(list.items[0]).toMatchObject({ agencyName: 'Sở Tư pháp', feeTotal: 200_000, timeLimitDays: 10 });
    expect(list.fields).toEqual(['Đăng ký, quản lý cư trú', 'Hộ tịch', 'Lý lịch tư pháp']);
  });

  it('filters by field, level and online level, and pages', async () => {
    const byField = (await get(`/api/v1/procedures?field=${encodeURIComponent('Hộ tịch')}`)).json();
    expect(byField.total).toBe(2);
    expect(byField.fields).toHaveLength(3);
    expect((await get('/api/v1/procedures?level=city')).json().items).toMatchObject([
      { name: 'Cấp Phiếu lý lịch tư pháp' },
    ]);
    expect((await get('/api/v1/procedures?onlineLevel=partial')).json().total).toBe(1);
    const page2 = (await get('/api/v1/procedures?pageSize=3&page=2')).json();
    expect(page2).toMatchObject({ total: 4, items: [{ name: 'Đăng ký thường trú' }] });
  });

  it('400 with query paths for bad filters', async () => {
    const res = await get('/api/v1/procedures?level=district&pageSize=1000');
    expect(res.statusCode).toBe(400);
    expect(
      res
        .json()
        .errors.map((e: { path: string }) => e.path)
        .sort(),
    ).toEqual(['query.level', 'query.pageSize']);
  });
});
