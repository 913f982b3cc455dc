import { describe, expect, it } from 'vitest';
import { formatPhoneNumber, parsePhoneNumber } from './phone-number.ts';

describe('phone numbers', () => {
  it('normalises +84, 84, 0084 and 0 forms', () => {
    for (const input of [
      '0912345678',
      '+84912345678',
      '84912345678',
      '0084 912 345 678',
      '+84 (0) 912.345.678',
      '091-234-5678',
    ]) {
      expect(parsePhoneNumber(input)).toEqual({
        ok: true,
        value: { national: '0912345678', international: '+84912345678', kind: 'mobile' },
      });
    }
  });

  it('knows mobile prefixes and landlines', () => {
    for (const prefix of ['03', '05', '07', '08', '09'])
      expect(parsePhoneNumber(`${prefix}12345678`).ok).toBe(true);
    for (const prefix of ['01', '04', '06']) expect(parsePhoneNumber(`${prefix}12345678`).ok).toBe(false);
    expect(parsePhoneNumber('024 3825 1234')).toMatchObject({
      ok: true,
      value: { national: '02438251234', kind: 'landline' },
    });
    expect(parsePhoneNumber('+84 203 382 5123')).toMatchObject({
      ok: true,
      value: { national: '02033825123' },
    });
    const bad = parsePhoneNumber('0912 345 67');
    expect(bad.ok ? '' : bad.error.message).toContain('không hợp lệ');
  });

  it('formats for display', () => {
    expect(formatPhoneNumber('+84912345678')).toBe('0912 345 678');
    expect(formatPhoneNumber('0912345678', 'international')).toBe('+84 912 345 678');
    expect(formatPhoneNumber('02438251234')).toBe('024 3825 1234');
    expect(formatPhoneNumber('02438251234', 'international')).toBe('+84 24 3825 1234');
    expect(formatPhoneNumber('02033825123')).toBe('0203 382 5123');
    expect(() => formatPhoneNumber('12345')).toThrow('không hợp lệ');
  });
});
