import type {
  GrantEndInput,
  GrantInput,
  GrantView,
  OfficialCreateInput,
  OfficialDetail,
  OfficialPage,
  OfficialUpdateInput,
  OfficialView,
  Role,
} from '@lienthong/contracts';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, apiRequest } from '../../lib/api.ts';

/** Shapes of the officials API, typed by the shared contracts (types only: zod is not bundled). */
export type {
  GrantEndInput,
  GrantInput,
  GrantView,
  OfficialCreateInput,
  OfficialDetail,
  OfficialPage,
  OfficialUpdateInput,
  OfficialView,
  Role,
};

/** `POST …/revoke-sessions` answers how many sessions it ended. */
export interface RevokedCount {
  revoked: number;
}

export const OFFICIALS_PATH = '/api/v1/officials';
export const officialPath = (id: string) => `${OFFICIALS_PATH}/${id}`;

/** Permissions of the administration (server: identity ROLE_PERMISSIONS). */
export const OFFICIAL_MANAGE = 'official.manage';
export const ROLE_GRANT = 'role.grant';
export const SESSION_REVOKE = 'session.revoke';

export const PAGE_SIZE = 20;

export interface OfficialFilters {
  q: string;
  orgUnitId: string;
  page: number;
}

export const officialKeys = {
  all: ['officials'] as const,
  list: (filters: OfficialFilters) => ['officials', 'list', filters] as const,
  detail: (id: string) => ['officials', 'detail', id] as const,
};

/** `GET /api/v1/officials?q&orgUnitId&limit&offset`: within the caller's scope, by username. */
export function useOfficials(filters: OfficialFilters) {
  return useQuery({
    queryKey: officialKeys.list(filters),
    queryFn: ({ signal }) =>
      api.get<OfficialPage>(OFFICIALS_PATH, {
        query: {
          q: filters.q.trim(),
          orgUnitId: filters.orgUnitId,
          limit: PAGE_SIZE,
          offset: (filters.page - 1) * PAGE_SIZE,
        },
        signal,
      }),
    placeholderData: keepPreviousData,
    staleTime: 30_000,
  });
}

/** `GET /api/v1/officials/:id`: the official with every grant (404 outside the caller's scope). */
export function useOfficial(id: string | undefined) {
  return useQuery({
    queryKey: officialKeys.detail(id ?? ''),
    queryFn: ({ signal }) => api.get<OfficialDetail>(officialPath(id ?? ''), { signal }),
    enabled: id !== undefined,
    staleTime: 10_000,
  });
}

/** After a change: the list and the official's detail are read again. */
function useRefresh() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: officialKeys.all });
}

export function useCreateOfficial() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (input: OfficialCreateInput) => api.post<OfficialView>(OFFICIALS_PATH, input),
    onSuccess: refresh,
  });
}

export function useUpdateOfficial(id: string) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (input: OfficialUpdateInput) =>
      apiRequest<OfficialView>(officialPath(id), { method: 'PATCH', body: input }),
    onSuccess: refresh,
  });
}

export function useResetPassword(id: string) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (temporaryPassword: string) =>
      api.post<OfficialView>(`${officialPath(id)}/reset-password`, { temporaryPassword }),
    onSuccess: refresh,
  });
}

/** A one-step account action that answers the updated official. */
export type OfficialAction = 'disable' | 'enable' | 'reset-totp';

export function useOfficialAction(id: string, action: OfficialAction) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: () => api.post<OfficialView>(`${officialPath(id)}/${action}`),
    onSuccess: refresh,
  });
}

export function useRevokeSessions(id: string) {
  return useMutation({
    mutationFn: () => api.post<RevokedCount>(`${officialPath(id)}/revoke-sessions`),
  });
}

export function useAddGrant(id: string) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (input: GrantInput) => api.post<GrantView>(`${officialPath(id)}/grants`, input),
    onSuccess: refresh,
  });
}

export function useEndGrant(id: string) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: ({ grantId, validTo }: { grantId: string } & GrantEndInput) =>
      api.post<GrantView>(`${officialPath(id)}/grants/${grantId}/end`, { validTo }),
    onSuccess: refresh,
  });
}
