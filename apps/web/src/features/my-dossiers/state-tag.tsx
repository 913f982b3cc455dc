import type { DossierState } from '@lienthong/contracts';
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import './i18n.ts';

const COLOURS: Record<DossierState, string> = {
  draft: 'default',
  submitted: 'gold',
  needs_completion: 'orange',
  refused: 'red',
  received: 'blue',
  in_process: 'blue',
  supplement_requested: 'orange',
  approved: 'cyan',
  denied: 'red',
  stopped: 'red',
  signed: 'cyan',
  result_ready: 'cyan',
  delivered: 'green',
  archived: 'default',
};

/** A dossier's state in words (the server's label), coloured by how it stands. */
export function DossierStateTag({ state, label }: { state: DossierState; label: string }) {
  return <Tag color={COLOURS[state] ?? 'default'}>{label}</Tag>;
}

/** "Quá hạn" / "Sắp đến hạn" in words, not only in colour. */
export function DeadlineTags({ late, dueSoon }: { late: boolean; dueSoon?: boolean }) {
  const { t } = useTranslation();
  if (late) return <Tag color="red">{t('myDossiers.late')}</Tag>;
  if (dueSoon) return <Tag color="orange">{t('myDossiers.dueSoon')}</Tag>;
  return null;
}
