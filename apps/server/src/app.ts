import { readFileSync } from 'node:fs';
import cookie from '@fastify/cookie';
import Fastify, { type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import { serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import type { Logger } from 'pino';
import type { Config } from './config.ts';
import { calendarRoutes, createCalendarService } from './modules/calendar/index.ts';
import { createDossiersService, dossierStatsRoutes, dossiersRoutes } from './modules/dossiers/index.ts';
import {
  citizenRoutes,
  createCitizensService,
  createIdentityService,
  createOfficialsService,
  type EidClient,
  eidClientFromConfig,
  type IdentityService,
  identityRoutes,
  officialsRoutes,
} from './modules/identity/index.ts';
import { createOrgUnitsService, createRestructureService, orgRoutes, scopeSql } from './modules/org/index.ts';
import {
  createPaymentsService,
  type PaymentsDossierPort,
  paymentProviderFromConfig,
  paymentsRoutes,
} from './modules/payments/index.ts';
import { createProceduresService, proceduresRoutes, validateFormData } from './modules/procedures/index.ts';
import { createSignatures, signaturesPlugin } from './modules/signatures/index.ts';
import { exceptProviderForms, ssoRoutes } from './modules/sso/index.ts';
import { systemRoutes } from './modules/system/index.ts';
import { citizenPersonalIdOf, createWalletService, walletRoutes } from './modules/wallet/index.ts';
import { auditRoutes } from './platform/audit/index.ts';
import {
  type Authenticate,
  type AuthorizationRule,
  anonymousOnly,
  registerAuthentication,
  ruleOf,
} from './platform/auth/actor.ts';
import { sessionRoutes } from './platform/auth/session.routes.ts';
import type { Database } from './platform/db/database.ts';
import { type FileStorage, filesRoutes } from './platform/files/index.ts';
import { registerHealth } from './platform/http/health.ts';
import { registerMetrics } from './platform/http/metrics.ts';
import { registerOpenApi } from './platform/http/openapi.ts';
import { buildProblem, registerProblemHandlers, sendProblem } from './platform/http/problem.ts';
import { registerSecurity } from './platform/http/security.ts';
import { registerSpa, sendIndex, wantsPage } from './platform/http/spa.ts';
import { newId } from './platform/ids.ts';
import type { JobsStatus } from './platform/jobs/jobs.ts';
import { createLogger } from './platform/logging.ts';
import { createNotifier, notificationsRoutes } from './platform/notify/index.ts';
import { createRegistries } from './platform/registries/index.ts';
import { VERSION } from './version.ts';

export type AppDeps = {
  config: Config;
  database: Database;
  storage: FileStorage;
  jobsStatus?: () => JobsStatus;
  authenticate?: Authenticate;
  /** Sign-in, sessions and tokens; by default one on the real clock. Its `authenticate` is what main installs. */
  identity?: IdentityService;
  /** The national e-ID relying party (citizens' sign-in); by default as configured (EID_ISSUER…). */
  eid?: EidClient;
  /** The process logger; by default a new one on stdout. */
  logger?: Logger;
  /** Digital signatures and the PKI; by default built from the configuration. */
  signatures?: ReturnType<typeof createSignatures>;
  /** What payments know of dossiers; by default the dossiers module's port (tests pass a fake). */
  paymentsDossiers?: PaymentsDossierPort;
};

/** One endpoint and what it requires (read by the authorization matrix test). */
export type RouteAuthorization = { method: string; url: string; rule: AuthorizationRule };

declare module 'fastify' {
  interface FastifyInstance {
    /** Every /api/v1 endpoint with its authorization rule. */
    authorizationRules: readonly RouteAuthorization[];
    /** Set when the server begins to shut down: readiness turns 503. */
    shuttingDown: { value: boolean };
  }
}

export type App = FastifyInstance;

const REQUEST_ID = /^[A-Za-z0-9._-]{8,64}$/;

/** Builds the HTTP application. Used by `main` and, with `app.inject()`, by the tests. */
export async function buildApp(deps: AppDeps): Promise<App> {
  const { config } = deps;
  const app = Fastify({
    loggerInstance: (deps.logger ?? createLogger(config.logLevel)) as FastifyBaseLogger,
    bodyLimit: config.http.bodyLimit,
    trustProxy: config.http.trustProxy,
    requestIdHeader: false,
    genReqId: (request) => {
      const incoming = request.headers['x-request-id'];
      return typeof incoming === 'string' && REQUEST_ID.test(incoming) ? incoming : newId();
    },
    forceCloseConnections: 'idle',
    return503OnClosing: true,
    routerOptions: { ignoreTrailingSlash: true },
  });
  const shuttingDown = { value: false };
  app.decorate('shuttingDown', shuttingDown);
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.addHook('onRequest', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });
  app.addHook('preClose', async () => {
    shuttingDown.value = true;
  });
  // While shutting down, answers end their keep-alive connection so the server can close.
  app.addHook('onSend', async (_request, reply) => {
    if (shuttingDown.value) reply.header('connection', 'close');
  });
  // Security by default: every API route states who may call it.
  const authorizationRules: RouteAuthorization[] = [];
  app.decorate('authorizationRules', authorizationRules);
  app.addHook('onRoute', (route) => {
    if (!route.url.startsWith('/api/v1/')) return;
    // The route's first preHandler states its authorization; it runs before validation.
    const [check, ...rest] = [route.preHandler ?? []].flat();
    const rule = ruleOf(check);
    if (!check || !rule) {
      throw new Error(`Route ${route.method} ${route.url} has no authorization preHandler`);
    }
    route.preValidation = [check, ...[route.preValidation ?? []].flat()];
    route.preHandler = rest;
    for (const method of [route.method].flat()) {
      if (method !== 'HEAD') authorizationRules.push({ method, url: route.url, rule });
    }
  });

  registerProblemHandlers(app);
  await registerSecurity(app, { rateLimit: config.http.rateLimit });
  await app.register(cookie);
  registerAuthentication(app, exceptProviderForms(deps.authenticate ?? anonymousOnly));
  registerMetrics(app, { token: config.http.metricsToken });
  await registerOpenApi(app, VERSION);
  registerHealth(app, {
    database: deps.database,
    jobsStatus: deps.jobsStatus ?? (() => 'disabled'),
    isShuttingDown: () => shuttingDown.value,
  });

  await app.register(sessionRoutes);
  const identity = deps.identity ?? createIdentityService({ db: deps.database.db, config });
  await app.register(identityRoutes, { identity, secureCookies: config.auth.secureCookies });
  await app.register(citizenRoutes, {
    identity,
    citizens: createCitizensService(deps.database.db),
    eid: deps.eid ?? eidClientFromConfig(config),
    secureCookies: config.auth.secureCookies,
  });
  await app.register(officialsRoutes, {
    officials: createOfficialsService({ db: deps.database.db, clock: identity.now }),
  });
  await app.register(auditRoutes, { db: deps.database.db, scopeSql });
  await app.register(calendarRoutes, { calendar: createCalendarService(deps.database.db) });
  // Other modules reach the catalogue as `app.procedures.versionInForce(…)` (typed in the module).
  const procedures = createProceduresService({ db: deps.database.db, clock: identity.now });
  app.decorate('procedures', procedures);
  await app.register(proceduresRoutes, { procedures });
  await app.register(orgRoutes, {
    units: createOrgUnitsService(deps.database.db),
    restructures: createRestructureService(deps.database.db),
  });
  await app.register(dossierStatsRoutes, { db: deps.database.db });
  await app.register(systemRoutes, { database: deps.database, version: VERSION });
  await app.register(ssoRoutes, {
    db: deps.database.db,
    config,
    serverKey: identity.serverKey,
    secretBox: identity.secretBox,
  });
  await app.register(filesRoutes, {
    db: deps.database.db,
    storage: deps.storage,
    maxUploadBytes: config.storage.maxUploadBytes,
  });
  const signatures =
    deps.signatures ??
    createSignatures({
      db: deps.database.db,
      storage: deps.storage,
      config,
      secretBox: identity.secretBox(),
    });
  // Other modules reach the signing step as `app.signatures.signingStep(…)` (typed in the module).
  app.decorate('signatures', signatures);
  app.addHook('onClose', async () => signatures.close());
  await app.register(signaturesPlugin, { signatures, maxUploadBytes: config.storage.maxUploadBytes });

  // One-stop public services: dossiers over the catalogue, signatures, wallet, notifications.
  let font: Uint8Array | undefined;
  const calendar = createCalendarService(deps.database.db);
  const dossiers = createDossiersService({
    db: deps.database.db,
    storage: deps.storage,
    procedures: {
      versionInForce: procedures.versionInForce,
      getVersion: procedures.getVersion,
      validateFormData,
    },
    signing: signatures,
    wallet: createWalletService({ db: deps.database.db, storage: deps.storage }),
    notifier: createNotifier({ db: deps.database.db, config, logger: app.log as unknown as Logger }),
    registries: createRegistries(config, { logger: app.log as unknown as Logger }),
    calendar,
    font: () => {
      font ??= readFileSync(config.signatures.fontFile);
      return font;
    },
    baseUrl: config.signatures.baseUrl,
    clock: identity.now,
  });
  await app.register(dossiersRoutes, { dossiers });
  // Fees (VietQR, provider, receipts), the bell's notifications and the citizen's data wallet.
  const personalIdOf = citizenPersonalIdOf(deps.database.db);
  await app.register(paymentsRoutes, {
    payments: createPaymentsService({
      db: deps.database.db,
      config,
      provider: paymentProviderFromConfig(config, identity.serverKey),
      dossiers: deps.paymentsDossiers ?? dossiers.paymentsPort,
      clock: identity.now,
    }),
  });
  await app.register(notificationsRoutes, {
    db: deps.database.db,
    recipientIdsOf: async (actor) => {
      const personalId = await personalIdOf(actor);
      return personalId ? [`personal:${personalId}`] : [];
    },
  });
  await app.register(walletRoutes, {
    wallet: createWalletService({ db: deps.database.db, storage: deps.storage }),
    personalIdOf,
  });

  const hasSpa = await registerSpa(app, config.web.dist);
  app.setNotFoundHandler((request, reply) => {
    if (hasSpa && wantsPage(request)) return sendIndex(reply);
    return sendProblem(reply, buildProblem(request, 'ROUTE_NOT_FOUND'));
  });
  if (!hasSpa) app.log.warn({ dist: config.web.dist }, 'web build not found: the portal is not served');
  return app;
}
