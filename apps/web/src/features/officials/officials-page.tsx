import { UserAddOutlined } from '@ant-design/icons';
import { Button, Card, message } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { ProblemAlert } from '../../components/problem-alert.tsx';
import { usePageTitle } from '../../components/use-page-title.ts';
import { CreateOfficialModal } from './create-official-modal.tsx';
import { FeedbackContext } from './feedback.ts';
import { OfficialDrawer, usePlatformWide } from './official-drawer.tsx';
import { OfficialsFilters } from './officials-filters.tsx';
import { OfficialsTable } from './officials-table.tsx';
import { PAGE_SIZE, useOfficials } from './queries.ts';
import { useOfficialsParams } from './use-officials-params.ts';
import './officials.css';

/**
 * `/app/quan-tri/can-bo` (permission official.manage): the officials within the administrator's
 * scope, searched and filtered by unit (kept in the URL), "Thêm cán bộ", and the details of one
 * official in a drawer (`?can-bo=<id>`) with its grants.
 */
export function OfficialsPage() {
  const { t } = useTranslation();
  usePageTitle(t('officials.title'), 'workspace');
  const location = useLocation();
  const [params, setParams] = useOfficialsParams();
  const [creating, setCreating] = useState(false);
  const [messages, holder] = message.useMessage();
  const platformWide = usePlatformWide();
  const list = useOfficials({ q: params.q, orgUnitId: params.orgUnitId, page: params.page });

  const hrefOf = (officialId: string) => {
    const search = new URLSearchParams(location.search);
    search.set('can-bo', officialId);
    return `${location.pathname}?${search.toString()}`;
  };

  return (
    <FeedbackContext value={messages}>
      <div className="page officials-page">
        {holder}
        <div className="officials-page__head">
          <h1>{t('officials.title')}</h1>
          <Button
            type="primary"
            icon={<UserAddOutlined aria-hidden="true" />}
            onClick={() => setCreating(true)}
          >
            {t('officials.createButton')}
          </Button>
        </div>
        <p className="page__lead">{t('officials.lead')}</p>
        <Card
          title={<h2 className="card-heading">{t('officials.filters')}</h2>}
          className="officials-page__card"
        >
          <OfficialsFilters
            values={{ q: params.q, orgUnitId: params.orgUnitId }}
            onChange={(values) => setParams(values)}
          />
        </Card>
        <Card
          title={<h2 className="card-heading">{t('officials.listHeading')}</h2>}
          className="officials-page__card"
        >
          {list.isError && (
            <ProblemAlert
              error={list.error}
              title={t('officials.loadFailed')}
              onRetry={() => void list.refetch()}
              retrying={list.isFetching}
            />
          )}
          <p className="officials-page__count" aria-live="polite">
            {list.isPending ? t('officials.loading') : t('officials.total', { n: list.data?.total ?? 0 })}
          </p>
          <OfficialsTable
            items={list.data?.items ?? []}
            total={list.data?.total ?? 0}
            page={params.page}
            pageSize={PAGE_SIZE}
            loading={list.isFetching}
            hrefOf={(official) => hrefOf(official.id)}
            onPage={(page) => setParams({ page })}
          />
        </Card>
        <CreateOfficialModal
          open={creating}
          unitOptional={platformWide}
          onClose={() => setCreating(false)}
          onCreated={(official) => {
            setCreating(false);
            void messages.success(t('officials.created', { username: official.username }));
            setParams({ officialId: official.id });
          }}
        />
        <OfficialDrawer officialId={params.officialId} onClose={() => setParams({ officialId: '' })} />
      </div>
    </FeedbackContext>
  );
}
