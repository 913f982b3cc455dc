import type {
  CreateDossierInput,
  DossierView,
  OrgUnitPage,
  OrgUnitView,
  PrefillView,
  ProcedureView,
  StoredFileView,
  UpdateDraftInput,
} from '@lienthong/contracts';
import { useQuery } from '@tanstack/react-query';
import { api, apiRequest, csrfToken, errorFromResponse, NetworkError } from '../../lib/api.ts';
import { vietnamLocalDate } from '../../lib/format.ts';

/** Shapes of the one-stop API, typed by the shared contracts (types only: zod is not bundled). */
export type { CreateDossierInput, DossierView, PrefillView, ProcedureView, StoredFileView, UpdateDraftInput };

export const PROCEDURES_PATH = '/api/v1/procedures';
export const DOSSIERS_PATH = '/api/v1/dossiers';
export const PREFILL_PATH = '/api/v1/dossiers/prefill';
export const FILES_PATH = '/api/v1/files';
export const UNITS_PATH = '/api/v1/org/units';

/** Portal and workspace pages of filing (Vietnamese slugs). */
export const filingHref = (procedureId: string, dossierId?: string) =>
  `/nop-ho-so/${procedureId}${dossierId ? `?hoSo=${dossierId}` : ''}`;
export const deskFilingHref = (procedureId: string, dossierId?: string) =>
  `/app/mot-cua/nop-ho-so/${procedureId}${dossierId ? `?hoSo=${dossierId}` : ''}`;

export const filingKeys = {
  procedure: (id: string) => ['procedures', 'view', id] as const,
  prefill: (procedureId: string, personalId: string | undefined) =>
    ['dossiers', 'prefill', procedureId, personalId ?? 'me'] as const,
  dossier: (id: string) => ['dossiers', 'view', id] as const,
  communes: (day: string) => ['org', 'communes', day] as const,
};

/** `GET /api/v1/procedures/:id`: the version in force today. */
export function useProcedure(id: string) {
  return useQuery({
    queryKey: filingKeys.procedure(id),
    queryFn: ({ signal }) =>
      api.get<ProcedureView>(`${PROCEDURES_PATH}/${encodeURIComponent(id)}`, { signal }),
    staleTime: 5 * 60_000,
  });
}

/**
 * `GET /api/v1/dossiers/prefill`: once-only values for the form — the signed-in citizen's own, or
 * (desk filing) the citizen with `personalId`, an audited read.
 */
export function usePrefill(procedureId: string, personalId: string | undefined, enabled: boolean) {
  return useQuery({
    queryKey: filingKeys.prefill(procedureId, personalId),
    queryFn: ({ signal }) =>
      api.get<PrefillView>(PREFILL_PATH, { query: { procedureId, personalId }, signal }),
    enabled,
    staleTime: Number.POSITIVE_INFINITY,
    retry: false,
  });
}

/** `GET /api/v1/dossiers/:id` (a draft being resumed). */
export function useDossierView(id: string | undefined) {
  return useQuery({
    queryKey: filingKeys.dossier(id ?? ''),
    queryFn: ({ signal }) => api.get<DossierView>(`${DOSSIERS_PATH}/${id}`, { signal }),
    enabled: Boolean(id),
    retry: false,
  });
}

/** Every commune (phường, xã) in force today, for the choice of where the dossier is decided. */
export function useCommunes(enabled: boolean) {
  const day = vietnamLocalDate(new Date()) ?? '';
  return useQuery({
    queryKey: filingKeys.communes(day),
    queryFn: async ({ signal }) => {
      const units: OrgUnitView[] = [];
      for (let offset = 0; offset < 2000; offset += 200) {
        const page = await api.get<OrgUnitPage>(UNITS_PATH, {
          query: { level: 'commune', asOf: day, limit: 200, offset },
          signal,
        });
        units.push(...page.items);
        if (units.length >= page.total || page.items.length === 0) break;
      }
      return units;
    },
    enabled,
    staleTime: 10 * 60_000,
  });
}

/** `POST /api/v1/files` (multipart, field `file`); throws ApiError (type, size) or NetworkError. */
export async function uploadFile(file: File, signal?: AbortSignal): Promise<StoredFileView> {
  const form = new FormData();
  form.append('file', file, file.name);
  const csrf = csrfToken();
  let response: Response;
  try {
    response = await fetch(FILES_PATH, {
      method: 'POST',
      credentials: 'same-origin',
      headers: {
        Accept: 'application/json, application/problem+json',
        ...(csrf ? { 'X-CSRF-Token': csrf } : {}),
      },
      body: form,
      ...(signal ? { signal } : {}),
    });
  } catch (error) {
    throw new NetworkError(error);
  }
  if (!response.ok) throw await errorFromResponse(response);
  return (await response.json()) as StoredFileView;
}

/** `POST /api/v1/dossiers`: a draft, or a submission (then with its `Idempotency-Key`). */
export function createDossier(input: CreateDossierInput, idempotencyKey?: string): Promise<DossierView> {
  return api.post<DossierView>(DOSSIERS_PATH, input, {
    ...(idempotencyKey ? { headers: { 'Idempotency-Key': idempotencyKey } } : {}),
  });
}

/** `PATCH /api/v1/dossiers/:id`: saves a draft (or a dossier sent back for completion). */
export function updateDraft(id: string, input: UpdateDraftInput): Promise<DossierView> {
  return apiRequest<DossierView>(`${DOSSIERS_PATH}/${id}`, { method: 'PATCH', body: input });
}

/** `POST /api/v1/dossiers/:id/submit`: files a saved draft (the same key on every retry). */
export function submitDraft(id: string, revision: number, idempotencyKey: string): Promise<DossierView> {
  return api.post<DossierView>(
    `${DOSSIERS_PATH}/${id}/submit`,
    { revision },
    { headers: { 'Idempotency-Key': idempotencyKey } },
  );
}
