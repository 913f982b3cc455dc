import { FilePdfOutlined, WalletOutlined } from '@ant-design/icons';
import { formatVnd } from '@lienthong/vn';
import { Alert, Button, Modal } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../components/problem-alert.tsx';
import { formatDateTime } from '../../lib/format.ts';
import { useHasPermission } from '../auth/index.ts';
import {
  DOSSIER_RECEIVE,
  type DossierView,
  receiptHref,
  useDeskPayment,
  useDossierPayments,
} from './queries.ts';

/**
 * Fees and charges of the dossier: paid or not, the receipts (biên lai), and for the one-stop
 * desk "Thu phí tại quầy" when the applicant pays in person.
 */
export function DossierPayment({ dossier }: { dossier: DossierView }) {
  const { t } = useTranslation();
  const canCollect = useHasPermission(DOSSIER_RECEIVE);
  const hasFees = dossier.feeTotal > 0;
  const payments = useDossierPayments(dossier.id, hasFees);
  const collect = useDeskPayment(dossier.id);
  const [confirming, setConfirming] = useState(false);
  const paid = (payments.data?.items ?? []).filter((payment) => payment.status === 'paid');

  return (
    <section aria-labelledby="dossier-fees-heading" className="one-stop-section">
      <h2 id="dossier-fees-heading">{t('oneStop.fees.heading')}</h2>
      {!hasFees ? (
        <p>{t('oneStop.fees.none')}</p>
      ) : (
        <>
          <p>
            {t('oneStop.fees.total', { amount: formatVnd(dossier.feeTotal) })}{' '}
            <strong>
              {dossier.paidAt
                ? t('oneStop.fees.paidAt', { time: formatDateTime(dossier.paidAt) })
                : t('oneStop.fees.unpaid')}
            </strong>
          </p>
          {paid.length > 0 && (
            <ul className="one-stop-files">
              {paid.map((payment) => (
                <li key={payment.id}>
                  <a href={receiptHref(payment.id)} target="_blank" rel="noopener">
                    <FilePdfOutlined aria-hidden="true" />{' '}
                    {t('oneStop.fees.receipt', { no: payment.receiptNo ?? payment.id.slice(0, 8) })}
                  </a>
                  <span className="one-stop-table__muted">
                    {formatVnd(payment.amount)}
                    {payment.paidAt ? ` · ${formatDateTime(payment.paidAt)}` : ''}
                  </span>
                </li>
              ))}
            </ul>
          )}
          {collect.isSuccess && (
            <Alert type="success" showIcon role="status" title={t('oneStop.fees.collected')} />
          )}
          {collect.isError && <ProblemAlert error={collect.error} title={t('oneStop.fees.failed')} />}
          {!dossier.paidAt && canCollect && !collect.isSuccess && (
            <Button icon={<WalletOutlined aria-hidden="true" />} onClick={() => setConfirming(true)}>
              {t('oneStop.fees.collect')}
            </Button>
          )}
          <Modal
            open={confirming}
            title={t('oneStop.fees.collect')}
            okText={t('oneStop.fees.confirm')}
            cancelText={t('oneStop.cancel')}
            confirmLoading={collect.isPending}
            onCancel={() => setConfirming(false)}
            onOk={() =>
              collect
                .mutateAsync()
                .catch(() => undefined)
                .finally(() => setConfirming(false))
            }
          >
            <p>{t('oneStop.fees.confirmBody', { amount: formatVnd(dossier.feeTotal) })}</p>
          </Modal>
        </>
      )}
    </section>
  );
}
