import type { PaymentCallbackResult } from '@lienthong/contracts';
import { type AuditOrigin, recordAudit } from '../../platform/audit/index.ts';
import { systemActor } from '../../platform/auth/actor.ts';
import type { Db } from '../../platform/db/index.ts';
import { AppError } from '../../platform/http/app-error.ts';
import type { CallbackOutcome } from './payment-provider.ts';
import type { PaymentsDossierPort } from './payments.port.ts';
import * as store from './payments.store.ts';
import { hanoiDateTime } from './receipt-pdf.ts';

/** The platform's own actor for what a provider's callback changes. */
const PROVIDER_ACTOR = systemActor('system:payments', 'Cổng thanh toán');

/** Where warnings go (the request's logger): identifiers only, never personal data. */
export type WarnLog = { warn(details: Record<string, unknown>, message: string): void };

export type CallbackDeps = {
  db: Db;
  providerName: string;
  dossiers: PaymentsDossierPort;
  now: () => Date;
};

/**
 * A verified provider outcome, applied once under the dossier's payment lock (the same lock a
 * desk payment or a new online payment takes, so a desk payment and a callback never both
 * settle the dossier):
 * - a pending payment becomes paid (same amount required), failed or cancelled;
 * - money received for a payment already cancelled (the desk took cash, or a newer online
 *   payment replaced it) is never dropped: the payment is recorded paid with a receipt; if the
 *   dossier is already paid, as `payment.paid-after-cancel` with `refundDue` and a warning;
 * - anything else (a repeated callback) changes nothing, and `markPaid` runs once per dossier.
 */
export async function applyCallback(
  deps: CallbackDeps,
  outcome: CallbackOutcome,
  origin: AuditOrigin,
  log?: WarnLog,
): Promise<PaymentCallbackResult> {
  const { db, providerName, dossiers, now } = deps;
  if (outcome.status === 'paid' && !Number.isSafeInteger(outcome.amount)) {
    throw new AppError('VALIDATION_FAILED', 'Thông báo thanh toán thành công phải có số tiền đã thu.', [
      { path: 'body.amount', message: 'Thiếu số tiền đã thu.' },
    ]);
  }
  // Unlocked first, only to learn the dossier: its payment lock comes before the row's.
  const seen = await store.findPaymentByRef(db, providerName, outcome.providerRef);
  if (!seen) throw new AppError('NOT_FOUND');
  return db.transaction(async (tx) => {
    await store.lockDossierPayments(tx, seen.dossierId);
    const found = await store.lockPaymentByRef(tx, providerName, outcome.providerRef);
    if (!found) throw new AppError('NOT_FOUND');
    const late = found.status === 'cancelled' && outcome.status === 'paid';
    if (found.status !== 'pending' && !late) {
      return { paymentId: found.id, status: found.status, changed: false };
    }
    const audit = (action: string, row: store.PaymentRow, details: Record<string, unknown> = {}) =>
      recordAudit(tx, PROVIDER_ACTOR, origin, {
        action,
        subject: { type: 'payment', id: row.id },
        details: {
          dossierId: row.dossierId,
          provider: providerName,
          receiptNo: row.receiptNo,
          ...(late ? { previousStatus: found.status } : {}),
          ...details,
        },
      });
    const warn = (message: string, details: Record<string, unknown>) =>
      log?.warn(
        { paymentId: found.id, dossierId: found.dossierId, provider: providerName, ...details },
        message,
      );

    if (outcome.status === 'paid' && outcome.amount !== found.amount) {
      const row = await store.updatePayment(tx, found.id, { status: 'failed' });
      await audit('payment.failed', row, {
        expectedAmount: found.amount,
        reportedAmount: outcome.amount,
        ...(late ? { refundDue: true } : {}),
      });
      warn('payment callback amount differs from the payment', { late });
      return { paymentId: row.id, status: row.status, changed: true };
    }
    if (outcome.status !== 'paid') {
      const row = await store.updatePayment(tx, found.id, { status: outcome.status });
      await audit(`payment.${outcome.status}`, row);
      return { paymentId: row.id, status: row.status, changed: true };
    }

    const dossierPaid = (await store.findPayments(tx, found.dossierId)).some(
      (other) => other.id !== found.id && other.status === 'paid',
    );
    const paidAt = outcome.paidAt ?? now();
    const row = await store.updatePayment(tx, found.id, {
      status: 'paid',
      paidAt,
      receiptNo: await store.nextReceiptNo(tx, hanoiDateTime(paidAt).year),
    });
    if (dossierPaid) {
      await audit('payment.paid-after-cancel', row, { amount: row.amount, refundDue: true });
      warn('payment received for a dossier already paid: refund due', { refundDue: true });
    } else {
      // This payment settles the dossier: any newer pending one is no longer needed.
      const cancelled = await store.cancelPending(tx, found.dossierId);
      await dossiers.markPaid(tx, found.dossierId, paidAt, true);
      await audit(late ? 'payment.paid-after-cancel' : 'payment.paid', row, {
        amount: row.amount,
        ...(late ? { refundDue: false } : {}),
        ...(cancelled.length > 0 ? { cancelled } : {}),
      });
      if (late) warn('payment received after it was cancelled; it settles the dossier', { refundDue: false });
    }
    return { paymentId: row.id, status: row.status, changed: true };
  });
}
