import { DownloadOutlined } from '@ant-design/icons';
import { Button, Table } from 'antd';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../lib/format.ts';
import { type CsvCell, downloadText, toCsv } from './csv.ts';
import type { DossierStatsRow, StatsGroupBy } from './queries.ts';
import { figuresOf, type RowFigures } from './stats-figures.ts';
import { usePercent } from './stats-kpis.tsx';

type ShareKey = 'onTime' | 'online' | 'fullProcess' | 'digitised' | 'paidOnline' | 'satisfaction';
type CountKey = 'received' | 'resolved' | 'late' | 'pending';
const COUNTS: readonly CountKey[] = ['received', 'resolved', 'late', 'pending'];
const SHARES: readonly ShareKey[] = [
  'onTime',
  'online',
  'fullProcess',
  'digitised',
  'paidOnline',
  'satisfaction',
];

/** The table as CSV: the counts, then the shares as percentages with one decimal (a dot). */
export function statsCsv(
  t: TFunction,
  groupBy: StatsGroupBy,
  rows: readonly DossierStatsRow[],
  totals: DossierStatsRow,
) {
  const header: CsvCell[] = [
    t(`oneStop.stats.groups.${groupBy}`),
    ...COUNTS.map((key) => t(`oneStop.stats.columns.${key}`)),
    ...SHARES.map((key) => `${t(`oneStop.stats.columns.${key}`)} (%)`),
  ];
  const line = (label: string, row: DossierStatsRow): CsvCell[] => {
    const f: RowFigures = figuresOf(row);
    return [
      label,
      ...COUNTS.map((key) => f[key]),
      ...SHARES.map((key) => (f[key] === null ? '' : Math.round((f[key] as number) * 1000) / 10)),
    ];
  };
  return toCsv([
    header,
    ...rows.map((row) => line(row.label, row)),
    line(t('oneStop.stats.totalRow'), totals),
  ]);
}

interface StatsTableProps {
  groupBy: StatsGroupBy;
  rows: DossierStatsRow[];
  totals: DossierStatsRow;
  fileName: string;
  loading: boolean;
}

/** The breakdown by unit, procedure or month, with a total row, and its export as CSV. */
export function StatsTable({ groupBy, rows, totals, fileName, loading }: StatsTableProps) {
  const { t, i18n } = useTranslation();
  const percent = usePercent();
  const n = (value: number) => formatNumber(value, i18n.language, 0);
  const data = [...rows.map((row) => ({ ...row, total: false })), { ...totals, key: '__total', total: true }];

  return (
    <>
      <div className="one-stop-stats__export">
        <Button
          icon={<DownloadOutlined aria-hidden="true" />}
          disabled={rows.length === 0}
          onClick={() => downloadText(fileName, statsCsv(t, groupBy, rows, totals))}
        >
          {t('oneStop.stats.exportCsv')}
        </Button>
      </div>
      <Table
        rowKey="key"
        size="small"
        loading={loading}
        dataSource={data}
        pagination={false}
        scroll={{ x: 1100 }}
        caption={
          <span className="sr-only">
            {t('oneStop.stats.tableCaption', { by: t(`oneStop.stats.groups.${groupBy}`) })}
          </span>
        }
        rowClassName={(row) => (row.total ? 'one-stop-stats__total' : '')}
        columns={[
          {
            key: 'label',
            title: t(`oneStop.stats.groups.${groupBy}`),
            render: (_, row) => (row.total ? <strong>{t('oneStop.stats.totalRow')}</strong> : row.label),
          },
          ...COUNTS.map((key) => ({
            key,
            title: t(`oneStop.stats.columns.${key}`),
            align: 'right' as const,
            render: (_: unknown, row: DossierStatsRow) => n(figuresOf(row)[key]),
          })),
          ...SHARES.map((key) => ({
            key,
            title: t(`oneStop.stats.columns.${key}`),
            align: 'right' as const,
            render: (_: unknown, row: DossierStatsRow) => percent(figuresOf(row)[key]),
          })),
        ]}
      />
    </>
  );
}
