import { createContext, useContext } from 'react';
import type { SessionUser } from './queries.ts';

export const SessionContext = createContext<SessionUser | null>(null);

/** The signed-in user; only inside the workspace, below RequireSession. */
export function useCurrentUser(): SessionUser {
  const user = useContext(SessionContext);
  if (!user) throw new Error('useCurrentUser() is only available below <RequireSession>');
  return user;
}

/** True when the signed-in user holds this permission (`calendar.manage`…); only below <RequireSession>. */
export function useHasPermission(permission: string): boolean {
  return hasPermission(useCurrentUser(), permission);
}

export function hasPermission(user: SessionUser, permission: string): boolean {
  return user.permissions?.includes(permission) ?? false;
}
