import type {
  OrgBlock,
  OrgLevel,
  OrgLineageView,
  OrgRestructureKind,
  OrgRestructureResult,
  OrgRestructureView,
  OrgSubtreeCount,
  OrgUnitDetail,
  OrgUnitHistory,
  OrgUnitPage,
  OrgUnitRef,
  OrgUnitType,
  OrgUnitVersionView,
  OrgUnitView,
  RestructureInput,
} from '@lienthong/contracts';
import {
  keepPreviousData,
  type QueryClient,
  queryOptions,
  useMutation,
  useQuery,
  useQueryClient,
} from '@tanstack/react-query';
import { api } from '../../lib/api.ts';

/** Shapes of the org API, typed by the shared contracts (types only: zod is not bundled). */
export type {
  OrgBlock,
  OrgLevel,
  OrgLineageView,
  OrgRestructureKind,
  OrgRestructureResult,
  OrgRestructureView,
  OrgSubtreeCount,
  OrgUnitDetail,
  OrgUnitHistory,
  OrgUnitPage,
  OrgUnitRef,
  OrgUnitType,
  OrgUnitVersionView,
  OrgUnitView,
  RestructureInput,
};

/** What the wizard sends: `preview` is set by the call, defaults may be left out. */
export type RestructureRequest = RestructureInput;

export const ORG_PATH = '/api/v1/org';
export const UNITS_PATH = `${ORG_PATH}/units`;
export const RESTRUCTURES_PATH = `${ORG_PATH}/restructures`;
export const unitPath = (id: string) => `${UNITS_PATH}/${id}`;
export const historyPath = (id: string) => `${unitPath(id)}/history`;
export const subtreeCountPath = (id: string) => `${unitPath(id)}/subtree-count`;

/** Permissions of the changes (server: org.policy.ts). */
export const ORG_MANAGE = 'org.manage';
export const ORG_RESTRUCTURE = 'org.restructure';

/** The largest page the API gives (contracts: `limit` ≤ 200). */
export const PAGE_LIMIT = 200;
/** Children loaded for one tree node at most (pages of 200). */
const MAX_CHILDREN = 2_000;

export const orgKeys = {
  all: ['org'] as const,
  children: (asOf: string, parentId: string | null) => ['org', 'children', asOf, parentId] as const,
  search: (asOf: string, q: string) => ['org', 'search', asOf, q] as const,
  unit: (id: string, asOf: string) => ['org', 'unit', id, asOf] as const,
  history: (id: string) => ['org', 'history', id] as const,
  count: (id: string, asOf: string) => ['org', 'count', id, asOf] as const,
};

/** Every unit in force on `asOf` directly under `parentId` (null: the roots), page by page. */
export async function fetchChildren(
  asOf: string,
  parentId: string | null,
  signal?: AbortSignal,
): Promise<OrgUnitView[]> {
  const items: OrgUnitView[] = [];
  for (let offset = 0; offset < MAX_CHILDREN; offset += PAGE_LIMIT) {
    const page = await api.get<OrgUnitPage>(UNITS_PATH, {
      query: { asOf, parentId, limit: PAGE_LIMIT, offset },
      ...(signal ? { signal } : {}),
    });
    items.push(...page.items);
    if (page.items.length < PAGE_LIMIT || items.length >= page.total) break;
  }
  return items;
}

export function childrenQuery(asOf: string, parentId: string | null) {
  return queryOptions({
    queryKey: orgKeys.children(asOf, parentId),
    queryFn: ({ signal }) => fetchChildren(asOf, parentId, signal),
    staleTime: 5 * 60_000,
  });
}

/** Children of a tree node, through the query cache (the tree loads them when a node opens). */
export function loadChildren(queryClient: QueryClient, asOf: string, parentId: string | null) {
  return queryClient.fetchQuery(childrenQuery(asOf, parentId));
}

export function unitQuery(id: string, asOf: string) {
  return queryOptions({
    queryKey: orgKeys.unit(id, asOf),
    queryFn: ({ signal }) => api.get<OrgUnitDetail>(unitPath(id), { query: { asOf }, signal }),
    staleTime: 5 * 60_000,
  });
}

/** `GET /api/v1/org/units?q&asOf`: accent-insensitive search by name, or a code. */
export function useOrgSearch(asOf: string, q: string, limit = 20) {
  const text = q.trim();
  return useQuery({
    queryKey: [...orgKeys.search(asOf, text), limit],
    queryFn: ({ signal }) => api.get<OrgUnitPage>(UNITS_PATH, { query: { asOf, q: text, limit }, signal }),
    enabled: text.length > 0,
    staleTime: 60_000,
    placeholderData: keepPreviousData,
  });
}

/** `GET /api/v1/org/units/:id?asOf`: the unit on that day with its ancestors (404 when not in force). */
export function useOrgUnit(id: string | undefined, asOf: string) {
  return useQuery({ ...unitQuery(id ?? '', asOf), enabled: id !== undefined });
}

/** `GET /api/v1/org/units/:id/history`: every version and the restructures touching the unit. */
export function useOrgUnitHistory(id: string | undefined) {
  return useQuery({
    queryKey: orgKeys.history(id ?? ''),
    queryFn: ({ signal }) => api.get<OrgUnitHistory>(historyPath(id ?? ''), { signal }),
    enabled: id !== undefined,
    staleTime: 5 * 60_000,
  });
}

/** `GET /api/v1/org/units/:id/subtree-count?asOf`: units below it by level, and bodies. */
export function useSubtreeCount(id: string | undefined, asOf: string, enabled = true) {
  return useQuery({
    queryKey: orgKeys.count(id ?? '', asOf),
    queryFn: ({ signal }) =>
      api.get<OrgSubtreeCount>(subtreeCountPath(id ?? ''), { query: { asOf }, signal }),
    enabled: id !== undefined && enabled,
    staleTime: 5 * 60_000,
  });
}

/** `POST /api/v1/org/restructures` with `preview: true`: every check and write, then rolled back. */
export function usePreviewRestructure() {
  return useMutation({
    mutationFn: (input: RestructureRequest) =>
      api.post<OrgRestructureResult>(RESTRUCTURES_PATH, { ...input, preview: true }),
  });
}

/** `POST /api/v1/org/restructures`: records the change; every cached read of the structure is refreshed. */
export function useApplyRestructure() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: RestructureRequest) =>
      api.post<OrgRestructureResult>(RESTRUCTURES_PATH, { ...input, preview: false }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: orgKeys.all }),
  });
}
