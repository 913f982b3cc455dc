/** What other features may use from the auth feature. */
export { type SessionUser, sessionQuery, useLogout, useSession } from './queries.ts';
export { hasPermission, useCurrentUser, useHasPermission } from './session-context.ts';
