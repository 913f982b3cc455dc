import { Spin } from 'antd';
import { useTranslation } from 'react-i18next';

/** Loading indicator announced politely to screen readers. */
export function PageLoading({ label }: { label?: string }) {
  const { t } = useTranslation();
  return (
    <div className="page-loading" role="status" aria-live="polite">
      <Spin />
      <span>{label ?? t('app.loading')}</span>
    </div>
  );
}
