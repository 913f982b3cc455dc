import { formatVnd } from '@lienthong/vn';
import { Descriptions, Result, Tag } from 'antd';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDateTime } from '../../lib/format.ts';
import type { FilingMode } from './filing-steps.ts';
import type { DossierView } from './queries.ts';

/** Where a dossier is followed: the citizen's page, or the one-stop workspace's. */
export function dossierHref(mode: FilingMode, id: string): string {
  return mode === 'desk' ? `/app/mot-cua/ho-so/${id}` : `/ca-nhan/ho-so/${id}`;
}

/** After filing: what happened, the dossier's state, where to follow it, and the fees to pay. */
export function FilingResult({ dossier, mode }: { dossier: DossierView; mode: FilingMode }) {
  const { t } = useTranslation();
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);
  const href = dossierHref(mode, dossier.id);
  const unpaid = dossier.feeTotal > 0 && !dossier.paidAt;
  return (
    <section className="filing-result" aria-labelledby="filing-result-heading">
      <Result
        status="success"
        title={
          <h2 id="filing-result-heading" ref={headingRef} tabIndex={-1}>
            {t(mode === 'desk' ? 'filing.done.titleDesk' : 'filing.done.title')}
          </h2>
        }
        subTitle={t('filing.done.subtitle', { state: dossier.stateLabel })}
        extra={
          <div className="filing-result__actions">
            <Link className="button-link" to={href}>
              {t('filing.done.open')}
            </Link>
            {unpaid ? (
              <Link className="button-link button-link--secondary" to={`${href}#thanh-toan`}>
                {t('filing.done.pay', { amount: formatVnd(dossier.feeTotal) })}
              </Link>
            ) : null}
          </div>
        }
      />
      <Descriptions
        column={1}
        bordered
        size="small"
        items={[
          { key: 'procedure', label: t('filing.done.procedure'), children: dossier.procedure.name },
          {
            key: 'state',
            label: t('filing.done.state'),
            children: <Tag color="processing">{dossier.stateLabel}</Tag>,
          },
          { key: 'code', label: t('filing.done.code'), children: dossier.code ?? t('filing.done.codeLater') },
          ...(dossier.submittedAt
            ? [
                {
                  key: 'at',
                  label: t('filing.done.submittedAt'),
                  children: formatDateTime(dossier.submittedAt),
                },
              ]
            : []),
          { key: 'unit', label: t('filing.done.unit'), children: dossier.competentUnit.name },
          ...(mode === 'desk'
            ? [{ key: 'applicant', label: t('filing.done.applicant'), children: dossier.applicantName }]
            : []),
          {
            key: 'fees',
            label: t('filing.done.fees'),
            children:
              dossier.feeTotal > 0
                ? `${formatVnd(dossier.feeTotal)} – ${dossier.paidAt ? t('filing.done.paid') : t('filing.done.unpaid')}`
                : t('filing.done.free'),
          },
          ...(dossier.trackingSecret
            ? [
                {
                  key: 'secret',
                  label: t('filing.done.secret'),
                  children: <code>{dossier.trackingSecret}</code>,
                },
              ]
            : []),
        ]}
      />
      <p className="filing-result__note">
        {t(mode === 'desk' ? 'filing.done.noteDesk' : 'filing.done.note')}
      </p>
    </section>
  );
}
