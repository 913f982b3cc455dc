import { i18n } from '../../i18n/i18n.ts';
import en from './dossier-filing.en.json';
import vi from './dossier-filing.vi.json';

/**
 * The filing wizard's texts (`filing.*`), kept with the feature and added to the app's i18n
 * instance when a filing page loads (the pages are lazy chunks, so the texts travel with them).
 * `i18n.test.ts` checks both languages have the same keys and variables.
 */
export const FILING_RESOURCES = { vi, en } as const;

for (const [language, bundle] of Object.entries(FILING_RESOURCES)) {
  i18n.addResourceBundle(language, 'translation', { filing: bundle }, true, true);
}
