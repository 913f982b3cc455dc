import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, ScrollRestoration } from 'react-router';
import { BrandLink } from '../components/brand-link.tsx';
import { LanguageSwitcher } from '../components/language-switcher.tsx';
import { PageLoading } from '../components/page-loading.tsx';
import { MAIN_CONTENT_ID, SkipLink } from '../components/skip-link.tsx';
import { SHELL_BASE } from './navigation.ts';
import './auth-shell.css';

/** Frame of the pages before sign-in (`/app/login`): brand, language switcher, a centred card. */
export function AuthShell() {
  const { t } = useTranslation();
  return (
    <div className="auth">
      <SkipLink />
      <header className="portal-header on-dark">
        <div className="container portal-header__bar">
          <BrandLink to={SHELL_BASE.portal} title={t('app.portalName')} subtitle={t('app.workspaceName')} />
          <LanguageSwitcher tone="dark" />
        </div>
      </header>
      <main id={MAIN_CONTENT_ID} tabIndex={-1} className="auth-main">
        <Suspense fallback={<PageLoading />}>
          <Outlet />
        </Suspense>
      </main>
      <footer className="auth-footer">
        <p>
          {t('footer.governingBodyLabel')}: {t('footer.governingBody')}
        </p>
        <p>
          <Link to={SHELL_BASE.portal}>{t('footer.backToPortal')}</Link>
        </p>
      </footer>
      <ScrollRestoration />
    </div>
  );
}
