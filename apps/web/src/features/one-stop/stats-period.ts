/**
 * Periods of the statistics as calendar days in Vietnam (`YYYY-MM-DD`, both ends included):
 * a month, a quarter, a year (the reporting periods of Circular 01/2020/TT-VPCP and the
 * QĐ 766 assessments), or any range.
 */
export type PeriodKind = 'month' | 'quarter' | 'year' | 'range';
export const PERIOD_KINDS: readonly PeriodKind[] = ['month', 'quarter', 'year', 'range'];

export interface Period {
  from: string;
  to: string;
}

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const pad = (n: number) => String(n).padStart(2, '0');

function lastDayOfMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The month, quarter or year holding `anchor` (a `YYYY-MM-DD` day); undefined for a bad day. */
export function periodOf(kind: Exclude<PeriodKind, 'range'>, anchor: string): Period | undefined {
  const match = DAY.exec(anchor);
  if (!match) return undefined;
  const year = Number(match[1]);
  const month = Number(match[2]);
  if (month < 1 || month > 12) return undefined;
  if (kind === 'year') return { from: `${year}-01-01`, to: `${year}-12-31` };
  const first = kind === 'quarter' ? month - ((month - 1) % 3) : month;
  const last = kind === 'quarter' ? first + 2 : month;
  return {
    from: `${year}-${pad(first)}-01`,
    to: `${year}-${pad(last)}-${pad(lastDayOfMonth(year, last))}`,
  };
}

/** "Tháng 03/2026", "Quý 1/2026", "Năm 2026" or "01/03/2026 – 31/03/2026" via the words given. */
export function periodLabel(
  kind: PeriodKind,
  period: Period,
  words: {
    month: (month: string, year: string) => string;
    quarter: (quarter: number, year: string) => string;
    year: (year: string) => string;
    range: (from: string, to: string) => string;
  },
): string {
  const [year = '', month = '01'] = period.from.split('-');
  const dmy = (day: string) => day.split('-').reverse().join('/');
  switch (kind) {
    case 'month':
      return words.month(month, year);
    case 'quarter':
      return words.quarter(Math.floor((Number(month) - 1) / 3) + 1, year);
    case 'year':
      return words.year(year);
    case 'range':
      return words.range(dmy(period.from), dmy(period.to));
  }
}
