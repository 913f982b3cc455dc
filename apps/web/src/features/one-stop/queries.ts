import type {
  BulkActionInput,
  BulkActionResult,
  DeliveryMethod,
  DossierAction,
  DossierFormCode,
  DossierList,
  DossierQueue,
  DossierState,
  DossierStats,
  DossierStatsQuery,
  DossierStatsRow,
  DossierSummary,
  DossierView,
  PaymentView,
  PrefillSource,
  ProcedureList,
  ProcedureSummary,
  ProcedureView,
  ServiceScore,
} from '@lienthong/contracts';
import { keepPreviousData, useMutation, useQueries, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, withQuery } from '../../lib/api.ts';
import { actionPath } from './labels.ts';

/** Shapes of the one-stop API, typed by the shared contracts (types only: zod is not bundled). */
export type {
  BulkActionInput,
  BulkActionResult,
  DeliveryMethod,
  DossierAction,
  DossierFormCode,
  DossierList,
  DossierQueue,
  DossierState,
  DossierStats,
  DossierStatsRow,
  DossierSummary,
  DossierView,
  PaymentView,
  PrefillSource,
  ProcedureList,
  ProcedureSummary,
  ProcedureView,
  ServiceScore,
};

export const DOSSIERS_PATH = '/api/v1/dossiers';
export const PROCEDURES_PATH = '/api/v1/procedures';
export const STATS_PATH = '/api/v1/dossier-stats';
export const dossierPath = (id: string) => `${DOSSIERS_PATH}/${id}`;
export const formHref = (id: string, form: DossierFormCode) => `${dossierPath(id)}/forms/${form}`;
export const resultHref = (id: string) => `${dossierPath(id)}/result`;
export const fileHref = (fileId: string) => `/api/v1/files/${fileId}`;
export const receiptHref = (paymentId: string) => `/api/v1/payments/${paymentId}/receipt`;
export const registerHref = (query: { unitId?: string; from: string; to: string }) =>
  withQuery(`${DOSSIERS_PATH}/register`, query);

/** Workspace pages of the one-stop desk. */
export const ONE_STOP_BASE = '/app/mot-cua';
export const dossierPage = (id: string) => `${ONE_STOP_BASE}/ho-so/${id}`;
export const FILING_CHOOSER = `${ONE_STOP_BASE}/nop-ho-so`;
export const filingPage = (procedureId: string) => `${FILING_CHOOSER}/${procedureId}`;
/** The public page that verifies a signed result by its code. */
export const verifyPage = (code: string) => `/xac-thuc?ma=${encodeURIComponent(code)}`;

/** Permissions (contracts: PERMISSIONS); the server checks again on every call. */
export const DOSSIER_READ = 'dossier.read';
export const DOSSIER_RECEIVE = 'dossier.receive';
export const DOSSIER_PROCESS = 'dossier.process';
export const DOSSIER_APPROVE = 'dossier.approve';
export const DOSSIER_STATS = 'dossier.stats';
export const SIGNATURE_SEAL = 'signature.seal';

export const QUEUE_PAGE_SIZE = 20;

export interface QueueFilters {
  queue: DossierQueue;
  unitId: string;
  procedureId: string;
  state: string;
  q: string;
  /** `YYYY-MM-DD` or ''. */
  receivedFrom: string;
  receivedTo: string;
  page: number;
}

export const dossierKeys = {
  all: ['dossiers'] as const,
  list: (filters: QueueFilters) => ['dossiers', 'list', filters] as const,
  detail: (id: string) => ['dossiers', 'detail', id] as const,
  assignees: (id: string) => ['dossiers', 'assignees', id] as const,
  payments: (id: string) => ['dossiers', 'payments', id] as const,
};

/** `GET /api/v1/dossiers?queue&…`: the work queue, scoped to the caller's units, with counts per queue. */
export function useDossierList(filters: QueueFilters) {
  return useQuery({
    queryKey: dossierKeys.list(filters),
    queryFn: ({ signal }) =>
      api.get<DossierList>(DOSSIERS_PATH, {
        query: {
          queue: filters.queue,
          unitId: filters.unitId,
          procedureId: filters.procedureId,
          state: filters.state,
          q: filters.q.trim(),
          receivedFrom: filters.receivedFrom,
          receivedTo: filters.receivedTo,
          page: filters.page,
          pageSize: QUEUE_PAGE_SIZE,
        },
        signal,
      }),
    placeholderData: keepPreviousData,
    staleTime: 15_000,
  });
}

/** `GET /api/v1/dossiers/:id`: the dossier with its history and what the caller may do now. */
export function useDossier(id: string) {
  return useQuery({
    queryKey: dossierKeys.detail(id),
    queryFn: ({ signal }) => api.get<DossierView>(dossierPath(id), { signal }),
    staleTime: 5_000,
  });
}

/** `GET /api/v1/procedure-versions/:versionId`: the version the dossier was filed under. */
export function useProcedureVersion(versionId: string | undefined) {
  return useQuery({
    queryKey: ['procedures', 'version', versionId ?? ''],
    queryFn: ({ signal }) => api.get<ProcedureView>(`/api/v1/procedure-versions/${versionId}`, { signal }),
    enabled: !!versionId,
    staleTime: 60 * 60_000,
  });
}

export interface Assignee {
  id: string;
  displayName: string;
  roles: string[];
}

/** `GET /api/v1/dossiers/:id/assignees`: officials of the competent unit who can take the next step. */
export function useAssignees(id: string | undefined, enabled = true) {
  return useQuery({
    queryKey: dossierKeys.assignees(id ?? ''),
    queryFn: ({ signal }) => api.get<{ items: Assignee[] }>(`${dossierPath(id ?? '')}/assignees`, { signal }),
    enabled: enabled && !!id,
    staleTime: 60_000,
  });
}

/**
 * The officials who can take any of these dossiers (one dossier per competent unit is asked; the
 * answer is what the lists have in common). Bulk assignment of dossiers of different units
 * usually has none: the server then answers per dossier.
 */
export function useCommonAssignees(ids: readonly string[], enabled: boolean) {
  return useQueries({
    queries: ids.map((id) => ({
      queryKey: dossierKeys.assignees(id),
      queryFn: ({ signal }: { signal: AbortSignal }) =>
        api.get<{ items: Assignee[] }>(`${dossierPath(id)}/assignees`, { signal }),
      enabled,
      staleTime: 60_000,
    })),
    combine: (results) => {
      const lists = results.map((result) => result.data?.items);
      const ready = lists.every((list) => list !== undefined);
      const [first = [], ...others] = lists.map((list) => list ?? []);
      const common = first.filter((person) => others.every((list) => list.some((p) => p.id === person.id)));
      return {
        items: ready ? common : [],
        isPending: !ready && results.some((result) => result.isPending),
        error: results.find((result) => result.error)?.error ?? null,
      };
    },
  });
}

/** The body of an action: what the modal asked for, and the revision the user saw (added here). */
export type ActionFields = Record<string, unknown>;

/** `POST /api/v1/dossiers/:id/<action>` with `revision`; the answer replaces the cached dossier. */
export function useDossierAction(dossier: Pick<DossierView, 'id' | 'revision'>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ action, fields }: { action: DossierAction; fields: ActionFields }) =>
      api.post<DossierView>(`${dossierPath(dossier.id)}/${actionPath(action)}`, {
        ...fields,
        revision: dossier.revision,
      }),
    onSuccess: (view) => {
      queryClient.setQueryData(dossierKeys.detail(view.id), view);
      void queryClient.invalidateQueries({ queryKey: ['dossiers', 'list'] });
    },
  });
}

/** `POST /api/v1/dossiers/bulk`: one action on several dossiers, one result per dossier. */
export function useBulkAction() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: BulkActionInput) => api.post<BulkActionResult>(`${DOSSIERS_PATH}/bulk`, input),
    onSettled: () => queryClient.invalidateQueries({ queryKey: dossierKeys.all }),
  });
}

/** `GET /api/v1/dossiers/:id/payments`. */
export function useDossierPayments(id: string, enabled: boolean) {
  return useQuery({
    queryKey: dossierKeys.payments(id),
    queryFn: ({ signal }) => api.get<{ items: PaymentView[] }>(`${dossierPath(id)}/payments`, { signal }),
    enabled,
    staleTime: 10_000,
  });
}

/** `POST /api/v1/dossiers/:id/payments {method:'desk'}`: the fee is collected at the desk. */
export function useDeskPayment(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api.post<PaymentView>(`${dossierPath(id)}/payments`, { method: 'desk' }),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: dossierKeys.payments(id) });
      void queryClient.invalidateQueries({ queryKey: dossierKeys.detail(id) });
    },
  });
}

export interface ProcedureSearch {
  q: string;
  field: string;
  level: string;
  page: number;
}

export const PROCEDURE_PAGE_SIZE = 20;

/** `GET /api/v1/procedures?q&field&level&page&pageSize`: the public catalogue. */
export function useProcedureSearch(search: ProcedureSearch, enabled = true) {
  return useQuery({
    queryKey: ['procedures', 'search', search],
    queryFn: ({ signal }) =>
      api.get<ProcedureList>(PROCEDURES_PATH, {
        query: {
          q: search.q.trim(),
          field: search.field,
          level: search.level,
          page: search.page,
          pageSize: PROCEDURE_PAGE_SIZE,
        },
        signal,
      }),
    enabled,
    placeholderData: keepPreviousData,
    staleTime: 5 * 60_000,
  });
}

/** `GET /api/v1/procedures/:id`: the procedure in force (for a label known only by id). */
export function useProcedure(id: string | undefined) {
  return useQuery({
    queryKey: ['procedures', 'detail', id ?? ''],
    queryFn: ({ signal }) => api.get<ProcedureView>(`${PROCEDURES_PATH}/${id}`, { signal }),
    enabled: !!id,
    staleTime: 30 * 60_000,
    retry: false,
  });
}

export type StatsGroupBy = NonNullable<DossierStatsQuery['groupBy']>;

export interface StatsFilters {
  unitId: string;
  from: string;
  to: string;
  groupBy: StatsGroupBy;
}

/** `GET /api/v1/dossier-stats?unitId&from&to&groupBy`. */
export function useDossierStats(filters: StatsFilters) {
  return useQuery({
    queryKey: ['dossier-stats', filters],
    queryFn: ({ signal }) =>
      api.get<DossierStats>(STATS_PATH, {
        query: { unitId: filters.unitId, from: filters.from, to: filters.to, groupBy: filters.groupBy },
        signal,
      }),
    placeholderData: keepPreviousData,
    staleTime: 60_000,
  });
}
