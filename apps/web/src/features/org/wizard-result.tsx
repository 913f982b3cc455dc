import { Alert, Descriptions, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatLocalDate } from '../../lib/format.ts';
import { LineageTable } from './lineage-table.tsx';
import { formatValidity, kindLabel, unitTypeLabel } from './org-labels.ts';
import type { OrgRestructureResult, OrgUnitView } from './queries.ts';

/** One attribute that changes (rename): before → after. */
export interface AttributeChange {
  key: string;
  label: string;
  from: string;
  to: string;
}

/**
 * What a restructure does, as the server computed it: lineage old → new, what ends, what
 * begins; for a rename, the attributes before → after (`changes`, from the request).
 */
export function RestructureOutcome({
  result,
  changes = [],
}: {
  result: OrgRestructureResult;
  changes?: readonly AttributeChange[];
}) {
  const { t } = useTranslation();
  const date = formatLocalDate(result.effectiveDate);
  const ending = [
    ...new Map(
      result.lineage.map((link) => [link.fromUnitId, link.fromName ?? t('org.unnamedUnit')] as const),
    ).values(),
  ];
  const continuing = result.kind === 'rename' || result.kind === 'move';
  return (
    <div className="org-outcome">
      <Descriptions
        size="small"
        column={1}
        bordered
        items={[
          { key: 'kind', label: t('orgWizard.kind'), children: kindLabel(t, result.kind) },
          { key: 'date', label: t('orgWizard.effectiveDate'), children: date },
          { key: 'basis', label: t('orgWizard.legalBasis'), children: result.legalBasis ?? t('org.none') },
          ...(result.note ? [{ key: 'note', label: t('orgWizard.note'), children: result.note }] : []),
        ]}
      />
      {changes.length > 0 && (
        <Table<AttributeChange>
          size="small"
          rowKey="key"
          pagination={false}
          dataSource={[...changes]}
          caption={t('orgWizard.changesCaption')}
          className="org-lineage"
          columns={[
            { key: 'label', title: t('orgWizard.attribute'), dataIndex: 'label' },
            { key: 'from', title: t('orgWizard.before'), dataIndex: 'from' },
            { key: 'to', title: t('orgWizard.after'), dataIndex: 'to' },
          ]}
        />
      )}
      {result.lineage.length > 0 && (
        <LineageTable
          lineage={result.lineage}
          effectiveDate={result.effectiveDate}
          caption={t('orgWizard.lineageCaption')}
          links={!result.preview}
        />
      )}
      <section aria-labelledby="org-outcome-ends">
        <h4 id="org-outcome-ends">{t('orgWizard.endsHeading', { date })}</h4>
        {continuing ? (
          <p>{t('orgWizard.endsVersion', { date })}</p>
        ) : ending.length > 0 ? (
          <ul>
            {ending.map((name) => (
              <li key={name}>{name}</li>
            ))}
          </ul>
        ) : (
          <p>{t('orgWizard.endsNone')}</p>
        )}
      </section>
      <section aria-labelledby="org-outcome-begins">
        <h4 id="org-outcome-begins">{t('orgWizard.beginsHeading', { date, n: result.units.length })}</h4>
        <Table<OrgUnitView>
          size="small"
          rowKey="id"
          dataSource={result.units}
          pagination={result.units.length > 10 ? { pageSize: 10, showSizeChanger: false } : false}
          caption={<span className="sr-only">{t('orgWizard.beginsCaption')}</span>}
          locale={{ emptyText: t('orgWizard.beginsNone') }}
          columns={[
            { key: 'name', title: t('org.name'), dataIndex: 'name' },
            { key: 'type', title: t('org.unitType'), render: (_, unit) => unitTypeLabel(t, unit.unitType) },
            { key: 'code', title: t('org.code'), render: (_, unit) => unit.code ?? t('org.none') },
            {
              key: 'validity',
              title: t('org.validity'),
              render: (_, unit) => formatValidity(t, unit.validFrom, unit.validTo),
            },
          ]}
        />
      </section>
    </div>
  );
}

/** The preview notice: the server ran every check and write, then rolled everything back. */
export function PreviewNotice() {
  const { t } = useTranslation();
  return (
    <Alert
      type="info"
      showIcon
      title={t('orgWizard.previewNotice')}
      description={t('orgWizard.previewNoticeBody')}
    />
  );
}
