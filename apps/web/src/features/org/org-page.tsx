import { ApartmentOutlined } from '@ant-design/icons';
import { Button, Card, Col, Row } from 'antd';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageLoading } from '../../components/page-loading.tsx';
import { usePageTitle } from '../../components/use-page-title.ts';
import { formatLocalDate } from '../../lib/format.ts';
import { useCurrentUser } from '../auth/index.ts';
import { AsOfPicker } from './as-of-picker.tsx';
import { OrgSearch } from './org-search.tsx';
import { OrgTree } from './org-tree.tsx';
import { ORG_MANAGE, ORG_RESTRUCTURE, useOrgUnit } from './queries.ts';
import { UnitPanel } from './unit-details.tsx';
import { useOrgParams } from './use-org-params.ts';
import './org.css';

const RestructureWizard = lazy(() =>
  import('./restructure-wizard.tsx').then((m) => ({ default: m.RestructureWizard })),
);

/**
 * `/app/to-chuc?ngay=&don-vi=`: the organisation structure as of a day (tree, search, the selected
 * unit with its history) and, for holders of org.manage / org.restructure, the restructure wizard.
 */
export function OrgPage() {
  const { t } = useTranslation();
  usePageTitle(t('org.title'), 'workspace');
  const [{ asOf, unitId, restructureId }, update] = useOrgParams();
  const user = useCurrentUser();
  const permissions = user.permissions ?? [];
  const canChange = permissions.includes(ORG_MANAGE) || permissions.includes(ORG_RESTRUCTURE);
  const [wizardOpen, setWizardOpen] = useState(false);
  const selected = useOrgUnit(unitId, asOf);
  const expandPath = selected.data ? selected.data.ancestors.map((ancestor) => ancestor.id) : undefined;
  const select = (id: string) => update({ unitId: id, asOf });

  return (
    <div className="page org-page">
      <h1>{t('org.title')}</h1>
      <p className="page__lead">{t('org.lead')}</p>
      <div className="org-toolbar">
        <AsOfPicker asOf={asOf} onChange={(day) => update({ asOf: day })} />
        {canChange && (
          <Button
            type="primary"
            icon={<ApartmentOutlined aria-hidden="true" />}
            onClick={() => setWizardOpen(true)}
            aria-haspopup="dialog"
          >
            {t('orgWizard.open')}
          </Button>
        )}
      </div>
      <Row gutter={[24, 24]}>
        <Col xs={24} xl={10}>
          <Card
            title={
              <h2 id="org-tree-heading" className="card-heading">
                {t('org.treeHeading', { date: formatLocalDate(asOf) })}
              </h2>
            }
          >
            <OrgSearch asOf={asOf} onSelect={select} />
            <OrgTree
              key={asOf}
              asOf={asOf}
              selectedId={unitId}
              expandPath={expandPath}
              onSelect={select}
              labelledBy="org-tree-heading"
            />
          </Card>
        </Col>
        <Col xs={24} xl={14}>
          <Card title={<h2 className="card-heading">{t('org.unitHeading')}</h2>}>
            {unitId ? (
              <UnitPanel unitId={unitId} asOf={asOf} highlight={restructureId} />
            ) : (
              <p>{t('org.selectPrompt')}</p>
            )}
          </Card>
        </Col>
      </Row>
      {wizardOpen && (
        <Suspense fallback={<PageLoading />}>
          <RestructureWizard asOf={asOf} permissions={permissions} onClose={() => setWizardOpen(false)} />
        </Suspense>
      )}
    </div>
  );
}
