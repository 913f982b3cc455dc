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
