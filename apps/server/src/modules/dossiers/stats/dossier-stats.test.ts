import type { Permission } from '@lienthong/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer, createTestApp, type TestApp } from '../../../../test/test-app.ts';
import { createProcedure, createUnit, insertDossier, type TestProcedure } from './dossier-stats.fixtures.ts';

let t: TestApp;
const u = {} as Record<'city' | 'district' | 'phuong' | 'xa' | 'so' | 'moi' | 'tinh' | 'xaTinh', string>;
let full: TestProcedure;
let partial: TestProcedure;

const STATS: Permission[] = ['dossier.stats'];
const everywhere = bearer('thong-ke', STATS);
const MARCH = 'from=2025-03-01&to=2025-03-31';
const hour = 3_600_000;

beforeAll(async () => {
  t = await createTestApp();
  u.city = await createUnit(t, 'Thành phố Thử nghiệm', null, 'city');
  u.district = await createUnit(t, 'Quận Một', u.city, 'district');
  u.phuong = await createUnit(t, 'Phường Một', u.city, 'commune');
  u.xa = await createUnit(t, 'Xã Hai', u.district, 'commune');
  u.so = await createUnit(t, 'Sở Tư pháp Thử nghiệm', u.city, 'department');
  u.moi = await createUnit(t, 'Phường Mới', u.city, 'commune');
  u.tinh = await createUnit(t, 'Tỉnh Thử nghiệm', null, 'province');
  u.xaTinh = await createUnit(t, 'Xã Ngoài', u.tinh, 'commune');
  full = await createProcedure(t, {
    code: '1.000001.TEST',
    name: 'Đăng ký khai sinh',
    onlineLevel: 'full',
    complete: true,
  });
  partial = await createProcedure(t, {
    code: '1.000002.TEST',
    name: 'Chứng thực bản sao',
    onlineLevel: 'partial',
    complete: false,
  });

  const phuong = { competentUnitId: u.phuong };
  // A: online, full-process, digitised, paid online, result on time (electronic), rated 5.
  await insertDossier(t, {
    ...phuong,
    procedure: full,
    receivedAt: '2025-03-03T09:00:00+07:00',
    dueAt: '2025-03-06T17:00:00+07:00',
    resultReadyAt: '2025-03-05T10:00:00+07:00',
    onTime: true,
    state: 'delivered',
    digitised: true,
    feeTotal: 50_000,
    paidOnline: true,
    resultFileId: '0190a0b0-0000-7000-8000-00000000000a',
    rating: 5,
    ratedAt: '2025-03-06T08:00:00+07:00',
  });
  // B: at the desk, partial, not digitised, paid at the desk, result late (paper), rated 2.
  await insertDossier(t, {
    ...phuong,
    procedure: partial,
    channel: 'desk',
    receivedAt: '2025-03-10T09:00:00+07:00',
    dueAt: '2025-03-13T17:00:00+07:00',
    resultReadyAt: '2025-03-25T10:00:00+07:00',
    onTime: false,
    state: 'delivered',
    feeTotal: 20_000,
    rating: 2,
    ratedAt: '2025-03-26T08:00:00+07:00',
  });
  // C: received in February, due 15/03, still in process: pending late.
  await insertDossier(t, {
    ...phuong,
    procedure: full,
    receivedAt: '2025-02-20T09:00:00+07:00',
    dueAt: '2025-03-15T17:00:00+07:00',
    state: 'in_process',
    digitised: true,
  });
  // D: received at the end of March, due in April: pending, not late.
  await insertDossier(t, {
    ...phuong,
    procedure: full,
    receivedAt: '2025-03-28T09:00:00+07:00',
    dueAt: '2025-04-10T17:00:00+07:00',
    state: 'in_process',
    digitised: true,
  });
  // E: stopped on time (decided, no result document).
  await insertDossier(t, {
    ...phuong,
    procedure: partial,
    receivedAt: '2025-03-02T09:00:00+07:00',
    dueAt: '2025-03-20T17:00:00+07:00',
    decidedAt: '2025-03-12T09:00:00+07:00',
    onTime: true,
    state: 'stopped',
    digitised: true,
  });
  // F: received and resolved before March, rated in March.
  await insertDossier(t, {
    ...phuong,
    procedure: full,
    receivedAt: '2025-01-05T09:00:00+07:00',
    dueAt: '2025-01-10T17:00:00+07:00',
    resultReadyAt: '2025-02-01T09:00:00+07:00',
    onTime: true,
    state: 'delivered',
    rating: 4,
    ratedAt: '2025-03-02T09:00:00+07:00',
  });
  // G: received on the last evening of March (in), H: at midnight (out, April).
  await insertDossier(t, {
    ...phuong,
    procedure: partial,
    receivedAt: '2025-03-31T23:00:00+07:00',
    dueAt: '2025-04-15T17:00:00+07:00',
    digitised: true,
  });
  await insertDossier(t, {
    ...phuong,
    procedure: partial,
    receivedAt: '2025-04-01T00:00:00+07:00',
    dueAt: '2025-04-15T17:00:00+07:00',
  });
  // I: submitted, never received: not counted.
  await insertDossier(t, { ...phuong, procedure: full });
  // J: at the desk, no tracking secret, fee unpaid, due 20/03, ended in April: pending late at the end of March.
  await insertDossier(t, {
    ...phuong,
    procedure: partial,
    channel: 'desk',
    receivedAt: '2025-03-05T09:00:00+07:00',
    dueAt: '2025-03-20T17:00:00+07:00',
    resultReadyAt: '2025-04-05T09:00:00+07:00',
    onTime: false,
    state: 'result_ready',
    feeTotal: 20_000,
    trackingSecret: null,
  });
  // Xã Hai (in Quận Một), Sở Tư pháp and a commune of another province.
  for (const day of ['03', '04']) {
    await insertDossier(t, {
      competentUnitId: u.xa,
      procedure: full,
      receivedAt: `2025-03-${day}T09:00:00+07:00`,
    });
  }
  await insertDossier(t, {
    competentUnitId: u.so,
    procedure: partial,
    receivedAt: '2025-03-07T09:00:00+07:00',
  });
  await insertDossier(t, {
    competentUnitId: u.xaTinh,
    procedure: full,
    receivedAt: '2025-03-07T09:00:00+07:00',
  });
  // Phường Mới: two dossiers received an hour ago, one already past its due time.
  const now = Date.now();
  const iso = (ms: number) => new Date(ms).toISOString();
  await insertDossier(t, {
    competentUnitId: u.moi,
    procedure: full,
    receivedAt: iso(now - 2 * hour),
    dueAt: iso(now + hour),
  });
  await insertDossier(t, {
    competentUnitId: u.moi,
    procedure: full,
    receivedAt: iso(now - 2 * hour),
    dueAt: iso(now - hour),
  });
});
afterAll(() => t.close());

const get = (query: string, headers: Record<string, string> = everywhere) =>
  t.app.inject({ method: 'GET', url: `/api/v1/dossier-stats?${query}`, headers });

describe('GET /api/v1/dossier-stats: the figures', () => {
  it('counts each figure of a commune over a month', async () => {
    const res = await get(`${MARCH}&unitId=${u.phuong}`);
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body).toMatchObject({ from: '2025-03-01', to: '2025-03-31', rows: [] });
    expect(body.totals).toEqual({
      key: 'total',
      label: 'Tổng cộng',
      received: 6, // A B D E G J (C February, F January, H April, I never received)
      resolved: 3, // A B E
      resolvedOnTime: 2,
      resolvedLate: 1,
      pending: 4, // C D G J, at the end of March
      pendingLate: 2, // C J
      online: 4, // A D E G
      fullProcess: 2, // A D
      digitised: 4, // A D E G
      paidOnline: 1,
      withFees: 3, // A B J
      rated: 3, // A B F (rated in March)
      ratingSum: 11,
      satisfied: 2,
    });
    // Transparency 18 × (2/6 catalogue + 5/6 trackable)/2, progress 20 × 2/(3 + 2),
    // digitisation 22 × (4/6 + 1/2)/2, online (8 × 4/6 + 8 × 2/6 + 6 × 1/3), satisfaction 18 × 2/3.
    expect(body.score).toEqual({
      transparency: 10.5,
      progress: 8,
      digitisation: 12.83,
      online: 10,
      satisfaction: 12,
      total: 53.33,
    });
  });

  it('counts pending as of now when the period has not ended', async () => {
    const day = (ms: number) => new Date(ms + 7 * hour).toISOString().slice(0, 10);
    const [yesterday, today] = [day(Date.now() - 24 * hour), day(Date.now())];
    const res = await get(`from=${yesterday}&to=${today}&unitId=${u.moi}`);
    expect(res.json().totals).toMatchObject({ received: 2, pending: 2, pendingLate: 1, resolved: 0 });
    const byMonth = await get(`from=${yesterday}&to=${today}&unitId=${u.moi}&groupBy=month`);
    expect(byMonth.json().totals).toMatchObject({ received: 2, pending: 2, pendingLate: 1 });
  });

  it('groups by month (Asia/Ho_Chi_Minh) with pending carried forward', async () => {
    const res = await get(`from=2025-02-01&to=2025-03-31&unitId=${u.phuong}&groupBy=month`);
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.rows.map((r: { key: string; label: string }) => [r.key, r.label])).toEqual([
      ['2025-02', 'Tháng 02/2025'],
      ['2025-03', 'Tháng 03/2025'],
    ]);
    expect(body.rows[0]).toMatchObject({
      received: 1,
      resolved: 1,
      resolvedOnTime: 1,
      pending: 1,
      pendingLate: 0,
    });
    expect(body.rows[1]).toMatchObject({ received: 6, resolved: 3, pending: 4, pendingLate: 2, rated: 3 });
    // The same totals as without grouping.
    const flat = (await get(`from=2025-02-01&to=2025-03-31&unitId=${u.phuong}`)).json();
    expect(body.totals).toEqual(flat.totals);
    expect(body.score).toEqual(flat.score);
    expect(flat.totals).toMatchObject({ received: 7, resolved: 4, pending: 4, pendingLate: 2 });
    const acrossYears = (await get(`from=2024-12-15&to=2025-01-10&groupBy=month`)).json();
    expect(acrossYears.rows.map((r: { key: string }) => r.key)).toEqual(['2024-12', '2025-01']);
  });

  it('groups by direct sub-unit: dossiers of Xã Hai count for Quận Một, empty communes show', async () => {
    const res = await get(`${MARCH}&unitId=${u.city}&groupBy=unit`);
    const body = res.json();
    expect(
      body.rows.map((r: { key: string; label: string; received: number }) => [r.label, r.received]),
    ).toEqual([
      ['Phường Một', 6],
      ['Phường Mới', 0],
      ['Quận Một', 2],
      ['Sở Tư pháp Thử nghiệm', 1],
    ]);
    expect(body.rows.find((r: { label: string }) => r.label === 'Quận Một').key).toBe(u.district);
    expect(body.totals.received).toBe(9);
  });

  it('groups by competent unit without unitId, and by procedure', async () => {
    const units = (await get(`${MARCH}&groupBy=unit`)).json();
    expect(
      Object.fromEntries(units.rows.map((r: { label: string; received: number }) => [r.label, r.received])),
    ).toEqual({ 'Phường Một': 6, 'Xã Hai': 2, 'Sở Tư pháp Thử nghiệm': 1, 'Xã Ngoài': 1 });
    const procedures = (await get(`${MARCH}&unitId=${u.phuong}&groupBy=procedure`)).json();
    expect(
      procedures.rows.map((r: { key: string; label: string; received: number }) => [
        r.key,
        r.label,
        r.received,
      ]),
    ).toEqual([
      [partial.procedureId, 'Chứng thực bản sao', 4],
      [full.procedureId, 'Đăng ký khai sinh', 2],
    ]);
  });
});

describe('GET /api/v1/dossier-stats: scope and access', () => {
  it('everything in scope without unitId; filtered by the grant', async () => {
    expect((await get(MARCH)).json().totals.received).toBe(10);
    const city = bearer('lanh-dao-tp', STATS, { unitId: u.city });
    expect((await get(MARCH, city)).json().totals.received).toBe(9);
    const district = bearer('lanh-dao-quan', STATS, { unitId: u.district });
    expect((await get(MARCH, district)).json().totals.received).toBe(2);
    const phuongOnly = bearer('mot-cua', STATS, { unitId: u.phuong, scope: 'unit' });
    expect((await get(MARCH, phuongOnly)).json().totals.received).toBe(6);
    expect((await get(`${MARCH}&unitId=${u.phuong}`, phuongOnly)).statusCode).toBe(200);
  });

  it('404 for a unit outside the scope or unknown, without telling which', async () => {
    const district = bearer('lanh-dao-quan', STATS, { unitId: u.district });
    const outside = await get(`${MARCH}&unitId=${u.phuong}`, district);
    expect(outside.statusCode).toBe(404);
    expect(outside.json().code).toBe('NOT_FOUND');
    const unknown = await get(`${MARCH}&unitId=0190a0b0-0000-7000-8000-000000000000`);
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().detail).toBe(outside.json().detail);
    // A 'unit' grant does not open the sub-units.
    const city = bearer('van-thu', STATS, { unitId: u.city, scope: 'unit' });
    expect((await get(`${MARCH}&unitId=${u.phuong}`, city)).statusCode).toBe(404);
  });

  it('401 anonymous, 403 without dossier.stats', async () => {
    expect((await get(MARCH, {})).statusCode).toBe(401);
    const forbidden = await get(MARCH, bearer('chuyen-vien', ['dossier.read', 'dossier.process']));
    expect(forbidden.statusCode).toBe(403);
    expect(forbidden.json().code).toBe('FORBIDDEN');
  });

  it('400 with field paths', async () => {
    const paths = async (query: string) =>
      (await get(query))
        .json()
        .errors.map((e: { path: string }) => e.path)
        .sort();
    expect(await paths('from=01/03/2025&to=2025-03-31&groupBy=year&unitId=x')).toEqual([
      'query.from',
      'query.groupBy',
      'query.unitId',
    ]);
    expect(await paths('to=2025-03-31')).toEqual(['query.from']);
    const reversed = await get('from=2025-03-31&to=2025-03-01');
    expect(reversed.statusCode).toBe(400);
    expect(reversed.json().errors).toEqual([
      { path: 'query.to', message: 'Ngày cuối phải từ ngày đầu trở đi.' },
    ]);
    expect((await get('from=2015-01-01&to=2025-03-01')).json().errors[0].path).toBe('query.to');
  });
});
