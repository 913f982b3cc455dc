import { PERMISSIONS, type Permission } from '@lienthong/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RouteAuthorization } from '../src/app.ts';
import { bearer, createTestApp, type TestApp } from './test-app.ts';

/**
 * The authorization matrix: every /api/v1 endpoint, as registered (so a new endpoint is covered
 * the day it is added), answers 401 to an anonymous caller and 403 to a caller holding every
 * permission but the one it needs, before its input is even validated. Public endpoints are
 * listed here on purpose. Out-of-scope records (404) are tested by each module.
 */

const UNKNOWN_ID = '0190a0b0-0000-7000-8000-000000000000';
const ALL = Object.keys(PERMISSIONS) as Permission[];

/** Endpoints anyone may call, each with the reason. A new public endpoint must be added here. */
const PUBLIC: Record<string, string> = {
  'GET /api/v1/system/status': 'trạng thái hệ thống',
  'GET /api/v1/calendar/years/:year': 'lịch nghỉ lễ công bố',
  'GET /api/v1/calendar/years/:year/decisions': 'quyết định nghỉ lễ công bố',
  'POST /api/v1/calendar/deadline': 'tính hạn công khai',
  'GET /api/v1/org/units': 'cơ cấu tổ chức công khai',
  'GET /api/v1/org/units/:id': 'cơ cấu tổ chức công khai',
  'GET /api/v1/org/units/:id/history': 'cơ cấu tổ chức công khai',
  'GET /api/v1/org/units/:id/subtree-count': 'cơ cấu tổ chức công khai',
  'GET /api/v1/org/restructures': 'cơ cấu tổ chức công khai',
  'GET /api/v1/auth/session': 'phiên hiện tại (null khi chưa đăng nhập)',
  'POST /api/v1/auth/login': 'đăng nhập',
  'POST /api/v1/auth/totp': 'bước xác thực hai lớp (phiên chờ)',
  'POST /api/v1/auth/totp/enrol': 'đăng ký TOTP (phiên chờ)',
  'POST /api/v1/auth/totp/confirm': 'xác nhận TOTP (phiên chờ)',
  'POST /api/v1/auth/logout': 'đăng xuất',
  'GET /api/v1/auth/citizen': 'công dân: cổng có cho đăng nhập bằng định danh điện tử không',
  'GET /api/v1/auth/citizen/login': 'công dân: bắt đầu đăng nhập bằng định danh điện tử',
  'GET /api/v1/auth/citizen/callback': 'công dân: hệ thống định danh trả về',
  'POST /api/v1/signatures/verify': 'xác thực văn bản điện tử (cổng công khai)',
  'GET /api/v1/signatures/verify/:code': 'xác thực văn bản theo mã QR',
  'POST /api/v1/payments/callback/:provider': 'tổ chức thanh toán báo kết quả (có chữ ký của tổ chức)',
  'GET /api/v1/payments/simulator/:id': 'trang thanh toán mô phỏng (chỉ khi PAYMENT_PROVIDER=simulator)',
  'POST /api/v1/payments/simulator/:id/complete':
    'trang thanh toán mô phỏng (chỉ khi PAYMENT_PROVIDER=simulator)',
  'GET /api/v1/procedures': 'danh mục thủ tục hành chính công khai',
  'GET /api/v1/procedures/:id': 'thủ tục hành chính công khai',
  'GET /api/v1/procedures/:id/versions': 'các phiên bản thủ tục công khai',
  'GET /api/v1/procedure-versions/:versionId': 'phiên bản thủ tục (hồ sơ được tiếp nhận theo)',
  'GET /api/v1/tracking': 'tra cứu hồ sơ bằng mã hồ sơ và mã tra cứu in trên giấy tiếp nhận',
};

/**
 * Public routes that check a credential of their own and answer 401 without it: the session
 * ("nobody is signed in") and the second-factor steps (a session waiting for its TOTP code).
 */
const CHECKS_ITS_OWN_CREDENTIALS = new Set([
  'GET /api/v1/auth/session',
  'POST /api/v1/auth/totp',
  'POST /api/v1/auth/totp/enrol',
  'POST /api/v1/auth/totp/confirm',
]);

let t: TestApp;
let routes: readonly RouteAuthorization[];
beforeAll(async () => {
  t = await createTestApp();
  routes = t.app.authorizationRules;
});
afterAll(() => t.close());

const keyOf = (route: RouteAuthorization) => `${route.method} ${route.url}`;

function call(route: RouteAuthorization, headers: Record<string, string> = {}) {
  const url = route.url.replace(/:(\w+)/g, (_, name: string) => (name === 'year' ? '2026' : UNKNOWN_ID));
  const hasBody = route.method !== 'GET' && route.method !== 'DELETE';
  return t.app.inject({
    method: route.method as 'GET',
    url,
    headers,
    ...(hasBody ? { payload: {} } : {}),
  });
}

describe('authorization matrix', () => {
  it('knows every endpoint', () => {
    expect(routes.length).toBeGreaterThan(30);
  });

  it('every non-public endpoint answers 401 to an anonymous caller', async () => {
    const failures: string[] = [];
    for (const route of routes) {
      if (route.rule.kind === 'public') continue;
      const res = await call(route);
      if (res.statusCode !== 401 || res.json().code !== 'UNAUTHENTICATED') {
        failures.push(`${keyOf(route)} → ${res.statusCode}`);
      }
    }
    expect(failures).toEqual([]);
  });

  it('every permission endpoint answers 403 without its permission, even holding all the others', async () => {
    const failures: string[] = [];
    for (const route of routes) {
      if (route.rule.kind !== 'permission') continue;
      const needed = route.rule.anyOf;
      const others = ALL.filter((permission) => !needed.includes(permission));
      const res = await call(route, bearer('khong-du-quyen', others));
      if (res.statusCode !== 403 || res.json().code !== 'FORBIDDEN') {
        failures.push(`${keyOf(route)} → ${res.statusCode}`);
      }
    }
    expect(failures).toEqual([]);
  });

  it('endpoints for one kind of user refuse the others with 403', async () => {
    const failures: string[] = [];
    for (const route of routes) {
      if (route.rule.kind !== 'signed-in' || !route.rule.actorKinds) continue;
      if (route.rule.actorKinds.includes('official')) continue;
      // The test credentials are an official's; routes for citizens only must refuse them.
      const res = await call(route, bearer('can-bo', ALL));
      if (res.statusCode !== 403) failures.push(`${keyOf(route)} → ${res.statusCode}`);
    }
    expect(failures).toEqual([]);
  });

  it('public endpoints are exactly the listed ones, and answer without credentials', async () => {
    const publicRoutes = routes.filter((route) => route.rule.kind === 'public');
    expect(publicRoutes.map(keyOf).sort()).toEqual(Object.keys(PUBLIC).sort());
    for (const route of publicRoutes.filter((r) => !CHECKS_ITS_OWN_CREDENTIALS.has(keyOf(r)))) {
      expect([401, 403], keyOf(route)).not.toContain((await call(route)).statusCode);
    }
  });
});
