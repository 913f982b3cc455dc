import type { DossierState } from '@lienthong/contracts';
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import './i18n.ts';

// Status colours come from the theme's tokens (readable at 4.5:1), not antd's preset palettes.
const COLOURS: Record<DossierState, string> = {
  draft: 'default',
  submitted: 'warning',
  needs_completion: 'warning',
  refused: 'error',
  received: 'processing',
  in_process: 'processing',
  supplement_requested: 'warning',
  approved: 'processing',
  denied: 'error',
  stopped: 'error',
  signed: 'processing',
  result_ready: 'success',
  delivered: 'success',
  archived: 'default',
};

/** A dossier's state in words (the server's label), coloured by how it stands. */
export function DossierStateTag({ state, label }: { state: DossierState; label: string }) {
  return <Tag color={COLOURS[state] ?? 'default'}>{label}</Tag>;
}

/** "Quá hạn" / "Sắp đến hạn" in words, not only in colour. */
export function DeadlineTags({ late, dueSoon }: { late: boolean; dueSoon?: boolean }) {
  const { t } = useTranslation();
  if (late) return <Tag color="error">{t('myDossiers.late')}</Tag>;
  if (dueSoon) return <Tag color="warning">{t('myDossiers.dueSoon')}</Tag>;
  return null;
}
