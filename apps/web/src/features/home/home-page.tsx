import { ArrowRightOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { createSearchParams, Link, useNavigate } from 'react-router';
import { SHELL_BASE, useNavigationHref, useNavigationItems } from '../../app/navigation-context.ts';
import { usePageTitle } from '../../components/use-page-title.ts';
import { ProcedureSearchForm } from '../procedures/index.ts';
import './home-page.css';

/** `/`: hero with the procedure search, then the services of the portal from the registry. */
export function HomePage() {
  const { t } = useTranslation();
  usePageTitle(t('home.title'));
  const navigate = useNavigate();
  const services = useNavigationItems().filter((item) => item.descriptionKey);
  const proceduresHref = useNavigationHref('procedures');

  const search = (q: string) => {
    if (!proceduresHref) return;
    void navigate(q ? { pathname: proceduresHref, search: `?${createSearchParams({ q })}` } : proceduresHref);
  };

  return (
    <>
      <section className="hero" aria-labelledby="hero-title">
        <div className="container hero__inner">
          <h1 id="hero-title" className="hero__title">
            {t('home.heroTitle')}
          </h1>
          <p className="hero__lead">{t('home.heroLead')}</p>
          {proceduresHref && (
            <ProcedureSearchForm
              label={t('home.searchLabel')}
              placeholder={t('home.searchPlaceholder')}
              buttonLabel={t('home.searchButton')}
              onSearch={search}
            />
          )}
        </div>
      </section>

      <section className="container page" aria-labelledby="services-title">
        <h2 id="services-title">{t('home.servicesHeading')}</h2>
        <ul className="service-grid">
          {services.map((item) => {
            const Icon = item.icon;
            return (
              <li key={item.key} className="service-card">
                <span className="service-card__icon" aria-hidden="true">
                  <Icon />
                </span>
                <h3 className="service-card__title">
                  <Link to={item.href}>{t(item.labelKey)}</Link>
                </h3>
                {item.descriptionKey && <p>{t(item.descriptionKey)}</p>}
              </li>
            );
          })}
        </ul>

        <div className="officials-callout">
          <h2>{t('home.officialsHeading')}</h2>
          <p>{t('home.officialsBody')}</p>
          <Link className="officials-callout__link" to={SHELL_BASE.workspace}>
            {t('home.officialsLink')} <ArrowRightOutlined aria-hidden="true" />
          </Link>
        </div>
      </section>
    </>
  );
}
