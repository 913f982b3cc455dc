import type { FastifyPluginAsync } from 'fastify';
import type { Logger } from 'pino';
import type { Config } from '../../config.ts';
import type { Authenticate } from '../../platform/auth/actor.ts';
import type { Db } from '../../platform/db/index.ts';
import type { Jobs } from '../../platform/jobs/jobs.ts';
import type { SecretBox } from '../identity/index.ts';
import { oidcRoutes } from './sso.oidc-routes.ts';
import { MOUNT } from './sso.provider.ts';
import { ssoClientRoutes } from './sso.routes.ts';
import { createSsoService } from './sso.service.ts';
import { deleteExpiredPayloads } from './sso.store.ts';

export { ssoClients, ssoKeys, ssoPayloads } from './sso.schema.ts';
export { createSsoService, type SsoService } from './sso.service.ts';

export type SsoRoutesOptions = {
  db: Db;
  config: Config;
  /** The server key and its secret box (the identity service's). */
  serverKey: () => Buffer;
  secretBox: () => SecretBox;
};

/** Single sign-on: the OpenID Provider at `/oidc` and the client administration API. */
export const ssoRoutes: FastifyPluginAsync<SsoRoutesOptions> = async (
  app,
  { db, config, serverKey, secretBox },
) => {
  await app.register(ssoClientRoutes, { sso: createSsoService({ db, secretBox }) });
  await app.register(oidcRoutes, { db, config, secretBox, serverKey });
};

/**
 * The provider's own forms (`POST /oidc/…`: sign-out confirmation, token requests) carry the
 * provider's anti-forgery token, not the workspace's `X-CSRF-Token`: the workspace session is
 * not read for them (its CSRF check would refuse them). Its GET pages still see the session.
 */
export function exceptProviderForms(authenticate: Authenticate): Authenticate {
  return async (request) => {
    const safe = request.method === 'GET' || request.method === 'HEAD';
    if (!safe && (request.url === MOUNT || request.url.startsWith(`${MOUNT}/`))) return null;
    return authenticate(request);
  };
}

/** Hourly removal of expired provider records (sessions, interactions, codes, tokens). */
export function registerSsoJobs(jobs: Jobs, db: Db, logger: Logger): void {
  jobs.register(
    'sso.clean-expired',
    async () => {
      const removed = await deleteExpiredPayloads(db, new Date());
      if (removed > 0) logger.info({ removed }, 'removed expired single sign-on records');
    },
    { cron: '41 * * * *' },
  );
}
