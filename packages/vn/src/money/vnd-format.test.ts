import { describe, expect, it } from 'vitest';
import { formatVnd } from './vnd-format.ts';

describe('formatVnd', () => {
  it('groups thousands with dots and puts the unit after', () => {
    expect(formatVnd(1500000)).toBe('1.500.000 ₫');
    expect(formatVnd(1500000, { style: 'word' })).toBe('1.500.000 đồng');
    expect(formatVnd(0)).toBe('0 ₫');
    expect(formatVnd(999)).toBe('999 ₫');
    expect(formatVnd(-25000)).toBe('-25.000 ₫');
    expect(formatVnd(10n ** 18n)).toBe('1.000.000.000.000.000.000 ₫');
  });

  it('rounds to whole đồng and rejects non-numbers', () => {
    expect(formatVnd(1499.5)).toBe('1.500 ₫');
    expect(formatVnd(-0.4)).toBe('0 ₫');
    expect(() => formatVnd(Number.NaN)).toThrow('không hợp lệ');
    expect(() => formatVnd(1e20)).toThrow('bigint');
  });
});
