import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ACCESSIBILITY_ANCHOR } from '../features/about/anchors.ts';
import { hrefByKey, SHELL_BASE } from './navigation.ts';
import './portal-footer.css';

/** Footer of the portal: governing body, platform, and the links every page must offer. */
export function PortalFooter() {
  const { t } = useTranslation();
  const about = hrefByKey('about');
  return (
    <footer className="portal-footer on-dark">
      <div className="container portal-footer__grid">
        <div>
          <h2 className="portal-footer__heading">{t('footer.heading')}</h2>
          <p>
            <strong>{t('footer.governingBodyLabel')}:</strong> {t('footer.governingBody')}
          </p>
          <p>
            <strong>{t('footer.platformLabel')}:</strong> {t('footer.platform')}
          </p>
        </div>
        <nav aria-labelledby="footer-links-heading">
          <h2 id="footer-links-heading" className="portal-footer__heading">
            {t('footer.linksHeading')}
          </h2>
          <ul className="portal-footer__links">
            <li>
              <Link to={`${about}#${ACCESSIBILITY_ANCHOR}`}>{t('footer.accessibility')}</Link>
            </li>
            <li>
              <Link to={about}>{t('footer.help')}</Link>
            </li>
            <li>
              <Link to={SHELL_BASE.workspace}>{t('footer.forOfficials')}</Link>
            </li>
          </ul>
        </nav>
      </div>
      <p className="container portal-footer__copyright">
        {t('footer.copyright', { year: new Date().getFullYear() })}
      </p>
    </footer>
  );
}
