import type { CalendarDecisionView, CalendarYearView } from './queries.ts';

/** Answers of the calendar API as the server gives them (2025 and 2026), for the tests. */

export const DECISION_2025: CalendarDecisionView = {
  year: 2025,
  version: 0,
  daysOff: ['2025-01-27'],
  workingDays: ['2025-02-03', '2025-02-08'],
  note: 'Tết Ất Tỵ: nghỉ 9 ngày liên tục từ thứ Bảy 25/01/2025 đến hết Chủ nhật 02/02/2025.',
  source: 'Thông báo của Bộ Lao động – Thương binh và Xã hội về lịch nghỉ Tết Âm lịch năm 2025.',
  decidedBy: null,
  decidedAt: null,
};

export const YEAR_2025: CalendarYearView = {
  year: 2025,
  calendarVersion: '2025.1+db.0',
  daysOff: [
    { date: '2025-01-01', name: 'Tết Dương lịch', kind: 'statutory' },
    { date: '2025-01-27', name: 'Nghỉ theo quyết định năm 2025', kind: 'decision' },
    { date: '2025-01-29', name: 'Tết Âm lịch (mùng 1)', kind: 'statutory' },
    { date: '2025-05-01', name: 'Ngày Quốc tế lao động (1/5)', kind: 'statutory' },
  ],
  workingWeekendDays: ['2025-02-08'],
  decision: DECISION_2025,
};

export const YEAR_2026: CalendarYearView = {
  year: 2026,
  calendarVersion: '2025.1+db.0',
  daysOff: [
    { date: '2026-01-01', name: 'Tết Dương lịch', kind: 'statutory' },
    { date: '2026-04-26', name: 'Giỗ Tổ Hùng Vương (10/3 âm lịch)', kind: 'statutory' },
    { date: '2026-04-27', name: 'Nghỉ bù Giỗ Tổ Hùng Vương (10/3 âm lịch)', kind: 'compensatory' },
    { date: '2026-05-01', name: 'Ngày Quốc tế lao động (1/5)', kind: 'statutory' },
  ],
  workingWeekendDays: [],
  decision: null,
};

export const YEARS: Record<number, CalendarYearView> = { 2025: YEAR_2025, 2026: YEAR_2026 };
