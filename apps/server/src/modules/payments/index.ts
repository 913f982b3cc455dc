export {
  type CallbackOutcome,
  createSimulatorProvider,
  type PaymentProvider,
  SIMULATOR_SIGNATURE_HEADER,
  type SimulatorProvider,
  simulatorSecret,
} from './payment-provider.ts';
export type { PayableDossier, PaymentsDossierPort } from './payments.port.ts';
export { type PaymentsRoutesOptions, paymentsRoutes } from './payments.routes.ts';
export { payments } from './payments.schema.ts';
export {
  createPaymentsService,
  dossiersNotWired,
  type PaymentsDeps,
  type PaymentsService,
} from './payments.service.ts';

import type { Config } from '../../config.ts';
import { createSimulatorProvider, simulatorSecret } from './payment-provider.ts';

/** The provider PAYMENT_PROVIDER names (null for `none`: payment at the desk only). */
export function paymentProviderFromConfig(config: Pick<Config, 'payments'>, serverKey: () => Buffer) {
  if (config.payments.provider === 'none') return null;
  return createSimulatorProvider({ secret: simulatorSecret(config.payments.simulatorSecret, serverKey) });
}
