import { Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { officialStatuses } from './officials-labels.ts';
import type { OfficialView } from './queries.ts';

interface OfficialsTableProps {
  items: OfficialView[];
  total: number;
  page: number;
  pageSize: number;
  loading: boolean;
  /** The URL that opens an official's details. */
  hrefOf: (official: OfficialView) => string;
  onPage: (page: number) => void;
}

/** Officials by username: name, unit, account state, TOTP; the username opens the details. */
export function OfficialsTable({
  items,
  total,
  page,
  pageSize,
  loading,
  hrefOf,
  onPage,
}: OfficialsTableProps) {
  const { t } = useTranslation();
  return (
    <Table<OfficialView>
      className="officials-table"
      size="middle"
      rowKey="id"
      loading={loading}
      dataSource={items}
      scroll={{ x: 900 }}
      caption={<span className="sr-only">{t('officials.tableCaption')}</span>}
      locale={{ emptyText: t('officials.empty') }}
      pagination={{
        current: page,
        pageSize,
        total,
        showSizeChanger: false,
        hideOnSinglePage: true,
        onChange: onPage,
      }}
      columns={[
        {
          key: 'username',
          title: t('officials.username'),
          render: (_, official) => (
            <Link to={hrefOf(official)} className="officials-table__username">
              {official.username}
            </Link>
          ),
        },
        { key: 'displayName', title: t('officials.displayName'), dataIndex: 'displayName' },
        {
          key: 'unit',
          title: t('officials.unit'),
          render: (_, official) => official.orgUnitName ?? t('officials.noUnit'),
        },
        {
          key: 'status',
          title: t('officials.statusColumn'),
          render: (_, official) =>
            officialStatuses(t, official).map((status) => (
              <Tag key={status.key} className={`officials-tag officials-tag--${status.key}`}>
                {status.label}
              </Tag>
            )),
        },
        {
          key: 'totp',
          title: t('officials.totp'),
          render: (_, official) => (official.totpEnabled ? t('officials.totpOn') : t('officials.totpOff')),
        },
      ]}
    />
  );
}
