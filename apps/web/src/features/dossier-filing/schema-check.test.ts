import type { RJSFSchema } from '@rjsf/utils';
import ajvValidator from '@rjsf/validator-ajv8';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formValidator } from './form-validator.ts';
import { checkSchema } from './schema-check.ts';

/** A birth-registration-like e-form using the keywords the catalogue's forms use. */
const schema = {
  type: 'object',
  required: ['hoTen', 'ngaySinh', 'con'],
  properties: {
    hoTen: { type: 'string', title: 'Họ, chữ đệm, tên', minLength: 2, maxLength: 10 },
    ngaySinh: { type: 'string', format: 'date', title: 'Ngày sinh' },
    email: { type: 'string', format: 'email' },
    soDinhDanh: { type: 'string', pattern: '^\\d{12}$' },
    gioiTinh: { type: 'string', enum: ['Nam', 'Nữ'] },
    soCon: { type: 'integer', minimum: 1, exclusiveMaximum: 20 },
    ghiChu: { type: ['string', 'null'], maxLength: 5 },
    con: { $ref: '#/$defs/nguoi' },
    danhSach: { type: 'array', minItems: 1, maxItems: 2, items: { type: 'string', minLength: 1 } },
  },
  $defs: {
    nguoi: {
      type: 'object',
      title: 'Người con',
      required: ['ten'],
      properties: { ten: { type: 'string', minLength: 1 }, namSinh: { type: 'integer', maximum: 2100 } },
    },
  },
} as const satisfies RJSFSchema;

function signature(errors: readonly { instancePath?: string; keyword?: string; params?: unknown }[]) {
  return errors.map((e) => `${e.instancePath}|${e.keyword}|${JSON.stringify(e.params)}`).sort();
}

const value = fc.oneof(
  fc.constant(undefined),
  fc.string({ maxLength: 14 }),
  fc.constantFrom(
    '2026-02-29',
    '2024-02-29',
    '2026-13-01',
    'an@example.vn',
    'an@',
    '001085012345',
    'Nữ',
    'Nam',
  ),
  fc.integer({ min: -3, max: 25 }),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.boolean(),
  fc.constant(null),
);
const person = fc.record({ ten: value, namSinh: value }, { requiredKeys: [] });
const formData = fc.record(
  {
    hoTen: value,
    ngaySinh: value,
    email: value,
    soDinhDanh: value,
    gioiTinh: value,
    soCon: value,
    ghiChu: value,
    con: fc.oneof(person, value),
    danhSach: fc.oneof(fc.array(value, { maxLength: 3 }), value),
  },
  { requiredKeys: [] },
);

/** rjsf drops undefined values before validating; JSON does too. */
function clean(data: unknown): unknown {
  return JSON.parse(JSON.stringify(data, (_k, v) => (Number.isNaN(v) ? null : v)) ?? 'null');
}

describe('checkSchema (the e-form validator without eval)', () => {
  it('finds the same errors as Ajv on any data', () => {
    fc.assert(
      fc.property(formData, (raw) => {
        const data = clean(raw) as Record<string, unknown>;
        const ajv = ajvValidator.rawValidation(schema, data).errors ?? [];
        expect(signature(checkSchema(schema, data))).toEqual(signature(ajv as never[]));
      }),
      { numRuns: 400 },
    );
  });

  it('agrees with Ajv on combinators and conditionals', () => {
    const combined = {
      type: 'object',
      properties: {
        a: { anyOf: [{ type: 'string' }, { type: 'integer', minimum: 3 }] },
        b: { oneOf: [{ type: 'integer' }, { type: 'number', minimum: 0 }] },
        c: { not: { const: 'x' } },
      },
      if: { properties: { loai: { const: 'to-chuc' } }, required: ['loai'] },
      // biome-ignore lint/suspicious/noThenProperty: JSON Schema's if/then/else keyword
      then: { required: ['maSoThue'] },
      else: { required: ['a'] },
    } satisfies RJSFSchema;
    const cases = [
      {},
      { a: 1, b: 2, c: 'x' },
      { a: true, b: -1.5 },
      { loai: 'to-chuc', a: 'x', b: 1.5 },
      { loai: 'ca-nhan', a: 5, c: 'y' },
    ];
    for (const data of cases) {
      const ajv = ajvValidator.rawValidation(combined, data).errors ?? [];
      expect(signature(checkSchema(combined, data)), JSON.stringify(data)).toEqual(signature(ajv as never[]));
    }
  });

  it('gives rjsf the same field errors as @rjsf/validator-ajv8', () => {
    const data = { hoTen: 'A', ngaySinh: '2026-02-30', con: {}, danhSach: [] };
    const ours = formValidator.validateFormData(data, schema);
    const theirs = ajvValidator.validateFormData(data, schema);
    expect(ours.errorSchema).toEqual(theirs.errorSchema);
    expect(ours.errors.map((e) => e.stack).sort()).toEqual(theirs.errors.map((e) => e.stack).sort());
    expect(formValidator.isValid(schema.$defs.nguoi, { ten: 'Bình' }, schema)).toBe(true);
    expect(formValidator.isValid({ $ref: '#/$defs/nguoi' }, {}, schema)).toBe(false);
  });

  it('reports a schema it cannot read instead of throwing', () => {
    const broken = { type: 'object', properties: { a: { $ref: '#/$defs/missing' } } } satisfies RJSFSchema;
    const result = formValidator.validateFormData({ a: 1 }, broken);
    expect(result.errors[0]?.stack).toMatch(/Unresolved \$ref/);
  });
});
