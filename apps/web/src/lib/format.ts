/**
 * Date and time for people in Vietnam: dd/mm/yyyy and 24-hour HH:mm, in Vietnam's time zone
 * whatever the browser's zone, whatever the UI language.
 */
export const VIETNAM_TIME_ZONE = 'Asia/Ho_Chi_Minh';

const DATE_TIME = new Intl.DateTimeFormat('en-GB', {
  timeZone: VIETNAM_TIME_ZONE,
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

function partsOf(value: string | number | Date): Record<string, string> | undefined {
  const date = value instanceof Date ? value : new Date(value);
  if (Number.isNaN(date.getTime())) return undefined;
  const parts: Record<string, string> = {};
  for (const part of DATE_TIME.formatToParts(date)) parts[part.type] = part.value;
  return parts;
}

/** `23/11/2025 14:05`; the input unchanged when it is not a valid date. */
export function formatDateTime(value: string | number | Date): string {
  const p = partsOf(value);
  if (!p) return String(value);
  return `${p.day}/${p.month}/${p.year} ${p.hour}:${p.minute}`;
}

/** `23/11/2025`; the input unchanged when it is not a valid date. */
export function formatDate(value: string | number | Date): string {
  const p = partsOf(value);
  if (!p) return String(value);
  return `${p.day}/${p.month}/${p.year}`;
}

/** `1.234,5` in Vietnamese, `1,234.5` in English. */
export function formatNumber(value: number, language: string, maximumFractionDigits = 1): string {
  return new Intl.NumberFormat(language === 'vi' ? 'vi-VN' : 'en-GB', { maximumFractionDigits }).format(
    value,
  );
}

/** `14:05`: the time of day in Vietnam; the input unchanged when it is not a valid date. */
export function formatTime(value: string | number | Date): string {
  const p = partsOf(value);
  if (!p) return String(value);
  return `${p.hour}:${p.minute}`;
}

/** The calendar day in Vietnam of a moment, as `YYYY-MM-DD` (undefined when not a valid date). */
export function vietnamLocalDate(value: string | number | Date): string | undefined {
  const p = partsOf(value);
  return p ? `${p.year}-${p.month}-${p.day}` : undefined;
}

const LOCAL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** `2026-05-01` (a calendar day, no time zone) → `01/05/2026`; other input unchanged. */
export function formatLocalDate(value: string): string {
  const match = LOCAL_DATE.exec(value);
  return match ? `${match[3]}/${match[2]}/${match[1]}` : value;
}

/** Day of the week of a `YYYY-MM-DD` calendar day: 0 = Sunday … 6 = Saturday; undefined when invalid. */
export function weekdayOf(value: string): number | undefined {
  const match = LOCAL_DATE.exec(value);
  if (!match) return undefined;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return Number.isNaN(date.getTime()) ? undefined : date.getUTCDay();
}
