export { demoSeeder } from './identity.demo.ts';
export { identityRoutes, requireSignedIn } from './identity.routes.ts';
export { apiTokens, officials, roleGrants, sessions } from './identity.schema.ts';
export {
  type Clock,
  CSRF_COOKIE,
  CSRF_HEADER,
  createIdentityService,
  type IdentityService,
  SESSION_COOKIE,
} from './identity.service.ts';
export { officialsRoutes } from './officials.routes.ts';
export { createOfficialsService, type OfficialsService } from './officials.service.ts';
