import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { multipart, PNG_BYTES } from '../../../test/fixtures.ts';
import { bearer, createTestApp, type TestApp } from '../../../test/test-app.ts';
import { type Actor, systemActor } from '../auth/actor.ts';
import { recordAudit, verifyAudit } from './audit.service.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const auditor = bearer('kiem-soat-vien', ['audit.read', 'audit.verify']);
const system: Actor = systemActor('system:he-thong', 'Hệ thống');
const origin = { ip: '127.0.0.1', requestId: 'test-request' };

describe('audit trail of changes and reads', () => {
  it('records a calendar change and a file upload and read, with who, what and from where', async () => {
    const admin = bearer('quan-tri-lich', ['calendar.manage']);
    const saved = await t.app.inject({
      method: 'PUT',
      url: '/api/v1/calendar/years/2027/decision',
      headers: { ...admin, 'x-request-id': 'req-calendar-0001' },
      payload: { daysOff: [], workingDays: [], note: 'Không có hoán đổi.', source: 'Thông báo thử nghiệm' },
    });
    expect(saved.statusCode).toBe(200);
    const uploader = bearer('can-bo-1', ['file.upload', 'file.read']);
    const form = multipart('file', 'a.png', 'image/png', PNG_BYTES);
    const file = (
      await t.app.inject({
        method: 'POST',
        url: '/api/v1/files',
        headers: { ...uploader, ...form.headers },
        payload: form.body,
      })
    ).json();
    await t.app.inject({ method: 'GET', url: `/api/v1/files/${file.id}`, headers: uploader });

    const page = (await t.app.inject({ method: 'GET', url: '/api/v1/audit', headers: auditor })).json();
    expect(page.items.map((e: { action: string }) => e.action)).toEqual([
      'file.read',
      'file.uploaded',
      'calendar.decision.saved',
    ]);
    expect(page.items[2]).toMatchObject({
      actorId: 'quan-tri-lich',
      actorKind: 'official',
      subjectType: 'calendar_year',
      subjectId: '2027',
      requestId: 'req-calendar-0001',
      ip: '127.0.0.1',
      details: { version: 1 },
    });
    const filtered = (
      await t.app.inject({ method: 'GET', url: '/api/v1/audit?subjectType=file&limit=1', headers: auditor })
    ).json();
    expect(filtered.items).toHaveLength(1);
    expect(filtered.nextBefore).toBe(filtered.items[0].id);
    const next = (
      await t.app.inject({
        method: 'GET',
        url: `/api/v1/audit?subjectType=file&limit=1&before=${filtered.nextBefore}`,
        headers: auditor,
      })
    ).json();
    expect(next.items[0].action).toBe('file.uploaded');
    expect(next.nextBefore).toBeNull();
  });

  it('a failed change leaves no audit entry', async () => {
    const before = (await t.app.inject({ method: 'GET', url: '/api/v1/audit', headers: auditor })).json()
      .items.length;
    await t.app.inject({
      method: 'PUT',
      url: '/api/v1/calendar/years/2027/decision',
      headers: bearer('quan-tri-lich', ['calendar.manage']),
      payload: { daysOff: ['2027-01-02'], workingDays: [], note: 'Sai', source: 'x' },
    });
    expect(
      (await t.app.inject({ method: 'GET', url: '/api/v1/audit', headers: auditor })).json().items.length,
    ).toBe(before);
  });

  it('401 anonymous, 403 without the permission, 400 for a bad filter', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/audit' })).statusCode).toBe(401);
    expect(
      (await t.app.inject({ method: 'GET', url: '/api/v1/audit', headers: bearer('x', ['file.read']) }))
        .statusCode,
    ).toBe(403);
    expect(
      (
        await t.app.inject({
          method: 'GET',
          url: '/api/v1/audit/verify',
          headers: bearer('x', ['audit.read']),
        })
      ).statusCode,
    ).toBe(403);
    const bad = await t.app.inject({
      method: 'GET',
      url: '/api/v1/audit?limit=5000&from=hom-qua',
      headers: auditor,
    });
    expect(bad.statusCode).toBe(400);
    expect(
      bad
        .json()
        .errors.map((e: { path: string }) => e.path)
        .sort(),
    ).toEqual(['query.from', 'query.limit']);
  });

  it('a reader with a unit-scoped audit.read sees only entries of actors acting for that unit', async () => {
    const unitA = '0190a0b0-0000-7000-8000-00000000000a';
    const unitB = '0190a0b0-0000-7000-8000-00000000000b';
    const actorIn = (unitId: string): Actor => ({ ...systemActor('system:don-vi', 'Đơn vị'), unitId });
    await t.db.database.db.transaction(async (tx) => {
      await recordAudit(tx, actorIn(unitA), origin, {
        action: 'scope.test',
        subject: { type: 'x', id: 'a' },
      });
      await recordAudit(tx, actorIn(unitB), origin, {
        action: 'scope.test',
        subject: { type: 'x', id: 'b' },
      });
    });
    const read = async (headers: Record<string, string>) =>
      (
        await t.app.inject({ method: 'GET', url: '/api/v1/audit?action=scope.test', headers }).then((r) => {
          if (r.statusCode !== 200) throw new Error(r.body);
          return r;
        })
      )
        .json()
        .items.map((e: { subjectId: string }) => e.subjectId);
    expect(await read(bearer('doc-don-vi', ['audit.read'], { unitId: unitA, scope: 'unit' }))).toEqual(['a']);
    expect(await read(auditor)).toEqual(['b', 'a']);
  });

  it('keeps one valid chain under concurrent writers', async () => {
    await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        t.db.database.db.transaction((tx) =>
          recordAudit(tx, system, origin, {
            action: 'test.concurrent',
            subject: { type: 'test', id: String(i) },
          }),
        ),
      ),
    );
    const result = (
      await t.app.inject({ method: 'GET', url: '/api/v1/audit/verify', headers: auditor })
    ).json();
    expect(result).toMatchObject({ ok: true, firstBrokenId: null });
    expect(result.checked).toBeGreaterThanOrEqual(23);
  });
});

describe('tamper resistance', () => {
  it('the database refuses UPDATE, DELETE and TRUNCATE', async () => {
    const pool = t.db.database.pool;
    await expect(pool.query("update audit_entries set actor_id = 'ke-gian' where id = 1")).rejects.toThrow(
      /append-only/,
    );
    await expect(pool.query('delete from audit_entries where id = 1')).rejects.toThrow(/append-only/);
    await expect(pool.query('truncate audit_entries')).rejects.toThrow(/append-only/);
  });

  it('audit verify finds the first entry changed behind the triggers, and a removed one', async () => {
    const pool = t.db.database.pool;
    const { rows } = await pool.query<{ id: string }>(
      'select id from audit_entries order by id limit 3 offset 2',
    );
    const [changed, removedNext] = [Number(rows[0]?.id), Number(rows[2]?.id)];
    const original = await pool.query<{ details: string }>(
      'select details::text as details from audit_entries where id = $1',
      [changed],
    );
    // Someone with superuser rights bypasses the triggers and edits history.
    await pool.query('alter table audit_entries disable trigger user');
    await pool.query(`update audit_entries set details = '{"version": 99}' where id = $1`, [changed]);
    let result = await verifyAudit(t.db.database.db);
    expect(result).toMatchObject({ ok: false, firstBrokenId: changed, checked: 2 });
    expect(result.reason).toContain('đã bị sửa');

    // Put the content back: the chain is whole again (pages of 2 exercise the paging).
    await pool.query('update audit_entries set details = $2::jsonb where id = $1', [
      changed,
      original.rows[0]?.details,
    ]);
    expect((await verifyAudit(t.db.database.db, 2)).ok).toBe(true);
    await pool.query('delete from audit_entries where id = $1', [removedNext - 1]);
    await pool.query('alter table audit_entries enable trigger user');
    result = await verifyAudit(t.db.database.db, 2);
    expect(result.ok).toBe(false);
    expect(result.firstBrokenId).toBe(removedNext);
    expect(result.reason).toContain('bị xóa');
  });
});
