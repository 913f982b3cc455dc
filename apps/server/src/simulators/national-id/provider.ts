import { generateKeyPairSync, randomBytes } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { claimsOf, findBySubject, type SimulatedCitizen } from './citizens.ts';
import { createMemoryAdapter } from './memory-adapter.ts';
import { errorPage } from './pages.ts';

/**
 * The OpenID Provider of the simulator (oidc-provider). The library ships no type declarations:
 * the little of its API the simulator uses is typed here.
 */
export type InteractionDetails = {
  uid: string;
  prompt: {
    name: string;
    details: {
      missingOIDCScope?: string[];
      missingOIDCClaims?: string[];
      missingResourceScopes?: Record<string, string[]>;
    };
  };
  params: { client_id?: unknown; scope?: unknown };
  session?: { accountId?: string };
  grantId?: string;
};

type Grant = {
  addOIDCScope(scope: string): void;
  addOIDCClaims(claims: string[]): void;
  addResourceScope(indicator: string, scope: string): void;
  save(): Promise<string>;
};

export type OidcProvider = {
  issuer: string;
  callback(): (req: IncomingMessage, res: ServerResponse) => void;
  interactionDetails(req: IncomingMessage, res: ServerResponse): Promise<InteractionDetails>;
  interactionFinished(
    req: IncomingMessage,
    res: ServerResponse,
    result: Record<string, unknown>,
    options?: { mergeWithLastSubmission?: boolean },
  ): Promise<void>;
  Grant: {
    new (init: { accountId: string; clientId: string }): Grant;
    find(id: string): Promise<Grant | undefined>;
  };
  Client: { find(id: string): Promise<{ clientName?: string; clientId: string } | undefined> };
};

type ProviderModule = {
  default: new (issuer: string, configuration: Record<string, unknown>) => OidcProvider;
};

/** A relying party registered with the simulator (client_secret_basic, code flow, PKCE). */
export type SimulatorClient = {
  clientId: string;
  clientSecret: string;
  name: string;
  redirectUris: string[];
};

/** The scopes and the claims they release (`vneid`: the e-ID's own claims). */
export const SCOPE_CLAIMS = {
  openid: ['sub'],
  vneid: ['personal_id', 'eid_level', 'place_of_origin', 'nationality'],
  profile: ['name', 'birthdate', 'gender'],
  address: ['address'],
  phone: ['phone_number'],
  email: ['email', 'email_verified'],
} as const;

let loaded: Promise<ProviderModule> | undefined;

/**
 * Loads oidc-provider on first use, so that the platform process only pays for it when a
 * simulator runs. The library warns on Node.js releases not yet marked LTS (24.9 is one): that
 * notice is left out of the simulator's output.
 */
function loadProviderModule(): Promise<ProviderModule> {
  loaded ??= (async () => {
    const specifier = 'oidc-provider';
    const warn = console.warn;
    console.warn = (...args: unknown[]) => {
      if (!String(args[0]).includes('Unsupported runtime')) warn(...args);
    };
    try {
      return (await import(specifier)) as ProviderModule;
    } finally {
      console.warn = warn;
    }
  })();
  return loaded;
}

type KoaContext = { type: string; body: unknown; status: number };

export async function createProvider(
  issuer: string,
  clients: readonly SimulatorClient[],
  citizens: readonly SimulatedCitizen[],
) {
  const { default: Provider } = await loadProviderModule();
  // A fresh signing key at every start (a development tool: tokens do not outlive it).
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const jwk = {
    ...privateKey.export({ format: 'jwk' }),
    kid: randomBytes(8).toString('hex'),
    use: 'sig',
    alg: 'RS256',
  };
  return new Provider(issuer, {
    adapter: createMemoryAdapter(),
    clients: clients.map((client) => ({
      client_id: client.clientId,
      client_secret: client.clientSecret,
      client_name: client.name,
      redirect_uris: client.redirectUris,
      grant_types: ['authorization_code'],
      response_types: ['code'],
      token_endpoint_auth_method: 'client_secret_basic',
    })),
    findAccount: async (_ctx: unknown, sub: string) => {
      const citizen = findBySubject(citizens, sub);
      if (!citizen) return undefined;
      return { accountId: sub, claims: async () => claimsOf(citizen) };
    },
    claims: SCOPE_CLAIMS,
    scopes: Object.keys(SCOPE_CLAIMS),
    features: {
      devInteractions: { enabled: false },
      rpInitiatedLogout: { enabled: false },
    },
    pkce: { required: () => true },
    interactions: { url: (_ctx: unknown, interaction: { uid: string }) => `/interaction/${interaction.uid}` },
    cookies: { keys: [randomBytes(32).toString('base64url')] },
    jwks: { keys: [jwk] },
    ttl: {
      AccessToken: 600,
      AuthorizationCode: 60,
      IdToken: 600,
      Interaction: 600,
      Session: 3600,
      Grant: 3600,
    },
    clientBasedCORS: () => false,
    renderError: async (ctx: KoaContext, out: { error?: string; error_description?: string }) => {
      ctx.type = 'html';
      ctx.body = errorPage(
        'Không thực hiện được yêu cầu',
        `${out.error_description ?? 'Yêu cầu xác thực không hợp lệ.'} (${out.error ?? 'lỗi'})`,
      );
    },
  });
}
