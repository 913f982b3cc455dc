import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/test-app.ts';
import { SIMULATED_CITIZENS } from '../../simulators/national-id/index.ts';
import { TEST_ENV } from '../identity/identity.fixtures.ts';
import { buildWorld, formFor, officer, uploadPdf, type World } from './dossiers.fixtures.ts';

/**
 * A birth registration from filing to archive through the API: submit (idempotent), receive
 * (code, due date, form 01), hand-offs, a supplement request that pauses the clock, approval,
 * the leader's signature and the seal, the citizen's download (online delivery), rating, the
 * wallet, public tracking, forms 01/02/06 and the register (07).
 */

let t: TestApp;
let w: World;
let dossierId = '';
let revision = 0;
let code = '';
let secret = '';
const fullName = SIMULATED_CITIZENS[0]?.fullName ?? '';

async function post(url: string, headers: Record<string, string>, payload: Record<string, unknown>) {
  return t.app.inject({ method: 'POST', url, headers, payload });
}

/** Takes an action and keeps the new revision; fails the test with the problem on error. */
async function act(action: string, headers: Record<string, string>, body: Record<string, unknown> = {}) {
  const res = await post(`/api/v1/dossiers/${dossierId}/${action}`, headers, { revision, ...body });
  expect(res.statusCode, res.body).toBe(200);
  revision = res.json().revision;
  return res.json();
}

beforeAll(async () => {
  t = await createTestApp(TEST_ENV);
  w = await buildWorld(t);
}, 120_000);
afterAll(async () => {
  await t?.close();
});

describe('a dossier from filing to archive', () => {
  it('prefills the form from the identity record, saying where each value came from', async () => {
    const res = await t.app.inject({
      method: 'GET',
      url: `/api/v1/dossiers/prefill?procedureId=${w.procedureId}`,
      headers: w.citizen.headers,
    });
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(body.values.nguoiYeuCau).toEqual({ hoTen: fullName, soDinhDanh: w.citizen.personalId });
    expect(body.sources['nguoiYeuCau.hoTen'].label).toContain('Cơ sở dữ liệu quốc gia về dân cư');
  });

  it('files online once, whatever the retries', async () => {
    const fileId = await uploadPdf(t, w.citizen.headers);
    const key = randomUUID();
    const payload = {
      procedureId: w.procedureId,
      competentUnitId: w.communeId,
      formData: formFor(w.citizen, fullName),
      parts: [{ partCode: 'giay-chung-sinh', fileId }],
      submit: true,
    };
    const headers = { ...w.citizen.headers, 'idempotency-key': key };
    const first = await post('/api/v1/dossiers', headers, payload);
    expect(
      first.statusCode,
      first.statusCode === 500 ? t.logs.filter((l) => l.includes('"err"')).join('\n') : first.body,
    ).toBe(201);
    const again = await post('/api/v1/dossiers', headers, payload);
    expect(again.statusCode).toBe(200);
    expect(again.json().id).toBe(first.json().id);
    const body = first.json();
    dossierId = body.id;
    revision = body.revision;
    expect(body.state).toBe('submitted');
    expect(body.channel).toBe('online');
    expect(body.prefillSources['nguoiYeuCau.hoTen']).toBe('identity.fullName');
    expect(body.feeTotal).toBe(8000);
    expect(body.parts).toHaveLength(1);
    const mine = await t.app.inject({
      method: 'GET',
      url: '/api/v1/me/dossiers',
      headers: w.citizen.headers,
    });
    expect(mine.json().items.map((d: { id: string }) => d.id)).toEqual([dossierId]);
  });

  it('shows in the commune desk queue with counts, not in another commune', async () => {
    const res = await t.app.inject({
      method: 'GET',
      url: '/api/v1/dossiers?queue=to_receive',
      headers: officer(w.staff.motcua),
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().items.map((d: { id: string }) => d.id)).toContain(dossierId);
    expect(res.json().counts.to_receive).toBeGreaterThanOrEqual(1);
    const other = await t.app.inject({
      method: 'GET',
      url: '/api/v1/dossiers?queue=all',
      headers: officer(w.other.motcua),
    });
    expect(other.json().items.map((d: { id: string }) => d.id)).not.toContain(dossierId);
  });

  it('receives: code, tracking secret, due date, form 01', async () => {
    const body = await act('receive', officer(w.staff.motcua));
    expect(body.state).toBe('received');
    expect(body.code).toMatch(/^00004-\d{6}-0001$/);
    expect(body.dueAt).not.toBeNull();
    expect(body.trackingSecret).toMatch(/^[A-Z2-9]{6}$/);
    code = body.code;
    secret = body.trackingSecret;
    const form = await t.app.inject({
      method: 'GET',
      url: `/api/v1/dossiers/${dossierId}/forms/01`,
      headers: w.citizen.headers,
    });
    expect(
      form.statusCode,
      t.logs
        .filter((l) => l.includes('"err"'))
        .join('\n')
        .slice(0, 3000),
    ).toBe(200);
    expect(form.headers['content-type']).toContain('application/pdf');
    expect(form.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('hands on to the specialist, who asks for a supplement (clock paused, form 02)', async () => {
    const candidates = await t.app.inject({
      method: 'GET',
      url: `/api/v1/dossiers/${dossierId}/assignees`,
      headers: officer(w.staff.motcua),
    });
    const ids = candidates.json().items.map((o: { id: string }) => o.id);
    expect(ids).toContain(w.staff.ids.chuyenvien);
    expect(ids).not.toContain(w.staff.ids.motcua);
    await act('assign', officer(w.staff.motcua), { assigneeId: w.staff.ids.chuyenvien });
    const paused = await act('request-supplement', officer(w.staff.chuyenvien), {
      reason: 'Giấy chứng sinh bị mờ, đề nghị nộp bản rõ hơn',
      partCodes: ['giay-chung-sinh'],
    });
    expect(paused.state).toBe('supplement_requested');
    expect(paused.paused).toBe(true);
    const form = await t.app.inject({
      method: 'GET',
      url: `/api/v1/dossiers/${dossierId}/forms/02`,
      headers: w.citizen.headers,
    });
    expect(form.statusCode).toBe(200);
  });

  it('the citizen supplements; the clock resumes and the due time does not move earlier', async () => {
    const before = await t.app.inject({
      method: 'GET',
      url: `/api/v1/dossiers/${dossierId}`,
      headers: w.citizen.headers,
    });
    expect(before.json().allowedActions).toEqual(['supplement']);
    const fileId = await uploadPdf(t, w.citizen.headers);
    const body = await act('supplement', w.citizen.headers, {
      parts: [{ partCode: 'giay-chung-sinh', fileId }],
    });
    expect(body.state).toBe('in_process');
    expect(body.paused).toBe(false);
    expect(new Date(body.dueAt).getTime()).toBeGreaterThanOrEqual(new Date(before.json().dueAt).getTime());
  });

  it('the specialist passes it to the leader, who approves and signs; the clerk seals', async () => {
    await act('assign', officer(w.staff.chuyenvien), { assigneeId: w.staff.ids.lanhdao });
    const queue = await t.app.inject({
      method: 'GET',
      url: '/api/v1/dossiers?queue=to_approve',
      headers: officer(w.staff.lanhdao),
    });
    expect(queue.json().items.map((d: { id: string }) => d.id)).toContain(dossierId);
    await act('approve', officer(w.staff.lanhdao));
    const signed = await act('sign', officer(w.staff.lanhdao), { title: 'Chủ tịch' });
    expect(signed.state).toBe('signed');
    const ready = await act('issue', officer(w.staff.vanthu));
    expect(ready.state).toBe('result_ready');
    expect(ready.result.signatureCode).toBeTruthy();
    expect(ready.result.verifyUrl).toContain('/xac-thuc?ma=');
  }, 60_000);

  it('the citizen downloads the signed result (online delivery), rates it, finds it in the wallet', async () => {
    const unpaid = await t.app.inject({
      method: 'GET',
      url: `/api/v1/dossiers/${dossierId}/result`,
      headers: w.citizen.headers,
    });
    expect(unpaid.statusCode).toBe(409);
    expect(unpaid.json().detail).toContain('phí, lệ phí');
    const paid = await post(`/api/v1/dossiers/${dossierId}/payments`, officer(w.staff.motcua), {
      method: 'desk',
    });
    expect(paid.statusCode, paid.body).toBeLessThan(300);
    const result = await t.app.inject({
      method: 'GET',
      url: `/api/v1/dossiers/${dossierId}/result`,
      headers: w.citizen.headers,
    });
    expect(result.statusCode, result.body).toBe(200);
    expect(result.rawPayload.includes(Buffer.from('/ByteRange'))).toBe(true);
    const view = await t.app.inject({
      method: 'GET',
      url: `/api/v1/dossiers/${dossierId}`,
      headers: w.citizen.headers,
    });
    expect(view.json().state).toBe('delivered');
    expect(view.json().deliveryMethod).toBe('online');
    revision = view.json().revision;
    const rated = await post(`/api/v1/dossiers/${dossierId}/rate`, w.citizen.headers, {
      rating: 5,
      comment: 'Nhanh',
    });
    expect(rated.statusCode, rated.body).toBe(200);
    expect(rated.json().rating).toBe(5);
    revision = rated.json().revision;
    const twice = await post(`/api/v1/dossiers/${dossierId}/rate`, w.citizen.headers, { rating: 1 });
    expect(twice.json().code).toBe('DOSSIER_ACTION_NOT_ALLOWED');
    const wallet = await t.app.inject({
      method: 'GET',
      url: '/api/v1/me/wallet',
      headers: w.citizen.headers,
    });
    expect(wallet.statusCode, wallet.body).toBe(200);
    expect(wallet.json().items.map((i: { kind: string }) => i.kind)).toContain('giay-khai-sinh');
  });

  it('tracks publicly with code and secret only', async () => {
    const ok = await t.app.inject({
      method: 'GET',
      url: `/api/v1/tracking?code=${code}&secret=${secret.toLowerCase()}`,
    });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json().state).toBe('delivered');
    expect(ok.body).not.toContain(fullName);
    const wrong = await t.app.inject({ method: 'GET', url: `/api/v1/tracking?code=${code}&secret=ZZZZZZ` });
    expect(wrong.statusCode).toBe(404);
  });

  it('keeps the whole history, the control slip (06) and the register (07)', async () => {
    const view = await t.app.inject({
      method: 'GET',
      url: `/api/v1/dossiers/${dossierId}`,
      headers: officer(w.staff.motcua),
    });
    expect(view.json().history.map((e: { action: string }) => e.action)).toEqual([
      'submit',
      'receive',
      'assign',
      'request_supplement',
      'supplement',
      'assign',
      'approve',
      'sign',
      'issue',
      'pay',
      'deliver',
      'rate',
    ]);
    const slip = await t.app.inject({
      method: 'GET',
      url: `/api/v1/dossiers/${dossierId}/forms/06`,
      headers: officer(w.staff.motcua),
    });
    expect(slip.statusCode).toBe(200);
    const day = new Date().toISOString().slice(0, 10);
    const register = await t.app.inject({
      method: 'GET',
      url: `/api/v1/dossiers/register?unitId=${w.communeId}&from=2026-01-01&to=${day}`,
      headers: officer(w.staff.motcua),
    });
    expect(register.statusCode, register.body).toBe(200);
    expect(register.headers['content-type']).toContain('application/pdf');
    const outside = await t.app.inject({
      method: 'GET',
      url: `/api/v1/dossiers/register?unitId=${w.communeId}&from=2026-01-01&to=${day}`,
      headers: officer(w.other.motcua),
    });
    expect(outside.statusCode).toBe(404);
  });

  it('archives', async () => {
    const body = await act('archive', officer(w.staff.motcua));
    expect(body.state).toBe('archived');
    expect(body.allowedActions).toEqual([]);
  });
});
