import { useTranslation } from 'react-i18next';
import { currentLanguage, LANGUAGES, setLanguage } from '../i18n/i18n.ts';

/**
 * Two toggle buttons, each language named in itself and marked with its own `lang`
 * (WCAG 3.1.2), so screen readers pronounce "English" and "Tiếng Việt" correctly.
 */
export function LanguageSwitcher({ tone = 'light' }: { tone?: 'light' | 'dark' }) {
  const { t } = useTranslation();
  const active = currentLanguage();
  return (
    <fieldset className={`language-switcher language-switcher--${tone}`}>
      <legend className="sr-only">{t('language.label')}</legend>
      {LANGUAGES.map((language) => (
        <button
          key={language}
          type="button"
          lang={language}
          className="language-switcher__option"
          aria-pressed={active === language}
          onClick={() => {
            if (active !== language) void setLanguage(language);
          }}
        >
          {t(`language.${language}`)}
        </button>
      ))}
    </fieldset>
  );
}
