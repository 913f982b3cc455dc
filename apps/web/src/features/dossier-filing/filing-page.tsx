import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { usePageTitle } from '../../components/use-page-title.ts';
import { RequireCitizen } from '../citizen/index.ts';
import { FilingWizard } from './filing-wizard.tsx';
import './i18n.ts';

/** `/nop-ho-so/:procedureId` (portal): a signed-in citizen files a dossier online (`?hoSo=` resumes a draft). */
export function FilingPage() {
  const { t } = useTranslation();
  const { procedureId = '' } = useParams();
  usePageTitle(t('filing.title'));
  return (
    <div className="container page filing-page">
      <h1>{t('filing.title')}</h1>
      <RequireCitizen>
        <FilingWizard key={procedureId} mode="citizen" procedureId={procedureId} />
      </RequireCitizen>
    </div>
  );
}

/**
 * `/app/mot-cua/nop-ho-so/:procedureId` (workspace, dossier.receive): the one-stop officer files
 * at the desk on a citizen's behalf; the citizen stays the applicant.
 */
export function DeskFilingPage() {
  const { t } = useTranslation();
  const { procedureId = '' } = useParams();
  usePageTitle(t('filing.deskTitle'), 'workspace');
  return (
    <div className="page filing-page">
      <h1>{t('filing.deskTitle')}</h1>
      <p className="page__lead">{t('filing.deskLead')}</p>
      <FilingWizard key={procedureId} mode="desk" procedureId={procedureId} />
    </div>
  );
}
