import { Result } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { usePageTitle } from '../../components/use-page-title.ts';
import { useCurrentUser } from './session-context.ts';

interface RequireRolesProps {
  /** Any of these roles (none or empty: no role needed). */
  roles?: readonly string[] | undefined;
  /** Any of these permissions of the session (none or empty: no permission needed). */
  permissions?: readonly string[] | undefined;
  children: ReactNode;
}

/** True when `gate` is absent or empty, or `held` has one of its values. */
function passes(gate: readonly string[] | undefined, held: readonly string[] = []): boolean {
  return !gate || gate.length === 0 || gate.some((value) => held.includes(value));
}

/**
 * Opens a workspace page only for users holding one of `roles` (when given) and one of
 * `permissions` (when given); the server checks again on every call.
 */
export function RequireRoles({ roles, permissions, children }: RequireRolesProps) {
  const user = useCurrentUser();
  const allowed = passes(roles, user.roles) && passes(permissions, user.permissions);
  return allowed ? children : <Forbidden />;
}

function Forbidden() {
  const { t } = useTranslation();
  usePageTitle(t('errors.forbiddenTitle'), 'workspace');
  return (
    <Result status="403" title={<h1>{t('errors.forbiddenTitle')}</h1>} subTitle={t('errors.forbiddenBody')} />
  );
}
