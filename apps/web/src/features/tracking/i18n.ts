import { i18n } from '../../i18n/i18n.ts';
import en from './tracking.en.json';
import vi from './tracking.vi.json';

/** The tracking page's texts (`tracking.*`), added to the app's i18n instance when the page loads. */
export const TRACKING_RESOURCES = { vi, en } as const;

for (const [language, bundle] of Object.entries(TRACKING_RESOURCES)) {
  i18n.addResourceBundle(language, 'translation', { tracking: bundle }, true, true);
}
