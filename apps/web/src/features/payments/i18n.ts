import { i18n } from '../../i18n/i18n.ts';
import en from './payments.en.json';
import vi from './payments.vi.json';

/**
 * The payment pages' texts (`payments.*`), kept with the feature and added to the app's i18n
 * instance when a payment page loads. `simulator-page.test.tsx` checks both languages match.
 */
export const PAYMENTS_RESOURCES = { vi, en } as const;

for (const [language, bundle] of Object.entries(PAYMENTS_RESOURCES)) {
  i18n.addResourceBundle(language, 'translation', { payments: bundle }, true, true);
}
