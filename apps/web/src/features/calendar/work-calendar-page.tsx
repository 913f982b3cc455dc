import { Alert, Card, Col, Row } from 'antd';
import { useTranslation } from 'react-i18next';
import { PageLoading } from '../../components/page-loading.tsx';
import { usePageTitle } from '../../components/use-page-title.ts';
import { useHasPermission } from '../auth/index.ts';
import { CalendarYearDetails } from './calendar-year-details.tsx';
import { DecisionForm } from './decision-form.tsx';
import { DecisionHistory } from './decision-history.tsx';
import { CALENDAR_MANAGE, useCalendarYear } from './queries.ts';
import { useYearParam } from './use-year-param.ts';
import { YearSelector } from './year-selector.tsx';
import './calendar.css';

/**
 * `/app/lich-lam-viec?nam=`: the year's calendar, the versions of its decision and, for officials
 * holding `calendar.manage`, the form that saves a new version.
 */
export function WorkCalendarPage() {
  const { t } = useTranslation();
  usePageTitle(t('workCalendar.title'), 'workspace');
  const [year, setYear] = useYearParam();
  const canManage = useHasPermission(CALENDAR_MANAGE);

  return (
    <div className="page">
      <h1>{t('workCalendar.title')}</h1>
      <p className="page__lead">{t('workCalendar.lead')}</p>
      <YearSelector year={year} onChange={setYear} />
      <Row gutter={[24, 24]}>
        <Col xs={24} xl={14}>
          <Card title={<h2 className="card-heading">{t('workCalendar.yearCard', { year })}</h2>}>
            <CalendarYearDetails year={year} headingLevel={3} />
          </Card>
        </Col>
        <Col xs={24} xl={10}>
          <Card title={<h2 className="card-heading">{t('workCalendar.historyHeading')}</h2>}>
            <DecisionHistory year={year} />
          </Card>
        </Col>
        <Col xs={24}>
          <Card title={<h2 className="card-heading">{t('workCalendar.editHeading', { year })}</h2>}>
            {canManage ? (
              <DecisionEditor year={year} />
            ) : (
              <Alert
                type="info"
                role="note"
                showIcon
                title={t('workCalendar.readOnlyTitle')}
                description={t('workCalendar.readOnlyBody')}
              />
            )}
          </Card>
        </Col>
      </Row>
    </div>
  );
}

/** The edit form, started from the year's current decision once it is loaded. */
function DecisionEditor({ year }: { year: number }) {
  const { t } = useTranslation();
  const view = useCalendarYear(year);
  if (view.isPending) return <PageLoading />;
  // The load failure is already shown in the year card.
  if (view.isError) return null;
  return (
    <>
      <p>{t('workCalendar.editLead')}</p>
      <DecisionForm key={year} year={year} decision={view.data.decision} />
    </>
  );
}
