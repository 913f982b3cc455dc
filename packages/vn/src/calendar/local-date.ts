import { VnError } from '../errors.ts';

/**
 * Dates and moments in Vietnam's time (Asia/Ho_Chi_Minh, UTC+7 all year, no daylight saving),
 * independent of the machine's time zone.
 *
 * - A calendar date is a `LocalDate` string 'YYYY-MM-DD'. Internally dates are "day numbers":
 *   days since 1970-01-01 (local), so that date arithmetic is integer arithmetic.
 * - A moment is a JS `Date` or epoch milliseconds; its local date and time are read with a fixed
 *   +7 h offset.
 */
export type LocalDate = string;
export type Moment = Date | number;
/** A `LocalDate` string, or a moment (whose local date is used). */
export type DateInput = LocalDate | Moment;
export type DateParts = { year: number; month: number; day: number };

export const VN_UTC_OFFSET_MS = 7 * 3_600_000;
export const DAY_MS = 86_400_000;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME = /^([01]\d|2[0-4]):([0-5]\d)$/;

/** Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil). */
export function dayNumberFromParts(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * ((month + 9) % 12) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

/** The date of a day number (H. Hinnant's civil_from_days). */
export function partsFromDayNumber(dayNumber: number): DateParts {
  const z = dayNumber + 719_468;
  const era = Math.floor(z / 146_097);
  const dayOfEra = z - era * 146_097;
  const yearOfEra = Math.floor(
    (dayOfEra -
      Math.floor(dayOfEra / 1460) +
      Math.floor(dayOfEra / 36_524) -
      Math.floor(dayOfEra / 146_096)) /
      365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const shiftedMonth = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * shiftedMonth + 2) / 5) + 1;
  const month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9;
  return { year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

export function daysInMonth(year: number, month: number): number {
  return (
    dayNumberFromParts(month === 12 ? year + 1 : year, month === 12 ? 1 : month + 1, 1) -
    dayNumberFromParts(year, month, 1)
  );
}

/** Whether `text` is a real calendar date written 'YYYY-MM-DD'. */
export function isLocalDate(text: string): boolean {
  return parseDateParts(text) !== undefined;
}

function parseDateParts(text: string): DateParts | undefined {
  const match = ISO_DATE.exec(text);
  if (match === null) return undefined;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  return { year, month, day };
}

/** Epoch milliseconds of a moment; throws `VnError` for an invalid `Date` or `NaN`. */
export function toEpochMs(moment: Moment): number {
  const ms = typeof moment === 'number' ? moment : moment.getTime();
  if (!Number.isFinite(ms)) throw new VnError('INVALID_DATE', 'Thời điểm không hợp lệ.');
  return ms;
}

/** The local day number of a date or moment; throws `VnError` for an invalid date. */
export function toDayNumber(input: DateInput): number {
  if (typeof input === 'string') {
    const parts = parseDateParts(input);
    if (parts === undefined) {
      throw new VnError('INVALID_DATE', `Ngày "${input}" không hợp lệ (định dạng YYYY-MM-DD).`);
    }
    return dayNumberFromParts(parts.year, parts.month, parts.day);
  }
  return Math.floor((toEpochMs(input) + VN_UTC_OFFSET_MS) / DAY_MS);
}

export function fromDayNumber(dayNumber: number): LocalDate {
  const { year, month, day } = partsFromDayNumber(dayNumber);
  return `${String(year).padStart(4, '0')}-${pad2(month)}-${pad2(day)}`;
}

export function toDateParts(input: DateInput): DateParts {
  return partsFromDayNumber(toDayNumber(input));
}

/** The local calendar date of a moment (or the date itself, validated). */
export function toLocalDate(input: DateInput): LocalDate {
  return fromDayNumber(toDayNumber(input));
}

/** Sort order of 'YYYY-MM-DD' strings (their text order). */
export function compareLocalDates(a: LocalDate, b: LocalDate): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Day of the week of a day number: 0 Sunday … 6 Saturday. */
export function weekdayOf(dayNumber: number): number {
  return (((dayNumber + 4) % 7) + 7) % 7;
}

export function isWeekend(dayNumber: number): boolean {
  const weekday = weekdayOf(dayNumber);
  return weekday === 0 || weekday === 6;
}

/** Minutes after local midnight of an 'HH:MM' time (00:00–24:00); throws `VnError` if malformed. */
export function parseTimeOfDay(text: string): number {
  const match = TIME.exec(text);
  const minutes = match === null ? Number.NaN : Number(match[1]) * 60 + Number(match[2]);
  if (!(minutes <= 24 * 60)) {
    throw new VnError(
      'INVALID_ARGUMENT',
      `Giờ "${text}" không hợp lệ (định dạng HH:MM, từ 00:00 đến 24:00).`,
    );
  }
  return minutes;
}

/** Epoch milliseconds of local midnight starting the given day number. */
export function startOfDayMs(dayNumber: number): number {
  return dayNumber * DAY_MS - VN_UTC_OFFSET_MS;
}

/** The moment of a local date and time: `toMoment('2025-03-05', '17:00')` is 10:00 UTC. */
export function toMoment(date: LocalDate, time = '00:00'): Date {
  return new Date(startOfDayMs(toDayNumber(date)) + parseTimeOfDay(time) * 60_000);
}

/** A moment in local time, ISO 8601 with the offset: '2025-03-05T17:00:00+07:00'. */
export function formatLocalDateTime(moment: Moment): string {
  const ms = toEpochMs(moment);
  const dayNumber = Math.floor((ms + VN_UTC_OFFSET_MS) / DAY_MS);
  const seconds = Math.floor((ms - startOfDayMs(dayNumber)) / 1000);
  const time = `${pad2(Math.floor(seconds / 3600))}:${pad2(Math.floor(seconds / 60) % 60)}:${pad2(seconds % 60)}`;
  return `${fromDayNumber(dayNumber)}T${time}+07:00`;
}

function pad2(value: number): string {
  return String(value).padStart(2, '0');
}
