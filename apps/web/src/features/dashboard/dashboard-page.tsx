import { Card, Col, Descriptions, Row, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { usePageTitle } from '../../components/use-page-title.ts';
import { useCurrentUser } from '../auth/index.ts';
import { SystemStatusCard } from './system-status-card.tsx';

/** `/app`: who is signed in, and how the system is doing. */
export function DashboardPage() {
  const { t } = useTranslation();
  usePageTitle(t('dashboard.title'), 'workspace');
  const user = useCurrentUser();

  return (
    <div className="page">
      <h1>{t('dashboard.title')}</h1>
      <p className="page__lead">
        <strong>{t('dashboard.greeting', { name: user.displayName })}</strong> {t('dashboard.lead')}
      </p>
      <Row gutter={[24, 24]}>
        <Col xs={24} xl={12}>
          <Card title={<h2 className="card-heading">{t('dashboard.userCard')}</h2>}>
            <Descriptions
              column={1}
              items={[
                { key: 'name', label: t('dashboard.displayName'), children: user.displayName },
                { key: 'unit', label: t('user.orgUnit'), children: user.orgUnitName ?? t('user.noOrgUnit') },
                {
                  key: 'roles',
                  label: t('user.roles'),
                  children:
                    user.roles.length > 0 ? (
                      <span className="tag-list">
                        {user.roles.map((role) => (
                          <Tag key={role}>{t(`roleNames.${role}`, { defaultValue: role })}</Tag>
                        ))}
                      </span>
                    ) : (
                      t('user.noRoles')
                    ),
                },
              ]}
            />
          </Card>
        </Col>
        <Col xs={24} xl={12}>
          <SystemStatusCard />
        </Col>
      </Row>
    </div>
  );
}
