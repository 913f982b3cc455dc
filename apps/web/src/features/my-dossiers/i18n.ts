import { i18n } from '../../i18n/i18n.ts';
import en from './my-dossiers.en.json';
import vi from './my-dossiers.vi.json';

/**
 * The citizen's dossier pages' texts (`myDossiers.*`), kept with the feature and added to the
 * app's i18n instance when one of its pages loads. The tests check both languages match.
 */
export const MY_DOSSIERS_RESOURCES = { vi, en } as const;

for (const [language, bundle] of Object.entries(MY_DOSSIERS_RESOURCES)) {
  i18n.addResourceBundle(language, 'translation', { myDossiers: bundle }, true, true);
}
