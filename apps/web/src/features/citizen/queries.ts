import type {
  CitizenAccessEntry,
  CitizenAccessLogPage,
  CitizenSignInError,
  CitizenSignInOptions,
  CitizenView,
} from '@lienthong/contracts';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../lib/api.ts';
import { type SessionUser, sessionQuery } from '../auth/index.ts';

/** Shapes of the citizens' API, typed by the shared contracts (types only: zod is not bundled). */
export type { CitizenAccessEntry, CitizenAccessLogPage, CitizenSignInError, CitizenView };

export const CITIZEN_LOGIN_PATH = '/api/v1/auth/citizen/login';
export const CITIZEN_OPTIONS_PATH = '/api/v1/auth/citizen';
export const MY_RECORD_PATH = '/api/v1/me/citizen';
export const ACCESS_LOG_PATH = '/api/v1/me/citizen/access-log';

/** Portal pages of the citizen (Vietnamese slugs). */
export const PROFILE_ROUTE = '/ca-nhan';
export const ACCESS_LOG_ROUTE = '/ca-nhan/truy-cap-du-lieu';
/** The citizen's dossiers and data wallet (pages of the my-dossiers feature). */
export const MY_DOSSIERS_ROUTE = '/ca-nhan/ho-so';
export const WALLET_ROUTE = '/ca-nhan/kho-du-lieu';
export const SIGN_IN_ERROR_ROUTE = '/dang-nhap/loi';

/**
 * The national e-ID sign-in (a full page navigation, not an API call): the server sends the
 * browser to VNeID and back to `next`, a portal path.
 */
export function citizenLoginHref(next: string): string {
  const safe = next.startsWith('/') && !next.startsWith('//') && !next.startsWith(SIGN_IN_ERROR_ROUTE);
  return `${CITIZEN_LOGIN_PATH}?next=${encodeURIComponent(safe ? next : PROFILE_ROUTE)}`;
}

/**
 * True when the browser holds a session's readable CSRF cookie. Without it nobody is signed in,
 * so the portal does not ask (no 401 for every anonymous visitor).
 */
export function hasSessionCookie(): boolean {
  return typeof document !== 'undefined' && /(?:^|;\s*)lt_csrf=[^;]+/.test(document.cookie);
}

/** Who is signed in on the portal: a user, null (nobody), or undefined while asking. */
export function usePortalSession() {
  const enabled = hasSessionCookie();
  const query = useQuery({ ...sessionQuery, enabled });
  const user: SessionUser | null | undefined = enabled ? query.data : null;
  return { user, isPending: enabled && query.isPending, isError: enabled && query.isError, query };
}

export const signInOptionsQuery = queryOptions({
  queryKey: ['auth', 'citizen-options'] as const,
  queryFn: ({ signal }) => api.get<CitizenSignInOptions>(CITIZEN_OPTIONS_PATH, { signal }),
  staleTime: 5 * 60_000,
});

/** Whether the national e-ID sign-in is offered: true, false, or undefined while asking. */
export function useCitizenSignInEnabled(): boolean | undefined {
  const query = useQuery(signInOptionsQuery);
  if (query.isPending) return undefined;
  return query.data?.enabled === true;
}

export const citizenKeys = {
  all: ['citizen'] as const,
  record: ['citizen', 'record'] as const,
  accessLog: (page: number, pageSize: number, includeOwn: boolean) =>
    ['citizen', 'access-log', page, pageSize, includeOwn] as const,
};

/** The signed-in citizen's identity record (each read is recorded in the audit log). */
export function useMyRecord() {
  return useQuery({
    queryKey: citizenKeys.record,
    queryFn: ({ signal }) => api.get<CitizenView>(MY_RECORD_PATH, { signal }),
  });
}

/** A page of "who accessed my data" (page from 1). */
export function useAccessLog(page: number, pageSize: number, includeOwn: boolean) {
  return useQuery({
    queryKey: citizenKeys.accessLog(page, pageSize, includeOwn),
    queryFn: ({ signal }) =>
      api.get<CitizenAccessLogPage>(ACCESS_LOG_PATH, {
        signal,
        query: {
          limit: pageSize,
          offset: (page - 1) * pageSize,
          includeOwn: includeOwn ? 'true' : undefined,
        },
      }),
    placeholderData: keepPreviousData,
  });
}
