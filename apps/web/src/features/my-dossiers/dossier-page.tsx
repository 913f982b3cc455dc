import { DeleteOutlined, DownloadOutlined, SafetyCertificateOutlined } from '@ant-design/icons';
import { Alert, Button, Descriptions, Popconfirm } from 'antd';
import { type ReactNode, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import { PageLoading } from '../../components/page-loading.tsx';
import { ProblemAlert } from '../../components/problem-alert.tsx';
import { usePageTitle } from '../../components/use-page-title.ts';
import { formatDateTime } from '../../lib/format.ts';
import { MY_DOSSIERS_ROUTE, RequireCitizen } from '../citizen/index.ts';
import { filingHref } from '../dossier-filing/index.ts';
import { trackingPath } from '../tracking/index.ts';
import { DossierForms, DossierParts, DossierTimeline } from './dossier-record.tsx';
import { PaymentPanel } from './payment-panel.tsx';
import { type DossierView, resultHref, useDiscardDraft, useDossier, verifyHref } from './queries.ts';
import { RatingPanel } from './rating-panel.tsx';
import { DeadlineTags, DossierStateTag } from './state-tag.tsx';
import { SupplementPanel } from './supplement-panel.tsx';
import './i18n.ts';
import './my-dossiers.css';

/** `/ca-nhan/ho-so/:id`: one of the citizen's dossiers, what to do next, and its history. */
export function MyDossierPage() {
  const { t } = useTranslation();
  usePageTitle(t('myDossiers.detailTitle'));
  return (
    <div className="container page my-dossiers">
      <p className="my-dossiers__back">
        <Link to={MY_DOSSIERS_ROUTE}>{t('myDossiers.backToList')}</Link>
      </p>
      <h1>{t('myDossiers.detailTitle')}</h1>
      <RequireCitizen>
        <DossierDetail />
      </RequireCitizen>
    </div>
  );
}

function DossierDetail() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const location = useLocation();
  const dossier = useDossier(id);
  const [notice, setNotice] = useState<string>();
  const loaded = Boolean(dossier.data);

  // `#thanh-toan` (from the filing confirmation): bring the fees into view once they are there.
  useEffect(() => {
    if (loaded && location.hash) document.getElementById(location.hash.slice(1))?.focus();
  }, [loaded, location.hash]);

  if (dossier.isPending) return <PageLoading />;
  if (dossier.isError) {
    return (
      <ProblemAlert
        error={dossier.error}
        title={t('myDossiers.detailFailed')}
        onRetry={() => void dossier.refetch()}
        retrying={dossier.isFetching}
      />
    );
  }
  const view = dossier.data;
  const allowed = new Set(view.allowedActions);
  return (
    <>
      <p className="page__lead">{view.procedure.name}</p>
      {notice ? (
        <p role="status" className="dossier-notice">
          {notice}
        </p>
      ) : null}
      <DossierFacts dossier={view} />
      {view.state === 'draft' || view.state === 'needs_completion' ? <DraftActions dossier={view} /> : null}
      {allowed.has('supplement') ? (
        <SupplementPanel dossier={view} onSent={() => setNotice(t('myDossiers.supplement.sent'))} />
      ) : null}
      <PaymentPanel dossier={view} />
      {view.result ? <ResultPanel dossier={view} /> : null}
      {view.state === 'delivered' || view.state === 'archived' ? <RatingPanel dossier={view} /> : null}
      <DossierForms dossier={view} />
      <DossierParts dossier={view} />
      <DossierTimeline dossier={view} />
    </>
  );
}

function DossierFacts({ dossier }: { dossier: DossierView }) {
  const { t } = useTranslation();
  const items: { key: string; label: string; children: ReactNode }[] = [
    { key: 'code', label: t('myDossiers.facts.code'), children: dossier.code ?? t('myDossiers.noCode') },
    {
      key: 'state',
      label: t('myDossiers.facts.state'),
      children: (
        <>
          <DossierStateTag state={dossier.state} label={dossier.stateLabel} />
          <DeadlineTags late={dossier.late} dueSoon={dossier.dueSoon} />
          {dossier.paused ? <span className="dossier-paused">{t('myDossiers.facts.paused')}</span> : null}
        </>
      ),
    },
    { key: 'unit', label: t('myDossiers.facts.unit'), children: dossier.competentUnit.name },
  ];
  const times: [string, string | null][] = [
    ['submitted', dossier.submittedAt],
    ['received', dossier.receivedAt],
    ['due', dossier.dueAt],
    ['promised', dossier.promisedAt],
  ];
  for (const [key, at] of times) {
    if (at) items.push({ key, label: t(`myDossiers.facts.${key}`), children: formatDateTime(at) });
  }
  if (dossier.currentStep) {
    items.push({ key: 'step', label: t('myDossiers.facts.step'), children: dossier.currentStep.name });
  }
  if (dossier.code && dossier.trackingSecret) {
    items.push({
      key: 'tracking',
      label: t('myDossiers.facts.tracking'),
      children: (
        <>
          <code>{dossier.trackingSecret}</code>{' '}
          <Link to={trackingPath(dossier.code, dossier.trackingSecret)}>
            {t('myDossiers.facts.trackingLink')}
          </Link>
        </>
      ),
    });
  }
  return (
    <section className="dossier-section" aria-labelledby="facts-heading">
      <h2 id="facts-heading">{t('myDossiers.facts.title')}</h2>
      <Descriptions column={1} bordered size="small" items={items} />
    </section>
  );
}

function DraftActions({ dossier }: { dossier: DossierView }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const discard = useDiscardDraft(dossier.id);
  return (
    <section className="dossier-section dossier-section--action" aria-labelledby="draft-heading">
      <h2 id="draft-heading">
        {t(dossier.state === 'draft' ? 'myDossiers.draft.title' : 'myDossiers.draft.completion')}
      </h2>
      {dossier.draftExpiresAt ? (
        <p>{t('myDossiers.draft.expires', { at: formatDateTime(dossier.draftExpiresAt) })}</p>
      ) : null}
      <p className="dossier-actions">
        <Link className="button-link" to={filingHref(dossier.procedure.id, dossier.id)}>
          {t('myDossiers.continue')}
        </Link>
        {dossier.state === 'draft' ? (
          <Popconfirm
            title={t('myDossiers.draft.confirm')}
            okText={t('myDossiers.draft.discard')}
            cancelText={t('myDossiers.draft.keep')}
            onConfirm={() => discard.mutate(undefined, { onSuccess: () => void navigate(MY_DOSSIERS_ROUTE) })}
          >
            <Button danger icon={<DeleteOutlined aria-hidden="true" />} loading={discard.isPending}>
              {t('myDossiers.draft.discard')}
            </Button>
          </Popconfirm>
        ) : null}
      </p>
      {discard.isError ? (
        <ProblemAlert error={discard.error} title={t('myDossiers.draft.discardFailed')} />
      ) : null}
    </section>
  );
}

function ResultPanel({ dossier }: { dossier: DossierView }) {
  const { t } = useTranslation();
  const result = dossier.result;
  if (!result) return null;
  return (
    <section className="dossier-section dossier-section--action" aria-labelledby="result-heading">
      <h2 id="result-heading">{t('myDossiers.result.title')}</h2>
      <p>{result.fileName}</p>
      <p className="dossier-actions">
        <a className="button-link" href={resultHref(dossier.id)} download={result.fileName}>
          <DownloadOutlined aria-hidden="true" /> {t('myDossiers.result.download')}
        </a>
        {result.signatureCode ? (
          <Link to={verifyHref(result.signatureCode)}>
            <SafetyCertificateOutlined aria-hidden="true" /> {t('myDossiers.result.verify')}
          </Link>
        ) : null}
      </p>
      {dossier.state === 'result_ready' ? (
        <Alert type="info" showIcon title={t('myDossiers.result.deliveryNote')} />
      ) : null}
    </section>
  );
}
