import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer, testAuthenticate } from '../../../test/test-app.ts';
import { auditEntries } from '../../platform/audit/index.ts';
import type { Actor } from '../../platform/auth/actor.ts';
import { AppError } from '../../platform/http/app-error.ts';
import { dossiers } from '../dossiers/index.ts';
import { type CallbackOutcome, createSimulatorProvider, type PaymentProvider } from './payment-provider.ts';
import { createPaymentsTestApp, insertDossier, type PaymentsTestApp } from './payments.fixtures.ts';
import { payments } from './payments.schema.ts';
import { createPaymentsService, type PaymentsService } from './payments.service.ts';

/**
 * The review's faults: the callback and the desk never both settle a dossier, money received for
 * a cancelled payment is recorded, the provider is asked outside the transaction, a paid callback
 * needs its amount, and ended dossiers take no fee.
 */
const SECRET = 'bi-mat-mo-phong-thanh-toan-thu-nghiem';
const ORIGIN = { ip: null, requestId: null };

let t: PaymentsTestApp;
let unitA = '';
let officer: Actor;
const db = () => t.db.database.db;
const simulator = createSimulatorProvider({ secret: SECRET });
let service: PaymentsService;
const warnings: Record<string, unknown>[] = [];
const log = { warn: (details: Record<string, unknown>) => void warnings.push(details) };

async function actorOf(headers: { authorization: string }): Promise<Actor> {
  const actor = await testAuthenticate({ headers } as Parameters<typeof testAuthenticate>[0]);
  if (!actor) throw new Error('no actor');
  return actor;
}

function serviceWith(provider: PaymentProvider) {
  return createPaymentsService({ db: db(), config: t.config, provider, dossiers: t.port });
}

const newDossier = (feeTotal = 12000) =>
  insertDossier(db(), {
    competentUnitId: unitA,
    applicantPersonalId: '001085012345',
    fullName: 'Nguyễn Văn An',
    feeTotal,
  });

async function callback(paymentId: string, status: 'paid' | 'cancelled' = 'paid', amount?: number) {
  const [row] = await db().select().from(payments).where(eq(payments.id, paymentId));
  const { headers, rawBody } = simulator.signCallback({
    providerRef: row?.providerRef ?? '',
    status,
    amount: amount ?? row?.amount ?? 0,
    paidAt: status === 'paid' ? new Date().toISOString() : null,
  });
  return service.handleCallback('simulator', headers, Buffer.from(rawBody), ORIGIN, log);
}

const rowsOf = (dossierId: string) => db().select().from(payments).where(eq(payments.dossierId, dossierId));
const markPaidOf = (dossierId: string) => t.port.markPaidCalls.filter((call) => call.dossierId === dossierId);
const auditOf = async (paymentId: string) =>
  db().select().from(auditEntries).where(eq(auditEntries.subjectId, paymentId));
const errorCode = (promise: Promise<unknown>) =>
  promise.then(
    () => 'ok',
    (error: unknown) => (error instanceof AppError ? error.code : String(error)),
  );

beforeAll(async () => {
  t = await createPaymentsTestApp({ PAYMENT_SIMULATOR_SECRET: SECRET });
  const createUnit = async (body: Record<string, unknown>): Promise<string> => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/org/units',
      headers: bearer('to-chuc', ['org.manage']),
      payload: { block: 'government', validFrom: '2025-01-01', ...body },
    });
    if (res.statusCode !== 201) throw new Error(res.body);
    return res.json().id;
  };
  const city = await createUnit({
    name: 'Thành phố Thử nghiệm',
    code: '94',
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
  officer = await actorOf(
    bearer('mot-cua-bd', ['dossier.read', 'dossier.receive'], { unitId: unitA, scope: 'unit' }),
  );
  service = serviceWith(simulator);
});
afterAll(() => t?.close());

describe('desk payment and callback on the same dossier', () => {
  it('callback first: the desk refuses with PAYMENT_ALREADY_PAID', async () => {
    const dossierId = await newDossier();
    const online = await service.create(officer, ORIGIN, dossierId, { method: 'online' });
    expect((await callback(online.id)).status).toBe('paid');
    expect(await errorCode(service.create(officer, ORIGIN, dossierId, { method: 'desk' }))).toBe(
      'PAYMENT_ALREADY_PAID',
    );
    expect(markPaidOf(dossierId)).toEqual([{ dossierId, online: true }]);
  });

  it('desk first: the late bank payment is recorded paid with a refund due, the dossier marked paid once', async () => {
    const dossierId = await newDossier();
    const online = await service.create(officer, ORIGIN, dossierId, { method: 'online' });
    const desk = await service.create(officer, ORIGIN, dossierId, { method: 'desk' });
    expect(desk.status).toBe('paid');
    warnings.length = 0;
    expect(await callback(online.id)).toEqual({ paymentId: online.id, status: 'paid', changed: true });
    const rows = await rowsOf(dossierId);
    expect(rows.map((row) => [row.provider, row.status]).sort()).toEqual([
      ['desk', 'paid'],
      ['simulator', 'paid'],
    ]);
    expect(rows.find((row) => row.id === online.id)?.receiptNo).toMatch(/^BL-\d{4}-\d{6}$/);
    expect(markPaidOf(dossierId)).toEqual([{ dossierId, online: false }]);
    const entry = (await auditOf(online.id)).find((e) => e.action === 'payment.paid-after-cancel');
    expect(entry?.details).toMatchObject({ dossierId, refundDue: true, previousStatus: 'cancelled' });
    expect(warnings).toHaveLength(1);
    expect(JSON.stringify(warnings)).not.toMatch(/Nguyễn|001085012345/);
    // The bank repeats itself: nothing more.
    expect((await callback(online.id)).changed).toBe(false);
    expect((await auditOf(online.id)).filter((e) => e.action === 'payment.paid-after-cancel')).toHaveLength(
      1,
    );
  });

  it('together: exactly one settles the dossier, and a second payment is never silent', async () => {
    for (let i = 0; i < 3; i++) {
      const dossierId = await newDossier();
      const online = await service.create(officer, ORIGIN, dossierId, { method: 'online' });
      const [, desk] = await Promise.all([
        callback(online.id),
        errorCode(service.create(officer, ORIGIN, dossierId, { method: 'desk' })),
      ]);
      expect(markPaidOf(dossierId)).toHaveLength(1);
      const paid = (await rowsOf(dossierId)).filter((row) => row.status === 'paid');
      if (desk === 'ok') {
        expect(paid).toHaveLength(2);
        const actions = (await auditOf(online.id)).map((e) => e.action);
        expect(actions).toContain('payment.paid-after-cancel');
      } else {
        expect(desk).toBe('PAYMENT_ALREADY_PAID');
        expect(paid.map((row) => row.id)).toEqual([online.id]);
      }
    }
  });
});

describe('a payment replaced by a newer one', () => {
  it('paid late, it settles the unpaid dossier and cancels the newer one; the newer one paid later is a refund', async () => {
    const dossierId = await newDossier(10000);
    const first = await service.create(officer, ORIGIN, dossierId, { method: 'online' });
    await db().update(dossiers).set({ feeTotal: 20000 }).where(eq(dossiers.id, dossierId));
    const second = await service.create(officer, ORIGIN, dossierId, { method: 'online' });
    expect(second.id).not.toBe(first.id);

    expect((await callback(first.id)).status).toBe('paid');
    const byId = new Map((await rowsOf(dossierId)).map((row) => [row.id, row.status]));
    expect(byId.get(first.id)).toBe('paid');
    expect(byId.get(second.id)).toBe('cancelled');
    expect(markPaidOf(dossierId)).toEqual([{ dossierId, online: true }]);
    const late = (await auditOf(first.id)).find((e) => e.action === 'payment.paid-after-cancel');
    expect(late?.details).toMatchObject({ refundDue: false, cancelled: [second.id] });

    expect((await callback(second.id)).status).toBe('paid');
    const refund = (await auditOf(second.id)).find((e) => e.action === 'payment.paid-after-cancel');
    expect(refund?.details).toMatchObject({ refundDue: true });
    expect(markPaidOf(dossierId)).toHaveLength(1);
  });

  it('a late payment of another amount is failed and audited with a refund due', async () => {
    const dossierId = await newDossier();
    const online = await service.create(officer, ORIGIN, dossierId, { method: 'online' });
    await service.create(officer, ORIGIN, dossierId, { method: 'desk' });
    expect((await callback(online.id, 'paid', 1000)).status).toBe('failed');
    const entry = (await auditOf(online.id)).find((e) => e.action === 'payment.failed');
    expect(entry?.details).toMatchObject({ reportedAmount: 1000, refundDue: true });
  });
});

describe('the provider is asked outside the transaction', () => {
  it('the pending row is committed before the provider call, then gets its reference and VietQR', async () => {
    const seen: (string | undefined)[] = [];
    const provider: PaymentProvider = {
      ...simulator,
      async createPayment(input) {
        // Another connection sees the committed row (a transaction holding PGlite would hang here).
        const [row] = await db().select().from(payments).where(eq(payments.id, input.paymentId));
        seen.push(row?.status);
        return simulator.createPayment(input);
      },
    };
    const dossierId = await newDossier();
    const view = await serviceWith(provider).create(officer, ORIGIN, dossierId, { method: 'online' });
    expect(seen).toEqual(['pending']);
    expect(view).toMatchObject({ status: 'pending', payUrl: `/thanh-toan-mo-phong/${view.id}` });
    expect(view.qrPayload).toMatch(/^000201/);
    const [row] = await rowsOf(dossierId);
    expect(row?.providerRef).toMatch(/^SIM/);
    expect((await auditOf(view.id)).map((e) => e.action)).toEqual(
      expect.arrayContaining(['payment.created', 'payment.opened']),
    );
  });

  it('a provider failure fails the payment (503) and a new attempt opens a new one', async () => {
    const down: PaymentProvider = {
      ...simulator,
      createPayment: async () => {
        throw new Error('ECONNREFUSED');
      },
    };
    const dossierId = await newDossier();
    expect(await errorCode(serviceWith(down).create(officer, ORIGIN, dossierId, { method: 'online' }))).toBe(
      'SERVICE_UNAVAILABLE',
    );
    const [failed] = await rowsOf(dossierId);
    expect(failed?.status).toBe('failed');
    const again = await service.create(officer, ORIGIN, dossierId, { method: 'online' });
    expect(again.id).not.toBe(failed?.id);
    expect(again.status).toBe('pending');
  });
});

describe('a paid callback without its amount', () => {
  it('is refused (400) and the payment stays pending', async () => {
    const loose: PaymentProvider = {
      ...simulator,
      verifyCallback: async (_headers, raw) => JSON.parse(raw.toString('utf8')) as CallbackOutcome,
    };
    const loosely = serviceWith(loose);
    const dossierId = await newDossier();
    const view = await loosely.create(officer, ORIGIN, dossierId, { method: 'online' });
    const [row] = await rowsOf(dossierId);
    const body = Buffer.from(JSON.stringify({ providerRef: row?.providerRef, status: 'paid', paidAt: null }));
    expect(await errorCode(loosely.handleCallback('simulator', {}, body, ORIGIN))).toBe('VALIDATION_FAILED');
    expect((await rowsOf(dossierId))[0]?.status).toBe('pending');
    expect(markPaidOf(dossierId)).toHaveLength(0);
    expect(view.status).toBe('pending');
  });
});

describe('ended dossiers take no fee', () => {
  it.each(['refused', 'stopped', 'archived'] as const)(
    '%s: PAYMENT_NOT_DUE online and at the desk',
    async (state) => {
      const dossierId = await newDossier();
      await db().update(dossiers).set({ state }).where(eq(dossiers.id, dossierId));
      for (const method of ['online', 'desk'] as const) {
        const res = await t.app.inject({
          method: 'POST',
          url: `/api/v1/dossiers/${dossierId}/payments`,
          headers: bearer('mot-cua-bd', ['dossier.read', 'dossier.receive'], {
            unitId: unitA,
            scope: 'unit',
          }),
          payload: { method },
        });
        expect(res.statusCode).toBe(409);
        expect(res.json().code).toBe('PAYMENT_NOT_DUE');
      }
      expect(await rowsOf(dossierId)).toHaveLength(0);
    },
  );
});
