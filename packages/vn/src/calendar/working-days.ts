import { VnError } from '../errors.ts';
import {
  type DeadlineOptions,
  findEffectiveDay,
  type ResolvedOptions,
  resolveOptions,
} from './deadline-options.ts';
import {
  DAY_MS,
  type DateInput,
  fromDayNumber,
  type LocalDate,
  type Moment,
  startOfDayMs,
  toDayNumber,
  toEpochMs,
  VN_UTC_OFFSET_MS,
} from './local-date.ts';

/**
 * Deadlines counted in working days (RULES.md §2: from valid receipt; the clock stops during
 * pauses). The definitions, all in local time (UTC+7):
 *
 * 1. Receipt day R: the day of receipt if it is a working day and the receipt is before the
 *    cut-off (default: end of the workday, 17:00; option `cutoff`, e.g. `SAME_DAY_CUTOFF`
 *    '15:00'); otherwise the next working day.
 * 2. R itself is not counted (Civil Code 2015, Art. 147(1): a period in days starts the day
 *    after the event). The deadline of N working days is the end of the workday (17:00) of the
 *    N-th counted working day after R; N = 0 is a same-day procedure: 17:00 on R.
 * 3. A pause from moment F to moment T stops the clock: the working days after F's date up to and
 *    including the day the clock restarts (T's effective day by rule 1) are not counted. A pause
 *    within one day changes nothing; pauses never shorten a deadline.
 */

type DayRange = readonly [after: number, through: number];

function listExcludedDays(resolved: ResolvedOptions): DayRange[] {
  return resolved.pauses.map(([from, to]) => [
    Math.floor((from + VN_UTC_OFFSET_MS) / DAY_MS),
    findEffectiveDay(to, resolved),
  ]);
}

function isExcluded(dayNumber: number, ranges: readonly DayRange[]): boolean {
  for (const [after, through] of ranges) {
    if (dayNumber > after && dayNumber <= through) return true;
  }
  return false;
}

/** The receipt day R of rule 1 for a receipt at `start`. */
export function resolveReceiptDate(start: Moment, options: DeadlineOptions = {}): LocalDate {
  return fromDayNumber(findEffectiveDay(toEpochMs(start), resolveOptions(options)));
}

/**
 * The deadline of `n` working days for a receipt at `start`: 17:00 local (the end of the
 * workday) of the n-th working day after the receipt day, extended by pauses.
 */
export function addWorkingDays(start: Moment, n: number, options: DeadlineOptions = {}): Date {
  if (!Number.isSafeInteger(n) || n < 0) {
    throw new VnError('INVALID_ARGUMENT', `Số ngày làm việc phải là số nguyên không âm (nhận được ${n}).`);
  }
  const resolved = resolveOptions(options);
  const calendar = resolved.calendar;
  const excluded = listExcludedDays(resolved);
  let day = findEffectiveDay(toEpochMs(start), resolved);
  let counted = 0;
  while (counted < n) {
    day++;
    if (calendar.isWorkingDayNumber(day) && (excluded.length === 0 || !isExcluded(day, excluded))) counted++;
  }
  return new Date(startOfDayMs(day) + resolved.endOfDayMinute * 60_000);
}

/**
 * Working days after `from` up to and including `to` (dates, or moments taken by their local
 * date), not counting days excluded by pauses; negative when `to` is before `from`.
 * `countWorkingDays(resolveReceiptDate(s), addWorkingDays(s, n)) === n`.
 */
export function countWorkingDays(from: DateInput, to: DateInput, options: DeadlineOptions = {}): number {
  const first = toDayNumber(from);
  const last = toDayNumber(to);
  if (last < first) return -countWorkingDays(to, from, options);
  const resolved = resolveOptions(options);
  const excluded = listExcludedDays(resolved);
  let count = 0;
  for (let day = first + 1; day <= last; day++) {
    if (resolved.calendar.isWorkingDayNumber(day) && !isExcluded(day, excluded)) count++;
  }
  return count;
}
