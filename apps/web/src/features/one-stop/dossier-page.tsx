import { ArrowLeftOutlined } from '@ant-design/icons';
import { Button, Card, Descriptions, message, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { PageLoading } from '../../components/page-loading.tsx';
import { ProblemAlert } from '../../components/problem-alert.tsx';
import { usePageTitle } from '../../components/use-page-title.ts';
import { formatDateTime } from '../../lib/format.ts';
import { DANGEROUS_ACTIONS } from './action-fields.ts';
import { ActionModal } from './action-modal.tsx';
import { DossierDocuments, DossierParts } from './dossier-documents.tsx';
import { DossierFormData } from './dossier-form-data.tsx';
import { DossierHistory } from './dossier-history.tsx';
import { DossierPayment } from './dossier-payment.tsx';
import { DeadlineTags, StateTag } from './dossier-tags.tsx';
import { formatAnyDate } from './form-values.ts';
import { actionLabel, deliveryLabel } from './labels.ts';
import {
  type DossierAction,
  type DossierView,
  ONE_STOP_BASE,
  useDossier,
  useProcedureVersion,
} from './queries.ts';
import './i18n.ts';
import './one-stop.css';

const moment = (value: string | null) => (value ? formatDateTime(value) : '—');

/**
 * `/app/mot-cua/ho-so/:id` (permission dossier.read; the server answers 404 outside the
 * caller's units): the dossier, its form and parts, the forms of Circular 03/2025/TT-VPCP, the
 * history, fees, and exactly the actions the server allows this official now.
 */
export function DossierPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const dossier = useDossier(id);
  const procedure = useProcedureVersion(dossier.data?.procedureVersionId);
  const [action, setAction] = useState<DossierAction | null>(null);
  const [messages, holder] = message.useMessage();
  const view = dossier.data;
  usePageTitle(
    view
      ? t('oneStop.dossier.title', { code: view.code ?? t('oneStop.noCode') })
      : t('oneStop.dossier.heading'),
    'workspace',
  );

  const back = (
    <p className="one-stop-back">
      <Link to={ONE_STOP_BASE}>
        <ArrowLeftOutlined aria-hidden="true" /> {t('oneStop.backToQueues')}
      </Link>
    </p>
  );
  if (!view) {
    return (
      <div className="page one-stop-page">
        {back}
        <h1>{t('oneStop.dossier.heading')}</h1>
        {dossier.isError ? (
          <ProblemAlert
            error={dossier.error}
            title={t('oneStop.dossier.loadFailed')}
            onRetry={() => void dossier.refetch()}
            retrying={dossier.isFetching}
          />
        ) : (
          <PageLoading />
        )}
      </div>
    );
  }

  return (
    <div className="page one-stop-page one-stop-dossier">
      {holder}
      {back}
      <header className="one-stop-dossier__head">
        <h1>{t('oneStop.dossier.title', { code: view.code ?? t('oneStop.noCode') })}</h1>
        <p className="one-stop-dossier__procedure">
          {view.procedure.name}{' '}
          <span className="one-stop-table__muted">
            {t('oneStop.dossier.procedureVersion', {
              code: view.procedure.code,
              version: view.procedureVersion,
            })}
          </span>
        </p>
        <p className="one-stop-dossier__tags">
          <StateTag state={view.state} />
          <DeadlineTags late={view.late} dueSoon={view.dueSoon} paused={view.paused} />
          {view.dueAt && (
            <span className="one-stop-dossier__due">
              {t('oneStop.dossier.dueAt', { time: formatDateTime(view.dueAt) })}
            </span>
          )}
        </p>
      </header>

      <Card
        title={<h2 className="card-heading">{t('oneStop.dossier.actions')}</h2>}
        className="one-stop-card"
      >
        {view.allowedActions.length === 0 ? (
          <p className="one-stop-page__count">{t('oneStop.dossier.noActions')}</p>
        ) : (
          <Space wrap>
            {view.allowedActions.map((code) => (
              <Button
                key={code}
                type={code === view.allowedActions[0] ? 'primary' : 'default'}
                danger={DANGEROUS_ACTIONS.has(code)}
                onClick={() => setAction(code)}
              >
                {actionLabel(t, code)}
              </Button>
            ))}
          </Space>
        )}
      </Card>

      <div className="one-stop-dossier__grid">
        <Card title={<h2 className="card-heading">{t('oneStop.dossier.info')}</h2>} className="one-stop-card">
          <DossierInfo dossier={view} />
        </Card>
        <Card
          title={<h2 className="card-heading">{t('oneStop.applicant.heading')}</h2>}
          className="one-stop-card"
        >
          <ApplicantInfo applicant={view.applicant} />
        </Card>
      </div>

      <Card className="one-stop-card">
        <DossierFormData dossier={view} procedure={procedure.data} procedureError={procedure.error} />
        <DossierParts parts={view.parts} />
        <DossierDocuments dossier={view} />
        <DossierPayment dossier={view} />
        <DossierHistory history={view.history} />
      </Card>

      {action && (
        <ActionModal
          dossier={view}
          action={action}
          procedure={procedure.data}
          onStale={() => void dossier.refetch()}
          onClose={() => setAction(null)}
          onDone={(next) => {
            setAction(null);
            void messages.success(
              t('oneStop.dossier.actionDone', { action: actionLabel(t, action), state: next.stateLabel }),
            );
          }}
        />
      )}
    </div>
  );
}

function DossierInfo({ dossier }: { dossier: DossierView }) {
  const { t } = useTranslation();
  const step = dossier.currentStep;
  return (
    <Descriptions size="small" column={1} bordered>
      <Descriptions.Item label={t('oneStop.dossier.unit')}>{dossier.competentUnit.name}</Descriptions.Item>
      <Descriptions.Item label={t('oneStop.dossier.channel')}>
        {t(`oneStop.dossier.channels.${dossier.channel}`)}
      </Descriptions.Item>
      <Descriptions.Item label={t('oneStop.dossier.submittedAt')}>
        {moment(dossier.submittedAt)}
      </Descriptions.Item>
      <Descriptions.Item label={t('oneStop.dossier.receivedAt')}>
        {moment(dossier.receivedAt)}
      </Descriptions.Item>
      <Descriptions.Item label={t('oneStop.dossier.due')}>{moment(dossier.dueAt)}</Descriptions.Item>
      {dossier.promisedAt && (
        <Descriptions.Item label={t('oneStop.dossier.promisedAt')}>
          {moment(dossier.promisedAt)}
        </Descriptions.Item>
      )}
      {step && (
        <Descriptions.Item label={t('oneStop.dossier.step')}>
          {step.dueAt
            ? t('oneStop.dossier.stepWithDue', { name: step.name, time: formatDateTime(step.dueAt) })
            : step.name}
        </Descriptions.Item>
      )}
      <Descriptions.Item label={t('oneStop.columns.assignee')}>
        {dossier.assigneeName ?? t('oneStop.queue.unassigned')}
      </Descriptions.Item>
      {dossier.deliveryMethod && (
        <Descriptions.Item label={t('oneStop.fields.method')}>
          {deliveryLabel(t, dossier.deliveryMethod)}
        </Descriptions.Item>
      )}
      {dossier.trackingSecret && (
        <Descriptions.Item label={t('oneStop.dossier.trackingSecret')}>
          <code>{dossier.trackingSecret}</code>
        </Descriptions.Item>
      )}
      {dossier.rating !== null && (
        <Descriptions.Item label={t('oneStop.dossier.rating')}>
          {t('oneStop.dossier.ratingValue', { n: dossier.rating })}
        </Descriptions.Item>
      )}
    </Descriptions>
  );
}

function ApplicantInfo({ applicant }: { applicant: DossierView['applicant'] }) {
  const { t } = useTranslation();
  const rows: [string, string | undefined][] = [
    ['fullName', applicant.fullName],
    ['personalId', applicant.personalId],
    ['birthDate', applicant.birthDate ? formatAnyDate(applicant.birthDate) : undefined],
    ['address', applicant.address],
    ['phone', applicant.phone],
    ['email', applicant.email],
    ['businessName', applicant.businessName],
    ['taxCode', applicant.taxCode],
  ];
  return (
    <Descriptions size="small" column={1} bordered>
      <Descriptions.Item label={t('oneStop.applicant.kind')}>
        {t(`oneStop.applicant.kinds.${applicant.kind}`)}
      </Descriptions.Item>
      {rows
        .filter(([, value]) => value)
        .map(([key, value]) => (
          <Descriptions.Item key={key} label={t(`oneStop.applicant.${key}`)}>
            {value}
          </Descriptions.Item>
        ))}
    </Descriptions>
  );
}
