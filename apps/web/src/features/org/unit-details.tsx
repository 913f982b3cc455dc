import { Alert, Breadcrumb, Descriptions } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageLoading } from '../../components/page-loading.tsx';
import { ProblemAlert } from '../../components/problem-alert.tsx';
import { ApiError } from '../../lib/api.ts';
import { blockLabel, formatValidity, levelLabel, unitTypeLabel } from './org-labels.ts';
import { type OrgUnitDetail, useOrgUnit, useSubtreeCount } from './queries.ts';
import { UnitHistory } from './unit-history.tsx';
import { UnitNotInForce } from './unit-not-in-force.tsx';
import { orgHref } from './use-org-params.ts';

interface UnitPanelProps {
  unitId: string;
  asOf: string;
  /** A restructure to bring into view in the history. */
  highlight: string | undefined;
}

/** The selected unit on the day: what it is, where it sits, what is below it, and its history. */
export function UnitPanel({ unitId, asOf, highlight }: UnitPanelProps) {
  const { t } = useTranslation();
  const unit = useOrgUnit(unitId, asOf);
  if (unit.isPending) return <PageLoading />;
  const notInForce = unit.isError && unit.error instanceof ApiError && unit.error.status === 404;
  return (
    <div className="org-unit">
      {unit.isError && !notInForce && (
        <ProblemAlert
          error={unit.error}
          title={t('org.unitFailed')}
          onRetry={() => void unit.refetch()}
          retrying={unit.isFetching}
        />
      )}
      {notInForce && <UnitNotInForce unitId={unitId} asOf={asOf} />}
      {unit.data && <UnitSummary unit={unit.data} />}
      {(unit.data || notInForce) && <UnitHistory unitId={unitId} highlight={highlight} />}
    </div>
  );
}

function UnitSummary({ unit }: { unit: OrgUnitDetail }) {
  const { t } = useTranslation();
  const dash = t('org.none');
  return (
    <section aria-labelledby="org-unit-name">
      <h3 id="org-unit-name" className="org-unit__name">
        {unit.name}
      </h3>
      <Breadcrumb
        className="org-unit__breadcrumb"
        aria-label={t('org.breadcrumb')}
        items={[
          ...unit.ancestors.map((ancestor) => ({
            key: ancestor.id,
            title: <Link to={orgHref(unit.asOf, ancestor.id)}>{ancestor.name}</Link>,
          })),
          { key: unit.id, title: <span aria-current="location">{unit.name}</span> },
        ]}
      />
      <Descriptions
        className="org-unit__facts"
        size="small"
        column={1}
        bordered
        items={[
          { key: 'shortName', label: t('org.shortName'), children: unit.shortName ?? dash },
          { key: 'code', label: t('org.code'), children: unit.code ?? dash },
          { key: 'type', label: t('org.unitType'), children: unitTypeLabel(t, unit.unitType) },
          { key: 'level', label: t('org.level'), children: levelLabel(t, unit.level) },
          { key: 'block', label: t('org.block'), children: blockLabel(t, unit.block) },
          {
            key: 'validity',
            label: t('org.validity'),
            children: formatValidity(t, unit.validFrom, unit.validTo),
          },
          { key: 'children', label: t('org.directChildren'), children: String(unit.childCount) },
        ]}
      />
      <SubtreeCounts unitId={unit.id} asOf={unit.asOf} hasChildren={unit.childCount > 0} />
    </section>
  );
}

/** Units below the unit on the day, by level, and bodies (`subtree-count`). */
function SubtreeCounts({
  unitId,
  asOf,
  hasChildren,
}: {
  unitId: string;
  asOf: string;
  hasChildren: boolean;
}) {
  const { t } = useTranslation();
  const count = useSubtreeCount(unitId, asOf, hasChildren);
  if (!hasChildren) return null;
  return (
    <section aria-labelledby="org-unit-counts" className="org-unit__counts">
      <h3 id="org-unit-counts">{t('org.countsHeading')}</h3>
      {count.isPending && <PageLoading />}
      {count.isError && <ProblemAlert error={count.error} title={t('org.countsFailed')} />}
      {count.data &&
        (count.data.total === 0 ? (
          <Alert type="info" showIcon title={t('org.countsNone')} />
        ) : (
          <Descriptions
            size="small"
            column={{ xs: 1, sm: 2, lg: 3 }}
            items={[
              { key: 'total', label: t('org.countTotal'), children: count.data.total },
              { key: 'city', label: t('org.levels.city'), children: count.data.byLevel.city },
              { key: 'district', label: t('org.levels.district'), children: count.data.byLevel.district },
              { key: 'commune', label: t('org.levels.commune'), children: count.data.byLevel.commune },
              { key: 'bodies', label: t('org.countBodies'), children: count.data.bodies },
            ]}
          />
        ))}
    </section>
  );
}
