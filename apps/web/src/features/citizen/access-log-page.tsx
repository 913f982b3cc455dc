import { Checkbox, Table, type TableColumnsType } from 'antd';
import type { TFunction } from 'i18next';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageLoading } from '../../components/page-loading.tsx';
import { ProblemAlert } from '../../components/problem-alert.tsx';
import { usePageTitle } from '../../components/use-page-title.ts';
import { formatDateTime } from '../../lib/format.ts';
import { type CitizenAccessEntry, PROFILE_ROUTE, useAccessLog } from './queries.ts';
import { RequireCitizen } from './require-citizen.tsx';
import './citizen.css';

const PAGE_SIZE = 20;

/** `/ca-nhan/truy-cap-du-lieu`: who read or changed my personal data, when, from where, why. */
export function AccessLogPage() {
  const { t } = useTranslation();
  usePageTitle(t('accessLog.title'));
  return (
    <div className="container page citizen-page">
      <h1>{t('accessLog.title')}</h1>
      <p className="page__lead">{t('accessLog.lead')}</p>
      <RequireCitizen>
        <AccessLog />
      </RequireCitizen>
    </div>
  );
}

/** Labels from the server are Vietnamese whatever the UI language (WCAG 3.1.2). */
const vi = (value: string | null) => (value ? <span lang="vi">{value}</span> : '—');

function columns(t: TFunction): TableColumnsType<CitizenAccessEntry> {
  return [
    {
      key: 'at',
      title: t('accessLog.time'),
      dataIndex: 'at',
      width: '16%',
      render: (at: string) => <time dateTime={at}>{formatDateTime(at)}</time>,
    },
    {
      key: 'who',
      title: t('accessLog.who'),
      render: (_: unknown, entry: CitizenAccessEntry) =>
        entry.self ? t('accessLog.you') : vi(entry.actorName),
    },
    { key: 'unit', title: t('accessLog.unit'), dataIndex: 'unitName', render: vi },
    { key: 'action', title: t('accessLog.action'), dataIndex: 'actionLabel', render: vi },
    { key: 'purpose', title: t('accessLog.purpose'), dataIndex: 'purposeLabel', render: vi },
  ];
}

function AccessLog() {
  const { t } = useTranslation();
  const [page, setPage] = useState(1);
  const [includeOwn, setIncludeOwn] = useState(false);
  const log = useAccessLog(page, PAGE_SIZE, includeOwn);
  const tableId = useId();
  if (log.isPending) return <PageLoading />;
  if (log.isError) {
    return (
      <ProblemAlert
        error={log.error}
        title={t('accessLog.loadFailed')}
        onRetry={() => void log.refetch()}
        retrying={log.isFetching}
      />
    );
  }
  const { items, total } = log.data;
  return (
    <section aria-labelledby={tableId}>
      <h2 id={tableId} className="citizen-log__heading">
        {t('accessLog.tableLabel')}
      </h2>
      <div className="citizen-log__tools">
        <Checkbox
          checked={includeOwn}
          onChange={(event) => {
            setIncludeOwn(event.target.checked);
            setPage(1);
          }}
        >
          {t('accessLog.includeOwn')}
        </Checkbox>
        <p className="citizen-log__total" aria-live="polite">
          {t('accessLog.total', { count: total })}
        </p>
      </div>
      <Table<CitizenAccessEntry>
        className="citizen-log"
        aria-labelledby={tableId}
        rowKey="id"
        size="middle"
        columns={columns(t)}
        dataSource={items}
        loading={log.isFetching && log.isPlaceholderData}
        locale={{ emptyText: includeOwn ? t('accessLog.emptyWithOwn') : t('accessLog.empty') }}
        pagination={
          total > PAGE_SIZE
            ? { current: page, pageSize: PAGE_SIZE, total, showSizeChanger: false, onChange: setPage }
            : false
        }
        scroll={{ x: 720 }}
      />
      <Link className="button-link" to={PROFILE_ROUTE}>
        {t('accessLog.backToProfile')}
      </Link>
    </section>
  );
}
