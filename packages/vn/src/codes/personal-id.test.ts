import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodePersonalId, PERSONAL_ID_PROVINCES } from './personal-id.ts';

const TODAY = '2025-06-01';

describe('decodePersonalId', () => {
  it('decodes province, sex and year of birth', () => {
    expect(decodePersonalId('001090123456', TODAY)).toEqual({
      ok: true,
      value: {
        id: '001090123456',
        provinceCode: '001',
        provinceName: 'Hà Nội',
        sex: 'male',
        birthYear: 1990,
      },
    });
    const woman = decodePersonalId('079 3 05 123456', TODAY);
    expect(woman.ok && woman.value).toMatchObject({
      provinceName: 'Hồ Chí Minh',
      sex: 'female',
      birthYear: 2005,
    });
    const old = decodePersonalId('096185000001', TODAY);
    expect(old.ok && old.value).toMatchObject({ provinceName: 'Cà Mau', sex: 'female', birthYear: 1985 });
  });

  it('maps every century digit', () => {
    const decode = (digit: number) => decodePersonalId(`001${digit}00000001`, '2400-01-01');
    const years = [0, 1, 2, 3, 4, 5, 6, 7].map((digit) => {
      const result = decode(digit);
      return result.ok ? [result.value.birthYear, result.value.sex] : [];
    });
    expect(years).toEqual([
      [1900, 'male'],
      [1900, 'female'],
      [2000, 'male'],
      [2000, 'female'],
      [2100, 'male'],
      [2100, 'female'],
      [2200, 'male'],
      [2200, 'female'],
    ]);
  });

  it('rejects malformed numbers, unknown provinces and births in the future', () => {
    const message = (id: string, today = TODAY) => {
      const result = decodePersonalId(id, today);
      return result.ok ? '' : result.error.message;
    };
    expect(message('00109012345')).toBe('Số định danh cá nhân phải gồm đúng 12 chữ số.');
    expect(message('00109012345a')).toBe('Số định danh cá nhân phải gồm đúng 12 chữ số.');
    expect(message('003090123456')).toContain('Mã tỉnh nơi đăng ký khai sinh "003"');
    expect(message('001226123456')).toBe(
      'Năm sinh 2026 (chữ số thứ 4 đến thứ 6) không thể sau năm hiện tại 2025.',
    );
    expect(message('001225123456')).toBe('');
    expect(message('001226123456', '2026-01-01')).toBe('');
  });

  it('never throws on random 12-digit strings (property)', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\d{12}$/), (id) => {
        const result = decodePersonalId(id, TODAY);
        if (result.ok) expect(result.value.birthYear).toBeLessThanOrEqual(2025);
        else expect(result.error.code).toBe('INVALID_PERSONAL_ID');
      }),
      { numRuns: 300 },
    );
  });
});

// Cross-check: the ID province codes are '0' + the 63 GSO province codes in force before 2025-07-01.
const provincesFile = fileURLToPath(
  new URL(
    '../../../../../shared/data/admin-units/vietnamese-provinces-database/v2.4.1_2025-03-01_simplified_json_generated_data_vn_units_minified.json',
    import.meta.url,
  ),
);
const hasProvinces = existsSync(provincesFile);
if (!hasProvinces) console.warn(`[vn] province cross-check skipped: ${provincesFile} not found`);

describe.skipIf(!hasProvinces)(
  'personal ID province codes vs the GSO list of 2025-03-01 (needs /work/shared)',
  () => {
    it('has the same 63 codes', () => {
      const provinces = JSON.parse(readFileSync(provincesFile, 'utf8')) as Array<{ Code: string }>;
      expect([...PERSONAL_ID_PROVINCES.keys()]).toEqual(provinces.map((province) => `0${province.Code}`));
    });
  },
);
