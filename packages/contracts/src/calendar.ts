import { z } from 'zod';

const LOCAL_DATE = /^\d{4}-\d{2}-\d{2}$/;

export const LocalDate = z.string().regex(LOCAL_DATE, 'Ngày phải theo định dạng YYYY-MM-DD');
export const CalendarYear = z.coerce.number().int().min(2000).max(2100);
export const CalendarYearParams = z.object({ year: CalendarYear });

export const DayOffKind = z.enum(['statutory', 'compensatory', 'decision']);

export const DayOffView = z.object({
  date: LocalDate,
  name: z.string(),
  kind: DayOffKind.meta({
    description:
      'statutory: ngày lễ theo Bộ luật Lao động; compensatory: nghỉ bù; decision: theo quyết định hằng năm',
  }),
});
export type DayOffView = z.infer<typeof DayOffView>;

/** A yearly decision on days off (a Prime Minister's notice, a Ministry of Home Affairs notice). */
export const CalendarDecisionInput = z
  .object({
    daysOff: z.array(LocalDate).max(60).meta({ description: 'Ngày nghỉ thêm hoặc hoán đổi' }),
    workingDays: z
      .array(LocalDate)
      .max(60)
      .meta({ description: 'Ngày làm bù (thứ Bảy) hoặc ngày đi làm thay' }),
    note: z.string().trim().min(1, 'Cần ghi nội dung quyết định').max(2000),
    source: z.string().trim().min(1, 'Cần ghi căn cứ (số, ngày văn bản)').max(500),
  })
  .meta({ id: 'CalendarDecisionInput' });
export type CalendarDecisionInput = z.infer<typeof CalendarDecisionInput>;

export const CalendarDecisionView = CalendarDecisionInput.extend({
  year: z.number().int(),
  version: z
    .number()
    .int()
    .meta({ description: '0 = dữ liệu có sẵn của Liên Thông; 1, 2… = các lần quản trị viên cập nhật' }),
  decidedBy: z.string().nullable(),
  decidedAt: z.iso.datetime({ offset: true }).nullable(),
}).meta({ id: 'CalendarDecisionView' });
export type CalendarDecisionView = z.infer<typeof CalendarDecisionView>;

export const CalendarYearView = z
  .object({
    year: z.number().int(),
    calendarVersion: z
      .string()
      .meta({ description: 'Phiên bản dữ liệu lịch dùng để tính (ghi kèm mỗi hạn xử lý)' }),
    daysOff: z.array(DayOffView),
    workingWeekendDays: z.array(LocalDate),
    decision: CalendarDecisionView.nullable(),
  })
  .meta({ id: 'CalendarYearView' });
export type CalendarYearView = z.infer<typeof CalendarYearView>;

export const CalendarDecisionHistory = z.object({ items: z.array(CalendarDecisionView) });
export type CalendarDecisionHistory = z.infer<typeof CalendarDecisionHistory>;

const Moment = z.iso.datetime({ offset: true });

export const DeadlineInput = z
  .object({
    start: Moment.meta({ description: 'Thời điểm tiếp nhận hợp lệ (ISO 8601 có múi giờ)' }),
    workingDays: z.number().int().min(0).max(365).optional(),
    workingHours: z.number().min(0).max(2000).optional(),
    sameDayCutoff: z
      .boolean()
      .default(false)
      .meta({ description: 'Áp dụng mốc 15:00: nhận sau 15:00 tính từ ngày làm việc tiếp theo' }),
    pauses: z
      .array(z.object({ from: Moment, to: Moment }))
      .max(50)
      .default([])
      .meta({ description: 'Các khoảng dừng tính thời gian (ví dụ chờ công dân bổ sung hồ sơ)' }),
  })
  .refine((input) => (input.workingDays === undefined) !== (input.workingHours === undefined), {
    message: 'Cần đúng một trong hai: workingDays (số ngày làm việc) hoặc workingHours (số giờ làm việc)',
    path: ['workingDays'],
  })
  .meta({ id: 'DeadlineInput' });
export type DeadlineInput = z.infer<typeof DeadlineInput>;

export const DeadlineView = z
  .object({
    due: Moment.meta({ description: 'Hạn xử lý, giờ Việt Nam (+07:00)' }),
    receiptDate: LocalDate.meta({ description: 'Ngày bắt đầu tính (ngày tiếp nhận có hiệu lực)' }),
    calendarVersion: z.string(),
  })
  .meta({ id: 'DeadlineView' });
export type DeadlineView = z.infer<typeof DeadlineView>;
