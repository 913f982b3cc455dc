import { isAllowedRedirectUri } from '@lienthong/contracts';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer, createTestApp, type TestApp } from '../../../test/test-app.ts';
import { auditEntries } from '../../platform/audit/index.ts';
import { createAdapterClass } from './sso.adapter.ts';
import { CALLBACK } from './sso.fixtures.ts';
import { errorPage } from './sso.pages.ts';
import { ssoClients, ssoPayloads } from './sso.schema.ts';
import { deleteExpiredPayloads } from './sso.store.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const admin = bearer('quan-tri-sso', ['sso.manage']);
const UNKNOWN = '0190a0b0-0000-7000-8000-000000000000';
const db = () => t.db.database.db;

function create(payload: Record<string, unknown>, headers: Record<string, string> = admin) {
  return t.app.inject({ method: 'POST', url: '/api/v1/sso/clients', headers, payload });
}

const mail = { name: 'Thư điện tử công vụ', kind: 'confidential', redirectUris: [CALLBACK] };

/** The provider's token endpoint with client_secret_basic and a made-up code. */
function tokenRequest(clientId: string, secret: string) {
  return t.app.inject({
    method: 'POST',
    url: '/oidc/token',
    headers: {
      authorization: `Basic ${Buffer.from(`${clientId}:${secret}`).toString('base64')}`,
      'content-type': 'application/x-www-form-urlencoded',
    },
    payload: `grant_type=authorization_code&code=khong-co-that&redirect_uri=${encodeURIComponent(CALLBACK)}`,
  });
}

describe('access', () => {
  it.each([
    ['GET', '/api/v1/sso/clients'],
    ['POST', '/api/v1/sso/clients'],
    ['POST', `/api/v1/sso/clients/${UNKNOWN}/rotate-secret`],
    ['POST', `/api/v1/sso/clients/${UNKNOWN}/disable`],
  ])('%s %s: 401 anonymous, 403 without sso.manage', async (method, url) => {
    const anonymous = await t.app.inject({
      method: method as 'GET',
      url,
      payload: method === 'POST' ? mail : undefined,
    });
    expect(anonymous.statusCode).toBe(401);
    expect(anonymous.headers['content-type']).toContain('application/problem+json');
    const other = await t.app.inject({
      method: method as 'GET',
      url,
      headers: bearer('chuyen-vien', ['official.manage', 'audit.read']),
      payload: method === 'POST' ? mail : undefined,
    });
    expect(other.statusCode).toBe(403);
    expect(other.json().code).toBe('FORBIDDEN');
  });

  it('404 for an unknown client', async () => {
    for (const action of ['rotate-secret', 'disable']) {
      const res = await t.app.inject({
        method: 'POST',
        url: `/api/v1/sso/clients/${UNKNOWN}/${action}`,
        headers: admin,
      });
      expect(res.statusCode).toBe(404);
      expect(res.json()).toMatchObject({
        code: 'NOT_FOUND',
        detail: 'Không tìm thấy ứng dụng đăng nhập một lần.',
      });
    }
  });
});

describe('POST /api/v1/sso/clients', () => {
  it('registers a confidential client: the secret once, sealed at rest, never listed; audited', async () => {
    const res = await create({ ...mail, postLogoutRedirectUris: ['https://thu.example.test/'] });
    expect(res.statusCode).toBe(201);
    const body = res.json();
    expect(body).toMatchObject({
      name: 'Thư điện tử công vụ',
      kind: 'confidential',
      redirectUris: [CALLBACK],
      postLogoutRedirectUris: ['https://thu.example.test/'],
      createdBy: 'quan-tri-sso',
      disabledAt: null,
    });
    expect(body.clientSecret).toMatch(/^[A-Za-z0-9_-]{43}$/);

    const [row] = await db().select().from(ssoClients).where(eq(ssoClients.clientId, body.clientId));
    expect(row?.secretSealed).toMatch(/^v1\./);
    expect(row?.secretSealed).not.toContain(body.clientSecret);

    const list = await t.app.inject({ method: 'GET', url: '/api/v1/sso/clients', headers: admin });
    expect(list.statusCode).toBe(200);
    const listed = list.json().items.find((item: { clientId: string }) => item.clientId === body.clientId);
    expect(listed).toMatchObject({ kind: 'confidential' });
    expect(listed.clientSecret).toBeUndefined();
    expect(list.body).not.toContain(body.clientSecret);

    const entries = await db().select().from(auditEntries).where(eq(auditEntries.subjectId, body.clientId));
    expect(entries.map((entry) => entry.action)).toEqual(['sso.client.created']);
    expect(JSON.stringify(entries)).not.toContain(body.clientSecret);
  });

  it('registers a public client without a secret (PKCE)', async () => {
    const res = await create({
      name: 'Họp trực tuyến',
      kind: 'public',
      redirectUris: ['http://localhost:8080/cb'],
    });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ kind: 'public', clientSecret: null, postLogoutRedirectUris: [] });
  });

  it('a loopback http redirect (development) is accepted by the provider too', async () => {
    const { clientId } = (
      await create({ name: 'Thử nghiệm', kind: 'public', redirectUris: ['http://127.0.0.1:8080/cb'] })
    ).json();
    const query = new URLSearchParams({
      client_id: clientId,
      redirect_uri: 'http://127.0.0.1:8080/cb',
      response_type: 'code',
      scope: 'openid',
      code_challenge: 'E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM',
      code_challenge_method: 'S256',
    });
    const res = await t.app.inject({ method: 'GET', url: `/oidc/auth?${query}` });
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toMatch(/^\/oidc\/interaction\/[A-Za-z0-9_-]+$/);
  });

  it('400 with field paths for unsafe redirect addresses and missing fields', async () => {
    const res = await create({
      name: '',
      kind: 'secret',
      redirectUris: ['http://mail.example.test/cb', 'https://mail.example.test/cb#x'],
      postLogoutRedirectUris: ['javascript:alert(1)'],
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().code).toBe('VALIDATION_FAILED');
    const paths = res.json().errors.map((e: { path: string }) => e.path);
    expect(paths).toEqual(
      expect.arrayContaining([
        'body.name',
        'body.kind',
        'body.redirectUris.0',
        'body.redirectUris.1',
        'body.postLogoutRedirectUris.0',
      ]),
    );
    const empty = await create({ name: 'X', kind: 'public', redirectUris: [] });
    expect(empty.statusCode).toBe(400);
    expect(empty.json().errors.map((e: { path: string }) => e.path)).toEqual(['body.redirectUris']);
    const messages = res.json().errors.map((e: { message: string }) => e.message);
    expect(messages).toContain(
      'Địa chỉ phải bắt đầu bằng https:// (hoặc http://localhost, http://127.0.0.1 khi phát triển), không chứa phần #',
    );
  });
});

describe('rotating and disabling', () => {
  it('rotates a secret: the old one stops working at once', async () => {
    const { clientId, clientSecret } = (await create(mail)).json();
    expect((await tokenRequest(clientId, clientSecret)).json().error).toBe('invalid_grant');

    const res = await t.app.inject({
      method: 'POST',
      url: `/api/v1/sso/clients/${clientId}/rotate-secret`,
      headers: admin,
    });
    expect(res.statusCode).toBe(200);
    const rotated = res.json().clientSecret;
    expect(rotated).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(rotated).not.toBe(clientSecret);

    const old = await tokenRequest(clientId, clientSecret);
    expect(old.statusCode).toBe(401);
    expect(old.json().error).toBe('invalid_client');
    expect((await tokenRequest(clientId, rotated)).json().error).toBe('invalid_grant');
  });

  it('409 when rotating the secret of a public client', async () => {
    const { clientId } = (await create({ ...mail, kind: 'public' })).json();
    const res = await t.app.inject({
      method: 'POST',
      url: `/api/v1/sso/clients/${clientId}/rotate-secret`,
      headers: admin,
    });
    expect(res.statusCode).toBe(409);
  });

  it('disables a client (then 409); it can no longer authenticate; audited', async () => {
    const { clientId, clientSecret } = (await create(mail)).json();
    const disable = () =>
      t.app.inject({ method: 'POST', url: `/api/v1/sso/clients/${clientId}/disable`, headers: admin });
    const res = await disable();
    expect(res.statusCode).toBe(200);
    expect(res.json().disabledAt).not.toBeNull();
    expect((await disable()).statusCode).toBe(409);
    expect((await tokenRequest(clientId, clientSecret)).json().error).toBe('invalid_client');

    const entries = await db().select().from(auditEntries).where(eq(auditEntries.subjectId, clientId));
    expect(entries.map((entry) => entry.action)).toEqual(['sso.client.created', 'sso.client.disabled']);
  });
});

describe('rules', () => {
  it('accepts https and loopback http redirect addresses only', () => {
    for (const uri of [
      'https://mail.hanoi.gov.vn/oidc/callback',
      'http://localhost:3000/cb',
      'http://127.0.0.1/cb',
    ]) {
      expect(isAllowedRedirectUri(uri), uri).toBe(true);
    }
    for (const uri of [
      'http://mail.hanoi.gov.vn/cb',
      'https://mail.hanoi.gov.vn/cb#frag',
      'https://user:pw@mail.hanoi.gov.vn/cb',
      'javascript:alert(1)',
      'mail.hanoi.gov.vn/cb',
      'http://localhost.evil.example/cb',
    ]) {
      expect(isAllowedRedirectUri(uri), uri).toBe(false);
    }
  });

  it('escapes what it shows on the error page', () => {
    const html = errorPage({ error: '<script>alert(1)</script>' });
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;');
  });
});

describe('provider storage (adapter)', () => {
  it('never returns expired rows, deletes them, marks consumption, revokes only codes and tokens by grant', async () => {
    const Adapter = createAdapterClass({
      db: db(),
      secretBox: () => {
        throw new Error('not used');
      },
    });
    const codes = new Adapter('AuthorizationCode');
    const interactions = new Adapter('Interaction');
    const sessions = new Adapter('Session');
    await codes.upsert('code-1', { grantId: 'grant-1', accountId: 'a', clientId: 'c' }, 60);
    await codes.upsert('code-old', { grantId: 'grant-2' }, 60);
    await interactions.upsert('interaction-1', { grantId: 'grant-1' }, 600);
    await sessions.upsert('session-1', { uid: 'uid-1', accountId: 'a' }, 3600);
    await db()
      .update(ssoPayloads)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(and(eq(ssoPayloads.model, 'AuthorizationCode'), eq(ssoPayloads.id, 'code-old')));

    expect(await codes.find('code-old')).toBeUndefined();
    expect(await sessions.findByUid('uid-1')).toMatchObject({ accountId: 'a' });
    await codes.consume('code-1');
    expect((await codes.find('code-1'))?.consumed).toBeTypeOf('number');

    await codes.revokeByGrantId('grant-1');
    expect(await codes.find('code-1')).toBeUndefined();
    expect(await interactions.find('interaction-1')).toMatchObject({ grantId: 'grant-1' });

    expect(await deleteExpiredPayloads(db(), new Date())).toBe(1);
    await sessions.destroy('session-1');
    expect(await sessions.findByUid('uid-1')).toBeUndefined();
  });
});
