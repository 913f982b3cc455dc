import type { CalendarOverrides } from './calendar-overrides.ts';

/**
 * The yearly decisions this package ships, for civil servants (cán bộ, công chức, viên chức).
 * Only decisions known with confidence are here; every other year uses the statutory rule
 * alone until an administrator adds the year's notice. Document numbers are not recorded where
 * they could not be checked: the `source` says so, and should be completed from the notice.
 *
 * Years whose decision equals the statutory rule need no entry: for example Quốc khánh
 * 2021–2025 (2–5/9/2021, 1–4/9/2022, 1–4/9/2023, 31/8–3/9/2024, 30/8–2/9/2025) all follow
 * from `listBaseDaysOff` (see its tests).
 */
export const DEFAULT_CALENDAR_OVERRIDES: CalendarOverrides = {
  version: '2025.1',
  effectiveFrom: '2024-01-01',
  years: {
    '2024': {
      daysOff: ['2024-02-08', '2024-04-29'],
      workingDays: ['2024-02-15', '2024-05-04'],
      note:
        'Tết Giáp Thìn: nghỉ 7 ngày liên tục từ thứ Năm 08/02/2024 (29 tháng Chạp) đến hết thứ Tư 14/02/2024 ' +
        '(mùng 5 tháng Giêng); thứ Năm 15/02/2024 đi làm bình thường. Lễ 30/4 và 1/5: nghỉ 5 ngày từ thứ Bảy ' +
        '27/4 đến hết thứ Tư 01/5/2024, hoán đổi ngày làm việc thứ Hai 29/4 sang thứ Bảy 04/5/2024.',
      source:
        'Thông báo của Bộ Lao động – Thương binh và Xã hội về lịch nghỉ Tết Âm lịch và nghỉ lễ 30/4, 1/5 năm ' +
        '2024 đối với cán bộ, công chức, viên chức, theo ý kiến của Thủ tướng Chính phủ (số hiệu: cần kiểm tra).',
    },
    '2025': {
      daysOff: ['2025-01-27'],
      workingDays: ['2025-02-03', '2025-02-08'],
      note:
        'Tết Ất Tỵ: nghỉ 9 ngày liên tục từ thứ Bảy 25/01/2025 (26 tháng Chạp) đến hết Chủ nhật 02/02/2025 ' +
        '(mùng 5 tháng Giêng); hoán đổi ngày làm việc thứ Hai 27/01/2025 sang thứ Bảy 08/02/2025; thứ Hai ' +
        '03/02/2025 đi làm bình thường.',
      source:
        'Thông báo của Bộ Lao động – Thương binh và Xã hội về lịch nghỉ Tết Âm lịch năm 2025 đối với cán bộ, ' +
        'công chức, viên chức, theo ý kiến của Thủ tướng Chính phủ (số hiệu: cần kiểm tra).',
    },
  },
};
