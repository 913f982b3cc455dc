import { describe, expect, it } from 'vitest';
import {
  formatDate,
  formatDateTime,
  formatLocalDate,
  formatNumber,
  formatTime,
  vietnamLocalDate,
  weekdayOf,
} from './format.ts';

describe('format', () => {
  it('writes date and time as dd/mm/yyyy HH:mm in Vietnam time', () => {
    expect(formatDateTime('2025-11-23T07:05:00Z')).toBe('23/11/2025 14:05');
    expect(formatDateTime('2025-12-31T17:30:00Z')).toBe('01/01/2026 00:30');
    expect(formatDateTime('2025-11-23T21:05:00+07:00')).toBe('23/11/2025 21:05');
  });

  it('writes dates as dd/mm/yyyy', () => {
    expect(formatDate('2025-03-04T00:00:00+07:00')).toBe('04/03/2025');
  });

  it('returns invalid input unchanged', () => {
    expect(formatDateTime('không phải ngày')).toBe('không phải ngày');
  });

  it('uses the Vietnamese decimal comma', () => {
    expect(formatNumber(1234.56, 'vi')).toBe('1.234,6');
    expect(formatNumber(1234.56, 'en')).toBe('1,234.6');
  });

  it('gives the time and the calendar day of a moment in Vietnam', () => {
    expect(formatTime('2026-05-06T10:00:00Z')).toBe('17:00');
    expect(vietnamLocalDate('2026-12-31T17:30:00Z')).toBe('2027-01-01');
    expect(vietnamLocalDate('không phải ngày')).toBeUndefined();
  });

  it('writes calendar days as dd/mm/yyyy and knows their weekday', () => {
    expect(formatLocalDate('2026-05-01')).toBe('01/05/2026');
    expect(formatLocalDate('1/5/2026')).toBe('1/5/2026');
    expect(weekdayOf('2026-05-01')).toBe(5);
    expect(weekdayOf('2026-05-03')).toBe(0);
    expect(weekdayOf('ngày')).toBeUndefined();
  });
});
