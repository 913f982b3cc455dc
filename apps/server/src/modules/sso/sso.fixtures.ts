import type { LightMyRequestResponse } from 'fastify';
import * as client from 'openid-client';
import { bearer, type TestApp } from '../../../test/test-app.ts';
import { totpAt } from '../identity/index.ts';

/**
 * Test helpers of the sso module: officials made through the identity API, a cookie-keeping
 * browser on a real listening server, and an OpenID Connect client (openid-client).
 */

export const ADMIN = bearer('quan-tri-sso', [
  'sso.manage',
  'official.manage',
  'org.manage',
  'session.revoke',
]);
export const PASSWORD = 'mat-khau-that-su-2026';
export const CALLBACK = 'https://thu.example.test/callback';
export const LOGGED_OUT = 'https://thu.example.test/da-dang-xuat';

let address = 0;
/** A fresh client address for injected sign-ins (the sign-in rate limit is per address). */
export function nextAddress(): string {
  address += 1;
  return `10.7.${Math.floor(address / 250)}.${(address % 250) + 1}`;
}

function cookiesOf(res: LightMyRequestResponse): string {
  return res.cookies.map((c) => `${c.name}=${c.value}`).join('; ');
}

/** An official created by an administrator, who then replaces the temporary password. */
export async function createOfficial(
  t: TestApp,
  username: string,
  extra: { email?: string; orgUnitId?: string; changePassword?: boolean } = {},
): Promise<{ id: string; username: string }> {
  const created = await t.app.inject({
    method: 'POST',
    url: '/api/v1/officials',
    headers: ADMIN,
    payload: {
      username,
      displayName: `Nguyễn Văn ${username}`,
      temporaryPassword: 'mat-khau-tam-thoi-01',
      ...(extra.email ? { email: extra.email } : {}),
      ...(extra.orgUnitId ? { orgUnitId: extra.orgUnitId } : {}),
    },
  });
  if (created.statusCode !== 201) throw new Error(`create official: ${created.body}`);
  const official = created.json() as { id: string; username: string };
  if (extra.changePassword === false) return official;
  const login = await t.app.inject({
    method: 'POST',
    url: '/api/v1/auth/login',
    payload: { username, password: 'mat-khau-tam-thoi-01' },
    remoteAddress: nextAddress(),
  });
  const csrf = login.cookies.find((c) => c.name === 'lt_csrf')?.value ?? '';
  const changed = await t.app.inject({
    method: 'POST',
    url: '/api/v1/auth/password',
    headers: { cookie: cookiesOf(login), 'x-csrf-token': csrf },
    payload: { currentPassword: 'mat-khau-tam-thoi-01', newPassword: PASSWORD },
  });
  if (changed.statusCode !== 204 && changed.statusCode !== 200) throw new Error(`password: ${changed.body}`);
  return official;
}

export async function createClient(
  t: TestApp,
  kind: 'public' | 'confidential',
  name = 'Thư điện tử công vụ',
): Promise<{ clientId: string; clientSecret: string | null }> {
  const res = await t.app.inject({
    method: 'POST',
    url: '/api/v1/sso/clients',
    headers: ADMIN,
    payload: { name, kind, redirectUris: [CALLBACK], postLogoutRedirectUris: [LOGGED_OUT] },
  });
  if (res.statusCode !== 201) throw new Error(`create client: ${res.body}`);
  return res.json();
}

/** TOTP of a Base32 secret at a time (ms): the module's own RFC 6238 implementation. */
export const totp = (secret: string, at: number): string => totpAt(secret, new Date(at));

type Cookie = { value: string; path: string };

/** A browser: keeps cookies (by name and path) and follows redirects within the platform. */
export function browser(base: string) {
  const jar = new Map<string, Cookie>();

  function store(response: Response): void {
    for (const line of response.headers.getSetCookie()) {
      const [pair = '', ...attributes] = line.split(';').map((part) => part.trim());
      const eq = pair.indexOf('=');
      const name = pair.slice(0, eq);
      const value = pair.slice(eq + 1);
      const path = attributes.find((a) => a.toLowerCase().startsWith('path='))?.slice(5) ?? '/';
      const expired =
        value === '' ||
        attributes.some(
          (a) => /^max-age=0$/i.test(a) || (/^expires=/i.test(a) && Date.parse(a.slice(8)) < Date.now()),
        );
      const key = `${name}|${path}`;
      if (expired) jar.delete(key);
      else jar.set(key, { value, path });
    }
  }

  function cookieHeader(url: URL): string {
    return [...jar.entries()]
      .filter(([, cookie]) => url.pathname.startsWith(cookie.path))
      .map(([key, cookie]) => `${key.split('|')[0]}=${cookie.value}`)
      .join('; ');
  }

  async function request(url: string | URL, init: RequestInit = {}): Promise<Response> {
    const target = new URL(url, base);
    const headers = new Headers(init.headers);
    const cookie = cookieHeader(target);
    if (cookie) headers.set('cookie', cookie);
    const response = await fetch(target, { ...init, headers, redirect: 'manual' });
    store(response);
    return response;
  }

  /**
   * The provider's self-submitting form (form_post): what the browser's script would post, once
   * the page's CSP allows that very script (by its sha256) and nothing else.
   */
  async function autoSubmit(response: Response): Promise<Response | undefined> {
    const html = await response.text();
    if (!html.includes('document.forms[0].submit()')) return undefined;
    const csp = response.headers.get('content-security-policy') ?? '';
    if (!/script-src 'self' 'sha256-[^']+'/.test(csp))
      throw new Error(`inline script blocked by CSP: ${csp}`);
    const action = /<form method="post" action="([^"]+)"/.exec(html)?.[1] ?? '';
    const inputs = [...html.matchAll(/<input type="hidden" name="([^"]+)" value="([^"]*)"\/>/g)];
    return request(action.replaceAll('&amp;', '&'), {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams(inputs.map((m): [string, string] => [m[1] ?? '', m[2] ?? ''])).toString(),
    });
  }

  /** GETs `url` and follows redirects on the platform; returns the first one elsewhere (or the last page). */
  async function follow(url: string | URL): Promise<{ response: Response; location: URL | undefined }> {
    let response = await request(url);
    for (let hops = 0; hops < 10; hops += 1) {
      const location = response.headers.get('location');
      if (!location && response.status === 200) {
        const submitted = await autoSubmit(response.clone());
        if (submitted) {
          response = submitted;
          continue;
        }
      }
      if (!location) return { response, location: undefined };
      const next = new URL(location, response.url || base);
      if (next.origin !== new URL(base).origin || next.pathname.startsWith('/app/')) {
        return { response, location: next };
      }
      response = await request(next);
    }
    throw new Error('too many redirects');
  }

  function csrf(): string {
    return jar.get('lt_csrf|/')?.value ?? '';
  }

  /** Signs in through the real login API, as the web app does. */
  async function signIn(username: string, password = PASSWORD): Promise<{ status: string }> {
    const res = await request('/api/v1/auth/login', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username, password }),
    });
    return (await res.json()) as { status: string };
  }

  async function post(path: string, body: unknown): Promise<Response> {
    return request(path, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-csrf-token': csrf() },
      body: JSON.stringify(body),
    });
  }

  return { request, follow, signIn, post, csrf, jar };
}

export type Browser = ReturnType<typeof browser>;

/** An OpenID Connect client of the platform (discovery over loopback http). */
export async function relyingParty(issuer: string, clientId: string, clientSecret: string | null) {
  const config = await client.discovery(
    new URL(issuer),
    clientId,
    clientSecret ?? undefined,
    clientSecret ? client.ClientSecretBasic(clientSecret) : client.None(),
    { execute: [client.allowInsecureRequests] },
  );
  const verifier = client.randomPKCECodeVerifier();
  const state = client.randomState();
  const nonce = client.randomNonce();
  const url = client.buildAuthorizationUrl(config, {
    redirect_uri: CALLBACK,
    scope: 'openid profile email',
    code_challenge: await client.calculatePKCECodeChallenge(verifier),
    code_challenge_method: 'S256',
    state,
    nonce,
  });
  return {
    config,
    url,
    exchange: (callback: URL) =>
      client.authorizationCodeGrant(config, callback, {
        pkceCodeVerifier: verifier,
        expectedState: state,
        expectedNonce: nonce,
        idTokenExpected: true,
      }),
  };
}
