import { formatVnd } from '@lienthong/vn';
import type { TFunction } from 'i18next';

/** "Trong ngày làm việc" for 0, else "N ngày làm việc" (N may be fractional: 0,5). */
export function timeLimitLabel(t: TFunction, days: number): string {
  return days === 0 ? t('catalogue.sameDay') : t('catalogue.days', { days: formatDays(days) });
}

/** 0.5 → "0,5" (Vietnamese decimal comma). */
export function formatDays(days: number): string {
  return String(days).replace('.', ',');
}

/** A fee total in đồng, or "Không mất phí". */
export function feeLabel(t: TFunction, amount: number): string {
  return amount === 0 ? t('catalogue.free') : formatVnd(amount, { style: 'word' });
}
