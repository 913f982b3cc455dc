import * as client from 'openid-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/test-app.ts';
import {
  ADMIN,
  browser,
  CALLBACK,
  createClient,
  createOfficial,
  PASSWORD,
  relyingParty,
  totp,
} from './sso.fixtures.ts';

/**
 * Only a live, complete workspace session signs an official in to an application: a session
 * waiting for its second factor, a revoked session, a temporary password or a disabled account
 * send the browser to the workspace login page instead, even when the provider remembers them.
 */

let t: TestApp;
let base: string;
let issuer: string;
let app: { clientId: string; clientSecret: string | null };

beforeAll(async () => {
  t = await createTestApp();
  await t.app.listen({ host: '127.0.0.1', port: 0 });
  const address = t.app.server.address();
  base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  issuer = `${base}/oidc`;
  app = await createClient(t, 'confidential');
});
afterAll(() => t.close());

const rpFor = () => relyingParty(issuer, app.clientId, app.clientSecret);

function expectLoginPage(location: URL | undefined): string {
  expect(location?.pathname).toBe('/app/login');
  const next = location?.searchParams.get('next') ?? '';
  expect(next).toMatch(/^\/oidc\/interaction\/[A-Za-z0-9_-]+$/);
  return next;
}

describe('the workspace session decides', () => {
  it('does not count a session waiting for its second factor; completes once the code is given', async () => {
    await createOfficial(t, 'sso.totp');
    const b = browser(base);
    expect((await b.signIn('sso.totp')).status).toBe('ok');
    const enrol = await b.post('/api/v1/auth/totp/enrol', {});
    const { secret } = (await enrol.json()) as { secret: string };
    expect((await b.post('/api/v1/auth/totp/confirm', { code: totp(secret, Date.now()) })).status).toBe(200);

    const fresh = browser(base);
    expect((await fresh.signIn('sso.totp')).status).toBe('totp_required');
    const rp = await rpFor();
    const next = expectLoginPage((await fresh.follow(rp.url)).location);

    // The next time step: the enrolment used the current one, and a step is never accepted twice.
    const second = await fresh.post('/api/v1/auth/totp', { code: totp(secret, Date.now() + 30_000) });
    expect(second.status).toBe(200);
    const { location } = await fresh.follow(next);
    const tokens = await rp.exchange(location as URL);
    expect(tokens.claims()?.preferred_username).toBe('sso.totp');
  });

  it('asks again once the workspace session is signed out, although the provider remembers the official', async () => {
    await createOfficial(t, 'sso.thoat');
    const b = browser(base);
    await b.signIn('sso.thoat');
    const first = await rpFor();
    expect((await b.follow(first.url)).location?.href.startsWith(CALLBACK)).toBe(true);

    expect((await b.post('/api/v1/auth/logout', {})).status).toBe(204);
    const again = await rpFor();
    expectLoginPage((await b.follow(again.url)).location);
    // prompt=none (a silent renewal) gets login_required at the application instead.
    const silent = new URL(again.url);
    silent.searchParams.set('prompt', 'none');
    const answer = (await b.follow(silent)).location;
    expect(answer?.href.startsWith(CALLBACK)).toBe(true);
    expect(answer?.searchParams.get('error')).toBe('login_required');
  });

  it('asks again when another official signs in to the workspace in the same browser', async () => {
    await createOfficial(t, 'sso.nam');
    await createOfficial(t, 'sso.sau');
    const b = browser(base);
    await b.signIn('sso.nam');
    const first = await rpFor();
    const firstTokens = await first.exchange((await b.follow(first.url)).location as URL);
    expect(firstTokens.claims()?.preferred_username).toBe('sso.nam');

    await b.post('/api/v1/auth/logout', {});
    await b.signIn('sso.sau');
    const second = await rpFor();
    const { location } = await b.follow(second.url);
    const tokens = await second.exchange(location as URL);
    expect(tokens.claims()?.preferred_username).toBe('sso.sau');
  });

  it('refuses an official who must still change a temporary password', async () => {
    await createOfficial(t, 'sso.tam', { changePassword: false });
    const b = browser(base);
    expect((await b.signIn('sso.tam', 'mat-khau-tam-thoi-01')).status).toBe('ok');
    const rp = await rpFor();
    const next = expectLoginPage((await b.follow(rp.url)).location);

    // The login page asks for a new password; then the sign-in completes.
    const changed = await b.post('/api/v1/auth/password', {
      currentPassword: 'mat-khau-tam-thoi-01',
      newPassword: PASSWORD,
    });
    expect(changed.status).toBe(204);
    const { location } = await b.follow(next);
    expect(location?.href.startsWith(`${CALLBACK}?code=`)).toBe(true);
  });

  it('refuses a disabled official: no new sign-in, and tokens already issued stop working', async () => {
    const official = await createOfficial(t, 'sso.khoa');
    const b = browser(base);
    await b.signIn('sso.khoa');
    const rp = await rpFor();
    const tokens = await rp.exchange((await b.follow(rp.url)).location as URL);

    const disabled = await t.app.inject({
      method: 'POST',
      url: `/api/v1/officials/${official.id}/disable`,
      headers: ADMIN,
    });
    expect(disabled.statusCode).toBe(200);
    await expect(client.fetchUserInfo(rp.config, tokens.access_token, official.id)).rejects.toThrow();
    const again = await rpFor();
    expectLoginPage((await b.follow(again.url)).location);
    expect((await b.signIn('sso.khoa')).status).not.toBe('ok');
  });

  it('shows a Vietnamese error page for an unknown or expired interaction', async () => {
    const res = await browser(base).request('/oidc/interaction/khong-ton-tai');
    expect(res.status).toBe(400);
    const html = await res.text();
    expect(html).toContain('Phiên đăng nhập một lần đã hết hạn');
    expect(res.headers.get('cache-control')).toBe('no-store');
  });

  it('logs no error and no personal data', () => {
    const lines = t.logs.map((line) => JSON.parse(line) as { level: number; msg?: string });
    expect(lines.filter((line) => line.level >= 50)).toEqual([]);
    expect(t.logs.join('\n')).not.toContain(PASSWORD);
    expect(t.logs.join('\n')).not.toContain('Nguyễn Văn');
  });
});
