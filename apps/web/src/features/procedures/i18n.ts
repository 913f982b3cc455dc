import { i18n } from '../../i18n/i18n.ts';
import en from './procedures.en.json';
import vi from './procedures.vi.json';

/**
 * The catalogue pages' own texts (`catalogue.*`), kept with the feature and added to the app's
 * i18n instance when a catalogue page loads (the common `procedures.*` texts stay in vi.json, as
 * the home page uses them). `procedures-i18n.test.ts` checks both languages match.
 */
export const CATALOGUE_RESOURCES = { vi, en } as const;

for (const [language, bundle] of Object.entries(CATALOGUE_RESOURCES)) {
  i18n.addResourceBundle(language, 'translation', { catalogue: bundle }, true, true);
}
