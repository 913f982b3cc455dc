import { VnError } from '../errors.ts';
import {
  DAY_MS,
  type Moment,
  parseTimeOfDay,
  startOfDayMs,
  toEpochMs,
  VN_UTC_OFFSET_MS,
} from './local-date.ts';
import { getDefaultCalendar, type WorkingCalendar } from './working-calendar.ts';

/** An interval during which the clock is stopped (e.g. while the applicant supplements a dossier). */
export type Pause = { from: Moment; to: Moment };
/** One stretch of working hours in local time, 'HH:MM'–'HH:MM'. */
export type WorkPeriod = { start: string; end: string };

export type DeadlineOptions = {
  /** Working-day calendar; default: the statutory rule with the shipped yearly decisions. */
  calendar?: WorkingCalendar;
  /** Working hours of a working day; default 08:00–12:00 and 13:00–17:00. */
  workday?: readonly WorkPeriod[];
  /**
   * Local time from which a receipt counts as made on the next working day; default: the end of
   * the workday (17:00). Use `SAME_DAY_CUTOFF` ('15:00') for the one-stop rule for same-day
   * procedures [verify].
   */
  cutoff?: string;
  /** Clock stops; they may overlap and be in any order. */
  pauses?: readonly Pause[];
};

export const DEFAULT_WORKDAY: readonly WorkPeriod[] = Object.freeze([
  Object.freeze({ start: '08:00', end: '12:00' }),
  Object.freeze({ start: '13:00', end: '17:00' }),
]);

/** The cut-off for same-day procedures: received after 15:00, due the next working day [verify]. */
export const SAME_DAY_CUTOFF = '15:00';

export type ResolvedOptions = {
  calendar: WorkingCalendar;
  /** Working periods as [start, end) minutes after local midnight, sorted. */
  periods: ReadonlyArray<readonly [number, number]>;
  endOfDayMinute: number;
  cutoffMinute: number;
  /** Pauses as sorted, merged [from, to) epoch-ms intervals. */
  pauses: ReadonlyArray<readonly [number, number]>;
};

const compiledWorkdays = new WeakMap<readonly WorkPeriod[], Array<readonly [number, number]>>();

function compileWorkday(workday: readonly WorkPeriod[]): Array<readonly [number, number]> {
  const cached = compiledWorkdays.get(workday);
  if (cached !== undefined) return cached;
  const periods = workday.map(
    (period) => [parseTimeOfDay(period.start), parseTimeOfDay(period.end)] as const,
  );
  let previousEnd = -1;
  for (const [start, end] of periods) {
    if (start >= end || start < previousEnd) {
      throw new VnError(
        'INVALID_ARGUMENT',
        'Giờ làm việc không hợp lệ: các khoảng phải theo thứ tự thời gian, không chồng lên nhau, giờ bắt đầu trước giờ kết thúc.',
      );
    }
    previousEnd = end;
  }
  if (periods.length === 0) {
    throw new VnError('INVALID_ARGUMENT', 'Giờ làm việc phải có ít nhất một khoảng thời gian.');
  }
  compiledWorkdays.set(workday, periods);
  return periods;
}

function mergePauses(pauses: readonly Pause[]): Array<readonly [number, number]> {
  if (pauses.length === 0) return [];
  const intervals = pauses.map((pause) => {
    const from = toEpochMs(pause.from);
    const to = toEpochMs(pause.to);
    if (to < from) {
      throw new VnError(
        'INVALID_ARGUMENT',
        'Khoảng tạm dừng không hợp lệ: thời điểm kết thúc trước thời điểm bắt đầu.',
      );
    }
    return [from, to] as [number, number];
  });
  intervals.sort((a, b) => a[0] - b[0]);
  const merged: Array<[number, number]> = [];
  for (const interval of intervals) {
    const previous = merged[merged.length - 1];
    if (previous !== undefined && interval[0] <= previous[1])
      previous[1] = Math.max(previous[1], interval[1]);
    else merged.push(interval);
  }
  return merged;
}

export function resolveOptions(options: DeadlineOptions): ResolvedOptions {
  const periods = compileWorkday(options.workday ?? DEFAULT_WORKDAY);
  const endOfDayMinute = periods[periods.length - 1]?.[1] ?? 24 * 60;
  return {
    calendar: options.calendar ?? getDefaultCalendar(),
    periods,
    endOfDayMinute,
    cutoffMinute: options.cutoff === undefined ? endOfDayMinute : parseTimeOfDay(options.cutoff),
    pauses: mergePauses(options.pauses ?? []),
  };
}

/**
 * The day a receipt (or a restart of the clock) at `ms` is effective: the same day when it is a
 * working day and the local time is before the cut-off, else the next working day.
 */
export function findEffectiveDay(ms: number, resolved: ResolvedOptions): number {
  const day = Math.floor((ms + VN_UTC_OFFSET_MS) / DAY_MS);
  const calendar = resolved.calendar;
  if (calendar.isWorkingDayNumber(day) && ms < startOfDayMs(day) + resolved.cutoffMinute * 60_000) return day;
  let next = day + 1;
  while (!calendar.isWorkingDayNumber(next)) next++;
  return next;
}
