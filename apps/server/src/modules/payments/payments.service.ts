import fs from 'node:fs';
import type {
  CreatePaymentInput,
  PaymentCallbackResult,
  PaymentView,
  SimulatedPaymentView,
} from '@lienthong/contracts';
import { buildVietQrPayload } from '@lienthong/vn';
import type { Config } from '../../config.ts';
import { type AuditOrigin, recordAudit } from '../../platform/audit/index.ts';
import { type Actor, can } from '../../platform/auth/actor.ts';
import { unitScope } from '../../platform/auth/scope.ts';
import type { Db } from '../../platform/db/index.ts';
import { AppError } from '../../platform/http/app-error.ts';
import { newId } from '../../platform/ids.ts';
import { unitInScope, unitNames } from '../org/index.ts';
import type { PaymentProvider, SimulatorProvider } from './payment-provider.ts';
import { applyCallback, type WarnLog } from './payments.callback.ts';
import { NOT_PAYABLE_STATES, type PayableDossier, type PaymentsDossierPort } from './payments.port.ts';
import * as store from './payments.store.ts';
import { hanoiDateTime, renderReceipt } from './receipt-pdf.ts';

export type { PayableDossier, PaymentsDossierPort } from './payments.port.ts';

export type PaymentsDeps = {
  db: Db;
  config: Pick<Config, 'payments' | 'signatures'>;
  /** The configured provider; null when online payment is off (PAYMENT_PROVIDER=none). */
  provider: PaymentProvider | SimulatorProvider | null;
  dossiers: PaymentsDossierPort;
  clock?: () => Date;
  /** The TrueType font of receipts; by default SIGNATURE_FONT_FILE (Noto Sans). */
  font?: () => Uint8Array;
};

/** A pending online payment still without its provider reference after this long was abandoned. */
const OPENING_STALE_MS = 2 * 60_000;

/** Where the payer comes back to after paying: the applicant's dossier page in the portal. */
const returnUrlOf = (dossierId: string) => `/ca-nhan/ho-so/${dossierId}`;

/** Transfer purpose on the VietQR (ASCII, ≤ 25): the dossier code when it fits, else the reference. */
function purposeOf(code: string | null, providerRef: string): string {
  return code && code.length <= 25 ? code : providerRef.slice(0, 25);
}

export function createPaymentsService(deps: PaymentsDeps) {
  const { db, config, provider, dossiers } = deps;
  const now = deps.clock ?? (() => new Date());
  let fontBytes: Uint8Array | undefined;
  const font = deps.font ?? (() => (fontBytes ??= fs.readFileSync(config.signatures.fontFile)));

  function present(row: store.PaymentRow): PaymentView {
    const payUrl =
      row.status === 'pending' && provider && row.provider === provider.name ? provider.payUrlOf(row) : null;
    return {
      id: row.id,
      dossierId: row.dossierId,
      amount: row.amount,
      status: row.status,
      provider: row.provider,
      qrPayload: row.qrPayload,
      payUrl,
      receiptNo: row.receiptNo,
      createdAt: row.createdAt.toISOString(),
      paidAt: row.paidAt?.toISOString() ?? null,
    };
  }

  async function payable(tx: Db, actor: Actor, dossierId: string): Promise<PayableDossier> {
    const dossier = await dossiers.findPayable(tx, actor, dossierId);
    if (!dossier) throw new AppError('NOT_FOUND');
    return dossier;
  }

  async function assertDue(tx: Db, dossier: PayableDossier): Promise<store.PaymentRow[]> {
    if (dossier.feeTotal <= 0) throw new AppError('PAYMENT_NOT_DUE');
    if (NOT_PAYABLE_STATES.has(dossier.state)) {
      throw new AppError('PAYMENT_NOT_DUE', 'Hồ sơ đã kết thúc hoặc chưa nộp nên không thu phí, lệ phí.');
    }
    const existing = await store.findPayments(tx, dossier.id);
    if (dossier.paidAt || existing.some((row) => row.status === 'paid'))
      throw new AppError('PAYMENT_ALREADY_PAID');
    return existing;
  }

  /** Cash or card at the one-stop desk (dossier.receive in the dossier's unit): paid at once, with a receipt. */
  async function recordAtDesk(tx: Db, actor: Actor, origin: AuditOrigin, dossier: PayableDossier) {
    if (!can(actor, 'dossier.receive')) throw new AppError('FORBIDDEN');
    if (!(await unitInScope(tx, dossier.competentUnitId, unitScope(actor, 'dossier.receive')))) {
      throw new AppError('NOT_FOUND');
    }
    await assertDue(tx, dossier);
    const cancelled = await store.cancelPending(tx, dossier.id);
    // A callback settled just before (it waited for the lock we hold now): never take the fee twice.
    if ((await store.findPayments(tx, dossier.id)).some((row) => row.status === 'paid')) {
      throw new AppError('PAYMENT_ALREADY_PAID');
    }
    const at = now();
    const row = await store.insertPayment(tx, {
      id: newId(at.getTime()),
      dossierId: dossier.id,
      amount: dossier.feeTotal,
      status: 'paid',
      provider: 'desk',
      receiptNo: await store.nextReceiptNo(tx, hanoiDateTime(at).year),
      createdBy: actor.id,
      createdAt: at,
      paidAt: at,
    });
    await dossiers.markPaid(tx, dossier.id, at, false);
    await recordAudit(tx, actor, origin, {
      action: 'payment.recorded-at-desk',
      subject: { type: 'payment', id: row.id },
      details: { dossierId: dossier.id, amount: row.amount, receiptNo: row.receiptNo, cancelled },
    });
    return row;
  }

  type Opened = {
    row: store.PaymentRow;
    open?: { description: string; dossierId: string; code: string | null };
  };

  /**
   * A pending online payment (the applicant, or a one-stop officer showing the QR): the same one
   * while pending. Only the row is written here; the provider is asked after the commit.
   */
  async function openOnline(
    tx: Db,
    actor: Actor,
    origin: AuditOrigin,
    dossier: PayableDossier,
  ): Promise<Opened> {
    if (actor.kind !== 'citizen' && !can(actor, 'dossier.receive')) throw new AppError('FORBIDDEN');
    const existing = await assertDue(tx, dossier);
    if (!provider) {
      throw new AppError(
        'SERVICE_UNAVAILABLE',
        'Chưa cấu hình thanh toán trực tuyến; vui lòng nộp phí tại Bộ phận Một cửa.',
      );
    }
    const at = now();
    const pending = existing.find((row) => row.status === 'pending' && row.provider === provider.name);
    const abandoned =
      pending && !pending.providerRef && at.getTime() - pending.createdAt.getTime() > OPENING_STALE_MS;
    if (pending && pending.amount === dossier.feeTotal && !abandoned) return { row: pending };
    if (pending) await store.cancelPending(tx, dossier.id);
    const row = await store.insertPayment(tx, {
      id: newId(at.getTime()),
      dossierId: dossier.id,
      amount: dossier.feeTotal,
      status: 'pending',
      provider: provider.name,
      createdBy: actor.id,
      createdAt: at,
    });
    await recordAudit(tx, actor, origin, {
      action: 'payment.created',
      subject: { type: 'payment', id: row.id },
      details: { dossierId: dossier.id, amount: row.amount, provider: row.provider },
    });
    const description = `Phí, lệ phí hồ sơ ${dossier.code ?? ''}`.trim();
    return { row, open: { description, dossierId: dossier.id, code: dossier.code } };
  }

  /**
   * Asks the provider for the payment, outside any transaction (an HTTP call must not hold the
   * database), then records its reference and the VietQR; a failure fails the payment (503).
   */
  async function openAtProvider(
    actor: Actor,
    origin: AuditOrigin,
    row: store.PaymentRow,
    open: NonNullable<Opened['open']>,
  ): Promise<store.PaymentRow> {
    if (!provider) throw new AppError('SERVICE_UNAVAILABLE');
    let providerRef: string;
    try {
      ({ providerRef } = await provider.createPayment({
        paymentId: row.id,
        amount: row.amount,
        description: open.description,
        returnUrl: returnUrlOf(open.dossierId),
      }));
    } catch (error) {
      await db.transaction(async (tx) => {
        await store.lockDossierPayments(tx, row.dossierId);
        const current = await store.findPayment(tx, row.id);
        if (current?.status !== 'pending') return;
        await store.updatePayment(tx, row.id, { status: 'failed' });
        await recordAudit(tx, actor, origin, {
          action: 'payment.failed',
          subject: { type: 'payment', id: row.id },
          details: { dossierId: row.dossierId, provider: row.provider, reason: 'provider-unavailable' },
        });
      });
      throw new AppError(
        'SERVICE_UNAVAILABLE',
        'Không kết nối được tổ chức thanh toán; vui lòng thử lại sau hoặc nộp phí tại Bộ phận Một cửa.',
        undefined,
        error,
      );
    }
    const { bankBin, accountNumber } = config.payments.beneficiary;
    return db.transaction(async (tx) => {
      await store.lockDossierPayments(tx, row.dossierId);
      // Kept even if the payment was cancelled meanwhile: a payment made at the provider must be found.
      const updated = await store.updatePayment(tx, row.id, {
        providerRef,
        qrPayload: buildVietQrPayload({
          bankBin,
          accountNumber,
          amount: row.amount,
          purpose: purposeOf(open.code, providerRef),
        }),
      });
      await recordAudit(tx, actor, origin, {
        action: 'payment.opened',
        subject: { type: 'payment', id: row.id },
        details: { dossierId: row.dossierId, provider: row.provider, providerRef },
      });
      return updated;
    });
  }

  async function create(
    actor: Actor,
    origin: AuditOrigin,
    dossierId: string,
    input: CreatePaymentInput,
  ): Promise<PaymentView> {
    const { row, open } = await db.transaction(async (tx): Promise<Opened> => {
      await store.lockDossierPayments(tx, dossierId);
      const dossier = await payable(tx, actor, dossierId);
      return input.method === 'desk'
        ? { row: await recordAtDesk(tx, actor, origin, dossier) }
        : openOnline(tx, actor, origin, dossier);
    });
    return present(open ? await openAtProvider(actor, origin, row, open) : row);
  }

  async function list(actor: Actor, origin: AuditOrigin, dossierId: string): Promise<PaymentView[]> {
    return db.transaction(async (tx) => {
      const dossier = await payable(tx, actor, dossierId);
      const rows = await store.findPayments(tx, dossier.id);
      await recordAudit(tx, actor, origin, {
        action: 'payment.listed',
        subject: { type: 'dossier', id: dossier.id },
        purpose: actor.kind === 'citizen' ? 'self.view' : 'dossier.processing',
        details: { count: rows.length },
      });
      return rows.map(present);
    });
  }

  /** The receipt PDF of a paid payment (404 for a dossier the actor may not see, or nothing paid). */
  async function receipt(
    actor: Actor,
    origin: AuditOrigin,
    paymentId: string,
  ): Promise<{ bytes: Uint8Array; fileName: string }> {
    const { row, dossier, unitName } = await db.transaction(async (tx) => {
      const row = await store.findPayment(tx, paymentId);
      const dossier = row ? await dossiers.findPayable(tx, actor, row.dossierId) : null;
      if (!row || !dossier) throw new AppError('NOT_FOUND');
      if (row.status !== 'paid' || !row.receiptNo || !row.paidAt) {
        throw new AppError('NOT_FOUND', 'Khoản thanh toán này chưa hoàn tất nên chưa có biên lai.');
      }
      const names = await unitNames(tx, [dossier.competentUnitId], hanoiDateTime(row.paidAt).day);
      await recordAudit(tx, actor, origin, {
        action: 'payment.receipt.read',
        subject: { type: 'payment', id: row.id },
        purpose: actor.kind === 'citizen' ? 'self.view' : 'dossier.processing',
        details: { dossierId: dossier.id, receiptNo: row.receiptNo },
      });
      return { row, dossier, unitName: names.get(dossier.competentUnitId) ?? 'Cơ quan giải quyết thủ tục' };
    });
    const bytes = await renderReceipt(font(), {
      receiptNo: row.receiptNo ?? '',
      unitName,
      payerName: dossier.applicantName,
      dossierCode: dossier.code,
      amount: row.amount,
      provider: row.provider,
      providerRef: row.providerRef,
      paidAt: row.paidAt ?? now(),
    });
    return { bytes, fileName: `bien-lai-${row.receiptNo}.pdf` };
  }

  /** A provider's callback (public, signed): verified first, then applied once (payments.callback.ts). */
  async function handleCallback(
    providerName: string,
    headers: Record<string, string | string[] | undefined>,
    rawBody: Buffer,
    origin: AuditOrigin,
    log?: WarnLog,
  ): Promise<PaymentCallbackResult> {
    if (!provider || providerName !== provider.name) throw new AppError('NOT_FOUND');
    const outcome = await provider.verifyCallback(headers, rawBody);
    return applyCallback({ db, providerName: provider.name, dossiers, now }, outcome, origin, log);
  }

  function simulator(): SimulatorProvider {
    if (!provider || !('signCallback' in provider)) throw new AppError('ROUTE_NOT_FOUND');
    return provider;
  }

  async function simulatedPayment(paymentId: string): Promise<store.PaymentRow> {
    const row = await store.findPayment(db, paymentId);
    if (!row || row.provider !== simulator().name) throw new AppError('NOT_FOUND');
    return row;
  }

  /** The simulator's pay page (public: it stands for the bank's page). */
  async function simulatorView(paymentId: string): Promise<SimulatedPaymentView> {
    const row = await simulatedPayment(paymentId);
    return {
      id: row.id,
      amount: row.amount,
      description: `Phí, lệ phí thủ tục hành chính — mã giao dịch ${row.providerRef ?? ''}`.trim(),
      status: row.status,
      qrPayload: row.qrPayload,
      beneficiaryName: config.payments.beneficiary.name,
      returnUrl: returnUrlOf(row.dossierId),
    };
  }

  /** The signed callback the simulator's buttons make the platform post to itself. */
  async function simulatorCallback(
    paymentId: string,
    outcome: 'paid' | 'cancelled',
  ): Promise<{ headers: Record<string, string>; rawBody: string }> {
    const row = await simulatedPayment(paymentId);
    return simulator().signCallback({
      providerRef: row.providerRef ?? '',
      status: outcome,
      amount: row.amount,
      paidAt: outcome === 'paid' ? now().toISOString() : null,
    });
  }

  return {
    create,
    list,
    receipt,
    handleCallback,
    simulatorView,
    simulatorCallback,
    isSimulator: () => provider !== null && 'signCallback' in provider,
  };
}

export type PaymentsService = ReturnType<typeof createPaymentsService>;

/** Until app.ts wires the dossiers module's port: no dossier is payable (404). */
export const dossiersNotWired: PaymentsDossierPort = {
  findPayable: async () => null,
  markPaid: async () => {
    throw new Error('payments: the dossiers port is not wired');
  },
};
