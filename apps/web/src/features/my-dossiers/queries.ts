import type {
  DossierFormCode,
  DossierList,
  DossierPartInput,
  DossierView,
  PaymentView,
  ProcedureView,
  WalletItemView,
} from '@lienthong/contracts';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../lib/api.ts';

/** Shapes of the citizen's one-stop API, typed by the shared contracts (types only: zod is not bundled). */
export type { DossierFormCode, DossierList, DossierView, PaymentView, WalletItemView };

export const MY_DOSSIERS_PATH = '/api/v1/me/dossiers';
export const DOSSIERS_PATH = '/api/v1/dossiers';
export const WALLET_PATH = '/api/v1/me/wallet';

export const dossierPath = (id: string) => `${DOSSIERS_PATH}/${encodeURIComponent(id)}`;
/** Form 01–06 of a dossier (PDF). */
export const formHref = (id: string, form: DossierFormCode) => `${dossierPath(id)}/forms/${form}`;
/** The signed result (PDF); for the applicant, downloading it is the online delivery. */
export const resultHref = (id: string) => `${dossierPath(id)}/result`;
export const receiptHref = (paymentId: string) => `/api/v1/payments/${encodeURIComponent(paymentId)}/receipt`;
export const walletFileHref = (id: string) => `${WALLET_PATH}/${encodeURIComponent(id)}/file`;
/** The public verification page of a signed document (its QR code points there). */
export const verifyHref = (code: string) => `/xac-thuc?ma=${encodeURIComponent(code)}`;

export const myDossierKeys = {
  list: (page: number, pageSize: number) => ['dossiers', 'mine', page, pageSize] as const,
  view: (id: string) => ['dossiers', 'view', id] as const,
  payments: (id: string) => ['dossiers', 'payments', id] as const,
  wallet: ['wallet', 'mine'] as const,
  version: (id: string) => ['procedures', 'version', id] as const,
};

/** `GET /api/v1/me/dossiers`: the dossiers where the citizen is the applicant (desk-filed ones too). */
export function useMyDossiers(page: number, pageSize: number) {
  return useQuery({
    queryKey: myDossierKeys.list(page, pageSize),
    queryFn: ({ signal }) => api.get<DossierList>(MY_DOSSIERS_PATH, { query: { page, pageSize }, signal }),
    placeholderData: keepPreviousData,
  });
}

export function useDossier(id: string) {
  return useQuery({
    queryKey: myDossierKeys.view(id),
    queryFn: ({ signal }) => api.get<DossierView>(dossierPath(id), { signal }),
  });
}

/** The procedure version a dossier was filed under (names of the parts a supplement asks for). */
export function useProcedureVersion(versionId: string, enabled: boolean) {
  return useQuery({
    queryKey: myDossierKeys.version(versionId),
    queryFn: ({ signal }) =>
      api.get<ProcedureView>(`/api/v1/procedure-versions/${encodeURIComponent(versionId)}`, { signal }),
    enabled,
    staleTime: Number.POSITIVE_INFINITY,
  });
}

export function usePayments(id: string, enabled: boolean) {
  return useQuery({
    queryKey: myDossierKeys.payments(id),
    queryFn: ({ signal }) => api.get<{ items: PaymentView[] }>(`${dossierPath(id)}/payments`, { signal }),
    enabled,
  });
}

/** After an action: the dossier as the server answered, and the lists that show it are stale. */
function useDossierUpdate(id: string) {
  const queryClient = useQueryClient();
  return (view: DossierView) => {
    queryClient.setQueryData(myDossierKeys.view(id), view);
    void queryClient.invalidateQueries({ queryKey: ['dossiers', 'mine'] });
  };
}

/** `POST /api/v1/dossiers/:id/payments` (online): a VietQR payload and the payment page. */
export function useCreatePayment(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api.post<PaymentView>(`${dossierPath(id)}/payments`, { method: 'online' }),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: myDossierKeys.payments(id) }),
  });
}

export interface SupplementRequest {
  revision: number;
  parts: DossierPartInput[];
  note?: string;
}

export function useSupplement(id: string) {
  const update = useDossierUpdate(id);
  return useMutation({
    mutationFn: (body: SupplementRequest) => api.post<DossierView>(`${dossierPath(id)}/supplement`, body),
    onSuccess: update,
  });
}

export function useRate(id: string) {
  const update = useDossierUpdate(id);
  return useMutation({
    mutationFn: (body: { rating: number; comment?: string }) =>
      api.post<DossierView>(`${dossierPath(id)}/rate`, body),
    onSuccess: update,
  });
}

/** `DELETE /api/v1/dossiers/:id`: discards a draft. */
export function useDiscardDraft(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api.delete<void>(dossierPath(id)),
    onSuccess: () => {
      queryClient.removeQueries({ queryKey: myDossierKeys.view(id) });
      void queryClient.invalidateQueries({ queryKey: ['dossiers', 'mine'] });
    },
  });
}

/** `GET /api/v1/me/wallet`: results and documents kept for reuse (once-only). */
export function useWallet() {
  return useQuery({
    queryKey: myDossierKeys.wallet,
    queryFn: ({ signal }) => api.get<{ items: WalletItemView[] }>(WALLET_PATH, { signal }),
  });
}
