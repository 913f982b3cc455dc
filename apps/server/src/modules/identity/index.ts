export { citizenRoutes, requireCitizen } from './citizen.routes.ts';
export { type CitizensService, createCitizensService } from './citizen.service.ts';
export {
  CITIZEN_CALLBACK_PATH,
  createEidClient,
  type EidClient,
  type EidProvider,
  eidClientFromConfig,
} from './eid-client.ts';
export { demoSeeder } from './identity.demo.ts';
export { identityRoutes, requireSignedIn } from './identity.routes.ts';
export { apiTokens, citizenSessions, citizens, officials, roleGrants, sessions } from './identity.schema.ts';
export { type Clock, createIdentityService, type IdentityService } from './identity.service.ts';
export { officialsRoutes } from './officials.routes.ts';
export { createOfficialsService, type OfficialsService } from './officials.service.ts';
export { createSecretBox, loadServerKey, type SecretBox } from './secret-box.ts';
export { CSRF_COOKIE, CSRF_HEADER, SESSION_COOKIE } from './session-cookies.ts';
export {
  type CitizenRecord,
  citizenRecord,
  officialContacts,
  officialsHolding,
  type StaffMember,
} from './staff-directory.ts';
export { totpAt } from './totp.ts';
