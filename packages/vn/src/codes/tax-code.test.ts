import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeTaxCheckDigit, generateTaxCode, validateTaxCode } from './tax-code.ts';

describe('tax codes', () => {
  it('accepts published codes', () => {
    expect(validateTaxCode('0100109106')).toEqual({
      ok: true,
      value: { taxCode: '0100109106', baseCode: '0100109106' },
    });
    for (const code of ['0100112437', '0101248141', '0300588569'])
      expect(validateTaxCode(code).ok).toBe(true);
  });

  it('accepts branches with or without the hyphen, in canonical form', () => {
    const expected = { taxCode: '0100109106-001', baseCode: '0100109106', branch: '001' };
    expect(validateTaxCode('0100109106-001')).toEqual({ ok: true, value: expected });
    expect(validateTaxCode('0100109106001')).toEqual({ ok: true, value: expected });
    expect(validateTaxCode(' 0100109106 - 001 ').ok).toBe(true);
  });

  it('rejects wrong check digits, lengths and branch 000 in Vietnamese', () => {
    const message = (code: string) => {
      const result = validateTaxCode(code);
      return result.ok ? '' : result.error.message;
    };
    expect(message('0100109107')).toBe('Mã số thuế 0100109107 không đúng chữ số kiểm tra (chữ số thứ 10).');
    expect(message('010010910')).toContain('10 chữ số');
    expect(message('0100109106-000')).toContain('001 đến 999');
    expect(message('0100109106-01')).toContain('10 chữ số');
  });

  it('has no check digit when the remainder is 0', () => {
    // a weighted sum ≡ 0 (mod 11) would need the check digit 10
    expect(computeTaxCheckDigit('000000000')).toBeUndefined();
    expect(() => generateTaxCode('000000000')).toThrow('không được cấp');
    expect(computeTaxCheckDigit('010010910')).toBe(6);
  });

  it('generate → validate (property)', () => {
    fc.assert(
      fc.property(
        fc.stringMatching(/^\d{9}$/),
        fc.option(fc.integer({ min: 1, max: 999 }), { nil: undefined }),
        (prefix, branch) => {
          if (computeTaxCheckDigit(prefix) === undefined) {
            expect(() => generateTaxCode(prefix)).toThrow();
            return;
          }
          const code = generateTaxCode(prefix, branch);
          const result = validateTaxCode(code);
          expect(result).toMatchObject({ ok: true, value: { taxCode: code } });
          const tampered = `${prefix}${(Number(code.charAt(9)) + 1) % 10}`;
          expect(validateTaxCode(tampered).ok).toBe(false);
        },
      ),
      { numRuns: 500 },
    );
  });
});
