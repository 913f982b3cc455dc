import { Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { actionLabel, actorKindLabel, formatDateTimeSeconds, subjectTypeLabel } from './audit-labels.ts';
import type { AuditEntryView } from './queries.ts';

/** The entries, newest first; a row opens to its details (JSON) and hash. */
export function AuditTable({ entries, loading }: { entries: AuditEntryView[]; loading: boolean }) {
  const { t } = useTranslation();
  const none = t('audit.none');
  return (
    <Table<AuditEntryView>
      className="audit-table"
      size="small"
      rowKey="id"
      loading={loading}
      dataSource={entries}
      pagination={false}
      scroll={{ x: 1100 }}
      caption={<span className="sr-only">{t('audit.tableCaption')}</span>}
      locale={{ emptyText: t('audit.empty') }}
      expandable={{
        expandedRowRender: (entry) => <EntryDetails entry={entry} />,
        expandIcon: ({ expanded, onExpand, record }) => (
          <button
            type="button"
            className="audit-table__expand"
            aria-expanded={expanded}
            aria-label={t(expanded ? 'audit.collapseRow' : 'audit.expandRow', { id: record.id })}
            onClick={(event) => onExpand(record, event)}
          >
            {expanded ? '−' : '+'}
          </button>
        ),
      }}
      columns={[
        {
          key: 'at',
          title: t('audit.at'),
          width: 170,
          render: (_, entry) => <time dateTime={entry.at}>{formatDateTimeSeconds(entry.at)}</time>,
        },
        {
          key: 'actor',
          title: t('audit.actor'),
          render: (_, entry) => (
            <>
              <Tag>{actorKindLabel(t, entry.actorKind)}</Tag>
              <span className="audit-table__code">{entry.actorId}</span>
            </>
          ),
        },
        {
          key: 'unit',
          title: t('audit.unit'),
          render: (_, entry) => <span className="audit-table__code">{entry.unitId ?? none}</span>,
        },
        {
          key: 'action',
          title: t('audit.action'),
          render: (_, entry) => <LabelledCode label={actionLabel(t, entry.action)} code={entry.action} />,
        },
        {
          key: 'subject',
          title: t('audit.subject'),
          render: (_, entry) => (
            <>
              <LabelledCode label={subjectTypeLabel(t, entry.subjectType)} code={entry.subjectType} />
              <span className="audit-table__code">{entry.subjectId}</span>
            </>
          ),
        },
        { key: 'purpose', title: t('audit.purpose'), render: (_, entry) => entry.purpose ?? none },
        { key: 'ip', title: t('audit.ip'), render: (_, entry) => entry.ip ?? none },
        {
          key: 'requestId',
          title: t('audit.requestId'),
          render: (_, entry) => <span className="audit-table__code">{entry.requestId ?? none}</span>,
        },
      ]}
    />
  );
}

/** The label of a known code above the code; an unknown code alone. */
function LabelledCode({ label, code }: { label: string; code: string }) {
  if (label === code) return <span className="audit-table__code audit-table__label">{code}</span>;
  return (
    <>
      <span className="audit-table__label">{label}</span>
      <span className="audit-table__code audit-table__label">{code}</span>
    </>
  );
}

function EntryDetails({ entry }: { entry: AuditEntryView }) {
  const { t } = useTranslation();
  return (
    <dl className="audit-entry">
      <dt>{t('audit.entryId')}</dt>
      <dd>{entry.id}</dd>
      <dt>{t('audit.details')}</dt>
      <dd>
        <pre className="audit-entry__json">{JSON.stringify(entry.details, null, 2)}</pre>
      </dd>
      <dt>{t('audit.hash')}</dt>
      <dd className="audit-table__code audit-entry__hash">{entry.hash}</dd>
    </dl>
  );
}
