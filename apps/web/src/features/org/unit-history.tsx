import { Table, Tag } from 'antd';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { PageLoading } from '../../components/page-loading.tsx';
import { ProblemAlert } from '../../components/problem-alert.tsx';
import { formatLocalDate } from '../../lib/format.ts';
import { LineageTable } from './lineage-table.tsx';
import { formatValidity, kindLabel, unitTypeLabel } from './org-labels.ts';
import { type OrgRestructureView, type OrgUnitVersionView, useOrgUnitHistory } from './queries.ts';

/** The unit's versions (validity intervals) and the restructures that touched it, with lineage. */
export function UnitHistory({ unitId, highlight }: { unitId: string; highlight: string | undefined }) {
  const { t } = useTranslation();
  const history = useOrgUnitHistory(unitId);
  if (history.isPending) return <PageLoading />;
  if (history.isError) return <ProblemAlert error={history.error} title={t('org.historyFailed')} />;
  const { versions, restructures } = history.data;
  return (
    <section aria-labelledby="org-history" className="org-history">
      <h3 id="org-history">{t('org.historyHeading')}</h3>
      <Table<OrgUnitVersionView>
        size="small"
        pagination={false}
        rowKey="validFrom"
        dataSource={versions}
        caption={t('org.versionsCaption')}
        columns={[
          {
            key: 'validity',
            title: t('org.validity'),
            render: (_, version) => formatValidity(t, version.validFrom, version.validTo),
          },
          { key: 'name', title: t('org.name'), dataIndex: 'name' },
          { key: 'code', title: t('org.code'), render: (_, version) => version.code ?? t('org.none') },
          {
            key: 'type',
            title: t('org.unitType'),
            render: (_, version) => unitTypeLabel(t, version.unitType),
          },
        ]}
      />
      <h4 className="org-history__subheading">{t('org.restructuresHeading')}</h4>
      {restructures.length === 0 ? (
        <p>{t('org.noRestructures')}</p>
      ) : (
        <ol className="org-history__restructures">
          {restructures.map((restructure) => (
            <RestructureItem
              key={restructure.id}
              restructure={restructure}
              highlighted={restructure.id === highlight}
            />
          ))}
        </ol>
      )}
    </section>
  );
}

function RestructureItem({
  restructure,
  highlighted,
}: {
  restructure: OrgRestructureView;
  highlighted: boolean;
}) {
  const { t } = useTranslation();
  const ref = useRef<HTMLLIElement>(null);
  useEffect(() => {
    if (highlighted) ref.current?.scrollIntoView?.({ block: 'center' });
  }, [highlighted]);
  const date = formatLocalDate(restructure.effectiveDate);
  return (
    <li
      ref={ref}
      id={`sap-xep-${restructure.id}`}
      className={highlighted ? 'org-restructure org-restructure--highlighted' : 'org-restructure'}
      aria-current={highlighted ? 'true' : undefined}
    >
      <p className="org-restructure__head">
        <Tag>{kindLabel(t, restructure.kind)}</Tag>
        <strong>{t('org.effectiveOn', { date })}</strong>
      </p>
      <p className="org-restructure__basis">
        {t('org.legalBasis')}: {restructure.legalBasis ?? t('org.none')}
      </p>
      {restructure.note && <p className="org-restructure__note">{restructure.note}</p>}
      {restructure.lineage.length > 0 && (
        <LineageTable
          lineage={restructure.lineage}
          effectiveDate={restructure.effectiveDate}
          caption={t('org.lineageCaption', { kind: kindLabel(t, restructure.kind), date })}
        />
      )}
    </li>
  );
}
