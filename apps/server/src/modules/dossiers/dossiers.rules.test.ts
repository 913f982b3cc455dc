import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer, createTestApp, type TestApp } from '../../../test/test-app.ts';
import { createNotifier } from '../../platform/notify/index.ts';
import { SIMULATED_CITIZENS } from '../../simulators/national-id/index.ts';
import { createCalendarService } from '../calendar/index.ts';
import { TEST_ENV } from '../identity/identity.fixtures.ts';
import { createDeadlineWatch, warningsFor } from './dossier-deadline-watch.ts';
import { buildWorld, formFor, officer, uploadPdf, type World } from './dossiers.fixtures.ts';

/**
 * What must not happen: actions in the wrong state or by the wrong people, outsiders learning a
 * dossier exists, incomplete or invalid submissions, expired drafts, duplicate dossiers or codes
 * under concurrent requests.
 */

let t: TestApp;
let w: World;
const fullName = SIMULATED_CITIZENS[0]?.fullName ?? '';
const db = () => t.db.database.db;

async function post(url: string, headers: Record<string, string>, payload: Record<string, unknown>) {
  return t.app.inject({ method: 'POST', url, headers, payload });
}

async function file(overrides: Record<string, unknown> = {}, key: string = randomUUID()) {
  const fileId = await uploadPdf(t, w.citizen.headers);
  return post(
    '/api/v1/dossiers',
    { ...w.citizen.headers, 'idempotency-key': key },
    {
      procedureId: w.procedureId,
      competentUnitId: w.communeId,
      formData: formFor(w.citizen, fullName),
      parts: [{ partCode: 'giay-chung-sinh', fileId }],
      submit: true,
      ...overrides,
    },
  );
}

beforeAll(async () => {
  t = await createTestApp(TEST_ENV);
  w = await buildWorld(t);
}, 120_000);
afterAll(async () => {
  await t?.close();
});

describe('submissions', () => {
  it('needs an idempotency key to submit, not to save a draft', async () => {
    const res = await post('/api/v1/dossiers', w.citizen.headers, {
      procedureId: w.procedureId,
      submit: true,
    });
    expect(res.statusCode).toBe(428);
    expect(res.json().code).toBe('IDEMPOTENCY_KEY_REQUIRED');
    const draft = await post('/api/v1/dossiers', w.citizen.headers, { procedureId: w.procedureId });
    expect(draft.statusCode, draft.body).toBe(201);
    expect(draft.json().state).toBe('draft');
  });

  it('refuses a key reused for another procedure', async () => {
    const key = randomUUID();
    expect((await file({}, key)).statusCode).toBe(201);
    const other = await post(
      '/api/v1/dossiers',
      { ...w.citizen.headers, 'idempotency-key': key },
      { procedureId: randomUUID(), submit: true },
    );
    expect(other.json().code).toBe('IDEMPOTENCY_KEY_REUSED');
  });

  it('refuses to submit with the key of a saved draft (another request)', async () => {
    const key = randomUUID();
    const draft = await post(
      '/api/v1/dossiers',
      { ...w.citizen.headers, 'idempotency-key': key },
      { procedureId: w.procedureId, competentUnitId: w.communeId },
    );
    expect(draft.statusCode).toBe(201);
    const submit = await file({}, key);
    expect(submit.json().code).toBe('IDEMPOTENCY_KEY_REUSED');
  });

  it('creates one dossier for ten concurrent retries of the same submission', async () => {
    const key = randomUUID();
    const fileId = await uploadPdf(t, w.citizen.headers);
    const payload = {
      procedureId: w.procedureId,
      competentUnitId: w.communeId,
      formData: formFor(w.citizen, fullName),
      parts: [{ partCode: 'giay-chung-sinh', fileId }],
      submit: true,
    };
    const answers = await Promise.all(
      Array.from({ length: 10 }, () =>
        post('/api/v1/dossiers', { ...w.citizen.headers, 'idempotency-key': key }, payload),
      ),
    );
    expect(answers.map((a) => a.statusCode).sort()).toEqual([
      200, 200, 200, 200, 200, 200, 200, 200, 200, 201,
    ]);
    expect(new Set(answers.map((a) => a.json().id)).size).toBe(1);
    const rows = await db().execute(
      sql`select count(*)::int as n from dossiers where idempotency_key = ${key}`,
    );
    expect(rows.rows[0]).toEqual({ n: 1 });
  });

  it('lists missing required parts and invalid fields, and writes nothing', async () => {
    const before = await db().execute(sql`select count(*)::int as n from dossiers`);
    const missing = await file({ parts: [] });
    expect(missing.statusCode).toBe(422);
    expect(missing.json().code).toBe('DOSSIER_PARTS_MISSING');
    expect(missing.json().detail).toContain('Giấy chứng sinh');
    const invalid = await file({
      formData: { nguoiYeuCau: { hoTen: fullName, soDinhDanh: '123' }, tre: {} },
    });
    expect(invalid.statusCode).toBe(422);
    expect(invalid.json().code).toBe('DOSSIER_FORM_INVALID');
    const paths = invalid.json().errors.map((e: { path: string }) => e.path);
    expect(paths).toContain('body.formData.nguoiYeuCau.soDinhDanh');
    expect(paths.some((p: string) => p.startsWith('body.formData.tre'))).toBe(true);
    const noUnit = await file({ competentUnitId: undefined });
    expect(noUnit.statusCode).toBe(400);
    expect(noUnit.json().errors[0].path).toBe('body.competentUnitId');
    const after = await db().execute(sql`select count(*)::int as n from dossiers`);
    expect(after.rows[0]).toEqual(before.rows[0]);
  });

  it('refuses a file somebody else uploaded and a city unit as commune', async () => {
    const foreign = await uploadPdf(t, w.stranger.headers);
    const res = await file({ parts: [{ partCode: 'giay-chung-sinh', fileId: foreign }] });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors[0].path).toBe('body.parts.0.fileId');
    const city = await file({ competentUnitId: w.cityId });
    expect(city.statusCode).toBe(400);
  });

  it('refuses to submit an expired draft', async () => {
    const draft = await post('/api/v1/dossiers', w.citizen.headers, {
      procedureId: w.procedureId,
      competentUnitId: w.communeId,
      formData: formFor(w.citizen, fullName),
    });
    const id = draft.json().id;
    await db().execute(sql`update dossiers set draft_expires_at = now() - interval '1 day' where id = ${id}`);
    const res = await post(`/api/v1/dossiers/${id}/submit`, w.citizen.headers, {
      revision: draft.json().revision,
    });
    expect(res.statusCode).toBe(410);
    expect(res.json().code).toBe('DRAFT_EXPIRED');
  });

  it('audits a desk prefill even when the personal ID has no identity record', async () => {
    const res = await t.app.inject({
      method: 'GET',
      url: `/api/v1/dossiers/prefill?procedureId=${w.procedureId}&personalId=001299000001`,
      headers: officer(w.staff.motcua),
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().values).toEqual({});
    const rows = await db().execute<{ purpose: string }>(
      sql`select purpose from audit_entries where action = 'dossier.prefill-read' and subject_id = 'personal:001299000001'`,
    );
    expect(rows.rows.map((r) => r.purpose)).toEqual([`dossier.prefill:1.000001.000.00.00.H26`]);
    const citizen = await t.app.inject({
      method: 'GET',
      url: `/api/v1/dossiers/prefill?procedureId=${w.procedureId}&personalId=001299000001`,
      headers: w.citizen.headers,
    });
    expect(citizen.json().values.nguoiYeuCau.soDinhDanh).toBe(w.citizen.personalId);
  });

  it('files at the desk on behalf of a citizen, who then sees the dossier as theirs', async () => {
    const fileId = await uploadPdf(t, officer(w.staff.motcua));
    const res = await post(
      '/api/v1/dossiers',
      { ...officer(w.staff.motcua), 'idempotency-key': randomUUID() },
      {
        procedureId: w.procedureId,
        competentUnitId: w.communeId,
        formData: formFor(w.stranger, 'Trần Thị Bích Ngọc'),
        parts: [{ partCode: 'giay-chung-sinh', fileId }],
        applicant: { fullName: 'Trần Thị Bích Ngọc', personalId: w.stranger.personalId },
        submit: true,
      },
    );
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().channel).toBe('desk');
    const mistyped = await post(
      '/api/v1/dossiers',
      { ...officer(w.staff.motcua), 'idempotency-key': randomUUID() },
      {
        procedureId: w.procedureId,
        applicant: { fullName: 'Người Khác Hẳn', personalId: w.stranger.personalId },
      },
    );
    expect(mistyped.statusCode).toBe(400);
    expect(mistyped.json().errors[0].path).toBe('body.applicant.fullName');
    const mine = await t.app.inject({
      method: 'GET',
      url: '/api/v1/me/dossiers',
      headers: w.stranger.headers,
    });
    expect(mine.json().items.map((d: { id: string }) => d.id)).toContain(res.json().id);
  });
});

describe('who may do what', () => {
  let id = '';
  let revision = 0;
  beforeAll(async () => {
    const res = await file();
    id = res.json().id;
    revision = res.json().revision;
  });

  it('answers 401 to anonymous callers and 403 without the permission', async () => {
    expect((await t.app.inject({ method: 'GET', url: `/api/v1/dossiers/${id}` })).statusCode).toBe(401);
    expect((await post(`/api/v1/dossiers/${id}/receive`, {}, { revision })).statusCode).toBe(401);
    const citizen = await post(`/api/v1/dossiers/${id}/receive`, w.citizen.headers, { revision });
    expect(citizen.statusCode).toBe(403);
    const specialist = await post(`/api/v1/dossiers/${id}/receive`, officer(w.staff.chuyenvien), {
      revision,
    });
    expect(specialist.statusCode).toBe(403);
    const list = await t.app.inject({ method: 'GET', url: '/api/v1/dossiers', headers: w.citizen.headers });
    expect(list.statusCode).toBe(403);
  });

  it("answers 404 to another commune's staff and another citizen (no existence leak)", async () => {
    for (const headers of [officer(w.other.motcua), w.stranger.headers]) {
      expect((await t.app.inject({ method: 'GET', url: `/api/v1/dossiers/${id}`, headers })).statusCode).toBe(
        404,
      );
    }
    const res = await post(`/api/v1/dossiers/${id}/receive`, officer(w.other.motcua), { revision });
    expect(res.statusCode).toBe(404);
    const form = await t.app.inject({
      method: 'GET',
      url: `/api/v1/dossiers/${id}/forms/01`,
      headers: w.stranger.headers,
    });
    expect(form.statusCode).toBe(404);
  });

  it('answers 400 with field paths to bad bodies', async () => {
    const res = await post(`/api/v1/dossiers/${id}/refuse`, officer(w.staff.motcua), {
      revision,
      reason: '',
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors.map((e: { path: string }) => e.path)).toContain('body.reason');
    const badId = await t.app.inject({
      method: 'GET',
      url: '/api/v1/dossiers/abc',
      headers: officer(w.staff.motcua),
    });
    expect(badId.statusCode).toBe(400);
  });

  it('refuses actions the state does not allow, and stale revisions', async () => {
    const approve = await post(`/api/v1/dossiers/${id}/approve`, officer(w.staff.lanhdao), { revision });
    expect(approve.statusCode).toBe(409);
    expect(approve.json().code).toBe('DOSSIER_ACTION_NOT_ALLOWED');
    const stale = await post(`/api/v1/dossiers/${id}/receive`, officer(w.staff.motcua), {
      revision: revision + 5,
    });
    expect(stale.json().code).toBe('DOSSIER_STALE');
    const refused = await post(`/api/v1/dossiers/${id}/refuse`, officer(w.staff.motcua), {
      revision,
      reason: 'Thủ tục không thuộc thẩm quyền',
    });
    expect(refused.statusCode, refused.body).toBe(200);
    expect(refused.json().state).toBe('refused');
    const form = await t.app.inject({
      method: 'GET',
      url: `/api/v1/dossiers/${id}/forms/03`,
      headers: w.citizen.headers,
    });
    expect(form.statusCode).toBe(200);
    const again = await post(`/api/v1/dossiers/${id}/receive`, officer(w.staff.motcua), {
      revision: refused.json().revision,
    });
    expect(again.json().code).toBe('DOSSIER_ACTION_NOT_ALLOWED');
  });

  it('refuses an apology date on a holiday or in the past', async () => {
    const fresh = (await file()).json();
    const received = await post(`/api/v1/dossiers/${fresh.id}/receive`, officer(w.staff.motcua), {
      revision: fresh.revision,
    });
    const rev = received.json().revision;
    const holiday = await post(`/api/v1/dossiers/${fresh.id}/apologize`, officer(w.staff.motcua), {
      revision: rev,
      reason: 'Cần xác minh thêm',
      newDate: '2027-01-01',
    });
    expect(holiday.statusCode).toBe(400);
    expect(holiday.json().errors[0].path).toBe('body.newDate');
    const past = await post(`/api/v1/dossiers/${fresh.id}/apologize`, officer(w.staff.motcua), {
      revision: rev,
      reason: 'Cần xác minh thêm',
      newDate: '2020-01-06',
    });
    expect(past.statusCode).toBe(400);
  });
});

describe('bulk actions', () => {
  it('receives several dossiers and reports each one, refusals included', async () => {
    const a = (await file()).json();
    const b = (await file()).json();
    const res = await post('/api/v1/dossiers/bulk', officer(w.staff.motcua), {
      action: 'receive',
      ids: [a.id, b.id, a.id],
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().results.map((r: { ok: boolean; code?: string }) => r.code ?? r.ok)).toEqual([
      true,
      true,
      'DOSSIER_ACTION_NOT_ALLOWED',
    ]);
    const outsider = await post('/api/v1/dossiers/bulk', officer(w.other.motcua), {
      action: 'archive',
      ids: [a.id],
    });
    expect(outsider.json().results[0].code).toBe('NOT_FOUND');
    const citizen = await post('/api/v1/dossiers/bulk', w.citizen.headers, {
      action: 'receive',
      ids: [a.id],
    });
    expect(citizen.statusCode).toBe(403);
  });
});

describe('dossier codes', () => {
  it('issues distinct, gapless codes to twenty dossiers received at once', async () => {
    const filed = [];
    for (let i = 0; i < 20; i += 1) filed.push((await file()).json());
    const received = await Promise.all(
      filed.map((d) =>
        post(`/api/v1/dossiers/${d.id}/receive`, officer(w.staff.motcua), { revision: d.revision }),
      ),
    );
    expect(received.every((r) => r.statusCode === 200)).toBe(true);
    const rows = await db().execute<{ code: string }>(
      sql`select code from dossiers where competent_unit_id = ${w.communeId} and code is not null order by code`,
    );
    const numbers = rows.rows.map((r) => Number(r.code.slice(-4)));
    expect(new Set(numbers).size).toBe(numbers.length);
    expect(numbers).toEqual(Array.from({ length: numbers.length }, (_, i) => i + 1));
  }, 120_000);

  it('finds dossiers by code or applicant name, with or without accents', async () => {
    for (const q of ['Nguyễn Văn', 'nguyen van', 'NGUYEN VAN AN']) {
      const res = await t.app.inject({
        method: 'GET',
        url: `/api/v1/dossiers?queue=all&q=${encodeURIComponent(q)}`,
        headers: officer(w.staff.motcua),
      });
      expect(res.json().total, q).toBeGreaterThan(0);
    }
    const none = await t.app.inject({
      method: 'GET',
      url: '/api/v1/dossiers?queue=all&q=khong-co-ai',
      headers: officer(w.staff.motcua),
    });
    expect(none.json().total).toBe(0);
  });

  it("lets a platform-wide reader list every unit's dossiers", async () => {
    const admin = await t.app.inject({
      method: 'GET',
      url: '/api/v1/dossiers?queue=all',
      headers: bearer('admin', ['dossier.read']),
    });
    expect(admin.statusCode).toBe(200);
  });
});

describe('deadline warnings', () => {
  it('owes a dossier each warning once per due time (pure)', () => {
    const now = new Date('2026-11-23T09:00:00+07:00');
    const soon = new Date('2026-11-24T09:00:00+07:00');
    expect(warningsFor({ dueAt: new Date('2026-11-23T08:00:00+07:00'), stepDueAt: null }, now, soon)).toEqual(
      [{ kind: 'late', key: 'late:2026-11-23T01:00:00.000Z' }],
    );
    expect(
      warningsFor({ dueAt: new Date('2026-11-23T16:00:00+07:00'), stepDueAt: null }, now, soon)[0]?.kind,
    ).toBe('due_soon');
    expect(warningsFor({ dueAt: new Date('2026-12-01T17:00:00+07:00'), stepDueAt: now }, now, soon)).toEqual([
      { kind: 'step_due_soon', key: `step_due_soon:${now.toISOString()}` },
    ]);
  });

  it('records a late warning in the history and tells the assignee and the leaders, once', async () => {
    const fresh = (await file()).json();
    await post(`/api/v1/dossiers/${fresh.id}/receive`, officer(w.staff.motcua), { revision: fresh.revision });
    await db().execute(sql`update dossiers set due_at = now() - interval '1 hour' where id = ${fresh.id}`);
    const watch = createDeadlineWatch({
      db: db(),
      calendar: createCalendarService(db()),
      notifier: createNotifier({ db: db(), config: t.config, logger: t.app.log as never }),
    });
    expect(await watch.sweep()).toBeGreaterThanOrEqual(1);
    const again = await watch.sweep();
    const events = await db().execute<{ n: number }>(
      sql`select count(*)::int as n from dossier_events where dossier_id = ${fresh.id} and action = 'deadline_warning' and data->>'kind' = 'late'`,
    );
    expect(events.rows[0]?.n).toBe(1);
    expect(again).toBe(0);
    const notes = await db().execute<{ recipient_id: string }>(
      sql`select recipient_id from notifications where subject like ${`%${fresh.code ?? ''}%quá hạn%`} or body like '%quá hạn trả kết quả%'`,
    );
    const recipients = notes.rows.map((r) => r.recipient_id);
    expect(recipients).toContain(w.staff.ids.motcua);
    expect(recipients).toContain(w.staff.ids.lanhdao);
  });
});
