import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { ApiError, api } from '../../lib/api.ts';

/** The signed-in official, as `GET /api/v1/auth/session` returns it. */
export interface SessionUser {
  id: string;
  displayName: string;
  orgUnitName?: string;
  roles: string[];
  /** `official`, `citizen` or `system` (older servers leave it out). */
  kind?: 'official' | 'citizen' | 'system';
  /** What the user may do (`calendar.manage`…); the server checks again on every call. */
  permissions?: string[];
  /** Signed in with a temporary password: a new one must be chosen first. */
  mustChangePassword?: boolean;
}

export interface PasswordChangeInput {
  currentPassword: string;
  newPassword: string;
}

export interface SessionView {
  user: SessionUser;
}

export interface LoginInput {
  username: string;
  password: string;
}

/** Answer of a sign-in step: signed in, or which second-factor step comes next. */
export type LoginStep =
  | { status: 'ok'; user: SessionUser }
  | { status: 'totp_required' }
  | { status: 'totp_enrolment_required' };

export interface TotpEnrolment {
  secret: string;
  otpauthUri: string;
}

export const SESSION_PATH = '/api/v1/auth/session';
export const TOTP_PATH = '/api/v1/auth/totp';
export const TOTP_ENROL_PATH = '/api/v1/auth/totp/enrol';
export const TOTP_CONFIRM_PATH = '/api/v1/auth/totp/confirm';
export const PASSWORD_PATH = '/api/v1/auth/password';
export const LOGIN_PATH = '/api/v1/auth/login';
export const LOGOUT_PATH = '/api/v1/auth/logout';
/** Citizens sign in with the national e-ID on the portal (officials use their account here). */
export const VNEID_START_PATH = '/api/v1/auth/citizen/login?next=%2Fca-nhan';

function isSessionView(value: unknown): value is SessionView {
  if (typeof value !== 'object' || value === null || !('user' in value)) return false;
  const user: unknown = value.user;
  return (
    typeof user === 'object' &&
    user !== null &&
    'id' in user &&
    'displayName' in user &&
    typeof user.displayName === 'string'
  );
}

function normalise(user: SessionUser): SessionUser {
  return {
    ...user,
    roles: Array.isArray(user.roles) ? user.roles : [],
    permissions: Array.isArray(user.permissions) ? user.permissions : [],
  };
}

/** The current session: the user, or null when not signed in (401). Other failures throw. */
export async function fetchSession(signal?: AbortSignal): Promise<SessionUser | null> {
  try {
    const view = await api.get<unknown>(SESSION_PATH, signal ? { signal } : {});
    return isSessionView(view) ? normalise(view.user) : null;
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) return null;
    throw error;
  }
}

export const sessionQuery = queryOptions({
  queryKey: ['auth', 'session'] as const,
  queryFn: ({ signal }) => fetchSession(signal),
  staleTime: 60_000,
});

export function useSession() {
  return useQuery(sessionQuery);
}

function pendingStep(value: unknown): LoginStep | null {
  if (typeof value !== 'object' || value === null || !('status' in value)) return null;
  if (value.status === 'totp_required') return { status: 'totp_required' };
  if (value.status === 'totp_enrolment_required') return { status: 'totp_enrolment_required' };
  return null;
}

/** Signs in (a step), then reads the session the server opened so the workspace guard finds the user. */
function useSignInStep<TInput>(run: (input: TInput) => Promise<unknown>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (input: TInput): Promise<LoginStep> => {
      const result = await run(input);
      const pending = pendingStep(result);
      if (pending) return pending;
      if (isSessionView(result)) return { status: 'ok', user: normalise(result.user) };
      const user = await queryClient.fetchQuery({ ...sessionQuery, staleTime: 0 });
      if (!user) throw new ApiError(401, { detail: '' });
      return { status: 'ok', user };
    },
    onSuccess: (step) => {
      if (step.status === 'ok') queryClient.setQueryData(sessionQuery.queryKey, step.user);
    },
  });
}

/** Username and password: the first step of signing in. */
export function useLogin() {
  return useSignInStep((input: LoginInput) => api.post<unknown>(LOGIN_PATH, input));
}

/** The 6-digit code of the authenticator app, when the account has TOTP. */
export function useTotpVerify() {
  return useSignInStep((code: string) => api.post<unknown>(TOTP_PATH, { code }));
}

/** Starts TOTP enrolment (administrators must have it): the secret and its otpauth:// URI. */
export function useTotpEnrol() {
  return useMutation({ mutationFn: () => api.post<TotpEnrolment>(TOTP_ENROL_PATH) });
}

/** Confirms the enrolment with a first code; this completes the sign-in. */
export function useTotpConfirm() {
  return useSignInStep((code: string) => api.post<unknown>(TOTP_CONFIRM_PATH, { code }));
}

/** Changes the own password (204); the session is read again since permissions now apply. */
export function useChangePassword() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: PasswordChangeInput) => api.post<undefined>(PASSWORD_PATH, input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: sessionQuery.queryKey }),
  });
}

export function useLogout() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api.post<unknown>(LOGOUT_PATH),
    onSuccess: () => {
      queryClient.clear();
      queryClient.setQueryData(sessionQuery.queryKey, null);
    },
  });
}
