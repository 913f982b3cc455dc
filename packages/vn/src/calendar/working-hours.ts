import { VnError } from '../errors.ts';
import { type DeadlineOptions, type ResolvedOptions, resolveOptions } from './deadline-options.ts';
import { DAY_MS, type Moment, startOfDayMs, toEpochMs, VN_UTC_OFFSET_MS } from './local-date.ts';

/**
 * Service levels counted in working hours ("acknowledge within 8 working hours", QĐ 1207/QĐ-UBND
 * of Hà Nội): only time inside the working periods (default 08:00–12:00, 13:00–17:00) of working
 * days counts, and never time inside a pause.
 */

const HOUR_MS = 3_600_000;

/** The parts of [from, to) outside every pause, in order. */
function listFreeParts(from: number, to: number, pauses: ResolvedOptions['pauses']): Array<[number, number]> {
  const parts: Array<[number, number]> = [];
  let cursor = from;
  for (const [pauseFrom, pauseTo] of pauses) {
    if (pauseFrom >= to) break;
    if (pauseTo <= cursor) continue;
    if (pauseFrom > cursor) parts.push([cursor, pauseFrom]);
    cursor = Math.max(cursor, pauseTo);
    if (cursor >= to) return parts;
  }
  if (cursor < to) parts.push([cursor, to]);
  return parts;
}

/** Calls `visit` with each stretch of counted time from `fromMs` on, until it returns true. */
function walkWorkingTime(
  fromMs: number,
  resolved: ResolvedOptions,
  visit: (start: number, end: number) => boolean,
  untilMs = Number.POSITIVE_INFINITY,
): void {
  for (let day = Math.floor((fromMs + VN_UTC_OFFSET_MS) / DAY_MS); startOfDayMs(day) < untilMs; day++) {
    if (!resolved.calendar.isWorkingDayNumber(day)) continue;
    const midnight = startOfDayMs(day);
    for (const [startMinute, endMinute] of resolved.periods) {
      const start = Math.max(fromMs, midnight + startMinute * 60_000);
      const end = Math.min(untilMs, midnight + endMinute * 60_000);
      if (start >= end) continue;
      for (const [partStart, partEnd] of listFreeParts(start, end, resolved.pauses)) {
        if (visit(partStart, partEnd)) return;
      }
    }
  }
}

/**
 * The moment `hours` working hours after `start` (fractions allowed, counted to the millisecond).
 * A deadline that ends exactly at the end of a period stays there (12:00, not 13:00).
 */
export function addWorkingHours(start: Moment, hours: number, options: DeadlineOptions = {}): Date {
  if (!Number.isFinite(hours) || hours < 0) {
    throw new VnError('INVALID_ARGUMENT', `Số giờ làm việc phải là số không âm (nhận được ${hours}).`);
  }
  const startMs = toEpochMs(start);
  let remaining = Math.round(hours * HOUR_MS);
  if (remaining === 0) return new Date(startMs);
  const resolved = resolveOptions(options);
  let result = startMs;
  walkWorkingTime(startMs, resolved, (partStart, partEnd) => {
    if (partEnd - partStart >= remaining) {
      result = partStart + remaining;
      return true;
    }
    remaining -= partEnd - partStart;
    return false;
  });
  return new Date(result);
}

/**
 * Working hours between two moments (inside working periods of working days, outside pauses);
 * negative when `to` is before `from`.
 */
export function workingHoursBetween(from: Moment, to: Moment, options: DeadlineOptions = {}): number {
  const fromMs = toEpochMs(from);
  const toMs = toEpochMs(to);
  if (toMs < fromMs) return -workingHoursBetween(to, from, options);
  const resolved = resolveOptions(options);
  let total = 0;
  walkWorkingTime(
    fromMs,
    resolved,
    (partStart, partEnd) => {
      total += partEnd - partStart;
      return false;
    },
    toMs,
  );
  return total / HOUR_MS;
}
