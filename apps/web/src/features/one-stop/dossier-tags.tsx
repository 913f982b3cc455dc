import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { stateLabel, stateTone } from './labels.ts';
import type { DossierState } from './queries.ts';

/** A state as a tag: the label always, the colour only as a second cue. */
export function StateTag({ state }: { state: DossierState }) {
  const { t } = useTranslation();
  return <Tag className={`one-stop-tag one-stop-tag--${stateTone(state)}`}>{stateLabel(t, state)}</Tag>;
}

/** "Quá hạn" (red) or "Sắp đến hạn" (orange), written out; nothing when neither. */
export function DeadlineTags({
  late,
  dueSoon,
  paused = false,
}: {
  late: boolean;
  dueSoon: boolean;
  paused?: boolean;
}) {
  const { t } = useTranslation();
  return (
    <>
      {late && <Tag className="one-stop-tag one-stop-tag--late">{t('oneStop.deadline.late')}</Tag>}
      {!late && dueSoon && (
        <Tag className="one-stop-tag one-stop-tag--due-soon">{t('oneStop.deadline.dueSoon')}</Tag>
      )}
      {paused && <Tag className="one-stop-tag one-stop-tag--waiting">{t('oneStop.deadline.paused')}</Tag>}
    </>
  );
}
