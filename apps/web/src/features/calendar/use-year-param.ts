import { useCallback } from 'react';
import { useSearchParams } from 'react-router';
import { currentVietnamYear, isCalendarYear } from './calendar-format.ts';

/** Name of the search parameter that holds the year: `/lich-nghi?nam=2025`. */
export const YEAR_PARAM = 'nam';

/** The year shown by a calendar page: `?nam=` when valid, else the current year in Vietnam. */
export function useYearParam(): [number, (year: number) => void] {
  const [params, setParams] = useSearchParams();
  const raw = Number(params.get(YEAR_PARAM));
  const year = isCalendarYear(raw) ? raw : currentVietnamYear();
  const setYear = useCallback(
    (next: number) => {
      setParams(
        (current) => {
          const updated = new URLSearchParams(current);
          if (next === currentVietnamYear()) updated.delete(YEAR_PARAM);
          else updated.set(YEAR_PARAM, String(next));
          return updated;
        },
        { replace: true, preventScrollReset: true },
      );
    },
    [setParams],
  );
  return [year, setYear];
}
