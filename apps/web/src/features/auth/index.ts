/** What other features may use from the auth feature. */
export type { SessionUser } from './queries.ts';
export { useCurrentUser } from './session-context.ts';
