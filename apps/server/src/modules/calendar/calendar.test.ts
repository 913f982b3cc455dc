import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer, createTestApp, type TestApp } from '../../../test/test-app.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const admin = bearer('quan-tri-lich', ['calendar.manage']);
const decision2026 = {
  daysOff: ['2026-05-04'],
  workingDays: ['2026-05-09'],
  note: 'Hoán đổi ngày làm việc thứ Hai 04/5/2026 sang thứ Bảy 09/5/2026.',
  source: 'Thông báo thử nghiệm số 01/TB-TEST',
};

function deadline(body: object) {
  return t.app.inject({ method: 'POST', url: '/api/v1/calendar/deadline', payload: body });
}

describe('GET /api/v1/calendar/years/:year', () => {
  it('lists the statutory days off of a year without a decision', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/calendar/years/2026' });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.decision).toBeNull();
    expect(body.calendarVersion).toMatch(/^2025\.1\+db\.\d+$/);
    expect(body.daysOff).toContainEqual({
      date: '2026-05-01',
      name: 'Ngày Quốc tế lao động (1/5)',
      kind: 'statutory',
    });
    expect(body.daysOff).toContainEqual(
      expect.objectContaining({ date: '2026-04-27', kind: 'compensatory' }),
    );
  });

  it('shows the decision shipped with the platform as version 0', async () => {
    const body = (await t.app.inject({ method: 'GET', url: '/api/v1/calendar/years/2025' })).json();
    expect(body.decision).toMatchObject({ year: 2025, version: 0, decidedBy: null });
    expect(body.workingWeekendDays).toContain('2025-02-08');
  });

  it('400 with the field path for a year out of range', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/calendar/years/1999' });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors[0].path).toBe('params.year');
  });
});

describe('PUT /api/v1/calendar/years/:year/decision', () => {
  const put = (headers: Record<string, string>, payload: object, year = 2026) =>
    t.app.inject({ method: 'PUT', url: `/api/v1/calendar/years/${year}/decision`, headers, payload });

  it('401 anonymous, 403 without calendar.manage', async () => {
    expect((await put({}, decision2026)).statusCode).toBe(401);
    const forbidden = await put(bearer('chuyen-vien', ['file.upload']), decision2026);
    expect(forbidden.statusCode).toBe(403);
    expect(forbidden.json().code).toBe('FORBIDDEN');
  });

  it('400 listing each wrong date, and nothing is saved', async () => {
    const res = await put(admin, {
      daysOff: ['2026-05-02', '2026-05-01', '2027-01-05'],
      workingDays: ['2026-05-05'],
      note: 'Sai',
      source: 'x',
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors).toEqual([
      { path: 'body.daysOff.2', message: 'Ngày 2027-01-05 không thuộc năm 2026.' },
      {
        path: 'body.daysOff.0',
        message: 'Ngày 2026-05-02 là ngày nghỉ hằng tuần, không cần khai báo là ngày nghỉ.',
      },
      {
        path: 'body.daysOff.1',
        message: 'Ngày 2026-05-01 đã là ngày nghỉ lễ theo luật, không cần khai báo.',
      },
      { path: 'body.workingDays.0', message: 'Ngày 2026-05-05 vốn đã là ngày làm việc, không cần khai báo.' },
    ]);
    const history = (
      await t.app.inject({ method: 'GET', url: '/api/v1/calendar/years/2026/decisions' })
    ).json();
    expect(history.items).toEqual([]);
  });

  it('400 for a malformed body, with paths', async () => {
    const res = await put(admin, { daysOff: ['04/05/2026'], workingDays: [], note: '', source: 'x' });
    expect(res.statusCode).toBe(400);
    expect(
      res
        .json()
        .errors.map((e: { path: string }) => e.path)
        .sort(),
    ).toEqual(['body.daysOff.0', 'body.note']);
  });

  it('saves a new version, applies it to deadlines, and ignores an identical save', async () => {
    const before = (
      await deadline({ start: '2026-04-28T16:00:00+07:00', workingDays: 3, sameDayCutoff: true })
    ).json();
    expect(before.due).toBe('2026-05-06T17:00:00+07:00');
    expect(before.receiptDate).toBe('2026-04-29');

    const saved = await put(admin, decision2026);
    expect(saved.statusCode).toBe(200);
    expect(saved.json().decision).toMatchObject({ version: 1, decidedBy: 'quan-tri-lich', ...decision2026 });
    expect(saved.json().daysOff).toContainEqual(
      expect.objectContaining({ date: '2026-05-04', kind: 'decision' }),
    );
    expect(saved.json().workingWeekendDays).toEqual(['2026-05-09']);

    const after = (
      await deadline({ start: '2026-04-28T16:00:00+07:00', workingDays: 3, sameDayCutoff: true })
    ).json();
    expect(after.due).toBe('2026-05-07T17:00:00+07:00');
    expect(after.calendarVersion).not.toBe(before.calendarVersion);

    const again = await put(admin, decision2026);
    expect(again.json().decision.version).toBe(1);
    const changed = await put(admin, { ...decision2026, note: 'Đã sửa nội dung.' });
    expect(changed.json().decision.version).toBe(2);
    const history = (
      await t.app.inject({ method: 'GET', url: '/api/v1/calendar/years/2026/decisions' })
    ).json();
    expect(history.items.map((d: { version: number }) => d.version)).toEqual([2, 1]);
  });
});

describe('POST /api/v1/calendar/deadline', () => {
  it('counts working hours for hour-based service levels', async () => {
    const res = await deadline({ start: '2026-11-20T16:00:00+07:00', workingHours: 8 });
    expect(res.statusCode).toBe(200);
    // Friday 16:00 + 8 working hours: 1 h on Friday, then Monday 08:00–12:00 and 13:00–16:00.
    expect(res.json().due).toBe('2026-11-23T16:00:00+07:00');
  });

  it('extends the deadline by a pause', async () => {
    const res = await deadline({
      start: '2026-11-02T09:00:00+07:00',
      workingDays: 2,
      pauses: [{ from: '2026-11-03T10:00:00+07:00', to: '2026-11-05T10:00:00+07:00' }],
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().due > '2026-11-04T17:00:00+07:00').toBe(true);
  });

  it('400 when both or neither of workingDays and workingHours are given, or a pause ends before it starts', async () => {
    const both = await deadline({ start: '2026-11-02T09:00:00+07:00', workingDays: 2, workingHours: 3 });
    expect(both.statusCode).toBe(400);
    expect(both.json().errors[0].path).toBe('body.workingDays');
    const neither = await deadline({ start: '2026-11-02T09:00:00+07:00' });
    expect(neither.statusCode).toBe(400);
    const backwards = await deadline({
      start: '2026-11-02T09:00:00+07:00',
      workingDays: 1,
      pauses: [{ from: '2026-11-05T10:00:00+07:00', to: '2026-11-03T10:00:00+07:00' }],
    });
    expect(backwards.statusCode).toBe(400);
    expect(backwards.json().errors[0].path).toBe('body.pauses.0.to');
    const badStart = await deadline({ start: '02/11/2026', workingDays: 1 });
    expect(badStart.json().errors[0].path).toBe('body.start');
  });
});
