import { useCallback } from 'react';
import { useSearchParams } from 'react-router';
import { vietnamLocalDate } from '../../lib/format.ts';

/** Search parameters of `/app/to-chuc`: the day looked at, the selected unit, a highlighted restructure. */
export const AS_OF_PARAM = 'ngay';
export const UNIT_PARAM = 'don-vi';
export const RESTRUCTURE_PARAM = 'sap-xep';

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Today in Việt Nam, `YYYY-MM-DD`. */
export function todayInVietnam(): string {
  return vietnamLocalDate(new Date()) ?? new Date().toISOString().slice(0, 10);
}

export function isDay(value: string | null | undefined): value is string {
  if (!value || !DAY.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/** The shareable address of a unit on a day: `/app/to-chuc?ngay=2025-07-01&don-vi=…`. */
export function orgHref(asOf: string, unitId?: string | null, restructureId?: string | null): string {
  const params = new URLSearchParams({ [AS_OF_PARAM]: asOf });
  if (unitId) params.set(UNIT_PARAM, unitId);
  if (restructureId) params.set(RESTRUCTURE_PARAM, restructureId);
  return `/app/to-chuc?${params.toString()}`;
}

export interface OrgParams {
  asOf: string;
  unitId: string | undefined;
  restructureId: string | undefined;
}

/** The page's state in the URL; a missing or invalid day is today (Vietnam time). */
export function useOrgParams(): [
  OrgParams,
  (next: Partial<{ asOf: string; unitId: string | null; restructureId: string | null }>) => void,
] {
  const [params, setParams] = useSearchParams();
  const rawDay = params.get(AS_OF_PARAM);
  const rawUnit = params.get(UNIT_PARAM);
  const rawRestructure = params.get(RESTRUCTURE_PARAM);
  const state: OrgParams = {
    asOf: isDay(rawDay) ? rawDay : todayInVietnam(),
    unitId: rawUnit && UUID.test(rawUnit) ? rawUnit.toLowerCase() : undefined,
    restructureId: rawRestructure && UUID.test(rawRestructure) ? rawRestructure.toLowerCase() : undefined,
  };
  const update = useCallback(
    (next: Partial<{ asOf: string; unitId: string | null; restructureId: string | null }>) => {
      setParams(
        (current) => {
          const updated = new URLSearchParams(current);
          const entries: [string, string | null | undefined][] = [
            [AS_OF_PARAM, next.asOf],
            [UNIT_PARAM, next.unitId],
            [RESTRUCTURE_PARAM, next.restructureId],
          ];
          for (const [name, value] of entries) {
            if (value === undefined) continue;
            if (value === null) updated.delete(name);
            else updated.set(name, value);
          }
          // A highlighted restructure belongs to the unit it was opened with.
          if (next.unitId !== undefined && next.restructureId === undefined)
            updated.delete(RESTRUCTURE_PARAM);
          return updated;
        },
        { preventScrollReset: true },
      );
    },
    [setParams],
  );
  return [state, update];
}
