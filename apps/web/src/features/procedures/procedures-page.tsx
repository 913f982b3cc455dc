import { Button, Empty, Pagination, Select, Tag } from 'antd';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageLoading } from '../../components/page-loading.tsx';
import { ProblemAlert } from '../../components/problem-alert.tsx';
import { usePageTitle } from '../../components/use-page-title.ts';
import { ApiError } from '../../lib/api.ts';
import './i18n.ts';
import { feeLabel, timeLimitLabel } from './labels.ts';
import { ProcedureSearchForm } from './procedure-search-form.tsx';
import { PAGE_SIZE, type ProcedureSummary, useProcedures } from './queries.ts';
import { useCatalogueParams } from './use-catalogue-params.ts';
import './procedures.css';

/** `/thu-tuc?q&linh-vuc&cap&truc-tuyen&trang`: the catalogue of administrative procedures in force. */
export function ProceduresPage() {
  const { t } = useTranslation();
  const [filters, update] = useCatalogueParams();
  const { q } = filters;
  usePageTitle(q ? `${t('procedures.resultsFor', { q })} – ${t('procedures.title')}` : t('procedures.title'));
  const procedures = useProcedures(filters);
  const filtered = Boolean(q || filters.field || filters.level || filters.onlineLevel);

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
        onSearch={(value) => update({ q: value })}
      />
      <CatalogueFilters fields={procedures.data?.fields ?? []} />
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
          <Empty description={filtered ? t('procedures.empty') : t('procedures.emptyCatalogue')} />
        ) : (
          <>
            <p role="status">{t('procedures.total', { count: procedures.data.total })}</p>
            <ul className="procedure-list">
              {procedures.data.items.map((item) => (
                <ProcedureItem key={item.id} item={item} />
              ))}
            </ul>
            {procedures.data.total > PAGE_SIZE && (
              <nav aria-label={t('catalogue.pagination')} className="procedure-pagination">
                <Pagination
                  current={filters.page}
                  pageSize={PAGE_SIZE}
                  total={procedures.data.total}
                  showSizeChanger={false}
                  onChange={(page) => update({ ...filters, page })}
                />
              </nav>
            )}
          </>
        )}
      </section>
    </div>
  );
}

/** Field, level and online level: each change applies at once (and goes back to page 1). */
function CatalogueFilters({ fields }: { fields: string[] }) {
  const { t } = useTranslation();
  const [filters, update] = useCatalogueParams();
  const ids = { field: useId(), level: useId(), online: useId() };
  const fieldOptions = [...new Set([...fields, ...(filters.field ? [filters.field] : [])])];
  return (
    <fieldset className="procedure-filters">
      <legend className="sr-only">{t('catalogue.filtersLabel')}</legend>
      <div className="procedure-filters__item">
        <label htmlFor={ids.field}>{t('catalogue.field')}</label>
        <Select<string>
          id={ids.field}
          value={filters.field}
          onChange={(field) => update({ field })}
          options={[
            { value: '', label: t('catalogue.allFields') },
            ...fieldOptions.map((field) => ({ value: field, label: field })),
          ]}
          popupMatchSelectWidth={false}
        />
      </div>
      <div className="procedure-filters__item">
        <label htmlFor={ids.level}>{t('catalogue.level')}</label>
        <Select<CatalogueLevel>
          id={ids.level}
          value={filters.level}
          onChange={(level) => update({ level })}
          options={[
            { value: '', label: t('catalogue.allLevels') },
            { value: 'commune', label: t('catalogue.levels.commune') },
            { value: 'city', label: t('catalogue.levels.city') },
          ]}
        />
      </div>
      <div className="procedure-filters__item">
        <label htmlFor={ids.online}>{t('catalogue.onlineLevel')}</label>
        <Select<CatalogueOnlineLevel>
          id={ids.online}
          value={filters.onlineLevel}
          onChange={(onlineLevel) => update({ onlineLevel })}
          options={[
            { value: '', label: t('catalogue.allOnlineLevels') },
            { value: 'full', label: t('catalogue.onlineLevels.full') },
            { value: 'partial', label: t('catalogue.onlineLevels.partial') },
          ]}
        />
      </div>
      {(filters.field || filters.level || filters.onlineLevel) && (
        <Button
          className="procedure-filters__clear"
          onClick={() => update({ field: '', level: '', onlineLevel: '' })}
        >
          {t('catalogue.clearFilters')}
        </Button>
      )}
    </fieldset>
  );
}

type CatalogueLevel = '' | 'commune' | 'city';
type CatalogueOnlineLevel = '' | 'full' | 'partial';

function ProcedureItem({ item }: { item: ProcedureSummary }) {
  const { t } = useTranslation();
  return (
    <li className="procedure-list__item">
      <h3 className="procedure-list__name">
        <Link to={`/thu-tuc/${item.id}`}>{item.name}</Link>
      </h3>
      <p className="procedure-list__tags">
        <Tag color={item.onlineLevel === 'full' ? 'success' : 'processing'}>
          {t(`catalogue.onlineLevels.${item.onlineLevel}`)}
        </Tag>
        <Tag>{t(`catalogue.levels.${item.level}`)}</Tag>
      </p>
      <dl className="procedure-list__meta">
        <div>
          <dt>{t('procedures.code')}</dt>
          <dd>{item.code}</dd>
        </div>
        <div>
          <dt>{t('procedures.field')}</dt>
          <dd>{item.field}</dd>
        </div>
        <div>
          <dt>{t('procedures.agency')}</dt>
          <dd>{item.agencyName}</dd>
        </div>
        <div>
          <dt>{t('catalogue.timeLimit')}</dt>
          <dd>{timeLimitLabel(t, item.timeLimitDays)}</dd>
        </div>
        <div>
          <dt>{t('catalogue.fee')}</dt>
          <dd>{feeLabel(t, item.feeTotal)}</dd>
        </div>
      </dl>
    </li>
  );
}
