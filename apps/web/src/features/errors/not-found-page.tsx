import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { SHELL_BASE } from '../../app/navigation-context.ts';
import { usePageTitle } from '../../components/use-page-title.ts';

function NotFound({ scope }: { scope: 'portal' | 'workspace' }) {
  const { t } = useTranslation();
  usePageTitle(t('notFound.title'), scope);
  return (
    <div className="container page not-found">
      <p className="not-found__code" aria-hidden="true">
        404
      </p>
      <h1>{t('notFound.title')}</h1>
      <p>{t('notFound.body')}</p>
      <Link className="button-link" to={SHELL_BASE[scope]}>
        {scope === 'portal' ? t('notFound.backHome') : t('notFound.backWorkspace')}
      </Link>
    </div>
  );
}

/** Any unknown path of the portal: "Không tìm thấy trang". */
export function NotFoundPage() {
  return <NotFound scope="portal" />;
}

/** Any unknown path under `/app`. */
export function WorkspaceNotFoundPage() {
  return <NotFound scope="workspace" />;
}
