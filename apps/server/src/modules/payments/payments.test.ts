import { execFileSync } from 'node:child_process';
import { createHmac } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseVietQrPayload } from '@lienthong/vn';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CitizenSession, citizenSession } from '../../../test/citizen-session.ts';
import { bearer } from '../../../test/test-app.ts';
import { auditEntries } from '../../platform/audit/index.ts';
import { dossiers } from '../dossiers/index.ts';
import { createPaymentsTestApp, insertDossier, type PaymentsTestApp } from './payments.fixtures.ts';

/**
 * Fees: the simulator's whole round trip through app.inject (online payment → simulator page →
 * signed callback → paid, the dossier marked paid once however often the callback comes), the
 * desk, the receipt PDF, and who may do what.
 */
const SECRET = 'bi-mat-mo-phong-thanh-toan-thu-nghiem';
const AN = '001085012345';
const NGOC = '001192004821';

let t: PaymentsTestApp;
let an: CitizenSession;
let ngoc: CitizenSession;
let unitA = '';
let unitB = '';
const db = () => t.db.database.db;

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
  t = await createPaymentsTestApp({ PAYMENT_SIMULATOR_SECRET: SECRET });
  const city = await createUnit({
    name: 'Thành phố Thử nghiệm',
    code: '93',
    unitType: 'municipality',
    level: 'city',
    parentId: null,
  });
  unitA = await createUnit({
    name: 'Ủy ban nhân dân phường Ba Đình',
    unitType: 'ward',
    level: 'commune',
    parentId: city,
  });
  unitB = await createUnit({
    name: 'Ủy ban nhân dân phường Hoàn Kiếm',
    unitType: 'ward',
    level: 'commune',
    parentId: city,
  });
  an = await citizenSession(t, AN);
  ngoc = await citizenSession(t, NGOC);
});
afterAll(() => t?.close());

const pay = (dossierId: string, headers: Record<string, string>, payload?: object) =>
  t.app.inject({
    method: 'POST',
    url: `/api/v1/dossiers/${dossierId}/payments`,
    headers,
    ...(payload ? { payload } : {}),
  });
const get = (url: string, headers: Record<string, string> = {}) =>
  t.app.inject({ method: 'GET', url, headers });
const complete = (paymentId: string, outcome = 'paid') =>
  t.app.inject({
    method: 'POST',
    url: `/api/v1/payments/simulator/${paymentId}/complete`,
    payload: { outcome },
  });

function signed(body: object, at = Math.floor(Date.now() / 1000), secret = SECRET) {
  const raw = JSON.stringify(body);
  const mac = createHmac('sha256', secret).update(`${at}.${raw}`).digest('hex');
  return { raw, header: `t=${at},v1=${mac}` };
}
const callback = (raw: string, header?: string) =>
  t.app.inject({
    method: 'POST',
    url: '/api/v1/payments/callback/simulator',
    headers: { 'content-type': 'application/json', ...(header ? { 'x-simulator-signature': header } : {}) },
    payload: raw,
  });

function pdfText(bytes: Buffer): string {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'bien-lai-')), 'bien-lai.pdf');
  fs.writeFileSync(file, bytes);
  return execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
}

const officer = (
  id: string,
  unitId: string,
  permissions: Parameters<typeof bearer>[1] = ['dossier.read', 'dossier.receive'],
) => bearer(id, permissions, { unitId, scope: 'unit' });

describe('online payment through the simulator', () => {
  let dossierId = '';
  let paymentId = '';

  beforeAll(async () => {
    dossierId = await insertDossier(db(), {
      competentUnitId: unitA,
      applicantPersonalId: AN,
      fullName: 'Nguyễn Văn An',
      feeTotal: 8000,
      code: 'H26.1.01-260305-0007',
    });
  });

  it('creates a pending payment with a VietQR and the simulator page; asking again returns it', async () => {
    const res = await pay(dossierId, an.headers, {});
    expect(res.statusCode).toBe(200);
    const view = res.json();
    paymentId = view.id;
    expect(view).toMatchObject({
      dossierId,
      amount: 8000,
      status: 'pending',
      provider: 'simulator',
      receiptNo: null,
      paidAt: null,
    });
    expect(view.payUrl).toBe(`/thanh-toan-mo-phong/${paymentId}`);
    const qr = parseVietQrPayload(view.qrPayload);
    expect(qr.ok && qr.value).toMatchObject({
      bankBin: '970415',
      accountNumber: '113000000000',
      amount: 8000,
      purpose: 'H26.1.01-260305-0007',
    });
    const again = await pay(dossierId, an.headers);
    expect(again.json().id).toBe(paymentId);
  });

  it('shows the simulator page publicly', async () => {
    const res = await get(`/api/v1/payments/simulator/${paymentId}`);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      id: paymentId,
      amount: 8000,
      status: 'pending',
      beneficiaryName: 'TÀI KHOẢN DEMO - KHÔNG CHUYỂN TIỀN THẬT',
      returnUrl: `/ca-nhan/ho-so/${dossierId}`,
    });
  });

  it('completes: the signed callback marks it paid with a receipt number, and the dossier paid once', async () => {
    const res = await complete(paymentId);
    expect(res.statusCode).toBe(200);
    expect(res.json().status).toBe('paid');
    const list = await get(`/api/v1/dossiers/${dossierId}/payments`, an.headers);
    expect(list.statusCode).toBe(200);
    const [paid] = list.json().items;
    expect(paid).toMatchObject({ id: paymentId, status: 'paid', payUrl: null });
    expect(paid.receiptNo).toMatch(/^BL-\d{4}-000001$/);
    expect(t.port.markPaidCalls).toEqual([{ dossierId, online: true }]);
    const [row] = await db().select().from(dossiers).where(eq(dossiers.id, dossierId));
    expect(row?.paidOnline).toBe(true);

    // The same outcome again — from the page, or the bank's repeated callback — changes nothing.
    expect((await complete(paymentId)).json().status).toBe('paid');
    const providerRef = `SIM${paymentId.replace(/-/g, '').slice(-12).toUpperCase()}`;
    const repeat = signed({ providerRef, status: 'paid', amount: 8000, paidAt: new Date().toISOString() });
    const res2 = await callback(repeat.raw, repeat.header);
    expect(res2.statusCode).toBe(200);
    expect(res2.json()).toEqual({ paymentId, status: 'paid', changed: false });
    expect(t.port.markPaidCalls).toHaveLength(1);
    const cancel = signed({ providerRef, status: 'cancelled', amount: 8000, paidAt: null });
    expect((await callback(cancel.raw, cancel.header)).json()).toMatchObject({
      status: 'paid',
      changed: false,
    });

    const actions = (await db().select().from(auditEntries).where(eq(auditEntries.subjectId, paymentId))).map(
      (e) => e.action,
    );
    expect(actions).toEqual(expect.arrayContaining(['payment.created', 'payment.paid']));
    expect(actions.filter((action) => action === 'payment.paid')).toHaveLength(1);
  });

  it('refuses a second payment: PAYMENT_ALREADY_PAID', async () => {
    const res = await pay(dossierId, an.headers);
    expect(res.statusCode).toBe(409);
    expect(res.json().code).toBe('PAYMENT_ALREADY_PAID');
  });

  it('serves the receipt PDF with the amount in figures and in words', async () => {
    const [row] = (await get(`/api/v1/dossiers/${dossierId}/payments`, an.headers)).json().items;
    const res = await get(`/api/v1/payments/${paymentId}/receipt`, an.headers);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    const text = pdfText(res.rawPayload);
    expect(text).toBe(text.normalize('NFC'));
    for (const expected of [
      'BIÊN LAI THU PHÍ, LỆ PHÍ',
      `Số: ${row.receiptNo}`,
      'Ủy ban nhân dân phường Ba Đình',
      'Người nộp: Nguyễn Văn An',
      'H26.1.01-260305-0007',
      'Số tiền: 8.000 đồng',
      'Bằng chữ: Tám nghìn đồng',
      'Chuyển khoản VietQR',
    ]) {
      expect(text).toContain(expected);
    }
    const audit = await db()
      .select()
      .from(auditEntries)
      .where(eq(auditEntries.action, 'payment.receipt.read'));
    expect(audit.map((entry) => [entry.subjectId, entry.purpose])).toContainEqual([paymentId, 'self.view']);
  });
});

describe('the callback', () => {
  let paymentId = '';
  let providerRef = '';

  beforeAll(async () => {
    const dossierId = await insertDossier(db(), {
      competentUnitId: unitA,
      applicantPersonalId: AN,
      fullName: 'Nguyễn Văn An',
      feeTotal: 100000,
    });
    paymentId = (await pay(dossierId, an.headers)).json().id;
    providerRef = `SIM${paymentId.replace(/-/g, '').slice(-12).toUpperCase()}`;
  });

  it('401 PAYMENT_SIGNATURE_INVALID for a bad, missing, foreign or stale signature; nothing changes', async () => {
    const body = { providerRef, status: 'paid', amount: 100000, paidAt: new Date().toISOString() };
    const good = signed(body);
    const forged = signed(body, undefined, 'khoa-bi-mat-cua-ke-gia-mao');
    const stale = signed(body, Math.floor(Date.now() / 1000) - 3600);
    for (const res of [
      await callback(good.raw.replace('100000', '1000'), good.header),
      await callback(good.raw),
      await callback(forged.raw, forged.header),
      await callback(stale.raw, stale.header),
    ]) {
      expect(res.statusCode).toBe(401);
      expect(res.json().code).toBe('PAYMENT_SIGNATURE_INVALID');
    }
    expect((await get(`/api/v1/payments/simulator/${paymentId}`)).json().status).toBe('pending');
  });

  it('404 for an unknown provider or reference', async () => {
    const body = signed({ providerRef: 'SIM000000000000', status: 'paid', amount: 1, paidAt: null });
    expect((await callback(body.raw, body.header)).statusCode).toBe(404);
    const res = await t.app.inject({ method: 'POST', url: '/api/v1/payments/callback/vnpay', payload: {} });
    expect(res.statusCode).toBe(404);
  });

  it('a paid amount that differs from the fee fails the payment and leaves the dossier unpaid', async () => {
    const calls = t.port.markPaidCalls.length;
    const body = signed({ providerRef, status: 'paid', amount: 1000, paidAt: new Date().toISOString() });
    expect((await callback(body.raw, body.header)).json()).toMatchObject({ status: 'failed', changed: true });
    expect(t.port.markPaidCalls).toHaveLength(calls);
  });

  it('cancelled on the simulator page', async () => {
    const dossierId = await insertDossier(db(), {
      competentUnitId: unitA,
      applicantPersonalId: AN,
      fullName: 'Nguyễn Văn An',
      feeTotal: 50000,
    });
    const id = (await pay(dossierId, an.headers)).json().id;
    expect((await complete(id, 'cancelled')).json().status).toBe('cancelled');
    expect((await get(`/api/v1/payments/${id}/receipt`, an.headers)).statusCode).toBe(404);
    // A new attempt opens a new payment.
    expect((await pay(dossierId, an.headers)).json()).toMatchObject({ status: 'pending' });
  });
});

describe('payment at the one-stop desk', () => {
  let dossierId = '';

  beforeAll(async () => {
    dossierId = await insertDossier(db(), {
      competentUnitId: unitA,
      applicantPersonalId: NGOC,
      fullName: 'Trần Thị Bích Ngọc',
      feeTotal: 15000,
    });
    // A pending online payment is cancelled by the desk payment.
    await pay(dossierId, ngoc.headers);
  });

  it('needs dossier.receive in the dossier unit (403 without it, 404 in another unit, 403 for the citizen)', async () => {
    const readOnly = await pay(dossierId, officer('chuyen-vien', unitA, ['dossier.read']), {
      method: 'desk',
    });
    expect(readOnly.statusCode).toBe(403);
    const elsewhere = await pay(dossierId, officer('mot-cua-hk', unitB), { method: 'desk' });
    expect(elsewhere.statusCode).toBe(404);
    const citizen = await pay(dossierId, ngoc.headers, { method: 'desk' });
    expect(citizen.statusCode).toBe(403);
  });

  it('records cash at once with the next receipt number, marks the dossier paid at the desk', async () => {
    const res = await pay(dossierId, officer('mot-cua-bd', unitA), { method: 'desk' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ status: 'paid', provider: 'desk', qrPayload: null, payUrl: null });
    expect(res.json().receiptNo).toMatch(/^BL-\d{4}-000002$/);
    expect(t.port.markPaidCalls.at(-1)).toEqual({ dossierId, online: false });
    const items = (await get(`/api/v1/dossiers/${dossierId}/payments`, officer('mot-cua-bd', unitA))).json()
      .items;
    expect(items.map((item: { status: string }) => item.status)).toEqual(['paid', 'cancelled']);
    const text = pdfText(
      (await get(`/api/v1/payments/${res.json().id}/receipt`, officer('mot-cua-bd', unitA))).rawPayload,
    );
    expect(text).toContain('Bằng chữ: Mười lăm nghìn đồng');
    expect(text).toContain('Tiền mặt hoặc thẻ tại Bộ phận Một cửa');
  });

  it('numbers concurrent receipts consecutively, without duplicates', async () => {
    const ids = await Promise.all(
      [1, 2, 3, 4].map(() =>
        insertDossier(db(), {
          competentUnitId: unitA,
          applicantPersonalId: NGOC,
          fullName: 'Trần Thị Bích Ngọc',
          feeTotal: 5000,
        }),
      ),
    );
    const results = await Promise.all(
      ids.map((id) => pay(id, officer('mot-cua-bd', unitA), { method: 'desk' })),
    );
    const numbers = results
      .map((res) => Number(String(res.json().receiptNo).slice(-6)))
      .sort((a, b) => a - b);
    expect(numbers).toEqual([3, 4, 5, 6]);
  });

  it('PAYMENT_NOT_DUE for a dossier without fees', async () => {
    const free = await insertDossier(db(), {
      competentUnitId: unitA,
      applicantPersonalId: NGOC,
      fullName: 'Trần Thị Bích Ngọc',
      feeTotal: 0,
    });
    const res = await pay(free, ngoc.headers);
    expect(res.statusCode).toBe(409);
    expect(res.json().code).toBe('PAYMENT_NOT_DUE');
  });
});

describe('who may see and pay', () => {
  let dossierId = '';
  let paymentId = '';

  beforeAll(async () => {
    dossierId = await insertDossier(db(), {
      competentUnitId: unitA,
      applicantPersonalId: AN,
      fullName: 'Nguyễn Văn An',
      feeTotal: 20000,
    });
    paymentId = (await pay(dossierId, an.headers)).json().id;
    await complete(paymentId);
  });

  it('401 for anonymous callers', async () => {
    expect((await pay(dossierId, {})).statusCode).toBe(401);
    expect((await get(`/api/v1/dossiers/${dossierId}/payments`)).statusCode).toBe(401);
    expect((await get(`/api/v1/payments/${paymentId}/receipt`)).statusCode).toBe(401);
  });

  it("404 for another citizen's or another unit's dossier (no existence leak)", async () => {
    for (const headers of [ngoc.headers, officer('mot-cua-hk', unitB)]) {
      expect((await pay(dossierId, headers)).statusCode).toBe(404);
      expect((await get(`/api/v1/dossiers/${dossierId}/payments`, headers)).statusCode).toBe(404);
      expect((await get(`/api/v1/payments/${paymentId}/receipt`, headers)).statusCode).toBe(404);
    }
  });

  it('400 with field paths', async () => {
    const badId = await pay('khong-phai-ma', an.headers);
    expect(badId.statusCode).toBe(400);
    expect(badId.json().errors[0].path).toBe('params.id');
    const badMethod = await pay(dossierId, an.headers, { method: 'tien-mat' });
    expect(badMethod.statusCode).toBe(400);
    expect(badMethod.json().errors[0].path).toBe('body.method');
  });
});

describe('PAYMENT_PROVIDER=none', () => {
  it('has no simulator (404) and refuses online payment, the desk still works', async () => {
    const other = await createPaymentsTestApp({ PAYMENT_PROVIDER: 'none' }, { db: t.db, port: t.port });
    try {
      const dossierId = await insertDossier(db(), {
        competentUnitId: unitA,
        applicantPersonalId: AN,
        fullName: 'Nguyễn Văn An',
        feeTotal: 30000,
      });
      const [pending] = (await get(`/api/v1/dossiers/${dossierId}/payments`, an.headers)).json().items;
      expect(pending).toBeUndefined();
      const page = await other.app.inject({ method: 'GET', url: `/api/v1/payments/simulator/${dossierId}` });
      expect(page.statusCode).toBe(404);
      const done = await other.app.inject({
        method: 'POST',
        url: `/api/v1/payments/simulator/${dossierId}/complete`,
        payload: {},
      });
      expect(done.statusCode).toBe(404);
      const online = await other.app.inject({
        method: 'POST',
        url: `/api/v1/dossiers/${dossierId}/payments`,
        headers: an.headers,
        payload: {},
      });
      expect(online.statusCode).toBe(503);
      const desk = await other.app.inject({
        method: 'POST',
        url: `/api/v1/dossiers/${dossierId}/payments`,
        headers: officer('mot-cua-bd', unitA),
        payload: { method: 'desk' },
      });
      expect(desk.json()).toMatchObject({ status: 'paid', provider: 'desk' });
    } finally {
      await other.close();
    }
  });
});
