import { useTranslation } from 'react-i18next';
import { PageLoading } from '../../components/page-loading.tsx';
import { ProblemAlert } from '../../components/problem-alert.tsx';
import { formatDateTime, formatLocalDate } from '../../lib/format.ts';
import { type CalendarDecisionView, useCalendarDecisions } from './queries.ts';

/** Every version of a year's decision, newest first (`GET …/years/:year/decisions`). */
export function DecisionHistory({ year }: { year: number }) {
  const { t } = useTranslation();
  const history = useCalendarDecisions(year);
  if (history.isPending) return <PageLoading />;
  if (history.isError) {
    return (
      <ProblemAlert
        error={history.error}
        title={t('workCalendar.historyFailed')}
        type="warning"
        onRetry={() => void history.refetch()}
        retrying={history.isFetching}
      />
    );
  }
  if (history.data.items.length === 0) return <p>{t('workCalendar.historyEmpty', { year })}</p>;
  return (
    <ol className="decision-history">
      {history.data.items.map((item) => (
        <DecisionVersion key={item.version} item={item} />
      ))}
    </ol>
  );
}

function DecisionVersion({ item }: { item: CalendarDecisionView }) {
  const { t } = useTranslation();
  const dates = (values: string[]) =>
    values.length > 0 ? values.map(formatLocalDate).join(', ') : t('workCalendar.noDates');
  return (
    <li className="decision-history__item">
      <p className="decision-history__title">
        <strong>{t('workCalendar.version', { version: item.version })}</strong>
        {item.decidedAt ? (
          <>
            {' · '}
            <time dateTime={item.decidedAt}>{formatDateTime(item.decidedAt)}</time>
          </>
        ) : null}
      </p>
      <dl className="decision-history__meta">
        <div>
          <dt>{t('workCalendar.decidedBy')}</dt>
          <dd>{item.decidedBy ?? t('workCalendar.shippedData')}</dd>
        </div>
        <div>
          <dt>{t('workCalendar.daysOff')}</dt>
          <dd>{dates(item.daysOff)}</dd>
        </div>
        <div>
          <dt>{t('workCalendar.workingDays')}</dt>
          <dd>{dates(item.workingDays)}</dd>
        </div>
        <div>
          <dt>{t('calendar.decisionSource')}</dt>
          <dd lang="vi">{item.source}</dd>
        </div>
      </dl>
    </li>
  );
}
