import { isLocalDate, isWeekend, type LocalDate, toDayNumber } from './local-date.ts';
import { listBaseDaysOff } from './statutory-holidays.ts';

/**
 * Yearly government decisions on days off, as plain JSON an administrator can edit (the server
 * keeps it in the database; records keep the `version` that applied to them).
 *
 * For a year listed here the working calendar starts from the statutory rule (weekends, the
 * holidays of Art. 112 and the compensatory days of Art. 111(3)), then
 * - every date of `daysOff` becomes a day off (a swapped weekday, an extra Tết day), and
 * - every date of `workingDays` becomes a working day (a make-up Saturday, or a day the rule
 *   would give off but the decision does not).
 * Years not listed use the statutory rule alone: it only proposes dates; the yearly notice decides.
 */
export type CalendarYearDecision = {
  daysOff: LocalDate[];
  workingDays: LocalDate[];
  /** What was decided, in Vietnamese. */
  note: string;
  /** The decision or notice it comes from (number, date, issuer); never empty. */
  source: string;
};

export type CalendarOverrides = {
  version: string;
  /** First date from which this version of the data is used ('YYYY-MM-DD'). */
  effectiveFrom: LocalDate;
  years: Record<string, CalendarYearDecision>;
};

/** One problem of an overrides document: where (dotted path) and what, in Vietnamese. */
export type OverridesIssue = { path: string; message: string };
export type OverridesValidation =
  | { ok: true; value: CalendarOverrides }
  | { ok: false; errors: OverridesIssue[] };

const YEAR_KEY = /^\d{4}$/;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Checks an overrides document (for instance JSON from a form or the database) and returns it
 * typed, or every problem found with a Vietnamese message.
 */
export function validateCalendarOverrides(input: unknown): OverridesValidation {
  const errors: OverridesIssue[] = [];
  const report = (path: string, message: string) => {
    errors.push({ path, message });
  };
  if (!isRecord(input)) {
    return { ok: false, errors: [{ path: '', message: 'Dữ liệu lịch nghỉ phải là một đối tượng JSON.' }] };
  }
  if (typeof input.version !== 'string' || input.version.trim() === '') {
    report('version', 'Phiên bản (version) là bắt buộc và không được để trống.');
  }
  if (typeof input.effectiveFrom !== 'string' || !isLocalDate(input.effectiveFrom)) {
    report('effectiveFrom', 'Ngày áp dụng (effectiveFrom) phải là ngày hợp lệ theo định dạng YYYY-MM-DD.');
  }
  if (!isRecord(input.years)) {
    report('years', 'Danh sách năm (years) phải là một đối tượng, khóa là năm (ví dụ "2025").');
  } else {
    for (const [key, decision] of Object.entries(input.years)) {
      validateYear(key, decision, report);
    }
  }
  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, value: input as CalendarOverrides };
}

function validateYear(key: string, decision: unknown, report: (path: string, message: string) => void): void {
  const path = `years.${key}`;
  const year = Number(key);
  if (!YEAR_KEY.test(key) || year < 1900 || year > 2199) {
    report(path, `Năm "${key}" không hợp lệ (phải là năm có 4 chữ số, từ 1900 đến 2199).`);
    return;
  }
  if (!isRecord(decision)) {
    report(path, `Quyết định của năm ${key} phải là một đối tượng { daysOff, workingDays, note, source }.`);
    return;
  }
  for (const field of ['note', 'source'] as const) {
    if (typeof decision[field] !== 'string')
      report(`${path}.${field}`, `Trường ${field} phải là chuỗi ký tự.`);
  }
  if (typeof decision.source === 'string' && decision.source.trim() === '') {
    report(`${path}.source`, `Phải ghi căn cứ (văn bản, số hiệu, ngày ban hành) của quyết định năm ${key}.`);
  }
  const baseOff = new Set(listBaseDaysOff(year).map((holiday) => holiday.date));
  const daysOff = validateDates(decision.daysOff, `${path}.daysOff`, key, report);
  const workingDays = validateDates(decision.workingDays, `${path}.workingDays`, key, report);
  daysOff.forEach((date, index) => {
    if (isWeekend(toDayNumber(date))) {
      report(
        `${path}.daysOff[${index}]`,
        `Ngày ${date} là ngày nghỉ hằng tuần, không cần khai báo là ngày nghỉ.`,
      );
    } else if (baseOff.has(date)) {
      report(`${path}.daysOff[${index}]`, `Ngày ${date} đã là ngày nghỉ lễ theo luật, không cần khai báo.`);
    }
  });
  workingDays.forEach((date, index) => {
    if (daysOff.includes(date)) {
      report(
        `${path}.workingDays[${index}]`,
        `Ngày ${date} không thể vừa là ngày nghỉ vừa là ngày làm việc.`,
      );
    } else if (!isWeekend(toDayNumber(date)) && !baseOff.has(date)) {
      report(`${path}.workingDays[${index}]`, `Ngày ${date} vốn đã là ngày làm việc, không cần khai báo.`);
    }
  });
}

function validateDates(
  value: unknown,
  path: string,
  year: string,
  report: (path: string, message: string) => void,
): LocalDate[] {
  if (!Array.isArray(value)) {
    report(path, 'Phải là danh sách ngày theo định dạng YYYY-MM-DD (có thể rỗng).');
    return [];
  }
  const valid: LocalDate[] = [];
  value.forEach((item: unknown, index) => {
    const at = `${path}[${index}]`;
    if (typeof item !== 'string' || !isLocalDate(item)) {
      report(at, `Ngày "${String(item)}" không hợp lệ (định dạng YYYY-MM-DD).`);
    } else if (!item.startsWith(`${year}-`)) {
      report(at, `Ngày ${item} không thuộc năm ${year}.`);
    } else if (valid.includes(item)) {
      report(at, `Ngày ${item} bị khai báo trùng.`);
    } else {
      valid.push(item);
    }
  });
  return valid;
}
