/** What other parts of the web app may use from the citizen feature. */
export { PortalUserArea } from './portal-user-area.tsx';
export {
  ACCESS_LOG_ROUTE,
  MY_DOSSIERS_ROUTE,
  PROFILE_ROUTE,
  SIGN_IN_ERROR_ROUTE,
  WALLET_ROUTE,
} from './queries.ts';
export { RequireCitizen } from './require-citizen.tsx';
