import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { ApiError, api } from '../../lib/api.ts';

/** The signed-in official, as `GET /api/v1/auth/session` returns it. */
export interface SessionUser {
  id: string;
  displayName: string;
  orgUnitName?: string;
  roles: string[];
}

export interface SessionView {
  user: SessionUser;
}

export interface LoginInput {
  username: string;
  password: string;
}

export const SESSION_PATH = '/api/v1/auth/session';
export const LOGIN_PATH = '/api/v1/auth/login';
export const LOGOUT_PATH = '/api/v1/auth/logout';
export const VNEID_START_PATH = '/api/v1/auth/vneid/start';

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
  return { ...user, roles: Array.isArray(user.roles) ? user.roles : [] };
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

/**
 * Signs in with username and password, then reads the session the server opened, so the
 * guard of the workspace finds the user at once.
 */
export function useLogin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationKey: ['login'],
    mutationFn: async (input: LoginInput): Promise<SessionUser | null> => {
      const result = await api.post<unknown>(LOGIN_PATH, input);
      if (isSessionView(result)) return normalise(result.user);
      return queryClient.fetchQuery({ ...sessionQuery, staleTime: 0 });
    },
    onSuccess: (user) => {
      queryClient.setQueryData(sessionQuery.queryKey, user);
    },
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
