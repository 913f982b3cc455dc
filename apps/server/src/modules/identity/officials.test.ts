import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/test-app.ts';
import {
  addOfficial,
  auditActions,
  type Cookies,
  login,
  signIn,
  TEST_ENV,
  withSession,
} from './identity.fixtures.ts';

let t: TestApp;
let clock = new Date('2026-11-23T03:00:00Z');
const now = () => clock;
let admin: Cookies;
let adminId: string;
let specialist: Cookies;

const db = () => t.db.database.db;
const UNKNOWN = '0190a0b0-0000-7000-8000-000000000000';

beforeAll(async () => {
  t = await createTestApp(TEST_ENV, { clock: now });
  const root = await addOfficial(db(), 'quantri.root', { roles: ['system_admin'], totp: true });
  adminId = root.id;
  admin = await signIn(t.app, root, now);
  specialist = await signIn(t.app, await addOfficial(db(), 'chuyenvien.x', { roles: ['specialist'] }), now);
});
afterAll(() => t.close());

type Call = { method: 'GET' | 'POST' | 'PATCH'; url: string; payload?: object };
const call = (c: Call, headers: Record<string, string> = {}) =>
  t.app.inject({ method: c.method, url: c.url, headers, ...(c.payload ? { payload: c.payload } : {}) });

async function createOfficial(username: string, headers = withSession(admin)) {
  return call(
    {
      method: 'POST',
      url: '/api/v1/officials',
      payload: { username, displayName: `Nguyễn ${username}`, temporaryPassword: 'mat-khau-tam-thoi' },
    },
    headers,
  );
}

describe('access to the administration endpoints', () => {
  const calls = (): Call[] => [
    {
      method: 'POST',
      url: '/api/v1/officials',
      payload: { username: 'abc', displayName: 'A', temporaryPassword: 'x'.repeat(10) },
    },
    { method: 'GET', url: '/api/v1/officials' },
    { method: 'GET', url: `/api/v1/officials/${UNKNOWN}` },
    { method: 'PATCH', url: `/api/v1/officials/${UNKNOWN}`, payload: { displayName: 'Tên mới' } },
    {
      method: 'POST',
      url: `/api/v1/officials/${UNKNOWN}/reset-password`,
      payload: { temporaryPassword: 'x'.repeat(10) },
    },
    { method: 'POST', url: `/api/v1/officials/${UNKNOWN}/disable` },
    { method: 'POST', url: `/api/v1/officials/${UNKNOWN}/reset-totp` },
    { method: 'POST', url: `/api/v1/officials/${UNKNOWN}/enable` },
    { method: 'POST', url: `/api/v1/officials/${UNKNOWN}/revoke-sessions` },
    {
      method: 'POST',
      url: `/api/v1/officials/${UNKNOWN}/grants`,
      payload: { role: 'leader', scope: 'unit', validFrom: '2026-01-01' },
    },
    {
      method: 'POST',
      url: `/api/v1/officials/${UNKNOWN}/grants/${UNKNOWN}/end`,
      payload: { validTo: '2026-12-01' },
    },
  ];

  it('401 anonymous, 403 without the permission', async () => {
    for (const c of calls()) {
      expect((await call(c)).statusCode, `${c.method} ${c.url}`).toBe(401);
      const forbidden = await call(c, withSession(specialist));
      expect(forbidden.statusCode, `${c.method} ${c.url}`).toBe(403);
      expect(forbidden.json().code).toBe('FORBIDDEN');
    }
  });

  it('404 for an unknown official', async () => {
    for (const c of calls().slice(2)) {
      expect((await call(c, withSession(admin))).statusCode, `${c.method} ${c.url}`).toBe(404);
    }
  });

  it('400 with field paths', async () => {
    const bad = await call(
      {
        method: 'POST',
        url: '/api/v1/officials',
        payload: { username: 'có dấu', displayName: '', temporaryPassword: 'ngắn' },
      },
      withSession(admin),
    );
    expect(bad.statusCode).toBe(400);
    expect(
      bad
        .json()
        .errors.map((e: { path: string }) => e.path)
        .sort(),
    ).toEqual(['body.displayName', 'body.temporaryPassword', 'body.username']);
    expect(
      (await call({ method: 'GET', url: '/api/v1/officials/khong-phai-uuid' }, withSession(admin))).json()
        .errors[0].path,
    ).toBe('params.id');
    expect(
      (await call({ method: 'GET', url: '/api/v1/officials?limit=0' }, withSession(admin))).json().errors[0]
        .path,
    ).toBe('query.limit');
    const patch = (payload: object) =>
      call({ method: 'PATCH', url: `/api/v1/officials/${UNKNOWN}`, payload }, withSession(admin));
    const badUnit = await patch({ orgUnitId: 'khong-phai-uuid', email: 'sai' });
    expect(badUnit.statusCode).toBe(400);
    expect(
      badUnit
        .json()
        .errors.map((e: { path: string }) => e.path)
        .sort(),
    ).toEqual(['body.email', 'body.orgUnitId']);
    const empty = await patch({});
    expect(empty.statusCode).toBe(400);
    expect(empty.json().errors[0].message).toBe('Không có thông tin nào để cập nhật');
    expect(
      (
        await call(
          { method: 'POST', url: '/api/v1/officials/khong-phai-uuid/reset-totp' },
          withSession(admin),
        )
      ).json().errors[0].path,
    ).toBe('params.id');
  });
});

describe('officials', () => {
  it('creates an official with a temporary password, refuses a duplicate username, lists and shows', async () => {
    const created = await createOfficial('Tran.Thi.B');
    expect(created.statusCode).toBe(201);
    const view = created.json();
    expect(view).toMatchObject({
      username: 'tran.thi.b',
      displayName: 'Nguyễn Tran.Thi.B',
      mustChangePassword: true,
    });
    const duplicate = await createOfficial('TRAN.THI.B');
    expect(duplicate.statusCode).toBe(409);
    expect(duplicate.json()).toMatchObject({ code: 'CONFLICT', detail: 'Tên đăng nhập đã tồn tại' });
    const samePassword = await call(
      {
        method: 'POST',
        url: '/api/v1/officials',
        payload: { username: 'mat-khau-tam-thoi', displayName: 'X', temporaryPassword: 'mat-khau-tam-thoi' },
      },
      withSession(admin),
    );
    expect(samePassword.json().errors[0].path).toBe('body.temporaryPassword');

    const list = await call({ method: 'GET', url: '/api/v1/officials?q=thi.b&limit=5' }, withSession(admin));
    expect(list.json()).toMatchObject({ total: 1, items: [{ id: view.id }] });
    const all = await call({ method: 'GET', url: '/api/v1/officials?limit=2&offset=1' }, withSession(admin));
    expect(all.json().items).toHaveLength(2);
    expect(all.json().total).toBeGreaterThanOrEqual(3);
    const one = await call({ method: 'GET', url: `/api/v1/officials/${view.id}` }, withSession(admin));
    expect(one.json()).toMatchObject({ id: view.id, grants: [] });
    expect(await auditActions(db(), view.id)).toEqual(['identity.official.created']);

    // The new official signs in with the temporary password and is told to change it.
    const first = await login(t.app, 'tran.thi.b', 'mat-khau-tam-thoi');
    expect(first.json().user).toMatchObject({ roles: [], permissions: [], mustChangePassword: true });
  });

  it('grants effective-dated roles, refuses overlaps, and ends them', async () => {
    const id = (await createOfficial('pham.d')).json().id as string;
    const grant = (payload: object) =>
      call({ method: 'POST', url: `/api/v1/officials/${id}/grants`, payload }, withSession(admin));
    const added = await grant({ role: 'leader', scope: 'unit', validFrom: '2026-01-01' });
    expect(added.statusCode).toBe(201);
    expect(added.json()).toMatchObject({
      role: 'leader',
      roleLabel: 'Lãnh đạo',
      orgUnitId: null,
      validTo: null,
      grantedBy: adminId,
    });
    const overlap = await grant({
      role: 'leader',
      scope: 'unit',
      validFrom: '2026-06-01',
      validTo: '2026-07-01',
    });
    expect(overlap.statusCode).toBe(409);
    const backwards = await grant({
      role: 'clerk',
      scope: 'unit',
      validFrom: '2026-06-01',
      validTo: '2026-06-01',
    });
    expect(backwards.json().errors[0].path).toBe('body.validTo');
    expect(
      (await grant({ role: 'chu_tich', scope: 'unit', validFrom: '2026-01-01' })).json().errors[0].path,
    ).toBe('body.role');
    // A future grant does not count today.
    expect((await grant({ role: 'clerk', scope: 'unit', validFrom: '2027-01-01' })).statusCode).toBe(201);

    const signedIn = await login(t.app, 'pham.d', 'mat-khau-tam-thoi');
    expect(signedIn.json().user).toMatchObject({
      roles: ['leader'],
      permissions: [],
      mustChangePassword: true,
    });

    const grantId = added.json().id as string;
    const end = (validTo: string, gid = grantId) =>
      call(
        { method: 'POST', url: `/api/v1/officials/${id}/grants/${gid}/end`, payload: { validTo } },
        withSession(admin),
      );
    expect((await end('2025-12-31')).json().errors[0].path).toBe('body.validTo');
    expect((await end('2026-12-01', UNKNOWN)).statusCode).toBe(404);
    const ended = await end('2026-11-24');
    expect(ended.statusCode).toBe(200);
    expect(ended.json().validTo).toBe('2026-11-24');
    expect((await end('2027-01-01')).json().errors[0].path).toBe('body.validTo');

    // The role ends at midnight in Việt Nam: 2026-11-23T17:00Z is 2026-11-24 00:00 there.
    // (An API token, because a session would have expired of idleness meanwhile.)
    const cookies = {
      session: signedIn.cookies.find((c) => c.name === 'lt_session')?.value ?? '',
      csrf: signedIn.cookies.find((c) => c.name === 'lt_csrf')?.value ?? '',
    };
    const { token } = (
      await call({ method: 'POST', url: '/api/v1/auth/tokens', payload: { name: 'x' } }, withSession(cookies))
    ).json();
    const me = () =>
      t.app.inject({
        method: 'GET',
        url: '/api/v1/auth/session',
        headers: { authorization: `Bearer ${token}` },
      });
    const saved = clock;
    try {
      expect((await me()).json().user.roles).toEqual(['leader']);
      clock = new Date('2026-11-23T16:59:00Z');
      expect((await me()).json().user.roles).toEqual(['leader']);
      clock = new Date('2026-11-23T17:01:00Z');
      expect((await me()).json().user.roles).toEqual([]);
    } finally {
      clock = saved;
    }
    expect((await auditActions(db(), id)).filter((a) => !a.startsWith('identity.login'))).toEqual([
      'identity.official.created',
      'identity.grant.added',
      'identity.grant.added',
      'identity.grant.ended',
    ]);
  });

  it('resets the password: sessions end, the official must choose a new one', async () => {
    const createdE = await createOfficial('hoang.e');
    const id = createdE.json().id as string;
    const signedIn = await login(t.app, 'hoang.e', 'mat-khau-tam-thoi');
    const cookie = { cookie: `lt_session=${signedIn.cookies.find((c) => c.name === 'lt_session')?.value}` };
    const reset = await call(
      {
        method: 'POST',
        url: `/api/v1/officials/${id}/reset-password`,
        payload: { temporaryPassword: 'mat-khau-moi-cap' },
      },
      withSession(admin),
    );
    expect(reset.statusCode).toBe(200);
    expect(reset.json().mustChangePassword).toBe(true);
    expect(
      (await t.app.inject({ method: 'GET', url: '/api/v1/auth/session', headers: cookie })).statusCode,
    ).toBe(401);
    expect((await login(t.app, 'hoang.e', 'mat-khau-tam-thoi')).statusCode).toBe(401);
    expect((await login(t.app, 'hoang.e', 'mat-khau-moi-cap')).statusCode).toBe(200);
    expect(await auditActions(db(), id)).toContain('identity.password.reset');
  });

  it('resets a lost second factor: sessions end, the official enrols again', async () => {
    const official = await addOfficial(db(), 'mat.thiet.bi', { roles: ['unit_admin'], totp: true });
    const session = await signIn(t.app, official, now);
    const reset = await call(
      { method: 'POST', url: `/api/v1/officials/${official.id}/reset-totp` },
      withSession(admin),
    );
    expect(reset.statusCode).toBe(200);
    expect(reset.json().totpEnabled).toBe(false);
    expect(
      (await t.app.inject({ method: 'GET', url: '/api/v1/auth/session', headers: withSession(session) }))
        .statusCode,
    ).toBe(401);
    expect((await login(t.app, 'mat.thiet.bi')).json()).toEqual({ status: 'totp_enrolment_required' });
    expect(await auditActions(db(), official.id)).toContain('identity.totp.reset');
    const self = await call(
      { method: 'POST', url: `/api/v1/officials/${adminId}/reset-totp` },
      withSession(admin),
    );
    expect(self.statusCode).toBe(409);
  });

  it('disables an account: sessions and API tokens stop, sign-in is refused', async () => {
    const id = (await createOfficial('vu.f')).json().id as string;
    const signedIn = await login(t.app, 'vu.f', 'mat-khau-tam-thoi');
    const cookies = {
      session: signedIn.cookies.find((c) => c.name === 'lt_session')?.value ?? '',
      csrf: signedIn.cookies.find((c) => c.name === 'lt_csrf')?.value ?? '',
    };
    const { token } = (
      await call({ method: 'POST', url: '/api/v1/auth/tokens', payload: { name: 'x' } }, withSession(cookies))
    ).json();
    const disabled = await call(
      { method: 'POST', url: `/api/v1/officials/${id}/disable` },
      withSession(admin),
    );
    expect(disabled.statusCode).toBe(200);
    expect(disabled.json().disabledAt).toBeTruthy();
    const session = (headers: Record<string, string>) =>
      t.app.inject({ method: 'GET', url: '/api/v1/auth/session', headers });
    expect((await session(withSession(cookies))).statusCode).toBe(401);
    expect((await session({ authorization: `Bearer ${token}` })).statusCode).toBe(401);
    expect((await login(t.app, 'vu.f', 'mat-khau-tam-thoi')).json().code).toBe('ACCOUNT_DISABLED');
    expect(await auditActions(db(), id)).toContain('identity.official.disabled');
    const self = await call(
      { method: 'POST', url: `/api/v1/officials/${adminId}/disable` },
      withSession(admin),
    );
    expect(self.statusCode).toBe(409);
    const enabled = await call({ method: 'POST', url: `/api/v1/officials/${id}/enable` }, withSession(admin));
    expect(enabled.json().disabledAt).toBeNull();
    expect((await login(t.app, 'vu.f', 'mat-khau-tam-thoi')).statusCode).toBe(200);
    // The API token revoked on disabling stays revoked.
    expect((await session({ authorization: `Bearer ${token}` })).statusCode).toBe(401);
    expect(await auditActions(db(), id)).toContain('identity.official.enabled');
  });

  it('revokes all sessions of another official (session.revoke)', async () => {
    const id = (await createOfficial('dang.g')).json().id as string;
    const a = await login(t.app, 'dang.g', 'mat-khau-tam-thoi');
    await login(t.app, 'dang.g', 'mat-khau-tam-thoi');
    const res = await call(
      { method: 'POST', url: `/api/v1/officials/${id}/revoke-sessions` },
      withSession(admin),
    );
    expect(res.json()).toEqual({ revoked: 2 });
    const cookie = { cookie: `lt_session=${a.cookies.find((c) => c.name === 'lt_session')?.value}` };
    expect(
      (await t.app.inject({ method: 'GET', url: '/api/v1/auth/session', headers: cookie })).statusCode,
    ).toBe(401);
    expect(await auditActions(db(), id)).toContain('identity.sessions.revoked');
  });
});
