import { Drawer, Skeleton } from 'antd';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../components/problem-alert.tsx';
import { ApiError } from '../../lib/api.ts';
import { useCurrentUser, useHasPermission } from '../auth/index.ts';
import { GrantForm } from './grant-form.tsx';
import { GrantsTable } from './grants-table.tsx';
import { OfficialActions } from './official-actions.tsx';
import { OfficialInfo } from './official-info.tsx';
import { ROLE_GRANT, useOfficial } from './queries.ts';

/** True when the user's administration reaches the whole platform (only the system administrator's does). */
export function usePlatformWide(): boolean {
  return useCurrentUser().roles.includes('system_admin');
}

/**
 * The official opened from the list (`?can-bo=<id>`): details and edit, account actions, the
 * grants and, with `role.grant`, the form to add one. An official outside the administrator's
 * scope answers 404, shown as "not found".
 */
export function OfficialDrawer({ officialId, onClose }: { officialId: string; onClose: () => void }) {
  const { t } = useTranslation();
  const official = useOfficial(officialId || undefined);
  const canGrant = useHasPermission(ROLE_GRANT);
  const platformWide = usePlatformWide();
  const notFound = official.error instanceof ApiError && official.error.status === 404;

  return (
    <Drawer
      open={officialId !== ''}
      onClose={onClose}
      size={760}
      title={
        <h2 className="official-drawer__title">
          {official.data ? official.data.displayName : t('officials.detailTitle')}
        </h2>
      }
      closable={{ 'aria-label': t('officials.closeDetails') }}
      className="official-drawer"
      destroyOnHidden
    >
      {official.isPending && officialId !== '' && <Skeleton active />}
      {official.isError && (
        <ProblemAlert
          error={official.error}
          title={notFound ? t('officials.notFound') : t('officials.loadOneFailed')}
          {...(notFound ? {} : { onRetry: () => void official.refetch(), retrying: official.isFetching })}
        />
      )}
      {official.data && (
        <div className="official-drawer__body">
          <OfficialInfo key={official.data.id} official={official.data} />
          <OfficialActions official={official.data} />
          <section aria-labelledby="official-grants-heading" className="official-section">
            <h3 id="official-grants-heading">{t('officials.grantsHeading')}</h3>
            <GrantsTable official={official.data} canGrant={canGrant} />
          </section>
          {canGrant && (
            <section aria-labelledby="grant-form-heading" className="official-section">
              <h3 id="grant-form-heading">{t('officials.addGrantHeading')}</h3>
              <GrantForm key={official.data.id} official={official.data} unitOptional={platformWide} />
            </section>
          )}
        </div>
      )}
    </Drawer>
  );
}
