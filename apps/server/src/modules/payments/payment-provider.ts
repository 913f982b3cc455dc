import { createHmac, timingSafeEqual } from 'node:crypto';
import { AppError } from '../../platform/http/app-error.ts';

/**
 * A payment provider (a bank's or an intermediary's gateway, e.g. the national public service
 * portal's payment platform): it opens a payment the payer completes on its page, and tells the
 * platform the outcome by a signed callback (POST /api/v1/payments/callback/:provider).
 */
export type CallbackOutcome = {
  providerRef: string;
  status: 'paid' | 'failed' | 'cancelled';
  paidAt: Date | null;
  /** The amount the provider collected (đồng), when it says. */
  amount?: number;
};

export type PaymentProvider = {
  readonly name: string;
  createPayment(input: {
    paymentId: string;
    amount: number;
    description: string;
    returnUrl: string;
  }): Promise<{ providerRef: string; payUrl: string }>;
  /** Where the payer goes for a pending payment (asked again when the payer comes back). */
  payUrlOf(payment: { id: string; providerRef: string | null }): string | null;
  /** The outcome the callback reports, or AppError('PAYMENT_SIGNATURE_INVALID'). */
  verifyCallback(
    headers: Record<string, string | string[] | undefined>,
    rawBody: Buffer,
  ): Promise<CallbackOutcome>;
};

export const SIMULATOR_SIGNATURE_HEADER = 'x-simulator-signature';
/** A callback older than this is refused (a replayed old message). */
const TOLERANCE_S = 300;

type SimulatorBody = {
  providerRef: string;
  status: 'paid' | 'cancelled';
  amount: number;
  paidAt: string | null;
};

function isSimulatorBody(value: unknown): value is SimulatorBody {
  const body = value as Partial<SimulatorBody> | null;
  return (
    typeof body === 'object' &&
    body !== null &&
    typeof body.providerRef === 'string' &&
    (body.status === 'paid' || body.status === 'cancelled') &&
    typeof body.amount === 'number' &&
    (body.paidAt === null || typeof body.paidAt === 'string')
  );
}

/**
 * The payment simulator (development, demos, tests): the pay page is the portal's
 * `/thanh-toan-mo-phong/:paymentId`; its buttons make the platform post to itself the callback a
 * bank would send, signed HMAC-SHA256 over `<unix time>.<raw body>` with PAYMENT_SIMULATOR_SECRET
 * (header `X-Simulator-Signature: t=<unix>,v1=<hex>`).
 */
export function createSimulatorProvider(options: { secret: Buffer | string; clock?: () => Date }) {
  const now = options.clock ?? (() => new Date());
  const mac = (text: string) => createHmac('sha256', options.secret).update(text).digest('hex');

  /** The callback a bank would send for `payment` (what the simulator page's buttons post). */
  function signCallback(body: SimulatorBody): { headers: Record<string, string>; rawBody: string } {
    const rawBody = JSON.stringify(body);
    const t = Math.floor(now().getTime() / 1000);
    return {
      rawBody,
      headers: {
        'content-type': 'application/json',
        [SIMULATOR_SIGNATURE_HEADER]: `t=${t},v1=${mac(`${t}.${rawBody}`)}`,
      },
    };
  }

  const provider: PaymentProvider = {
    name: 'simulator',
    async createPayment({ paymentId }) {
      return {
        providerRef: `SIM${paymentId.replace(/-/g, '').slice(-12).toUpperCase()}`,
        payUrl: `/thanh-toan-mo-phong/${paymentId}`,
      };
    },
    payUrlOf: (payment) => `/thanh-toan-mo-phong/${payment.id}`,
    async verifyCallback(headers, rawBody) {
      const header = headers[SIMULATOR_SIGNATURE_HEADER];
      const match = typeof header === 'string' ? /^t=(\d{1,12}),v1=([0-9a-f]{64})$/.exec(header) : null;
      if (!match) throw new AppError('PAYMENT_SIGNATURE_INVALID');
      const [, t = '', signature = ''] = match;
      const expected = Buffer.from(mac(`${t}.${rawBody.toString('utf8')}`), 'hex');
      const given = Buffer.from(signature, 'hex');
      if (expected.length !== given.length || !timingSafeEqual(expected, given)) {
        throw new AppError('PAYMENT_SIGNATURE_INVALID');
      }
      if (Math.abs(now().getTime() / 1000 - Number(t)) > TOLERANCE_S) {
        throw new AppError(
          'PAYMENT_SIGNATURE_INVALID',
          'Thông báo thanh toán đã quá hạn (gửi lại từ trước).',
        );
      }
      let body: unknown;
      try {
        body = JSON.parse(rawBody.toString('utf8'));
      } catch {
        throw new AppError('VALIDATION_FAILED', 'Nội dung thông báo thanh toán không phải JSON.');
      }
      if (!isSimulatorBody(body))
        throw new AppError('VALIDATION_FAILED', 'Nội dung thông báo thanh toán không hợp lệ.');
      const paidAt = body.paidAt ? new Date(body.paidAt) : null;
      return {
        providerRef: body.providerRef,
        status: body.status,
        paidAt: paidAt && !Number.isNaN(paidAt.getTime()) ? paidAt : null,
        amount: body.amount,
      };
    },
  };
  return { ...provider, signCallback };
}

export type SimulatorProvider = ReturnType<typeof createSimulatorProvider>;

/** PAYMENT_SIMULATOR_SECRET, or one derived from the server key (stable across restarts). */
export function simulatorSecret(configured: string | undefined, serverKey: () => Buffer): Buffer | string {
  return configured ?? createHmac('sha256', serverKey()).update('lienthong/payments/simulator').digest();
}
