import { type ProcedureDefinition, PublishProcedureInput } from '@lienthong/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/test-app.ts';
import { validateFormData } from './form-schema.ts';
import { checkDefinition } from './procedure-rules.ts';
import { loadSeedCatalogue, seedProcedures } from './seed/procedures-seed.ts';

/** The seeded catalogue: every file valid, loaded through the import, idempotent; birth registration in full. */

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({}, { clock: () => new Date('2026-03-02T03:00:00Z') });
});
afterAll(() => t.close());

const seed = loadSeedCatalogue();
function definitionOf(file: string): ProcedureDefinition {
  const item = seed.find((entry) => entry.file === file);
  if (!item) throw new Error(`no seed file ${file}`);
  return PublishProcedureInput.parse(item.row.value).definition;
}

describe('seed files', () => {
  it('about twenty procedures, each a valid definition with NFC text and a unique code', () => {
    expect(seed.length).toBeGreaterThanOrEqual(20);
    const codes = new Set<string>();
    for (const { file, row } of seed) {
      const parsed = PublishProcedureInput.safeParse(row.value);
      expect(parsed.success, `${file}: ${parsed.error?.message}`).toBe(true);
      if (!parsed.success) continue;
      expect(checkDefinition(parsed.data.definition), file).toEqual([]);
      expect(JSON.stringify(row.value), file).toBe(JSON.stringify(row.value).normalize('NFC'));
      expect(parsed.data.definition.code, file).toMatch(/^\d\.\d{6}\.000\.00\.00\.H26$/);
      codes.add(parsed.data.definition.code);
    }
    expect(codes.size).toBe(seed.length);
    const levels = seed.map((item) => PublishProcedureInput.parse(item.row.value).definition.level);
    expect(levels.filter((level) => level === 'city').length).toBeGreaterThanOrEqual(4);
  });

  it('birth registration: requester prefilled from identity, child, parents, birth certificate, result', () => {
    const birth = definitionOf('dang-ky-khai-sinh.json');
    expect(birth).toMatchObject({
      name: 'Đăng ký khai sinh',
      field: 'Hộ tịch',
      level: 'commune',
      onlineLevel: 'full',
    });
    expect(birth.form.groups.map((group) => group.fields)).toEqual([
      ['requester'],
      ['child'],
      ['mother', 'father'],
    ]);
    expect(birth.form.prefill).toMatchObject({
      'requester.fullName': 'identity.fullName',
      'requester.personalId': 'identity.personalId',
      'requester.address': 'identity.currentAddress',
    });
    expect(birth.parts.find((part) => part.code === 'giay-chung-sinh')).toMatchObject({
      required: true,
      walletKinds: ['giay-chung-sinh'],
    });
    expect(birth.result).toMatchObject({ name: 'Giấy khai sinh', walletKind: 'giay-khai-sinh' });
    expect(birth.result.fields.map((field) => field.path)).toEqual(
      expect.arrayContaining(['child.fullName', 'child.birthDate', 'child.sex', 'mother.fullName']),
    );
    expect(birth.fees[0]).toMatchObject({ amount: 0 });

    const formData = {
      requester: {
        fullName: 'Nguyễn Văn An',
        personalId: '001085012345',
        address: 'Phường Ba Đình, Hà Nội',
        relationship: 'Cha',
      },
      child: {
        fullName: 'Nguyễn Minh Khôi',
        birthDate: '2026-02-14',
        sex: 'Nam',
        birthPlace: 'Bệnh viện Phụ sản Hà Nội',
        ethnicity: 'Kinh',
        nationality: 'Việt Nam',
      },
      mother: { fullName: 'Trần Thị Bình', birthYear: 1990, residence: 'Phường Ba Đình, Hà Nội' },
      father: {},
    };
    expect(validateFormData(birth, formData)).toEqual([]);
    expect(
      validateFormData(birth, {
        ...formData,
        child: { ...formData.child, birthDate: '14/02/2026', sex: '' },
      }),
    ).toEqual([
      { path: 'formData.child.birthDate', message: 'Ngày không hợp lệ' },
      { path: 'formData.child.sex', message: 'Giá trị không nằm trong danh sách cho phép' },
    ]);
  });

  it('certified copies charge 2.000 đồng a page, with the per-page note', () => {
    const copy = definitionOf('chung-thuc-ban-sao-tu-ban-chinh.json');
    expect(copy.fees[0]).toMatchObject({ amount: 2000, note: expect.stringContaining('2.000 đồng/trang') });
    const record = definitionOf('cap-phieu-ly-lich-tu-phap.json');
    expect(record.routing).toEqual({ kind: 'unit', unitName: 'Sở Tư pháp', agencyCode: 'STP' });
  });
});

describe('seedProcedures', () => {
  it('imports every file, then finds them unchanged (idempotent)', async () => {
    const first = await seedProcedures(t.db.database.db);
    expect(first).toMatchObject({ created: seed.length, updated: 0, unchanged: 0, errors: [] });
    const again = await seedProcedures(t.db.database.db);
    expect(again).toMatchObject({ created: 0, updated: 0, unchanged: seed.length, errors: [] });
    const list = (await t.app.inject({ method: 'GET', url: '/api/v1/procedures?q=khai%20sinh' })).json();
    expect(list.items[0]).toMatchObject({ name: 'Đăng ký khai sinh', agencyName: 'Ủy ban nhân dân cấp xã' });
    const all = (await t.app.inject({ method: 'GET', url: '/api/v1/procedures?pageSize=100' })).json();
    expect(all.total).toBe(seed.length);
    expect(all.fields).toContain('Hộ tịch');
  });
});
