import { ArrowLeftOutlined } from '@ant-design/icons';
import { formatVnd } from '@lienthong/vn';
import { Button, Card, Form, Input, Select, Table } from 'antd';
import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { ProblemAlert } from '../../components/problem-alert.tsx';
import { usePageTitle } from '../../components/use-page-title.ts';
import { formatNumber } from '../../lib/format.ts';
import { LinkButton } from './link-button.tsx';
import {
  filingPage,
  ONE_STOP_BASE,
  PROCEDURE_PAGE_SIZE,
  type ProcedureSearch,
  type ProcedureSummary,
  useProcedureSearch,
} from './queries.ts';
import './i18n.ts';
import './one-stop.css';

const NAMES = { q: 'q', field: 'linh-vuc', level: 'cap', page: 'trang' } as const;
const LEVELS = ['commune', 'city'] as const;

function useChooserParams(): [ProcedureSearch, (changes: Partial<ProcedureSearch>) => void] {
  const [params, setParams] = useSearchParams();
  const values = useMemo<ProcedureSearch>(() => {
    const level = params.get(NAMES.level) ?? '';
    const page = Number(params.get(NAMES.page));
    return {
      q: params.get(NAMES.q) ?? '',
      field: params.get(NAMES.field) ?? '',
      level: (LEVELS as readonly string[]).includes(level) ? level : '',
      page: Number.isInteger(page) && page >= 1 ? page : 1,
    };
  }, [params]);
  const update = (changes: Partial<ProcedureSearch>) => {
    const next = { ...values, ...(changes.page === undefined ? { page: 1 } : {}), ...changes };
    const updated = new URLSearchParams();
    if (next.q.trim()) updated.set(NAMES.q, next.q.trim());
    if (next.field) updated.set(NAMES.field, next.field);
    if (next.level) updated.set(NAMES.level, next.level);
    if (next.page > 1) updated.set(NAMES.page, String(next.page));
    setParams(updated, { preventScrollReset: true });
  };
  return [values, update];
}

interface SearchForm {
  q: string;
  field: string | null;
  level: string | null;
}

/**
 * `/app/mot-cua/nop-ho-so` (permission dossier.receive): the one-stop officer looks up the
 * procedure in the catalogue and picks it; filing continues at `/app/mot-cua/nop-ho-so/:procedureId`.
 */
export function ProcedureChooserPage() {
  const { t, i18n } = useTranslation();
  usePageTitle(t('oneStop.chooser.title'), 'workspace');
  const [params, setParams] = useChooserParams();
  const [form] = Form.useForm<SearchForm>();
  const list = useProcedureSearch(params);
  useEffect(
    () => form.setFieldsValue({ q: params.q, field: params.field || null, level: params.level || null }),
    [form, params.q, params.field, params.level],
  );

  return (
    <div className="page one-stop-page">
      <p className="one-stop-back">
        <Link to={ONE_STOP_BASE}>
          <ArrowLeftOutlined aria-hidden="true" /> {t('oneStop.backToQueues')}
        </Link>
      </p>
      <h1>{t('oneStop.chooser.title')}</h1>
      <p className="page__lead">{t('oneStop.chooser.lead')}</p>
      <Card
        title={<h2 className="card-heading">{t('oneStop.chooser.searchHeading')}</h2>}
        className="one-stop-card"
      >
        <Form<SearchForm>
          form={form}
          layout="vertical"
          role="search"
          aria-label={t('oneStop.chooser.searchHeading')}
          className="one-stop-filters"
          initialValues={{ q: params.q, field: params.field || null, level: params.level || null }}
          onFinish={(values) =>
            setParams({ q: values.q ?? '', field: values.field ?? '', level: values.level ?? '' })
          }
        >
          <div className="one-stop-filters__row">
            <Form.Item name="q" label={t('oneStop.chooser.q')} extra={t('oneStop.chooser.qHint')}>
              <Input maxLength={200} allowClear autoComplete="off" type="search" />
            </Form.Item>
            <Form.Item name="field" label={t('oneStop.chooser.field')}>
              <Select
                allowClear
                placeholder={t('oneStop.chooser.anyField')}
                options={(list.data?.fields ?? []).map((field) => ({ value: field, label: field }))}
              />
            </Form.Item>
            <Form.Item name="level" label={t('oneStop.chooser.level')}>
              <Select
                allowClear
                placeholder={t('oneStop.chooser.anyLevel')}
                options={LEVELS.map((level) => ({
                  value: level,
                  label: t(`oneStop.chooser.levels.${level}`),
                }))}
              />
            </Form.Item>
          </div>
          <div className="one-stop-filters__actions">
            <Button type="primary" htmlType="submit">
              {t('oneStop.chooser.search')}
            </Button>
          </div>
        </Form>
      </Card>
      <Card
        title={<h2 className="card-heading">{t('oneStop.chooser.resultsHeading')}</h2>}
        className="one-stop-card"
      >
        {list.isError && (
          <ProblemAlert
            error={list.error}
            title={t('oneStop.chooser.loadFailed')}
            onRetry={() => void list.refetch()}
            retrying={list.isFetching}
          />
        )}
        <p className="one-stop-page__count" aria-live="polite">
          {list.isPending ? t('oneStop.loading') : t('oneStop.chooser.total', { n: list.data?.total ?? 0 })}
        </p>
        <Table<ProcedureSummary>
          rowKey="id"
          size="middle"
          loading={list.isFetching}
          dataSource={list.data?.items ?? []}
          scroll={{ x: 900 }}
          caption={<span className="sr-only">{t('oneStop.chooser.caption')}</span>}
          locale={{ emptyText: t('oneStop.chooser.empty') }}
          pagination={{
            current: params.page,
            pageSize: PROCEDURE_PAGE_SIZE,
            total: list.data?.total ?? 0,
            showSizeChanger: false,
            hideOnSinglePage: true,
            onChange: (page) => setParams({ page }),
          }}
          columns={[
            {
              key: 'name',
              title: t('oneStop.chooser.name'),
              render: (_, item) => (
                <>
                  <span className="one-stop-table__procedure">{item.name}</span>
                  <span className="one-stop-table__muted">
                    {t('oneStop.chooser.code', { code: item.code })}
                  </span>
                </>
              ),
            },
            { key: 'field', title: t('oneStop.chooser.field'), dataIndex: 'field' },
            { key: 'agency', title: t('oneStop.chooser.agency'), dataIndex: 'agencyName' },
            {
              key: 'time',
              title: t('oneStop.chooser.timeLimit'),
              render: (_, item) =>
                item.timeLimitDays === 0
                  ? t('oneStop.chooser.sameDay')
                  : t('oneStop.chooser.days', { n: formatNumber(item.timeLimitDays, i18n.language) }),
            },
            {
              key: 'fee',
              title: t('oneStop.chooser.fee'),
              render: (_, item) => (item.feeTotal > 0 ? formatVnd(item.feeTotal) : t('oneStop.chooser.free')),
            },
            {
              key: 'choose',
              title: <span className="sr-only">{t('oneStop.chooser.chooseColumn')}</span>,
              render: (_, item) => (
                <LinkButton
                  to={filingPage(item.id)}
                  type="primary"
                  aria-label={t('oneStop.chooser.chooseNamed', { name: item.name })}
                >
                  {t('oneStop.chooser.choose')}
                </LinkButton>
              ),
            },
          ]}
        />
      </Card>
    </div>
  );
}
