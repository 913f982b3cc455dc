import * as oidc from 'openid-client';
import type { Config } from '../../config.ts';

/**
 * The platform as a relying party of the national e-ID (VNeID) through OpenID Connect:
 * authorization code flow with PKCE (S256), state and nonce (openid-client). Discovery is done
 * on first use and kept; a failure is retried at the next sign-in.
 */

export type EidProvider = { issuer: string; clientId: string; clientSecret: string };

/** What a sign-in keeps between the redirect and the callback (sealed in a cookie). */
export type EidTransaction = { verifier: string; state: string; nonce: string };

/** Claims of the ID token and of userinfo, merged (userinfo wins), with the issuer. */
export type EidIdentity = { issuer: string; subject: string; claims: Record<string, unknown> };

export const CITIZEN_CALLBACK_PATH = '/api/v1/auth/citizen/callback';
const SCOPE = 'openid vneid profile address phone email';

/** The issuer answered no, could not be reached, or its answer did not check out. */
export class EidError extends Error {
  readonly reason: 'denied' | 'unavailable' | 'rejected';
  constructor(reason: 'denied' | 'unavailable' | 'rejected', message: string, cause?: unknown) {
    super(message, cause === undefined ? undefined : { cause });
    this.name = 'EidError';
    this.reason = reason;
  }
}

function isLoopback(url: URL): boolean {
  return ['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname);
}

/** Network failures (fetch) and timeouts, as opposed to answers that did not check out. */
function isUnreachable(error: unknown): boolean {
  if (error instanceof TypeError && /fetch failed/i.test(error.message)) return true;
  if (error instanceof Error && (error.name === 'AbortError' || error.name === 'TimeoutError')) return true;
  const cause = (error as { cause?: unknown } | null)?.cause;
  return cause !== undefined && cause !== error && isUnreachable(cause);
}

export type EidClient = ReturnType<typeof createEidClient>;

export function createEidClient(options: { provider?: EidProvider | undefined; baseUrl: string }) {
  let provider = options.provider;
  let baseUrl = options.baseUrl.replace(/\/+$/, '');
  let discovered: Promise<oidc.Configuration> | undefined;

  function configuration(): Promise<oidc.Configuration> {
    const current = provider;
    if (!current) throw new EidError('unavailable', 'e-ID sign-in is not configured');
    discovered ??= (async () => {
      const issuer = new URL(current.issuer);
      try {
        return await oidc.discovery(
          issuer,
          current.clientId,
          undefined,
          oidc.ClientSecretBasic(current.clientSecret),
          // Plain http only for a simulator on this machine (config.ts refuses it otherwise).
          issuer.protocol === 'http:' && isLoopback(issuer) ? { execute: [oidc.allowInsecureRequests] } : {},
        );
      } catch (error) {
        discovered = undefined;
        throw new EidError('unavailable', 'e-ID discovery failed', error);
      }
    })();
    return discovered;
  }

  return {
    get enabled(): boolean {
      return provider !== undefined;
    },
    /** Points the relying party at an issuer (or none); e.g. the demo simulator once it runs. */
    useProvider(next: EidProvider | undefined): void {
      provider = next;
      discovered = undefined;
    },
    /** The platform's public address, once known (a port chosen at listen time). */
    setBaseUrl(url: string): void {
      baseUrl = url.replace(/\/+$/, '');
    },
    redirectUri(): string {
      return `${baseUrl}${CITIZEN_CALLBACK_PATH}`;
    },

    /** The authorization request: where to send the browser, and what to keep until it returns. */
    async begin(): Promise<{ url: string; transaction: EidTransaction }> {
      const config = await configuration();
      const verifier = oidc.randomPKCECodeVerifier();
      const transaction = { verifier, state: oidc.randomState(), nonce: oidc.randomNonce() };
      const url = oidc.buildAuthorizationUrl(config, {
        redirect_uri: this.redirectUri(),
        scope: SCOPE,
        code_challenge: await oidc.calculatePKCECodeChallenge(verifier),
        code_challenge_method: 'S256',
        state: transaction.state,
        nonce: transaction.nonce,
      });
      return { url: url.href, transaction };
    },

    /**
     * The callback: checks state and issuer, exchanges the code (with the PKCE verifier),
     * validates the ID token (signature, audience, nonce, times), then reads userinfo for the
     * same subject.
     */
    async complete(search: string, transaction: EidTransaction): Promise<EidIdentity> {
      const config = await configuration();
      const current = new URL(this.redirectUri());
      current.search = search;
      try {
        const tokens = await oidc.authorizationCodeGrant(config, current, {
          pkceCodeVerifier: transaction.verifier,
          expectedState: transaction.state,
          expectedNonce: transaction.nonce,
          idTokenExpected: true,
        });
        const idClaims = tokens.claims();
        if (!idClaims) throw new EidError('rejected', 'no ID token');
        const userinfo = await oidc.fetchUserInfo(config, tokens.access_token, idClaims.sub);
        return {
          issuer: config.serverMetadata().issuer,
          subject: idClaims.sub,
          claims: { ...idClaims, ...userinfo },
        };
      } catch (error) {
        if (error instanceof EidError) throw error;
        if (error instanceof oidc.AuthorizationResponseError && error.error === 'access_denied') {
          throw new EidError('denied', 'the citizen refused', error);
        }
        if (isUnreachable(error)) throw new EidError('unavailable', 'e-ID unreachable', error);
        throw new EidError('rejected', 'e-ID response rejected', error);
      }
    },
  };
}

/** The relying party as configured (EID_ISSUER…); the redirect URI derives from PUBLIC_URL or host:port. */
export function eidClientFromConfig(config: Config): EidClient {
  const { issuer, clientId, clientSecret } = config.eid;
  const host = config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host;
  const baseUrl = config.publicUrl ?? `http://${host.includes(':') ? `[${host}]` : host}:${config.port}`;
  return createEidClient({
    provider: issuer && clientSecret ? { issuer, clientId, clientSecret } : undefined,
    baseUrl,
  });
}
