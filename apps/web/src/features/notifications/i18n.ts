import { i18n } from '../../i18n/i18n.ts';
import en from './notifications.en.json';
import vi from './notifications.vi.json';

/**
 * The notification bell's texts (`notifications.*`), kept with the feature and added to the app's
 * i18n instance when the bell loads. `notifications.test.tsx` checks both languages match.
 */
export const NOTIFICATIONS_RESOURCES = { vi, en } as const;

for (const [language, bundle] of Object.entries(NOTIFICATIONS_RESOURCES)) {
  i18n.addResourceBundle(language, 'translation', { notifications: bundle }, true, true);
}
