import type { Dayjs } from 'dayjs';
import type { TFunction } from 'i18next';
import { formatLocalDate, formatTime, vietnamLocalDate, weekdayOf } from '../../lib/format.ts';
import { MAX_YEAR, MIN_YEAR } from './queries.ts';

const WEEKDAY_KEYS = [
  'calendar.weekday.sunday',
  'calendar.weekday.monday',
  'calendar.weekday.tuesday',
  'calendar.weekday.wednesday',
  'calendar.weekday.thursday',
  'calendar.weekday.friday',
  'calendar.weekday.saturday',
] as const;

/** `2026-05-01` → "Thứ Sáu, 01/05/2026" (English: "Friday, 01/05/2026"). */
export function formatDayWithWeekday(localDate: string, t: TFunction): string {
  const weekday = weekdayOf(localDate);
  const date = formatLocalDate(localDate);
  if (weekday === undefined) return date;
  return t('calendar.dateWithWeekday', { weekday: t(WEEKDAY_KEYS[weekday] ?? WEEKDAY_KEYS[0]), date });
}

/** A due moment (`2026-05-06T17:00:00+07:00`) → time "17:00" and day "Thứ Tư, 06/05/2026", in Vietnam time. */
export function formatDue(moment: string, t: TFunction): { time: string; day: string } {
  const localDate = vietnamLocalDate(moment);
  return { time: formatTime(moment), day: localDate ? formatDayWithWeekday(localDate, t) : moment };
}

/** Today in Vietnam as `YYYY-MM-DD`, whatever the browser's time zone. */
export function vietnamToday(now: Date = new Date()): string {
  return vietnamLocalDate(now) ?? now.toISOString().slice(0, 10);
}

/** The current year in Vietnam, kept within the years the API answers for. */
export function currentVietnamYear(now: Date = new Date()): number {
  return clampYear(Number(vietnamToday(now).slice(0, 4)));
}

export function isCalendarYear(value: number): boolean {
  return Number.isInteger(value) && value >= MIN_YEAR && value <= MAX_YEAR;
}

export function clampYear(value: number): number {
  return Math.min(MAX_YEAR, Math.max(MIN_YEAR, Math.trunc(value)));
}

/**
 * The moment a person picked as a calendar day and a wall-clock time, in Vietnam time:
 * `2026-04-28T16:00:00+07:00`. Only the fields shown in the pickers are read, so the
 * browser's own time zone never shifts the result.
 */
export function vietnamMoment(date: Dayjs, time: Dayjs): string {
  return `${date.format('YYYY-MM-DD')}T${time.format('HH:mm')}:00+07:00`;
}
