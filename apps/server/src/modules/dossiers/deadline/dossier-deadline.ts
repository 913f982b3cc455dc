import {
  addWorkingDays,
  addWorkingHours,
  DEFAULT_WORKDAY,
  SAME_DAY_CUTOFF,
  type WorkingCalendar,
  workingHoursBetween,
} from '@lienthong/vn';

/**
 * Deadlines of a dossier (RULES.md §2, Decree 118/2025/NĐ-CP), on top of the working-day
 * arithmetic of `@lienthong/vn`. All functions are pure: the working calendar (statutory holidays
 * plus the city's yearly decisions) is passed in by the caller — the calendar module's
 * `workingCalendar()`.
 *
 * - Whole working days follow `addWorkingDays`: counting starts the day after the day of valid
 *   receipt (Civil Code 2015, Art. 147) and ends at the end of the workday (17:00, UTC+7).
 * - 0 days is a same-day procedure: due at the end of the day of receipt, or of the next
 *   working day when received after 15:00 (`SAME_DAY_CUTOFF`) [verify].
 * - A fraction of a day is counted in working hours (a working day is 8 hours, 08:00–12:00 and
 *   13:00–17:00): below one day from the moment of receipt (0.5 = 4 working hours), above one
 *   day after the end of the last whole day (1.5 = 17:00 of day 1, then 4 hours) [verify].
 * - While a supplement is requested (form 02) the clock stops; on resumption the due time moves
 *   forward by the working time that elapsed during the pause.
 */

/** Working hours in a working day (08:00–12:00, 13:00–17:00 → 8). */
export const WORKING_HOURS_PER_DAY = DEFAULT_WORKDAY.reduce((sum, period) => {
  const [startHour = 0, startMinute = 0] = period.start.split(':').map(Number);
  const [endHour = 0, endMinute = 0] = period.end.split(':').map(Number);
  return sum + (endHour * 60 + endMinute - startHour * 60 - startMinute) / 60;
}, 0);

/** How many working hours before the due time a dossier counts as "due soon" by default. */
export const DUE_SOON_WINDOW_HOURS = 8;

export type ReceiptOptions = {
  /**
   * Local time from which a same-day (0-day) procedure counts from the next working day;
   * default `SAME_DAY_CUTOFF` ('15:00') [verify].
   */
  sameDayCutoff?: string;
};

function assertDays(days: number, what: string): void {
  if (!Number.isFinite(days) || days < 0) {
    throw new RangeError(`${what} phải là số ngày làm việc không âm (nhận được ${days}).`);
  }
}

/** Splits a number of days into whole days and the rest in working hours (0.5 → 0 days, 4 h). */
function splitDays(days: number): { whole: number; hours: number } {
  const whole = Math.floor(days);
  // Rounded to the minute so that 0.1 + 0.2-style float noise never adds a millisecond.
  const hours = Math.round((days - whole) * WORKING_HOURS_PER_DAY * 60) / 60;
  return { whole, hours };
}

/**
 * The statutory due time of a dossier received at `receivedAt` with a limit of `timeLimitDays`
 * working days (fractions allowed). See the module comment for the rules.
 */
export function dueAtOnReceipt(
  receivedAt: Date,
  timeLimitDays: number,
  cal: WorkingCalendar,
  options: ReceiptOptions = {},
): Date {
  assertDays(timeLimitDays, 'Thời hạn giải quyết');
  const { whole, hours } = splitDays(timeLimitDays);
  if (whole === 0 && hours > 0) return addWorkingHours(receivedAt, hours, { calendar: cal });
  const cutoff = whole === 0 ? (options.sameDayCutoff ?? SAME_DAY_CUTOFF) : undefined;
  const endOfWholeDays = addWorkingDays(receivedAt, whole, {
    calendar: cal,
    ...(cutoff === undefined ? {} : { cutoff }),
  });
  return hours > 0 ? addWorkingHours(endOfWholeDays, hours, { calendar: cal }) : endOfWholeDays;
}

/**
 * The due time of a processing step that starts at `from` with a budget of `days` working days:
 * counted in working hours from the hand-off (0.5 = 4 working hours, 2 = 16 working hours);
 * a step of 0 days is due at the end of its working day.
 */
export function stepDueAt(from: Date, days: number, cal: WorkingCalendar): Date {
  assertDays(days, 'Thời hạn của bước xử lý');
  if (days === 0) return addWorkingDays(from, 0, { calendar: cal });
  return addWorkingHours(from, days * WORKING_HOURS_PER_DAY, { calendar: cal });
}

/**
 * The due time after the clock, stopped at `pausedSince` (supplement requested, form 02), starts
 * again at `resumedAt`: `dueAt` moved forward by the working hours that elapsed in between.
 * Never earlier than `dueAt`; a pause outside working time leaves it unchanged.
 */
export function resumeAfterPause(
  dueAt: Date,
  pausedSince: Date,
  resumedAt: Date,
  cal: WorkingCalendar,
): Date {
  if (resumedAt.getTime() <= pausedSince.getTime()) return new Date(dueAt.getTime());
  const paused = workingHoursBetween(pausedSince, resumedAt, { calendar: cal });
  return addWorkingHours(dueAt, paused, { calendar: cal });
}

/**
 * Whether the dossier (or step) is late: it ended after its due time, or has not ended and the
 * due time has passed. No due time, never late.
 */
export function isLate(dueAt: Date | null, endedAt: Date | null, now: Date): boolean {
  if (dueAt === null) return false;
  return (endedAt ?? now).getTime() > dueAt.getTime();
}

/**
 * Not late yet, and fewer than `windowWorkingHours` working hours (default 8, one working day)
 * are left before the due time — the warning shown in the officers' queues.
 */
export function isDueSoon(
  dueAt: Date | null,
  now: Date,
  cal: WorkingCalendar,
  windowWorkingHours: number = DUE_SOON_WINDOW_HOURS,
): boolean {
  if (dueAt === null || now.getTime() > dueAt.getTime()) return false;
  return workingHoursBetween(now, dueAt, { calendar: cal }) < windowWorkingHours;
}
