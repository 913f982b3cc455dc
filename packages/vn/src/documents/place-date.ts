import {
  type DateInput,
  type DateParts,
  dayNumberFromParts,
  daysInMonth,
  fromDayNumber,
  type LocalDate,
  toDateParts,
} from '../calendar/local-date.ts';
import { fail, succeed, VnError, type VnResult } from '../errors.ts';

/**
 * The place-and-date line of an official document (Decree 30/2020/NĐ-CP, Appendix I):
 * `Hà Nội, ngày 05 tháng 3 năm 2020`. Days below 10 and the months 1 and 2 take a leading zero
 * (`ngày 05 tháng 02 năm 2021`); other months are written as is.
 */
export type PlaceDate = { place: string; date: LocalDate };

const LINE = /^(.+?)\s*,\s*ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})$/iu;

function isDateParts(value: DateInput | DateParts): value is DateParts {
  return typeof value === 'object' && !(value instanceof Date);
}

/** The line for a place and a date (a 'YYYY-MM-DD' date, a moment read in UTC+7, or date parts). */
export function formatPlaceDate(place: string, date: DateInput | DateParts): string {
  const name = place.normalize('NFC').replace(/\s+/g, ' ').trim();
  if (name === '') throw new VnError('INVALID_PLACE_DATE', 'Chưa có địa danh.');
  const parts = isDateParts(date) ? checkParts(date) : toDateParts(date);
  const day = String(parts.day).padStart(2, '0');
  const month = parts.month <= 2 ? `0${parts.month}` : String(parts.month);
  return `${name}, ngày ${day} tháng ${month} năm ${parts.year}`;
}

function checkParts(parts: DateParts): DateParts {
  const { year, month, day } = parts;
  const valid =
    Number.isInteger(year) && Number.isInteger(month) && Number.isInteger(day) && month >= 1 && month <= 12;
  if (!valid || day < 1 || day > daysInMonth(year, month)) {
    throw new VnError('INVALID_PLACE_DATE', `Ngày ${day}/${month}/${year} không tồn tại.`);
  }
  return parts;
}

/** Reads a place-and-date line; zero-padding is not required on input. */
export function parsePlaceDate(text: string): VnResult<PlaceDate> {
  const input = text.normalize('NFC').replace(/\s+/g, ' ').trim();
  const match = LINE.exec(input);
  if (match === null) {
    return fail(
      'INVALID_PLACE_DATE',
      `Dòng địa danh, ngày tháng "${input}" không đúng định dạng "Hà Nội, ngày 05 tháng 3 năm 2020".`,
    );
  }
  const [, place = '', day, month, year] = match;
  const parts = { year: Number(year), month: Number(month), day: Number(day) };
  if (
    parts.month < 1 ||
    parts.month > 12 ||
    parts.day < 1 ||
    parts.day > daysInMonth(parts.year, parts.month)
  ) {
    return fail(
      'INVALID_PLACE_DATE',
      `Ngày ${parts.day} tháng ${parts.month} năm ${parts.year} không tồn tại.`,
    );
  }
  return succeed({ place, date: fromDayNumber(dayNumberFromParts(parts.year, parts.month, parts.day)) });
}
