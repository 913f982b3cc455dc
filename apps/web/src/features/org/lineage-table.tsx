import { ArrowRightOutlined } from '@ant-design/icons';
import { Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { dayBefore, shareLabel } from './org-labels.ts';
import type { OrgLineageView } from './queries.ts';
import { orgHref } from './use-org-params.ts';

interface LineageTableProps {
  lineage: readonly OrgLineageView[];
  /** The day the change took effect: old units link to the day before, new units to that day. */
  effectiveDate: string;
  caption: string;
  /** False in a preview: the units created by it do not exist yet. */
  links?: boolean;
}

/** Old unit → new unit, with the share (toàn bộ / một phần), as a table. */
export function LineageTable({ lineage, effectiveDate, caption, links = true }: LineageTableProps) {
  const { t } = useTranslation();
  const before = dayBefore(effectiveDate);
  const unit = (id: string, name: string | null, day: string) => {
    const text = name ?? t('org.unnamedUnit');
    return links ? <Link to={orgHref(day, id)}>{text}</Link> : text;
  };
  return (
    <Table<OrgLineageView>
      className="org-lineage"
      size="small"
      pagination={lineage.length > 20 ? { pageSize: 20, showSizeChanger: false } : false}
      rowKey={(row) => `${row.fromUnitId}>${row.toUnitId}`}
      dataSource={[...lineage]}
      caption={caption}
      columns={[
        {
          key: 'from',
          title: t('org.lineageFrom'),
          render: (_, row) => unit(row.fromUnitId, row.fromName, before),
        },
        {
          key: 'arrow',
          title: <span className="sr-only">{t('org.lineageArrow')}</span>,
          width: 40,
          align: 'center',
          render: () => <ArrowRightOutlined aria-hidden="true" />,
        },
        {
          key: 'to',
          title: t('org.lineageTo'),
          render: (_, row) => unit(row.toUnitId, row.toName, effectiveDate),
        },
        {
          key: 'share',
          title: t('org.lineageShare'),
          render: (_, row) => <Tag>{shareLabel(t, row.share)}</Tag>,
        },
      ]}
    />
  );
}
