import { Drawer, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../components/problem-alert.tsx';
import { formatDate, formatDateTime } from '../../lib/format.ts';
import { type ProcedureVersionList, useProcedureVersions } from './queries.ts';

type VersionRow = ProcedureVersionList['items'][number];

/** Every version of one procedure, newest first: from, until, who published it and when. */
export function VersionsDrawer({
  procedure,
  onClose,
}: {
  procedure: { id: string; name: string } | undefined;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const versions = useProcedureVersions(procedure?.id);
  return (
    <Drawer
      open={procedure !== undefined}
      onClose={onClose}
      size={720}
      closable={{ 'aria-label': t('catalogue.admin.close') }}
      title={
        <h2 className="procedure-admin__drawer-title">
          {t('catalogue.admin.versionsTitle', { name: procedure?.name ?? '' })}
        </h2>
      }
    >
      {versions.isError && <ProblemAlert error={versions.error} title={t('catalogue.admin.loadFailed')} />}
      <Table<VersionRow>
        size="small"
        rowKey="versionId"
        loading={versions.isFetching}
        dataSource={versions.data?.items ?? []}
        pagination={false}
        caption={<span className="sr-only">{t('catalogue.admin.versionsCaption')}</span>}
        columns={[
          { key: 'version', title: t('catalogue.admin.version'), dataIndex: 'version' },
          {
            key: 'validFrom',
            title: t('catalogue.admin.validFrom'),
            render: (_, row) => formatDate(row.validFrom),
          },
          {
            key: 'validTo',
            title: t('catalogue.admin.validTo'),
            render: (_, row) => (row.validTo ? formatDate(row.validTo) : t('catalogue.admin.openEnded')),
          },
          { key: 'createdBy', title: t('catalogue.admin.createdBy'), dataIndex: 'createdBy' },
          {
            key: 'createdAt',
            title: t('catalogue.admin.createdAt'),
            render: (_, row) => formatDateTime(row.createdAt),
          },
        ]}
      />
    </Drawer>
  );
}
