import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../components/problem-alert.tsx';
import { describeForm, type FormRow, type FormWords } from './form-values.ts';
import { prefillSourceLabel } from './labels.ts';
import type { DossierView, ProcedureView } from './queries.ts';

interface DossierFormDataProps {
  dossier: DossierView;
  procedure: ProcedureView | undefined;
  procedureError: unknown;
}

/**
 * The e-form as filed, read-only: labels from the JSON Schema of the dossier's procedure
 * version, one section per question group, and where each prefilled value came from (once-only).
 */
export function DossierFormData({ dossier, procedure, procedureError }: DossierFormDataProps) {
  const { t } = useTranslation();
  const words: FormWords = {
    yes: t('oneStop.form.yes'),
    no: t('oneStop.form.no'),
    empty: t('oneStop.form.empty'),
    other: t('oneStop.form.other'),
    item: (n) => t('oneStop.form.item', { n }),
  };
  const definition = procedure?.definition;
  const sections = describeForm(
    definition?.form.schema,
    definition?.form.groups ?? [],
    dossier.formData,
    words,
  );

  const source = (path: string) => {
    const value = dossier.prefillSources[path];
    return value ? prefillSourceLabel(t, value) : undefined;
  };

  const renderRows = (rows: FormRow[]) => (
    <dl className="one-stop-dl">
      {rows.map((row) => {
        const from = source(row.path);
        return (
          <div key={row.path} className="one-stop-dl__row">
            <dt>{row.label}</dt>
            <dd>
              {row.kind === 'field' ? row.value : renderRows(row.rows)}
              {from && (
                <Tag className="one-stop-tag one-stop-tag--source">
                  {t('oneStop.form.source', { source: from })}
                </Tag>
              )}
            </dd>
          </div>
        );
      })}
    </dl>
  );

  return (
    <section aria-labelledby="dossier-form-heading" className="one-stop-section">
      <h2 id="dossier-form-heading">{t('oneStop.form.heading')}</h2>
      {procedureError ? (
        <ProblemAlert error={procedureError} title={t('oneStop.form.schemaFailed')} type="warning" />
      ) : null}
      {sections.length === 0 && <p>{t('oneStop.form.none')}</p>}
      {sections.map((section) => (
        <div key={section.title || 'form'} className="one-stop-form-section">
          {section.title && <h3>{section.title}</h3>}
          {renderRows(section.rows)}
        </div>
      ))}
    </section>
  );
}
