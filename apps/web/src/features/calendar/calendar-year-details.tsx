import { Alert, Descriptions, Table, type TableColumnsType, Tag } from 'antd';
import type { TFunction } from 'i18next';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { PageLoading } from '../../components/page-loading.tsx';
import { ProblemAlert } from '../../components/problem-alert.tsx';
import { formatDayWithWeekday } from './calendar-format.ts';
import { type CalendarYearView, type DayOffKind, type DayOffView, useCalendarYear } from './queries.ts';
import './calendar.css';

/** Tag colour of each kind of day off (antd presets with text contrast ≥ 4.5:1). */
const KIND_COLOR: Record<DayOffKind, string> = {
  statutory: 'red',
  compensatory: 'geekblue',
  decision: 'purple',
};

/** Label of a kind of day off: "Ngày lễ", "Nghỉ bù", "Theo quyết định". */
export function DayOffKindTag({ kind }: { kind: DayOffKind }) {
  const { t } = useTranslation();
  return <Tag color={KIND_COLOR[kind]}>{t(`calendar.kind.${kind}`)}</Tag>;
}

function columns(t: TFunction): TableColumnsType<DayOffView> {
  return [
    {
      key: 'date',
      title: t('calendar.columnDate'),
      dataIndex: 'date',
      width: '30%',
      render: (date: string) => <time dateTime={date}>{formatDayWithWeekday(date, t)}</time>,
    },
    {
      key: 'name',
      title: t('calendar.columnName'),
      dataIndex: 'name',
      // The names come from the server in Vietnamese: say so for screen readers in the English UI.
      render: (name: string) => <span lang="vi">{name}</span>,
    },
    {
      key: 'kind',
      title: t('calendar.columnKind'),
      dataIndex: 'kind',
      width: '20%',
      render: (kind: DayOffKind) => <DayOffKindTag kind={kind} />,
    },
  ];
}

type HeadingLevel = 2 | 3;

interface CalendarYearDetailsProps {
  year: number;
  /** Level of the section headings: 2 under the page's h1, 3 inside a card titled with an h2. */
  headingLevel?: HeadingLevel;
}

/** A year's days off (table), make-up working days and decision, from `GET …/years/:year`. */
export function CalendarYearDetails({ year, headingLevel = 2 }: CalendarYearDetailsProps) {
  const { t } = useTranslation();
  const query = useCalendarYear(year);
  if (query.isPending) return <PageLoading />;
  if (query.isError) {
    return (
      <ProblemAlert
        error={query.error}
        title={t('calendar.loadFailed', { year })}
        onRetry={() => void query.refetch()}
        retrying={query.isFetching}
      />
    );
  }
  return <YearView view={query.data} headingLevel={headingLevel} />;
}

function YearView({ view, headingLevel }: { view: CalendarYearView; headingLevel: HeadingLevel }) {
  const { t } = useTranslation();
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const ids = { daysOff: useId(), workingDays: useId(), decision: useId() };
  const { year, decision } = view;

  return (
    <div className="calendar-year">
      <section aria-labelledby={ids.daysOff}>
        <Heading id={ids.daysOff}>{t('calendar.daysOffHeading', { year })}</Heading>
        <Table<DayOffView>
          className="calendar-days-off"
          aria-labelledby={ids.daysOff}
          rowKey="date"
          size="middle"
          pagination={false}
          columns={columns(t)}
          dataSource={view.daysOff}
          locale={{ emptyText: t('calendar.noDaysOff', { year }) }}
        />
      </section>

      <section aria-labelledby={ids.workingDays}>
        <Heading id={ids.workingDays}>{t('calendar.workingDaysHeading', { year })}</Heading>
        {view.workingWeekendDays.length > 0 ? (
          <ul className="calendar-working-days">
            {view.workingWeekendDays.map((date) => (
              <li key={date}>
                <time dateTime={date}>{formatDayWithWeekday(date, t)}</time>
              </li>
            ))}
          </ul>
        ) : (
          <p>{t('calendar.noWorkingDays', { year })}</p>
        )}
      </section>

      <section aria-labelledby={ids.decision}>
        <Heading id={ids.decision}>{t('calendar.decisionHeading', { year })}</Heading>
        {decision ? (
          <Descriptions
            className="calendar-decision"
            column={1}
            bordered
            size="small"
            items={[
              {
                key: 'note',
                label: t('calendar.decisionNote'),
                children: <span lang="vi">{decision.note}</span>,
              },
              {
                key: 'source',
                label: t('calendar.decisionSource'),
                children: <span lang="vi">{decision.source}</span>,
              },
            ]}
          />
        ) : (
          <Alert
            type="info"
            role="status"
            showIcon
            title={t('calendar.noDecisionTitle', { year })}
            description={t('calendar.noDecisionBody')}
          />
        )}
        <p className="calendar-version">{t('calendar.calendarVersion', { version: view.calendarVersion })}</p>
      </section>
    </div>
  );
}
