import type { SystemStatusView } from '@lienthong/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../lib/api.ts';

/** `GET /api/v1/system/status`, typed by the shared contract. */
export type SystemStatus = SystemStatusView;

export const SYSTEM_STATUS_PATH = '/api/v1/system/status';

export const systemStatusQuery = queryOptions({
  queryKey: ['system', 'status'] as const,
  queryFn: ({ signal }) => api.get<SystemStatus>(SYSTEM_STATUS_PATH, { signal }),
  staleTime: 15_000,
  refetchInterval: 60_000,
});

export function useSystemStatus() {
  return useQuery(systemStatusQuery);
}
