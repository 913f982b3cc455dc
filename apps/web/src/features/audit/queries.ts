import type { AuditEntryView, AuditPage, AuditVerifyView } from '@lienthong/contracts';
import { useInfiniteQuery, useMutation } from '@tanstack/react-query';
import { api } from '../../lib/api.ts';

/** Shapes of the audit API, typed by the shared contracts (types only: zod is not bundled). */
export type { AuditEntryView, AuditPage, AuditVerifyView };

export const AUDIT_PATH = '/api/v1/audit';
export const AUDIT_VERIFY_PATH = `${AUDIT_PATH}/verify`;
export const AUDIT_READ = 'audit.read';
export const AUDIT_VERIFY = 'audit.verify';
export const AUDIT_PAGE_SIZE = 50;

/** The filters of the audit viewer, as the API takes them (`from`/`to`: ISO moments with offset). */
export interface AuditFilters {
  action?: string | undefined;
  actorId?: string | undefined;
  subjectType?: string | undefined;
  subjectId?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
}

/** `GET /api/v1/audit`: newest first, one page of 50 at a time, the next by `before`. */
export function useAuditEntries(filters: AuditFilters) {
  return useInfiniteQuery({
    queryKey: ['audit', 'entries', filters],
    queryFn: ({ pageParam, signal }) =>
      api.get<AuditPage>(AUDIT_PATH, {
        query: { ...filters, before: pageParam, limit: AUDIT_PAGE_SIZE },
        signal,
      }),
    initialPageParam: undefined as number | undefined,
    getNextPageParam: (last) => last.nextBefore ?? undefined,
    staleTime: 30_000,
  });
}

/** `GET /api/v1/audit/verify`: walks the whole hash chain (on demand). */
export function useAuditVerify() {
  return useMutation({ mutationFn: () => api.get<AuditVerifyView>(AUDIT_VERIFY_PATH) });
}
