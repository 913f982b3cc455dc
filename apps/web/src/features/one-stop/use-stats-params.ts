import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { todayInVietnam } from './dates.ts';
import type { StatsGroupBy } from './queries.ts';
import { PERIOD_KINDS, type Period, type PeriodKind, periodOf } from './stats-period.ts';

/**
 * The statistics as the URL keeps them:
 * `/app/mot-cua/thong-ke?don-vi=<id>&ky=quarter&ngay=2026-01-01&nhom=procedure`, or with
 * `ky=range&tu=…&den=…`. Default: this month, by unit.
 */
export interface StatsParams {
  unitId: string;
  kind: PeriodKind;
  /** A day inside the month, quarter or year. */
  anchor: string;
  /** The range's ends (kind `range`). */
  from: string;
  to: string;
  groupBy: StatsGroupBy;
}

const NAMES = {
  unitId: 'don-vi',
  kind: 'ky',
  anchor: 'ngay',
  from: 'tu',
  to: 'den',
  groupBy: 'nhom',
} as const;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DAY = /^\d{4}-\d{2}-\d{2}$/;
export const GROUP_BY: readonly StatsGroupBy[] = ['unit', 'procedure', 'month'];

/** The days the parameters stand for. */
export function periodOfParams(params: StatsParams): Period {
  if (params.kind === 'range') return { from: params.from, to: params.to };
  return periodOf(params.kind, params.anchor) ?? { from: params.anchor, to: params.anchor };
}

export function useStatsParams(): [StatsParams, (changes: Partial<StatsParams>) => void] {
  const [params, setParams] = useSearchParams();
  const values = useMemo<StatsParams>(() => {
    const today = todayInVietnam();
    const day = (name: string, fallback: string) => {
      const value = params.get(name) ?? '';
      return DAY.test(value) ? value : fallback;
    };
    const kind = params.get(NAMES.kind) ?? '';
    const groupBy = params.get(NAMES.groupBy) ?? '';
    const from = day(NAMES.from, `${today.slice(0, 8)}01`);
    const to = day(NAMES.to, today);
    const unitId = params.get(NAMES.unitId) ?? '';
    const validRange = from <= to;
    return {
      unitId: UUID.test(unitId) ? unitId : '',
      kind: (PERIOD_KINDS as readonly string[]).includes(kind) ? (kind as PeriodKind) : 'month',
      anchor: day(NAMES.anchor, today),
      from: validRange ? from : to,
      to,
      groupBy: (GROUP_BY as readonly string[]).includes(groupBy) ? (groupBy as StatsGroupBy) : 'unit',
    };
  }, [params]);

  const update = useCallback(
    (changes: Partial<StatsParams>) => {
      const next = { ...values, ...changes };
      const updated = new URLSearchParams();
      if (next.unitId) updated.set(NAMES.unitId, next.unitId);
      updated.set(NAMES.kind, next.kind);
      if (next.kind === 'range') {
        updated.set(NAMES.from, next.from);
        updated.set(NAMES.to, next.to);
      } else {
        updated.set(NAMES.anchor, next.anchor);
      }
      updated.set(NAMES.groupBy, next.groupBy);
      setParams(updated, { preventScrollReset: true });
    },
    [values, setParams],
  );
  return [values, update];
}
