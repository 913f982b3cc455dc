import { Table } from 'antd';
import type { Key } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDateTime } from '../../lib/format.ts';
import { DeadlineTags, StateTag } from './dossier-tags.tsx';
import { type DossierSummary, dossierPage } from './queries.ts';

interface QueueTableProps {
  caption: string;
  items: DossierSummary[];
  total: number;
  page: number;
  pageSize: number;
  loading: boolean;
  /** Row selection for bulk actions; absent: no checkboxes. */
  selection?: { keys: string[]; onChange: (rows: DossierSummary[]) => void };
  onPage: (page: number) => void;
}

const moment = (value: string | null) => (value ? formatDateTime(value) : '—');

/** The dossiers of a queue: the code opens the dossier; deadlines say late or due soon in words. */
export function QueueTable({
  caption,
  items,
  total,
  page,
  pageSize,
  loading,
  selection,
  onPage,
}: QueueTableProps) {
  const { t } = useTranslation();
  const codeOf = (dossier: DossierSummary) => dossier.code ?? t('oneStop.noCode');
  return (
    <Table<DossierSummary>
      className="one-stop-table"
      size="middle"
      rowKey="id"
      loading={loading}
      dataSource={items}
      caption={<span className="sr-only">{caption}</span>}
      locale={{ emptyText: t('oneStop.queue.empty') }}
      rowSelection={
        selection
          ? {
              selectedRowKeys: selection.keys,
              onChange: (_: Key[], rows: DossierSummary[]) => selection.onChange(rows),
              getCheckboxProps: (dossier) => ({
                'aria-label': t('oneStop.queue.selectRow', { code: codeOf(dossier) }),
              }),
            }
          : undefined
      }
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
          key: 'code',
          title: t('oneStop.columns.code'),
          render: (_, dossier) => (
            <Link to={dossierPage(dossier.id)} className="one-stop-table__code">
              {codeOf(dossier)}
            </Link>
          ),
        },
        {
          key: 'procedure',
          title: t('oneStop.columns.procedure'),
          render: (_, dossier) => (
            <>
              <span className="one-stop-table__procedure">{dossier.procedure.name}</span>
              <span className="one-stop-table__muted">{dossier.competentUnit.name}</span>
            </>
          ),
        },
        { key: 'applicant', title: t('oneStop.columns.applicant'), dataIndex: 'applicantName' },
        {
          key: 'received',
          title: t('oneStop.columns.received'),
          render: (_, dossier) =>
            dossier.receivedAt || !dossier.submittedAt
              ? moment(dossier.receivedAt)
              : t('oneStop.queue.submittedAt', { time: moment(dossier.submittedAt) }),
        },
        {
          key: 'due',
          title: t('oneStop.columns.due'),
          render: (_, dossier) => (
            <>
              <span className="one-stop-table__due">{moment(dossier.dueAt)}</span>
              <DeadlineTags late={dossier.late} dueSoon={dossier.dueSoon} />
            </>
          ),
        },
        {
          key: 'state',
          title: t('oneStop.columns.state'),
          render: (_, dossier) => <StateTag state={dossier.state} />,
        },
        {
          key: 'assignee',
          title: t('oneStop.columns.assignee'),
          render: (_, dossier) => dossier.assigneeName ?? t('oneStop.queue.unassigned'),
        },
      ]}
    />
  );
}
