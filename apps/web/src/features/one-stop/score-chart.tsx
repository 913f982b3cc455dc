import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../lib/format.ts';
import { type Chart, type ChartOption, createChart } from './echarts-setup.ts';
import type { ServiceScore } from './queries.ts';
import { SCORE_GROUPS, SCORE_MAX } from './stats-figures.ts';

const PRIMARY = '#0B4F9C';
const TRACK = '#D9E2EE';

/**
 * The QĐ 766/QĐ-TTg service score: the total out of 100 and the five groups against their
 * maxima, as a bar chart (a picture with a spoken summary) followed by the same figures as a
 * table for everyone who does not read charts.
 */
export function ScoreChart({ score }: { score: ServiceScore }) {
  const { t, i18n } = useTranslation();
  const element = useRef<HTMLDivElement>(null);
  const chart = useRef<Chart | null>(null);
  const number = (value: number) => formatNumber(value, i18n.language, 1);
  const groups = SCORE_GROUPS.map((group) => ({
    ...group,
    label: t(`oneStop.stats.score.${group.key}`),
    value: score[group.key],
  }));
  const summary = t('oneStop.stats.score.chartLabel', {
    total: number(score.total),
    groups: groups
      .map((group) =>
        t('oneStop.stats.score.groupOf', { label: group.label, value: number(group.value), max: group.max }),
      )
      .join('; '),
  });

  useEffect(() => {
    if (!element.current) return undefined;
    try {
      chart.current = createChart(element.current);
    } catch {
      chart.current = null; // No canvas (old browser, tests): the table below says it all.
    }
    const resize = () => chart.current?.resize();
    window.addEventListener('resize', resize);
    return () => {
      window.removeEventListener('resize', resize);
      chart.current?.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    const option: ChartOption = {
      animation: false,
      textStyle: { fontFamily: 'inherit', fontSize: 13, color: '#1f1f1f' },
      grid: { left: 8, right: 48, top: 32, bottom: 8, containLabel: true },
      legend: { top: 0, data: [t('oneStop.stats.score.achieved'), t('oneStop.stats.score.maximum')] },
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      xAxis: { type: 'value', max: Math.max(...SCORE_GROUPS.map((group) => group.max)) },
      yAxis: { type: 'category', inverse: true, data: groups.map((group) => group.label) },
      series: [
        {
          name: t('oneStop.stats.score.maximum'),
          type: 'bar',
          data: groups.map((group) => group.max),
          itemStyle: { color: TRACK },
          barGap: '-100%',
          silent: true,
        },
        {
          name: t('oneStop.stats.score.achieved'),
          type: 'bar',
          data: groups.map((group) => group.value),
          itemStyle: { color: PRIMARY },
          label: { show: true, position: 'right', formatter: ({ value }) => number(Number(value)) },
        },
      ],
    };
    chart.current?.setOption(option);
  });

  return (
    <div className="one-stop-score">
      <p className="one-stop-score__total">
        {t('oneStop.stats.score.total')}{' '}
        <strong>
          {number(score.total)}/{SCORE_MAX}
        </strong>
      </p>
      <div ref={element} className="one-stop-score__chart" role="img" aria-label={summary} />
      <table className="one-stop-score__table">
        <caption>{t('oneStop.stats.score.tableCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('oneStop.stats.score.group')}</th>
            <th scope="col">{t('oneStop.stats.score.achieved')}</th>
            <th scope="col">{t('oneStop.stats.score.maximum')}</th>
          </tr>
        </thead>
        <tbody>
          {groups.map((group) => (
            <tr key={group.key}>
              <th scope="row">{group.label}</th>
              <td>{number(group.value)}</td>
              <td>{group.max}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{t('oneStop.stats.score.totalRow')}</th>
            <td>{number(score.total)}</td>
            <td>{SCORE_MAX}</td>
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
