import dayjs from 'dayjs';
import { afterEach, describe, expect, it } from 'vitest';
import { i18n } from '../../i18n/i18n.ts';
import {
  clampYear,
  currentVietnamYear,
  formatDayWithWeekday,
  formatDue,
  vietnamMoment,
  vietnamToday,
} from './calendar-format.ts';

const ORIGINAL_TZ = process.env.TZ;

afterEach(() => {
  if (ORIGINAL_TZ === undefined) delete process.env.TZ;
  else process.env.TZ = ORIGINAL_TZ;
});

describe('calendar formatting', () => {
  it('writes a day with its Vietnamese weekday', () => {
    const t = i18n.getFixedT('vi');
    expect(formatDayWithWeekday('2026-05-01', t)).toBe('Thứ Sáu, 01/05/2026');
    expect(formatDayWithWeekday('2026-05-03', t)).toBe('Chủ Nhật, 03/05/2026');
    expect(formatDayWithWeekday('2025-02-08', t)).toBe('Thứ Bảy, 08/02/2025');
    expect(formatDayWithWeekday('2026-05-04', t)).toBe('Thứ Hai, 04/05/2026');
    expect(formatDayWithWeekday('2026-05-01', i18n.getFixedT('en'))).toBe('Friday, 01/05/2026');
  });

  it('reads a due moment in Vietnam time', () => {
    const t = i18n.getFixedT('vi');
    expect(formatDue('2026-05-06T17:00:00+07:00', t)).toEqual({ time: '17:00', day: 'Thứ Tư, 06/05/2026' });
    expect(formatDue('2026-05-06T10:00:00Z', t)).toEqual({ time: '17:00', day: 'Thứ Tư, 06/05/2026' });
  });

  it("knows today and the current year in Vietnam, not in the browser's zone", () => {
    const newYearInHanoi = new Date('2026-12-31T20:00:00Z'); // 03:00 on 1 January 2027 in Hà Nội
    expect(vietnamToday(newYearInHanoi)).toBe('2027-01-01');
    expect(currentVietnamYear(newYearInHanoi)).toBe(2027);
    expect(clampYear(1999)).toBe(2000);
    expect(clampYear(2200)).toBe(2100);
  });

  it.each([
    ['America/Los_Angeles', -420],
    ['UTC', 0],
    ['Asia/Ho_Chi_Minh', 420],
    ['Pacific/Kiritimati', 840],
  ])('builds the +07:00 start from the picked date and time in %s', (zone, offset) => {
    process.env.TZ = zone;
    const date = dayjs('2026-04-28');
    expect(date.utcOffset() + 0).toBe(offset);
    const time = dayjs('2026-11-23T16:00');
    expect(vietnamMoment(date, time)).toBe('2026-04-28T16:00:00+07:00');
    expect(new Date(vietnamMoment(date, time)).toISOString()).toBe('2026-04-28T09:00:00.000Z');
  });
});
