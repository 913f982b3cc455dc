import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer, createTestApp, type TestApp } from '../../../test/test-app.ts';
import { addOfficial, type Cookies, signIn, TEST_ENV, withSession } from './identity.fixtures.ts';

/**
 * Unit scopes: a unit administrator manages the officials of their unit and below, grants roles
 * only within that reach, and never learns that officials elsewhere exist (404, not 403).
 */

let t: TestApp;
let clock = new Date('2026-11-23T03:00:00Z');
const now = () => clock;
const db = () => t.db.database.db;
const units = { city: '', communeA: '', communeB: '', department: '' };
const people = { unitAdmin: '', inA: '', inB: '', atCity: '', cityGranter: '' };
let admin: Cookies;
let unitAdmin: Cookies;
let cityGranter: Cookies;

async function createUnit(body: Record<string, unknown>): Promise<string> {
  const res = await t.app.inject({
    method: 'POST',
    url: '/api/v1/org/units',
    headers: bearer('to-chuc', ['org.manage']),
    payload: { block: 'government', validFrom: '2025-01-01', ...body },
  });
  if (res.statusCode !== 201) throw new Error(`${res.statusCode} ${res.body}`);
  return res.json().id;
}

beforeAll(async () => {
  t = await createTestApp(TEST_ENV, { clock: now });
  units.city = await createUnit({
    name: 'Thành phố Phạm vi',
    code: '92',
    unitType: 'municipality',
    level: 'city',
    parentId: null,
  });
  const commune = (name: string) =>
    createUnit({ name, unitType: 'ward', level: 'commune', parentId: units.city });
  units.communeA = await commune('Phường An Phú');
  units.communeB = await commune('Phường Bình Minh');
  units.department = await createUnit({
    name: 'Sở Thử nghiệm',
    unitType: 'department',
    level: null,
    parentId: units.city,
  });
  const root = await addOfficial(db(), 'scope.root', { roles: ['system_admin'], totp: true });
  admin = await signIn(t.app, root, now);
  const ua = await addOfficial(db(), 'scope.ua', {
    roles: ['unit_admin'],
    totp: true,
    unitId: units.communeA,
    scope: 'subtree',
  });
  people.unitAdmin = ua.id;
  unitAdmin = await signIn(t.app, ua, now);
  const granter = await addOfficial(db(), 'scope.city', {
    roles: ['unit_admin'],
    totp: true,
    unitId: units.city,
    scope: 'unit',
  });
  people.cityGranter = granter.id;
  cityGranter = await signIn(t.app, granter, now);
  people.inA = (await addOfficial(db(), 'scope.a', { roles: ['specialist'], unitId: units.communeA })).id;
  people.inB = (await addOfficial(db(), 'scope.b', { roles: ['specialist'], unitId: units.communeB })).id;
  people.atCity = (await addOfficial(db(), 'scope.tp', { roles: ['leader'], unitId: units.city })).id;
});
afterAll(() => t.close());

const get = (url: string, c: Cookies) => t.app.inject({ method: 'GET', url, headers: withSession(c) });
const send = (method: 'POST' | 'PATCH', url: string, payload: object, c: Cookies) =>
  t.app.inject({ method, url, payload, headers: withSession(c) });
const usernames = (res: { json(): { items: { username: string }[] } }) =>
  res
    .json()
    .items.map((o) => o.username)
    .filter((u) => u.startsWith('scope.'))
    .sort();

describe('scoped administration of officials', () => {
  it('lists only the officials within the administrator scope, filtered in SQL', async () => {
    expect(usernames(await get('/api/v1/officials?limit=100', unitAdmin))).toEqual(['scope.a', 'scope.ua']);
    expect(usernames(await get('/api/v1/officials?limit=100', cityGranter))).toEqual([
      'scope.city',
      'scope.tp',
    ]);
    const all = await get(`/api/v1/officials?limit=100&orgUnitId=${units.city}`, admin);
    expect(usernames(all)).toEqual(['scope.a', 'scope.b', 'scope.city', 'scope.tp', 'scope.ua']);
    expect(all.json().total).toBe(5);
    const oneCommune = await get(`/api/v1/officials?orgUnitId=${units.communeA}`, admin);
    expect(usernames(oneCommune)).toEqual(['scope.a', 'scope.ua']);
    // A filter outside one's scope narrows to nothing rather than widening.
    expect(usernames(await get(`/api/v1/officials?orgUnitId=${units.communeB}`, unitAdmin))).toEqual([]);
    const shown = (await get(`/api/v1/officials/${people.inA}`, unitAdmin)).json();
    expect(shown).toMatchObject({ orgUnitId: units.communeA, orgUnitName: 'Phường An Phú' });
  });

  it('answers 404 for an official of another unit, whatever the endpoint', async () => {
    const other = people.inB;
    const responses = [
      await get(`/api/v1/officials/${other}`, unitAdmin),
      await send('PATCH', `/api/v1/officials/${other}`, { displayName: 'X' }, unitAdmin),
      await send(
        'POST',
        `/api/v1/officials/${other}/reset-password`,
        { temporaryPassword: 'x'.repeat(12) },
        unitAdmin,
      ),
      await send('POST', `/api/v1/officials/${other}/disable`, {}, unitAdmin),
      await send('POST', `/api/v1/officials/${other}/revoke-sessions`, {}, unitAdmin),
      await send(
        'POST',
        `/api/v1/officials/${other}/grants`,
        { role: 'leader', orgUnitId: units.communeA, scope: 'unit', validFrom: '2026-01-01' },
        unitAdmin,
      ),
    ];
    for (const res of responses) {
      expect(res.statusCode, res.body).toBe(404);
      expect(res.json().code).toBe('NOT_FOUND');
    }
  });

  it('places new officials only in units within scope', async () => {
    const create = (username: string, orgUnitId?: string) =>
      send(
        'POST',
        '/api/v1/officials',
        {
          username,
          displayName: 'Nguyễn Văn Mới',
          temporaryPassword: 'mat-khau-tam-thoi',
          ...(orgUnitId ? { orgUnitId } : {}),
        },
        unitAdmin,
      );
    const missing = await create('scope.moi1');
    expect(missing.statusCode).toBe(400);
    expect(missing.json().errors[0]).toMatchObject({ path: 'body.orgUnitId' });
    const elsewhere = await create('scope.moi2', units.communeB);
    expect(elsewhere.statusCode).toBe(403);
    expect(elsewhere.json().detail).toBe('Đơn vị nằm ngoài phạm vi quản lý của bạn.');
    expect((await get('/api/v1/officials?q=scope.moi', admin)).json().total).toBe(0);
    const ok = await create('scope.moi3', units.communeA);
    expect(ok.statusCode).toBe(201);
    expect(ok.json()).toMatchObject({ orgUnitId: units.communeA, orgUnitName: 'Phường An Phú' });
    const moveOut = await send(
      'PATCH',
      `/api/v1/officials/${ok.json().id}`,
      { orgUnitId: units.communeB },
      unitAdmin,
    );
    expect(moveOut.statusCode).toBe(403);
    const moved = await send(
      'PATCH',
      `/api/v1/officials/${ok.json().id}`,
      { orgUnitId: units.communeB },
      admin,
    );
    expect(moved.json()).toMatchObject({ orgUnitName: 'Phường Bình Minh' });
    expect((await get(`/api/v1/officials/${ok.json().id}`, unitAdmin)).statusCode).toBe(404);
  });

  it('grants roles only within the granter reach, never to themselves, and writes nothing when refused', async () => {
    const grant = (c: Cookies, official: string, body: object) =>
      send('POST', `/api/v1/officials/${official}/grants`, { validFrom: '2026-01-01', ...body }, c);
    const refusals: [Cookies, string, object, string][] = [
      [
        unitAdmin,
        people.inA,
        { role: 'leader', orgUnitId: units.communeB, scope: 'unit' },
        'Đơn vị nằm ngoài phạm vi bạn được phân vai trò.',
      ],
      [
        unitAdmin,
        people.inA,
        { role: 'leader', scope: 'unit' },
        'Chỉ quản trị hệ thống được phân vai trò trên toàn hệ thống (không gắn đơn vị).',
      ],
      [
        unitAdmin,
        people.inA,
        { role: 'system_admin', orgUnitId: units.communeA, scope: 'subtree' },
        'Chỉ quản trị hệ thống được phân vai trò Quản trị hệ thống.',
      ],
      [
        unitAdmin,
        people.unitAdmin,
        { role: 'leader', orgUnitId: units.communeA, scope: 'unit' },
        'Không thể tự phân vai trò cho chính mình; đề nghị một quản trị viên khác thực hiện.',
      ],
      [
        cityGranter,
        people.atCity,
        { role: 'leader', orgUnitId: units.city, scope: 'subtree' },
        'Đơn vị và các đơn vị trực thuộc nằm ngoài phạm vi bạn được phân vai trò.',
      ],
      [
        cityGranter,
        people.atCity,
        { role: 'leader', orgUnitId: units.communeA, scope: 'unit' },
        'Đơn vị nằm ngoài phạm vi bạn được phân vai trò.',
      ],
    ];
    for (const [who, official, body, detail] of refusals) {
      const res = await grant(who, official, body);
      expect(res.statusCode, res.body).toBe(403);
      expect(res.json().detail).toBe(detail);
    }
    const before = (await get(`/api/v1/officials/${people.inA}`, admin)).json().grants.length;
    expect(before).toBe(1);
    const added = await grant(unitAdmin, people.inA, {
      role: 'clerk',
      orgUnitId: units.communeA,
      scope: 'subtree',
    });
    expect(added.statusCode).toBe(201);
    expect(added.json()).toMatchObject({ orgUnitName: 'Phường An Phú', scope: 'subtree' });
    const atCity = await grant(cityGranter, people.atCity, {
      role: 'clerk',
      orgUnitId: units.city,
      scope: 'unit',
    });
    expect(atCity.statusCode).toBe(201);
    const badUnit = await grant(admin, people.inA, {
      role: 'clerk',
      orgUnitId: units.department,
      scope: 'unit',
      validFrom: '2024-06-01',
    });
    expect(badUnit.statusCode).toBe(400);
    expect(badUnit.json().errors[0].path).toBe('body.orgUnitId');
    expect((await get(`/api/v1/officials/${people.inA}`, admin)).json().grants.length).toBe(2);
    // Ending needs the same reach: the unit administrator can't end the city-level grant.
    const cityGrant = atCity.json().id;
    const end = await send(
      'POST',
      `/api/v1/officials/${people.atCity}/grants/${cityGrant}/end`,
      { validTo: '2026-12-01' },
      unitAdmin,
    );
    expect(end.statusCode).toBe(404);
  });

  it('the session names the unit the official acts for', async () => {
    const session = (await get('/api/v1/auth/session', unitAdmin)).json();
    expect(session.user).toMatchObject({ orgUnitName: 'Phường An Phú', roles: ['unit_admin'] });
    clock = new Date(clock.getTime() + 1000);
  });
});
