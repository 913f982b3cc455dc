import { FilePdfOutlined, PaperClipOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../lib/format.ts';
import { applicableForms, formLabel } from './labels.ts';
import { type DossierView, fileHref, formHref, resultHref, verifyPage } from './queries.ts';

const KB = 1024;

function sizeText(size: number, language: string): string {
  return size >= KB * KB
    ? `${formatNumber(size / (KB * KB), language)} MB`
    : `${formatNumber(Math.max(1, Math.round(size / KB)), language)} KB`;
}

/** The parts of the dossier (uploaded, from the data wallet or scanned at the desk), with their files. */
export function DossierParts({ parts }: { parts: DossierView['parts'] }) {
  const { t, i18n } = useTranslation();
  return (
    <section aria-labelledby="dossier-parts-heading" className="one-stop-section">
      <h2 id="dossier-parts-heading">{t('oneStop.parts.heading')}</h2>
      {parts.length === 0 ? (
        <p>{t('oneStop.parts.none')}</p>
      ) : (
        <ul className="one-stop-files">
          {parts.map((part) => (
            <li key={`${part.partCode}:${part.file.id}`}>
              <span className="one-stop-files__name">{part.name}</span>
              <a href={fileHref(part.file.id)} download={part.file.name}>
                <PaperClipOutlined aria-hidden="true" /> {part.file.name}
              </a>
              <span className="one-stop-table__muted">
                {t(`oneStop.parts.sources.${part.source}`)} · {sizeText(part.file.size, i18n.language)}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** Forms 01–06 that apply (from the history), and the signed result with its verification code. */
export function DossierDocuments({ dossier }: { dossier: DossierView }) {
  const { t } = useTranslation();
  const forms = applicableForms(dossier.history.map((event) => event.action));
  const result = dossier.result;
  return (
    <section aria-labelledby="dossier-documents-heading" className="one-stop-section">
      <h2 id="dossier-documents-heading">{t('oneStop.documents.heading')}</h2>
      {forms.length === 0 && !result && <p>{t('oneStop.documents.none')}</p>}
      {forms.length > 0 && (
        <ul className="one-stop-files">
          {forms.map((form) => (
            <li key={form}>
              <a href={formHref(dossier.id, form)} target="_blank" rel="noopener">
                <FilePdfOutlined aria-hidden="true" />{' '}
                {t('oneStop.documents.form', { code: form, name: formLabel(t, form) })}
              </a>
            </li>
          ))}
        </ul>
      )}
      {result && <ResultLinks dossierId={dossier.id} result={result} />}
    </section>
  );
}

/** The signed result: download, and its code on the public verification page. */
export function ResultLinks({
  dossierId,
  result,
}: {
  dossierId: string;
  result: NonNullable<DossierView['result']>;
}) {
  const { t } = useTranslation();
  return (
    <div className="one-stop-result">
      <h3>{t('oneStop.documents.result')}</h3>
      <p>
        <a href={resultHref(dossierId)} target="_blank" rel="noopener">
          <FilePdfOutlined aria-hidden="true" /> {result.fileName}
        </a>
      </p>
      {result.signatureCode && (
        <p>
          {t('oneStop.documents.signatureCode')} <code>{result.signatureCode}</code>{' '}
          <a href={result.verifyUrl ?? verifyPage(result.signatureCode)} target="_blank" rel="noopener">
            {t('oneStop.documents.verify')}
          </a>
        </p>
      )}
    </div>
  );
}
