import { describe, expect, it } from 'vitest';
import { detectAdminUnitLevel, validateAdminUnitCode } from './admin-unit-code.ts';

describe('administrative unit codes', () => {
  it('detects the level from the length', () => {
    expect(detectAdminUnitLevel('01')).toBe('province');
    expect(detectAdminUnitLevel('001')).toBe('district');
    expect(detectAdminUnitLevel('00004')).toBe('commune');
    expect(detectAdminUnitLevel('0001')).toBeUndefined();
    expect(detectAdminUnitLevel('1')).toBeUndefined();
    expect(detectAdminUnitLevel('0a')).toBeUndefined();
  });

  it('rejects codes outside the ranges and the wrong level, in Vietnamese', () => {
    expect(validateAdminUnitCode('00').ok).toBe(false);
    expect(validateAdminUnitCode('97').ok).toBe(false);
    expect(validateAdminUnitCode('00000').ok).toBe(false);
    expect(validateAdminUnitCode(' 79 ')).toEqual({ ok: true, value: { code: '79', level: 'province' } });
    const wrongLevel = validateAdminUnitCode('00004', 'province');
    expect(wrongLevel.ok ? '' : wrongLevel.error.message).toBe(
      'Mã "00004" là mã cấp xã (5 chữ số), không phải mã cấp tỉnh (2 chữ số).',
    );
  });
});
