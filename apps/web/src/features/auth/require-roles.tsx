import { Result } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { usePageTitle } from '../../components/use-page-title.ts';
import { useCurrentUser } from './session-context.ts';

/** Opens a workspace page only for users holding one of `roles`; the server checks again. */
export function RequireRoles({ roles, children }: { roles: readonly string[]; children: ReactNode }) {
  const user = useCurrentUser();
  const allowed = roles.length === 0 || roles.some((role) => user.roles.includes(role));
  return allowed ? children : <Forbidden />;
}

function Forbidden() {
  const { t } = useTranslation();
  usePageTitle(t('errors.forbiddenTitle'), 'workspace');
  return (
    <Result status="403" title={<h1>{t('errors.forbiddenTitle')}</h1>} subTitle={t('errors.forbiddenBody')} />
  );
}
