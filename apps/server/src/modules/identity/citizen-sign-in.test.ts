import { ROLE_PERMISSIONS } from '@lienthong/contracts';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/test-app.ts';
import { auditEntries } from '../../platform/audit/index.ts';
import { type RunningIdSimulator, SIMULATED_CITIZENS } from '../../simulators/national-id/index.ts';
import { callback, eidEnv, signInCitizen, startTestSimulator, walkSimulator } from './citizen.fixtures.ts';
import { cookiesOf, TEST_ENV, withSession } from './identity.fixtures.ts';
import { citizens } from './identity.schema.ts';

/**
 * Citizens sign in with the national e-ID: the real relying-party flow (openid-client) against
 * the national-ID simulator (oidc-provider) on a loopback port, the browser driven by fetch.
 */

let simulator: RunningIdSimulator;
let t: TestApp;
const db = () => t.db.database.db;
const [an, ngoc] = SIMULATED_CITIZENS;
if (!an || !ngoc) throw new Error('seeded citizens missing');

beforeAll(async () => {
  simulator = await startTestSimulator();
  t = await createTestApp({ ...TEST_ENV, ...eidEnv(simulator) });
});
afterAll(async () => {
  await t?.close();
  await simulator?.close();
});

async function citizenRow(personalId: string) {
  const [row] = await db().select().from(citizens).where(eq(citizens.personalId, personalId));
  return row;
}

async function actionsAbout(citizenId: string) {
  const rows = await db()
    .select()
    .from(auditEntries)
    .where(and(eq(auditEntries.subjectType, 'citizen'), eq(auditEntries.subjectId, citizenId)))
    .orderBy(auditEntries.id);
  return rows.map((row) => ({ action: row.action, actorId: row.actorId, purpose: row.purpose }));
}

describe('GET /api/v1/auth/citizen/login → simulator → callback', () => {
  it('sends the browser to the issuer with code flow, PKCE S256, state and nonce', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/auth/citizen/login?next=/ca-nhan' });
    expect(res.statusCode).toBe(302);
    const location = new URL(String(res.headers.location));
    expect(location.origin).toBe(simulator.issuer);
    const params = location.searchParams;
    expect(params.get('response_type')).toBe('code');
    expect(params.get('client_id')).toBe('lienthong');
    expect(params.get('redirect_uri')).toBe('http://127.0.0.1:3000/api/v1/auth/citizen/callback');
    expect(params.get('code_challenge_method')).toBe('S256');
    expect(params.get('code_challenge')).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(params.get('state')).toBeTruthy();
    expect(params.get('nonce')).toBeTruthy();
    expect(params.get('scope')?.split(' ')).toEqual(
      expect.arrayContaining(['openid', 'vneid', 'profile', 'address']),
    );
    const transaction = res.cookies.find((c) => c.name === 'lt_eid_tx');
    expect(transaction).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/api/v1/auth/citizen' });
    // Sealed with the server key: neither the verifier nor the state can be read from it.
    expect(transaction?.value).not.toContain(params.get('state'));
  });

  it('signs a citizen in: record created from the claims, session opened, back to `next`', async () => {
    const walk = await walkSimulator(t.app, an.personalId, { next: '/ca-nhan/truy-cap-du-lieu' });
    expect(walk.pages.login.headers.get('content-security-policy')).toContain("default-src 'none'");
    expect(walk.pages.loginHtml).toContain('<html lang="vi">');
    expect(walk.pages.consentHtml).toContain('Số định danh cá nhân');
    const res = await callback(t.app, walk);
    expect(res.statusCode).toBe(302);
    expect(res.headers.location).toBe('/ca-nhan/truy-cap-du-lieu');
    const session = res.cookies.find((c) => c.name === 'lt_session');
    expect(session).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
    expect(res.cookies.find((c) => c.name === 'lt_csrf')?.httpOnly).toBeFalsy();
    // The transaction cookie is used once.
    expect(res.cookies.find((c) => c.name === 'lt_eid_tx')?.value).toBe('');

    const cookies = cookiesOf(res);
    const me = await t.app.inject({
      method: 'GET',
      url: '/api/v1/auth/session',
      headers: withSession(cookies),
    });
    const row = await citizenRow(an.personalId);
    expect(me.json().user).toEqual({
      id: row?.id,
      kind: 'citizen',
      displayName: 'Nguyễn Văn An',
      roles: ['citizen'],
      permissions: [...ROLE_PERMISSIONS.citizen].sort(),
    });
    const record = await t.app.inject({
      method: 'GET',
      url: '/api/v1/me/citizen',
      headers: withSession(cookies),
    });
    expect(record.statusCode).toBe(200);
    expect(record.headers['cache-control']).toBe('no-store');
    expect(record.json()).toMatchObject({
      personalId: '001085012345',
      fullName: 'Nguyễn Văn An',
      birthDate: '1985-03-14',
      sex: 'male',
      sexLabel: 'Nam',
      nationality: 'Việt Nam',
      placeOfOrigin: 'Thành phố Hà Nội',
      permanentAddress: 'Số 18 phố Đội Cấn, Phường Ba Đình, Thành phố Hà Nội',
      phone: '0912345678',
      email: 'nguyenvanan@example.com',
      eidLevel: 2,
    });
    expect(row?.eidIssuer).toBe(simulator.issuer);
    expect(await actionsAbout(row?.id ?? '')).toEqual([
      { action: 'identity.citizen.created', actorId: row?.id, purpose: null },
      { action: 'identity.citizen.signed-in', actorId: row?.id, purpose: null },
      { action: 'identity.citizen.viewed', actorId: row?.id, purpose: 'self.view' },
    ]);
    // No personal data in the logs.
    const logs = t.logs.join('');
    for (const value of [an.personalId, an.fullName, an.phone, 'Đội Cấn']) expect(logs).not.toContain(value);
  });

  it('recognises a returning citizen: no second record, the same id', async () => {
    const first = await citizenRow(an.personalId);
    await signInCitizen(t.app, an.personalId);
    const rows = await db().select().from(citizens).where(eq(citizens.personalId, an.personalId));
    expect(rows.map((row) => row.id)).toEqual([first?.id]);
    const actions = (await actionsAbout(first?.id ?? '')).map((entry) => entry.action);
    expect(actions.filter((action) => action === 'identity.citizen.created')).toHaveLength(1);
    expect(actions.filter((action) => action === 'identity.citizen.signed-in')).toHaveLength(2);
  });

  it('refuses a callback whose state does not match, with a page for the citizen', async () => {
    const walk = await walkSimulator(t.app, ngoc.personalId);
    const tampered = new URL(walk.callbackUrl);
    tampered.searchParams.set('state', 'trang-thai-gia-mao');
    const res = await callback(t.app, { ...walk, callbackUrl: tampered.href });
    expect(res.statusCode).toBe(302);
    expect(res.headers.location).toBe('/dang-nhap/loi?ma=expired');
    expect(res.cookies.some((c) => c.name === 'lt_session')).toBe(false);
    expect(await citizenRow(ngoc.personalId)).toBeUndefined();
  });

  it('refuses a replayed callback, with or without the transaction cookie', async () => {
    const walk = await walkSimulator(t.app, ngoc.personalId);
    expect((await callback(t.app, walk)).statusCode).toBe(302);
    // The browser no longer has the transaction (cleared): nothing to check the state against.
    const withoutCookie = await callback(t.app, walk, '');
    expect(withoutCookie.headers.location).toBe('/dang-nhap/loi?ma=expired');
    // Someone who kept the cookie: the code was already used, the issuer refuses it.
    const replayed = await callback(t.app, walk);
    expect(replayed.headers.location).toBe('/dang-nhap/loi?ma=failed');
    expect(replayed.cookies.some((c) => c.name === 'lt_session')).toBe(false);
  });

  it('refused consent: no session, no record, the portal explains', async () => {
    const [, , third] = SIMULATED_CITIZENS;
    const walk = await walkSimulator(t.app, third?.personalId ?? '', { consent: false });
    expect(new URL(walk.callbackUrl).searchParams.get('error')).toBe('access_denied');
    const res = await callback(t.app, walk);
    expect(res.headers.location).toBe('/dang-nhap/loi?ma=denied');
    expect(res.cookies.some((c) => c.name === 'lt_session')).toBe(false);
    expect(await citizenRow(third?.personalId ?? '')).toBeUndefined();
  });

  it('keeps `next` on the portal: other origins, the workspace and the API fall back to /ca-nhan', async () => {
    for (const next of ['//evil.example/x', 'https://evil.example', '/app/quan-tri', '/api/v1/audit']) {
      const walk = await walkSimulator(t.app, an.personalId, { next });
      expect((await callback(t.app, walk)).headers.location).toBe('/ca-nhan');
    }
  });

  it("signs the citizen out with the officials' logout (CSRF required), ending the session", async () => {
    const cookies = await signInCitizen(t.app, ngoc.personalId);
    const noCsrf = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/logout',
      headers: withSession(cookies, false),
    });
    expect(noCsrf.statusCode).toBe(403);
    expect(noCsrf.json().code).toBe('CSRF_FAILED');
    const out = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/logout',
      headers: withSession(cookies),
    });
    expect(out.statusCode).toBe(204);
    const after = await t.app.inject({
      method: 'GET',
      url: '/api/v1/auth/session',
      headers: withSession(cookies),
    });
    expect(after.statusCode).toBe(401);
    const logouts = await db()
      .select()
      .from(auditEntries)
      .where(eq(auditEntries.action, 'identity.citizen.logout'));
    expect(logouts).toHaveLength(1);
  });

  it("refuses officials' own-account endpoints to citizens", async () => {
    const cookies = await signInCitizen(t.app, ngoc.personalId);
    const tokens = await t.app.inject({
      method: 'GET',
      url: '/api/v1/auth/tokens',
      headers: withSession(cookies),
    });
    expect(tokens.statusCode).toBe(403);
  });
});

describe('when the personal ID claim is not a valid number', () => {
  it('refuses the sign-in and creates no record', async () => {
    const bad = {
      ...SIMULATED_CITIZENS[0],
      personalId: '003085012345',
    } as (typeof SIMULATED_CITIZENS)[number];
    const other = await startTestSimulator([bad]);
    const app = await createTestApp({ ...TEST_ENV, ...eidEnv(other) }, { db: t.db });
    try {
      const walk = await walkSimulator(app.app, '003085012345');
      const res = await callback(app.app, walk);
      expect(res.headers.location).toBe('/dang-nhap/loi?ma=invalid-identity');
      expect(res.cookies.some((c) => c.name === 'lt_session')).toBe(false);
      expect(await citizenRow('003085012345')).toBeUndefined();
    } finally {
      await app.close();
      await other.close();
    }
  });
});

describe('when the e-ID is not configured or cannot be reached', () => {
  it('answers 503 problem+json for the sign-in and tells the portal the button is off', async () => {
    const app = await createTestApp(TEST_ENV, { db: t.db });
    try {
      const options = await app.app.inject({ method: 'GET', url: '/api/v1/auth/citizen' });
      expect(options.json()).toEqual({ enabled: false, provider: 'VNeID' });
      const res = await app.app.inject({ method: 'GET', url: '/api/v1/auth/citizen/login' });
      expect(res.statusCode).toBe(503);
      expect(res.headers['content-type']).toContain('application/problem+json');
      expect(res.json()).toMatchObject({
        code: 'SERVICE_UNAVAILABLE',
        detail: 'Đăng nhập bằng định danh điện tử chưa được cấu hình trên hệ thống này.',
      });
    } finally {
      await app.close();
    }
  });

  it('sends the citizen to the error page when the issuer does not answer', async () => {
    const app = await createTestApp(
      { ...TEST_ENV, EID_ISSUER: 'http://127.0.0.1:9', EID_CLIENT_SECRET: 'bi-mat-thu-nghiem-16' },
      { db: t.db },
    );
    try {
      expect((await app.app.inject({ method: 'GET', url: '/api/v1/auth/citizen' })).json().enabled).toBe(
        true,
      );
      const res = await app.app.inject({ method: 'GET', url: '/api/v1/auth/citizen/login' });
      expect(res.statusCode).toBe(302);
      expect(res.headers.location).toBe('/dang-nhap/loi?ma=unavailable');
    } finally {
      await app.close();
    }
  });
});
