import { VnError } from '../errors.ts';
import { type CalendarOverrides, validateCalendarOverrides } from './calendar-overrides.ts';
import { DEFAULT_CALENDAR_OVERRIDES } from './default-calendar-overrides.ts';
import {
  compareLocalDates,
  type DateInput,
  dayNumberFromParts,
  fromDayNumber,
  isWeekend,
  type LocalDate,
  partsFromDayNumber,
  toDayNumber,
} from './local-date.ts';
import { type Holiday, listBaseDaysOff } from './statutory-holidays.ts';

/**
 * Which days are working days: Monday–Friday, minus statutory holidays and compensatory days,
 * with the yearly decisions of a `CalendarOverrides` document applied on top.
 * Each year is computed once and kept (a bitmap of the year's days), so lookups are O(1).
 */
export type WorkingCalendar = {
  /** The `version` of the overrides this calendar was built from. */
  readonly version: string;
  isWorkingDay(date: DateInput): boolean;
  /** Same, for a day number (days since 1970-01-01, local): the fast path of the deadline code. */
  isWorkingDayNumber(dayNumber: number): boolean;
  /** The first working day strictly after the given date. */
  findNextWorkingDay(date: DateInput): LocalDate;
  /** Days off other than ordinary weekends (holidays are listed even when on a weekend). */
  listDaysOff(year: number): Holiday[];
  /** Saturdays and Sundays made working days by the year's decision (make-up days). */
  listWorkingWeekendDays(year: number): LocalDate[];
  /** Whether the overrides hold a decision for the year (else only the statutory rule applies). */
  hasYearDecision(year: number): boolean;
};

type YearTable = { year: number; start: number; end: number; closed: Uint8Array; daysOff: Holiday[] };

const MIN_YEAR = 1900;
const MAX_YEAR = 2199;

/** Builds a calendar; throws `VnError` (with every problem in the message) if the overrides are invalid. */
export function createWorkingCalendar(
  overrides: CalendarOverrides = DEFAULT_CALENDAR_OVERRIDES,
): WorkingCalendar {
  const validation = validateCalendarOverrides(overrides);
  if (!validation.ok) {
    const details = validation.errors.map((issue) => `${issue.path}: ${issue.message}`).join(' ');
    throw new VnError('INVALID_ARGUMENT', `Dữ liệu lịch nghỉ không hợp lệ. ${details}`);
  }
  const data = structuredClone(validation.value);
  const tables = new Map<number, YearTable>();
  let last: YearTable | undefined;

  const buildYear = (year: number): YearTable => {
    if (year < MIN_YEAR || year > MAX_YEAR) {
      throw new VnError(
        'INVALID_DATE',
        `Năm ${year} nằm ngoài phạm vi của lịch làm việc (${MIN_YEAR}–${MAX_YEAR}).`,
      );
    }
    const start = dayNumberFromParts(year, 1, 1);
    const end = dayNumberFromParts(year + 1, 1, 1);
    const closed = new Uint8Array(end - start);
    for (let day = start; day < end; day++) closed[day - start] = isWeekend(day) ? 1 : 0;
    const decision = data.years[String(year)];
    const reopened = new Set(decision?.workingDays ?? []);
    const decided = (decision?.daysOff ?? []).map(
      (date): Holiday => ({ date, name: `Nghỉ theo quyết định năm ${year}`, kind: 'decision' }),
    );
    const daysOff = [...listBaseDaysOff(year), ...decided]
      .filter((holiday) => !reopened.has(holiday.date))
      .sort((a, b) => compareLocalDates(a.date, b.date));
    for (const holiday of daysOff) closed[toDayNumber(holiday.date) - start] = 1;
    for (const date of reopened) closed[toDayNumber(date) - start] = 0;
    return { year, start, end, closed, daysOff };
  };

  const getYear = (year: number): YearTable => {
    let table = tables.get(year);
    if (table === undefined) {
      table = buildYear(year);
      tables.set(year, table);
    }
    return table;
  };

  const isWorkingDayNumber = (dayNumber: number): boolean => {
    let table = last;
    if (table === undefined || dayNumber < table.start || dayNumber >= table.end) {
      table = getYear(partsFromDayNumber(dayNumber).year);
      last = table;
    }
    return table.closed[dayNumber - table.start] === 0;
  };

  return {
    version: data.version,
    isWorkingDay: (date) => isWorkingDayNumber(toDayNumber(date)),
    isWorkingDayNumber,
    findNextWorkingDay(date) {
      let day = toDayNumber(date) + 1;
      while (!isWorkingDayNumber(day)) day++;
      return fromDayNumber(day);
    },
    listDaysOff: (year) => getYear(year).daysOff.map((holiday) => ({ ...holiday })),
    listWorkingWeekendDays: (year) =>
      (data.years[String(year)]?.workingDays ?? []).filter((date) => isWeekend(toDayNumber(date))).sort(),
    hasYearDecision: (year) => data.years[String(year)] !== undefined,
  };
}

let defaultCalendar: WorkingCalendar | undefined;

/** The calendar built from `DEFAULT_CALENDAR_OVERRIDES` (created once). */
export function getDefaultCalendar(): WorkingCalendar {
  defaultCalendar ??= createWorkingCalendar();
  return defaultCalendar;
}
