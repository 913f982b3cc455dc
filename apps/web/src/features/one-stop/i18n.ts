import { i18n } from '../../i18n/i18n.ts';
import en from './one-stop.en.json';
import vi from './one-stop.vi.json';

/**
 * The one-stop pages' texts (`oneStop.*`), kept with the feature and added to the app's i18n
 * instance when a one-stop page loads (the pages are lazy chunks, so the texts travel with them).
 * `labels.test.ts` checks both languages have the same keys and variables.
 */
export const ONE_STOP_RESOURCES = { vi, en } as const;

for (const [language, bundle] of Object.entries(ONE_STOP_RESOURCES)) {
  i18n.addResourceBundle(language, 'translation', { oneStop: bundle }, true, true);
}
