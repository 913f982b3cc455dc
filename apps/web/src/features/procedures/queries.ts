import type {
  ImportSummary,
  ProcedureList,
  ProcedureSummary,
  ProcedureVersionList,
  ProcedureView,
} from '@lienthong/contracts';
import { keepPreviousData, queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, csrfToken, errorFromResponse, NetworkError } from '../../lib/api.ts';

/** Shapes of the catalogue API, typed by the shared contracts (types only: zod is not bundled). */
export type { ImportSummary, ProcedureList, ProcedureSummary, ProcedureVersionList, ProcedureView };

export const PROCEDURES_PATH = '/api/v1/procedures';
export const procedurePath = (id: string) => `${PROCEDURES_PATH}/${encodeURIComponent(id)}`;
/** The permission of the workspace catalogue page. */
export const PROCEDURE_MANAGE = 'procedure.manage';

export interface CatalogueFilters {
  q: string;
  field: string;
  level: '' | 'commune' | 'city';
  onlineLevel: '' | 'full' | 'partial';
  page: number;
}

export const PAGE_SIZE = 20;

export const procedureKeys = {
  all: ['procedures'] as const,
  list: (filters: CatalogueFilters, pageSize: number) => ['procedures', 'list', filters, pageSize] as const,
  detail: (id: string) => ['procedures', 'detail', id] as const,
  versions: (id: string) => ['procedures', 'versions', id] as const,
};

export function proceduresQuery(filters: CatalogueFilters, pageSize = PAGE_SIZE) {
  return queryOptions({
    queryKey: procedureKeys.list(filters, pageSize),
    queryFn: ({ signal }) =>
      api.get<ProcedureList>(PROCEDURES_PATH, {
        query: { ...filters, page: filters.page > 1 ? filters.page : undefined, pageSize },
        signal,
      }),
  });
}

/** `GET /api/v1/procedures?q&field&level&onlineLevel&page&pageSize`: the catalogue in force. */
export function useProcedures(filters: CatalogueFilters, pageSize = PAGE_SIZE) {
  return useQuery({ ...proceduresQuery(filters, pageSize), placeholderData: keepPreviousData });
}

/** `GET /api/v1/procedures/:id`: the version in force today. */
export function useProcedure(id: string) {
  return useQuery({
    queryKey: procedureKeys.detail(id),
    queryFn: ({ signal }) => api.get<ProcedureView>(procedurePath(id), { signal }),
  });
}

/** `GET /api/v1/procedures/:id/versions`: every version, newest first. */
export function useProcedureVersions(id: string | undefined) {
  return useQuery({
    queryKey: procedureKeys.versions(id ?? ''),
    queryFn: ({ signal }) => api.get<ProcedureVersionList>(`${procedurePath(id ?? '')}/versions`, { signal }),
    enabled: Boolean(id),
  });
}

async function send(path: string, init: RequestInit): Promise<Response> {
  const csrf = init.method === 'POST' ? csrfToken() : undefined;
  let response: Response;
  try {
    response = await fetch(path, {
      ...init,
      credentials: 'same-origin',
      headers: {
        Accept: 'application/json, application/problem+json, */*',
        ...(csrf ? { 'X-CSRF-Token': csrf } : {}),
      },
    });
  } catch (error) {
    throw new NetworkError(error);
  }
  if (!response.ok) throw await errorFromResponse(response);
  return response;
}

/** The file name the server gives in Content-Disposition, or `fallback`. */
function fileNameOf(response: Response, fallback: string): string {
  const header = response.headers.get('content-disposition') ?? '';
  return /filename="([^"]+)"/.exec(header)?.[1] ?? fallback;
}

/** `GET /api/v1/procedures/export?format=`: downloads the catalogue as a file. */
export function useExportCatalogue() {
  return useMutation({
    mutationFn: async (format: 'json' | 'xlsx') => {
      const response = await send(`${PROCEDURES_PATH}/export?format=${format}`, { method: 'GET' });
      const blob = await response.blob();
      const url = URL.createObjectURL(blob);
      const link = document.createElement('a');
      link.href = url;
      link.download = fileNameOf(response, `danh-muc-thu-tuc.${format}`);
      document.body.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(url), 1000);
      return link.download;
    },
  });
}

export interface ImportRequest {
  file: File;
  dryRun: boolean;
  mode: 'all' | 'valid';
}

/** `POST /api/v1/procedures/import?dryRun&mode` with the file (.xlsx or .json) in field `file`. */
export function useImportCatalogue() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ file, dryRun, mode }: ImportRequest) => {
      const form = new FormData();
      form.append('file', file, file.name);
      const response = await send(`${PROCEDURES_PATH}/import?dryRun=${dryRun}&mode=${mode}`, {
        method: 'POST',
        body: form,
      });
      return (await response.json()) as ImportSummary;
    },
    onSuccess: (summary) => {
      if (!summary.dryRun) void queryClient.invalidateQueries({ queryKey: procedureKeys.all });
    },
  });
}
