import { Card } from 'antd';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../components/problem-alert.tsx';
import { usePageTitle } from '../../components/use-page-title.ts';
import { useDossierStats } from './queries.ts';
import { ScoreChart } from './score-chart.tsx';
import { StatsFiltersForm } from './stats-filters.tsx';
import { StatsKpis } from './stats-kpis.tsx';
import { periodLabel } from './stats-period.ts';
import { StatsTable } from './stats-table.tsx';
import { periodOfParams, useStatsParams } from './use-stats-params.ts';
import './i18n.ts';
import './one-stop.css';

/**
 * `/app/mot-cua/thong-ke` (permission dossier.stats): how the units in the caller's scope
 * handled dossiers in a period, computed by the server from the dossiers' history
 * (`GET /api/v1/dossier-stats`), with the QĐ 766/QĐ-TTg service score and a CSV export.
 */
export function StatsPage() {
  const { t } = useTranslation();
  usePageTitle(t('oneStop.stats.title'), 'workspace');
  const [params, setParams] = useStatsParams();
  const period = periodOfParams(params);
  const stats = useDossierStats({
    unitId: params.unitId,
    from: period.from,
    to: period.to,
    groupBy: params.groupBy,
  });
  const label = periodLabel(params.kind, period, {
    month: (month, year) => t('oneStop.stats.periodMonth', { month, year }),
    quarter: (quarter, year) => t('oneStop.stats.periodQuarter', { quarter, year }),
    year: (year) => t('oneStop.stats.periodYear', { year }),
    range: (from, to) => t('oneStop.stats.periodRange', { from, to }),
  });
  const data = stats.data;

  return (
    <div className="page one-stop-page one-stop-stats">
      <h1>{t('oneStop.stats.title')}</h1>
      <p className="page__lead">{t('oneStop.stats.lead')}</p>
      <Card title={<h2 className="card-heading">{t('oneStop.stats.filters')}</h2>} className="one-stop-card">
        <StatsFiltersForm values={params} onChange={setParams} />
      </Card>
      {stats.isError && (
        <ProblemAlert
          error={stats.error}
          title={t('oneStop.stats.loadFailed')}
          onRetry={() => void stats.refetch()}
          retrying={stats.isFetching}
        />
      )}
      <p className="one-stop-page__count" aria-live="polite">
        {stats.isPending ? t('oneStop.loading') : t('oneStop.stats.showing', { period: label })}
      </p>
      {data && (
        <>
          <Card
            title={<h2 className="card-heading">{t('oneStop.stats.kpiHeading')}</h2>}
            className="one-stop-card"
          >
            <StatsKpis totals={data.totals} />
          </Card>
          <Card
            title={<h2 className="card-heading">{t('oneStop.stats.score.heading')}</h2>}
            className="one-stop-card"
          >
            <p className="one-stop-page__count">{t('oneStop.stats.score.lead')}</p>
            <ScoreChart score={data.score} />
          </Card>
          <Card
            title={
              <h2 className="card-heading">
                {t('oneStop.stats.breakdownHeading', { by: t(`oneStop.stats.groups.${params.groupBy}`) })}
              </h2>
            }
            className="one-stop-card"
          >
            <StatsTable
              groupBy={params.groupBy}
              rows={data.rows}
              totals={data.totals}
              loading={stats.isFetching}
              fileName={`thong-ke-ho-so-${data.from}-${data.to}-${params.groupBy}.csv`}
            />
          </Card>
        </>
      )}
    </div>
  );
}
