import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromDayNumber, toDayNumber } from './local-date.ts';
import { getLeapMonth, getLunarMonthLength, lunarToSolar, solarToLunar } from './lunar.ts';

const tet = (year: number) => lunarToSolar({ year, month: 1, day: 1, isLeapMonth: false });

describe('lunar calendar (UTC+7)', () => {
  it('finds Tết on the dates checked in HOLIDAYS.md', () => {
    const known = {
      2015: '2015-02-19',
      2016: '2016-02-08',
      2017: '2017-01-28',
      2018: '2018-02-16',
      2019: '2019-02-05',
      2020: '2020-01-25',
      2021: '2021-02-12',
      2022: '2022-02-01',
      2023: '2023-01-22',
      2024: '2024-02-10',
      2025: '2025-01-29',
      2026: '2026-02-17',
    };
    for (const [year, date] of Object.entries(known)) expect(tet(Number(year))).toBe(date);
  });

  it('uses Vietnam time, not China time: Tết 1985 is 21 January', () => {
    expect(tet(1985)).toBe('1985-01-21');
  });

  it('finds Hùng Kings day (10/3 lunar)', () => {
    expect(lunarToSolar({ year: 2024, month: 3, day: 10, isLeapMonth: false })).toBe('2024-04-18');
    expect(lunarToSolar({ year: 2025, month: 3, day: 10, isLeapMonth: false })).toBe('2025-04-07');
    expect(lunarToSolar({ year: 2026, month: 3, day: 10, isLeapMonth: false })).toBe('2026-04-26');
  });

  it('knows leap months', () => {
    expect(getLeapMonth(2020)).toBe(4);
    expect(getLeapMonth(2023)).toBe(2);
    expect(getLeapMonth(2024)).toBe(0);
    expect(getLeapMonth(2025)).toBe(6);
    expect(getLeapMonth(2033)).toBe(11);
    expect(solarToLunar('2025-07-25')).toEqual({ year: 2025, month: 6, day: 1, isLeapMonth: true });
    expect(lunarToSolar({ year: 2025, month: 6, day: 1, isLeapMonth: true })).toBe('2025-07-25');
  });

  it('converts the last day of the lunar year', () => {
    expect(solarToLunar('2025-01-28')).toEqual({ year: 2024, month: 12, day: 29, isLeapMonth: false });
    expect(solarToLunar('2024-02-09')).toEqual({ year: 2023, month: 12, day: 30, isLeapMonth: false });
    expect(getLunarMonthLength(2024, 12)).toBe(29);
  });

  it('accepts moments and reads their local date', () => {
    expect(solarToLunar(new Date('2025-01-28T17:00:00Z'))).toEqual({
      year: 2025,
      month: 1,
      day: 1,
      isLeapMonth: false,
    });
  });

  it('rejects dates that do not exist, in Vietnamese', () => {
    expect(() => lunarToSolar({ year: 2024, month: 6, day: 1, isLeapMonth: true })).toThrow(
      'không có tháng 6 nhuận',
    );
    expect(() => lunarToSolar({ year: 2024, month: 12, day: 30, isLeapMonth: false })).toThrow('có 29 ngày');
    expect(() => lunarToSolar({ year: 2024, month: 13, day: 1, isLeapMonth: false })).toThrow('không hợp lệ');
    expect(() => solarToLunar('2300-01-01')).toThrow('ngoài phạm vi');
  });

  it('round-trips solar → lunar → solar and has months of 29 or 30 days (property)', () => {
    const start = toDayNumber('1900-03-01');
    const end = toDayNumber('2150-12-31');
    fc.assert(
      fc.property(fc.integer({ min: start, max: end }), (dayNumber) => {
        const date = fromDayNumber(dayNumber);
        const lunar = solarToLunar(date);
        expect(lunarToSolar(lunar)).toBe(date);
        expect([29, 30]).toContain(getLunarMonthLength(lunar.year, lunar.month, lunar.isLeapMonth));
      }),
      { numRuns: 400 },
    );
  });
});
