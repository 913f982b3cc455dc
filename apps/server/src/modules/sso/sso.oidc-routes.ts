import type { IncomingMessage, ServerResponse } from 'node:http';
import type { FastifyInstance, FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import type { Provider } from 'oidc-provider';
import type { Config } from '../../config.ts';
import type { Db } from '../../platform/db/index.ts';
import { CSP_DIRECTIVES } from '../../platform/http/security.ts';
import { SESSION_COOKIE, type SecretBox } from '../identity/index.ts';
import { errorPage } from './sso.pages.ts';
import { createProvider, MOUNT } from './sso.provider.ts';
import * as store from './sso.store.ts';

export type OidcRoutesOptions = {
  db: Db;
  config: Config;
  secretBox: () => SecretBox;
  serverKey: () => Buffer;
};

/**
 * The provider's pages and forms may send the browser on to a registered application (after a
 * sign-out form, or with response_mode=form_post): form-action allows https and loopback http.
 */
const OIDC_HELMET = {
  contentSecurityPolicy: {
    useDefaults: false,
    directives: {
      ...CSP_DIRECTIVES,
      formAction: ["'self'", 'https:', 'http://localhost:*', 'http://127.0.0.1:*', 'http://[::1]:*'],
    },
  },
};

const UID = /^[A-Za-z0-9_-]{1,64}$/;

/** The workspace login page, coming back to the interaction once signed in. */
export function loginRedirect(uid: string): string {
  return `/app/login?next=${encodeURIComponent(`${MOUNT}/interaction/${uid}`)}`;
}

/**
 * The /oidc routes: the provider's own endpoints (discovery, authorization, token, userinfo,
 * jwks, end_session…) handed to oidc-provider as raw Node requests, and the interaction page,
 * which completes a sign-in from the workspace session.
 */
export const oidcRoutes: FastifyPluginAsync<OidcRoutesOptions> = async (app, options) => {
  const { db, config } = options;
  const requests = new WeakMap<IncomingMessage, FastifyRequest>();
  let provider: Promise<Provider> | undefined;
  let callback: ((req: IncomingMessage, res: ServerResponse) => Promise<void>) | undefined;

  async function liveOfficial(request: FastifyRequest) {
    const actor = request.actor;
    // Only a browser's workspace session counts (not an API token).
    if (actor?.kind !== 'official' || request.headers.authorization) return undefined;
    if (!request.cookies?.[SESSION_COOKIE]) return undefined;
    const account = await store.findAccount(db, actor.id);
    if (!account || account.disabledAt || account.mustChangePassword) return undefined;
    return account;
  }

  function providerOf(instance: FastifyInstance): Promise<Provider> {
    provider ??= createProvider({
      db,
      issuer: issuerOf(config, instance),
      trustProxy: config.http.trustProxy,
      sessionSeconds: config.auth.sessionAbsoluteHours * 3600,
      secretBox: options.secretBox,
      serverKey: options.serverKey,
      requestOf: (raw) => requests.get(raw),
      liveOfficial,
      log: app.log,
    }).catch((error: unknown) => {
      provider = undefined;
      throw error;
    });
    return provider;
  }

  /** Hands the response over from Fastify, keeping the headers already set (request id, helmet, rate limit). */
  function takeOver(request: FastifyRequest, reply: FastifyReply): ServerResponse {
    requests.set(request.raw, request);
    for (const [name, value] of Object.entries(reply.getHeaders())) {
      if (value !== undefined) reply.raw.setHeader(name, value as string | string[]);
    }
    reply.hijack();
    return reply.raw;
  }

  function sendHtml(res: ServerResponse, status: number, html: string): void {
    res.statusCode = status;
    res.setHeader('content-type', 'text/html; charset=utf-8');
    res.setHeader('cache-control', 'no-store');
    res.end(html);
  }

  await app.register(async (scope) => {
    // oidc-provider reads its own request bodies: Fastify must leave them unread.
    scope.removeAllContentTypeParsers();
    scope.addContentTypeParser('*', (_request, _payload, done) => done(null, undefined));

    scope.get<{ Params: { uid: string } }>(
      `${MOUNT}/interaction/:uid`,
      { schema: { hide: true }, helmet: OIDC_HELMET },
      async (request, reply) => {
        const oidc = await providerOf(app);
        const res = takeOver(request, reply);
        try {
          await interaction(oidc, request, res);
        } catch (error) {
          const expired = (error as { name?: string }).name === 'SessionNotFound';
          if (!expired) request.log.error({ err: error }, 'SSO interaction failed');
          if (!res.headersSent) {
            sendHtml(
              res,
              expired ? 400 : 500,
              errorPage({ error: expired ? 'session_not_found' : 'server_error' }),
            );
          }
        }
      },
    );

    scope.route({
      method: ['GET', 'POST', 'OPTIONS'],
      url: `${MOUNT}/*`,
      schema: { hide: true },
      helmet: OIDC_HELMET,
      handler: async (request, reply) => {
        const oidc = await providerOf(app);
        callback ??= oidc.callback();
        const res = takeOver(request, reply);
        const raw = request.raw as IncomingMessage & { originalUrl?: string };
        raw.originalUrl = raw.url;
        raw.url = (raw.url ?? '/').slice(MOUNT.length) || '/';
        await callback(raw, res);
      },
    });
  });

  async function interaction(oidc: Provider, request: FastifyRequest, res: ServerResponse): Promise<void> {
    const uid = (request.params as { uid: string }).uid;
    const details = await oidc.interactionDetails(request.raw, res);
    if (!UID.test(uid) || details.uid !== uid) {
      throw Object.assign(new Error('interaction mismatch'), { name: 'SessionNotFound' });
    }
    const live = await liveOfficial(request);
    const { name } = details.prompt;
    if (!live || (name !== 'login' && live.id !== details.session?.accountId)) {
      // Not signed in to the workspace (or a pending second factor, a revoked session, a
      // temporary password…): sign in there, then come back here.
      res.statusCode = 303;
      res.setHeader('location', loginRedirect(uid));
      res.setHeader('cache-control', 'no-store');
      res.end();
      return;
    }
    if (name === 'login') {
      await oidc.interactionFinished(
        request.raw,
        res,
        { login: { accountId: live.id } },
        { mergeWithLastSubmission: false },
      );
      return;
    }
    if (name === 'consent') {
      // Applications are registered by administrators: what they ask for within the
      // supported scopes is granted.
      const clientId = String(details.params.client_id);
      const grant =
        (details.grantId ? await oidc.Grant.find(details.grantId) : undefined) ??
        new oidc.Grant({ accountId: live.id, clientId });
      const missing = details.prompt.details.missingOIDCScope;
      grant.addOIDCScope(Array.isArray(missing) && missing.length > 0 ? missing.join(' ') : 'openid');
      const claims = details.prompt.details.missingOIDCClaims;
      if (Array.isArray(claims) && claims.length > 0) grant.addOIDCClaims(claims.map(String));
      const grantId = await grant.save();
      await oidc.interactionFinished(
        request.raw,
        res,
        { consent: { grantId } },
        { mergeWithLastSubmission: true },
      );
      return;
    }
    await oidc.interactionFinished(
      request.raw,
      res,
      { error: 'access_denied', error_description: 'Yêu cầu không được hỗ trợ.' },
      { mergeWithLastSubmission: false },
    );
  }
};

/** `<PUBLIC_URL>/oidc`, or the address the server listens on (development). */
export function issuerOf(config: Config, app: FastifyInstance): string {
  if (config.publicUrl) return `${config.publicUrl.replace(/\/+$/, '')}${MOUNT}`;
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const host = config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host;
  return `http://${host.includes(':') ? `[${host}]` : host}:${port}${MOUNT}`;
}
