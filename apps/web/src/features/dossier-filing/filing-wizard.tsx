import { Alert } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { PageLoading } from '../../components/page-loading.tsx';
import { ProblemAlert } from '../../components/problem-alert.tsx';
import { FilingResult } from './filing-result.tsx';
import type { FilingMode } from './filing-steps.ts';
import { type DossierView, useDossierView, usePrefill, useProcedure } from './queries.ts';
import { EDITABLE_STATES } from './use-submission.ts';
import { WizardBody } from './wizard-body.tsx';
import './dossier-filing.css';

interface FilingWizardProps {
  mode: FilingMode;
  procedureId: string;
}

/**
 * Filing a dossier, one component for two modes: the citizen on the portal (their own prefill)
 * and the one-stop officer at the desk (looks the citizen up first). `?hoSo=<id>` resumes a draft.
 */
export function FilingWizard({ mode, procedureId }: FilingWizardProps) {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const [resumeId] = useState(() => params.get('hoSo') ?? undefined);
  const [filed, setFiled] = useState<DossierView>();
  const procedure = useProcedure(procedureId);
  const prefill = usePrefill(procedureId, undefined, mode === 'citizen');
  const draft = useDossierView(resumeId);

  if (filed) return <FilingResult dossier={filed} mode={mode} />;
  if (procedure.isPending || (mode === 'citizen' && prefill.isPending) || (resumeId && draft.isPending)) {
    return <PageLoading />;
  }
  if (procedure.isError) {
    return (
      <ProblemAlert
        error={procedure.error}
        title={t('filing.procedureFailed')}
        onRetry={() => void procedure.refetch()}
        retrying={procedure.isFetching}
      />
    );
  }
  if (resumeId && draft.isError) {
    return <ProblemAlert error={draft.error} title={t('filing.draftFailed')} />;
  }
  if (draft.data && (draft.data.procedure.id !== procedureId || !EDITABLE_STATES.has(draft.data.state))) {
    return (
      <Alert
        type="info"
        role="status"
        showIcon
        title={t('filing.notEditable')}
        description={
          <Link
            to={mode === 'desk' ? `/app/mot-cua/ho-so/${draft.data.id}` : `/ca-nhan/ho-so/${draft.data.id}`}
          >
            {t('filing.openDossier')}
          </Link>
        }
      />
    );
  }
  return (
    <>
      <header className="filing-header">
        <p className="filing-header__name">{procedure.data.definition.name}</p>
        <p className="filing-header__meta">
          {t('filing.procedureCode', { code: procedure.data.definition.code })} ·{' '}
          {procedure.data.definition.routing.kind === 'unit'
            ? procedure.data.definition.routing.unitName
            : procedure.data.definition.routing.agencyName}
        </p>
      </header>
      {mode === 'citizen' && prefill.isError ? (
        <ProblemAlert error={prefill.error} title={t('filing.prefillFailed')} type="warning" />
      ) : null}
      <WizardBody
        mode={mode}
        procedure={procedure.data}
        prefill={prefill.data}
        draft={draft.data}
        onFiled={setFiled}
      />
    </>
  );
}
