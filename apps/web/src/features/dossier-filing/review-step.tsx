import type { ProcedureDefinition } from '@lienthong/contracts';
import { formatVnd } from '@lienthong/vn';
import { Descriptions } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatLocalDate } from '../../lib/format.ts';
import type { FilingState, FilingStep } from './filing-steps.ts';
import { summaryRows } from './form-schema.ts';

interface ReviewStepProps {
  definition: ProcedureDefinition;
  steps: readonly FilingStep[];
  state: FilingState;
  /** Name of the chosen commune (commune procedures). */
  unitName: string | undefined;
  desk: boolean;
}

/** "Xem lại và nộp": what will be filed, the fees and the time limit. */
export function ReviewStep({ definition, steps, state, unitName, desk }: ReviewStepProps) {
  const { t } = useTranslation();
  const format = { yes: t('filing.review.yes'), no: t('filing.review.no'), date: formatLocalDate };
  const feeTotal = definition.fees.reduce((sum, fee) => sum + fee.amount, 0);
  const agency = definition.routing.kind === 'unit' ? definition.routing.unitName : (unitName ?? '—');
  return (
    <div className="filing-review">
      {desk ? (
        <section aria-labelledby="review-applicant">
          <h3 id="review-applicant">{t('filing.review.applicant')}</h3>
          <Descriptions
            column={1}
            size="small"
            bordered
            items={(['fullName', 'personalId', 'birthDate', 'address', 'phone', 'email'] as const)
              .filter((name) => state.applicant[name])
              .map((name) => ({
                key: name,
                label: t(`filing.applicant.${name}`),
                children:
                  name === 'birthDate'
                    ? formatLocalDate(state.applicant.birthDate ?? '')
                    : state.applicant[name],
              }))}
          />
        </section>
      ) : null}
      {steps
        .filter((step) => step.kind === 'group')
        .map((step) => {
          const rows = summaryRows(definition.form.schema, state.formData, step.fields ?? [], format);
          return (
            <section key={step.key} aria-labelledby={`review-${step.key}`}>
              <h3 id={`review-${step.key}`}>{step.title}</h3>
              {rows.length > 0 ? (
                <Descriptions
                  column={1}
                  size="small"
                  bordered
                  items={rows.map((row) => ({ key: row.key, label: row.label, children: row.value }))}
                />
              ) : (
                <p>{t('filing.review.empty')}</p>
              )}
            </section>
          );
        })}
      <section aria-labelledby="review-handling">
        <h3 id="review-handling">{t('filing.review.handling')}</h3>
        <Descriptions
          column={1}
          size="small"
          bordered
          items={[
            { key: 'agency', label: t('filing.review.agency'), children: agency },
            {
              key: 'time',
              label: t('filing.review.timeLimit'),
              children:
                definition.timeLimitDays > 0
                  ? t('filing.review.days', { count: definition.timeLimitDays })
                  : t('filing.review.sameDay'),
            },
            {
              key: 'parts',
              label: t('filing.review.parts'),
              children:
                definition.parts.length > 0 ? (
                  <ul className="filing-review__parts">
                    {definition.parts.map((part) => {
                      const choice = state.parts[part.code];
                      const what =
                        choice?.kind === 'wallet'
                          ? t('filing.review.partWallet', { title: choice.title })
                          : choice
                            ? choice.file.name
                            : t('filing.review.partNone');
                      return (
                        <li key={part.code}>
                          {part.name}: {what}
                        </li>
                      );
                    })}
                  </ul>
                ) : (
                  t('filing.review.noParts')
                ),
            },
          ]}
        />
      </section>
      <section aria-labelledby="review-fees">
        <h3 id="review-fees">{t('filing.review.fees')}</h3>
        {definition.fees.length === 0 || feeTotal === 0 ? (
          <p>{t('filing.review.free')}</p>
        ) : (
          <table className="filing-fees">
            <caption className="sr-only">{t('filing.review.fees')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('filing.review.feeName')}</th>
                <th scope="col">{t('filing.review.feeAmount')}</th>
              </tr>
            </thead>
            <tbody>
              {definition.fees.map((fee) => (
                <tr key={fee.code}>
                  <td>
                    {fee.name}
                    {fee.note ? <span className="filing-fees__note"> ({fee.note})</span> : null}
                  </td>
                  <td className="filing-fees__amount">{formatVnd(fee.amount)}</td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row">{t('filing.review.feeTotal')}</th>
                <td className="filing-fees__amount">{formatVnd(feeTotal)}</td>
              </tr>
            </tfoot>
          </table>
        )}
      </section>
    </div>
  );
}
