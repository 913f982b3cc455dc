import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../lib/format.ts';
import { actionLabel, stateLabel } from './labels.ts';
import type { DossierView } from './queries.ts';

/**
 * Every step of the dossier, oldest first: the history is the source of truth (forms 06 and 07
 * are generated from it). An ordered list, so screen readers say how many steps there are.
 */
export function DossierHistory({ history }: { history: DossierView['history'] }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="dossier-history-heading" className="one-stop-section">
      <h2 id="dossier-history-heading">{t('oneStop.history.heading')}</h2>
      {history.length === 0 ? (
        <p>{t('oneStop.history.empty')}</p>
      ) : (
        <ol className="one-stop-timeline">
          {history.map((event) => (
            <li key={event.seq} className="one-stop-timeline__item">
              <p className="one-stop-timeline__title">
                <strong>{event.actionLabel || actionLabel(t, event.action)}</strong>
                {' · '}
                <time dateTime={event.at}>{formatDateTime(event.at)}</time>
              </p>
              <p className="one-stop-timeline__meta">
                {event.unitName
                  ? t('oneStop.history.actorInUnit', { actor: event.actorName, unit: event.unitName })
                  : event.actorName}
                {' · '}
                {event.fromState
                  ? t('oneStop.history.transition', {
                      from: stateLabel(t, event.fromState),
                      to: stateLabel(t, event.toState),
                    })
                  : stateLabel(t, event.toState)}
              </p>
              {event.note && <p className="one-stop-timeline__note">{event.note}</p>}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
