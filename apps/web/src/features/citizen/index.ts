/** What other parts of the web app may use from the citizen feature. */
export { PortalUserArea } from './portal-user-area.tsx';
export { ACCESS_LOG_ROUTE, PROFILE_ROUTE, SIGN_IN_ERROR_ROUTE } from './queries.ts';
