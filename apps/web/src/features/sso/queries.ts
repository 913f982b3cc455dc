import type {
  SsoClientCreated,
  SsoClientCreateInput,
  SsoClientList,
  SsoClientView,
} from '@lienthong/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../lib/api.ts';

/** Shapes of the single sign-on API, typed by the shared contracts (types only: zod is not bundled). */
export type { SsoClientCreated, SsoClientCreateInput, SsoClientView };

export const SSO_CLIENTS_PATH = '/api/v1/sso/clients';
export const clientPath = (clientId: string) => `${SSO_CLIENTS_PATH}/${encodeURIComponent(clientId)}`;
export const DISCOVERY_PATH = '/oidc/.well-known/openid-configuration';

/** The permission of the page (server: packages/contracts permissions). */
export const SSO_MANAGE = 'sso.manage';

export const ssoKeys = {
  clients: ['sso', 'clients'] as const,
  discovery: ['sso', 'discovery'] as const,
};

/** `GET /api/v1/sso/clients` (sso.manage): every registered application, never a secret. */
export function useSsoClients() {
  return useQuery({
    queryKey: ssoKeys.clients,
    queryFn: ({ signal }) => api.get<SsoClientList>(SSO_CLIENTS_PATH, { signal }),
  });
}

/** The provider's issuer as it publishes it (`<PUBLIC_URL>/oidc`). */
export function useIssuer() {
  return useQuery({
    queryKey: ssoKeys.discovery,
    queryFn: ({ signal }) => api.get<{ issuer: string }>(DISCOVERY_PATH, { signal }),
    staleTime: Number.POSITIVE_INFINITY,
  });
}

function useRefreshingMutation<I, O>(mutationFn: (input: I) => Promise<O>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ssoKeys.clients }),
  });
}

/** `POST /api/v1/sso/clients`: the answer holds the secret of a confidential client, this once. */
export function useCreateSsoClient() {
  return useRefreshingMutation((input: SsoClientCreateInput) =>
    api.post<SsoClientCreated>(SSO_CLIENTS_PATH, input),
  );
}

/** `POST …/:clientId/rotate-secret`: a new secret (shown once); the old one stops working. */
export function useRotateSsoSecret() {
  return useRefreshingMutation((clientId: string) =>
    api.post<SsoClientCreated>(`${clientPath(clientId)}/rotate-secret`),
  );
}

/** `POST …/:clientId/disable`: the application can no longer sign anyone in. */
export function useDisableSsoClient() {
  return useRefreshingMutation((clientId: string) =>
    api.post<SsoClientView>(`${clientPath(clientId)}/disable`),
  );
}

const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);

/** As the server checks it (contracts: isAllowedRedirectUri): https, or loopback http; no fragment. */
export function isAllowedRedirectUri(value: string): boolean {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return false;
  }
  if (value.includes('#') || url.username !== '' || url.password !== '') return false;
  if (url.protocol === 'https:') return url.hostname !== '';
  return url.protocol === 'http:' && LOOPBACK.has(url.hostname);
}

/** One address a line, blank lines ignored. */
export function linesOf(text: string | undefined): string[] {
  return (text ?? '')
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
}
