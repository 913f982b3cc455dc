import { describe, expect, it } from 'vitest';
import { formatLocalDate } from '../../lib/format.ts';
import en from './dossier-filing.en.json';
import vi from './dossier-filing.vi.json';
import { BIRTH, PREFILL } from './filing-fixtures.ts';
import { applicantFromPrefill, initialFilingState } from './filing-state.ts';
import { buildSteps, firstStepOfErrors, missingParts, newIdempotencyKey } from './filing-steps.ts';
import {
  groupSchema,
  groupUiSchema,
  prefillMarks,
  prefillValues,
  serverErrorSchema,
  summaryRows,
} from './form-schema.ts';
import { validateGroup } from './group-step.tsx';
import { vietnameseMessage } from './vi-errors.ts';

const definition = BIRTH.definition;
const schema = definition.form.schema;
const titles = { applicant: 'A', unit: 'U', parts: 'P', review: 'R' };

describe('the e-form cut into steps', () => {
  it('makes one step per question group, then the commune, the parts and the review (desk: the applicant first)', () => {
    expect(buildSteps(definition, 'citizen', titles).map((s) => s.key)).toEqual([
      'group-0',
      'group-1',
      'unit',
      'parts',
      'review',
    ]);
    expect(buildSteps(definition, 'desk', titles)[0]?.kind).toBe('applicant');
    const city = {
      ...definition,
      routing: { kind: 'unit', unitName: 'Sở Tư pháp', agencyCode: 'STP' } as const,
      parts: [],
    };
    expect(buildSteps(city, 'citizen', titles).map((s) => s.kind)).toEqual(['group', 'group', 'review']);
  });

  it("finds the step of a server's field error", () => {
    const steps = buildSteps(definition, 'desk', titles);
    expect(firstStepOfErrors(steps, [{ path: 'formData.con.hoTen' }, { path: 'body.parts.0.fileId' }])).toBe(
      2,
    );
    expect(firstStepOfErrors(steps, [{ path: 'body.competentUnitId' }])).toBe(3);
    expect(firstStepOfErrors(steps, [{ path: 'applicant.personalId' }, { path: 'formData.quanHe' }])).toBe(0);
    expect(firstStepOfErrors(steps, [], 'DOSSIER_PARTS_MISSING')).toBe(4);
    expect(firstStepOfErrors(steps, [{ path: 'formData.khongCo' }])).toBeUndefined();
  });

  it('keeps a group’s fields, their required marks and the shared definitions', () => {
    const sub = groupSchema({ ...schema, $defs: { x: { type: 'string' } } }, ['con']);
    expect(Object.keys(sub.properties ?? {})).toEqual(['con']);
    expect(sub.required).toEqual(['con']);
    expect(sub.$defs).toEqual({ x: { type: 'string' } });
  });

  it('marks prefilled fields: identity data read-only, other sources editable, empty values not marked', () => {
    const data = prefillValues(PREFILL.values);
    expect(data).toEqual({
      nguoiYeuCau: {
        hoTen: 'Nguyễn Văn An',
        soDinhDanh: '001085012345',
        noiCuTru: 'Số 18 phố Đội Cấn, Phường Ba Đình',
      },
    });
    const marks = prefillMarks(
      { ...PREFILL.sources, 'nguoiYeuCau.email': { source: 'identity.email', label: 'X' } },
      data,
    );
    expect(marks['nguoiYeuCau.hoTen']).toEqual({ label: 'Cơ sở dữ liệu quốc gia về dân cư', locked: true });
    expect(marks['nguoiYeuCau.noiCuTru']?.locked).toBe(false);
    expect(marks['nguoiYeuCau.email']).toBeUndefined();
    const ui = groupUiSchema(definition.form.uiSchema, ['nguoiYeuCau', 'quanHe'], marks);
    expect(ui.nguoiYeuCau).toMatchObject({
      hoTen: { 'ui:prefillLabel': 'Cơ sở dữ liệu quốc gia về dân cư', 'ui:readonly': true },
      noiCuTru: { 'ui:prefillLabel': 'Cơ sở dữ liệu cư trú' },
    });
    expect(ui.nguoiYeuCau.noiCuTru['ui:readonly']).toBeUndefined();
    expect(ui.quanHe).toEqual({ 'ui:widget': 'radio' });
  });

  it('validates a group with Vietnamese messages', () => {
    const result = validateGroup(schema, {}, ['con'], {
      con: { hoTen: 'A'.repeat(101), ngaySinh: '2026-02-30' },
    });
    const messages = Object.fromEntries(result.errors.map((e) => [e.property, e.message]));
    expect(messages).toEqual({
      '.con.gioiTinh': 'Trường bắt buộc',
      '.con.hoTen': 'Tối đa 100 ký tự',
      '.con.ngaySinh': 'Ngày không hợp lệ',
    });
    expect(result.errorSchema).toMatchObject({ con: { gioiTinh: { __errors: ['Trường bắt buộc'] } } });
    expect(vietnameseMessage('pattern', { pattern: '^\\d{12}$' })).toBe('Không đúng định dạng yêu cầu');
    expect(vietnameseMessage('minLength', { limit: 3 })).toBe('Cần ít nhất 3 ký tự');
    expect(vietnameseMessage('enum')).toBe('Vui lòng chọn một giá trị trong danh sách');
    expect(vietnameseMessage('type', { type: 'integer' })).toBe('Phải là số nguyên');
    expect(vietnameseMessage('format', { format: 'email' })).toBe('Địa chỉ thư điện tử không hợp lệ');
    expect(vietnameseMessage('minimum', { limit: 1000 })).toBe('Giá trị nhỏ nhất là 1.000');
  });

  it("puts the server's field errors on the group holding them", () => {
    const errors = [
      { path: 'body.formData.con.hoTen', message: 'Sai' },
      { path: 'formData.quanHe', message: 'Khác nhóm' },
    ];
    expect(serverErrorSchema(errors, ['con'])).toEqual({ con: { hoTen: { __errors: ['Sai'] } } });
    expect(serverErrorSchema(errors, ['khac'])).toBeUndefined();
  });

  it('summarises the answers with titles, dd/mm/yyyy dates and nested objects', () => {
    const rows = summaryRows(
      schema,
      { con: { gioiTinh: 'Nữ', hoTen: 'Bình', ngaySinh: '2026-03-05' } },
      ['con'],
      {
        yes: 'Có',
        no: 'Không',
        date: formatLocalDate,
      },
    );
    expect(rows.map((r) => `${r.label}: ${r.value}`)).toEqual([
      'Người được khai sinh – Họ, chữ đệm, tên: Bình',
      'Người được khai sinh – Ngày, tháng, năm sinh: 05/03/2026',
      'Người được khai sinh – Giới tính: Nữ',
    ]);
  });
});

describe('filing state', () => {
  it('starts from the prefill (with the suggested commune), or from a draft whose answers win', () => {
    const fresh = initialFilingState(definition, PREFILL, undefined);
    expect(fresh.competentUnitId).toBe(PREFILL.suggestedUnitId);
    expect(missingParts(definition, fresh.parts)).toEqual(['giay-chung-sinh']);
    const applicant = applicantFromPrefill(PREFILL, '001085012345');
    expect(applicant).toEqual({ kind: 'citizen', personalId: '001085012345', fullName: 'Nguyễn Văn An' });
  });

  it('makes v4 idempotency keys, also where crypto.randomUUID is missing (plain http)', () => {
    const pattern = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
    expect(newIdempotencyKey()).toMatch(pattern);
    const original = crypto.randomUUID;
    Object.defineProperty(crypto, 'randomUUID', { value: undefined, configurable: true });
    try {
      const key = newIdempotencyKey();
      expect(key).toMatch(pattern);
      expect(newIdempotencyKey()).not.toBe(key);
    } finally {
      Object.defineProperty(crypto, 'randomUUID', { value: original, configurable: true });
    }
  });
});

type Tree = { [key: string]: string | Tree };
function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [k, v] of flatten(value, path)) out.set(k, v);
  }
  return out;
}

describe('filing texts', () => {
  it('have the same keys and variables in Vietnamese and English, NFC-normalised', () => {
    const viKeys = flatten(vi);
    const enKeys = flatten(en);
    expect([...enKeys.keys()].sort()).toEqual([...viKeys.keys()].sort());
    const vars = (text: string) => [...text.matchAll(/\{\{\s*(\w+)/g)].map((m) => m[1]).sort();
    for (const [key, text] of viKeys) {
      expect(text.normalize('NFC'), key).toBe(text);
      expect(vars(enKeys.get(key) ?? ''), key).toEqual(vars(text));
    }
  });
});
