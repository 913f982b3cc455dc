import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  dayNumberFromParts,
  formatLocalDateTime,
  fromDayNumber,
  isLocalDate,
  partsFromDayNumber,
  toDayNumber,
  toLocalDate,
  toMoment,
  weekdayOf,
} from './local-date.ts';

describe('local dates in UTC+7', () => {
  it('reads the local date of a moment whatever the machine time zone', () => {
    expect(toLocalDate(new Date('2025-01-01T16:59:59Z'))).toBe('2025-01-01');
    expect(toLocalDate(new Date('2025-01-01T17:00:00Z'))).toBe('2025-01-02');
    expect(toLocalDate(Date.UTC(2024, 11, 31, 17))).toBe('2025-01-01');
  });

  it('builds moments from local date and time', () => {
    expect(toMoment('2025-03-05', '17:00').toISOString()).toBe('2025-03-05T10:00:00.000Z');
    expect(toMoment('2025-03-05').toISOString()).toBe('2025-03-04T17:00:00.000Z');
    expect(formatLocalDateTime(new Date('2025-03-05T10:00:00Z'))).toBe('2025-03-05T17:00:00+07:00');
  });

  it('validates dates', () => {
    expect(isLocalDate('2024-02-29')).toBe(true);
    expect(isLocalDate('2025-02-29')).toBe(false);
    expect(isLocalDate('2025-13-01')).toBe(false);
    expect(isLocalDate('2025-1-01')).toBe(false);
    expect(() => toDayNumber('2025-02-30')).toThrow('không hợp lệ');
    expect(() => toDayNumber(new Date(Number.NaN))).toThrow('Thời điểm không hợp lệ');
    expect(() => toMoment('2025-01-01', '25:00')).toThrow('HH:MM');
  });

  it('knows weekdays', () => {
    expect(weekdayOf(toDayNumber('1970-01-01'))).toBe(4);
    expect(weekdayOf(toDayNumber('2025-09-02'))).toBe(2);
  });

  it('agrees with Date.UTC on day numbers (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: -80_000, max: 120_000 }), (dayNumber) => {
        const date = fromDayNumber(dayNumber);
        expect(date).toBe(new Date(dayNumber * 86_400_000).toISOString().slice(0, 10));
        const { year, month, day } = partsFromDayNumber(dayNumber);
        expect(dayNumberFromParts(year, month, day)).toBe(dayNumber);
        expect(toDayNumber(date)).toBe(dayNumber);
      }),
      { numRuns: 500 },
    );
  });
});
