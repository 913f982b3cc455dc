import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { unwrapResult, VnError } from '../errors.ts';
import { type DocumentNumber, formatDocumentNumber, parseDocumentNumber } from './document-number.ts';
import { ADMINISTRATIVE_DOCUMENT_TYPES, findDocumentType } from './document-types.ts';

const parse = (text: string) => unwrapResult(parseDocumentNumber(text));

describe('document types (Decree 30/2020/NĐ-CP, Art. 7, Appendix III)', () => {
  it('lists the 29 types, 27 with an abbreviation', () => {
    expect(ADMINISTRATIVE_DOCUMENT_TYPES).toHaveLength(29);
    expect(ADMINISTRATIVE_DOCUMENT_TYPES.filter((type) => type.code !== null)).toHaveLength(27);
    expect(
      ADMINISTRATIVE_DOCUMENT_TYPES.filter((type) => type.code === null).map((type) => type.name),
    ).toEqual(['Công văn', 'Thư công']);
  });

  it('finds a type by its abbreviation in any case', () => {
    expect(findDocumentType('QyĐ')?.name).toBe('Quy định');
    expect(findDocumentType('qyđ')?.name).toBe('Quy định');
    expect(findDocumentType('CTr')?.name).toBe('Chương trình');
    expect(findDocumentType('UBND')).toBeUndefined();
  });
});

describe('parseDocumentNumber', () => {
  it('reads state numbers', () => {
    expect(parse('Số: 05/QĐ-UBND')).toEqual({ number: 5, typeCode: 'QĐ', issuer: 'UBND', style: 'state' });
    expect(parse('Số: 123/UBND-VP')).toEqual({
      number: 123,
      issuer: 'UBND',
      unitSuffix: 'VP',
      style: 'state',
    });
    expect(parse('Số: 30/2020/NĐ-CP')).toEqual({
      number: 30,
      year: 2020,
      typeCode: 'NĐ',
      issuer: 'CP',
      style: 'state',
    });
    expect(parse('1656/NQ-UBTVQH15')).toEqual({
      number: 1656,
      typeCode: 'NQ',
      issuer: 'UBTVQH15',
      style: 'state',
    });
    expect(parse('Số: 45/2019/QH14')).toEqual({ number: 45, year: 2019, issuer: 'QH14', style: 'state' });
    expect(parse('Số: 12/TTr-UBND-KT')).toEqual({
      number: 12,
      typeCode: 'TTr',
      issuer: 'UBND',
      unitSuffix: 'KT',
      style: 'state',
    });
  });

  it('reads Party numbers (Guide 36-HD/VPTW)', () => {
    expect(parse('Số 370-QĐ/TU')).toEqual({ number: 370, typeCode: 'QĐ', issuer: 'TU', style: 'party' });
    expect(parse('Số 05-CT/TW')).toEqual({ number: 5, typeCode: 'CT', issuer: 'TW', style: 'party' });
    expect(parse('08-QĐi/TW')).toEqual({ number: 8, typeCode: 'QĐi', issuer: 'TW', style: 'party' });
  });

  it('tolerates loose spacing, letter case of the type and a missing zero, and writes them canonically', () => {
    expect(formatDocumentNumber(parse('số :  5 / qđ - UBND'))).toBe('Số: 05/QĐ-UBND');
    expect(formatDocumentNumber(parse('Số 5 - QĐ / TU'))).toBe('Số 05-QĐ/TU');
  });

  it('explains invalid numbers in Vietnamese', () => {
    const message = (text: string) => {
      const result = parseDocumentNumber(text);
      return result.ok ? '' : result.error.message;
    };
    expect(message('')).toBe('Chưa nhập số, ký hiệu văn bản.');
    expect(message('Số: QĐ-UBND')).toContain('không đúng định dạng');
    expect(message('Số: 0/QĐ-UBND')).toContain('số nguyên dương');
    expect(message('Số: 05/QĐ')).toContain('Thiếu chữ viết tắt tên cơ quan');
    expect(message('Số: 05/1800/NĐ-CP')).toContain('Năm ban hành 1800');
    expect(message('Số: 05/QĐ-UBND/')).toContain('không đúng định dạng');
    const result = parseDocumentNumber('05 QĐ UBND');
    expect(result.ok ? undefined : result.error.code).toBe('INVALID_DOCUMENT_NUMBER');
  });
});

describe('formatDocumentNumber', () => {
  it('pads numbers below 10 and writes each style', () => {
    expect(formatDocumentNumber({ number: 5, typeCode: 'QĐ', issuer: 'UBND', style: 'state' })).toBe(
      'Số: 05/QĐ-UBND',
    );
    expect(formatDocumentNumber({ number: 123, issuer: 'UBND', unitSuffix: 'VP', style: 'state' })).toBe(
      'Số: 123/UBND-VP',
    );
    expect(formatDocumentNumber({ number: 370, typeCode: 'QĐ', issuer: 'TU', style: 'party' })).toBe(
      'Số 370-QĐ/TU',
    );
    expect(
      formatDocumentNumber({ number: 7, typeCode: 'KH', issuer: 'UBND', style: 'state' }, { prefix: false }),
    ).toBe('07/KH-UBND');
  });

  it('refuses parts that cannot make a valid number', () => {
    const base: DocumentNumber = { number: 1, typeCode: 'QĐ', issuer: 'UBND', style: 'state' };
    expect(() => formatDocumentNumber({ ...base, number: 0 })).toThrow(VnError);
    expect(() => formatDocumentNumber({ ...base, typeCode: 'XYZ' })).toThrow('không phải chữ viết tắt');
    expect(() => formatDocumentNumber({ ...base, issuer: 'UB ND' })).toThrow('không hợp lệ');
    expect(() => formatDocumentNumber({ number: 1, issuer: 'KH', style: 'state' })).toThrow(
      'tên loại văn bản',
    );
    expect(() => formatDocumentNumber({ number: 1, issuer: 'TU', style: 'party' })).toThrow(
      'Văn bản của Đảng',
    );
  });
});

describe('round trips (property)', () => {
  const typeCodes = ADMINISTRATIVE_DOCUMENT_TYPES.flatMap((type) => (type.code === null ? [] : [type.code]));
  const letters = fc.constantFrom(...'ABCDEGHIKLMNOPQRSTUVXYĐ');
  const code = fc
    .tuple(letters, fc.array(fc.constantFrom(...'ABCDEGHKLMNPQRSTUVXĐ0123456789'), { maxLength: 7 }))
    .map(([first, rest]) => first + rest.join(''))
    .filter((text) => findDocumentType(text) === undefined);
  const suffix = fc.option(
    fc.array(code, { minLength: 1, maxLength: 2 }).map((parts) => parts.join('-')),
    {
      nil: undefined,
    },
  );
  const number = fc.integer({ min: 1, max: 99_999 });
  const state = fc.record(
    {
      number,
      year: fc.option(fc.integer({ min: 1945, max: 2199 }), { nil: undefined }),
      typeCode: fc.option(fc.constantFrom(...typeCodes), { nil: undefined }),
      issuer: code,
      unitSuffix: suffix,
      style: fc.constant('state' as const),
    },
    { requiredKeys: ['number', 'issuer', 'style'] },
  );
  const party = fc.record(
    {
      number,
      typeCode: fc.constantFrom('NQ', 'QĐ', 'QĐi', 'CT', 'KL', 'TB', 'CV', 'HD'),
      issuer: code,
      unitSuffix: suffix,
      style: fc.constant('party' as const),
    },
    { requiredKeys: ['number', 'typeCode', 'issuer', 'style'] },
  );
  const withoutUndefined = (parts: DocumentNumber) =>
    Object.fromEntries(Object.entries(parts).filter(([, value]) => value !== undefined));

  it('parse(format(parts)) = parts and format(parse(text)) = text', () => {
    fc.assert(
      fc.property(fc.oneof(state, party), (parts) => {
        const text = formatDocumentNumber(parts);
        const parsed = parse(text);
        expect(parsed).toEqual(withoutUndefined(parts));
        expect(formatDocumentNumber(parsed)).toBe(text);
        expect(
          formatDocumentNumber(parse(formatDocumentNumber(parts, { prefix: false })), { prefix: false }),
        ).toBe(formatDocumentNumber(parts, { prefix: false }));
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on arbitrary text: a result or a Vietnamese error', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), (text) => {
        const result = parseDocumentNumber(text);
        if (!result.ok) expect(result.error.message.length).toBeGreaterThan(0);
        else expect(formatDocumentNumber(result.value)).toMatch(/^Số:? \d{2,}/);
      }),
      { numRuns: 300 },
    );
  });
});
