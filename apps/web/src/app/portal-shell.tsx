import { Suspense, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink, Outlet, ScrollRestoration } from 'react-router';
import { BrandLink } from '../components/brand-link.tsx';
import { LanguageSwitcher } from '../components/language-switcher.tsx';
import { PageLoading } from '../components/page-loading.tsx';
import { MAIN_CONTENT_ID, SkipLink } from '../components/skip-link.tsx';
import { useFocusOnNavigate } from '../components/use-focus-on-navigate.ts';
import { PortalUserArea } from '../features/citizen/index.ts';
import { NotificationBell } from '../features/notifications/index.ts';
import { navigationFor, toNavigationItem } from './navigation.ts';
import { NavigationContext, SHELL_BASE } from './navigation-context.ts';
import { PortalFooter } from './portal-footer.tsx';

/** The public citizen portal at `/`: header, main navigation from the registry, footer. */
export function PortalShell() {
  const { t } = useTranslation();
  const mainRef = useRef<HTMLElement>(null);
  useFocusOnNavigate(mainRef);
  const items = useMemo(() => navigationFor('portal').map(toNavigationItem), []);

  return (
    <NavigationContext value={items}>
      <div className="portal">
        <SkipLink />
        <header className="portal-header on-dark">
          <div className="container portal-header__bar">
            <BrandLink to="/" title={t('app.portalName')} subtitle={t('app.cityLine')} />
            <div className="portal-header__tools">
              <LanguageSwitcher tone="dark" />
              <NotificationBell tone="dark" />
              <PortalUserArea />
            </div>
          </div>
          <nav className="portal-nav" aria-label={t('nav.main')}>
            <ul className="container portal-nav__list">
              {items.map((item) => (
                <li key={item.key}>
                  <NavLink to={item.href} end={item.href === SHELL_BASE.portal} className="portal-nav__link">
                    {t(item.labelKey)}
                  </NavLink>
                </li>
              ))}
            </ul>
          </nav>
        </header>
        <main id={MAIN_CONTENT_ID} ref={mainRef} tabIndex={-1} className="portal-main">
          <Suspense fallback={<PageLoading />}>
            <Outlet />
          </Suspense>
        </main>
        <PortalFooter />
        <ScrollRestoration />
      </div>
    </NavigationContext>
  );
}
