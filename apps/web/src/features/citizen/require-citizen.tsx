import { SafetyCertificateOutlined } from '@ant-design/icons';
import { Alert, Button } from 'antd';
import type { ReactNode } from 'react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { PageLoading } from '../../components/page-loading.tsx';
import { ProblemAlert } from '../../components/problem-alert.tsx';
import { citizenLoginHref, useCitizenSignInEnabled, usePortalSession } from './queries.ts';

/** The e-ID sign-in button: a link (a full navigation to the server), off when not configured. */
export function CitizenSignInButton({ next }: { next: string }) {
  const { t } = useTranslation();
  const enabled = useCitizenSignInEnabled();
  if (enabled === false) {
    return <Alert type="warning" role="status" showIcon title={t('citizen.signInUnavailable')} />;
  }
  return (
    <Button
      type="primary"
      size="large"
      href={enabled ? citizenLoginHref(next) : undefined}
      disabled={!enabled}
      icon={<SafetyCertificateOutlined aria-hidden="true" />}
    >
      {t('citizen.signIn')}
    </Button>
  );
}

/** What an anonymous visitor of a citizen's page sees: why, and the way to sign in. */
export function CitizenSignInPrompt() {
  const { t } = useTranslation();
  const location = useLocation();
  const headingId = useId();
  return (
    <section className="citizen-prompt" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('citizen.promptTitle')}</h2>
      <p>{t('citizen.promptBody')}</p>
      <CitizenSignInButton next={`${location.pathname}${location.search}`} />
    </section>
  );
}

/**
 * Shows its children to a citizen signed in with the e-ID; a sign-in prompt to anonymous
 * visitors, and a note to officials (these pages are the citizen's own data).
 */
export function RequireCitizen({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const { user, isPending, isError, query } = usePortalSession();
  if (isPending) return <PageLoading label={t('session.checking')} />;
  if (isError) {
    return (
      <ProblemAlert
        error={query.error}
        title={t('session.failedTitle')}
        onRetry={() => void query.refetch()}
        retrying={query.isFetching}
      />
    );
  }
  if (!user) return <CitizenSignInPrompt />;
  if (user.kind !== 'citizen') {
    return (
      <Alert
        type="info"
        role="status"
        showIcon
        title={t('citizen.forCitizensTitle')}
        description={t('citizen.forCitizensBody')}
      />
    );
  }
  return children;
}
