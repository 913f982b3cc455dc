import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { multipart } from '../../../test/fixtures.ts';
import { bearer, createTestApp, type TestApp } from '../../../test/test-app.ts';
import { cityDefinitionFixture, definitionFixture, publishInput } from './procedures.fixtures.ts';

/** Import and export of the catalogue (JSON and XLSX): dry run, all-or-nothing, valid rows only, round trips. */

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({}, { clock: () => new Date('2026-03-02T03:00:00Z') });
});
afterAll(() => t.close());

const manager = bearer('quan-ly-danh-muc', ['procedure.manage']);
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const catalogue = (procedures: unknown[]) => ({ format: 'lienthong.procedures/v1', procedures });
function importJson(payload: unknown, query = '', headers: Record<string, string> = manager) {
  return t.app.inject({
    method: 'POST',
    url: `/api/v1/procedures/import${query}`,
    headers,
    payload: payload as object,
  });
}
function importFile(name: string, type: string, bytes: Uint8Array, query = '') {
  const body = multipart('file', name, type, bytes);
  return t.app.inject({
    method: 'POST',
    url: `/api/v1/procedures/import${query}`,
    headers: { ...manager, ...body.headers },
    payload: body.body,
  });
}
async function total(): Promise<number> {
  return (await t.app.inject({ method: 'GET', url: '/api/v1/procedures' })).json().total;
}
async function audits(): Promise<{ details: Record<string, unknown> }[]> {
  const res = await t.app.inject({
    method: 'GET',
    url: '/api/v1/audit?action=procedure.imported',
    headers: bearer('kiem-toan', ['audit.read']),
  });
  return res.json().items;
}

const birth = publishInput('2025-07-01');
const death = publishInput('2025-07-01', { code: '1.000656.000.00.00.H26', name: 'Đăng ký khai tử' });
const record = { validFrom: '2025-07-01', definition: cityDefinitionFixture() };

describe('authorization and bad input', () => {
  it('401/403 on import and export', async () => {
    expect((await importJson(catalogue([]), '', {})).statusCode).toBe(401);
    expect((await importJson(catalogue([]), '', bearer('x', ['dossier.read']))).statusCode).toBe(403);
    for (const headers of [{}, bearer('x', ['dossier.read'])]) {
      const res = await t.app.inject({ method: 'GET', url: '/api/v1/procedures/export', headers });
      expect(res.statusCode).toBe(Object.keys(headers).length === 0 ? 401 : 403);
    }
  });

  it('400 with paths for a body that is no catalogue, or a file that is neither xlsx nor JSON', async () => {
    const wrong = await importJson({ format: 'khac', procedures: 'x' });
    expect(wrong.statusCode).toBe(400);
    expect(
      wrong
        .json()
        .errors.map((e: { path: string }) => e.path)
        .sort(),
    ).toEqual(['body.format', 'body.procedures']);
    const junk = await importFile('danh-muc.xlsx', XLSX, new TextEncoder().encode('không phải bảng tính'));
    expect(junk.statusCode).toBe(400);
    expect(junk.json().errors[0].path).toBe('body.file');
    const badQuery = await importJson(catalogue([]), '?mode=mot-phan');
    expect(badQuery.json().errors[0].path).toBe('query.mode');
  });

  it('413 for a file over the limit', async () => {
    const res = await importFile('lon.json', 'application/json', new Uint8Array(8 * 1024 * 1024 + 10));
    expect(res.statusCode).toBe(413);
  });
});

describe('importing', () => {
  it('a dry run counts and writes nothing', async () => {
    const res = await importJson(catalogue([birth, death]), '?dryRun=true');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ dryRun: true, created: 2, updated: 0, unchanged: 0, errors: [] });
    expect(await total()).toBe(0);
    expect(await audits()).toEqual([]);
  });

  it('mode=all writes nothing when a row fails, and reports each failing row', async () => {
    const invalid = { validFrom: '2025-07-01', definition: { ...definitionFixture(), code: 'mã sai' } };
    const badSchema = publishInput('2025-07-01', { code: '1.000002.000.00.00.H26' });
    badSchema.definition.form.groups = [{ title: 'Sai', fields: ['khongCo'] }];
    const res = await importJson(catalogue([birth, invalid, badSchema, death]));
    expect(res.statusCode).toBe(200);
    const summary = res.json();
    expect(summary).toMatchObject({ dryRun: false, created: 0, updated: 0, unchanged: 0 });
    expect(summary.errors).toEqual([
      {
        row: 2,
        code: 'VALIDATION_FAILED',
        message: 'definition.code: Mã thủ tục gồm chữ, số, dấu chấm, gạch ngang',
      },
      {
        row: 3,
        code: 'VALIDATION_FAILED',
        message: expect.stringContaining('definition.form.groups.0.fields.0: Trường "khongCo" không có'),
      },
    ]);
    expect(await total()).toBe(0);
  });

  it('mode=valid writes the valid rows, once audited with the counts', async () => {
    const invalid = {
      validFrom: 'hôm nay',
      definition: definitionFixture({ code: '1.000003.000.00.00.H26' }),
    };
    const res = await importJson(catalogue([birth, invalid, death]), '?mode=valid');
    expect(res.json()).toMatchObject({ created: 2, errors: [{ row: 2, code: 'VALIDATION_FAILED' }] });
    expect(await total()).toBe(2);
    const entries = await audits();
    expect(entries).toHaveLength(1);
    expect(entries[0]?.details).toEqual({ created: 2, updated: 0, unchanged: 0, rejected: 1, mode: 'valid' });
  });

  it('reports a version conflict per row; a later version updates', async () => {
    const older = publishInput('2025-01-01', { timeLimitDays: 1 });
    const later = publishInput('2026-01-01', { timeLimitDays: 1 });
    const res = await importJson(catalogue([older, later, record]));
    expect(res.json()).toEqual({
      dryRun: false,
      created: 0,
      updated: 0,
      unchanged: 0,
      errors: [
        { row: 1, code: 'PROCEDURE_VERSION_CONFLICT', message: expect.stringContaining('(2025-01-01)') },
      ],
    });
    const ok = await importJson(catalogue([later, record]));
    expect(ok.json()).toEqual({ dryRun: false, created: 1, updated: 1, unchanged: 0, errors: [] });
  });
});

describe('export, then import again', () => {
  it('JSON: the catalogue in force and scheduled; re-importing changes nothing', async () => {
    const future = publishInput('2026-09-01', { timeLimitDays: 2 });
    expect((await importJson(catalogue([future]))).json()).toMatchObject({ updated: 1 });
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/procedures/export', headers: manager });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-disposition']).toBe(
      'attachment; filename="danh-muc-thu-tuc-2026-03-02.json"',
    );
    const exported = res.json();
    expect(exported.format).toBe('lienthong.procedures/v1');
    // By code: death; birth registration in force (from 2026-01-01) and scheduled; the criminal record.
    expect(exported.procedures.map((p: { validFrom: string }) => p.validFrom)).toEqual([
      '2025-07-01',
      '2026-01-01',
      '2026-09-01',
      '2025-07-01',
    ]);
    const again = await importJson(exported);
    expect(again.json()).toEqual({ dryRun: false, created: 0, updated: 0, unchanged: 4, errors: [] });
  });

  it('XLSX: readable sheets, and the workbook re-imports without loss', async () => {
    const res = await t.app.inject({
      method: 'GET',
      url: '/api/v1/procedures/export?format=xlsx',
      headers: manager,
    });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe(XLSX);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(res.rawPayload as unknown as ExcelJS.Buffer);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual([
      'Thủ tục',
      'Thành phần hồ sơ',
      'Phí lệ phí',
      'Các bước',
    ]);
    const main = workbook.getWorksheet('Thủ tục');
    if (!main) throw new Error('no main sheet');
    expect(main.getRow(1).getCell(1).value).toBe('Mã thủ tục');
    expect(main.getRow(2).values).toEqual(
      expect.arrayContaining([
        '1.000656.000.00.00.H26',
        'Đăng ký khai tử',
        'Hộ tịch',
        'Cấp xã',
        'Toàn trình',
      ]),
    );
    expect(workbook.getWorksheet('Phí lệ phí')?.getRow(5).values).toEqual(
      expect.arrayContaining(['Phí cung cấp thông tin lý lịch tư pháp', 200_000]),
    );

    const bytes = new Uint8Array(res.rawPayload);
    const again = await importFile('danh-muc.xlsx', XLSX, bytes, '?dryRun=true');
    expect(again.json()).toEqual({ dryRun: true, created: 0, updated: 0, unchanged: 4, errors: [] });

    // A row whose JSON was damaged in Excel is reported with its sheet row; the others still count.
    main.getRow(3).getCell(10).value = '{ hỏng';
    const damaged = new Uint8Array(await workbook.xlsx.writeBuffer());
    const summary = (await importFile('danh-muc.xlsx', XLSX, damaged, '?dryRun=true&mode=valid')).json();
    expect(summary).toMatchObject({
      unchanged: 3,
      errors: [{ row: 3, message: 'Cột “Định nghĩa (JSON)” không phải JSON hợp lệ' }],
    });
  });

  it('a JSON file can be uploaded as well', async () => {
    const res = await importFile(
      'danh-muc.json',
      'application/json',
      new TextEncoder().encode(JSON.stringify(catalogue([record]))),
    );
    expect(res.json()).toMatchObject({ unchanged: 1, errors: [] });
  });
});
