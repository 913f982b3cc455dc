import { MenuFoldOutlined, MenuUnfoldOutlined } from '@ant-design/icons';
import { App as AntApp, Button, Layout } from 'antd';
import { Suspense, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, ScrollRestoration } from 'react-router';
import { LanguageSwitcher } from '../components/language-switcher.tsx';
import { PageLoading } from '../components/page-loading.tsx';
import { MAIN_CONTENT_ID, SkipLink } from '../components/skip-link.tsx';
import { useFocusOnNavigate } from '../components/use-focus-on-navigate.ts';
import { RequireSession } from '../features/auth/require-session.tsx';
import { useCurrentUser } from '../features/auth/session-context.ts';
import { NotificationBell } from '../features/notifications/index.ts';
import { navigationFor, toNavigationItem } from './navigation.ts';
import { NavigationContext, SHELL_BASE } from './navigation-context.ts';
import { UserMenu } from './user-menu.tsx';
import { WorkspaceSideNav } from './workspace-side-nav.tsx';
import './workspace-shell.css';

const SIDER_ID = 'workspace-sider';

/** `/app`: the officials' workspace, only for a signed-in user. */
export function WorkspaceRoot() {
  return (
    <RequireSession>
      {/* antd's App gives the workspace message/notification; the portal does without it. */}
      <AntApp component={false}>
        <WorkspaceShell />
      </AntApp>
    </RequireSession>
  );
}

/** Ant Design layout: collapsible side navigation from the registry, header with language and user menu. */
export function WorkspaceShell() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const [collapsed, setCollapsed] = useState(false);
  const mainRef = useRef<HTMLElement>(null);
  useFocusOnNavigate(mainRef);
  const items = useMemo(
    () =>
      navigationFor('workspace', { roles: user.roles, permissions: user.permissions }).map(toNavigationItem),
    [user.roles, user.permissions],
  );

  return (
    <NavigationContext value={items}>
      <Layout className="workspace" hasSider>
        <SkipLink />
        <Layout.Sider
          id={SIDER_ID}
          className="workspace-sider on-dark"
          collapsible
          collapsed={collapsed}
          onCollapse={setCollapsed}
          breakpoint="lg"
          width={248}
          collapsedWidth={72}
          trigger={null}
        >
          <Link to={SHELL_BASE.workspace} className="workspace-brand">
            <img className="brand__logo" src="/favicon.svg" alt="" width={36} height={36} />
            <span className={collapsed ? 'sr-only' : 'workspace-brand__text'}>
              <span className="brand__title">{t('app.name')}</span>
              <span className="brand__subtitle">{t('app.workspaceName')}</span>
            </span>
          </Link>
          <WorkspaceSideNav collapsed={collapsed} />
        </Layout.Sider>
        <Layout>
          <Layout.Header className="workspace-header">
            <Button
              type="text"
              className="workspace-header__toggle"
              icon={
                collapsed ? (
                  <MenuUnfoldOutlined aria-hidden="true" />
                ) : (
                  <MenuFoldOutlined aria-hidden="true" />
                )
              }
              aria-label={collapsed ? t('nav.expand') : t('nav.collapse')}
              aria-expanded={!collapsed}
              aria-controls={SIDER_ID}
              onClick={() => setCollapsed((value) => !value)}
            />
            <span className="workspace-header__title">
              {t('app.workspaceName')} · {t('app.city')}
            </span>
            <span className="workspace-header__actions">
              <NotificationBell signedIn />
              <LanguageSwitcher />
              <UserMenu user={user} />
            </span>
          </Layout.Header>
          <Layout.Content id={MAIN_CONTENT_ID} ref={mainRef} tabIndex={-1} className="workspace-main">
            <Suspense fallback={<PageLoading />}>
              <Outlet />
            </Suspense>
          </Layout.Content>
          <Layout.Footer className="workspace-footer">
            <span>
              {t('footer.governingBodyLabel')}: {t('footer.governingBody')}
            </span>
            <Link to={SHELL_BASE.portal}>{t('footer.backToPortal')}</Link>
          </Layout.Footer>
        </Layout>
        <ScrollRestoration />
      </Layout>
    </NavigationContext>
  );
}
