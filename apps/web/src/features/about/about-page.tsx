import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { usePageTitle } from '../../components/use-page-title.ts';
import { ACCESSIBILITY_ANCHOR } from './anchors.ts';

const HELP = ['about.help1', 'about.help2', 'about.help3'] as const;
const MEASURES = [
  'about.a11yMeasure1',
  'about.a11yMeasure2',
  'about.a11yMeasure3',
  'about.a11yMeasure4',
  'about.a11yMeasure5',
  'about.a11yMeasure6',
] as const;

/** `/gioi-thieu`: what the platform is, how to use it, and the accessibility statement. */
export function AboutPage() {
  const { t } = useTranslation();
  usePageTitle(t('about.title'));
  const { hash } = useLocation();

  // Client-side navigation does not scroll to a #fragment by itself.
  useEffect(() => {
    if (!hash) return;
    const target = document.getElementById(decodeURIComponent(hash.slice(1)));
    if (!target) return;
    target.scrollIntoView({ block: 'start' });
    target.focus({ preventScroll: true });
  }, [hash]);

  return (
    <div className="container page prose">
      <h1>{t('about.title')}</h1>

      <section aria-labelledby="about-what">
        <h2 id="about-what">{t('about.whatHeading')}</h2>
        <p>{t('about.whatBody')}</p>
        <p>{t('about.whatBody2')}</p>
      </section>

      <section aria-labelledby="about-help">
        <h2 id="about-help">{t('about.helpHeading')}</h2>
        <ol>
          {HELP.map((key) => (
            <li key={key}>{t(key)}</li>
          ))}
        </ol>
      </section>

      <section id={ACCESSIBILITY_ANCHOR} tabIndex={-1} aria-labelledby="about-a11y">
        <h2 id="about-a11y">{t('about.a11yHeading')}</h2>
        <p>{t('about.a11yIntro')}</p>
        <p>{t('about.a11yStandard')}</p>
        <h3>{t('about.a11yMeasuresHeading')}</h3>
        <ul>
          {MEASURES.map((key) => (
            <li key={key}>{t(key)}</li>
          ))}
        </ul>
        <h3>{t('about.a11yLimitsHeading')}</h3>
        <p>{t('about.a11yLimits')}</p>
        <h3>{t('about.a11yFeedbackHeading')}</h3>
        <p>{t('about.a11yFeedback')}</p>
      </section>
    </div>
  );
}
