import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DemoLogin, describeLogins, seedDemo } from '../src/seed.ts';
import { bearer, createTestApp, type TestApp } from './test-app.ts';

/** `lienthong seed --demo`: the units' staff, their grants, and what `npm start` prints. */

let t: TestApp;
let logins: DemoLogin[];
const admin = bearer('kiem-tra-du-lieu-mau', ['official.manage']);

async function get(url: string, headers: Record<string, string> = admin) {
  const res = await t.app.inject({ method: 'GET', url, headers });
  if (res.statusCode !== 200) throw new Error(`${url} → ${res.statusCode} ${res.body}`);
  return res.json();
}

async function unitId(name: string): Promise<string> {
  const page = await get(`/api/v1/org/units?q=${encodeURIComponent(name)}&asOf=2025-07-01&limit=5`);
  const unit = page.items.find((u: { name: string }) => u.name === name);
  if (!unit) throw new Error(`no unit ${name}`);
  return unit.id;
}

beforeAll(async () => {
  t = await createTestApp({ SECRET_KEY: Buffer.alloc(32, 7).toString('base64') });
  logins = await seedDemo(t.db.database.db, { config: t.config });
});
afterAll(() => t.close());

describe('demo data', () => {
  it('gives two departments and three communes a leader, a clerk, a specialist and a one-stop officer each', async () => {
    for (const name of [
      'Sở Nội vụ',
      'Sở Khoa học và Công nghệ',
      'Phường Ba Đình',
      'Phường Hoàn Kiếm',
      'Xã Sóc Sơn',
    ]) {
      const id = await unitId(name);
      const page = await get(`/api/v1/officials?orgUnitId=${id}&limit=50`);
      const roles: string[] = [];
      for (const official of page.items) {
        expect(official.orgUnitName).toBe(name);
        const detail = await get(`/api/v1/officials/${official.id}`);
        for (const grant of detail.grants) {
          expect(grant).toMatchObject({ orgUnitId: id, orgUnitName: name });
          roles.push(grant.role);
        }
      }
      const expected = ['clerk', 'leader', 'one_stop_officer', 'specialist'];
      expect(roles.sort()).toEqual(name === 'Phường Ba Đình' ? [...expected, 'unit_admin'].sort() : expected);
    }
  });

  it('is idempotent and prints every account grouped by unit', async () => {
    const again = await seedDemo(t.db.database.db, { config: t.config });
    expect(again).toEqual(logins);
    expect((await get('/api/v1/officials?limit=100')).total).toBe(22);
    const text = describeLogins(logins).join('\n');
    expect(text).toContain('  Phường Ba Đình:\n');
    expect(text).toMatch(/Lãnh đạo\s+badinh\.lanhdao \/ LienThong@2026/);
    expect(text).toMatch(/Quản trị hệ thống\s+quantri \/ LienThong@2026\s+khóa TOTP: /);
  });

  it('an official of a commune signs in acting for that commune', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { username: 'hoankiem.motcua', password: 'LienThong@2026' },
    });
    expect(res.json()).toMatchObject({
      status: 'ok',
      user: { displayName: 'Mai Thị Hương', orgUnitName: 'Phường Hoàn Kiếm', roles: ['one_stop_officer'] },
    });
  });
});
