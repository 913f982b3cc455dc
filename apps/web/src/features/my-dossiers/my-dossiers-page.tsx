import { Empty, Table, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { PageLoading } from '../../components/page-loading.tsx';
import { ProblemAlert } from '../../components/problem-alert.tsx';
import { usePageTitle } from '../../components/use-page-title.ts';
import { formatDate } from '../../lib/format.ts';
import { RequireCitizen, WALLET_ROUTE } from '../citizen/index.ts';
import { filingHref } from '../dossier-filing/index.ts';
import { type DossierList, useMyDossiers } from './queries.ts';
import { DeadlineTags, DossierStateTag } from './state-tag.tsx';
import './i18n.ts';
import './my-dossiers.css';

type Row = DossierList['items'][number];
const PAGE_SIZE = 20;

/** `/ca-nhan/ho-so`: "Hồ sơ của tôi", the dossiers the citizen filed or that were filed for them. */
export function MyDossiersPage() {
  const { t } = useTranslation();
  usePageTitle(t('myDossiers.title'));
  return (
    <div className="container page my-dossiers">
      <h1>{t('myDossiers.title')}</h1>
      <RequireCitizen>
        <p className="page__lead">{t('myDossiers.lead')}</p>
        <p className="my-dossiers__links">
          <Link to="/thu-tuc">{t('myDossiers.newDossier')}</Link>
          <Link to={WALLET_ROUTE}>{t('myDossiers.walletLink')}</Link>
        </p>
        <DossierTable />
      </RequireCitizen>
    </div>
  );
}

function DossierTable() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const page = Math.max(1, Number(params.get('trang')) || 1);
  const list = useMyDossiers(page, PAGE_SIZE);
  if (list.isPending) return <PageLoading />;
  if (list.isError) {
    return (
      <ProblemAlert
        error={list.error}
        title={t('myDossiers.loadFailed')}
        onRetry={() => void list.refetch()}
        retrying={list.isFetching}
      />
    );
  }
  if (list.data.total === 0) return <Empty description={t('myDossiers.empty')} />;

  const columns: TableColumnsType<Row> = [
    {
      key: 'code',
      title: t('myDossiers.columns.code'),
      render: (_, row) => (
        <Link to={`/ca-nhan/ho-so/${row.id}`} className="my-dossiers__code">
          {row.code ?? t('myDossiers.noCode')}
        </Link>
      ),
    },
    { key: 'procedure', title: t('myDossiers.columns.procedure'), render: (_, row) => row.procedure.name },
    {
      key: 'state',
      title: t('myDossiers.columns.state'),
      render: (_, row) => (
        <>
          <DossierStateTag state={row.state} label={row.stateLabel} />
          <DeadlineTags late={row.late} dueSoon={row.dueSoon} />
        </>
      ),
    },
    {
      key: 'submitted',
      title: t('myDossiers.columns.submitted'),
      render: (_, row) => (row.submittedAt ? formatDate(row.submittedAt) : '—'),
    },
    {
      key: 'due',
      title: t('myDossiers.columns.due'),
      render: (_, row) => (row.dueAt ? formatDate(row.dueAt) : '—'),
    },
    {
      key: 'actions',
      title: t('myDossiers.columns.actions'),
      render: (_, row) =>
        row.state === 'draft' || row.state === 'needs_completion' ? (
          <Link to={filingHref(row.procedure.id, row.id)}>
            {t('myDossiers.continue')}
            <span className="sr-only"> {row.procedure.name}</span>
          </Link>
        ) : (
          <Link to={`/ca-nhan/ho-so/${row.id}`}>
            {t('myDossiers.open')}
            <span className="sr-only"> {row.code ?? row.procedure.name}</span>
          </Link>
        ),
    },
  ];

  return (
    <section aria-labelledby="my-dossiers-list">
      <h2 id="my-dossiers-list" className="sr-only">
        {t('myDossiers.listHeading')}
      </h2>
      <p role="status">{t('myDossiers.total', { count: list.data.total })}</p>
      <Table<Row>
        rowKey="id"
        columns={columns}
        dataSource={list.data.items}
        scroll={{ x: true }}
        pagination={
          list.data.total > PAGE_SIZE
            ? {
                current: page,
                pageSize: PAGE_SIZE,
                total: list.data.total,
                showSizeChanger: false,
                onChange: (next) => setParams(next > 1 ? { trang: String(next) } : {}),
              }
            : false
        }
      />
    </section>
  );
}
