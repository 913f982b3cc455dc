import { Empty } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { PageLoading } from '../../components/page-loading.tsx';
import { ProblemAlert } from '../../components/problem-alert.tsx';
import { usePageTitle } from '../../components/use-page-title.ts';
import { ApiError } from '../../lib/api.ts';
import { ProcedureSearchForm } from './procedure-search-form.tsx';
import { type ProcedureSummary, useProcedures } from './queries.ts';
import './procedures.css';

/** `/thu-tuc?q=`: the catalogue of administrative procedures. */
export function ProceduresPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const q = (params.get('q') ?? '').trim();
  usePageTitle(q ? `${t('procedures.resultsFor', { q })} – ${t('procedures.title')}` : t('procedures.title'));
  const procedures = useProcedures(q);

  return (
    <div className="container page">
      <h1>{t('procedures.title')}</h1>
      <p className="page__lead">{t('procedures.lead')}</p>
      <ProcedureSearchForm
        label={t('procedures.searchLabel')}
        placeholder={t('procedures.searchPlaceholder')}
        buttonLabel={t('procedures.searchButton')}
        initialValue={q}
        size="middle"
        onSearch={(value) => setParams(value ? { q: value } : {})}
      />
      <section className="procedure-results" aria-labelledby="procedure-results-heading">
        <h2 id="procedure-results-heading" className={q ? undefined : 'sr-only'}>
          {q ? t('procedures.resultsFor', { q }) : t('procedures.title')}
        </h2>
        {procedures.isPending ? (
          <PageLoading />
        ) : procedures.isError ? (
          <ProblemAlert
            error={procedures.error}
            title={t('procedures.loadFailed')}
            type={procedures.error instanceof ApiError && procedures.error.status >= 500 ? 'warning' : 'info'}
            onRetry={() => void procedures.refetch()}
            retrying={procedures.isFetching}
          />
        ) : procedures.data.items.length === 0 ? (
          <Empty description={q ? t('procedures.empty') : t('procedures.emptyCatalogue')} />
        ) : (
          <>
            <p role="status">{t('procedures.total', { count: procedures.data.total })}</p>
            <ul className="procedure-list">
              {procedures.data.items.map((item) => (
                <ProcedureItem key={item.id} item={item} />
              ))}
            </ul>
          </>
        )}
      </section>
    </div>
  );
}

function ProcedureItem({ item }: { item: ProcedureSummary }) {
  const { t } = useTranslation();
  return (
    <li className="procedure-list__item">
      <h3 className="procedure-list__name">{item.name}</h3>
      <dl className="procedure-list__meta">
        {item.code && (
          <div>
            <dt>{t('procedures.code')}</dt>
            <dd>{item.code}</dd>
          </div>
        )}
        {item.agencyName && (
          <div>
            <dt>{t('procedures.agency')}</dt>
            <dd>{item.agencyName}</dd>
          </div>
        )}
        {item.fieldName && (
          <div>
            <dt>{t('procedures.field')}</dt>
            <dd>{item.fieldName}</dd>
          </div>
        )}
      </dl>
    </li>
  );
}
