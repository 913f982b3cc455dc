import { ReloadOutlined } from '@ant-design/icons';
import { Badge, Button, Card, Descriptions, type DescriptionsProps, Skeleton } from 'antd';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../components/problem-alert.tsx';
import { formatDateTime, formatNumber } from '../../lib/format.ts';
import { type SystemStatus, useSystemStatus } from './queries.ts';

function statusItems(status: SystemStatus, t: TFunction, language: string) {
  const backend =
    status.database.backend === 'pglite' ? t('dashboard.backendPglite') : t('dashboard.backendPostgres');
  const items: DescriptionsProps['items'] = [
    {
      key: 'status',
      label: t('dashboard.status'),
      children: <Badge status="success" text={t('dashboard.statusOk')} />,
    },
    { key: 'version', label: t('dashboard.version'), children: status.version },
    { key: 'database', label: t('dashboard.database'), children: `${backend} · ${status.database.version}` },
    {
      key: 'latency',
      label: t('dashboard.databaseLatency'),
      children: t('dashboard.latencyValue', { value: formatNumber(status.database.latencyMs, language) }),
    },
    {
      key: 'serverTime',
      label: t('dashboard.serverTime'),
      children: <time dateTime={status.serverTime}>{formatDateTime(status.serverTime)}</time>,
    },
  ];
  return items;
}

/** System status from the server, refreshed every minute; errors show the server's detail. */
export function SystemStatusCard() {
  const { t, i18n } = useTranslation();
  const status = useSystemStatus();
  return (
    <Card
      title={<h2 className="card-heading">{t('dashboard.statusCard')}</h2>}
      extra={
        <Button
          type="text"
          icon={<ReloadOutlined aria-hidden="true" />}
          onClick={() => void status.refetch()}
          loading={status.isFetching}
        >
          {t('dashboard.refresh')}
        </Button>
      }
    >
      {status.isPending ? (
        <Skeleton active paragraph={{ rows: 4 }} />
      ) : status.isError ? (
        <ProblemAlert error={status.error} title={t('dashboard.statusFailed')} type="warning" />
      ) : (
        <Descriptions column={1} items={statusItems(status.data, t, i18n.language)} />
      )}
    </Card>
  );
}
