import { ROLE_PERMISSIONS } from '@lienthong/contracts';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/test-app.ts';
import {
  addOfficial,
  auditActions,
  cookiesOf,
  login,
  nextAddress,
  PASSWORD,
  signIn,
  TEST_ENV,
  withSession,
} from './identity.fixtures.ts';
import { officials } from './identity.schema.ts';
import { totpAt } from './totp.ts';

const SPECIALIST_PERMISSIONS = [...ROLE_PERMISSIONS.specialist].sort();

let t: TestApp;
let clock = new Date('2026-11-23T03:00:00Z');
const now = () => clock;
const advance = (ms: number) => {
  clock = new Date(clock.getTime() + ms);
};
const MINUTE = 60_000;

beforeAll(async () => {
  t = await createTestApp(TEST_ENV, { clock: now });
});
afterAll(() => t.close());

const db = () => t.db.database.db;
const session = (headers: Record<string, string> = {}) =>
  t.app.inject({ method: 'GET', url: '/api/v1/auth/session', headers });

describe('POST /api/v1/auth/login', () => {
  it('signs in with a session cookie (HttpOnly, SameSite=Lax) and a readable CSRF cookie', async () => {
    const official = await addOfficial(db(), 'chuyenvien.a', { roles: ['specialist'] });
    const res = await login(t.app, 'ChuyenVien.A');
    expect(res.statusCode).toBe(200);
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.json()).toEqual({
      status: 'ok',
      user: {
        id: official.id,
        kind: 'official',
        displayName: 'Cán bộ chuyenvien.a',
        roles: ['specialist'],
        permissions: SPECIALIST_PERMISSIONS,
      },
    });
    const sessionCookie = res.cookies.find((c) => c.name === 'lt_session');
    const csrfCookie = res.cookies.find((c) => c.name === 'lt_csrf');
    expect(sessionCookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
    expect(sessionCookie?.secure).toBeFalsy();
    expect(sessionCookie?.value).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(csrfCookie?.httpOnly).toBeFalsy();
    const me = await session(withSession(cookiesOf(res)));
    expect(me.statusCode).toBe(200);
    expect(me.json().user.id).toBe(official.id);
    expect(await auditActions(db(), official.id)).toContain('identity.login.succeeded');
  });

  it('answers the same generic 401 for an unknown user and a wrong password', async () => {
    await addOfficial(db(), 'vanthu.b', { roles: ['clerk'] });
    const unknown = await login(t.app, 'khong-ton-tai');
    const wrong = await login(t.app, 'vanthu.b', 'sai-mat-khau-roi');
    for (const res of [unknown, wrong]) {
      expect(res.statusCode).toBe(401);
      expect(res.json()).toMatchObject({
        code: 'INVALID_CREDENTIALS',
        detail: 'Tên đăng nhập hoặc mật khẩu không đúng.',
      });
      expect(res.cookies).toEqual([]);
    }
  });

  it('400 with field paths', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { username: '' },
      remoteAddress: nextAddress(),
    });
    expect(res.statusCode).toBe(400);
    expect(
      res
        .json()
        .errors.map((e: { path: string }) => e.path)
        .sort(),
    ).toEqual(['body.password', 'body.username']);
  });

  it('locks after 5 failures for 1 minute, doubling, and unlocks when the time has passed', async () => {
    const official = await addOfficial(db(), 'motcua.c', { roles: ['one_stop_officer'] });
    for (let i = 1; i <= 4; i++)
      expect((await login(t.app, 'motcua.c', 'sai-mat-khau')).statusCode).toBe(401);
    const fifth = await login(t.app, 'motcua.c', 'sai-mat-khau');
    expect(fifth.statusCode).toBe(423);
    expect(fifth.headers['retry-after']).toBe('60');
    // 03:00 UTC + 1 minute = 10:01 in Việt Nam.
    expect(fifth.json()).toMatchObject({
      code: 'ACCOUNT_LOCKED',
      detail: 'Tài khoản tạm thời bị khóa do nhập sai nhiều lần. Vui lòng thử lại sau 10:01 ngày 23/11/2026.',
    });
    // Even the right password waits.
    expect((await login(t.app, 'motcua.c')).statusCode).toBe(423);
    advance(61_000);
    const sixth = await login(t.app, 'motcua.c', 'sai-mat-khau');
    expect(sixth.statusCode).toBe(423);
    expect(sixth.headers['retry-after']).toBe('120');
    advance(2 * MINUTE + 1000);
    expect((await login(t.app, 'motcua.c')).statusCode).toBe(200);
    // A success resets the count: one more failure is an ordinary 401.
    expect((await login(t.app, 'motcua.c', 'sai-mat-khau')).statusCode).toBe(401);
    const actions = await auditActions(db(), official.id);
    expect(actions.filter((a) => a === 'identity.login.failed')).toHaveLength(7);
  });

  it('refuses a disabled account', async () => {
    const official = await addOfficial(db(), 'nghiviec.d', { roles: ['specialist'] });
    await db().update(officials).set({ disabledAt: clock }).where(eq(officials.id, official.id));
    const res = await login(t.app, 'nghiviec.d');
    expect(res.statusCode).toBe(403);
    expect(res.json().code).toBe('ACCOUNT_DISABLED');
  });

  it('limits sign-in attempts per client address more strictly than the API', async () => {
    const address = nextAddress();
    const codes: number[] = [];
    for (let i = 0; i < 11; i++) codes.push((await login(t.app, 'khong-ai', 'x', address)).statusCode);
    expect(codes.slice(0, 10).every((c) => c === 401)).toBe(true);
    expect(codes[10]).toBe(429);
  });
});

describe('sessions', () => {
  it('refuses a change without the CSRF header, or with a wrong one', async () => {
    const official = await addOfficial(db(), 'csrf.e', { roles: ['specialist'] });
    const cookies = await signIn(t.app, official, now);
    const post = (headers: Record<string, string>) =>
      t.app.inject({ method: 'POST', url: '/api/v1/auth/tokens', headers, payload: { name: 'thử' } });
    const missing = await post(withSession(cookies, false));
    expect(missing.statusCode).toBe(403);
    expect(missing.json().code).toBe('CSRF_FAILED');
    expect((await post({ ...withSession(cookies, false), 'x-csrf-token': 'gia-mao' })).statusCode).toBe(403);
    expect((await post(withSession(cookies))).statusCode).toBe(201);
    // Reads need no CSRF header.
    expect((await session(withSession(cookies, false))).statusCode).toBe(200);
  });

  it('expires after 30 idle minutes', async () => {
    const official = await addOfficial(db(), 'idle.f', { roles: ['specialist'] });
    const cookies = await signIn(t.app, official, now);
    advance(29 * MINUTE);
    expect((await session(withSession(cookies))).statusCode).toBe(200);
    advance(29 * MINUTE);
    expect((await session(withSession(cookies))).statusCode).toBe(200);
    advance(31 * MINUTE);
    expect((await session(withSession(cookies))).statusCode).toBe(401);
  });

  it('expires 12 hours after sign-in however active', async () => {
    const official = await addOfficial(db(), 'absolute.g', { roles: ['specialist'] });
    const cookies = await signIn(t.app, official, now);
    for (let i = 0; i < 35; i++) {
      advance(20 * MINUTE);
      expect((await session(withSession(cookies))).statusCode, `after ${(i + 1) * 20} min`).toBe(200);
    }
    advance(20 * MINUTE + 1000);
    expect((await session(withSession(cookies))).statusCode).toBe(401);
  });

  it('signs out: the session ends and the cookies are cleared', async () => {
    const official = await addOfficial(db(), 'logout.h', { roles: ['specialist'] });
    const cookies = await signIn(t.app, official, now);
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/logout',
      headers: withSession(cookies),
    });
    expect(res.statusCode).toBe(204);
    expect(res.cookies.find((c) => c.name === 'lt_session')?.value).toBe('');
    expect((await session(withSession(cookies))).statusCode).toBe(401);
    expect(await auditActions(db(), official.id)).toContain('identity.login.succeeded');
    // Signing out without a session is harmless.
    expect((await t.app.inject({ method: 'POST', url: '/api/v1/auth/logout' })).statusCode).toBe(204);
  });

  it('lists and ends own sessions only', async () => {
    const official = await addOfficial(db(), 'sessions.i', { roles: ['specialist'] });
    const other = await addOfficial(db(), 'sessions.j', { roles: ['specialist'] });
    const first = await signIn(t.app, official, now);
    const second = await signIn(t.app, official, now);
    const theirs = await signIn(t.app, other, now);
    const list = await t.app.inject({
      method: 'GET',
      url: '/api/v1/auth/sessions',
      headers: withSession(first),
    });
    expect(list.statusCode).toBe(200);
    const items = list.json().items as { id: string; current: boolean }[];
    expect(items).toHaveLength(2);
    expect(items.filter((s) => s.current)).toHaveLength(1);
    const secondId = items.find((s) => !s.current)?.id;
    const theirId = (
      await t.app.inject({ method: 'GET', url: '/api/v1/auth/sessions', headers: withSession(theirs) })
    ).json().items[0].id;

    const del = (id: string, headers = withSession(first)) =>
      t.app.inject({ method: 'DELETE', url: `/api/v1/auth/sessions/${id}`, headers });
    expect((await del(theirId)).statusCode).toBe(404);
    expect((await del('0190a0b0-0000-7000-8000-000000000000')).statusCode).toBe(404);
    expect((await del('khong-phai-uuid')).json().errors[0].path).toBe('params.id');
    expect((await del(String(secondId), {})).statusCode).toBe(401);
    expect((await del(String(secondId))).statusCode).toBe(204);
    expect((await session(withSession(second))).statusCode).toBe(401);
    expect((await session(withSession(theirs))).statusCode).toBe(200);
    expect(await auditActions(db(), String(secondId))).toEqual(['identity.session.revoked']);
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/auth/sessions' })).statusCode).toBe(401);
  });
});

describe('TOTP second factor', () => {
  it('asks for the code, keeps the pending session powerless, and refuses a replayed code', async () => {
    const official = await addOfficial(db(), 'totp.k', { roles: ['leader'], totp: true });
    const first = await login(t.app, 'totp.k');
    expect(first.json()).toEqual({ status: 'totp_required' });
    const pending = cookiesOf(first);
    expect((await session(withSession(pending))).statusCode).toBe(401);
    const tokens = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/tokens',
      headers: withSession(pending),
      payload: { name: 'x' },
    });
    expect(tokens.statusCode).toBe(401);

    const totp = (cookies: typeof pending, code: string, csrf = true) =>
      t.app.inject({
        method: 'POST',
        url: '/api/v1/auth/totp',
        headers: withSession(cookies, csrf),
        payload: { code },
        remoteAddress: nextAddress(),
      });
    expect((await totp(pending, '12345')).json().errors[0].path).toBe('body.code');
    expect((await totp(pending, totpAt(String(official.totpSecret), clock), false)).statusCode).toBe(403);
    const wrongCode = totpAt(String(official.totpSecret), new Date(clock.getTime() + 10 * MINUTE));
    const wrong = await totp(pending, wrongCode);
    expect(wrong.statusCode).toBe(401);
    expect(wrong.json().code).toBe('INVALID_TOTP_CODE');

    const code = totpAt(String(official.totpSecret), clock);
    const ok = await totp(pending, code);
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toMatchObject({ status: 'ok', user: { id: official.id, roles: ['leader'] } });
    const full = cookiesOf(ok);
    expect(full.session).not.toBe(pending.session);
    expect((await session(withSession(full))).statusCode).toBe(200);
    expect((await session(withSession(pending))).statusCode).toBe(401);

    const again = cookiesOf(await login(t.app, 'totp.k'));
    expect((await totp(again, code)).json().code).toBe('INVALID_TOTP_CODE');
    expect(
      (await t.app.inject({ method: 'POST', url: '/api/v1/auth/totp', payload: { code } })).statusCode,
    ).toBe(401);
  });

  it('makes an administrator enrol before anything else, and stores the secret encrypted', async () => {
    const admin = await addOfficial(db(), 'quantri.l', { roles: ['unit_admin'] });
    const first = await login(t.app, 'quantri.l');
    expect(first.json()).toEqual({ status: 'totp_enrolment_required' });
    const pending = cookiesOf(first);
    expect((await session(withSession(pending))).statusCode).toBe(401);
    const list = await t.app.inject({
      method: 'GET',
      url: '/api/v1/officials',
      headers: withSession(pending),
    });
    expect(list.statusCode).toBe(401);

    const enrol = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/totp/enrol',
      headers: withSession(pending),
    });
    expect(enrol.statusCode).toBe(200);
    const { secret, otpauthUri } = enrol.json();
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(otpauthUri).toBe(
      `otpauth://totp/Li%C3%AAn%20Th%C3%B4ng:quantri.l?secret=${secret}&issuer=Li%C3%AAn%20Th%C3%B4ng&algorithm=SHA1&digits=6&period=30`,
    );
    const [row] = await db().select().from(officials).where(eq(officials.id, admin.id));
    expect(row?.totpSecret).toBeTruthy();
    expect(row?.totpSecret).not.toContain(secret);
    expect(row?.totpEnabled).toBe(false);

    const confirm = (code: string) =>
      t.app.inject({
        method: 'POST',
        url: '/api/v1/auth/totp/confirm',
        headers: withSession(pending),
        payload: { code },
        remoteAddress: nextAddress(),
      });
    expect((await confirm('000000')).statusCode).toBe(401);
    const ok = await confirm(totpAt(secret, clock));
    expect(ok.statusCode).toBe(200);
    expect(ok.json().user.permissions).toContain('official.manage');
    const full = cookiesOf(ok);
    expect(
      (await t.app.inject({ method: 'GET', url: '/api/v1/officials', headers: withSession(full) }))
        .statusCode,
    ).toBe(200);
    // Enrolled: the next sign-in asks for the code.
    advance(MINUTE);
    expect((await login(t.app, 'quantri.l')).json()).toEqual({ status: 'totp_required' });
    expect(await auditActions(db(), admin.id)).toEqual(
      expect.arrayContaining(['identity.totp.enrolment_started', 'identity.totp.enabled']),
    );
    // Enrolling again is refused once enabled.
    const reEnrol = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/totp/enrol',
      headers: withSession(full),
    });
    expect(reEnrol.statusCode).toBe(409);
    expect((await t.app.inject({ method: 'POST', url: '/api/v1/auth/totp/enrol' })).statusCode).toBe(401);
  });
});

describe('personal API tokens', () => {
  it('creates a token shown once, authenticates with it without CSRF, lists and revokes it', async () => {
    const official = await addOfficial(db(), 'script.m', { roles: ['specialist'] });
    const other = await addOfficial(db(), 'script.n', { roles: ['specialist'] });
    const cookies = await signIn(t.app, official, now);
    const created = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/tokens',
      headers: withSession(cookies),
      payload: { name: 'Báo cáo hằng tuần', expiresInDays: 30 },
    });
    expect(created.statusCode).toBe(201);
    const { token, id } = created.json();
    expect(token).toMatch(/^lt_[A-Za-z0-9_-]{43}$/);
    const bearer = { authorization: `Bearer ${token}` };
    expect((await session(bearer)).json().user.id).toBe(official.id);
    // A bearer request needs no CSRF header.
    const second = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/tokens',
      headers: bearer,
      payload: { name: 'b' },
    });
    expect(second.statusCode).toBe(201);
    const list = await t.app.inject({ method: 'GET', url: '/api/v1/auth/tokens', headers: bearer });
    expect(
      list
        .json()
        .items.map((i: { name: string }) => i.name)
        .sort(),
    ).toEqual(['Báo cáo hằng tuần', 'b']);
    expect(list.body).not.toContain(token);

    const theirs = await signIn(t.app, other, now);
    const steal = await t.app.inject({
      method: 'DELETE',
      url: `/api/v1/auth/tokens/${id}`,
      headers: withSession(theirs),
    });
    expect(steal.statusCode).toBe(404);
    expect((await t.app.inject({ method: 'DELETE', url: `/api/v1/auth/tokens/${id}` })).statusCode).toBe(401);
    expect(
      (
        await t.app.inject({
          method: 'POST',
          url: '/api/v1/auth/tokens',
          headers: bearer,
          payload: { name: '' },
        })
      ).json().errors[0].path,
    ).toBe('body.name');
    const revoke = await t.app.inject({
      method: 'DELETE',
      url: `/api/v1/auth/tokens/${id}`,
      headers: withSession(cookies),
    });
    expect(revoke.statusCode).toBe(204);
    expect((await session(bearer)).statusCode).toBe(401);
    expect(await auditActions(db(), id)).toEqual(['identity.token.created', 'identity.token.revoked']);
  });

  it('stops working after its expiry', async () => {
    const official = await addOfficial(db(), 'script.o', { roles: ['specialist'] });
    const cookies = await signIn(t.app, official, now);
    const { token } = (
      await t.app.inject({
        method: 'POST',
        url: '/api/v1/auth/tokens',
        headers: withSession(cookies),
        payload: { name: 'ngắn hạn', expiresInDays: 1 },
      })
    ).json();
    expect((await session({ authorization: `Bearer ${token}` })).statusCode).toBe(200);
    advance(24 * 60 * MINUTE + 1000);
    expect((await session({ authorization: `Bearer ${token}` })).statusCode).toBe(401);
    expect((await session({ authorization: 'Bearer lt_khong-co-that' })).statusCode).toBe(401);
  });
});

describe('POST /api/v1/auth/password', () => {
  it('changes the password, ends the other sessions and checks the rules', async () => {
    const official = await addOfficial(db(), 'doimatkhau.p', { roles: ['specialist'] });
    const mine = await signIn(t.app, official, now);
    const elsewhere = await signIn(t.app, official, now);
    const change = (payload: object, headers = withSession(mine)) =>
      t.app.inject({
        method: 'POST',
        url: '/api/v1/auth/password',
        headers,
        payload,
        remoteAddress: nextAddress(),
      });
    expect(
      (await change({ currentPassword: PASSWORD, newPassword: 'mot-mat-khau-moi' }, {})).statusCode,
    ).toBe(401);
    expect((await change({ currentPassword: 'sai', newPassword: 'mot-mat-khau-moi' })).json().errors).toEqual(
      [{ path: 'body.currentPassword', message: 'Mật khẩu hiện tại không đúng' }],
    );
    expect((await change({ currentPassword: PASSWORD, newPassword: 'ngan' })).json().errors[0].path).toBe(
      'body.newPassword',
    );
    expect((await change({ currentPassword: PASSWORD, newPassword: 'DoiMatKhau.P' })).json().errors).toEqual([
      { path: 'body.newPassword', message: 'Mật khẩu không được trùng với tên đăng nhập' },
    ]);
    expect((await change({ currentPassword: PASSWORD, newPassword: 'mot-mat-khau-moi' })).statusCode).toBe(
      204,
    );
    expect((await session(withSession(mine))).statusCode).toBe(200);
    expect((await session(withSession(elsewhere))).statusCode).toBe(401);
    expect((await login(t.app, 'doimatkhau.p')).statusCode).toBe(401);
    expect((await login(t.app, 'doimatkhau.p', 'mot-mat-khau-moi')).statusCode).toBe(200);
    expect(await auditActions(db(), official.id)).toContain('identity.password.changed');
  });

  it('with a temporary password, no permission applies until the official has chosen a new one', async () => {
    const official = await addOfficial(db(), 'tamthoi.r', { roles: ['specialist'] });
    await db().update(officials).set({ mustChangePassword: true }).where(eq(officials.id, official.id));
    const cookies = await signIn(t.app, official, now);
    expect((await session(withSession(cookies))).json().user.permissions).toEqual([]);
    const change = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/password',
      headers: withSession(cookies),
      payload: { currentPassword: PASSWORD, newPassword: 'mat-khau-cua-toi' },
      remoteAddress: nextAddress(),
    });
    expect(change.statusCode).toBe(204);
    expect((await session(withSession(cookies))).json().user.permissions).toEqual(SPECIALIST_PERMISSIONS);
  });
});

describe('deployment settings', () => {
  it('marks the cookies Secure when the public address is https', async () => {
    const https = await createTestApp(
      { ...TEST_ENV, PUBLIC_URL: 'https://lienthong.example.vn' },
      { clock: now },
    );
    try {
      await addOfficial(https.db.database.db, 'https.q', { roles: ['specialist'] });
      const res = await login(https.app, 'https.q');
      expect(res.cookies.find((c) => c.name === 'lt_session')?.secure).toBe(true);
      expect(res.cookies.find((c) => c.name === 'lt_csrf')?.secure).toBe(true);
    } finally {
      await https.close();
    }
  });

  it('documents the sign-in endpoints in OpenAPI', async () => {
    const doc = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
    for (const path of [
      '/api/v1/auth/login',
      '/api/v1/auth/totp',
      '/api/v1/auth/tokens',
      '/api/v1/officials/{id}/grants',
    ]) {
      expect(doc.paths[path], path).toBeDefined();
    }
  });
});
