import { BookOutlined, FormOutlined } from '@ant-design/icons';
import { Button, Card, message, Tabs } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../components/problem-alert.tsx';
import { usePageTitle } from '../../components/use-page-title.ts';
import { useHasPermission } from '../auth/index.ts';
import { BulkBar, useBulkActions } from './bulk-actions.tsx';
import { QUEUE_CODES, queueLabel } from './labels.ts';
import { LinkButton } from './link-button.tsx';
import {
  DOSSIER_RECEIVE,
  type DossierQueue,
  type DossierSummary,
  FILING_CHOOSER,
  QUEUE_PAGE_SIZE,
  useDossierList,
} from './queries.ts';
import { QueueFiltersForm } from './queue-filters.tsx';
import { QueueTable } from './queue-table.tsx';
import { RegisterModal } from './register-modal.tsx';
import { useQueueParams } from './use-queue-params.ts';
import './i18n.ts';
import './one-stop.css';

/**
 * `/app/mot-cua` (permission dossier.read): the work queues of the one-stop desk and the
 * processing units (Decree 118/2025/NĐ-CP), as tabs with their counts, filters kept in the URL,
 * bulk actions on the selected dossiers, desk filing and the register (form 07).
 */
export function QueuePage() {
  const { t } = useTranslation();
  usePageTitle(t('oneStop.queue.title'), 'workspace');
  const [params, setParams] = useQueueParams();
  const list = useDossierList(params);
  const canReceive = useHasPermission(DOSSIER_RECEIVE);
  const bulkActions = useBulkActions();
  const [selected, setSelected] = useState<DossierSummary[]>([]);
  const [registerOpen, setRegisterOpen] = useState(false);
  const [messages, holder] = message.useMessage();
  const counts = list.data?.counts ?? {};

  // A new queue, filter or page shows other rows: the selection starts again.
  const listKey = JSON.stringify(params);
  // biome-ignore lint/correctness/useExhaustiveDependencies: reset when the list's parameters change
  useEffect(() => setSelected([]), [listKey]);

  const tabLabel = (queue: DossierQueue) => {
    const count = counts[queue];
    return count === undefined
      ? queueLabel(t, queue)
      : t('oneStop.queue.tab', { label: queueLabel(t, queue), n: count });
  };

  const table = (
    <>
      {list.isError && (
        <ProblemAlert
          error={list.error}
          title={t('oneStop.queue.loadFailed')}
          onRetry={() => void list.refetch()}
          retrying={list.isFetching}
        />
      )}
      <p className="one-stop-page__count" aria-live="polite">
        {list.isPending ? t('oneStop.loading') : t('oneStop.queue.total', { n: list.data?.total ?? 0 })}
      </p>
      <BulkBar
        selected={selected}
        actions={bulkActions}
        onDone={(succeeded) => {
          setSelected((rows) => rows.filter((row) => !succeeded.includes(row.id)));
          if (succeeded.length > 0) void messages.success(t('oneStop.bulk.done', { n: succeeded.length }));
        }}
      />
      <QueueTable
        caption={t('oneStop.queue.caption', { queue: queueLabel(t, params.queue) })}
        items={list.data?.items ?? []}
        total={list.data?.total ?? 0}
        page={params.page}
        pageSize={QUEUE_PAGE_SIZE}
        loading={list.isFetching}
        {...(bulkActions.length > 0
          ? { selection: { keys: selected.map((row) => row.id), onChange: setSelected } }
          : {})}
        onPage={(page) => setParams({ page })}
      />
    </>
  );

  return (
    <div className="page one-stop-page">
      {holder}
      <div className="one-stop-page__head">
        <h1>{t('oneStop.queue.title')}</h1>
        <div className="one-stop-page__actions">
          {canReceive && (
            <LinkButton to={FILING_CHOOSER} type="primary" icon={<FormOutlined aria-hidden="true" />}>
              {t('oneStop.queue.fileAtDesk')}
            </LinkButton>
          )}
          <Button icon={<BookOutlined aria-hidden="true" />} onClick={() => setRegisterOpen(true)}>
            {t('oneStop.queue.register')}
          </Button>
        </div>
      </div>
      <p className="page__lead">{t('oneStop.queue.lead')}</p>
      <Card
        title={<h2 className="card-heading">{t('oneStop.filters.heading')}</h2>}
        className="one-stop-card"
      >
        <QueueFiltersForm
          values={{
            q: params.q,
            unitId: params.unitId,
            procedureId: params.procedureId,
            state: params.state,
            receivedFrom: params.receivedFrom,
            receivedTo: params.receivedTo,
          }}
          onChange={(values) => setParams(values)}
        />
      </Card>
      <Card
        title={<h2 className="card-heading">{t('oneStop.queue.listHeading')}</h2>}
        className="one-stop-card"
      >
        <Tabs
          // Eleven queues: on the left they all show (on top, antd folds the rest into a "more"
          // button inside the tab list, which screen readers cannot use).
          tabPosition="left"
          activeKey={params.queue}
          onChange={(queue) => setParams({ queue: queue as DossierQueue })}
          items={QUEUE_CODES.map((queue) => ({
            key: queue,
            label: tabLabel(queue),
            children: queue === params.queue ? table : null,
          }))}
        />
      </Card>
      {registerOpen && <RegisterModal open unitId={params.unitId} onClose={() => setRegisterOpen(false)} />}
    </div>
  );
}
