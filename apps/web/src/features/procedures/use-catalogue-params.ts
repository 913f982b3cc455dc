import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import type { CatalogueFilters } from './queries.ts';

/** The catalogue as the URL keeps it: `/thu-tuc?q=khai+sinh&linh-vuc=Hộ+tịch&cap=commune&truc-tuyen=full&trang=2`. */
const NAMES = { q: 'q', field: 'linh-vuc', level: 'cap', onlineLevel: 'truc-tuyen', page: 'trang' } as const;

function oneOf<T extends string>(value: string | null, allowed: readonly T[]): T | '' {
  return allowed.includes(value as T) ? (value as T) : '';
}

export function useCatalogueParams(): [CatalogueFilters, (changes: Partial<CatalogueFilters>) => void] {
  const [params, setParams] = useSearchParams();
  const values = useMemo<CatalogueFilters>(() => {
    const page = Number(params.get(NAMES.page));
    return {
      q: (params.get(NAMES.q) ?? '').trim(),
      field: params.get(NAMES.field) ?? '',
      level: oneOf(params.get(NAMES.level), ['commune', 'city'] as const),
      onlineLevel: oneOf(params.get(NAMES.onlineLevel), ['full', 'partial'] as const),
      page: Number.isInteger(page) && page >= 1 ? page : 1,
    };
  }, [params]);

  /** Changes some values; any new filter starts again at page 1. */
  const update = useCallback(
    (changes: Partial<CatalogueFilters>) => {
      const next: CatalogueFilters = { ...values, page: 1, ...changes };
      const updated = new URLSearchParams();
      for (const key of ['q', 'field', 'level', 'onlineLevel'] as const) {
        const value = next[key].trim();
        if (value) updated.set(NAMES[key], value);
      }
      if (next.page > 1) updated.set(NAMES.page, String(next.page));
      setParams(updated);
    },
    [values, setParams],
  );
  return [values, update];
}
