import { ArrowLeftOutlined, FormOutlined } from '@ant-design/icons';
import type { ProcedureDefinition } from '@lienthong/contracts';
import { formatVnd } from '@lienthong/vn';
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { PageLoading } from '../../components/page-loading.tsx';
import { ProblemAlert } from '../../components/problem-alert.tsx';
import { usePageTitle } from '../../components/use-page-title.ts';
import { ApiError } from '../../lib/api.ts';
import { formatDate } from '../../lib/format.ts';
import './i18n.ts';
import { formatDays, timeLimitLabel } from './labels.ts';
import { LinkButton } from './link-button.tsx';
import { type ProcedureView, useProcedure } from './queries.ts';
import './procedures.css';

/** Where a citizen files a dossier for a procedure (the filing wizard, another feature). */
export const filingHref = (procedureId: string) => `/nop-ho-so/${procedureId}`;

/** `/thu-tuc/:id`: one procedure as in force today — facts, parts, fees, steps, legal basis. */
export function ProcedureDetailPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const procedure = useProcedure(id);
  usePageTitle(procedure.data?.definition.name ?? t('procedures.title'));

  return (
    <div className="container page procedure-detail">
      <p>
        <Link to="/thu-tuc">
          <ArrowLeftOutlined aria-hidden="true" /> {t('catalogue.detail.back')}
        </Link>
      </p>
      {procedure.isPending ? (
        <PageLoading />
      ) : procedure.isError ? (
        procedure.error instanceof ApiError && procedure.error.status === 404 ? (
          <>
            <h1>{t('procedures.title')}</h1>
            <p role="alert">{t('catalogue.detail.notFound')}</p>
          </>
        ) : (
          <>
            <h1>{t('procedures.title')}</h1>
            <ProblemAlert
              error={procedure.error}
              title={t('catalogue.detail.loadFailed')}
              onRetry={() => void procedure.refetch()}
              retrying={procedure.isFetching}
            />
          </>
        )
      ) : (
        <ProcedureDetails procedure={procedure.data} />
      )}
    </div>
  );
}

function ProcedureDetails({ procedure }: { procedure: ProcedureView }) {
  const { t } = useTranslation();
  const d: ProcedureDefinition = procedure.definition;
  const agency = d.routing.kind === 'unit' ? d.routing.unitName : d.routing.agencyName;
  const version = procedure.validTo
    ? t('catalogue.detail.versionUntil', {
        version: procedure.version,
        from: formatDate(procedure.validFrom),
        to: formatDate(procedure.validTo),
      })
    : t('catalogue.detail.versionValue', {
        version: procedure.version,
        from: formatDate(procedure.validFrom),
      });

  return (
    <article aria-labelledby="procedure-title">
      <h1 id="procedure-title">{d.name}</h1>
      <p className="procedure-list__tags">
        <Tag color={d.onlineLevel === 'full' ? 'success' : 'processing'}>
          {t('catalogue.onlineLevel')}: {t(`catalogue.onlineLevels.${d.onlineLevel}`)}
        </Tag>
        <Tag>{t(`catalogue.levels.${d.level}`)}</Tag>
      </p>
      <div className="procedure-detail__apply">
        <LinkButton
          type="primary"
          size="large"
          icon={<FormOutlined aria-hidden="true" />}
          to={filingHref(procedure.id)}
        >
          {t('catalogue.detail.apply')}
        </LinkButton>
      </div>

      <section aria-labelledby="procedure-summary">
        <h2 id="procedure-summary">{t('catalogue.detail.summary')}</h2>
        <dl className="procedure-detail__facts">
          <dt>{t('catalogue.code')}</dt>
          <dd>{d.code}</dd>
          <dt>{t('procedures.field')}</dt>
          <dd>{d.field}</dd>
          <dt>{t('catalogue.agency')}</dt>
          <dd>{agency}</dd>
          <dt>{t('catalogue.timeLimit')}</dt>
          <dd>{timeLimitLabel(t, d.timeLimitDays)}</dd>
          <dt>{t('catalogue.detail.result')}</dt>
          <dd>{d.result.name}</dd>
          <dt>{t('catalogue.detail.version')}</dt>
          <dd>{version}</dd>
        </dl>
        {d.description && (
          <>
            <h3>{t('catalogue.detail.description')}</h3>
            <p className="procedure-detail__description">{d.description}</p>
          </>
        )}
      </section>

      <section aria-labelledby="procedure-parts">
        <h2 id="procedure-parts">{t('catalogue.detail.parts')}</h2>
        {d.parts.length === 0 ? (
          <p>{t('catalogue.detail.noParts')}</p>
        ) : (
          <ol className="procedure-detail__parts">
            {d.parts.map((part) => (
              <li key={part.code}>
                <span>{part.name}</span>
                {part.form && <span className="procedure-detail__muted"> ({part.form})</span>}{' '}
                {part.required ? (
                  <Tag color="error">{t('catalogue.detail.required')}</Tag>
                ) : (
                  <Tag>{t('catalogue.detail.optional')}</Tag>
                )}
                {part.walletKinds.length > 0 && (
                  <div className="procedure-detail__muted">{t('catalogue.detail.walletHint')}</div>
                )}
              </li>
            ))}
          </ol>
        )}
      </section>

      <section aria-labelledby="procedure-fees">
        <h2 id="procedure-fees">{t('catalogue.detail.fees')}</h2>
        {d.fees.length === 0 ? (
          <p>{t('catalogue.detail.noFees')}</p>
        ) : (
          <ul className="procedure-detail__fees">
            {d.fees.map((fee) => (
              <li key={fee.code}>
                <strong>{fee.name}:</strong>{' '}
                {fee.amount === 0 ? t('catalogue.free') : formatVnd(fee.amount, { style: 'word' })}
                {fee.note && <div className="procedure-detail__muted">{fee.note}</div>}
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="procedure-steps">
        <h2 id="procedure-steps">{t('catalogue.detail.steps')}</h2>
        <ol className="procedure-detail__steps">
          {d.steps.map((step) => (
            <li key={step.code}>
              {step.name}{' '}
              <span className="procedure-detail__muted">
                ({t(`catalogue.detail.roles.${step.role}`)},{' '}
                {step.days === 0
                  ? t('catalogue.detail.stepSameDay')
                  : t('catalogue.detail.stepDays', { days: formatDays(step.days) })}
                )
              </span>
            </li>
          ))}
        </ol>
      </section>

      <section aria-labelledby="procedure-legal">
        <h2 id="procedure-legal">{t('catalogue.detail.legalBasis')}</h2>
        <ul>
          {d.legalBasis.map((basis) => (
            <li key={basis}>{basis}</li>
          ))}
        </ul>
      </section>
    </article>
  );
}
