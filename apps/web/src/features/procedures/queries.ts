import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../lib/api.ts';

/** One procedure of the catalogue (the shape the procedures module is expected to return). */
export interface ProcedureSummary {
  id: string;
  code?: string;
  name: string;
  agencyName?: string;
  fieldName?: string;
}

export interface ProcedureList {
  items: ProcedureSummary[];
  total: number;
}

export const PROCEDURES_PATH = '/api/v1/procedures';

function toList(value: unknown): ProcedureList {
  if (typeof value !== 'object' || value === null || !('items' in value) || !Array.isArray(value.items)) {
    return { items: [], total: 0 };
  }
  const items = value.items.filter(
    (item: unknown): item is ProcedureSummary =>
      typeof item === 'object' && item !== null && 'id' in item && 'name' in item,
  );
  const total = 'total' in value && typeof value.total === 'number' ? value.total : items.length;
  return { items, total };
}

export function proceduresQuery(q: string) {
  return queryOptions({
    queryKey: ['procedures', 'list', { q }] as const,
    queryFn: async ({ signal }) => toList(await api.get<unknown>(PROCEDURES_PATH, { query: { q }, signal })),
  });
}

/** `GET /api/v1/procedures?q=`: the catalogue, filtered by a keyword. */
export function useProcedures(q: string) {
  return useQuery({ ...proceduresQuery(q), placeholderData: keepPreviousData });
}
