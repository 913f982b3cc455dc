import { describe, expect, it } from 'vitest';
import { VnError } from '../errors.ts';
import type { CalendarOverrides } from './calendar-overrides.ts';
import { listBaseDaysOff } from './statutory-holidays.ts';
import { createWorkingCalendar, getDefaultCalendar } from './working-calendar.ts';

const offDates = (year: number) => listBaseDaysOff(year).map((holiday) => holiday.date);

describe('statutory rule with compensatory days (Labour Code 2019, Art. 111(3), 112)', () => {
  it('gives a compensatory day for a holiday on a weekend', () => {
    expect(offDates(2022)).toContain('2022-01-03'); // 1/1/2022 was a Saturday
    expect(offDates(2023)).toContain('2023-01-02'); // 1/1/2023 was a Sunday
    // 2023: Hùng Kings (Sat 29/4) and 30/4 (Sun) → Tue 2/5 and Wed 3/5
    expect(offDates(2023)).toEqual(expect.arrayContaining(['2023-04-29', '2023-05-02', '2023-05-03']));
  });

  it('reproduces the National Day days off decided for 2021–2025', () => {
    const september = (year: number) => offDates(year).filter((date) => date.slice(5, 7) === '09');
    expect(september(2021)).toEqual(['2021-09-02', '2021-09-03']);
    expect(september(2022)).toEqual(['2022-09-01', '2022-09-02']);
    expect(september(2023)).toEqual(['2023-09-01', '2023-09-02', '2023-09-04']);
    expect(september(2024)).toEqual(['2024-09-01', '2024-09-02', '2024-09-03']);
    expect(september(2025)).toEqual(['2025-09-01', '2025-09-02']);
  });

  it('had a single National Day before the Labour Code 2019', () => {
    expect(offDates(2020).filter((date) => date.slice(5, 7) === '09')).toEqual(['2020-09-02']);
  });

  it('counts 11 statutory holidays from 2021 and 10 before', () => {
    const statutory = (year: number) =>
      listBaseDaysOff(year).filter((holiday) => holiday.kind === 'statutory');
    expect(statutory(2026)).toHaveLength(11);
    expect(statutory(2019)).toHaveLength(10);
  });
});

describe('default working calendar (with the shipped yearly decisions)', () => {
  const calendar = getDefaultCalendar();

  it('applies Tết 2025: off 25/1–2/2, 27/1 swapped with Saturday 8/2, back to work 3/2', () => {
    for (let day = 25; day <= 31; day++) expect(calendar.isWorkingDay(`2025-01-${day}`)).toBe(false);
    expect(calendar.isWorkingDay('2025-02-01')).toBe(false);
    expect(calendar.isWorkingDay('2025-02-02')).toBe(false);
    expect(calendar.isWorkingDay('2025-02-03')).toBe(true);
    expect(calendar.isWorkingDay('2025-02-08')).toBe(true);
    expect(calendar.listWorkingWeekendDays(2025)).toEqual(['2025-02-08']);
  });

  it('applies Tết 2024 (8–14/2) and the 30/4 swap of 2024', () => {
    expect(calendar.isWorkingDay('2024-02-08')).toBe(false);
    expect(calendar.isWorkingDay('2024-02-14')).toBe(false);
    expect(calendar.isWorkingDay('2024-02-15')).toBe(true);
    expect(calendar.isWorkingDay('2024-04-29')).toBe(false);
    expect(calendar.isWorkingDay('2024-05-04')).toBe(true);
  });

  it('lists days off with names and kinds', () => {
    const daysOff = calendar.listDaysOff(2025);
    expect(daysOff[0]).toEqual({ date: '2025-01-01', name: 'Tết Dương lịch', kind: 'statutory' });
    expect(daysOff).toContainEqual({
      date: '2025-01-27',
      name: 'Nghỉ theo quyết định năm 2025',
      kind: 'decision',
    });
    expect(daysOff.map((holiday) => holiday.date)).not.toContain('2025-02-03');
  });

  it('says which years have a decision', () => {
    expect(calendar.hasYearDecision(2025)).toBe(true);
    expect(calendar.hasYearDecision(2026)).toBe(false);
    expect(calendar.version).toBe('2025.1');
  });

  it('uses the statutory rule alone for years without a decision', () => {
    expect(calendar.isWorkingDay('2026-02-16')).toBe(false); // 29 tháng Chạp, last day of the year
    expect(calendar.isWorkingDay('2026-02-20')).toBe(false); // mùng 4
    expect(calendar.isWorkingDay('2026-02-23')).toBe(true);
    expect(calendar.isWorkingDay('2026-04-30')).toBe(false);
  });

  it('finds the next working day', () => {
    expect(calendar.findNextWorkingDay('2025-01-24')).toBe('2025-02-03');
    expect(calendar.findNextWorkingDay(new Date('2025-03-07T05:00:00Z'))).toBe('2025-03-10');
  });

  it('rejects years outside its range', () => {
    expect(() => calendar.isWorkingDay('1850-01-02')).toThrow(VnError);
  });
});

describe('createWorkingCalendar with custom overrides', () => {
  const overrides: CalendarOverrides = {
    version: 'test-1',
    effectiveFrom: '2026-01-01',
    years: {
      '2026': {
        daysOff: ['2026-02-13'],
        workingDays: ['2026-02-28'],
        note: 'Ví dụ',
        source: 'Thông báo thử',
      },
    },
  };

  it('applies the administrator’s decision', () => {
    const calendar = createWorkingCalendar(overrides);
    expect(calendar.isWorkingDay('2026-02-13')).toBe(false);
    expect(calendar.isWorkingDay('2026-02-28')).toBe(true);
    expect(calendar.isWorkingDay('2025-01-27')).toBe(true); // the shipped 2025 data is not in this version
    expect(calendar.version).toBe('test-1');
  });

  it('is not affected by later changes to the input object', () => {
    const copy = structuredClone(overrides);
    const calendar = createWorkingCalendar(copy);
    copy.years['2026']?.daysOff.push('2026-03-02');
    expect(calendar.isWorkingDay('2026-03-02')).toBe(true);
  });

  it('refuses invalid data with Vietnamese messages', () => {
    const invalid = {
      ...overrides,
      years: { '2026': { ...overrides.years['2026'], daysOff: ['2025-13-01'] } },
    };
    expect(() => createWorkingCalendar(invalid as CalendarOverrides)).toThrow(
      /Dữ liệu lịch nghỉ không hợp lệ.*2025-13-01/,
    );
  });
});
