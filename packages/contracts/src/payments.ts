import { z } from 'zod';
import { PaymentView } from './dossiers.ts';

/** Fees (phí, lệ phí) of a dossier: online through a payment provider, or at the one-stop desk. */

export const PaymentMethod = z.enum(['online', 'desk']);
export type PaymentMethod = z.infer<typeof PaymentMethod>;

/** POST /dossiers/:id/payments: `online` (default) gives a VietQR and a payment page; `desk` records cash or card. */
export const CreatePaymentInput = z.object({ method: PaymentMethod.default('online') });
export type CreatePaymentInput = z.infer<typeof CreatePaymentInput>;

export const PaymentIdParams = z.object({ id: z.uuid() });

export const PaymentList = z.object({ items: z.array(PaymentView) }).meta({ id: 'PaymentList' });
export type PaymentList = z.infer<typeof PaymentList>;

export const PaymentCallbackParams = z.object({ provider: z.string().regex(/^[a-z0-9-]{1,40}$/) });

/** What a provider's callback changed: the payment's status after it (unchanged when repeated). */
export const PaymentCallbackResult = z.object({
  paymentId: z.uuid(),
  status: z.enum(['pending', 'paid', 'failed', 'cancelled']),
  /** False when the callback repeated one already applied (nothing changed). */
  changed: z.boolean(),
});
export type PaymentCallbackResult = z.infer<typeof PaymentCallbackResult>;

/** The payment simulator's page (development and demos: it stands for the bank's page). */
export const SimulatedPaymentView = z
  .object({
    id: z.uuid(),
    amount: z.number().int(),
    description: z.string(),
    status: z.enum(['pending', 'paid', 'failed', 'cancelled']),
    qrPayload: z.string().nullable(),
    beneficiaryName: z.string(),
    /** Where to send the payer afterwards (a portal path). */
    returnUrl: z.string(),
  })
  .meta({ id: 'SimulatedPaymentView' });
export type SimulatedPaymentView = z.infer<typeof SimulatedPaymentView>;

export const SimulatorCompleteInput = z.object({ outcome: z.enum(['paid', 'cancelled']).default('paid') });
export type SimulatorCompleteInput = z.infer<typeof SimulatorCompleteInput>;
