import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../lib/format.ts';
import type { DossierStatsRow } from './queries.ts';
import { figuresOf } from './stats-figures.ts';

/** `95,3%` / `95.3%`; a dash when there was nothing to count. */
export function usePercent() {
  const { t, i18n } = useTranslation();
  return (value: number | null) =>
    value === null ? t('oneStop.stats.none') : `${formatNumber(value * 100, i18n.language, 1)}%`;
}

/** The key figures of the period, each with what it counts. */
export function StatsKpis({ totals }: { totals: DossierStatsRow }) {
  const { t, i18n } = useTranslation();
  const percent = usePercent();
  const n = (value: number) => formatNumber(value, i18n.language, 0);
  const f = figuresOf(totals);
  const cards = [
    {
      key: 'received',
      value: n(f.received),
      detail: t('oneStop.stats.kpi.receivedDetail', { n: n(totals.pending) }),
    },
    {
      key: 'onTime',
      value: percent(f.onTime),
      detail: t('oneStop.stats.kpi.onTimeDetail', { ok: n(totals.resolvedOnTime), n: n(totals.resolved) }),
    },
    {
      key: 'late',
      value: n(f.late),
      detail: t('oneStop.stats.kpi.lateDetail', {
        resolved: n(totals.resolvedLate),
        pending: n(totals.pendingLate),
      }),
    },
    {
      key: 'online',
      value: percent(f.online),
      detail: t('oneStop.stats.kpi.ofReceived', { part: n(totals.online), n: n(totals.received) }),
    },
    {
      key: 'fullProcess',
      value: percent(f.fullProcess),
      detail: t('oneStop.stats.kpi.ofReceived', { part: n(totals.fullProcess), n: n(totals.received) }),
    },
    {
      key: 'digitised',
      value: percent(f.digitised),
      detail: t('oneStop.stats.kpi.ofReceived', { part: n(totals.digitised), n: n(totals.received) }),
    },
    {
      key: 'paidOnline',
      value: percent(f.paidOnline),
      detail: t('oneStop.stats.kpi.paidOnlineDetail', { part: n(totals.paidOnline), n: n(totals.withFees) }),
    },
    {
      key: 'satisfaction',
      value: percent(f.satisfaction),
      detail:
        f.averageRating === null
          ? t('oneStop.stats.kpi.noRatings')
          : t('oneStop.stats.kpi.satisfactionDetail', {
              n: n(totals.rated),
              average: formatNumber(f.averageRating, i18n.language, 1),
            }),
    },
  ];
  return (
    <ul className="one-stop-kpis">
      {cards.map((card) => (
        <li key={card.key} className="one-stop-kpi">
          <span className="one-stop-kpi__label" id={`kpi-${card.key}`}>
            {t(`oneStop.stats.kpi.${card.key}`)}
          </span>
          <span className="one-stop-kpi__value" aria-describedby={`kpi-${card.key}`}>
            {card.value}
          </span>
          <span className="one-stop-kpi__detail">{card.detail}</span>
        </li>
      ))}
    </ul>
  );
}
