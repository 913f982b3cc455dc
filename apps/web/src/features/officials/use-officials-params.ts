import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import type { OfficialFilters } from './queries.ts';

/** The page as the URL keeps it: `/app/quan-tri/can-bo?q=hang&don-vi=<id>&trang=2&can-bo=<id>`. */
export interface OfficialsParams extends OfficialFilters {
  /** The official whose details are open ('' when none). */
  officialId: string;
}

const NAMES = { q: 'q', orgUnitId: 'don-vi', page: 'trang', officialId: 'can-bo' } as const;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function useOfficialsParams(): [OfficialsParams, (changes: Partial<OfficialsParams>) => void] {
  const [params, setParams] = useSearchParams();
  const values = useMemo<OfficialsParams>(() => {
    const uuid = (name: string) => {
      const value = params.get(name) ?? '';
      return UUID.test(value) ? value : '';
    };
    const page = Number(params.get(NAMES.page));
    return {
      q: params.get(NAMES.q) ?? '',
      orgUnitId: uuid(NAMES.orgUnitId),
      page: Number.isInteger(page) && page >= 1 ? page : 1,
      officialId: uuid(NAMES.officialId),
    };
  }, [params]);

  /** Changes some values; a new search or unit starts again at page 1. */
  const update = useCallback(
    (changes: Partial<OfficialsParams>) => {
      const filtersChanged = changes.q !== undefined || changes.orgUnitId !== undefined;
      const next: OfficialsParams = {
        ...values,
        ...(filtersChanged ? { page: 1 } : {}),
        ...changes,
      };
      const updated = new URLSearchParams();
      if (next.q.trim()) updated.set(NAMES.q, next.q.trim());
      if (next.orgUnitId) updated.set(NAMES.orgUnitId, next.orgUnitId);
      if (next.page > 1) updated.set(NAMES.page, String(next.page));
      if (next.officialId) updated.set(NAMES.officialId, next.officialId);
      setParams(updated, { preventScrollReset: true });
    },
    [values, setParams],
  );
  return [values, update];
}
