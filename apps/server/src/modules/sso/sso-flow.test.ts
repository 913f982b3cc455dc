import * as client from 'openid-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/test-app.ts';
import { auditEntries } from '../../platform/audit/index.ts';
import {
  ADMIN,
  browser,
  CALLBACK,
  createClient,
  createOfficial,
  LOGGED_OUT,
  relyingParty,
} from './sso.fixtures.ts';
import { ssoKeys } from './sso.schema.ts';

/**
 * The platform as OpenID Provider, end to end on a listening server: openid-client discovers
 * it, a browser (cookie jar) signs in through the real login API and follows the authorization
 * through the interaction, the code is exchanged, the ID token validated, userinfo read.
 */

let t: TestApp;
let base: string;
let issuer: string;
let unit: { id: string; name: string };

beforeAll(async () => {
  t = await createTestApp();
  await t.app.listen({ host: '127.0.0.1', port: 0 });
  const address = t.app.server.address();
  base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  issuer = `${base}/oidc`;
  const created = await t.app.inject({
    method: 'POST',
    url: '/api/v1/org/units',
    headers: ADMIN,
    payload: {
      name: 'Thành phố Thử nghiệm',
      code: '90',
      block: 'government',
      validFrom: '2025-01-01',
      unitType: 'municipality',
      level: 'city',
      parentId: null,
    },
  });
  if (created.statusCode !== 201) throw new Error(created.body);
  unit = created.json();
});
afterAll(() => t.close());

const db = () => t.db.database.db;

describe('discovery', () => {
  it('publishes the provider metadata and one persisted RS256 key', async () => {
    const { config } = await relyingParty(issuer, 'khong-can', null);
    const metadata = config.serverMetadata();
    expect(metadata.issuer).toBe(issuer);
    expect(metadata.authorization_endpoint).toBe(`${issuer}/auth`);
    expect(metadata.token_endpoint).toBe(`${issuer}/token`);
    expect(metadata.userinfo_endpoint).toBe(`${issuer}/me`);
    expect(metadata.end_session_endpoint).toBe(`${issuer}/session/end`);
    expect(metadata.scopes_supported).toEqual(expect.arrayContaining(['openid', 'profile', 'email']));
    expect(metadata.scopes_supported).not.toContain('offline_access');
    expect(metadata.claims_supported).toEqual(
      expect.arrayContaining(['sub', 'name', 'preferred_username', 'email', 'org_unit', 'roles']),
    );
    expect(metadata.code_challenge_methods_supported).toEqual(['S256']);
    expect(metadata.id_token_signing_alg_values_supported).toContain('RS256');
    expect(metadata.response_types_supported).toEqual(['code']);

    const jwks = (await (await fetch(`${issuer}/jwks`)).json()) as { keys: Record<string, unknown>[] };
    expect(jwks.keys).toHaveLength(1);
    expect(jwks.keys[0]).toMatchObject({ kty: 'RSA', alg: 'RS256', use: 'sig' });
    expect(jwks.keys[0]?.d).toBeUndefined();
    const rows = await db().select().from(ssoKeys);
    expect(rows.map((row) => row.kid)).toEqual([jwks.keys[0]?.kid]);
    expect(rows[0]?.privateJwkSealed).toMatch(/^v1\./);
  });

  it('answers the provider routes with the request id and a CSP that lets forms reach the applications', async () => {
    const res = await fetch(`${issuer}/.well-known/openid-configuration`);
    expect(res.headers.get('x-request-id')).toBeTruthy();
    expect(res.headers.get('content-security-policy')).toContain("form-action 'self' https:");
  });
});

describe('signing in to an application', () => {
  it('completes the authorization code flow for a signed-in official (confidential client)', async () => {
    const official = await createOfficial(t, 'sso.mot', { email: 'mot@example.gov.vn', orgUnitId: unit.id });
    const app = await createClient(t, 'confidential');
    const rp = await relyingParty(issuer, app.clientId, app.clientSecret);
    const b = browser(base);
    expect((await b.signIn('sso.mot')).status).toBe('ok');

    const { location } = await b.follow(rp.url);
    expect(location?.href.startsWith(`${CALLBACK}?code=`)).toBe(true);
    const tokens = await rp.exchange(location as URL);
    expect(tokens.refresh_token).toBeUndefined();
    const claims = tokens.claims();
    expect(claims).toMatchObject({
      iss: issuer,
      aud: app.clientId,
      sub: official.id,
      name: 'Nguyễn Văn sso.mot',
      preferred_username: 'sso.mot',
      email: 'mot@example.gov.vn',
      org_unit: { id: unit.id, name: 'Thành phố Thử nghiệm' },
      roles: [],
    });
    const userinfo = await client.fetchUserInfo(rp.config, tokens.access_token, official.id);
    expect(userinfo).toEqual({
      sub: official.id,
      name: 'Nguyễn Văn sso.mot',
      preferred_username: 'sso.mot',
      email: 'mot@example.gov.vn',
      org_unit: { id: unit.id, name: 'Thành phố Thử nghiệm' },
      roles: [],
    });

    const audited = (await db().select().from(auditEntries)).filter((row) => row.action === 'sso.login');
    expect(audited).toContainEqual(
      expect.objectContaining({
        actorId: official.id,
        subjectId: official.id,
        details: { clientId: app.clientId },
      }),
    );
  });

  it('requires PKCE from a public client and completes with it', async () => {
    await createOfficial(t, 'sso.hai');
    const app = await createClient(t, 'public', 'Họp trực tuyến');
    expect(app.clientSecret).toBeNull();
    const rp = await relyingParty(issuer, app.clientId, null);
    const b = browser(base);
    await b.signIn('sso.hai');

    const withoutPkce = new URL(rp.url);
    withoutPkce.searchParams.delete('code_challenge');
    withoutPkce.searchParams.delete('code_challenge_method');
    const refused = await b.follow(withoutPkce);
    expect(refused.location?.searchParams.get('error')).toBe('invalid_request');

    const { location } = await b.follow(rp.url);
    const tokens = await rp.exchange(location as URL);
    expect(tokens.claims()?.preferred_username).toBe('sso.hai');
  });

  it('sends an anonymous browser to the workspace login page and completes after signing in', async () => {
    await createOfficial(t, 'sso.ba');
    const app = await createClient(t, 'confidential');
    const rp = await relyingParty(issuer, app.clientId, app.clientSecret);
    const b = browser(base);

    const first = await b.follow(rp.url);
    expect(first.location?.pathname).toBe('/app/login');
    const next = first.location?.searchParams.get('next') ?? '';
    expect(next).toMatch(/^\/oidc\/interaction\/[A-Za-z0-9_-]+$/);

    expect((await b.signIn('sso.ba')).status).toBe('ok');
    const { location } = await b.follow(next);
    const tokens = await rp.exchange(location as URL);
    expect(tokens.claims()?.preferred_username).toBe('sso.ba');
  });

  it('refuses a wrong redirect URI and a disabled client with an error page, never a redirect', async () => {
    const app = await createClient(t, 'confidential');
    const rp = await relyingParty(issuer, app.clientId, app.clientSecret);
    const b = browser(base);

    const wrong = new URL(rp.url);
    wrong.searchParams.set('redirect_uri', 'https://ke-gian.example.test/callback');
    const wrongRes = await b.request(wrong);
    expect(wrongRes.status).toBe(400);
    expect(wrongRes.headers.get('location')).toBeNull();
    expect(await wrongRes.text()).toContain('không khớp với địa chỉ đã đăng ký');

    const disabled = await t.app.inject({
      method: 'POST',
      url: `/api/v1/sso/clients/${app.clientId}/disable`,
      headers: ADMIN,
    });
    expect(disabled.statusCode).toBe(200);
    const res = await b.request(rp.url);
    expect(res.status).toBe(400);
    expect(res.headers.get('location')).toBeNull();
    const html = await res.text();
    expect(html).toContain('<html lang="vi">');
    expect(html).toContain('chưa được đăng ký hoặc đã bị vô hiệu hóa');
  });

  it('ends the session at the application’s request (RP-initiated logout) and returns to it', async () => {
    await createOfficial(t, 'sso.bon');
    const app = await createClient(t, 'confidential');
    const rp = await relyingParty(issuer, app.clientId, app.clientSecret);
    const b = browser(base);
    await b.signIn('sso.bon');
    const tokens = await rp.exchange((await b.follow(rp.url)).location as URL);

    const end = client.buildEndSessionUrl(rp.config, {
      id_token_hint: tokens.id_token ?? '',
      post_logout_redirect_uri: LOGGED_OUT,
    });
    const confirm = await b.request(end);
    expect(confirm.status).toBe(200);
    const page = await confirm.text();
    expect(page).toContain('Đăng xuất khỏi đăng nhập một lần?');
    const xsrf = /name="xsrf" value="([^"]+)"/.exec(page)?.[1] ?? '';
    const action = /action="([^"]+)"/.exec(page)?.[1] ?? '';
    // A same-origin form post with the workspace cookies: the provider's own xsrf token protects it.
    const done = await b.request(action, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ xsrf, logout: 'yes' }).toString(),
    });
    expect(done.status).toBe(303);
    expect(done.headers.get('location')).toBe(LOGGED_OUT);
  });
});
