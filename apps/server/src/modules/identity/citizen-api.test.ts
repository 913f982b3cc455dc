import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer, createTestApp, type TestApp } from '../../../test/test-app.ts';
import { type RunningIdSimulator, SIMULATED_CITIZENS } from '../../simulators/national-id/index.ts';
import { eidEnv, signInCitizen, startTestSimulator } from './citizen.fixtures.ts';
import { addOfficial, type Cookies, signIn, TEST_ENV, withSession } from './identity.fixtures.ts';

/**
 * Citizens' records: the own record and "who accessed my data" for the citizen, the purpose-bound
 * lookup for officials, and who may call what.
 */

let simulator: RunningIdSimulator;
let t: TestApp;
const db = () => t.db.database.db;
const [an, ngoc] = SIMULATED_CITIZENS;
if (!an || !ngoc) throw new Error('seeded citizens missing');
let citizenA: Cookies;
let citizenB: Cookies;
let officer: Cookies;
let unitId = '';

const get = (url: string, headers: Record<string, string> = {}) =>
  t.app.inject({ method: 'GET', url, headers });
const lookupUrl = (personalId: string, purpose = 'dossier.processing') =>
  `/api/v1/citizens/lookup?personalId=${personalId}&purpose=${purpose}`;

async function createUnit(body: Record<string, unknown>): Promise<string> {
  const res = await t.app.inject({
    method: 'POST',
    url: '/api/v1/org/units',
    headers: bearer('to-chuc', ['org.manage']),
    payload: { block: 'government', validFrom: '2025-01-01', ...body },
  });
  if (res.statusCode !== 201) throw new Error(res.body);
  return res.json().id;
}

beforeAll(async () => {
  simulator = await startTestSimulator();
  t = await createTestApp({ ...TEST_ENV, ...eidEnv(simulator) });
  const city = await createUnit({
    name: 'Thành phố Thử nghiệm',
    code: '93',
    unitType: 'municipality',
    level: 'city',
    parentId: null,
  });
  unitId = await createUnit({
    name: 'Ủy ban nhân dân phường Ba Đình',
    unitType: 'ward',
    level: 'commune',
    parentId: city,
  });
  const official = await addOfficial(db(), 'motcua.badinh', { roles: ['one_stop_officer'], unitId });
  officer = await signIn(t.app, official, () => new Date());
  citizenA = await signInCitizen(t.app, an.personalId);
  citizenB = await signInCitizen(t.app, ngoc.personalId);
});
afterAll(async () => {
  await t?.close();
  await simulator?.close();
});

describe('who may call what', () => {
  const citizenOnly = ['/api/v1/me/citizen', '/api/v1/me/citizen/access-log'];

  it('own-record endpoints: 401 anonymous, 403 for officials, 200 for the citizen', async () => {
    for (const url of citizenOnly) {
      expect((await get(url)).statusCode).toBe(401);
      expect((await get(url, bearer('can-bo', ['citizen.lookup', 'audit.read']))).statusCode).toBe(403);
      expect((await get(url, withSession(officer))).statusCode).toBe(403);
      expect((await get(url, withSession(citizenA))).statusCode).toBe(200);
    }
  });

  it('lookup: 401 anonymous, 403 without citizen.lookup and for citizens, 404 unknown, 400 without purpose', async () => {
    expect((await get(lookupUrl(an.personalId))).statusCode).toBe(401);
    expect((await get(lookupUrl(an.personalId), bearer('chuyen-vien', ['file.read']))).statusCode).toBe(403);
    expect((await get(lookupUrl(an.personalId), withSession(citizenA))).statusCode).toBe(403);
    const unknown = await get(lookupUrl('001099000001'), bearer('tra-cuu', ['citizen.lookup']));
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().detail).toBe('Không tìm thấy công dân có số định danh cá nhân này.');
    const noPurpose = await get(
      `/api/v1/citizens/lookup?personalId=${an.personalId}`,
      bearer('tra-cuu', ['citizen.lookup']),
    );
    expect(noPurpose.statusCode).toBe(400);
    expect(noPurpose.json().errors.map((e: { path: string }) => e.path)).toEqual(['query.purpose']);
    // An official never reads "as the citizen".
    const selfView = await get(lookupUrl(an.personalId, 'self.view'), bearer('tra-cuu', ['citizen.lookup']));
    expect(selfView.statusCode).toBe(400);
    const malformed = await get(lookupUrl('12345'), bearer('tra-cuu', ['citizen.lookup']));
    expect(malformed.statusCode).toBe(400);
  });

  it('the one-stop officer and the leader hold citizen.lookup; a specialist does not', async () => {
    const leader = await signIn(
      t.app,
      await addOfficial(db(), 'lanhdao.badinh', { roles: ['leader'], unitId }),
      () => new Date(),
    );
    const specialist = await signIn(
      t.app,
      await addOfficial(db(), 'chuyenvien.badinh', { roles: ['specialist'], unitId }),
      () => new Date(),
    );
    expect((await get(lookupUrl(ngoc.personalId, 'citizen.support'), withSession(leader))).statusCode).toBe(
      200,
    );
    expect((await get(lookupUrl(ngoc.personalId), withSession(specialist))).statusCode).toBe(403);
  });
});

describe('GET /api/v1/citizens/lookup', () => {
  it('returns the record and records the read with its purpose', async () => {
    const res = await get(lookupUrl(an.personalId, 'identity.verification'), withSession(officer));
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      personalId: an.personalId,
      fullName: 'Nguyễn Văn An',
      sexLabel: 'Nam',
    });
  });
});

describe('GET /api/v1/me/citizen/access-log', () => {
  it('shows who else read my data, when, from which unit, why; newest first', async () => {
    await get(lookupUrl(an.personalId, 'dossier.processing'), withSession(officer));
    const res = await get('/api/v1/me/citizen/access-log', withSession(citizenA));
    expect(res.statusCode).toBe(200);
    const page = res.json();
    expect(page.total).toBeGreaterThanOrEqual(2);
    expect(page.items[0]).toMatchObject({
      actorKind: 'official',
      actorName: 'Cán bộ motcua.badinh',
      self: false,
      unitName: 'Ủy ban nhân dân phường Ba Đình',
      action: 'identity.citizen.looked-up',
      actionLabel: 'Tra cứu thông tin nhân thân',
      purpose: 'dossier.processing',
      purposeLabel: 'Giải quyết hồ sơ thủ tục hành chính',
    });
    expect(page.items.map((item: { purpose: string }) => item.purpose)).toContain('identity.verification');
    // By default, nothing the citizen did themself.
    expect(page.items.every((item: { self: boolean }) => !item.self)).toBe(true);
    const ids = page.items.map((item: { id: number }) => item.id);
    expect([...ids].sort((a, b) => b - a)).toEqual(ids);
  });

  it("lists the citizen's own sign-ins and views with includeOwn=true", async () => {
    await get('/api/v1/me/citizen', withSession(citizenA));
    const res = await get('/api/v1/me/citizen/access-log?includeOwn=true&limit=100', withSession(citizenA));
    const own = res.json().items.filter((item: { self: boolean }) => item.self);
    expect(own.map((item: { actionLabel: string }) => item.actionLabel)).toEqual(
      expect.arrayContaining(['Đăng nhập bằng định danh điện tử', 'Xem thông tin nhân thân']),
    );
    expect(own[0]).toMatchObject({ actorName: 'Bạn', actorKind: 'citizen' });
    const viewed = own.find((item: { action: string }) => item.action === 'identity.citizen.viewed');
    expect(viewed).toMatchObject({ purpose: 'self.view', purposeLabel: 'Công dân tự xem' });
  });

  it('shows only entries about the signed-in citizen', async () => {
    const a = await get('/api/v1/me/citizen', withSession(citizenA));
    const b = await get('/api/v1/me/citizen', withSession(citizenB));
    const logB = (
      await get('/api/v1/me/citizen/access-log?includeOwn=true&limit=100', withSession(citizenB))
    ).json();
    expect(a.json().id).not.toBe(b.json().id);
    // B was looked up once (by the leader), never by the officer who read A.
    expect(logB.items.filter((item: { self: boolean }) => !item.self)).toEqual([
      expect.objectContaining({ actorName: 'Cán bộ lanhdao.badinh', purpose: 'citizen.support' }),
    ]);
  });

  it('pages with limit and offset; 400 on bad paging', async () => {
    const first = (
      await get('/api/v1/me/citizen/access-log?includeOwn=true&limit=1', withSession(citizenA))
    ).json();
    const second = (
      await get('/api/v1/me/citizen/access-log?includeOwn=true&limit=1&offset=1', withSession(citizenA))
    ).json();
    expect(first.items).toHaveLength(1);
    expect(second.items).toHaveLength(1);
    expect(second.items[0].id).toBeLessThan(first.items[0].id);
    expect(second.total).toBe(first.total);
    expect((await get('/api/v1/me/citizen/access-log?limit=0', withSession(citizenA))).statusCode).toBe(400);
  });
});
