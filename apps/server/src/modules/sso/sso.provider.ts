import type { IncomingMessage } from 'node:http';
import type { FastifyBaseLogger, FastifyRequest } from 'fastify';
import type {
  Account,
  AdapterPayload,
  KoaContextWithOIDC,
  OidcClient,
  Provider as OidcProvider,
} from 'oidc-provider';
import { type AuditOrigin, originOf, recordAudit } from '../../platform/audit/index.ts';
import type { Actor } from '../../platform/auth/actor.ts';
import type { Db } from '../../platform/db/index.ts';
import type { SecretBox } from '../identity/index.ts';
import { todayInVietnam, unitNames } from '../org/index.ts';
import { createAdapterClass } from './sso.adapter.ts';
import { cookieKeys, loadSigningKeys } from './sso.keys.ts';
import { errorPage, loggedOutPage, logoutPage } from './sso.pages.ts';
import * as store from './sso.store.ts';

/** Where the provider is mounted: the issuer is `<PUBLIC_URL>/oidc`. */
export const MOUNT = '/oidc';

/** The scopes and the claims each one releases (ID token and userinfo alike). */
export const CLAIMS = {
  openid: ['sub'],
  profile: ['name', 'preferred_username', 'org_unit', 'roles'],
  email: ['email'],
};

export type ProviderOptions = {
  db: Db;
  issuer: string;
  trustProxy: boolean;
  /** Lifetime of the provider's session and grants: the workspace session's absolute limit. */
  sessionSeconds: number;
  secretBox: () => SecretBox;
  serverKey: () => Buffer;
  /** The Fastify request a raw request belongs to (set by the /oidc routes). */
  requestOf: (raw: IncomingMessage) => FastifyRequest | undefined;
  /** The official of a live, complete workspace session on this request, if any. */
  liveOfficial: (request: FastifyRequest) => Promise<store.AccountRow | undefined>;
  log: FastifyBaseLogger;
};

/** The claims of an official: who, which unit (today), which roles (grants active today). */
export async function claimsOf(db: Db, account: store.AccountRow): Promise<Record<string, unknown>> {
  const day = todayInVietnam();
  const grants = await store.findActiveRoles(db, account.id, day);
  const unitId = account.orgUnitId ?? grants.find((grant) => grant.orgUnitId)?.orgUnitId ?? null;
  const unitName = unitId ? (await unitNames(db, [unitId], day)).get(unitId) : undefined;
  return {
    sub: account.id,
    name: account.displayName,
    preferred_username: account.username,
    ...(account.email ? { email: account.email } : {}),
    ...(unitId ? { org_unit: { id: unitId, name: unitName ?? null } } : {}),
    roles: [...new Set(grants.map((grant) => grant.role))],
  };
}

function auditActor(request: FastifyRequest | undefined, accountId: string): Actor {
  if (request?.actor?.id === accountId) return request.actor;
  return { id: accountId, kind: 'official', displayName: '', roles: [], permissions: new Set(), grants: [] };
}

/** The OpenID Provider (oidc-provider) configured for officials; see the module README. */
export async function createProvider(options: ProviderOptions): Promise<OidcProvider> {
  const { default: Provider, interactionPolicy } = await import('oidc-provider');
  const { db } = options;
  const { Check } = interactionPolicy;

  // Besides the library's own checks, a sign-in needs a live workspace session of the same
  // official on this very request: a revoked, expired or switched session asks again.
  const policy = interactionPolicy.base();
  policy.get('login')?.checks.add(
    new Check(
      'workspace_session',
      'Cần phiên đăng nhập Liên Thông còn hiệu lực',
      'login_required',
      async (ctx) => {
        const request = options.requestOf(ctx.req);
        const live = request ? await options.liveOfficial(request) : undefined;
        return !live || live.id !== ctx.oidc.session.accountId;
      },
    ),
  );

  const Adapter = createAdapterClass({
    db,
    secretBox: options.secretBox,
    // A completed sign-in into an application: audited with the code that proves it.
    async onAuthorizationCode(tx, payload) {
      const request = Provider.ctx ? options.requestOf(Provider.ctx.req) : undefined;
      const origin: AuditOrigin = request ? originOf(request) : { ip: null, requestId: null };
      const accountId = String(payload.accountId);
      await recordAudit(tx, auditActor(request, accountId), origin, {
        action: 'sso.login',
        subject: { type: 'official', id: accountId },
        details: { clientId: payload.clientId },
      });
    },
  });

  const provider = new Provider(options.issuer, {
    adapter: Adapter,
    clients: [],
    clientAuthMethods: ['client_secret_basic', 'client_secret_post', 'none'],
    clientDefaults: {
      grant_types: ['authorization_code'],
      response_types: ['code'],
      id_token_signed_response_alg: 'RS256',
      token_endpoint_auth_method: 'client_secret_basic',
    },
    responseTypes: ['code'],
    scopes: ['openid', 'profile', 'email'],
    claims: CLAIMS,
    // The ID token carries the claims of the granted scopes too (tools often read only it).
    conformIdTokenClaims: false,
    cookies: {
      names: { session: 'lt_oidc_session', interaction: 'lt_oidc_interaction', resume: 'lt_oidc_resume' },
      keys: cookieKeys(options.serverKey()),
      long: { httpOnly: true, sameSite: 'lax' },
      short: { httpOnly: true, sameSite: 'lax' },
    },
    jwks: { keys: await loadSigningKeys(db, options.secretBox()) },
    async findAccount(_ctx: KoaContextWithOIDC, sub: string): Promise<Account | undefined> {
      const account = await store.findAccount(db, sub);
      if (!account || account.disabledAt) return undefined;
      return { accountId: account.id, claims: () => claimsOf(db, account) };
    },
    // Every client is registered by an administrator (first party): consent is implied.
    async loadExistingGrant(ctx: KoaContextWithOIDC) {
      const { oidc } = ctx;
      const client = oidc.client;
      const accountId = oidc.account?.accountId ?? oidc.session.accountId;
      if (!client || !accountId) return undefined;
      const grantId = oidc.result?.consent?.grantId ?? oidc.session.grantIdFor(client.clientId);
      const existing = grantId ? await oidc.provider.Grant.find(grantId) : undefined;
      if (existing && existing.accountId === accountId) return existing;
      const grant = new oidc.provider.Grant({ accountId, clientId: client.clientId });
      grant.addOIDCScope('openid profile email');
      await grant.save();
      return grant;
    },
    interactions: {
      policy,
      url: (_ctx: KoaContextWithOIDC, interaction: { uid: string }) =>
        `${MOUNT}/interaction/${interaction.uid}`,
    },
    pkce: { required: (_ctx: KoaContextWithOIDC, client: OidcClient) => client.clientAuthMethod === 'none' },
    features: {
      devInteractions: { enabled: false },
      resourceIndicators: { enabled: false },
      userinfo: { enabled: true },
      revocation: {
        enabled: true,
        allowedPolicy: (_ctx: KoaContextWithOIDC, client: OidcClient, token: AdapterPayload) =>
          token.clientId === client.clientId,
      },
      rpInitiatedLogout: {
        enabled: true,
        async logoutSource(ctx: KoaContextWithOIDC, form: string) {
          ctx.type = 'html';
          ctx.body = logoutPage(form, ctx.oidc.client?.clientName);
        },
        async postLogoutSuccessSource(ctx: KoaContextWithOIDC) {
          ctx.type = 'html';
          ctx.body = loggedOutPage(ctx.oidc.client?.clientName);
        },
      },
    },
    clientBasedCORS(_ctx: KoaContextWithOIDC, origin: string, client: OidcClient) {
      if (origin === 'null' || client.clientAuthMethod !== 'none') return false;
      return client.redirectUris.some((uri) => URL.parse(uri)?.origin === origin);
    },
    async renderError(ctx: KoaContextWithOIDC, out: { error?: unknown }, error: unknown) {
      const expired = (error as { name?: string } | undefined)?.name === 'SessionNotFound';
      ctx.type = 'html';
      ctx.body = errorPage(expired ? { error: 'session_not_found' } : out);
    },
    // No refresh tokens: a tool signs in again (prompt=none when the workspace session lives),
    // so revoking a session or disabling an official ends its access within the token lifetime.
    issueRefreshToken: async () => false,
    ttl: {
      AccessToken: 600,
      AuthorizationCode: 60,
      IdToken: 600,
      Interaction: 600,
      Session: options.sessionSeconds,
      Grant: options.sessionSeconds,
    },
  });
  provider.proxy = options.trustProxy;
  provider.on('server_error', (_ctx, error) => options.log.error({ err: error }, 'OpenID provider error'));
  return provider;
}
