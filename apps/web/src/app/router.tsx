import { type ComponentType, lazy, Suspense } from 'react';
import { createBrowserRouter, type RouteObject } from 'react-router';
import { PageLoading } from '../components/page-loading.tsx';
import { RequireRoles } from '../features/auth/require-roles.tsx';
import { NAVIGATION, type NavigationEntry, type Shell } from './navigation.ts';
import { PortalShell } from './portal-shell.tsx';
import { RouteErrorPage } from './route-error-page.tsx';

/** `lazy()` for a named export: every page and the workspace are separate chunks. */
function lazyNamed(load: () => Promise<ComponentType>) {
  return lazy(async () => ({ default: await load() }));
}

const WorkspaceRoot = lazyNamed(() => import('./workspace-shell.tsx').then((m) => m.WorkspaceRoot));
const AuthShell = lazyNamed(() => import('./auth-shell.tsx').then((m) => m.AuthShell));
const LoginPage = lazyNamed(() => import('../features/auth/login-page.tsx').then((m) => m.LoginPage));
const NotFoundPage = lazyNamed(() =>
  import('../features/errors/not-found-page.tsx').then((m) => m.NotFoundPage),
);
const WorkspaceNotFoundPage = lazyNamed(() =>
  import('../features/errors/not-found-page.tsx').then((m) => m.WorkspaceNotFoundPage),
);

/**
 * The citizen's own pages: reached from the account menu of the portal header (and the e-ID
 * sign-in's return), not from the main navigation, so they are routed here and not registered.
 */
const CITIZEN_ROUTES: RouteObject[] = [
  {
    path: 'ca-nhan',
    load: () => import('../features/citizen/profile-page.tsx').then((m) => m.ProfilePage),
  },
  {
    path: 'ca-nhan/truy-cap-du-lieu',
    load: () => import('../features/citizen/access-log-page.tsx').then((m) => m.AccessLogPage),
  },
  {
    path: 'thu-tuc/:id',
    load: () => import('../features/procedures/procedure-detail-page.tsx').then((m) => m.ProcedureDetailPage),
  },
  {
    path: 'nop-ho-so/:procedureId',
    load: () => import('../features/dossier-filing/filing-page.tsx').then((m) => m.FilingPage),
  },
  {
    path: 'ca-nhan/ho-so',
    load: () => import('../features/my-dossiers/my-dossiers-page.tsx').then((m) => m.MyDossiersPage),
  },
  {
    path: 'ca-nhan/ho-so/:id',
    load: () => import('../features/my-dossiers/dossier-page.tsx').then((m) => m.MyDossierPage),
  },
  {
    path: 'ca-nhan/kho-du-lieu',
    load: () => import('../features/my-dossiers/wallet-page.tsx').then((m) => m.WalletPage),
  },
  {
    path: 'thanh-toan-mo-phong/:paymentId',
    load: () => import('../features/payments/simulator-page.tsx').then((m) => m.PaymentSimulatorPage),
  },
  {
    path: 'dang-nhap/loi',
    load: () => import('../features/citizen/sign-in-error-page.tsx').then((m) => m.SignInErrorPage),
  },
].map(({ path, load }) => {
  const Page = lazyNamed(load);
  return { path, element: <Page /> };
});

/**
 * Workspace pages reached from other pages (a dossier from its queue…), not from the menu: routed
 * here with the permissions that open them (any of), checked like the menu's pages.
 */
const WORKSPACE_ROUTES: RouteObject[] = [
  {
    path: 'mot-cua/ho-so/:id',
    permissions: ['dossier.read'],
    load: () => import('../features/one-stop/dossier-page.tsx').then((m) => m.DossierPage),
  },
  {
    path: 'mot-cua/nop-ho-so',
    permissions: ['dossier.receive'],
    load: () => import('../features/one-stop/procedure-chooser-page.tsx').then((m) => m.ProcedureChooserPage),
  },
  {
    path: 'mot-cua/nop-ho-so/:procedureId',
    permissions: ['dossier.receive'],
    load: () => import('../features/dossier-filing/filing-page.tsx').then((m) => m.DeskFilingPage),
  },
].map(({ path, permissions, load }) => {
  const Page = lazyNamed(load);
  return {
    path,
    element: (
      <RequireRoles permissions={permissions}>
        <Page />
      </RequireRoles>
    ),
  };
});

/** Shells render their own <Suspense> around the outlet; these top-level elements need one too. */
function suspended(Component: ComponentType) {
  return (
    <Suspense fallback={<PageLoading />}>
      <Component />
    </Suspense>
  );
}

function pageRoute(entry: NavigationEntry): RouteObject {
  const Page = lazyNamed(entry.load);
  const element =
    entry.roles || entry.permissions ? (
      <RequireRoles roles={entry.roles} permissions={entry.permissions}>
        <Page />
      </RequireRoles>
    ) : (
      <Page />
    );
  return entry.path === '' ? { index: true, element } : { path: entry.path, element };
}

/** Every page of a shell is routed; pages with roles or permissions check them when opened (RequireRoles). */
function pagesOf(shell: Shell, entries: readonly NavigationEntry[]): RouteObject[] {
  return entries.filter((entry) => entry.shell === shell).map(pageRoute);
}

/** The route tree: portal at `/`, sign-in at `/app/login`, workspace at `/app`. */
export function buildRoutes(entries: readonly NavigationEntry[] = NAVIGATION): RouteObject[] {
  return [
    {
      path: '/',
      element: <PortalShell />,
      errorElement: <RouteErrorPage />,
      children: [...pagesOf('portal', entries), ...CITIZEN_ROUTES, { path: '*', element: <NotFoundPage /> }],
    },
    {
      path: '/app/login',
      element: suspended(AuthShell),
      errorElement: <RouteErrorPage />,
      children: [{ index: true, element: <LoginPage /> }],
    },
    {
      path: '/app',
      element: suspended(WorkspaceRoot),
      errorElement: <RouteErrorPage />,
      children: [
        ...pagesOf('workspace', entries),
        ...WORKSPACE_ROUTES,
        { path: '*', element: <WorkspaceNotFoundPage /> },
      ],
    },
  ];
}

export function createAppRouter() {
  return createBrowserRouter(buildRoutes());
}
