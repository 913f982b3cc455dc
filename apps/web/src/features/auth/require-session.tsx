import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation } from 'react-router';
import { PageLoading } from '../../components/page-loading.tsx';
import { ProblemAlert } from '../../components/problem-alert.tsx';
import { MAIN_CONTENT_ID } from '../../components/skip-link.tsx';
import { usePageTitle } from '../../components/use-page-title.ts';
import { useSession } from './queries.ts';
import { loginHref } from './safe-next.ts';
import { SessionContext } from './session-context.ts';

/**
 * Route guard of the workspace: asks `GET /api/v1/auth/session`; 401 sends the user to
 * `/app/login?next=<where they were going>`; a citizen's session goes to the portal's `/ca-nhan`;
 * any other failure is shown, with a retry.
 */
export function RequireSession({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const session = useSession();
  const location = useLocation();

  if (session.isPending) {
    return (
      <main id={MAIN_CONTENT_ID} className="session-gate">
        <PageLoading label={t('session.checking')} />
      </main>
    );
  }
  if (session.isError) {
    return (
      <SessionFailed
        error={session.error}
        onRetry={() => void session.refetch()}
        retrying={session.isFetching}
      />
    );
  }
  if (!session.data) {
    return <Navigate to={loginHref(`${location.pathname}${location.search}${location.hash}`)} replace />;
  }
  // The workspace is for officials; a citizen signed in through the e-ID goes to their portal page.
  if (session.data.kind === 'citizen') return <Navigate to="/ca-nhan" replace />;
  return <SessionContext value={session.data}>{children}</SessionContext>;
}

function SessionFailed({
  error,
  onRetry,
  retrying,
}: {
  error: unknown;
  onRetry: () => void;
  retrying: boolean;
}) {
  const { t } = useTranslation();
  usePageTitle(t('session.failedTitle'), 'workspace');
  return (
    <main id={MAIN_CONTENT_ID} className="session-gate">
      <h1 className="session-gate__title">{t('session.failedTitle')}</h1>
      <ProblemAlert error={error} title={t('session.failedTitle')} onRetry={onRetry} retrying={retrying} />
    </main>
  );
}
