import { Button, Card } from 'antd';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../components/problem-alert.tsx';
import { usePageTitle } from '../../components/use-page-title.ts';
import { useHasPermission } from '../auth/index.ts';
import { AuditFiltersForm } from './audit-filters.tsx';
import { AuditTable } from './audit-table.tsx';
import { AuditVerify } from './audit-verify.tsx';
import { AUDIT_VERIFY, useAuditEntries } from './queries.ts';
import { toApiFilters, useAuditParams } from './use-audit-params.ts';
import './audit.css';

/**
 * `/app/nhat-ky`: the audit log (permission audit.read), filtered by the URL's parameters, newest
 * first, 50 at a time ("Tải thêm"); holders of audit.verify can check the hash chain.
 */
export function AuditPage() {
  const { t } = useTranslation();
  usePageTitle(t('audit.title'), 'workspace');
  const [values, setValues] = useAuditParams();
  const canVerify = useHasPermission(AUDIT_VERIFY);
  const entries = useAuditEntries(toApiFilters(values));
  const items = entries.data?.pages.flatMap((page) => page.items) ?? [];

  return (
    <div className="page audit-page">
      <h1>{t('audit.title')}</h1>
      <p className="page__lead">{t('audit.lead')}</p>
      {canVerify && <AuditVerify />}
      <Card title={<h2 className="card-heading">{t('audit.filters')}</h2>} className="audit-page__card">
        <AuditFiltersForm values={values} onChange={setValues} />
      </Card>
      <Card title={<h2 className="card-heading">{t('audit.entries')}</h2>} className="audit-page__card">
        {entries.isError && (
          <ProblemAlert
            error={entries.error}
            title={t('audit.loadFailed')}
            onRetry={() => void entries.refetch()}
            retrying={entries.isFetching}
          />
        )}
        <p className="audit-page__count" aria-live="polite">
          {entries.isPending ? t('audit.loading') : t('audit.shown', { n: items.length })}
        </p>
        <AuditTable entries={items} loading={entries.isPending} />
        {entries.hasNextPage && (
          <Button
            className="audit-page__more"
            onClick={() => void entries.fetchNextPage()}
            loading={entries.isFetchingNextPage}
          >
            {t('audit.loadMore')}
          </Button>
        )}
      </Card>
    </div>
  );
}
