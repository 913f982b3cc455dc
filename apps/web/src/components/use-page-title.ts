import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/** Sets `document.title` for the current route: "Page – Cổng dịch vụ công Liên Thông" (WCAG 2.4.2). */
export function usePageTitle(title: string, scope: 'portal' | 'workspace' = 'portal'): void {
  const { t } = useTranslation();
  const suffix = scope === 'portal' ? t('app.portalName') : `${t('app.workspaceName')} – ${t('app.name')}`;
  useEffect(() => {
    document.title = title ? `${title} – ${suffix}` : suffix;
  }, [title, suffix]);
}
