import { FilePdfOutlined } from '@ant-design/icons';
import { Tag, Timeline } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../lib/format.ts';
import { formatFileSize } from '../dossier-filing/index.ts';
import { type DossierFormCode, type DossierView, formHref } from './queries.ts';

/** The history actions that produce each form of Circular 03/2025/TT-VPCP the applicant receives. */
const FORM_ACTIONS: [DossierFormCode, string][] = [
  ['01', 'receive'],
  ['02', 'request_supplement'],
  ['03', 'refuse'],
  ['04', 'apologize'],
  ['05', 'stop'],
];

/** Forms the applicant can download: 01 once received, 02–05 when their event is in the history. */
export function availableForms(dossier: DossierView): DossierFormCode[] {
  const actions = new Set(dossier.history.map((event) => event.action));
  return FORM_ACTIONS.filter(
    ([form, action]) => actions.has(action) || (form === '01' && dossier.receivedAt !== null),
  ).map(([form]) => form);
}

export function DossierForms({ dossier }: { dossier: DossierView }) {
  const { t } = useTranslation();
  const forms = availableForms(dossier);
  if (forms.length === 0) return null;
  return (
    <section className="dossier-section" aria-labelledby="forms-heading">
      <h2 id="forms-heading">{t('myDossiers.forms.title')}</h2>
      <ul className="dossier-links">
        {forms.map((form) => (
          <li key={form}>
            <a href={formHref(dossier.id, form)} download>
              <FilePdfOutlined aria-hidden="true" /> {t(`myDossiers.forms.names.${form}`)}
              <span className="dossier-links__kind"> ({t('myDossiers.forms.pdf')})</span>
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}

export function DossierParts({ dossier }: { dossier: DossierView }) {
  const { t, i18n } = useTranslation();
  if (dossier.parts.length === 0) return null;
  return (
    <section className="dossier-section" aria-labelledby="parts-heading">
      <h2 id="parts-heading">{t('myDossiers.parts.title')}</h2>
      <ul className="dossier-parts">
        {dossier.parts.map((part) => (
          <li key={`${part.partCode}-${part.file.id}`}>
            <span className="dossier-parts__name">{part.name}</span>: {part.file.name} (
            {formatFileSize(part.file.size, i18n.language)}){' '}
            <Tag>{t(`myDossiers.parts.source.${part.source}`)}</Tag>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** "Quá trình giải quyết": every step of the history, oldest first (the history is the source of truth). */
export function DossierTimeline({ dossier }: { dossier: DossierView }) {
  const { t } = useTranslation();
  if (dossier.history.length === 0) return null;
  return (
    <section className="dossier-section" aria-labelledby="history-heading">
      <h2 id="history-heading">{t('myDossiers.history.title')}</h2>
      <Timeline
        className="dossier-timeline"
        items={dossier.history.map((event) => ({
          key: event.seq,
          content: (
            <div>
              <p className="dossier-timeline__action">{event.actionLabel}</p>
              <p className="dossier-timeline__meta">
                <time dateTime={event.at}>{formatDateTime(event.at)}</time> · {event.actorName}
                {event.unitName ? ` (${event.unitName})` : ''}
              </p>
              {event.note ? (
                <p className="dossier-timeline__note" lang="vi">
                  {event.note}
                </p>
              ) : null}
            </div>
          ),
        }))}
      />
    </section>
  );
}
